"""Budget and funding: plan, committed, actual and forecast of the projects within the viewer's scope."""

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import Viewer

DIMENSIONS = ("total", "lead_unit", "field", "budget_type", "funding_source", "funding_programme")
FUNDING_SOURCE_ORDER = ["Eigenmittel", "Bund", "Land", "EU"]
NEAR_DEADLINE_DAYS = 90


def budget_years(viewer: Viewer) -> list[int]:
    """Budget years with lines of projects in scope, newest first."""
    return [int(year) for year in query("budget/years", viewer)["budget_year"]]


def default_budget_year(years: list[int], viewer: Viewer) -> int | None:
    """The year of the reference date if it has lines, else the latest year before it, else the newest."""
    wanted = viewer.reference_date.year
    earlier = [year for year in years if year <= wanted]
    return max(earlier) if earlier else (max(years) if years else None)


def year_totals(viewer: Viewer, budget_year: int) -> dict[str, pd.DataFrame]:
    """{dimension: rows} for one budget year; 'total' has one row (or none for an empty selection)."""
    rows = query("budget/totals", viewer, budget_year=budget_year)
    by_dimension = {name: rows[rows["dimension"] == name].reset_index(drop=True) for name in DIMENSIONS}
    order = {source: rank for rank, source in enumerate(FUNDING_SOURCE_ORDER)}
    for name in ("funding_source", "funding_programme"):
        by_dimension[name] = (
            by_dimension[name]
            .sort_values(
                ["group_key", "funding_programme"],
                key=lambda s: s.map(order) if s.name == "group_key" else s,
                kind="stable",
            )
            .reset_index(drop=True)
        )
    if by_dimension["total"]["line_count"].sum() == 0:
        by_dimension["total"] = by_dimension["total"].iloc[0:0]
    return by_dimension


def by_year(viewer: Viewer) -> pd.DataFrame:
    """One row per budget year."""
    return query("budget/by_year", viewer)


def funding_deadlines(viewer: Viewer, near_days: int = NEAR_DEADLINE_DAYS) -> pd.DataFrame:
    """Funded lines with a deadline on or after the reference date: days left, is it near, money at risk."""
    return query("budget/funding_deadlines", viewer, near_days=near_days)
