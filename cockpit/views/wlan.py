"""WLAN: hotspots in operation over time, use by period, district coverage, best and weakest hotspots,
and the hotspot map on the city outline."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting, maps
from cockpit.data_access import wlan
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS
from cockpit.time_controls import TimeWindow
from cockpit.views import common

MEASURES = {
    "sessions": "wlan_sessions",
    "unique_devices": "wlan_devices",
    "data_volume_gb": "wlan_volume",
    "availability_pct": "wlan_availability",
}
RANKINGS = (
    ("sessions_per_day", "wlan_best_sessions", "wlan_worst_sessions"),
    ("availability_pct", "wlan_best_availability", "wlan_worst_availability"),
)
MAP_STATUSES = (
    ("in_operation", "grün", "circle", "✔", "wlan_in_operation"),
    ("out_of_service", "rot", "x", "✖", "wlan_out_of_service"),
)


def headline_metrics(hotspots: pd.DataFrame, coverage: pd.DataFrame, recent: pd.Series) -> None:
    lang = language()
    centre = coverage[coverage["district_id"] == wlan.CITY_CENTRE_DISTRICT].iloc[0]
    first, second, third, fourth = st.columns(4)
    first.metric(t("wlan_in_operation"), formatting.number((hotspots["status"] == "in_operation").sum(), lang=lang))
    second.metric(
        t("wlan_centre_covered"),
        formatting.percent(centre["covered_share"], 1, lang),
        help=t("wlan_coverage_method", cell=wlan.GRID_CELL_M, radius=wlan.COVERAGE_RADIUS_M),
    )
    third.metric(t("wlan_sessions_90"), formatting.number(recent["sessions_per_day"], 0, lang))
    fourth.metric(t("wlan_availability_90"), formatting.percent(recent["availability_share"], 1, lang))


def in_operation_figure(monthly: pd.DataFrame) -> go.Figure:
    fig = go.Figure(
        go.Scatter(
            x=monthly["month_start_date"],
            y=monthly["hotspots_in_operation"],
            mode="lines",
            line={"shape": "hv"},
            name=t("wlan_in_operation"),
            hovertemplate="%{x|%B %Y}: %{y}<extra></extra>",
        )
    )
    fig.update_layout(xaxis_title=t("wlan_month"), yaxis_title=t("wlan_hotspots_axis"))
    return fig


def usage_figure(usage: pd.DataFrame, window: TimeWindow, measure: str) -> go.Figure:
    """One measure per period of the window's grain (day, week, month, year); availability with one decimal."""
    places = 1 if measure == "availability_pct" else 0
    fig = go.Figure(
        go.Scatter(
            x=usage["period_start_date"],
            y=usage[measure],
            mode="lines+markers" if len(usage) < 60 else "lines",
            name=t(MEASURES[measure]),
            hovertemplate=f"{t('wlan_period_start')} %{{x|{window.hover_format}}}: %{{y:,.{places}f}}<extra></extra>",
        )
    )
    fig.update_layout(
        yaxis_title=t(MEASURES[measure]),
        yaxis_tickformat=",.0f" if places == 0 else ",.1f",
        xaxis_tickformat=window.axis_format,
    )
    return fig


# ---- the data behind each chart, with the headers the viewer reads ------------------------------


def in_operation_data(monthly: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {t("wlan_month"): monthly["month_start_date"], t("wlan_hotspots_axis"): monthly["hotspots_in_operation"]}
    )


def usage_data(usage: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {t("wlan_period_start"): usage["period_start_date"]}
        | {t(label): usage[column] for column, label in MEASURES.items()}
    )


def coverage_data(coverage: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("wlan_district"): common.district_labels(coverage),
            t("wlan_hotspot_count"): coverage["hotspots"],
            f"{t('wlan_share_covered')} (%)": (coverage["covered_share"] * 100).round(1),
        }
    )


def hotspot_data(hotspots: pd.DataFrame) -> pd.DataFrame:
    names = {status: t(name_key) for status, _, _, _, name_key in MAP_STATUSES}
    return pd.DataFrame(
        {
            "Hotspot": hotspots["hotspot_id"],
            t("wlan_place"): hotspots["place"],
            t("wlan_district"): hotspots["district_name"],
            t("wlan_operator"): hotspots["operator"],
            t("wlan_status"): hotspots["status"].map(names),
            t("wlan_since"): hotspots["in_operation_from_date"],
            t("wlan_until"): hotspots["in_operation_to_date"],
            t("wlan_latitude"): hotspots["latitude"],
            t("wlan_longitude"): hotspots["longitude"],
        }
    )


def coverage_texts(coverage: pd.DataFrame) -> list[str]:
    return common.percents(coverage["covered_share"], 1)


def coverage_map(coverage: pd.DataFrame) -> go.Figure:
    return maps.district_tile_map(
        coverage,
        (coverage["covered_share"] * 100).tolist(),
        coverage_texts(coverage),
        note=t("wlan_coverage_map_note"),
        colour_title="%",
    )


def coverage_table(coverage: pd.DataFrame) -> dict:
    return {
        t("wlan_district"): common.district_labels(coverage),
        t("wlan_hotspot_count"): coverage["hotspots"],
        t("wlan_share_covered"): coverage_texts(coverage),
    }


def ranking_table(rows: pd.DataFrame) -> dict:
    return {
        t("wlan_place"): rows["place"],
        t("wlan_district"): rows["district_name"],
        t("wlan_sessions_per_day"): common.numbers(rows["sessions_per_day"], 0),
        t("wlan_availability"): common.numbers(rows["availability_pct"], 1),
        t("wlan_days_in_operation"): rows["days_in_operation"],
    }


def hotspot_map(hotspots: pd.DataFrame) -> go.Figure:
    """Hotspots on the city outline: in operation as green circles, out of service as red crosses."""
    lang = language()
    fig = maps.outline_figure(note=t("wlan_map_note"))
    for status, colour, symbol, mark, name_key in MAP_STATUSES:
        points = hotspots[hotspots["status"] == status]
        if points.empty:
            continue
        ended = status == "out_of_service"
        hover = [
            f"{p.place} ({p.hotspot_id})<br>{p.operator}<br>"
            f"{t('wlan_since')} {formatting.date(p.in_operation_from_date, lang)}"
            + (f" {t('wlan_until')} {formatting.date(p.in_operation_to_date, lang)}" if ended else "")
            for p in points.itertuples()
        ]
        maps.add_points(
            fig,
            points,
            name=f"{mark} {t(name_key)} ({len(points)})",
            colour=STATUS_COLOURS[colour],
            symbol=symbol,
            hover=hover,
        )
    return fig
