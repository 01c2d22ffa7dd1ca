"""Sitzungsmodus: prepare a meeting (freeze the data), open prepared meetings, present them on the wall.

?sitzung=<slug>&folie=N shows one slide full-screen, without Streamlit's chrome; the arrow and page
keys of a presentation clicker move between slides. Without ?sitzung the page lists and prepares.
Meetings belong to a scope (cockpit.board.scopes): each viewer lists and opens only the meetings of
their scope; the Stabsstelle and departments prepare them, the Board presents, the Forum has none.
"""

import streamlit as st

from cockpit import views
from cockpit.board.snapshots import list_meetings
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import page_header, section

viewer = current_viewer()

if not viewer.sees_internal:
    page_header(t("board_mode_title"), t("board_mode_intro"))
    st.info(t("board_not_for_role"))
    st.stop()

slug = st.query_params.get("sitzung")
if slug:
    views.board.present(viewer, slug)
    st.stop()

page_header(t("board_mode_title"), t("board_mode_intro"))
list_area = st.container()  # above the form, filled after it: a meeting just prepared is listed at once

if viewer.may_prepare_meetings:
    with section(t("board_prepare")):
        views.board.prepare_form(viewer)

prepared = list_meetings(viewer)
with list_area, section(t("board_meetings")):
    views.board.meeting_list(prepared, viewer)

if prepared:
    with section(t("board_compare")):
        views.board.comparison(prepared, viewer)
