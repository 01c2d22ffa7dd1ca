"""Projektsteckbrief: one project in the viewer's scope, its status, milestones, risks, budget and KPIs."""

import streamlit as st

from cockpit import formatting, views
from cockpit.data_access import projects
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope
from cockpit.views import project_tables
from cockpit.views.common import table_height

lang = language()
scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date

st.title(t("page_project_profile"))
options = projects.project_options(scope)
if not options:
    st.info(t("projects_none_in_scope"))
    st.stop()

# The choice lives in the URL (?projekt=P-002); an id outside the scope is refused, not shown.
requested = st.query_params.get("projekt")
ids = list(options)
project_id = st.selectbox(
    t("projects_choose"),
    ids,
    index=ids.index(requested) if requested in options else (None if requested else 0),
    format_func=lambda i: f"{i} · {options[i]}",
    placeholder=t("projects_choose_placeholder"),
)
if project_id is None:
    if requested:
        st.error(t("projects_not_available", project_id=requested), icon="🔒")
    else:
        st.info(t("projects_none_chosen"))
    st.stop()
st.query_params["projekt"] = project_id
master = projects.project_master(scope, project_id)

# ---- master data
st.header(f"{master['project_id']} · {master['title']}")
st.write(master["summary"] or "–")
views.projects.master_data(master)

# ---- status history, reasons, self-assessment beside the Stabsstelle's
st.subheader(t("projects_status_history"))
history = projects.status_history(scope, filters, project_id)
if history.empty:
    st.info(t("projects_no_reports"))
else:
    st.dataframe(project_tables.status_styler(project_tables.status_history_table(history, lang)), hide_index=True)
    st.markdown(f"**{t('projects_reasons')}**")
    explained = project_tables.reasons(history)
    if explained.empty:
        st.caption(t("projects_no_reasons"))
    else:
        st.dataframe(views.projects.reasons_table(explained), hide_index=True, height=table_height(len(explained), 388))

    st.markdown(f"**{t('projects_comparison')}**")
    comparison = projects.assessment_comparison(scope, filters, project_id)
    if comparison.empty:
        st.caption(t("projects_comparison_none"))
    else:
        table, verdict = project_tables.comparison_table(comparison, lang)
        st.caption(t("projects_comparison_month", month=formatting.month(comparison["report_month"].iloc[0], lang)))
        st.dataframe(project_tables.status_styler(table), hide_index=True)
        (st.warning if comparison["is_different"].any() else st.success)(verdict)
as_of_caption(as_of, "Stichtag", "Reference date")

# ---- milestone trend analysis
st.subheader(t("projects_mta"))
trend = projects.milestone_trend(scope, filters, project_id)
if trend.empty:
    st.info(t("projects_mta_none"))
else:
    show_chart(views.projects.milestone_trend_figure(trend), height=480, key="projects_mta_chart")
    st.caption(t("projects_mta_explain"))
    slips = projects.milestone_slips(scope, filters, project_id)
    st.dataframe(views.projects.slips_table(slips), hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- risk matrix
st.subheader(t("projects_risks"))
risks = projects.risks(scope, filters, project_id)
if risks.empty:
    st.info(t("projects_risks_none"))
else:
    matrix_column, table_column = st.columns([2, 3])
    with matrix_column:
        show_chart(views.projects.risk_matrix_figure(risks), height=460, key="projects_risk_matrix")
        st.caption(t("projects_risk_legend"))
    table_column.dataframe(views.projects.risks_table(risks), hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- budget over time, year-end forecast, CPI and SPI
st.subheader(t("projects_budget"))
budget = projects.budget_years(scope, filters, project_id)
if budget.empty:
    st.info(t("projects_budget_none"))
else:
    show_chart(views.projects.budget_figure(budget), height=380, key="projects_budget_chart")
    st.dataframe(views.projects.budget_table(budget), hide_index=True)
    for _, year in views.projects.current_year_forecast(budget).iterrows():
        st.caption(views.projects.forecast_explanation(year))
    as_of_caption(budget["actual_as_of_date"].max(), "Ist-Stand", "Actuals as of")

st.markdown(f"**{t('projects_performance')}**")
performance = projects.performance(scope, filters, project_id)
if performance is None:
    st.caption(t("projects_performance_none"))
else:
    views.projects.performance_metrics(performance)
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- KPIs the project is meant to move
st.subheader(t("projects_kpis"))
kpis = projects.project_kpis(scope, filters, project_id)
if kpis.empty:
    st.info(t("projects_kpis_none"))
else:
    st.dataframe(views.projects.kpis_table(kpis), hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")
