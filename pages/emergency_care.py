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
from cockpit.time_controls import time_controls, window_caption
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()

st.title(t("page_emergency_care"))
st.caption(t("emergency_intro"))
window = time_controls(filters)
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
connected = emergency_care.connected_monthly(scope, filters)
show_chart(
    views.emergency_care.connected_figure(connected),
    height=340,
    key="emergency_connected_chart",
    data=views.emergency_care.chart_rows(connected, "connected"),
    file_stem="ivena_angeschlossene_einrichtungen",
)
facilities = emergency_care.facilities(scope, filters)
st.dataframe(views.emergency_care.facilities_table(facilities), hide_index=True, width="stretch")
as_of_caption(filters.reference_date)

# Announcements per period of the shared window by urgency (all hospitals), per month by hospital (suppressed below 5)
st.subheader(t("emergency_urgency_heading"))
st.caption(window_caption(window))
urgency = emergency_care.urgency_by_period(scope, filters, window)
if urgency.empty:
    st.info(t("time_window_empty"))
else:
    show_chart(
        views.emergency_care.urgency_figure(urgency, window),
        height=380,
        key="emergency_urgency_chart",
        data=views.emergency_care.chart_rows(urgency, "urgency"),
        file_stem=f"ivena_dringlichkeit_{window.period}_{window.grain}",
    )
as_of_caption(latest)

st.subheader(t("emergency_by_hospital_heading"))
by_hospital = emergency_care.facility_monthly(scope, filters)
if by_hospital["is_suppressed"].all():
    st.info(t("emergency_suppression_note"))
else:
    show_chart(
        views.emergency_care.by_hospital_figure(by_hospital),
        height=460,
        key="emergency_by_hospital_chart",
        data=views.emergency_care.chart_rows(by_hospital, "by_hospital"),
        file_stem="ivena_voranmeldungen_je_klinik",
    )
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
show_chart(
    views.emergency_care.daily_figure(daily),
    height=views.emergency_care.daily_height(daily),
    key="emergency_daily_chart",
    data=views.emergency_care.chart_rows(daily, "daily"),
    file_stem=f"ivena_voranmeldungen_je_tag_{month:%Y_%m}",
)
with st.expander(t("emergency_daily_heading")):
    st.dataframe(views.emergency_care.daily_table(daily), hide_index=True, width="stretch")
as_of_caption(latest)

# The winter peak
st.subheader(t("emergency_season_heading"))
season = emergency_care.seasonal_profile(scope, filters)
if season.empty:
    st.info(t("emergency_season_empty"))
else:
    show_chart(
        views.emergency_care.season_figure(season),
        height=340,
        key="emergency_season_chart",
        data=views.emergency_care.chart_rows(season, "season"),
        file_stem="ivena_jahresverlauf",
    )
    st.caption(t("emergency_season_explained"))
    as_of_caption(latest)

# Sign-offs by hospital
st.subheader(t("emergency_signoff_heading"))
signoffs_monthly = emergency_care.signoffs_monthly(scope, filters)
if signoffs_monthly.empty:
    st.info(t("emergency_signoff_empty"))
else:
    show_chart(
        views.emergency_care.signoffs_figure(signoffs_monthly),
        height=420,
        key="emergency_signoffs_chart",
        data=views.emergency_care.chart_rows(signoffs_monthly, "signoffs"),
        file_stem="ivena_abmeldungen",
    )
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
show_chart(
    views.emergency_care.closure_figure(shift),
    height=views.emergency_care.closure_height(shift),
    key="emergency_closure_chart",
    data=views.emergency_care.chart_rows(shift, "closure"),
    file_stem="ivena_verlagerung_holwedestrasse",
)
st.dataframe(
    views.emergency_care.closure_table(shift), hide_index=True, width="stretch", height=table_height(len(shift))
)
as_of_caption(latest)
