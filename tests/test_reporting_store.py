"""The report store (cockpit.reporting.store): no lost update, the unit scope, the history, the audit trail.

Runs against the fixture warehouse (P-002 is unit 61's, P-001 BS|ENERGY's) and a SQLite file in tmp_path.
"""

import datetime as dt
import os
import sqlite3
import stat
import threading

import pytest

from cockpit import audit
from cockpit.reporting import prefill, review, store
from cockpit.viewer import BOARD, DEPARTMENT, Scope, Viewer
from common import settings
from tests.conftest import FIXTURE_DATE

OCTOBER = dt.date(2026, 10, 1)  # the reporting month on 26.11.2026
UNIT_61 = Viewer(who="leitung.fb61@test.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
COLLEAGUE_61 = Viewer(who="kollegin.fb61@test.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
STABSSTELLE = Viewer(who="cdo@test.example", day=FIXTURE_DATE)
REASON = "Der Lieferant ist insolvent; die Neuvergabe ist beantragt."


@pytest.fixture(autouse=True)
def reporting_files(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting" / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    return tmp_path


def complete_report() -> dict:
    """Unit 61's October report as the warehouse prefills it, with a real reason and a whole board request."""
    payload = prefill.from_warehouse(UNIT_61, "P-002", OCTOBER)
    payload["reason"] = REASON
    payload["board"] |= {"options": "A: neu ausschreiben; B: Rahmenvertrag", "costs": "40.000 €", "recommendation": "B"}
    return payload


def test_two_saves_on_the_same_version_give_one_success_and_one_conflict_naming_the_field():
    first = store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    assert (first.version, first.state) == (1, "entwurf")

    mine = complete_report() | {"percent_complete": 50.0}
    theirs = complete_report()
    theirs["status"] = theirs["status"] | {"budget": "rot"}
    store.save(COLLEAGUE_61, "P-002", OCTOBER, theirs, expected_version=1)
    with pytest.raises(store.Conflict) as conflict:
        store.save(UNIT_61, "P-002", OCTOBER, mine, expected_version=1)

    assert conflict.value.theirs.author == COLLEAGUE_61.who and conflict.value.theirs.version == 2
    [change] = conflict.value.changes
    assert (change.field, change.before, change.theirs, change.yours) == ("status.budget", "gelb", "rot", "gelb")
    kept = store.current(UNIT_61, "P-002", OCTOBER)
    assert kept.payload["status"]["budget"] == "rot" and kept.payload["percent_complete"] == 45.0


def test_concurrent_saves_from_two_threads_never_overwrite_each_other():
    store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save_as(viewer: Viewer, percent: float) -> None:
        start.wait()
        try:
            outcomes[viewer.who] = store.save(
                viewer, "P-002", OCTOBER, complete_report() | {"percent_complete": percent}, 1
            )
        except store.Conflict as conflict:
            outcomes[viewer.who] = conflict

    threads = [threading.Thread(target=save_as, args=(v, p)) for v, p in ((UNIT_61, 50.0), (COLLEAGUE_61, 60.0))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    saved = [o for o in outcomes.values() if isinstance(o, store.Submission)]
    conflicts = [o for o in outcomes.values() if isinstance(o, store.Conflict)]
    assert len(saved) == 1 and len(conflicts) == 1
    assert [c.field for c in conflicts[0].changes] == ["percent_complete"]
    assert store.current(UNIT_61, "P-002", OCTOBER).payload["percent_complete"] == saved[0].payload["percent_complete"]


def test_two_new_reports_for_the_same_project_and_month_give_one_conflict():
    store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    with pytest.raises(store.Conflict):
        store.save(COLLEAGUE_61, "P-002", OCTOBER, complete_report(), expected_version=0)


@pytest.mark.parametrize("project_id", ["P-001", "P-003", "P-999"])
def test_a_forged_project_of_another_unit_is_refused_and_nothing_is_written(project_id):
    for write in (store.save, store.submit):
        with pytest.raises(store.NotYourProject):
            write(UNIT_61, project_id, OCTOBER, complete_report(), expected_version=0)
    with pytest.raises(store.NotYourProject):
        store.current(UNIT_61, project_id, OCTOBER)
    assert store.of_month(STABSSTELLE, OCTOBER) == []


def test_board_members_do_not_report_and_departments_do_not_review():
    with pytest.raises(store.NotAllowed):
        store.save(Viewer(who="board@test.example", role=BOARD, day=FIXTURE_DATE), "P-002", OCTOBER, {}, 0)
    submitted = store.submit(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    with pytest.raises(store.NotAllowed):
        review.accept(UNIT_61, submitted.submission_id, submitted.version, complete_report()["status"], "")
    with pytest.raises(store.NotAllowed):
        review.return_report(UNIT_61, submitted.submission_id, submitted.version, "Bitte Kosten nachreichen.")


def test_only_the_reporting_month_and_the_current_month_are_open():
    with pytest.raises(store.NotAllowed):
        store.save(UNIT_61, "P-002", dt.date(2026, 8, 1), complete_report(), expected_version=0)
    assert store.save(UNIT_61, "P-002", dt.date(2026, 11, 1), complete_report(), expected_version=0).version == 1


@pytest.mark.parametrize(
    "reason, problem",
    [
        ("", "report_problem_reason_required"),
        ("Planmäßiger Fortschritt.", "report_problem_stock_phrase"),
        ("siehe oben", "report_problem_stock_phrase"),
        ("-", "report_problem_stock_phrase"),
        ("Lieferant insolvent", "report_problem_stock_phrase"),  # 19 characters
    ],
)
def test_a_status_change_needs_a_reason_that_is_no_stock_phrase(reason, problem):
    with pytest.raises(store.Incomplete) as refused:
        store.submit(UNIT_61, "P-002", OCTOBER, complete_report() | {"reason": reason}, expected_version=0)
    assert refused.value.problems == [problem]
    assert store.current(UNIT_61, "P-002", OCTOBER) is None


def test_a_board_request_needs_question_options_costs_and_recommendation():
    payload = complete_report()
    payload["board"]["costs"] = " "
    with pytest.raises(store.Incomplete) as refused:
        store.submit(UNIT_61, "P-002", OCTOBER, payload, expected_version=0)
    assert refused.value.problems == ["report_problem_board_incomplete"]


def test_the_history_keeps_every_save_submission_and_review_and_cannot_be_changed():
    store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    store.save(COLLEAGUE_61, "P-002", OCTOBER, complete_report() | {"percent_complete": 47.0}, expected_version=1)
    submitted = store.submit(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=2)
    returned = review.return_report(STABSSTELLE, submitted.submission_id, 3, "Bitte die Kosten der Optionen nennen.")
    assert returned.state == "zurückgegeben" and returned.version == 4

    rows = store.history(UNIT_61, "P-002", OCTOBER)
    assert [(r["version"], r["action"], r["who"]) for r in rows] == [
        (1, "saved", UNIT_61.who),
        (2, "saved", COLLEAGUE_61.who),
        (3, "submitted", UNIT_61.who),
        (4, "returned", STABSSTELLE.who),
    ]
    assert rows[-1]["comment"] == "Bitte die Kosten der Optionen nennen."
    con = sqlite3.connect(settings.REPORTING_DB_PATH)
    for statement in ("update history set who = 'someone'", "delete from history"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            con.execute(statement)
    con.close()


def test_every_write_is_in_the_audit_log():
    submitted = store.submit(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=1)
    again = store.submit(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=2)
    review.accept(STABSSTELLE, again.submission_id, again.version, complete_report()["status"], "")
    events = [
        (e["event"], e["user"], e["details"]["version"])
        for e in reversed(audit.read())
        if e.get("details", {}).get("submission_id") == submitted.submission_id
    ]
    assert events == [
        ("report_submitted", UNIT_61.who, 1),
        ("report_saved", UNIT_61.who, 2),
        ("report_submitted", UNIT_61.who, 3),
        ("report_accepted", STABSSTELLE.who, 4),
    ]


def test_an_accepted_report_is_final():
    submitted = store.submit(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    review.accept(STABSSTELLE, submitted.submission_id, 1, complete_report()["status"], "")
    with pytest.raises(store.NotAllowed):
        store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=2)


def test_the_file_is_the_owners_alone_and_reading_creates_none():
    assert store.current(UNIT_61, "P-002", OCTOBER) is None
    assert not settings.REPORTING_DB_PATH.exists()
    store.save(UNIT_61, "P-002", OCTOBER, complete_report(), expected_version=0)
    assert stat.S_IMODE(os.stat(settings.REPORTING_DB_PATH).st_mode) == 0o600
    assert settings.REPORTING_DB_PATH != settings.WAREHOUSE_PATH
