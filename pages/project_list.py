"""Projektliste: every project in the viewer's scope and filters, searchable, sortable, downloadable."""

import streamlit as st

from cockpit import formatting
from cockpit.data_access import projects
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption
from cockpit.scope import viewer_scope
from cockpit.views import project_tables
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()

st.title(t("page_project_list"))
search = st.text_input(t("projects_search"), key="projects_search", bind="query-params")
rows = projects.project_list(scope, filters, search)
if rows.empty:
    st.info(t("projects_no_match", search=search) if search.strip() else t("empty_selection"))
    st.stop()

table = project_tables.list_table(rows, lang)
st.caption(f"{t('projects_count', count=formatting.number(len(table), lang=lang))} · {t('projects_click_hint')}")
event = st.dataframe(
    project_tables.list_styler(table, lang),
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="projects_table",
    height=table_height(len(table), 738),
)
as_of_caption(filters.reference_date, "Stichtag", "Reference date")
st.caption(t("projects_status_note"))

downloads = st.container(horizontal=True)
downloads.download_button(
    t("download_csv"),
    project_tables.list_csv(table, lang),
    file_name="projektliste.csv",
    mime="text/csv",
    on_click="ignore",
    icon="⬇️",
)
downloads.download_button(
    t("projects_download_xlsx"),
    project_tables.list_xlsx(table, lang),
    file_name="projektliste.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    on_click="ignore",
    icon="⬇️",
)

if event.selection.rows:
    chosen = rows.iloc[event.selection.rows[0]]["project_id"]
    st.switch_page("pages/project_profile.py", query_params={"projekt": chosen})
