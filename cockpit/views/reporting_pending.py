"""Reports the Stabsstelle has accepted whose inbox folder no load has applied yet ("eingereicht, noch nicht
übernommen"), named on the Übersicht (one line under Handlungsbedarf) and on the project's Steckbrief, so nobody
reads the warehouse's older status as the department's latest word.

The store (cockpit.reporting.store) says what was accepted, the warehouse (applied_submissions) what a load has
applied. A report is written for the reporting month or the current one only (cockpit.reporting.rules), and the
review follows within weeks: the months looked at are those two and the month before them.
"""

import datetime as dt

import streamlit as st

from cockpit.data_access import reporting as warehouse
from cockpit.i18n import translator
from cockpit.presentation import markdown_text
from cockpit.reporting import rules, store
from cockpit.reporting.database import ACCEPTED, Submission
from cockpit.viewer import FORUM, Viewer


def months_looked_at(today: dt.date) -> list[dt.date]:
    reporting_month, current_month = rules.reportable_months(today)
    return [rules.previous_month(reporting_month), reporting_month, current_month]


def accepted_not_loaded(viewer: Viewer) -> list[Submission]:
    """Accepted reports of projects in the viewer's scope that no load has applied yet, by project and month."""
    if viewer.role == FORUM:
        return []
    accepted = [
        submission
        for month in months_looked_at(viewer.day)
        for submission in store.of_month(viewer, month)
        if submission.state == ACCEPTED
    ]
    if not accepted:
        return []
    applied = warehouse.applied_submissions(viewer)
    pending = [submission for submission in accepted if submission.submission_id not in applied]
    return sorted(pending, key=lambda s: (s.project_id, s.report_month))


def overview_line(viewer: Viewer) -> None:
    """'2 Meldungen angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar (P-002, P-005).'"""
    pending = accepted_not_loaded(viewer)
    if not pending:
        return
    tr = translator(viewer.language)
    projects = ", ".join(dict.fromkeys(s.project_id for s in pending))
    key = "overview_reports_pending_one" if len(pending) == 1 else "overview_reports_pending"
    st.caption(markdown_text(tr(key, count=tr.number(len(pending)), projects=projects)))


def project_note(viewer: Viewer, project_id: str) -> None:
    """On the Steckbrief: each accepted report of the project not yet in the warehouse, with who accepted it when."""
    tr = translator(viewer.language)
    for submission in accepted_not_loaded(viewer):
        if submission.project_id != project_id:
            continue
        text = tr(
            "report_pending_project",
            month=tr.month(submission.report_month),
            who=submission.reviewed_by or "–",
            at=tr.datetime(submission.reviewed_at),
        )
        st.info(markdown_text(text), icon="🕓")
