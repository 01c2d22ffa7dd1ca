"""Projektliste: every project in the viewer's scope and filters, searchable, sortable, downloadable."""

import streamlit as st

from cockpit import views
from cockpit.data_access import projects
from cockpit.presentation import markdown_text
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, stop_if

viewer = current_viewer()

page_header(t("page_project_list"))
search_label = t("projects_search") if viewer.sees_internal else t("projects_search_public")
search = st.text_input(search_label, key="projects_search", bind="query-params")
rows = projects.project_list(viewer, search)
stop_if(rows.empty, t("projects_no_match", search=markdown_text(search)) if search.strip() else t("empty_selection"))

views.projects.project_list(viewer, rows)
