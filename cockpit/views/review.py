"""Prüfung (Stabsstelle): the month's reports, the Stabsstelle's assessment beside the department's, accept or
return; the reporting calendar (who has not reported, days late); where the two assessments differ.

An accepted report becomes a delivery folder in the inbox (cockpit.reporting.inbox); until a load has applied
it, screens say "eingereicht, noch nicht übernommen".
"""

import datetime as dt

import streamlit as st

from cockpit.data_access import reporting as warehouse
from cockpit.i18n import TEXTS, Translator, translator
from cockpit.presentation import markdown_text
from cockpit.reporting import review, rules, store
from cockpit.reporting.database import ACCEPTED, SUBMITTED, Submission
from cockpit.ui.charts import as_of_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import Viewer
from cockpit.views import common
from cockpit.views import projector_fit as fit
from cockpit.views import reporting as report_views
from cockpit.views import reporting_form as form
from cockpit.views import review_tables as tables
from cockpit.views.data_status import last_loaded_on

MESSAGE_KEY = "review_last_decision"


def state_word(tr: Translator, submission: Submission | None, applied: set[str]) -> str:
    if submission is None:
        return tr("review_state_missing")
    if submission.state == ACCEPTED:
        return tr("report_state_applied") if submission.submission_id in applied else tr("report_state_pending")
    return tr(f"report_state_{submission.state}")


# ---- the month's reports -----------------------------------------------------------------------------------


def overview(viewer: Viewer, submissions: list[Submission], titles: dict, applied: set[str]) -> None:
    tr = translator(viewer.language)
    if not submissions:
        st.caption(tr("review_none_this_month"))
        return
    table = tables.submissions_table(tr, submissions, titles, lambda s: state_word(tr, s, applied))
    st.dataframe(table, hide_index=True, height=common.table_height(len(table), 400))


def choose_submitted(viewer: Viewer, submissions: list[Submission], titles: dict) -> Submission | None:
    """One of the month's submitted reports (waiting for review)."""
    tr = translator(viewer.language)
    waiting = {s.submission_id: s for s in submissions if s.state == SUBMITTED}
    if not waiting:
        st.info(tr("review_nothing_waiting"))
        return None
    chosen = st.selectbox(
        tr("review_choose"),
        list(waiting),
        format_func=lambda i: tr(
            "review_choice",
            project=waiting[i].project_id,
            title=titles.get(waiting[i].project_id, ""),
            who=waiting[i].submitted_by or "–",
            at=tr.datetime(waiting[i].submitted_at),
        ),
        key="review_submission",
    )
    return waiting[chosen]


def review_form(viewer: Viewer, submission: Submission) -> None:
    """The department's report, the Stabsstelle's assessment beside it (prefilled with the department's),
    a comment, and accept or return."""
    tr = translator(viewer.language)
    payload = submission.payload
    prefix = f"review_{submission.submission_id}_{submission.version}"
    st.markdown(f"**{tr('review_assessments')}**")
    for dimension in rules.DIMENSIONS:
        department = payload["status"].get(dimension)
        label, theirs, ours = st.columns([1, 1, 3], vertical_alignment="center")
        label.markdown(f"**{tr(form.DIMENSION_KEYS[dimension])}**")
        theirs.markdown(f"{tr('review_department')}: {form.coloured_status(department, tr.lang)}")
        ours.radio(
            tr("review_office"),
            rules.STATUSES,
            index=rules.STATUSES.index(department) if department in rules.STATUSES else None,
            format_func=lambda s: form.coloured_status(s, tr.lang),
            horizontal=True,
            key=f"{prefix}_status_{dimension}",
        )
    st.markdown(tables.report_facts(tr, payload))
    st.text(payload.get("reason") or "–")
    board = payload.get("board") or {}
    if board.get("needed"):
        st.markdown(f"**{tr('report_board')}**")
        st.text("\n".join(f"{tr('report_board_' + f)}: {board.get(f) or '–'}" for f in rules.BOARD_FIELDS))
    details = tables.forecast_table(tr, payload), tables.risk_table(tr, payload)
    for title, table in zip((tr("report_milestones"), tr("report_risks")), details, strict=True):
        if not table.empty:
            st.markdown(f"**{title}**")
            st.dataframe(table, hide_index=True, height=common.table_height(len(table)))
    comment = st.text_area(tr("review_comment"), key=f"{prefix}_comment")
    st.caption(tr("review_comment_rule"))
    accept, send_back = st.columns(2)
    if accept.button(tr("review_accept"), type="primary", key=f"{prefix}_accept"):
        office = {d: st.session_state.get(f"{prefix}_status_{d}") for d in rules.DIMENSIONS}
        _decide(tr, lambda: review.accept(viewer, submission.submission_id, submission.version, office, comment))
    if send_back.button(tr("review_return"), key=f"{prefix}_return"):
        _decide(tr, lambda: review.return_report(viewer, submission.submission_id, submission.version, comment))


def _decide(tr: Translator, decision) -> None:
    """Run the decision; its outcome is shown at the top of the next run (which shows the new state)."""
    try:
        decided = decision()
    except store.Incomplete as refused:
        st.error("\n".join(f"- {tr(problem)}" for problem in refused.problems), icon="✋")
        return
    except store.Conflict as conflict:
        theirs = conflict.theirs
        who, at = theirs.author or "–", tr.datetime(theirs.saved_at)
        st.error(markdown_text(tr("report_conflict", who=who, at=at, version=theirs.version)), icon="⚠️")
        return
    except store.NotAllowed:
        st.error(tr("report_not_allowed"), icon="⛔")
        return
    if decided.state == ACCEPTED:
        folder = decided.inbox_folder.rsplit("/", 1)[-1]
        st.session_state[MESSAGE_KEY] = tr("review_done_accepted", project=decided.project_id, folder=folder)
    else:
        st.session_state[MESSAGE_KEY] = tr("review_done_returned", project=decided.project_id)
    st.rerun()


def last_decision() -> None:
    """What the previous run decided (accepted or returned), once."""
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        st.success(markdown_text(message), icon="✅")


# ---- the reporting calendar --------------------------------------------------------------------------------


def calendar(viewer: Viewer, month: dt.date, submissions: list[Submission], applied: set[str]) -> None:
    """Every active project: the report's state, when it came, how many days late (due: 5th working day)."""
    tr = translator(viewer.language)
    due = rules.due_date(month)
    st.caption(tr("review_calendar_rule", month=tr.month(month), due=tr.date(due)))
    projects = warehouse.calendar(viewer, month)
    by_project = {s.project_id: s for s in submissions}
    rows = []
    for project in projects.to_dict("records"):
        submission = by_project.get(project["project_id"])
        row = {"project": project, "reported_on": None, "days_late": None, "is_reported": True}
        if submission is not None and submission.state in (SUBMITTED, ACCEPTED):
            row["reported_on"] = submission.submitted_at.date()
            row["days_late"] = rules.days_late(month, row["reported_on"], viewer.day)
            row["state"] = state_word(tr, submission, applied)
        elif project["has_department_report"]:
            row["state"] = tr("review_state_delivered_file")
        else:
            row["state"] = state_word(tr, submission, applied)
            row["days_late"] = rules.days_late(month, None, viewer.day)
            row["is_reported"] = False
        rows.append(row)
    table, export = tables.calendar_table(tr, rows, due), tables.calendar_export(tr, rows, due)
    height = common.table_height(len(table), 600)
    stem = f"berichtskalender_{month:%Y-%m}"
    fitted = fit.fitted(tr, fit.CALENDAR, table.columns)  # fits a projector (1280x720); the due date is in the caption
    show_table(table, hide_index=True, height=height, download=stem, export=export, as_of=viewer.day, **fitted)
    missing = sum(1 for row in rows if not row["is_reported"])
    st.caption(tr("review_calendar_count", total=len(rows), missing=missing))


# ---- where the assessments differ --------------------------------------------------------------------------


def differences(viewer: Viewer) -> None:
    tr = translator(viewer.language)
    rows = warehouse.assessment_differences(viewer)
    if rows.empty:
        st.caption(tr("review_no_differences"))
        return
    first = rows.iloc[0]
    st.caption(tr("review_differences_count", differing=first["differing_months"], paired=first["paired_months"]))
    table = tables.differences_table(tr, rows)
    status_columns = [tr("review_department"), tr("review_office")]
    styled = common.status_coloured(table, status_columns)
    height = common.table_height(len(table), 600)
    as_of = last_loaded_on(viewer)
    show_table(styled, hide_index=True, height=height, download="abweichende_bewertungen", as_of=as_of)
    as_of_caption(as_of, *TEXTS["as_of_last_load"])


def month_submissions(viewer: Viewer, month: dt.date) -> list[Submission]:
    return store.of_month(viewer, month)


def month_choice(viewer: Viewer) -> dt.date:
    return report_views.month_choice(viewer, key="review_month")


def titles(viewer: Viewer) -> dict[str, str]:
    projects = warehouse.reporting_projects(viewer)
    return dict(zip(projects["project_id"], projects["title"], strict=True))
