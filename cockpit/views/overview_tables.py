"""Übersicht tables: the Handlungsbedarf table with each reason put into words, strategy coverage per
Handlungsfeld, and what changed since a date (status changes, milestones reached, new high risks)."""

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from cockpit.i18n import Translator
from cockpit.presentation import STATUS_COLOURS, status_label
from cockpit.views import common, memo

KEPT_URL_PARAMS = ("dez", "fb", "hf", "phase", "stand", "lang")
PROFILE_LINK_TEXT = r"projekt=(P-[0-9]+)"  # a link shows as the project's id
UNCOVERED_STYLE = f"color: {STATUS_COLOURS['rot']}; font-weight: bold"


def kept_url_params() -> tuple[tuple[str, str], ...]:
    """The viewer's filters and language from the URL, which links to a Steckbrief keep."""
    return tuple(sorted((k, v) for k, v in st.query_params.to_dict().items() if k in KEPT_URL_PARAMS))


def profile_link(project_id: str, kept: tuple[tuple[str, str], ...] | None = None) -> str:
    """A link to the project's Steckbrief that keeps the viewer's filters and language (kept: kept_url_params)."""
    kept = kept_url_params() if kept is None else kept
    return "/projektsteckbrief?" + urlencode({"projekt": project_id, **dict(kept)})


# ---- Handlungsbedarf -----------------------------------------------------------------------------


def reason_text(tr: Translator, row) -> str:
    """The reason a project needs attention, in words (row: one row of data_access.overview.attention)."""
    reason = row.reason
    if reason == "red":
        return tr("overview_reason_red", month=tr.month(row.detail_date))
    if reason == "board":
        return tr("overview_reason_board", text=row.detail_text or "–")
    if reason == "worsened":
        return tr(
            "overview_reason_worsened",
            month=tr.month(row.detail_date),
            before=status_label(row.detail_text, tr.lang),
            now=status_label(row.status_overall, tr.lang),
        )
    if reason == "funding":
        return tr(
            "overview_reason_funding",
            date=tr.date(row.detail_date),
            programme=row.detail_text,
            amount=tr.euro(row.detail_amount),
        )
    if reason == "milestone":
        values = dict(
            milestone=row.detail_text,
            forecast=tr.date(row.detail_date_2),
            baseline=tr.date(row.detail_date),
            days=tr.number(row.detail_number),
        )
        if row.detail_number_2 > 1:
            return tr("overview_reason_milestones", count=tr.number(row.detail_number_2), **values)
        return tr("overview_reason_milestone", **values)
    if reason == "spending":
        return tr(
            "overview_reason_spending",
            spent=tr.percent(row.detail_number / 100, 0),
            progress=tr.percent(row.detail_number_2 / 100, 0),
        )
    if reason == "report_missing":
        return tr("overview_reason_report_missing", month=tr.month(row.detail_date_2))
    if pd.isna(row.detail_date):
        return tr("overview_reason_report_never")
    return tr("overview_reason_report_stale", month=tr.month(row.detail_date))


def attention_table(tr: Translator, attention: pd.DataFrame):
    """The ranked table, its words built once per data, language and URL filters (memo), coloured per run."""
    table = memo.cached(attention_rows, tr, attention, kept_url_params())
    return common.status_coloured(table, [tr("overview_col_status")])


def attention_rows(tr: Translator, attention: pd.DataFrame, kept: tuple) -> dict:
    return {
        tr("overview_col_points"): attention["project_score"],
        tr("overview_col_project"): [profile_link(p, kept) for p in attention["project_id"]],
        tr("overview_col_title"): attention["title"],
        tr("overview_col_reason"): [reason_text(tr, row) for row in attention.itertuples()],
        tr("overview_col_status"): common.statuses(attention["status_overall"], tr.lang),
        tr("overview_col_lead_unit"): attention["lead_unit"],
    }


def attention_columns(tr: Translator) -> dict:
    return {
        tr("overview_col_points"): st.column_config.NumberColumn(width=55),
        tr("overview_col_project"): st.column_config.LinkColumn(display_text=PROFILE_LINK_TEXT, width=65),
        tr("overview_col_title"): st.column_config.TextColumn(width=190),
        tr("overview_col_reason"): st.column_config.TextColumn(width=400),
        tr("overview_col_status"): st.column_config.TextColumn(width=105),
        tr("overview_col_lead_unit"): st.column_config.TextColumn(width=180),
    }


# ---- strategy coverage ---------------------------------------------------------------------------


def field_coverage_table(tr: Translator, fields: pd.DataFrame, names: pd.Series, year: int):
    """Per Handlungsfeld: covered or not, projects, active and secondary ones, total and this year's budget."""
    coverage_words = [tr("overview_covered" if c else "overview_uncovered") for c in fields["is_covered"]]
    table = pd.DataFrame(
        {
            tr("overview_col_field"): names,
            tr("overview_col_coverage"): coverage_words,
            tr("overview_col_projects"): fields["projects"],
            tr("overview_col_active"): fields["active_projects"],
            tr("overview_col_secondary"): fields["secondary_projects"],
            tr("overview_col_total_budget"): common.euros(fields["total_budget_eur"], lang=tr.lang),
            tr("overview_col_plan_year", year=year): common.euros(fields["updated_plan_eur"], lang=tr.lang),
        }
    )
    uncovered = tr("overview_uncovered")
    return common.styled(table).map(
        lambda word: UNCOVERED_STYLE if word == uncovered else "", subset=[tr("overview_col_coverage")]
    )


def field_coverage_columns(tr: Translator) -> dict:
    return {tr("overview_col_coverage"): st.column_config.TextColumn(width=170)}


# ---- changes since a date ------------------------------------------------------------------------


def changes_table(tr: Translator, changes: pd.DataFrame) -> dict:
    return {
        tr("overview_col_change"): [tr(f"overview_change_{c}") for c in changes["change"]],
        tr("overview_col_project"): [profile_link(p) for p in changes["project_id"]],
        tr("overview_col_title"): changes["title"],
        tr("overview_col_before"): common.statuses(changes["status_before"], tr.lang),
        tr("overview_col_now"): common.statuses(changes["status_now"], tr.lang),
    }


def changes_columns(tr: Translator) -> dict:
    return {tr("overview_col_project"): st.column_config.LinkColumn(display_text=PROFILE_LINK_TEXT)}


def milestones_table(tr: Translator, milestones: pd.DataFrame) -> dict:
    return {
        tr("overview_col_project"): milestones["project_id"] + " " + milestones["title"],
        tr("overview_col_milestone"): milestones["milestone"],
        tr("overview_col_baseline"): common.dates(milestones["baseline_date"], tr.lang),
        tr("overview_col_reached"): common.dates(milestones["actual_date"], tr.lang),
        tr("overview_col_slip"): common.numbers(milestones["slip_days"], lang=tr.lang),
    }


def risks_table(tr: Translator, risks: pd.DataFrame) -> dict:
    return {
        tr("overview_col_project"): risks["project_id"] + " " + risks["title"],
        tr("overview_col_risk"): risks["risk"],
        tr("overview_col_score"): [
            f"{s} ({p} × {i})"
            for s, p, i in zip(risks["risk_score"], risks["probability"], risks["impact"], strict=True)
        ],
        tr("overview_col_identified"): common.dates(risks["identified_date"], tr.lang),
    }
