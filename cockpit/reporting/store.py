"""Drafts, submissions and reviews of the monthly reports: a SQLite file of their own, never the warehouse.

One row per project and reporting month holds the current report with a `version`; every save, submission,
acceptance and return is appended to an append-only history (cockpit.reporting.database).

No lost update: each write names the version its author started from (`expected_version`, 0 for a new
report) and changes the row only while it still has that version (one UPDATE … WHERE version = ? in one
transaction); otherwise it raises Conflict, which carries the other person's version and, field by field,
what they changed. The store checks the unit scope itself: a department viewer whose scope does not hold the
project's lead unit is refused (NotYourProject), whatever a forged widget value or URL says; only the
Stabsstelle (role cdo, whole portfolio) accepts or returns (cockpit.reporting.review).
"""

import datetime as dt
import json
import uuid

from cockpit import audit
from cockpit.data_access import reporting as warehouse
from cockpit.reporting import prefill, rules
from cockpit.reporting.database import (
    ACCEPTED,
    DRAFT,
    SUBMITTED,
    Submission,
    append_history,
    as_submission,
    base_payload,
    connection,
    database_path,
    parse_time,
    timestamp_text,
    transaction,
)
from cockpit.viewer import CDO, DEPARTMENT, Viewer

ACTIONS = {
    "saved": "report_saved",
    "submitted": "report_submitted",
    "accepted": "report_accepted",
    "returned": "report_returned",
}


class ReportingError(Exception):
    """Base of the store's refusals."""


class NotYourProject(ReportingError, PermissionError):
    """The project does not exist or its lead unit is outside the viewer's scope."""


class NotAllowed(ReportingError, PermissionError):
    """The role, the month or the report's state does not allow this (e.g. an accepted report is final)."""


class Incomplete(ReportingError):
    """The report cannot be submitted or reviewed yet; problems are text keys."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(", ".join(problems))


class Conflict(ReportingError):
    """Someone saved another version first: theirs is what is stored now, changes what they changed."""

    def __init__(self, theirs: Submission, changes: list[rules.FieldChange]):
        self.theirs = theirs
        self.changes = changes
        super().__init__(f"version {theirs.version} by {theirs.author}: {', '.join(c.field for c in changes)}")


def record(action: str, viewer: Viewer, submission: Submission) -> None:
    audit.record(
        ACTIONS[action],
        viewer,
        submission_id=submission.submission_id,
        project_id=submission.project_id,
        report_month=rules.month_key(submission.report_month),
        version=submission.version,
    )


# ---- who may do what ------------------------------------------------------------------------------------


def check_project(viewer: Viewer, project_id: str) -> None:
    """Refuse unless the viewer reports (department or Stabsstelle) and the project's lead unit is in scope."""
    if viewer.role not in (CDO, DEPARTMENT):
        raise NotAllowed(f"role {viewer.role} does not report")
    unit = warehouse.lead_unit(viewer, project_id)
    if unit is None or not viewer.scope.allows(unit):
        raise NotYourProject(f"{project_id} is not a project of {viewer.who or 'this viewer'}")


def check_reviewer(viewer: Viewer) -> None:
    if viewer.role != CDO or not viewer.scope.is_everything:
        raise NotAllowed("only the Stabsstelle reviews reports")


# ---- reading --------------------------------------------------------------------------------------------


def current(viewer: Viewer, project_id: str, month: dt.date) -> Submission | None:
    """The stored report of the project and month (None: nobody saved one yet)."""
    check_project(viewer, project_id)
    if not database_path().exists():  # reading creates no file
        return None
    with connection() as con:
        row = con.execute(
            "select * from submissions where project_id = ? and report_month = ?", [project_id, rules.month_key(month)]
        ).fetchone()
    return as_submission(row)


def of_month(viewer: Viewer, month: dt.date) -> list[Submission]:
    """Every stored report of the month whose project the viewer may see."""
    if not database_path().exists():
        return []
    with connection() as con:
        rows = con.execute(
            "select * from submissions where report_month = ? order by project_id", [rules.month_key(month)]
        ).fetchall()
    visible = None if viewer.scope.is_everything else set(warehouse.reporting_projects(viewer)["project_id"])
    return [as_submission(r) for r in rows if visible is None or r["project_id"] in visible]


def history(viewer: Viewer, project_id: str, month: dt.date) -> list[dict]:
    """Every save, submission, acceptance and return of the report, oldest first."""
    check_project(viewer, project_id)
    if not database_path().exists():
        return []
    with connection() as con:
        rows = con.execute(
            "select version, action, who, at, comment from history where project_id = ? and report_month = ?"
            " order by history_id",
            [project_id, rules.month_key(month)],
        ).fetchall()
    return [dict(r) | {"at": parse_time(r["at"])} for r in rows]


# ---- the department's writes ------------------------------------------------------------------------------


def save(viewer: Viewer, project_id: str, month: dt.date, payload: dict, expected_version: int) -> Submission:
    """Keep the report as a draft; expected_version is the version the author started from (0: new)."""
    return _write(viewer, project_id, month, payload, expected_version, "saved", DRAFT)


def submit(viewer: Viewer, project_id: str, month: dt.date, payload: dict, expected_version: int) -> Submission:
    """Submit the report for review; refused (Incomplete) while rules.problems finds anything."""
    check_project(viewer, project_id)
    found = rules.problems(payload, prefill.previous_statuses(viewer, project_id, month))
    if found:
        raise Incomplete(found)
    return _write(viewer, project_id, month, payload, expected_version, "submitted", SUBMITTED)


def _write(viewer, project_id, month, payload, expected_version, action, state) -> Submission:
    check_project(viewer, project_id)
    if month not in rules.reportable_months(viewer.day):
        raise NotAllowed(f"{rules.month_key(month)} is not open for reports")
    key, at, text = rules.month_key(month), timestamp_text(), json.dumps(payload, ensure_ascii=False)
    submitted = (viewer.who, at) if state == SUBMITTED else (None, None)
    with connection() as con, transaction(con):
        stored = as_submission(
            con.execute(
                "select * from submissions where project_id = ? and report_month = ?", [project_id, key]
            ).fetchone()
        )
        if stored is not None and stored.state == ACCEPTED:
            raise NotAllowed("an accepted report is final")
        if stored is None and expected_version == 0:
            submission_id = "S-" + uuid.uuid4().hex[:12]
            con.execute(
                "insert into submissions (submission_id, project_id, report_month, version, state, payload, author,"
                " saved_at, submitted_by, submitted_at) values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                [submission_id, project_id, key, state, text, viewer.who, at, *submitted],
            )
        elif stored is None:
            raise NotAllowed(f"no stored version {expected_version} of this report")
        else:
            submission_id = stored.submission_id
            changed = con.execute(
                "update submissions set version = version + 1, state = ?, payload = ?, author = ?, saved_at = ?,"
                " submitted_by = coalesce(?, submitted_by), submitted_at = coalesce(?, submitted_at)"
                " where submission_id = ? and version = ?",
                [state, text, viewer.who, at, *submitted, submission_id, expected_version],
            ).rowcount
            if changed != 1:
                before = base_payload(con, submission_id, expected_version) if expected_version else None
                raise Conflict(stored, rules.changes(before, stored.payload, payload))
        saved = as_submission(
            con.execute("select * from submissions where submission_id = ?", [submission_id]).fetchone()
        )
        append_history(con, saved, action, viewer.who, at, payload)
    record(action, viewer, saved)
    return saved
