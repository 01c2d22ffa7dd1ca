"""WLAN: hotspots in operation over time, use by day/week/month/year, coverage of the districts within
a stated radius, the best and weakest hotspots, and a map of hotspots by status on the city outline."""

import datetime as dt

import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting, maps
from cockpit.data_access import wlan
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, as_of_caption, show_chart
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date
PERIODS = {"90d": dt.timedelta(days=89), "1y": dt.timedelta(days=364), "3y": dt.timedelta(days=3 * 365 - 1),
           "all": None}
MEASURES = {"sessions": "wlan_sessions", "unique_devices": "wlan_devices", "data_volume_gb": "wlan_volume",
            "availability_pct": "wlan_availability"}
HOVER_DATE = {"day": "%d.%m.%Y", "week": "%d.%m.%Y", "month": "%B %Y", "year": "%Y"}


def csv_bytes(frame) -> bytes:
    return frame.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig")


def ranking_table(rows, key: str) -> None:
    st.dataframe(
        {
            t("wlan_place"): rows["place"],
            t("wlan_district"): rows["district_name"],
            t("wlan_sessions_per_day"): [formatting.number(v, 0, lang) for v in rows["sessions_per_day"]],
            t("wlan_availability"): [formatting.number(v, 1, lang) for v in rows["availability_pct"]],
            t("wlan_days_in_operation"): rows["days_in_operation"],
        },
        hide_index=True, width="stretch", key=key,
    )


st.title(t("page_wlan"))
st.write(t("wlan_intro"))

hotspots = wlan.hotspots(scope, filters)
monthly = wlan.hotspots_monthly(scope, filters)
if hotspots.empty or monthly.empty:
    st.info(t("empty_selection"))
    st.stop()
coverage = wlan.district_coverage(scope, filters)
ranking = wlan.hotspot_ranking(scope, filters)
recent = wlan.recent_usage(scope, filters)
centre = coverage[coverage["district_id"] == wlan.CITY_CENTRE_DISTRICT].iloc[0]

first, second, third, fourth = st.columns(4)
first.metric(t("wlan_in_operation"), formatting.number((hotspots["status"] == "in_operation").sum(), lang=lang))
second.metric(t("wlan_centre_covered"), formatting.percent(centre["covered_share"], 1, lang),
              help=t("wlan_coverage_method", cell=wlan.GRID_CELL_M, radius=wlan.COVERAGE_RADIUS_M))
third.metric(t("wlan_sessions_90"), formatting.number(recent["sessions_per_day"], 0, lang))
fourth.metric(t("wlan_availability_90"), formatting.percent(recent["availability_share"], 1, lang))
as_of_caption(as_of)

st.subheader(t("wlan_over_time"))
fig = go.Figure(go.Scatter(
    x=monthly["month_start_date"], y=monthly["hotspots_in_operation"], mode="lines", line={"shape": "hv"},
    name=t("wlan_in_operation"), hovertemplate="%{x|%B %Y}: %{y}<extra></extra>",
))
fig.update_layout(xaxis_title=t("wlan_month"), yaxis_title=t("wlan_hotspots_axis"))
show_chart(fig, height=340, key="wlan_over_time")
as_of_caption(as_of)

st.subheader(t("wlan_usage"))
left, middle, right = st.columns(3)
grain = left.segmented_control(t("wlan_grain"), list(wlan.GRAINS), format_func=lambda g: t(f"wlan_grain_{g}"),
                               default="month", required=True, key="wlan_grain")
period = middle.selectbox(t("wlan_period"), list(PERIODS), index=1, format_func=lambda p: t(f"wlan_period_{p}"),
                          key="wlan_period")
measure = right.selectbox(t("wlan_measure"), list(MEASURES), format_func=lambda m: t(MEASURES[m]), key="wlan_measure")
period_start = as_of - PERIODS[period] if PERIODS[period] else dt.date(2016, 1, 1)
usage = wlan.usage_by_period(scope, filters, grain, period_start)
if usage.empty:
    st.info(t("empty_selection"))
else:
    places = 1 if measure == "availability_pct" else 0
    fig = go.Figure(go.Scatter(
        x=usage["period_start_date"], y=usage[measure], mode="lines+markers" if len(usage) < 60 else "lines",
        name=t(MEASURES[measure]),
        hovertemplate=f"{t('wlan_period_start')} %{{x|{HOVER_DATE[grain]}}}: %{{y:,.{places}f}}<extra></extra>",
    ))
    fig.update_layout(yaxis_title=t(MEASURES[measure]), yaxis_tickformat=",.0f" if places == 0 else ",.1f")
    show_chart(fig, height=360, key="wlan_usage_chart")
    as_of_caption(as_of)
    st.caption(t("wlan_partial_periods"))
    st.download_button(t("wlan_download"), csv_bytes(usage), file_name=f"wlan_nutzung_{grain}.csv", mime="text/csv")

st.subheader(t("wlan_coverage"))
st.caption(t("wlan_coverage_method", cell=wlan.GRID_CELL_M, radius=wlan.COVERAGE_RADIUS_M))
map_column, table_column = st.columns([3, 2])
shares = [formatting.percent(v, 1, lang) for v in coverage["covered_share"]]
with map_column:
    fig = maps.district_tile_map(coverage, (coverage["covered_share"] * 100).tolist(), shares,
                                 note=t("wlan_coverage_map_note"), colour_title="%")
    show_chart(fig, key="wlan_coverage_map")
    as_of_caption(as_of)
with table_column:
    st.dataframe(
        {t("wlan_district"): [f"{i} {n}" for i, n in zip(coverage["district_id"], coverage["district_name"],
                                                           strict=True)],
         t("wlan_hotspot_count"): coverage["hotspots"],
         t("wlan_share_covered"): shares},
        hide_index=True, width="stretch", key="wlan_coverage_table",
    )

st.subheader(t("wlan_ranking"))
st.caption(t("wlan_ranking_window"))
if ranking.empty:
    st.info(t("empty_selection"))
else:
    for column, best_key, worst_key in (("sessions_per_day", "wlan_best_sessions", "wlan_worst_sessions"),
                                        ("availability_pct", "wlan_best_availability", "wlan_worst_availability")):
        best, worst = wlan.best_and_worst(ranking, column)
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t(best_key)}**")
            ranking_table(best, f"wlan_best_{column}")
        with right:
            st.markdown(f"**{t(worst_key)}**")
            ranking_table(worst, f"wlan_worst_{column}")
    as_of_caption(as_of)

st.subheader(t("wlan_map"))
fig = maps.outline_figure(note=t("wlan_map_note"))
for status, colour, symbol, name in (("in_operation", STATUS_COLOURS["grün"], "circle", t("wlan_in_operation")),
                                     ("out_of_service", STATUS_COLOURS["rot"], "x", t("wlan_out_of_service"))):
    points = hotspots[hotspots["status"] == status]
    if points.empty:
        continue
    hover = [
        f"{p.place} ({p.hotspot_id})<br>{p.operator}<br>"
        f"{t('wlan_since')} {formatting.date(p.in_operation_from_date, lang)}"
        + (f" {t('wlan_until')} {formatting.date(p.in_operation_to_date, lang)}" if status == "out_of_service" else "")
        for p in points.itertuples()
    ]
    maps.add_points(fig, points, name=f"{'✔' if status == 'in_operation' else '✖'} {name} ({len(points)})",
                    colour=colour, symbol=symbol, hover=hover)
show_chart(fig, height=620, key="wlan_hotspot_map")
as_of_caption(as_of)
