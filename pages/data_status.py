"""Datenstand: what was loaded when, from which files, what is set aside, and how current each source is.

Each section shows what the scope gate lets this viewer read and says in words what it leaves out."""

from cockpit import views
from cockpit.data_access import access_log, status
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.viewer import CDO

viewer = current_viewer()
coverage = status.coverage(viewer)

page_header(t("page_data_status"))
runs = status.load_runs(viewer)
loaded = runs[runs["status"] == "loaded"]
stop_if(loaded.empty, t("no_successful_load"))
deliveries = status.delivery_overview(viewer)
views.data_status.last_load(viewer, loaded.iloc[0], deliveries, coverage)

with section(t("deliveries")):
    views.data_status.deliveries(viewer, deliveries, coverage)

with section(t("quarantine")):
    views.data_status.quarantine(viewer, deliveries, coverage)

with section(t("load_log")):
    views.data_status.load_log(viewer, runs, coverage)

if viewer.role == CDO:  # the Stabsstelle checks any delivery and starts the load
    with section(t("check_title")):
        views.delivery_check.upload_check(viewer)
    with section(t("reload_title")):
        views.data_status.reload(viewer)

if viewer.reads_audit_log:
    with section(t("audit_title"), t("audit_caption")):
        views.access_log.table(viewer, access_log.access_log(viewer))
