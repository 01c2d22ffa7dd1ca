"""Prüfung (Stabsstelle): the month's reports with the Stabsstelle's assessment beside the department's, accept
(the report goes to the inbox for the next load) or return with a comment; the reporting calendar; and where
department and Stabsstelle assess the portfolio differently."""

from cockpit.data_access import reporting
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section, stop_if
from cockpit.viewer import CDO
from cockpit.views import review as review_views

viewer = current_viewer()

page_header(t("page_review"), t("review_intro"))
stop_if(viewer.role != CDO or not viewer.scope.is_everything, t("review_cdo_only"))
month = review_views.month_choice(viewer)
submissions = review_views.month_submissions(viewer, month)
titles = review_views.titles(viewer)
applied = reporting.applied_submissions(viewer)

with section(t("review_submissions")):
    review_views.last_decision()
    review_views.overview(viewer, submissions, titles, applied)
    chosen = review_views.choose_submitted(viewer, submissions, titles)
    if chosen is not None:
        review_views.review_form(viewer, chosen)

with section(t("review_calendar")):
    review_views.calendar(viewer, month, submissions, applied)

with section(t("review_differences"), t("review_differences_caption")):
    review_views.differences(viewer)
