"""Handyparken: digital tickets against the target, phone share, channels, zones, when and how long
people park, and our yearly figures beside the published ones."""

import streamlit as st

from cockpit import views
from cockpit.data_access import parking
from cockpit.ui.charts import as_of_caption
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.ui.time_controls import time_controls, window_caption

viewer = current_viewer()
page_header(t("page_parking"), t("parking_intro"))
window = time_controls(viewer)
dates = parking.latest_dates(viewer)
stop_if(dates["latest_transaction_date"] is None, t("parking_empty"))
as_of = dates["latest_transaction_date"]  # the figures below are as of the latest parking session
as_of_caption(as_of, t("parking_as_of"), t("parking_as_of"))
head, targets = parking.headline(viewer), parking.targets(viewer)

# The reference date's year so far, against the targets
with section(None):
    views.parking.headline(head, targets)

with section(t("parking_tickets_heading"), window_caption(window), as_of=as_of):
    views.parking.tickets_chart(parking.tickets_by_period(viewer, window), targets, window)

with section(t("parking_share_heading"), t("parking_share_explained")):
    share = parking.phone_share_monthly(viewer, window)
    views.parking.phone_share_chart(share, targets, dates["latest_emptying_date"], window)

channels_column, zones_column = st.columns(2)
with channels_column, section(t("parking_channels_heading"), as_of=as_of):
    views.parking.channels_chart(parking.channel_shares(viewer, window), window)
with zones_column, section(t("parking_zones_heading"), as_of=as_of):
    views.parking.zones_chart(parking.zones_monthly(viewer, window), window)

# When and how long people park, in one chosen year
year = views.parking.year_picker(parking.years(viewer))
with section(t("parking_heatmap_heading"), as_of=as_of):
    views.parking.weekday_hour_chart(parking.weekday_hour(viewer, year), year)

with section(t("parking_duration_heading"), as_of=as_of):
    views.parking.durations(parking.duration_histogram(viewer, year), parking.duration_by_zone(viewer, year), year)

# Our yearly figures beside the published ones; fees and repeat parkers
with section(t("parking_published_heading")):
    views.parking.published_comparison(parking.published_comparison(viewer), head["as_of_date"])

with section(t("parking_fees_heading"), as_of=as_of):
    views.parking.fees_and_repeat_parkers(parking.yearly(viewer), head["as_of_date"])
