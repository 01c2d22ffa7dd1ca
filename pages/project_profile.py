"""Projektsteckbrief: one project in the viewer's scope, its status, milestones, risks, budget and KPIs."""

from cockpit import views
from cockpit.data_access import projects
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import REFERENCE_DATE_LABELS, page_header, section, stop_if

viewer = current_viewer()

page_header(t("page_project_profile"))
options = projects.project_options(viewer)
stop_if(not options, t("projects_none_in_scope"))
project_id = views.projects.project_choice(viewer, options)
views.projects.master_data(viewer, projects.project_master(viewer, project_id))

with section(t("projects_status_history"), as_of=viewer.reference_date, as_of_labels=REFERENCE_DATE_LABELS):
    views.projects.status_history(viewer, project_id)

with section(t("projects_mta")):
    views.projects.milestone_trend(viewer, project_id)

with section(t("projects_risks")):
    views.projects.risk_matrix(viewer, project_id)

with section(t("projects_budget")):
    views.projects.budget_by_year(viewer, project_id)
    views.projects.performance(viewer, project_id)

with section(t("projects_kpis")):
    views.projects.kpis(viewer, project_id)
