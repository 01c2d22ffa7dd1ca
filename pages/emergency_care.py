"""Notfallversorgung: the IVENA eHealth network, announcements by urgency and hospital, sign-offs,
the winter peak and where announcements went after the Holwedestraße site closed.

Counts below 5 by hospital or by day arrive suppressed from SQL and show as '<5' (left out of charts).
"""

from cockpit import views
from cockpit.data_access import emergency_care
from cockpit.ui.charts import as_of_caption
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.ui.time_controls import time_controls, window_caption

viewer = current_viewer()
page_header(t("page_emergency_care"), t("emergency_intro"))
window = time_controls(viewer)
latest = emergency_care.latest_announcement_date(viewer)
stop_if(latest is None, t("emergency_empty"))
as_of_caption(latest, t("emergency_as_of"), t("emergency_as_of"))

# Connected now, the 12 months before the reference date
with section(None, t("emergency_suppression_note")):
    views.emergency_care.headline(emergency_care.headline(viewer), viewer.reference_date)

with section(t("emergency_connected_heading"), as_of=viewer.reference_date):
    connected_monthly = emergency_care.connected_monthly(viewer, window)
    views.emergency_care.connected(connected_monthly, emergency_care.facilities(viewer), window)

# Announcements: by urgency (all hospitals), by hospital, by day and hospital, over the year
with section(t("emergency_urgency_heading"), window_caption(window), as_of=latest):
    views.emergency_care.urgency_chart(emergency_care.urgency_by_period(viewer, window), window)

with section(t("emergency_by_hospital_heading"), as_of=latest):
    views.emergency_care.by_hospital(emergency_care.facility_monthly(viewer, window), window)

with section(t("emergency_daily_heading"), as_of=latest):
    month = views.emergency_care.month_picker(emergency_care.announcement_months(viewer))
    views.emergency_care.daily(emergency_care.daily_by_facility(viewer, month), month)

with section(t("emergency_season_heading")):
    views.emergency_care.season(emergency_care.seasonal_profile(viewer), latest)

with section(t("emergency_signoff_heading")):
    signoffs_monthly, signoffs_yearly = (
        emergency_care.signoffs_monthly(viewer, window),
        emergency_care.signoffs_yearly(viewer),
    )
    views.emergency_care.signoffs(signoffs_monthly, signoffs_yearly, latest, window)

# Where announcements went after the Holwedestraße site closed
with section(t("emergency_closure_heading"), as_of=latest):
    stop_if(viewer.reference_date < emergency_care.HOLWEDE_CLOSURE_DATE, t("emergency_closure_after_as_of"))
    shift = emergency_care.closure_shift(viewer)
    stop_if(shift.empty, t("emergency_closure_empty"))
    views.emergency_care.closure(shift)
