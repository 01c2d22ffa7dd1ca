"""Notfallversorgung: the IVENA eHealth network, announcements by urgency and hospital, sign-offs,
the winter peak and where announcements went after the Holwedestraße site closed.

Counts below 5 by hospital or by day arrive suppressed from SQL and show as '<5' (left out of charts).
"""

import streamlit as st

from cockpit import formatting, views
from cockpit.data_access import emergency_care
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()

st.title(t("page_emergency_care"))
st.caption(t("emergency_intro"))
latest = emergency_care.latest_announcement_date(scope, filters)
if latest is None:
    st.info(t("emergency_empty"))
    st.stop()
as_of_caption(latest, t("emergency_as_of"), t("emergency_as_of"))
st.caption(t("emergency_suppression_note"))

# Headline: connected now, the 12 months before the reference date
head = emergency_care.headline(scope, filters)
views.emergency_care.headline_metrics(head)
st.caption(views.emergency_care.headline_window(head, filters.reference_date))

# Facilities connected over time, and the list
st.subheader(t("emergency_connected_heading"))
show_chart(views.emergency_care.connected_figure(emergency_care.connected_monthly(scope, filters)), height=340)
facilities = emergency_care.facilities(scope, filters)
st.dataframe(views.emergency_care.facilities_table(facilities), hide_index=True, width="stretch")
as_of_caption(filters.reference_date)

# Announcements per month by urgency (all hospitals) and by hospital (suppressed below 5)
st.subheader(t("emergency_urgency_heading"))
show_chart(views.emergency_care.urgency_figure(emergency_care.urgency_monthly(scope, filters)), height=380)
as_of_caption(latest)

st.subheader(t("emergency_by_hospital_heading"))
by_hospital = emergency_care.facility_monthly(scope, filters)
if by_hospital["is_suppressed"].all():
    st.info(t("emergency_suppression_note"))
else:
    show_chart(views.emergency_care.by_hospital_figure(by_hospital), height=460)
suppressed_cells = int(by_hospital["is_suppressed"].sum())
if suppressed_cells:
    st.caption(t("emergency_suppressed_cells", count=formatting.number(suppressed_cells, lang=lang)))
as_of_caption(latest)

# Day x hospital for one month: counts below 5 as '<5'
st.subheader(t("emergency_daily_heading"))
months = emergency_care.announcement_months(scope, filters)
month = st.selectbox(
    t("emergency_pick_month"), months, format_func=lambda m: formatting.month(m, lang), key="emergency_month"
)
daily = emergency_care.daily_by_facility(scope, filters, month)
show_chart(views.emergency_care.daily_figure(daily), height=views.emergency_care.daily_height(daily))
with st.expander(t("emergency_daily_heading")):
    st.dataframe(views.emergency_care.daily_table(daily), hide_index=True, width="stretch")
as_of_caption(latest)

# The winter peak
st.subheader(t("emergency_season_heading"))
season = emergency_care.seasonal_profile(scope, filters)
if season.empty:
    st.info(t("emergency_season_empty"))
else:
    show_chart(views.emergency_care.season_figure(season), height=340)
    st.caption(t("emergency_season_explained"))
    as_of_caption(latest)

# Sign-offs by hospital
st.subheader(t("emergency_signoff_heading"))
signoffs_monthly = emergency_care.signoffs_monthly(scope, filters)
if signoffs_monthly.empty:
    st.info(t("emergency_signoff_empty"))
else:
    show_chart(views.emergency_care.signoffs_figure(signoffs_monthly), height=420)
    yearly = emergency_care.signoffs_yearly(scope, filters)
    st.dataframe(views.emergency_care.signoffs_table(yearly), hide_index=True, width="stretch")
    st.caption(t("emergency_signoff_explained"))
    as_of_caption(latest)

# Where announcements went after the Holwedestraße site closed
st.subheader(t("emergency_closure_heading"))
if filters.reference_date < emergency_care.HOLWEDE_CLOSURE_DATE:
    st.info(t("emergency_closure_after_as_of"))
    st.stop()
shift = emergency_care.closure_shift(scope, filters)
if shift.empty:
    st.info(t("emergency_closure_empty"))
    st.stop()
st.caption(views.emergency_care.closure_windows(shift))
show_chart(views.emergency_care.closure_figure(shift), height=views.emergency_care.closure_height(shift))
st.dataframe(
    views.emergency_care.closure_table(shift), hide_index=True, width="stretch", height=table_height(len(shift))
)
as_of_caption(latest)
