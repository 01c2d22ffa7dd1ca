"""Hostile input and faults at the ETL: nothing left behind, a clear answer and its own exit code every time."""

import os
import signal
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import duckdb
import openpyxl
import pytest

from common.settings import PROJECT_ROOT, load_log_path, pseudonym_key_path
from etl import load_log
from etl.contracts import load_contracts
from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_delivery, write_fixture

PLATES = (b"BS-AB 1234", b"BS AB1234")
POLL_LIMIT = 5_000_000  # a bound for the polling loops below, never reached when the load behaves


def _cli_load(deliveries: Path, db: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", "load", "--source", str(deliveries), "--db", str(db)]
        + ["--delivery-date", "26.11.2026", *extra],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


def _start_load(deliveries: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "load", "--source", str(deliveries), "--db", str(db)]
        + ["--delivery-date", "26.11.2026"],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _plate_deliveries(tmp_path: Path) -> Path:
    """The fixture, with the parking export in Windows-1252: the load converts it into its work folder."""
    folder = write_fixture(tmp_path / "deliveries")
    write_delivery(folder, "parking_transactions", FIXTURE["parking_transactions"], encoding="cp1252")
    return folder


def _files_with_plates(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and any(plate in path.read_bytes() for plate in PLATES):
                found.append(path)
        except FileNotFoundError:  # the load removed it while we looked
            continue
    return found


def _wait_for_plates_in_work_folder(loader: subprocess.Popen, data: Path) -> None:
    """Poll until the running load has written the converted parking export (with plates) to its work folder."""
    for _ in range(POLL_LIMIT):
        assert loader.poll() is None, "the load ended before its work folder held the parking export"
        if any(".work-" in str(p) for p in _files_with_plates(data)):
            return
    pytest.fail("the load never wrote its work folder")


def _leftovers(data: Path) -> list[str]:
    return sorted(p.name for p in data.iterdir() if ".work-" in p.name or ".build-" in p.name)


def test_a_killed_load_leaves_no_plates_behind_after_the_next_load(tmp_path):
    deliveries, data = _plate_deliveries(tmp_path), tmp_path / "data"
    loader = _start_load(deliveries, data / "warehouse.duckdb")
    _wait_for_plates_in_work_folder(loader, data)
    loader.kill()
    assert loader.wait() == -signal.SIGKILL
    assert _leftovers(data), "the kill should have left a work folder (the case this test is about)"
    assert _files_with_plates(data)

    load(deliveries, data / "warehouse.duckdb", FIXTURE_DATE)

    assert _leftovers(data) == []
    assert _files_with_plates(data) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_says_so_in_one_line_and_removes_the_work_folder(tmp_path, signum):
    deliveries, data = _plate_deliveries(tmp_path), tmp_path / "data"
    loader = _start_load(deliveries, data / "warehouse.duckdb")
    _wait_for_plates_in_work_folder(loader, data)
    loader.send_signal(signum)
    _, stderr = loader.communicate()
    assert loader.returncode == 130
    assert stderr.strip().splitlines()[-1] == "Ladelauf abgebrochen, Lager unverändert"
    assert "Traceback" not in stderr
    assert not (data / "warehouse.duckdb").exists()
    assert _leftovers(data) == []
    assert _files_with_plates(data) == []


def test_a_torn_load_log_line_is_reported_and_skipped(tmp_path, fixture_warehouse, deliveries):
    db = copy_warehouse(fixture_warehouse, tmp_path / "data")
    log = load_log_path(db)
    with log.open("ab") as handle:
        handle.write(b'{"run_id": "20261126-101010-abc123", "finished_at": "2026-11-2')  # a crash mid-write

    loaded = _cli_load(deliveries, db)

    assert loaded.returncode == 0, loaded.stderr
    assert "Ladeprotokoll warehouse.load_log.jsonl, Zeile 2: unvollständiger Eintrag übersprungen" in loaded.stderr
    con = duckdb.connect(str(db), read_only=True)
    statuses = con.execute("select status from log.load_runs order by finished_at").fetchall()
    con.close()
    assert statuses == [("loaded",), ("loaded",)]  # the earlier run and this one, both kept
    runs, warnings = load_log.read_checked(log)
    assert [r["status"] for r in runs] == ["loaded", "loaded"]  # the new entry was not glued to the torn line
    assert len(warnings) == 1


def test_the_pseudonym_key_is_private_and_never_silently_replaced(tmp_path, deliveries):
    db = tmp_path / "data" / "warehouse.duckdb"
    assert _cli_load(deliveries, db).returncode == 0
    key = pseudonym_key_path(db)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    before = file_digest(db)
    key.unlink()

    refused = _cli_load(deliveries, db)

    assert refused.returncode == 3
    assert "Pseudonym-Schlüssel fehlt" in refused.stderr
    assert "aus der Sicherung wiederherstellen" in refused.stderr
    assert "--new-pseudonym-key" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert file_digest(db) == before
    assert not key.exists()

    renewed = _cli_load(deliveries, db, "--new-pseudonym-key")
    assert renewed.returncode == 0, renewed.stderr
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    help_text = " ".join(_cli_load(deliveries, db, "--help").stdout.split())
    assert "--new-pseudonym-key" in help_text
    assert "Exit-Codes: 0 geladen; 1 Lieferung abgelehnt (Lager unverändert); 2 ein anderer Ladelauf läuft" in help_text
    assert "3 Pseudonym-Schlüssel fehlt; 4 keine Schreibrechte im Datenordner; 5 Speicherplatz erschöpft" in help_text


def test_the_pseudonym_key_can_live_outside_the_data_folder(tmp_path, deliveries):
    db = tmp_path / "data" / "warehouse.duckdb"
    outside = tmp_path / "secrets" / "cockpit.key"
    loaded = _cli_load(deliveries, db, env={"COCKPIT_PSEUDONYM_KEY_FILE": str(outside)})
    assert loaded.returncode == 0, loaded.stderr
    assert stat.S_IMODE(outside.stat().st_mode) == 0o600
    assert not (db.parent / ".pseudonym_key").exists()


def test_symbolic_links_in_the_delivery_folder_are_refused_by_name(tmp_path, deliveries):
    db = tmp_path / "data" / "warehouse.duckdb"
    (deliveries / "passwd.csv").symlink_to("/etc/passwd")
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, db, FIXTURE_DATE)
    assert [str(f) for f in rejected.value.findings] == [
        "passwd.csv: symbolische Verknüpfung wird nicht gelesen; erwartet: die Datei selbst im Lieferordner"
    ]
    assert not db.exists()


def test_hard_links_in_the_delivery_folder_are_refused_by_name(tmp_path, deliveries):
    """A hard link is a name inside the folder for data kept anywhere else on the same disk."""
    db = tmp_path / "data" / "warehouse.duckdb"
    outside = tmp_path / "elsewhere" / "secret.csv"
    outside.parent.mkdir()
    (deliveries / "projects.csv").rename(outside)  # a valid delivery, so only the link can refuse it
    os.link(outside, deliveries / "projects.csv")
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, db, FIXTURE_DATE)
    assert [str(f) for f in rejected.value.findings] == [
        "projects.csv: ist eine harte Verknüpfung (mehrfach verlinkte Datei) und wird nicht gelesen; "
        "erwartet: eine eigene Kopie der Datei im Lieferordner"
    ]
    assert not db.exists()
    outside.unlink()  # the last other name gone: the file is the folder's own again and loads
    assert load(deliveries, db, FIXTURE_DATE).status == "loaded"


def test_decomposed_umlauts_in_headers_and_values_are_accepted(tmp_path, deliveries):
    for name in ("projects.csv", "status_reports.csv"):
        path = deliveries / name
        path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8-sig")), encoding="utf-8-sig")
    assert "Federfu\u0308hrung" in (deliveries / "projects.csv").read_text(encoding="utf-8-sig")
    db = tmp_path / "data" / "warehouse.duckdb"

    load(deliveries, db, FIXTURE_DATE)

    con = duckdb.connect(str(db), read_only=True)
    lead_units = con.execute("select lead_unit from staging.projects order by project_id").fetchall()
    statuses = con.execute("select distinct status_overall from staging.status_reports").fetchall()
    con.close()
    assert lead_units[0] == ("BS|ENERGY",)
    assert ("grün",) in statuses


def test_an_xlsx_formula_without_a_stored_value_is_a_finding(tmp_path, deliveries):
    (deliveries / "projects.csv").unlink()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    contract = load_contracts()["projects"]
    sheet.append([c.label for c in contract.columns])
    for row in FIXTURE["projects"]:
        sheet.append([row.get(c.name, "") for c in contract.columns])
    sheet.cell(row=3, column=2).value = '=CONCAT("Geo","daten")'  # openpyxl stores the formula, no value
    workbook.save(deliveries / "projects.xlsx")

    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, tmp_path / "data" / "warehouse.duckdb", FIXTURE_DATE)

    assert [str(f) for f in rejected.value.findings] == [
        'projects.xlsx, Zeile 3, Spalte "Titel": Formel ohne gespeicherten Wert; bitte in Excel speichern'
    ]


def test_a_warehouse_named_ref_loads(tmp_path, deliveries):
    db = tmp_path / "data" / "ref.duckdb"
    assert load(deliveries, db, FIXTURE_DATE).status == "loaded"
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from marts.projects").fetchone()[0] == 3
    con.close()


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root writes into a folder without write permission; for root, test_faults_mounts.py loads into a "
    "read-only mount (exit code 4)",
)
def test_a_read_only_data_folder_names_itself(tmp_path, deliveries):
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        refused = _cli_load(deliveries, data / "warehouse.duckdb")
    finally:
        data.chmod(0o755)
    assert refused.returncode == 4
    assert f"Datenordner {data}: keine Schreibrechte" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert list(data.iterdir()) == []
