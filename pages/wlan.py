"""WLAN: hotspots in operation over time, use in the shared period and granularity, coverage of the districts within
a stated radius, the best and weakest hotspots, and a map of hotspots by status on the city outline."""

import streamlit as st

from cockpit import views
from cockpit.data_access import wlan
from cockpit.filters import current_filters
from cockpit.i18n import t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope
from cockpit.time_controls import time_controls, window_caption

scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date

st.title(t("page_wlan"))
st.write(t("wlan_intro"))
window = time_controls(filters)

hotspots = wlan.hotspots(scope, filters)
monthly = wlan.hotspots_monthly(scope, filters)
if hotspots.empty or monthly.empty:
    st.info(t("empty_selection"))
    st.stop()
coverage = wlan.district_coverage(scope, filters)
ranking = wlan.hotspot_ranking(scope, filters)
views.wlan.headline_metrics(hotspots, coverage, wlan.recent_usage(scope, filters))
as_of_caption(as_of)

st.subheader(t("wlan_over_time"))
show_chart(
    views.wlan.in_operation_figure(monthly),
    height=340,
    key="wlan_over_time",
    data=views.wlan.in_operation_data(monthly),
    file_stem="wlan_hotspots_je_monat",
)
as_of_caption(as_of)

st.subheader(t("wlan_usage"))
left, _ = st.columns([1, 2])
measure = left.selectbox(
    t("wlan_measure"), list(views.wlan.MEASURES), format_func=lambda m: t(views.wlan.MEASURES[m]), key="wlan_measure"
)
st.caption(window_caption(window))
usage = wlan.usage_by_period(scope, filters, window)
if usage.empty:
    st.info(t("time_window_empty"))
else:
    show_chart(
        views.wlan.usage_figure(usage, window, measure),
        height=360,
        key="wlan_usage_chart",
        data=views.wlan.usage_data(usage),
        file_stem=f"wlan_nutzung_{window.period}_{window.grain}",
    )
    as_of_caption(as_of)
    st.caption(t("wlan_partial_periods"))

st.subheader(t("wlan_coverage"))
st.caption(t("wlan_coverage_method", cell=wlan.GRID_CELL_M, radius=wlan.COVERAGE_RADIUS_M))
map_column, table_column = st.columns([3, 2])
with map_column:
    show_chart(
        views.wlan.coverage_map(coverage),
        key="wlan_coverage_map",
        data=views.wlan.coverage_data(coverage),
        file_stem="wlan_abdeckung_stadtbezirke",
    )
    as_of_caption(as_of)
with table_column:
    st.dataframe(views.wlan.coverage_table(coverage), hide_index=True, width="stretch", key="wlan_coverage_table")

st.subheader(t("wlan_ranking"))
st.caption(t("wlan_ranking_window"))
if ranking.empty:
    st.info(t("empty_selection"))
else:
    for column, best_key, worst_key in views.wlan.RANKINGS:
        best, worst = wlan.best_and_worst(ranking, column)
        left, right = st.columns(2)
        with left:
            st.markdown(f"**{t(best_key)}**")
            st.dataframe(views.wlan.ranking_table(best), hide_index=True, width="stretch", key=f"wlan_best_{column}")
        with right:
            st.markdown(f"**{t(worst_key)}**")
            st.dataframe(views.wlan.ranking_table(worst), hide_index=True, width="stretch", key=f"wlan_worst_{column}")
    as_of_caption(as_of)

st.subheader(t("wlan_map"))
show_chart(
    views.wlan.hotspot_map(hotspots),
    height=620,
    key="wlan_hotspot_map",
    data=views.wlan.hotspot_data(hotspots),
    file_stem="wlan_hotspots",
)
as_of_caption(as_of)
