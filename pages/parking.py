"""Handyparken: digital tickets against the target, phone share, channels, zones, when and how long
people park, and our yearly figures beside the published ones."""

import streamlit as st

from cockpit import formatting, views
from cockpit.data_access import parking
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope
from cockpit.time_controls import time_controls, window_caption
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()

st.title(t("page_parking"))
st.caption(t("parking_intro"))
window = time_controls(filters)
dates = parking.latest_dates(scope, filters)
if dates["latest_transaction_date"] is None:
    st.info(t("parking_empty"))
    st.stop()
transactions_as_of = dates["latest_transaction_date"]
as_of_caption(transactions_as_of, t("parking_as_of"), t("parking_as_of"))

# Headline: the reference date's year so far, against the targets
head = parking.headline(scope, filters)
views.parking.headline_metrics(head)
st.caption(t("parking_year_to_date", year=int(head["year"]), date=formatting.date(head["as_of_date"], lang)))
targets = parking.targets(scope)
if targets.empty:
    st.caption(t("parking_target_missing"))
else:
    st.caption(t("parking_target_note", kpis=views.parking.target_kpis(targets)))

# Digital tickets per period of the shared window, by channel, with the target
st.subheader(t("parking_tickets_heading"))
st.caption(window_caption(window))
tickets = parking.tickets_by_period(scope, filters, window)
if tickets.empty:
    st.info(t("time_window_empty"))
else:
    show_chart(
        views.parking.tickets_figure(tickets, targets, window),
        height=420,
        key="parking_tickets_chart",
        data=views.parking.chart_rows(tickets, "tickets"),
        file_stem=f"handyparken_parkscheine_{window.period}_{window.grain}",
    )
as_of_caption(transactions_as_of)

# Share of fees paid by phone, monthly, against the target
st.subheader(t("parking_share_heading"))
st.caption(t("parking_share_explained"))
phone_share = parking.phone_share_monthly(scope, filters)
show_chart(
    views.parking.phone_share_figure(phone_share, targets),
    height=360,
    key="parking_share_chart",
    data=views.parking.chart_rows(phone_share, "phone_share"),
    file_stem="handyparken_anteil_handy",
)
as_of_caption(dates["latest_emptying_date"], t("parking_coins_as_of"), t("parking_coins_as_of"))

# Channels and zones over time
left, right = st.columns(2)
with left:
    st.subheader(t("parking_channels_heading"))
    channels = parking.channel_shares(scope, filters)
    show_chart(
        views.parking.channels_figure(channels),
        height=380,
        key="parking_channels_chart",
        data=views.parking.chart_rows(channels, "channels"),
        file_stem="handyparken_kanaele",
    )
    as_of_caption(transactions_as_of)
with right:
    st.subheader(t("parking_zones_heading"))
    zones = parking.zones_monthly(scope, filters)
    show_chart(
        views.parking.zones_figure(zones),
        height=380,
        key="parking_zones_chart",
        data=views.parking.chart_rows(zones, "zones"),
        file_stem="handyparken_zonen",
    )
    st.caption(t("parking_zones_explained"))
    as_of_caption(transactions_as_of)

# Weekday x hour heat map and parking duration, for one year
years = parking.years(scope, filters)
chosen_year = st.selectbox(t("parking_pick_year"), years, key="parking_year")
st.subheader(t("parking_heatmap_heading"))
cells = parking.weekday_hour(scope, filters, chosen_year)
show_chart(
    views.parking.weekday_hour_figure(cells),
    height=360,
    key="parking_heatmap_chart",
    data=views.parking.chart_rows(cells, "weekday_hour"),
    file_stem=f"handyparken_wochentag_stunde_{chosen_year}",
)
as_of_caption(transactions_as_of)

st.subheader(t("parking_duration_heading"))
left, right = st.columns([2, 1])
with left:
    histogram = parking.duration_histogram(scope, filters, chosen_year)
    show_chart(
        views.parking.duration_figure(histogram),
        height=360,
        key="parking_duration_chart",
        data=views.parking.chart_rows(histogram, "duration"),
        file_stem=f"handyparken_parkdauer_{chosen_year}",
    )
with right:
    durations = parking.duration_by_zone(scope, filters, chosen_year)
    st.dataframe(views.parking.durations_table(durations), hide_index=True, width="stretch")
    st.caption(t("parking_duration_explained"))
as_of_caption(transactions_as_of)

# Our yearly figures beside the published ones; fees and repeat parkers
yearly = parking.yearly(scope, filters)
st.subheader(t("parking_published_heading"))
comparison = parking.published_comparison(scope, filters)
if comparison.empty:
    st.info(t("empty_selection"))
else:
    st.dataframe(
        views.parking.comparison_table(comparison, head["as_of_date"]),
        hide_index=True,
        width="content",
        height=table_height(len(comparison)),
    )
    st.caption(t("parking_published_source", source=comparison["source"].iloc[0]))

st.subheader(t("parking_fees_heading"))
show_chart(
    views.parking.fees_figure(yearly),
    height=380,
    key="parking_fees_chart",
    data=views.parking.chart_rows(yearly, "fees"),
    file_stem="handyparken_entgelte_je_jahr",
)
st.dataframe(
    views.parking.yearly_table(yearly, head["as_of_date"]),
    hide_index=True,
    width="stretch",
    height=table_height(len(yearly)),
)
st.caption(t("parking_vehicles_note"))
as_of_caption(transactions_as_of)
