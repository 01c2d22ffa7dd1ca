"""The load applies the dashboard's inbox: an inbox row replaces the delivered row with its key, a bad inbox
folder refuses the load naming its file, and a killed load leaves warehouse and inbox as they were."""

import json
import subprocess
import sys

import duckdb
import pytest

from common.settings import PROJECT_ROOT, load_log_path
from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_delivery, write_fixture

KILLING_LOADER = """
import os, signal, sys
from pathlib import Path
from etl.load import load

stage, position = sys.argv[4], int(sys.argv[5])

def progress(items, label):
    for index, item in enumerate(items):
        if label == stage and index == position:
            os.kill(os.getpid(), signal.SIGKILL)
        yield item

load(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress, inbox_dir=Path(sys.argv[3]))
"""
OCTOBER_BY_DEPARTMENT = FIXTURE["status_reports"][1]  # P-002, 10.2026, Fachbereich: rot in the delivery


def submit(inbox, folder: str, status_reports=None, project_id="P-002", month="2026-10", **files):
    """An inbox folder as the dashboard writes it: delivery CSVs and submission.json."""
    path = inbox / folder
    path.mkdir(parents=True)
    reports = status_reports if status_reports is not None else [{**OCTOBER_BY_DEPARTMENT, "status_overall": "gelb"}]
    for delivery, rows in {"status_reports": reports, **files}.items():
        write_delivery(path, delivery, rows)
    submission = {
        "submission_id": folder.split("-", 2)[2],
        "project_id": project_id,
        "report_month": month,
        "submitted_by": "fb61@braunschweig.example",
        "submitted_at": "2026-11-20T09:30:00",
        "accepted_by": "cdo@braunschweig.example",
        "accepted_at": "2026-11-20T10:15:00",
        "source": "dashboard",
    }
    (path / "submission.json").write_text(json.dumps(submission), encoding="utf-8")
    return path


def rows(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def folder_digest(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): file_digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


REPORTS = "select project_id, strftime(report_month, '%m.%Y'), assessed_by, status_overall from marts.status_reports"
APPLIED = "select submission_id, project_id, report_month, accepted_by, rows_applied from marts.applied_submissions"


@pytest.fixture
def warehouse(tmp_path, fixture_warehouse):
    return copy_warehouse(fixture_warehouse, tmp_path / "warehouse")


def test_an_inbox_row_replaces_the_delivered_row_and_a_second_load_gives_the_same_warehouse(tmp_path, deliveries):
    inbox = tmp_path / "inbox"
    submit(inbox, "20261120-101500-S1")
    (inbox / ".tmp-20261121-080000-S2").mkdir()  # a folder still being written is not read
    db = tmp_path / "warehouse.duckdb"
    result = load(deliveries, db, FIXTURE_DATE, inbox_dir=inbox)
    assert result.submissions == ["S1"]
    by_file = {f["file"]: f for f in result.files if f["delivery"] == "status_reports"}
    assert by_file["status_reports.csv"]["rows_superseded"] == 1
    assert by_file["inbox/20261120-101500-S1/status_reports.csv"]["rows_loaded"] == 1
    assert sorted(rows(db, REPORTS)) == [
        ("P-002", "09.2026", "Fachbereich", "grün"),
        ("P-002", "10.2026", "Fachbereich", "gelb"),  # the submission, not the delivered "rot"
        ("P-002", "10.2026", "Stabsstelle", "rot"),
    ]
    assert rows(db, APPLIED) == [("S1", "P-002", FIXTURE_DATE.replace(month=10, day=1), "cdo@braunschweig.example", 1)]
    logged = json.loads(load_log_path(db).read_text(encoding="utf-8").splitlines()[-1])
    assert (logged["submissions_applied"], logged["rows_superseded"]) == (["S1"], 1)
    first = {table: sorted(rows(db, f"select * from marts.{table}")) for table in ("status_reports", "risks")}
    inbox_before = folder_digest(inbox)

    load(deliveries, db, FIXTURE_DATE, inbox_dir=inbox)
    assert {table: sorted(rows(db, f"select * from marts.{table}")) for table in first} == first
    assert rows(db, APPLIED) == [("S1", "P-002", FIXTURE_DATE.replace(month=10, day=1), "cdo@braunschweig.example", 1)]
    assert folder_digest(inbox) == inbox_before  # the inbox stays as it was


def test_the_later_folder_wins_and_an_inbox_risk_replaces_the_delivered_one(tmp_path, deliveries):
    inbox = tmp_path / "inbox"
    risk = {**FIXTURE["risks"][0], "risk_status": "geschlossen", "probability": "1"}
    submit(inbox, "20261120-101500-S1", risks=[risk])
    later = [{**OCTOBER_BY_DEPARTMENT, "status_overall": "grün", "reason": "Neuvergabe erteilt"}]
    submit(inbox, "20261121-090000-S2", status_reports=later)
    db = tmp_path / "warehouse.duckdb"
    result = load(deliveries, db, FIXTURE_DATE, inbox_dir=inbox)
    assert result.submissions == ["S1", "S2"]
    assert ("P-002", "10.2026", "Fachbereich", "grün") in rows(db, REPORTS)
    assert rows(db, "select risk_id, risk_status, risk_score from marts.risks where risk_id = 'R-001'") == [
        ("R-001", "geschlossen", 5)
    ]
    assert rows(db, "select submission_id, rows_applied from marts.applied_submissions") == [("S1", 1), ("S2", 1)]


def test_a_bad_inbox_file_refuses_the_load_naming_file_row_and_column(tmp_path, warehouse, deliveries):
    inbox = tmp_path / "inbox"
    submit(inbox, "20261120-101500-S1", status_reports=[{**OCTOBER_BY_DEPARTMENT, "status_budget": "lila"}])
    before = file_digest(warehouse)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE, inbox_dir=inbox)
    assert [str(f) for f in rejected.value.findings] == [
        'inbox/20261120-101500-S1/status_reports.csv, Zeile 2, Spalte "Status Budget": "lila" ist kein erlaubter '
        "Wert; erwartet: eins von grün, gelb, rot"
    ]
    assert file_digest(warehouse) == before


def test_an_inbox_row_of_another_project_or_anothers_risk_refuses_the_load(tmp_path, warehouse, deliveries):
    inbox = tmp_path / "inbox"
    others_risk = {**FIXTURE["risks"][0], "project_id": "P-001"}  # R-001 belongs to P-002
    submit(inbox, "20261120-101500-S1", project_id="P-001", month="2026-10", risks=[others_risk])
    before = file_digest(warehouse)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE, inbox_dir=inbox)
    found = [str(f) for f in rejected.value.findings]
    assert (
        'inbox/20261120-101500-S1/status_reports.csv, Zeile 2, Spalte "Projekt-ID": gehört nicht zu dieser '
        "Einreichung; erwartet: P-001" in found
    )
    assert (
        'inbox/20261120-101500-S1/risks.csv, Zeile 2, Spalte "Risiko-ID": gehört zu Projekt P-002; '
        "erwartet: ein Eintrag des Projekts P-001" in found
    )
    assert file_digest(warehouse) == before


def test_an_inbox_folder_without_submission_json_or_with_master_data_refuses_the_load(tmp_path, deliveries):
    inbox = tmp_path / "inbox"
    submit(inbox, "20261120-101500-S1").joinpath("submission.json").unlink()
    write_delivery(submit(inbox, "20261121-101500-S2"), "projects", FIXTURE["projects"])
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, tmp_path / "warehouse.duckdb", FIXTURE_DATE, inbox_dir=inbox)
    found = [str(f) for f in rejected.value.findings]
    assert any(f.startswith("inbox/20261120-101500-S1/submission.json: nicht lesbar") for f in found), found
    wrong = "inbox/20261121-101500-S2/projects.csv: Lieferart Projekte; erwartet: Statusberichte, Meilensteine, Risiken"
    assert wrong in found
    assert not (tmp_path / "warehouse.duckdb").exists()


@pytest.mark.parametrize(("stage", "position"), [("Dateien lesen", 14), ("Rohdaten laden", 13), ("Schichten bauen", 1)])
def test_a_load_killed_while_applying_the_inbox_leaves_warehouse_and_inbox_as_they_were(
    tmp_path, warehouse, deliveries, stage, position
):
    inbox = tmp_path / "inbox"
    submit(inbox, "20261120-101500-S1")
    before, inbox_before = file_digest(warehouse), folder_digest(inbox)
    killed = subprocess.run(
        [sys.executable, "-c", KILLING_LOADER, str(deliveries), str(warehouse), str(inbox), stage, str(position)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == -9, killed.stderr
    assert file_digest(warehouse) == before
    assert folder_digest(inbox) == inbox_before
    assert ("P-002", "10.2026", "Fachbereich", "rot") in rows(warehouse, REPORTS)
    load(deliveries, warehouse, FIXTURE_DATE, inbox_dir=inbox)  # the next load applies the same folder
    assert ("P-002", "10.2026", "Fachbereich", "gelb") in rows(warehouse, REPORTS)
    assert [p.name for p in warehouse.parent.iterdir() if p.name.startswith(".warehouse")] == []


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )


def test_check_json_prints_every_finding_as_data(tmp_path):
    bad = write_fixture(
        tmp_path / "bad",
        status_reports=[{**OCTOBER_BY_DEPARTMENT, "status_budget": "lila", "percent_complete": "140"}],
    )
    checked = _cli("check", "--source", str(bad), "--json")
    assert checked.returncode == 1
    report = json.loads(checked.stdout)
    assert report["status"] == "rejected"
    assert sorted((f["file"], f["row"], f["column"], f["value"]) for f in report["findings"]) == [
        ("status_reports.csv", 2, "Fertigstellung (%)", "140"),
        ("status_reports.csv", 2, "Status Budget", "lila"),
    ]
    assert all("erwartet:" in f["message"] for f in report["findings"])
    clean = _cli("check", "--source", str(write_fixture(tmp_path / "good")), "--json")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)["findings"] == []
    assert len(json.loads(clean.stdout)["files"]) == 14
    assert _cli("check", "--source", str(bad)).stdout == ""  # without --json: the text report, as before


def test_load_cli_applies_the_inbox_and_names_the_submissions(tmp_path, deliveries):
    inbox = tmp_path / "inbox"
    submit(inbox, "20261120-101500-S1")
    db = tmp_path / "cli.duckdb"
    loaded = _cli("load", "--source", str(deliveries), "--db", str(db), "--inbox", str(inbox))
    assert loaded.returncode == 0, loaded.stderr
    assert "Einreichungen aus dem Eingang übernommen: S1 (1 gelieferte Zeilen ersetzt)" in loaded.stdout
