"""WLAN: hotspots in operation over time, use in the shared period and granularity, coverage of the districts within
a stated radius, the best and weakest hotspots, and a map of hotspots by status on the city outline."""

from cockpit import views
from cockpit.data_access import wlan
from cockpit.i18n import TEXTS
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.ui.time_controls import time_controls

viewer = current_viewer()
as_of = viewer.reference_date
page_header(t("page_wlan"), t("wlan_intro"))
window = time_controls(viewer)
hotspots = wlan.hotspots(viewer)
stop_if(hotspots.empty, t("empty_selection"))
coverage = wlan.district_coverage(viewer)
use_as_of = wlan.latest_usage_date(viewer) or as_of  # the use figures' Datenstand: their latest day

with section(None, as_of=use_as_of, as_of_labels=TEXTS["metric_wlan_data_as_of"]):
    views.wlan.headline_metrics(hotspots, coverage, wlan.recent_usage(viewer))

with section(t("wlan_over_time"), as_of=as_of):
    views.wlan.in_operation_chart(wlan.hotspots_monthly(viewer, window), window)

with section(t("wlan_usage")):
    views.wlan.usage_chart(wlan.usage_by_period(viewer, window), window, use_as_of)

with section(t("wlan_coverage"), views.wlan.coverage_method()):
    views.wlan.coverage_map_and_table(coverage, as_of)

with section(t("wlan_ranking"), t("wlan_ranking_window")):
    views.wlan.best_and_weakest(wlan.hotspot_ranking(viewer), use_as_of)

with section(t("wlan_map"), as_of=as_of):
    views.wlan.hotspot_map_chart(hotspots)
