"""Übersicht: the CDO's monthly look at the portfolio. What is in trouble, what changed since the
last Board, where the money goes, which fields of the strategy have no active project."""

import streamlit as st

from cockpit import views
from cockpit.data_access import overview
from cockpit.ui.context import current_viewer, t
from cockpit.ui.sections import REFERENCE_DATE_LABELS, page_header, section, stop_if

viewer = current_viewer()

page_header(t("page_overview"), t("overview_intro"))
phases = overview.phase_counts(viewer)
stop_if(phases.empty, t("empty_selection"))

with section(t("overview_attention"), as_of=viewer.reference_date, as_of_labels=REFERENCE_DATE_LABELS):
    views.overview.attention(viewer)

with section(t("overview_headline")):
    views.overview.headline_figures(viewer, phases)

heatmap_tab, fields_tab, changes_tab = st.tabs(
    [t("overview_tab_heatmap"), t("overview_tab_fields"), t("overview_tab_changes")]
)
with heatmap_tab:
    views.overview.status_by_dimension(viewer)
with fields_tab:
    views.overview.strategy_coverage(viewer)
with changes_tab:
    views.overview.changes_since(viewer)
