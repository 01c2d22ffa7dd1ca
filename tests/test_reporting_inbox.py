"""The inbox folder of an accepted report (cockpit.reporting.inbox): the contracts' German form, atomically."""

import datetime as dt
import json

import pytest

from cockpit.reporting import inbox
from common import settings

AT = dt.datetime(2026, 12, 5, 14, 3, 9)


@pytest.fixture(autouse=True)
def inbox_dir(monkeypatch, tmp_path):
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    return tmp_path / "inbox"


def test_a_folder_holds_the_contracts_header_and_german_values(inbox_dir):
    rows = [
        dict(
            project_id="P-002",
            report_month=dt.date(2026, 11, 1),
            assessed_by="Fachbereich",
            status_overall="gelb",
            status_schedule="rot",
            status_budget="grün",
            status_scope="grün",
            status_risks="gelb",
            percent_complete=1234.5,
            reason="Lieferant; insolvent",
            needs_board_decision=True,
            board_decision_text="",
            phase="Umsetzung",
            reported_on=dt.date(2026, 12, 3),
        )
    ]
    folder = inbox.write_folder("S-1", AT, {"status_reports": rows, "risks": []}, {"submission_id": "S-1"})
    assert folder == inbox_dir / "20261205-140309-S-1"
    raw = (folder / "status_reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header, line = raw.decode("utf-8-sig").splitlines()
    assert header.split(";") == [label for _, label, _ in inbox.contract_columns("status_reports")]
    assert header.startswith("Projekt-ID;Berichtsmonat;Bewertung durch;Status gesamt")
    expected = 'P-002;11.2026;Fachbereich;gelb;rot;grün;grün;gelb;1.234,5;"Lieferant; insolvent";ja;;Umsetzung;'
    expected += "03.12.2026"  # Gemeldet am
    assert line == expected
    assert not (folder / "risks.csv").exists()  # no risk changed: no file
    assert json.loads((folder / "submission.json").read_text(encoding="utf-8")) == {"submission_id": "S-1"}
    assert sorted(p.name for p in inbox_dir.iterdir()) == [folder.name]


def test_both_assessments_carry_the_phase_the_department_reported_and_the_day_it_submitted():
    status = {"overall": "gelb", "schedule": "gelb", "budget": "grün", "scope": "grün", "risks": "grün"}
    payload = {"status": status, "percent_complete": 60.0, "phase": "Betrieb", "reason": "Abnahme erfolgt, Betrieb"}
    submitted = dt.date(2026, 12, 3)
    rows = inbox.status_rows("P-002", dt.date(2026, 11, 1), payload, {"status": status, "comment": ""}, submitted)
    assert [(r["assessed_by"], r["phase"], r["reported_on"]) for r in rows] == [
        ("Fachbereich", "Betrieb", submitted),
        ("Stabsstelle", "Betrieb", submitted),
    ]
    older = {key: value for key, value in payload.items() if key != "phase"}  # saved before the Meldung asked
    rows = inbox.status_rows("P-002", dt.date(2026, 11, 1), older, {"status": status}, submitted)
    assert [r["phase"] for r in rows] == [
        None,
        None,
    ]


def test_a_failure_while_writing_leaves_no_folder_and_no_temporary_one(inbox_dir):
    broken = [{"project_id": "P-002", "report_month": "kein Monat"}]
    with pytest.raises(ValueError):
        inbox.write_folder("S-2", AT, {"status_reports": broken}, {"submission_id": "S-2"})
    assert list(inbox_dir.iterdir()) == []


def test_a_folder_is_never_overwritten(inbox_dir):
    inbox.write_folder("S-3", AT, {}, {"submission_id": "S-3"})
    with pytest.raises(FileExistsError):
        inbox.write_folder("S-3", AT, {}, {"submission_id": "S-3", "again": True})
    assert json.loads((inbox_dir / "20261205-140309-S-3" / "submission.json").read_text()) == {"submission_id": "S-3"}
