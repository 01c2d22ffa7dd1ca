"""The Stabsstelle's review of a submitted report: accept it with the Stabsstelle's own assessment (its inbox
folder is written in the same transaction that marks it accepted; a failure leaves neither) or return it to
the department with a comment. Only the Stabsstelle (role cdo, whole portfolio) reviews; every review names
the version it looked at, so a report changed meanwhile gives a Conflict, not a silent acceptance.
"""

import datetime as dt
import json
from dataclasses import replace

from cockpit.reporting import inbox, prefill, rules
from cockpit.reporting.database import (
    ACCEPTED,
    RETURNED,
    SUBMITTED,
    Submission,
    append_history,
    as_submission,
    base_payload,
    by_id,
    connection,
    timestamp_text,
    transaction,
)
from cockpit.reporting.store import Conflict, Incomplete, NotAllowed, check_reviewer, record
from cockpit.viewer import Viewer


def _submitted(con, submission_id: str, expected_version: int) -> Submission:
    stored = as_submission(con.execute("select * from submissions where submission_id = ?", [submission_id]).fetchone())
    if stored is None:
        raise NotAllowed(f"no report {submission_id}")
    if stored.version != expected_version:
        before = base_payload(con, submission_id, expected_version)
        raise Conflict(stored, rules.changes(before, stored.payload, before or {}))
    if stored.state != SUBMITTED:
        raise NotAllowed(f"report {submission_id} is {stored.state}, not submitted")
    return stored


def accept(viewer: Viewer, submission_id: str, expected_version: int, office_status: dict, comment: str) -> Submission:
    """Accept a submitted report with the Stabsstelle's assessment: its inbox folder is written (atomically)
    in the same transaction that marks it accepted; a failure leaves neither."""
    check_reviewer(viewer)
    comment = (comment or "").strip()
    if any(office_status.get(d) not in rules.STATUSES for d in rules.DIMENSIONS):
        raise Incomplete(["report_problem_status_missing"])
    with connection() as con:
        row = con.execute("select * from submissions where submission_id = ?", [submission_id]).fetchone()
    if row is None:
        raise NotAllowed(f"no report {submission_id}")
    project_id, month = row["project_id"], rules.month_from_key(row["report_month"])
    previous_office = prefill.previous_statuses(viewer, project_id, month, prefill.OFFICE)
    found = rules.reason_problems(comment, office_status, previous_office)
    if found:
        raise Incomplete(["review_problem_" + f.removeprefix("report_problem_") for f in found])
    milestones, risks = prefill.delivery_records(viewer, project_id, month)
    review = {"status": dict(office_status), "comment": comment}
    at = timestamp_text()
    with connection() as con:
        con.execute("begin immediate")
        folder = None
        try:
            stored = _submitted(con, submission_id, expected_version)
            reported_on = (stored.submitted_at or dt.datetime.fromisoformat(at)).date()  # the day it came in
            files = {
                "status_reports": inbox.status_rows(project_id, month, stored.payload, review, reported_on),
                "milestones": inbox.milestone_rows(project_id, month, stored.payload, milestones, reported_on),
                "risks": inbox.risk_rows(stored.payload, risks),
            }
            meta = {
                "submission_id": submission_id,
                "project_id": project_id,
                "report_month": rules.month_key(month),
                "submitted_by": stored.submitted_by,
                "submitted_at": stored.submitted_at.isoformat() if stored.submitted_at else None,
                "accepted_by": viewer.who,
                "accepted_at": at,
                "source": "dashboard",
            }
            folder = inbox.write_folder(submission_id, dt.datetime.fromisoformat(at), files, meta)
            _review(con, stored, viewer, at, ACCEPTED, review, str(folder))
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            if folder is not None:
                inbox.remove_folder(folder)
            raise
    accepted = by_id(submission_id)
    record("accepted", viewer, accepted)
    return accepted


def return_report(viewer: Viewer, submission_id: str, expected_version: int, comment: str) -> Submission:
    """Send a submitted report back to the department with a comment (required), which it sees on its page."""
    check_reviewer(viewer)
    comment = (comment or "").strip()
    if not comment:
        raise Incomplete(["review_problem_comment_required"])
    with connection() as con, transaction(con):
        stored = _submitted(con, submission_id, expected_version)
        _review(con, stored, viewer, timestamp_text(), RETURNED, {"status": None, "comment": comment}, None)
    returned = by_id(submission_id)
    record("returned", viewer, returned)
    return returned


def _review(con, stored: Submission, viewer: Viewer, at: str, state: str, review: dict, folder: str | None) -> None:
    con.execute(
        "update submissions set version = version + 1, state = ?, reviewed_by = ?, reviewed_at = ?, review = ?,"
        " inbox_folder = ? where submission_id = ? and version = ?",
        [state, viewer.who, at, json.dumps(review, ensure_ascii=False), folder, stored.submission_id, stored.version],
    )
    action = "accepted" if state == ACCEPTED else "returned"
    reviewed = replace(stored, version=stored.version + 1)
    append_history(con, reviewed, action, viewer.who, at, review, review.get("comment"))
