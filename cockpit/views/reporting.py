"""Meldung: a department's monthly report of one of its own projects (the Stabsstelle may report any).

Which project and month, the report's state (version, who saved it when, a return comment of the
Stabsstelle), the form (cockpit.views.reporting_form) with "Entwurf speichern" and "Einreichen", a conflict
with the other person's changes beside the user's own input, the report's history, and the upload of a
filled template (helper module cockpit.views.delivery_check, when present).
"""

import datetime as dt
import importlib
import importlib.util

import pandas as pd
import streamlit as st

from cockpit.i18n import Translator, translator
from cockpit.presentation import markdown_text, status_label
from cockpit.reporting import prefill, rules, store
from cockpit.reporting.database import ACCEPTED, RETURNED, Submission
from cockpit.texts import enumerations
from cockpit.viewer import Viewer
from cockpit.views import reporting_form as form
from cockpit.views.common import table_height

UPLOAD_MODULE = "cockpit.views.delivery_check"


# ---- which project and month ------------------------------------------------------------------------------


def project_choice(viewer: Viewer, projects: pd.DataFrame) -> str:
    """One of the viewer's own active projects (?projekt= preselects one of them; others are not offered)."""
    tr = translator(viewer.language)
    titles = dict(zip(projects["project_id"], projects["title"], strict=True))
    ids = list(titles)
    requested = st.query_params.get("projekt")
    return st.selectbox(
        tr("report_project"),
        ids,
        index=ids.index(requested) if requested in titles else 0,
        format_func=lambda i: f"{i} · {titles[i]}",
        key="report_project",
    )


def month_choice(viewer: Viewer, key: str = "report_month") -> dt.date:
    """The reporting month (the month before today's) or the current month; says when it is due."""
    tr = translator(viewer.language)
    months = rules.reportable_months(viewer.day)
    month = st.radio(
        tr("report_month"),
        months,
        format_func=lambda m: tr("report_month_option", month=tr.month(m), due=tr.date(rules.due_date(m))),
        horizontal=True,
        key=key,
    )
    st.caption(tr("report_due_rule"))
    return month


# ---- state -------------------------------------------------------------------------------------------------


def state_line(tr: Translator, submission: Submission | None, applied: set[str]) -> str:
    """'eingereicht · Version 3 · gespeichert von … am 05.12.2026 14:03' (plain text)."""
    if submission is None:
        return tr("report_state_new")
    state = tr(f"report_state_{submission.state}")
    if submission.state == ACCEPTED:
        state = tr("report_state_applied") if submission.submission_id in applied else tr("report_state_pending")
    return tr(
        "report_state_line",
        state=state,
        version=submission.version,
        who=submission.author or "–",
        at=tr.datetime(submission.saved_at),
    )


def show_state(tr: Translator, submission: Submission | None, applied: set[str]) -> None:
    st.info(markdown_text(state_line(tr, submission, applied)), icon="🗂️")
    review = (submission.review or {}) if submission else {}
    if submission is not None and review.get("comment") and submission.state != ACCEPTED:
        returned = tr("report_returned_by", who=submission.reviewed_by or "–", at=tr.datetime(submission.reviewed_at))
        box = st.warning if submission.state == RETURNED else st.caption
        box(markdown_text(f"{returned}: {review['comment']}"))


# ---- the form and its two buttons ------------------------------------------------------------------------


def _keys(project_id: str, month: dt.date) -> dict[str, str]:
    base = f"report_{project_id}_{rules.month_key(month)}"
    return {"base": f"{base}_base", "generation": f"{base}_generation", "conflict": f"{base}_conflict", "at": base}


def report(viewer: Viewer, project_id: str, month: dt.date, applied: set[str]) -> None:
    """The report of one project and month: state, fields, buttons, and what came of a click."""
    tr = translator(viewer.language)
    keys = _keys(project_id, month)
    state_area = st.container()
    stored = store.current(viewer, project_id, month)
    session = st.session_state
    session.setdefault(keys["base"], stored.version if stored else 0)
    session.setdefault(keys["generation"], 0)
    prefix = f"{keys['at']}_{session[keys['generation']]}"
    milestones = prefill.open_milestones(viewer, project_id, month)
    risks = prefill.open_risks(viewer, project_id)
    previous = prefill.previous_statuses(viewer, project_id, month)
    defaults = stored.payload if stored else prefill.from_warehouse(viewer, project_id, month)
    locked = stored is not None and stored.state == ACCEPTED
    with st.form(f"{prefix}_form", enter_to_submit=False):
        form.fields(tr, prefix, defaults, milestones, risks, previous, locked)
        with st.container(horizontal=True):
            save = st.form_submit_button(tr("report_save"), disabled=locked, key=f"{prefix}_save")
            submit = st.form_submit_button(tr("report_submit"), type="primary", disabled=locked, key=f"{prefix}_submit")
    ids = (list(milestones["milestone_id"]), list(risks["risk_id"]))
    if save or submit:
        session.pop(keys["conflict"], None)
        stored = _act(viewer, tr, project_id, month, form.payload(prefix, *ids), submit, keys) or stored
    if keys["conflict"] in session:
        stored = _conflict(viewer, tr, project_id, month, prefix, ids, keys) or stored
    with state_area:
        show_state(tr, stored, applied)


def _act(viewer, tr, project_id, month, payload, submitting, keys) -> Submission | None:
    """Save or submit; say what happened. A conflict is kept for the conflict box; the input stays."""
    write = store.submit if submitting else store.save
    try:
        saved = write(viewer, project_id, month, payload, st.session_state[keys["base"]])
    except store.Incomplete as refused:
        st.error("\n".join(f"- {tr(problem)}" for problem in refused.problems), icon="✋")
        return None
    except store.Conflict as conflict:
        st.session_state[keys["conflict"]] = conflict
        return None
    except store.NotAllowed:
        st.error(tr("report_not_allowed"), icon="⛔")
        return None
    st.session_state[keys["base"]] = saved.version
    st.success(tr("report_done_submitted" if submitting else "report_done_saved", version=saved.version), icon="✅")
    return saved


def _conflict(viewer, tr, project_id, month, prefix, ids, keys) -> Submission | None:
    """What the other person changed, your input beside it; keep yours over theirs, or load theirs."""
    conflict: store.Conflict = st.session_state[keys["conflict"]]
    theirs = conflict.theirs
    st.error(
        markdown_text(
            tr("report_conflict", who=theirs.author or "–", at=tr.datetime(theirs.saved_at), version=theirs.version)
        ),
        icon="⚠️",
    )
    st.dataframe(change_table(tr, conflict.changes), hide_index=True, height=table_height(len(conflict.changes)))
    keep, load = st.columns(2)
    if keep.button(tr("report_conflict_keep_mine", version=theirs.version), key=f"{prefix}_keep"):
        st.session_state[keys["base"]] = theirs.version
        st.session_state.pop(keys["conflict"], None)
        return _act(viewer, tr, project_id, month, form.payload(prefix, *ids), False, keys)
    if load.button(tr("report_conflict_load_theirs"), key=f"{prefix}_load"):
        st.session_state[keys["base"]] = theirs.version
        st.session_state[keys["generation"]] += 1
        st.session_state.pop(keys["conflict"], None)
        st.rerun()
    return None


def field_label(tr: Translator, field: str) -> str:
    """'status.budget' -> 'Budget'; 'milestones.M1.forecast_date' -> 'Meilenstein M1: Prognose'."""
    parts = field.split(".")
    if parts[0] == "status":
        return tr(form.DIMENSION_KEYS[parts[1]])
    if parts[0] == "milestones":
        return tr("report_change_milestone", id=parts[1])
    if parts[0] == "risks":
        return f"{tr('report_change_risk', id=parts[1])}: {tr('report_risk_' + parts[2].removeprefix('risk_'))}"
    if parts[0] == "board":
        return tr(f"report_board_{parts[1]}")
    return tr(
        {"percent_complete": "report_percent", "phase": "report_phase", "reason": "report_reason"}.get(field, field)
    )


def shown_value(tr: Translator, field: str, value) -> str:
    if value is None or value == "":
        return "–"
    if field.startswith("status."):
        return status_label(value, tr.lang)
    if field == "phase":
        return enumerations.word("phase", value, tr.lang)
    if field.endswith("forecast_date"):
        return tr.date(dt.date.fromisoformat(value))
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int | float):
        return tr.number(value, 0 if float(value).is_integer() else 1)
    return str(value)


def change_table(tr: Translator, changes: list) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("report_change_field"): [field_label(tr, c.field) for c in changes],
            tr("report_change_before"): [shown_value(tr, c.field, c.before) for c in changes],
            tr("report_change_theirs"): [shown_value(tr, c.field, c.theirs) for c in changes],
            tr("report_change_yours"): [shown_value(tr, c.field, c.yours) for c in changes],
        }
    )


# ---- history and upload ------------------------------------------------------------------------------------


def history(viewer: Viewer, project_id: str, month: dt.date) -> None:
    tr = translator(viewer.language)
    rows = store.history(viewer, project_id, month)
    if not rows:
        st.caption(tr("report_history_empty"))
        return
    table = {
        tr("report_history_version"): [str(r["version"]) for r in rows],
        tr("report_history_action"): [tr(f"report_action_{r['action']}") for r in rows],
        tr("report_history_who"): [r["who"] or "–" for r in rows],
        tr("report_history_at"): [tr.datetime(r["at"]) for r in rows],
        tr("report_history_comment"): [r["comment"] or "" for r in rows],
    }
    st.dataframe(pd.DataFrame(table), hide_index=True, height=table_height(len(rows), 400))


def upload(viewer: Viewer) -> None:
    """'Ausgefüllte Vorlage hochladen': the delivery check of a filled template, where that module exists."""
    tr = translator(viewer.language)
    with st.expander(tr("report_upload_title")):
        if importlib.util.find_spec(UPLOAD_MODULE) is None:
            st.caption(tr("report_upload_unavailable"))
            return
        importlib.import_module(UPLOAD_MODULE).upload_check(viewer)
