"""The Prüfung's tables as the reader sees them: formatted text in the viewer's language."""

import datetime as dt

import pandas as pd

from cockpit.i18n import Translator
from cockpit.presentation import markdown_text, status_label
from cockpit.reporting.database import Submission
from cockpit.texts.enumerations import word
from cockpit.views import reporting_form as form


def submissions_table(tr: Translator, submissions: list[Submission], titles: dict, state_word) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("review_col_project"): [f"{s.project_id} · {titles.get(s.project_id, '')}" for s in submissions],
            tr("review_col_state"): [state_word(s) for s in submissions],
            tr("report_history_version"): [str(s.version) for s in submissions],
            tr("review_col_submitted_by"): [s.submitted_by or "–" for s in submissions],
            tr("review_col_submitted_at"): [tr.datetime(s.submitted_at) for s in submissions],
            tr("review_col_overall"): [status_label(s.payload["status"].get("overall"), tr.lang) for s in submissions],
        }
    )


def report_facts(tr: Translator, payload: dict) -> str:
    """'Fertigstellung: 45 % · Begründung:' (Markdown; the reason itself follows as plain text)."""
    percent = payload.get("percent_complete")
    shown = "–" if percent is None else f"{tr.number(percent, 0 if float(percent).is_integer() else 1)} %"
    return f"**{tr('report_percent')}:** {markdown_text(shown)} · **{tr('report_reason')}:**"


def forecast_table(tr: Translator, payload: dict) -> pd.DataFrame:
    forecasts = payload.get("milestones") or {}
    return pd.DataFrame(
        {
            tr("review_col_milestone"): list(forecasts),
            tr("review_col_forecast"): [
                tr.date(dt.date.fromisoformat(v["forecast_date"])) if v.get("forecast_date") else "–"
                for v in forecasts.values()
            ],
        }
    )


def risk_table(tr: Translator, payload: dict) -> pd.DataFrame:
    risks = payload.get("risks") or {}
    return pd.DataFrame(
        {
            tr("review_col_risk"): list(risks),
            tr("report_risk_status"): [word("risk_status", v.get("risk_status"), tr.lang) for v in risks.values()],
            tr("report_risk_probability"): [str(v.get("probability")) for v in risks.values()],
            tr("report_risk_impact"): [str(v.get("impact")) for v in risks.values()],
            tr("report_risk_mitigation"): [v.get("mitigation") or "" for v in risks.values()],
        }
    )


def calendar_table(tr: Translator, rows: list[dict], due: dt.date) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("review_col_project"): [f"{r['project']['project_id']} · {r['project']['title']}" for r in rows],
            tr("review_col_lead_unit"): [r["project"]["lead_unit"] for r in rows],
            tr("review_col_state"): [r["state"] for r in rows],
            tr("review_col_due"): [tr.date(due)] * len(rows),
            tr("review_col_reported_on"): [tr.date(r["reported_on"]) for r in rows],
            tr("review_col_days_late"): ["–" if r["days_late"] is None else str(r["days_late"]) for r in rows],
        }
    )


def calendar_export(tr: Translator, rows: list[dict], due: dt.date) -> pd.DataFrame:
    """The calendar for its CSV/Excel buttons: dates as dates, days late as a number."""
    return pd.DataFrame(
        {
            tr("review_col_project"): [f"{r['project']['project_id']} · {r['project']['title']}" for r in rows],
            tr("review_col_lead_unit"): [r["project"]["lead_unit"] for r in rows],
            tr("review_col_state"): [r["state"] for r in rows],
            tr("review_col_due"): [due] * len(rows),
            tr("review_col_reported_on"): [r["reported_on"] for r in rows],
            tr("review_col_days_late"): pd.array([r["days_late"] for r in rows], dtype="Int64"),
        }
    )


def differences_table(tr: Translator, rows: pd.DataFrame) -> pd.DataFrame:
    """One row per project, month and dimension where the two assessments differ."""
    return pd.DataFrame(
        {
            tr("review_col_project"): [f"{p} · {t}" for p, t in zip(rows["project_id"], rows["title"], strict=True)],
            tr("review_col_month"): [tr.month(m) for m in rows["report_month"]],
            tr("review_col_dimension"): [tr(form.DIMENSION_KEYS[d]) for d in rows["dimension"]],
            tr("review_department"): [status_label(s, tr.lang) for s in rows["department_status"]],
            tr("review_office"): [status_label(s, tr.lang) for s in rows["office_status"]],
        }
    )
