"""Overview data for the CDO: headline figures, what needs attention, status by dimension,
strategy coverage and changes since a date, always within the viewer's scope and filters."""

import datetime as dt

import pandas as pd

from cockpit.data_access import query
from cockpit.data_access.portfolio import PHASE_ORDER
from cockpit.viewer import Viewer

OPEN_PHASES = ["Idee", "Planung", "Umsetzung", "Betrieb"]
STATUS_ORDER = ["rot", "gelb", "grün", None]
DIMENSIONS = ["overall", "schedule", "budget", "scope", "risks"]
HEATMAP_ROWS = 25
# A risk is high from this score (probability × impact, 1–25) on: the Übersicht, the risk matrix of the
# Projektsteckbrief and the Board slides all use this one number (the matrix's band "hoch" is 12–25).
HIGH_RISK_SCORE = 12
# Handlungsbedarf: how far ahead a funding deadline and how far back a new high risk count (days), and the
# CPI/SPI below which a project needs attention. The weights are in cockpit/sql/overview/attention.sql.
ATTENTION_HORIZON_DAYS = 90
PERFORMANCE_FLOOR = 0.9
# The points each reason adds to a project's Handlungsbedarf score, heaviest status first: red > amber > green.
ATTENTION_WEIGHTS = {
    "red": 6,  # overall status rot in the latest report up to the reference date
    "board": 4,  # that report asks for a Board decision
    "amber": 3,  # overall status gelb
    "worsened": 3,  # overall status worse than in the report before
    "cost": 3,  # CPI below PERFORMANCE_FLOOR (cockpit/sql/scoping.sql: project_performance)
    "funding": 3,  # funded money not yet spent at a deadline within ATTENTION_HORIZON_DAYS
    "schedule": 2,  # SPI below PERFORMANCE_FLOOR
    "milestone": 2,  # an open milestone forecast after its baseline
    "risk": 2,  # a high risk (HIGH_RISK_SCORE), not closed, identified within ATTENTION_HORIZON_DAYS
    "report_stale": 2,  # no status report for over 2 months, or never
    "report_missing": 1,  # the report for the last full month is missing
}


def phase_counts(viewer: Viewer) -> pd.DataFrame:
    """Projects per phase, in the phases' order; phases without projects are left out."""
    rows = query("overview/phase_counts", viewer)
    rows["order"] = rows["phase"].map(PHASE_ORDER.index)
    return rows.sort_values("order").drop(columns="order").reset_index(drop=True)


def status_counts(viewer: Viewer) -> dict:
    """Open projects by overall status of their latest report ({'rot': n, ..., None: n}), plus
    how many shown assessments are the Stabsstelle's and the Fachbereich's."""
    rows = query("overview/status_counts", viewer)
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


def current_year_budget(viewer: Viewer) -> pd.Series:
    """Fortgeschriebener Ansatz, Obligo, Ist and available of the year of the reference date."""
    return query("overview/budget_year", viewer).iloc[0]


def report_punctuality(viewer: Viewer) -> pd.Series:
    """Active projects and how many reported for the last full month (due_month)."""
    return query("overview/report_punctuality", viewer).iloc[0]


def attention(viewer: Viewer) -> pd.DataFrame:
    """One row per open project needing attention, ranked by its score (cockpit/sql/overview/attention.sql):
    `reasons` holds its reasons, heaviest first, each a dict of a code, its weight and the details the
    views put into words."""
    rows = query(
        "overview/attention",
        viewer,
        weight_reasons=tuple(ATTENTION_WEIGHTS),
        weight_points=tuple(ATTENTION_WEIGHTS.values()),
        horizon_days=ATTENTION_HORIZON_DAYS,
        high_risk_score=HIGH_RISK_SCORE,
        performance_floor=PERFORMANCE_FLOOR,
    )
    rows["status_overall"] = rows["status_overall"].astype(object).where(rows["status_overall"].notna(), None)
    rows["project_score"] = rows["project_score"].astype(int)
    rows["reasons"] = [[dict(reason) for reason in reasons] for reasons in rows["reasons"]]
    return rows


def board_decisions(viewer: Viewer) -> pd.DataFrame:
    """The open projects whose latest report asks the Board for a decision, in Handlungsbedarf's order: one row
    per project with its question (detail_text) and the month of that report (detail_date)."""
    rows = attention(viewer)
    asked = [
        {"project_id": row.project_id, "title": row.title, "status_overall": row.status_overall, **reason}
        for row in rows.itertuples()
        for reason in row.reasons
        if reason["reason"] == "board"
    ]
    return pd.DataFrame(asked, columns=["project_id", "title", "status_overall", "detail_text", "detail_date"])


def status_heatmap(viewer: Viewer, row_limit: int = HEATMAP_ROWS) -> pd.DataFrame:
    """Open projects' five status dimensions from their latest report, worst first."""
    rows = query("overview/status_heatmap", viewer, row_limit=row_limit)
    return rows.astype({f"status_{d}": object for d in DIMENSIONS})


def field_coverage(viewer: Viewer) -> pd.DataFrame:
    """Every Handlungsfeld (or those filtered) with projects, active projects and budget."""
    rows = query("overview/field_coverage", viewer)
    rows["is_covered"] = rows["active_projects"] > 0
    return rows


def last_board_meeting(viewer: Viewer) -> dt.date | None:
    value = query("overview/last_board_meeting", viewer).iloc[0, 0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def status_changes(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    """Projects whose overall status changed between `since` and the reference date."""
    rows = query("overview/status_changes", viewer, since=since)
    return rows.astype({"status_before": object, "status_now": object})


def finished_milestones(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    return query("overview/finished_milestones", viewer, since=since)


def new_high_risks(viewer: Viewer, since: dt.date) -> pd.DataFrame:
    """High risks (HIGH_RISK_SCORE and above) identified after `since`, up to the reference date."""
    return query("overview/new_high_risks", viewer, since=since, high_risk_score=HIGH_RISK_SCORE)
