"""KPI-Katalog: one card per KPI (Bochum's four fields), status against target, trend, stale badge,
the projects meant to move it (within the viewer's scope) and values per Stadtbezirk on an offline map."""

from cockpit import views
from cockpit.data_access import kpis
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if

viewer = current_viewer()

page_header(t("page_kpi_catalogue"), t("kpi_intro"))
project_id = views.kpis.project_choice(viewer)
catalogue = kpis.catalogue(viewer, project_id)
stop_if(catalogue.empty, t("empty_selection"))

views.kpis.headline(viewer, catalogue)
views.kpis.cards(viewer, catalogue)

with section(t("kpi_districts")):
    views.kpis.districts(viewer, catalogue)
