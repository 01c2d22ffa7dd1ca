"""WLAN: hotspots in operation over time, use by period, district coverage, best and weakest hotspots,
and the hotspot map on the city outline: the figures, the data behind them, and the page sections."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import maps
from cockpit.data_access import wlan
from cockpit.presentation import STATUS_COLOURS, plotly_text
from cockpit.ui.charts import as_of_caption, running_period, series_in_words, show_chart
from cockpit.ui.context import t, tr
from cockpit.ui.downloads import chart_downloads
from cockpit.ui.tables import show_table
from cockpit.ui.time_controls import months_heading, window_caption
from cockpit.viewer import TimeWindow
from cockpit.views import common, wlan_charts

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


def coverage_method() -> str:
    """How coverage is counted: the grid, the schematic districts and the radius."""
    return t("wlan_coverage_method", cell=wlan.GRID_CELL_M, radius=wlan.COVERAGE_RADIUS_M)


def headline_metrics(hotspots: pd.DataFrame, coverage: pd.DataFrame, recent: dict) -> None:
    translate = tr()
    centre = coverage[coverage["district_id"] == wlan.CITY_CENTRE_DISTRICT].iloc[0]
    first, second, third, fourth = st.columns(4)
    first.metric(t("wlan_in_operation"), translate.number((hotspots["status"] == "in_operation").sum()))
    radius = wlan.COVERAGE_RADIUS_M
    second.metric(
        t("metric_centre_within_reach", radius=radius),
        translate.percent(centre["covered_share"], 1),
        help=t("metric_centre_within_reach_method", radius=radius),
    )
    third.metric(t("wlan_sessions_90"), translate.number(recent["sessions_per_day"], 0))
    fourth.metric(t("wlan_availability_90"), translate.percent(recent["availability_share"], 1))


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


def ranking_export(ranking: pd.DataFrame) -> pd.DataFrame:
    """Every ranked hotspot (by sessions per day) with its figures as numbers, for the ranking's download."""
    return pd.DataFrame(
        {
            "Hotspot": ranking["hotspot_id"],
            t("wlan_place"): ranking["place"],
            t("wlan_district"): ranking["district_name"],
            t("wlan_sessions_per_day"): ranking["sessions_per_day"].round(1),
            t("wlan_availability"): ranking["availability_pct"].round(1),
            t("wlan_days_in_operation"): ranking["days_in_operation"],
        }
    ).reset_index(drop=True)


def hotspot_map(hotspots: pd.DataFrame) -> go.Figure:
    """Hotspots on the city outline: in operation as green circles, out of service as red crosses."""
    translate = tr()
    fig = maps.outline_figure(note=t("wlan_map_note"))
    for status, colour, symbol, mark, name_key in MAP_STATUSES:
        points = hotspots[hotspots["status"] == status]
        if points.empty:
            continue
        ended = status == "out_of_service"
        hover = [
            f"{plotly_text(p.place)} ({plotly_text(p.hotspot_id)})<br>{plotly_text(p.operator)}<br>"
            f"{t('wlan_since')} {translate.date(p.in_operation_from_date)}"
            + (f" {t('wlan_until')} {translate.date(p.in_operation_to_date)}" if ended else "")
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


# ---- page sections: each chart with its data, table and notes -----------------------------------


def in_operation_chart(monthly: pd.DataFrame, window: TimeWindow) -> None:
    """Hotspots in operation at each month's end, in the whole months of the shared period."""
    if not months_heading(window, monthly):
        return
    show_chart(
        in_operation_figure(monthly),
        height=340,
        key="wlan_over_time",
        data=in_operation_data(monthly),
        in_words=series_in_words(t("wlan_hotspots_axis"), monthly, "month_start_date", "hotspots_in_operation"),
        file_stem=f"wlan_hotspots_je_monat_{window.period}",
    )


def usage_chart(usage_rows: pd.DataFrame, window: TimeWindow, as_of) -> None:
    """The chosen measure per period of the shared window; or why there is nothing to show."""
    left, _ = st.columns([1, 2])
    measure = left.selectbox(
        t("wlan_measure"), list(MEASURES), format_func=lambda m: t(MEASURES[m]), key="wlan_measure"
    )
    st.caption(window_caption(window))
    if usage_rows.empty:
        st.info(t("time_window_empty"))
        return
    places = 1 if measure == "availability_pct" else 0
    words = series_in_words(
        t(MEASURES[measure]), usage_rows, "period_start_date", measure, places, "", as_of, window.grain
    )
    stem = f"wlan_nutzung_{window.period}_{window.grain}"
    running = running_period(usage_rows, "period_start_date", window.grain, as_of)
    figure, data = usage_figure(usage_rows, window, measure), usage_data(usage_rows)
    show_chart(figure, 360, "wlan_usage_chart", data, stem, words, as_of, running, window.grain)
    as_of_caption(as_of)
    st.caption(t("wlan_partial_periods"))


def coverage_map_and_table(coverage_rows: pd.DataFrame, as_of) -> None:
    """The share of each district within reach: a tile map beside a table."""
    map_column, table_column = st.columns([3, 2])
    with map_column:
        show_chart(
            coverage_map(coverage_rows),
            key="wlan_coverage_map",
            data=coverage_data(coverage_rows),
            file_stem="wlan_abdeckung_stadtbezirke",
            in_words=wlan_charts.coverage_in_words(coverage_rows),
        )
        as_of_caption(as_of)
    with table_column:
        show_table(coverage_table(coverage_rows), hide_index=True, width="stretch", key="wlan_coverage_table")


def best_and_weakest(ranking: pd.DataFrame, as_of) -> None:
    """The five best and five weakest hotspots by sessions per day and by availability; below them the whole
    ranking as CSV and Excel."""
    if ranking.empty:
        st.info(t("empty_selection"))
        return
    for column, best_key, worst_key in RANKINGS:
        best, worst = wlan.best_and_worst(ranking, column)
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t(best_key)}**")
            st.dataframe(ranking_table(best), hide_index=True, width="stretch", key=f"wlan_best_{column}")
        with right:
            st.markdown(f"**{t(worst_key)}**")
            st.dataframe(ranking_table(worst), hide_index=True, width="stretch", key=f"wlan_worst_{column}")
    export = ranking_export(ranking)
    chart_downloads(
        export,
        "wlan_rangliste_hotspots",
        "wlan_rangliste_hotspots_table",
        help_key="wlan_ranking_download_help",
        as_of=as_of,
    )
    as_of_caption(as_of)


def hotspot_map_chart(hotspots: pd.DataFrame) -> None:
    show_chart(
        hotspot_map(hotspots),
        height=620,
        key="wlan_hotspot_map",
        data=hotspot_data(hotspots),
        file_stem="wlan_hotspots",
        in_words=wlan_charts.hotspot_map_in_words(hotspots),
    )
