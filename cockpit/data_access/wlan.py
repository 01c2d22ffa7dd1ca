"""Free public WLAN: hotspots over time, usage by period, best and worst hotspots, and the share of
each Stadtbezirk within reach of a hotspot. City-wide operational data, the same for every scope.

Coverage: a grid of points 50 m apart over the city outline; each point belongs to the district whose
centre is nearest (districts have no polygons yet, so their areas are schematic); a point is covered
when a hotspot in operation on the reference date lies within COVERAGE_RADIUS_M.
"""

import datetime as dt

import pandas as pd

from cockpit import maps
from cockpit.data_access import query
from cockpit.viewer import TimeWindow, Viewer

COVERAGE_RADIUS_M = 100
GRID_CELL_M = 50
RANKING_WINDOW_DAYS = 90
GRAINS = ("day", "week", "month", "year")
CITY_CENTRE_DISTRICT = "130"


def hotspots_monthly(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """Hotspots in operation per month, from the month the window starts in to its end."""
    return query("wlan/hotspots_monthly", viewer, **window.as_params())


def hotspots(viewer: Viewer) -> pd.DataFrame:
    """Hotspots opened by the reference date, with status 'in_operation' or 'out_of_service' on it."""
    return query("wlan/hotspots", viewer)


def usage_by_period(viewer: Viewer, window: TimeWindow) -> pd.DataFrame:
    """One row per period of the window's grain within the window, from the daily mart."""
    if window.grain not in GRAINS:
        raise ValueError(f"unknown granularity {window.grain!r}")
    return query("wlan/usage_by_period", viewer, **window.as_params())


def hotspot_ranking(viewer: Viewer) -> pd.DataFrame:
    """Hotspots in operation in the last 90 days before the reference date, by sessions per day in operation."""
    return query("wlan/hotspot_ranking", viewer, window_days=RANKING_WINDOW_DAYS)


def latest_usage_date(viewer: Viewer) -> dt.date | None:
    """The latest day with reported use on or before the reference date (the use figures' Datenstand)."""
    value = query("wlan/latest_date", viewer)["latest_usage_date"].iloc[0]
    return None if pd.isna(value) else pd.Timestamp(value).date()


def districts(viewer: Viewer) -> pd.DataFrame:
    return query("wlan/districts", viewer.unfiltered())


def district_coverage(viewer: Viewer) -> pd.DataFrame:
    """One row per Stadtbezirk: grid cells, cells within reach of a hotspot in operation, and the share."""
    areas = districts(viewer)
    cells = maps.district_cells(areas, GRID_CELL_M)
    active = hotspots(viewer)
    active = active[active["status"] == "in_operation"]
    cells["is_covered"] = maps.cells_within_reach(cells, active, COVERAGE_RADIUS_M)
    counts = cells.groupby("district_id").agg(cells=("is_covered", "size"), covered_cells=("is_covered", "sum"))
    result = areas.merge(counts.reset_index(), on="district_id", how="left").fillna({"cells": 0, "covered_cells": 0})
    result["covered_share"] = result["covered_cells"] / result["cells"].where(result["cells"] > 0)
    result["hotspots"] = result["district_id"].map(active["district_id"].value_counts()).fillna(0).astype(int)
    return result


def best_and_worst(ranking: pd.DataFrame, column: str, count: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The count hotspots with the highest and with the lowest value in column (ties by hotspot_id)."""
    ordered = ranking.dropna(subset=[column]).sort_values([column, "hotspot_id"], ascending=[False, True])
    return ordered.head(count).reset_index(drop=True), ordered.tail(count).iloc[::-1].reset_index(drop=True)


def recent_usage(viewer: Viewer) -> dict[str, float | None]:
    """Sessions per day with data and mean availability (share 0..1) over the 90 days up to the reference date."""
    start = viewer.reference_date - dt.timedelta(days=RANKING_WINDOW_DAYS - 1)
    rows = usage_by_period(viewer, TimeWindow("90t", "year", start, viewer.reference_date))
    days = rows["days_with_data"].sum()
    if rows.empty or days == 0:
        return {"sessions_per_day": None, "availability_share": None}
    return {
        "sessions_per_day": float(rows["sessions"].sum() / days),
        "availability_share": float((rows["availability_pct"] * rows["days_with_data"]).sum() / days / 100),
    }
