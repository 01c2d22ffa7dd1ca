"""City KPIs: the catalogue with status, trend and staleness, linked projects within the viewer's scope,
and values per Stadtbezirk. Status and staleness rules are in cockpit/sql/kpis/catalogue.sql."""

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import Viewer


def catalogue(viewer: Viewer, project_id: str | None = None) -> pd.DataFrame:
    """One row per KPI in the chosen Handlungsfelder (and linked to project_id, if given)."""
    return query("kpis/catalogue", viewer, project_id=project_id)


def trend(viewer: Viewer) -> dict[str, list[float]]:
    """The last 24 city-wide values per KPI, oldest first (the cards' sparklines)."""
    rows = query("kpis/trend", viewer)
    return {kpi_id: group["value"].tolist() for kpi_id, group in rows.groupby("kpi_id", sort=False)}


def linked_projects(viewer: Viewer) -> dict[str, pd.DataFrame]:
    """Per KPI, the linked projects the viewer may see (a department: only its own)."""
    rows = query("kpis/linked_projects", viewer)
    return {kpi_id: group.reset_index(drop=True) for kpi_id, group in rows.groupby("kpi_id", sort=False)}


def project_options(viewer: Viewer) -> dict[str, str]:
    """{project_id: 'P-001 Title'} for the page's project filter, within the viewer's scope."""
    rows = query("kpis/project_options", viewer)
    return {p: f"{p} {title}" for p, title in zip(rows["project_id"], rows["title"], strict=True)}


def district_values(viewer: Viewer, kpi_ids: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """Per KPI among kpi_ids with district rows: all 12 Stadtbezirke with the values of its latest such period."""
    rows = query("kpis/district_values", viewer)
    rows = rows[rows["kpi_id"].isin(kpi_ids)]
    return {kpi_id: group.reset_index(drop=True) for kpi_id, group in rows.groupby("kpi_id", sort=False)}
