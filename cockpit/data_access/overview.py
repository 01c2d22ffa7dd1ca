"""Overview data for the CDO: headline figures, what needs attention, status by dimension,
strategy coverage and changes since a date, always within the viewer's scope and filters."""

import datetime as dt

import pandas as pd

from cockpit import formatting
from cockpit.data_access import query
from cockpit.data_access.portfolio import PHASE_ORDER
from cockpit.filters import Filters
from cockpit.i18n import language, t
from cockpit.presentation import status_label
from cockpit.scope import Scope

OPEN_PHASES = ["Idee", "Planung", "Umsetzung", "Betrieb"]
STATUS_ORDER = ["rot", "gelb", "grün", None]
DIMENSIONS = ["overall", "schedule", "budget", "scope", "risks"]
HEATMAP_ROWS = 25


def phase_counts(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Projects per phase, in the phases' order; phases without projects are left out."""
    rows = query("overview/phase_counts", scope, filters)
    rows["order"] = rows["phase"].map(PHASE_ORDER.index)
    return rows.sort_values("order").drop(columns="order").reset_index(drop=True)


def status_counts(scope: Scope, filters: Filters) -> dict:
    """Open projects by overall status of their latest report ({'rot': n, ..., None: n}), plus
    how many shown assessments are the Stabsstelle's and the Fachbereich's."""
    rows = query("overview/status_counts", scope, filters)
    rows["status_overall"] = rows["status_overall"].astype(object).where(rows["status_overall"].notna(), None)
    counts = {status: 0 for status in STATUS_ORDER}
    for row in rows.itertuples():
        counts[row.status_overall] = int(row.projects)
    return {
        "by_status": counts,
        "open_projects": int(rows["projects"].sum()),
        "by_stabsstelle": int(rows["by_stabsstelle"].sum()),
        "by_fachbereich": int(rows["by_fachbereich"].sum()),
    }


def current_year_budget(scope: Scope, filters: Filters) -> pd.Series:
    """Fortgeschriebener Ansatz, Obligo, Ist and available of the year of the reference date."""
    return query("overview/budget_year", scope, filters).iloc[0]


def report_punctuality(scope: Scope, filters: Filters) -> pd.Series:
    """Active projects and how many reported for the last full month (due_month)."""
    return query("overview/report_punctuality", scope, filters).iloc[0]


def _month(value) -> str:
    return formatting.month(value, language())


def _reason_text(row) -> str:
    lang = language()
    reason = row.reason
    if reason == "red":
        return t("overview_reason_red", month=_month(row.detail_date))
    if reason == "board":
        return t("overview_reason_board", text=row.detail_text or "–")
    if reason == "worsened":
        return t(
            "overview_reason_worsened",
            month=_month(row.detail_date),
            before=status_label(row.detail_text),
            now=status_label(row.status_overall),
        )
    if reason == "funding":
        return t(
            "overview_reason_funding",
            date=formatting.date(row.detail_date, lang),
            programme=row.detail_text,
            amount=formatting.euro(row.detail_amount, lang=lang),
        )
    if reason == "milestone":
        values = dict(
            milestone=row.detail_text,
            forecast=formatting.date(row.detail_date_2, lang),
            baseline=formatting.date(row.detail_date, lang),
            days=formatting.number(row.detail_number, lang=lang),
        )
        if row.detail_number_2 > 1:
            return t("overview_reason_milestones", count=formatting.number(row.detail_number_2, lang=lang), **values)
        return t("overview_reason_milestone", **values)
    if reason == "spending":
        return t(
            "overview_reason_spending",
            spent=formatting.percent(row.detail_number / 100, 0, lang),
            progress=formatting.percent(row.detail_number_2 / 100, 0, lang),
        )
    if reason == "report_missing":
        return t("overview_reason_report_missing", month=_month(row.detail_date_2))
    if pd.isna(row.detail_date):
        return t("overview_reason_report_never")
    return t("overview_reason_report_stale", month=_month(row.detail_date))


def attention(scope: Scope, filters: Filters) -> pd.DataFrame:
    """One row per open project and reason needing attention, ranked by the project's score
    (see cockpit/sql/overview/attention.sql), with the reason in words."""
    rows = query("overview/attention", scope, filters)
    rows["status_overall"] = rows["status_overall"].astype(object).where(rows["status_overall"].notna(), None)
    rows["reason_text"] = [_reason_text(row) for row in rows.itertuples()]
    rows["project_score"] = rows["project_score"].astype(int)
    return rows


def status_heatmap(scope: Scope, filters: Filters, row_limit: int = HEATMAP_ROWS) -> pd.DataFrame:
    """Open projects' five status dimensions from their latest report, worst first."""
    rows = query("overview/status_heatmap", scope, filters, row_limit=row_limit)
    return rows.astype({f"status_{d}": object for d in DIMENSIONS})


def field_coverage(scope: Scope, filters: Filters) -> pd.DataFrame:
    """Every Handlungsfeld (or those filtered) with projects, active projects and budget."""
    rows = query("overview/field_coverage", scope, filters)
    rows["is_covered"] = rows["active_projects"] > 0
    return rows


def last_board_meeting(scope: Scope, filters: Filters) -> dt.date | None:
    value = query("overview/last_board_meeting", scope, filters).iloc[0, 0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def status_changes(scope: Scope, filters: Filters, since: dt.date) -> pd.DataFrame:
    """Projects whose overall status changed between `since` and the reference date."""
    rows = query("overview/status_changes", scope, filters, since=since)
    return rows.astype({"status_before": object, "status_now": object})


def finished_milestones(scope: Scope, filters: Filters, since: dt.date) -> pd.DataFrame:
    return query("overview/finished_milestones", scope, filters, since=since)


def new_high_risks(scope: Scope, filters: Filters, since: dt.date) -> pd.DataFrame:
    return query("overview/new_high_risks", scope, filters, since=since)
