"""Meldung: a department's monthly status report of one of its own projects (the Stabsstelle may report any):
statuses, reason, milestone forecasts, risk updates and a Board decision request; kept as a draft, then
submitted to the Stabsstelle's Prüfung."""

from cockpit.data_access import reporting
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.viewer import CDO, DEPARTMENT
from cockpit.views import reporting as report_views

viewer = current_viewer()

page_header(t("page_report"), t("report_intro"))
stop_if(viewer.role not in (CDO, DEPARTMENT), t("report_not_for_role"))
projects = reporting.reporting_projects(viewer)
stop_if(projects.empty, t("report_no_projects"))
project_id = report_views.project_choice(viewer, projects)
month = report_views.month_choice(viewer)

with section(t("report_form_title")):
    report_views.report(viewer, project_id, month, reporting.applied_submissions(viewer))

with section(t("report_history")):
    report_views.history(viewer, project_id, month)

report_views.upload(viewer)
