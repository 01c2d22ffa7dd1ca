"""Datenstand: what was loaded when, from which files, what is set aside, and how current each source is."""

from cockpit import views
from cockpit.data_access import status
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if

viewer = current_viewer()

page_header(t("page_data_status"))
runs = status.load_runs(viewer)
loaded = runs[runs["status"] == "loaded"]
stop_if(loaded.empty, t("no_successful_load"))
views.data_status.last_load(viewer, loaded.iloc[0])

with section(t("deliveries")):
    views.data_status.deliveries(viewer)

with section(t("quarantine")):
    views.data_status.quarantine(viewer)

with section(t("load_log")):
    views.data_status.load_log(viewer, runs)
