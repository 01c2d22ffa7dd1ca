"""Projektsteckbrief: one project in the viewer's scope, its status, milestones, risks, budget and KPIs."""

import datetime as dt

import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import projects
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, as_of_caption, show_chart, status_label
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date
fmt_date = lambda v: formatting.date(v, lang)  # noqa: E731
fmt_euro = lambda v: formatting.euro(v, 0, lang)  # noqa: E731

st.title(t("page_project_profile"))
options = projects.project_options(scope)
if not options:
    st.info(t("projects_none_in_scope"))
    st.stop()

# The choice lives in the URL (?projekt=P-002); an id outside the scope is refused, not shown.
requested = st.query_params.get("projekt")
ids = list(options)
project_id = st.selectbox(
    t("projects_choose"), ids, index=ids.index(requested) if requested in options else (None if requested else 0),
    format_func=lambda i: f"{i} · {options[i]}", placeholder=t("projects_choose_placeholder"),
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
left, middle, right = st.columns(3)
fields = ", ".join(f for f in (master["field_primary"], master["field_secondary"]) if isinstance(f, str) and f)
left.markdown(
    f"**{t('projects_col_lead_unit')}:** {master['lead_unit']}  \n**{t('projects_col_dezernat')}:** "
    f"{master['dezernat']}  \n**{t('projects_fields')}:** {fields}  \n**{t('projects_role')}:** {master['lead_role']}"
)
middle.markdown(
    f"**{t('projects_col_phase')}:** {master['phase']}  \n**{t('projects_col_priority')}:** {master['priority']}  \n"
    f"**{t('projects_flagship')}:** {t('projects_yes') if master['is_flagship'] else t('projects_no')}  \n"
    f"**{t('projects_col_start')}:** {fmt_date(master['planned_start_date'])}  \n"
    f"**{t('projects_col_end')}:** {fmt_date(master['planned_end_date'])}"
)
right.markdown(
    f"**{t('projects_col_budget_total')}:** {fmt_euro(master['total_budget_eur'])}  \n"
    f"**{t('projects_funding')}:** {master['funding_programme'] or t('projects_none')}  \n"
    f"**{t('projects_partners')}:** {master['partners'] or t('projects_none')}"
)

# ---- status history, reasons, self-assessment beside the Stabsstelle's
st.subheader(t("projects_status_history"))
history = projects.status_history(scope, filters, project_id)
if history.empty:
    st.info(t("projects_no_reports"))
else:
    st.dataframe(projects.status_styler(projects.status_history_table(history, lang)), hide_index=True)
    st.markdown(f"**{t('projects_reasons')}**")
    explained = projects.reasons(history)
    if explained.empty:
        st.caption(t("projects_no_reasons"))
    else:
        st.dataframe({
            t("projects_col_month"): [formatting.month(m, lang) for m in explained["report_month"]],
            t("projects_col_assessed_by"): [t("projects_assessor_" + a) for a in explained["assessed_by"]],
            t("projects_dim_overall"): [status_label(s, lang) for s in explained["status_overall"]],
            t("projects_col_reason"): explained["reason"].fillna("–"),
            t("projects_col_board"): [explained_text if needed else "–" for needed, explained_text in
                                      zip(explained["needs_board_decision"], explained["board_decision_text"].fillna("–"))],
        }, hide_index=True, height=min(38 + 35 * len(explained), 388))

    st.markdown(f"**{t('projects_comparison')}**")
    comparison = projects.assessment_comparison(scope, filters, project_id)
    if comparison.empty:
        st.caption(t("projects_comparison_none"))
    else:
        table, verdict = projects.comparison_table(comparison, lang)
        st.caption(t("projects_comparison_month", month=formatting.month(comparison["report_month"].iloc[0], lang)))
        st.dataframe(projects.status_styler(table), hide_index=True)
        (st.warning if comparison["is_different"].any() else st.success)(verdict)
as_of_caption(as_of, "Stichtag", "Reference date")

# ---- milestone trend analysis
st.subheader(t("projects_mta"))
trend = projects.milestone_trend(scope, filters, project_id)
if trend.empty:
    st.info(t("projects_mta_none"))
else:
    figure = go.Figure()
    for milestone_id, points in trend.groupby("milestone_id", sort=True):
        figure.add_scatter(
            x=points["report_month"], y=points["expected_date"], mode="lines+markers",
            name=f"{milestone_id} {points['milestone'].iloc[0]}",
            customdata=[[formatting.month(m, lang), fmt_date(d)] for m, d in zip(points["report_month"], points["expected_date"])],
            hovertemplate=f"{milestone_id}: %{{customdata[0]}} → %{{customdata[1]}}<extra></extra>",
        )
    low = min(trend["report_month"].min(), trend["expected_date"].min()) - dt.timedelta(days=31)
    high = max(trend["report_month"].max(), trend["expected_date"].max()) + dt.timedelta(days=31)
    figure.add_scatter(x=[low, high], y=[low, high], mode="lines", name=t("projects_mta_diagonal"),
                       line={"color": "#9e9e9e", "dash": "dash"}, hoverinfo="skip")
    figure.update_xaxes(title=t("projects_mta_x"), range=[low, high], tickformat="%b %Y")
    figure.update_yaxes(title=t("projects_mta_y"), range=[low, high], tickformat="%b %Y")
    show_chart(figure, height=480, key="projects_mta_chart")
    st.caption(t("projects_mta_explain"))
    slips = projects.milestone_slips(scope, filters, project_id)
    st.dataframe({
        t("projects_col_milestone"): [f"{i} {m}" for i, m in zip(slips["milestone_id"], slips["milestone"])],
        t("projects_col_baseline"): [fmt_date(d) for d in slips["baseline_date"]],
        t("projects_col_latest"): [fmt_date(a if r else f) for a, f, r in zip(slips["actual_date"], slips["forecast_date"], slips["is_reached"])],
        t("projects_col_reached"): [t("projects_yes") if r else t("projects_no") for r in slips["is_reached"]],
        t("projects_col_slip"): [formatting.number(s, lang=lang) if s <= 0 else f"+{formatting.number(s, lang=lang)}" for s in slips["slip_days"]],
        t("projects_col_month"): [formatting.month(m, lang) for m in slips["report_month"]],
    }, hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- risk matrix
st.subheader(t("projects_risks"))
risks = projects.risks(scope, filters, project_id)
if risks.empty:
    st.info(t("projects_risks_none"))
else:
    level_index = {"low": 0, "medium": 1, "high": 2}
    cells = [[level_index[projects.risk_level(p * i)] for p in range(1, 6)] for i in range(1, 6)]
    words = [[f"{p} × {i} = {p * i} ({t('projects_risk_' + projects.risk_level(p * i))})" for p in range(1, 6)] for i in range(1, 6)]
    colours = [STATUS_COLOURS["grün"], STATUS_COLOURS["gelb"], STATUS_COLOURS["rot"]]
    figure = go.Figure(go.Heatmap(
        x=list(range(1, 6)), y=list(range(1, 6)), z=cells, zmin=0, zmax=2, showscale=False, opacity=0.45,
        colorscale=[[0, colours[0]], [0.33, colours[0]], [0.34, colours[1]], [0.66, colours[1]], [0.67, colours[2]], [1, colours[2]]],
        xgap=3, ygap=3, customdata=words, hovertemplate="%{customdata}<extra></extra>",
    ))
    for (probability, impact), placed in risks[~risks["is_closed"]].groupby(["probability", "impact"]):
        figure.add_annotation(x=probability, y=impact, text="<br>".join(placed["risk_id"]), showarrow=False,
                              font={"size": 15, "color": "black"})
    figure.update_xaxes(title=t("projects_probability"), dtick=1, range=[0.5, 5.5], constrain="domain")
    figure.update_yaxes(title=t("projects_impact"), dtick=1, range=[0.5, 5.5], scaleanchor="x", constrain="domain")
    matrix_column, table_column = st.columns([2, 3])
    with matrix_column:
        show_chart(figure, height=460, key="projects_risk_matrix")
        st.caption(t("projects_risk_legend"))
    table_column.dataframe({
        t("projects_col_id"): risks["risk_id"],
        t("projects_col_risk"): risks["risk"],
        t("projects_col_score"): [f"{p} × {i} = {s} ({t('projects_risk_' + projects.risk_level(s))})"
                                  for p, i, s in zip(risks["probability"], risks["impact"], risks["risk_score"])],
        t("projects_col_risk_status"): risks["risk_status"],
        t("projects_col_mitigation"): risks["mitigation"].fillna("–"),
        t("projects_col_owner"): risks["owner_role"].fillna("–"),
        t("projects_col_identified"): [fmt_date(d) for d in risks["identified_date"]],
    }, hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- budget over time, year-end forecast, CPI and SPI
st.subheader(t("projects_budget"))
budget = projects.budget_years(scope, filters, project_id)
if budget.empty:
    st.info(t("projects_budget_none"))
else:
    figure = go.Figure()
    for column, key in (("updated_plan_eur", "projects_ansatz"), ("committed_eur", "projects_obligo"), ("actual_eur", "projects_ist")):
        figure.add_bar(x=budget["budget_year"].astype(str), y=budget[column], name=t(key),
                       customdata=[fmt_euro(v) for v in budget[column]], hovertemplate=f"{t(key)}: %{{customdata}}<extra></extra>")
    current = budget[budget["is_current_year"] & budget["forecast_eur"].notna()]
    if not current.empty:
        figure.add_scatter(x=current["budget_year"].astype(str), y=current["forecast_eur"], mode="markers",
                           name=t("projects_forecast"), marker={"symbol": "diamond", "size": 16, "color": "#000000"},
                           customdata=[fmt_euro(v) for v in current["forecast_eur"]],
                           hovertemplate=f"{t('projects_forecast')}: %{{customdata}}<extra></extra>")
    figure.update_layout(barmode="group")
    figure.update_yaxes(tickformat=",.0f", ticksuffix=" €", rangemode="tozero")
    figure.update_xaxes(title=t("projects_col_year"), type="category")
    show_chart(figure, height=380, key="projects_budget_chart")
    st.dataframe({
        t("projects_col_year"): budget["budget_year"].astype(str),
        t("projects_ansatz"): [fmt_euro(v) for v in budget["updated_plan_eur"]],
        t("projects_obligo"): [fmt_euro(v) for v in budget["committed_eur"]],
        t("projects_ist"): [fmt_euro(v) for v in budget["actual_eur"]],
        t("projects_forecast"): [fmt_euro(v) for v in budget["forecast_eur"]],
        t("projects_budget_as_of"): [fmt_date(d) for d in budget["actual_as_of_date"]],
    }, hide_index=True)
    for _, year in current.iterrows():
        gap = year["forecast_eur"] - year["updated_plan_eur"]
        st.caption(
            t("projects_forecast_explain", year=year["budget_year"], actual=fmt_euro(year["actual_eur"]),
              as_of=fmt_date(year["actual_as_of_date"]), days=year["days_elapsed"], days_in_year=year["days_in_year"],
              forecast=fmt_euro(year["forecast_eur"]))
            + " " + t("projects_forecast_over" if gap > 0 else "projects_forecast_under", amount=fmt_euro(abs(gap)))
        )
    as_of_caption(budget["actual_as_of_date"].max(), "Ist-Stand", "Actuals as of")

st.markdown(f"**{t('projects_performance')}**")
performance = projects.performance(scope, filters, project_id)
if performance is None:
    st.caption(t("projects_performance_none"))
else:
    first, second, third = st.columns(3)
    first.metric(t("projects_cpi"), formatting.number(performance["cpi"], 2, lang))
    second.metric(t("projects_spi"), formatting.number(performance["spi"], 2, lang))
    third.metric(t("projects_earned_value"), fmt_euro(performance["earned_value_eur"]))
    st.caption(t("projects_performance_explain", percent=f"{formatting.number(performance['percent_complete'], 0, lang)} %",
                 ev=fmt_euro(performance["earned_value_eur"]), ac=fmt_euro(performance["actual_cost_eur"]),
                 pv=fmt_euro(performance["planned_value_eur"])))
    as_of_caption(as_of, "Stichtag", "Reference date")

# ---- KPIs the project is meant to move
st.subheader(t("projects_kpis"))
kpis = projects.project_kpis(scope, filters, project_id)
if kpis.empty:
    st.info(t("projects_kpis_none"))
else:
    kpi_number = lambda v: formatting.number(v, 0 if formatting.is_missing(v) or float(v).is_integer() else 1, lang)  # noqa: E731
    st.dataframe({
        t("projects_col_kpi"): kpis["kpi_name"],
        t("projects_col_kpi_value"): [kpi_number(v) for v in kpis["latest_value"]],
        t("projects_col_kpi_period"): [fmt_date(d) for d in kpis["latest_period_date"]],
        t("projects_col_kpi_target"): [kpi_number(v) for v in kpis["target_value"]],
        t("projects_col_kpi_target_year"): [str(y) if not formatting.is_missing(y) else "–" for y in kpis["target_year"]],
        t("projects_col_unit"): kpis["unit"].fillna("–"),
    }, hide_index=True)
    as_of_caption(as_of, "Stichtag", "Reference date")
