"""Übersicht: the CDO's monthly look at the portfolio. What is in trouble, what changed since the
last Board, where the money goes, which fields of the strategy have no active project."""

import datetime as dt

import streamlit as st

from cockpit import formatting, views
from cockpit.data_access import overview
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date

st.title(t("page_overview"))
st.caption(t("overview_intro"))
phases = overview.phase_counts(scope, filters)
if phases.empty:
    st.info(t("empty_selection"))
    st.stop()

# 1. Headline figures
st.subheader(t("overview_headline"))
as_of_caption(as_of, "Stichtag", "Reference date")
status = overview.status_counts(scope, filters)
views.overview.status_metrics(status, overview.report_punctuality(scope, filters), phases)
budget = overview.current_year_budget(scope, filters)
year = int(budget["budget_year"])
views.overview.budget_metrics(budget, year)

# 2. Handlungsbedarf
st.subheader(t("overview_attention"))
attention = overview.attention(scope, filters)
if attention.empty:
    st.success(t("overview_attention_none"))
else:
    st.dataframe(
        views.overview.attention_table(attention),
        hide_index=True,
        width="stretch",
        height=table_height(len(attention), 390),
        column_config=views.overview.attention_columns(),
    )
    st.caption(t("overview_attention_caption"))
as_of_caption(as_of, "Stichtag", "Reference date")

heatmap_tab, fields_tab, changes_tab = st.tabs(
    [t("overview_tab_heatmap"), t("overview_tab_fields"), t("overview_tab_changes")]
)

# 3. Status by dimension
with heatmap_tab:
    heat = overview.status_heatmap(scope, filters)
    if heat.empty:
        st.info(t("overview_heatmap_none"))
    else:
        height = views.overview.heatmap_height(heat)
        show_chart(views.overview.status_heatmap(heat), height=height, key="overview_heatmap")
        st.caption(t("overview_heatmap_caption", shown=len(heat), total=int(heat["projects_with_report"].iloc[0])))
        as_of_caption(as_of, "Stichtag", "Reference date")

# 4. Strategy coverage
with fields_tab:
    fields = overview.field_coverage(scope, filters)
    uncovered = views.overview.uncovered_fields(fields)
    if uncovered:
        st.warning(t("overview_fields_uncovered", fields=", ".join(uncovered)), icon="✖")
    else:
        st.success(t("overview_fields_all_covered"))
    show_chart(views.overview.field_coverage_figure(fields), height=380, key="overview_fields")
    st.caption(t("overview_fields_caption"))
    as_of_caption(as_of, "Stichtag", "Reference date")
    st.dataframe(
        views.overview.field_coverage_table(fields, year),
        hide_index=True,
        width="stretch",
        column_config=views.overview.field_coverage_columns(),
    )

# 5. Changes since a chosen date (default: the last Board meeting before the reference date)
with changes_tab:
    meeting = overview.last_board_meeting(scope, filters)
    default_since = meeting or as_of - dt.timedelta(days=90)
    since = st.columns([1, 2])[0].date_input(
        t("overview_since"),
        value=default_since,
        format="DD.MM.YYYY",
        key=f"overview_since_{default_since}",
        help=t("overview_since_help", meeting=formatting.date(meeting, lang)),
    )
    if since >= as_of:
        st.warning(t("overview_since_after_as_of"))
        st.stop()
    st.caption(t("overview_changes_window", since=formatting.date(since, lang), as_of=formatting.date(as_of, lang)))
    changes = overview.status_changes(scope, filters, since)
    milestones = overview.finished_milestones(scope, filters, since)
    risks = overview.new_high_risks(scope, filters, since)
    views.overview.change_metrics(changes, milestones, risks)
    st.markdown(f"**{t('overview_col_change')}**")
    if changes.empty:
        st.info(t("overview_changes_none"))
    else:
        st.dataframe(
            views.overview.changes_table(changes),
            hide_index=True,
            width="stretch",
            column_config=views.overview.changes_columns(),
        )
    st.markdown(f"**{t('overview_milestones_done')}**")
    if milestones.empty:
        st.info(t("overview_milestones_none"))
    else:
        st.dataframe(views.overview.milestones_table(milestones), hide_index=True, width="stretch")
    st.markdown(f"**{t('overview_new_risks')}**")
    if risks.empty:
        st.info(t("overview_risks_none"))
    else:
        st.dataframe(views.overview.risks_table(risks), hide_index=True, width="stretch")
        st.caption(t("overview_risks_caption"))
    as_of_caption(as_of, "Stichtag", "Reference date")
