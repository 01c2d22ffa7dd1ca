"""Projektsteckbrief: master data, reasons, the milestone trend analysis, the risk matrix, budget by
year with the year-end forecast, earned-value figures and the project's KPIs."""

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS
from cockpit.views import common, project_tables

SCALE = list(range(1, 6))  # probability and impact, 1 to 5
BUDGET_SERIES = (
    ("updated_plan_eur", "projects_ansatz"),
    ("committed_eur", "projects_obligo"),
    ("actual_eur", "projects_ist"),
)


def euro(value) -> str:
    return formatting.euro(value, 0, language())


def yes_no(flag) -> str:
    return t("projects_yes") if flag else t("projects_no")


# ---- master data ---------------------------------------------------------------------------------


def master_data(master: dict) -> None:
    """Three columns: who leads it, where it stands, what it costs and with whom."""
    lang = language()
    left, middle, right = st.columns(3)
    fields = ", ".join(f for f in (master["field_primary"], master["field_secondary"]) if isinstance(f, str) and f)
    left.markdown(
        f"**{t('projects_col_lead_unit')}:** {master['lead_unit']}  \n"
        f"**{t('projects_col_dezernat')}:** {master['dezernat']}  \n"
        f"**{t('projects_fields')}:** {fields}  \n**{t('projects_role')}:** {master['lead_role']}"
    )
    middle.markdown(
        f"**{t('projects_col_phase')}:** {master['phase']}  \n"
        f"**{t('projects_col_priority')}:** {master['priority']}  \n"
        f"**{t('projects_flagship')}:** {yes_no(master['is_flagship'])}  \n"
        f"**{t('projects_col_start')}:** {formatting.date(master['planned_start_date'], lang)}  \n"
        f"**{t('projects_col_end')}:** {formatting.date(master['planned_end_date'], lang)}"
    )
    right.markdown(
        f"**{t('projects_col_budget_total')}:** {euro(master['total_budget_eur'])}  \n"
        f"**{t('projects_funding')}:** {master['funding_programme'] or t('projects_none')}  \n"
        f"**{t('projects_partners')}:** {master['partners'] or t('projects_none')}"
    )


def reasons_table(explained: pd.DataFrame) -> dict:
    return {
        t("projects_col_month"): common.months(explained["report_month"]),
        t("projects_col_assessed_by"): [t("projects_assessor_" + a) for a in explained["assessed_by"]],
        t("projects_dim_overall"): common.statuses(explained["status_overall"]),
        t("projects_col_reason"): explained["reason"].fillna("–"),
        t("projects_col_board"): [
            explained_text if needed else "–"
            for needed, explained_text in zip(
                explained["needs_board_decision"], explained["board_decision_text"].fillna("–"), strict=True
            )
        ],
    }


# ---- milestone trend analysis --------------------------------------------------------------------


def milestone_trend_figure(trend: pd.DataFrame) -> go.Figure:
    """Expected date of each milestone by reporting month, with the diagonal where reports reach it."""
    lang = language()
    figure = go.Figure()
    for milestone_id, points in trend.groupby("milestone_id", sort=True):
        figure.add_scatter(
            x=points["report_month"],
            y=points["expected_date"],
            mode="lines+markers",
            name=f"{milestone_id} {points['milestone'].iloc[0]}",
            customdata=[
                [formatting.month(m, lang), formatting.date(d, lang)]
                for m, d in zip(points["report_month"], points["expected_date"], strict=True)
            ],
            hovertemplate=f"{milestone_id}: %{{customdata[0]}} → %{{customdata[1]}}<extra></extra>",
        )
    low = min(trend["report_month"].min(), trend["expected_date"].min()) - dt.timedelta(days=31)
    high = max(trend["report_month"].max(), trend["expected_date"].max()) + dt.timedelta(days=31)
    figure.add_scatter(
        x=[low, high],
        y=[low, high],
        mode="lines",
        name=t("projects_mta_diagonal"),
        line={"color": "#9e9e9e", "dash": "dash"},
        hoverinfo="skip",
    )
    figure.update_xaxes(title=t("projects_mta_x"), range=[low, high], tickformat="%b %Y")
    figure.update_yaxes(title=t("projects_mta_y"), range=[low, high], tickformat="%b %Y")
    return figure


def slips_table(slips: pd.DataFrame) -> dict:
    lang = language()
    latest = [
        a if r else f for a, f, r in zip(slips["actual_date"], slips["forecast_date"], slips["is_reached"], strict=True)
    ]
    return {
        t("projects_col_milestone"): [
            f"{i} {m}" for i, m in zip(slips["milestone_id"], slips["milestone"], strict=True)
        ],
        t("projects_col_baseline"): common.dates(slips["baseline_date"]),
        t("projects_col_latest"): common.dates(latest),
        t("projects_col_reached"): [yes_no(r) for r in slips["is_reached"]],
        t("projects_col_slip"): [common.signed(formatting.number(s, lang=lang), s) for s in slips["slip_days"]],
        t("projects_col_month"): common.months(slips["report_month"]),
    }


# ---- risk matrix ---------------------------------------------------------------------------------


def risk_score_text(probability: int, impact: int, score: int) -> str:
    return f"{probability} × {impact} = {score} ({t('projects_risk_' + project_tables.risk_level(score))})"


def risk_matrix_figure(risks: pd.DataFrame) -> go.Figure:
    """Probability × impact, cells tinted by level, open risks placed by their id."""
    level_index = {"low": 0, "medium": 1, "high": 2}
    cells = [[level_index[project_tables.risk_level(p * i)] for p in SCALE] for i in SCALE]
    words = [[risk_score_text(p, i, p * i) for p in SCALE] for i in SCALE]
    colours = [STATUS_COLOURS["grün"], STATUS_COLOURS["gelb"], STATUS_COLOURS["rot"]]
    figure = go.Figure(
        go.Heatmap(
            x=SCALE,
            y=SCALE,
            z=cells,
            zmin=0,
            zmax=2,
            showscale=False,
            opacity=0.45,
            colorscale=[
                [0, colours[0]],
                [0.33, colours[0]],
                [0.34, colours[1]],
                [0.66, colours[1]],
                [0.67, colours[2]],
                [1, colours[2]],
            ],
            xgap=3,
            ygap=3,
            customdata=words,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    for (probability, impact), placed in risks[~risks["is_closed"]].groupby(["probability", "impact"]):
        figure.add_annotation(
            x=probability,
            y=impact,
            text="<br>".join(placed["risk_id"]),
            showarrow=False,
            font={"size": 15, "color": "black"},
        )
    figure.update_xaxes(title=t("projects_probability"), dtick=1, range=[0.5, 5.5], constrain="domain")
    figure.update_yaxes(title=t("projects_impact"), dtick=1, range=[0.5, 5.5], scaleanchor="x", constrain="domain")
    return figure


def risks_table(risks: pd.DataFrame) -> dict:
    return {
        t("projects_col_id"): risks["risk_id"],
        t("projects_col_risk"): risks["risk"],
        t("projects_col_score"): [
            risk_score_text(p, i, s)
            for p, i, s in zip(risks["probability"], risks["impact"], risks["risk_score"], strict=True)
        ],
        t("projects_col_risk_status"): risks["risk_status"],
        t("projects_col_mitigation"): risks["mitigation"].fillna("–"),
        t("projects_col_owner"): risks["owner_role"].fillna("–"),
        t("projects_col_identified"): common.dates(risks["identified_date"]),
    }


# ---- budget and performance ----------------------------------------------------------------------


def current_year_forecast(budget: pd.DataFrame) -> pd.DataFrame:
    """The current budget year, if it has a year-end forecast."""
    return budget[budget["is_current_year"] & budget["forecast_eur"].notna()]


def budget_figure(budget: pd.DataFrame) -> go.Figure:
    """Plan, committed and actual by year; the current year's forecast as a black diamond."""
    figure = go.Figure()
    for column, key in BUDGET_SERIES:
        figure.add_bar(
            x=budget["budget_year"].astype(str),
            y=budget[column],
            name=t(key),
            customdata=[euro(v) for v in budget[column]],
            hovertemplate=f"{t(key)}: %{{customdata}}<extra></extra>",
        )
    current = current_year_forecast(budget)
    if not current.empty:
        figure.add_scatter(
            x=current["budget_year"].astype(str),
            y=current["forecast_eur"],
            mode="markers",
            name=t("projects_forecast"),
            marker={"symbol": "diamond", "size": 16, "color": "#000000"},
            customdata=[euro(v) for v in current["forecast_eur"]],
            hovertemplate=f"{t('projects_forecast')}: %{{customdata}}<extra></extra>",
        )
    figure.update_layout(barmode="group")
    figure.update_yaxes(tickformat=",.0f", ticksuffix=" €", rangemode="tozero")
    figure.update_xaxes(title=t("projects_col_year"), type="category")
    return figure


def budget_table(budget: pd.DataFrame) -> dict:
    return {
        t("projects_col_year"): budget["budget_year"].astype(str),
        t("projects_ansatz"): [euro(v) for v in budget["updated_plan_eur"]],
        t("projects_obligo"): [euro(v) for v in budget["committed_eur"]],
        t("projects_ist"): [euro(v) for v in budget["actual_eur"]],
        t("projects_forecast"): [euro(v) for v in budget["forecast_eur"]],
        t("projects_budget_as_of"): common.dates(budget["actual_as_of_date"]),
    }


def forecast_explanation(year: pd.Series) -> str:
    """How the year-end forecast was reached, and how far it lies from the plan."""
    gap = year["forecast_eur"] - year["updated_plan_eur"]
    return (
        t(
            "projects_forecast_explain",
            year=year["budget_year"],
            actual=euro(year["actual_eur"]),
            as_of=formatting.date(year["actual_as_of_date"], language()),
            days=year["days_elapsed"],
            days_in_year=year["days_in_year"],
            forecast=euro(year["forecast_eur"]),
        )
        + " "
        + t("projects_forecast_over" if gap > 0 else "projects_forecast_under", amount=euro(abs(gap)))
    )


def performance_metrics(performance: dict) -> None:
    lang = language()
    first, second, third = st.columns(3)
    first.metric(t("projects_cpi"), formatting.number(performance["cpi"], 2, lang))
    second.metric(t("projects_spi"), formatting.number(performance["spi"], 2, lang))
    third.metric(t("projects_earned_value"), euro(performance["earned_value_eur"]))
    st.caption(
        t(
            "projects_performance_explain",
            percent=f"{formatting.number(performance['percent_complete'], 0, lang)} %",
            ev=euro(performance["earned_value_eur"]),
            ac=euro(performance["actual_cost_eur"]),
            pv=euro(performance["planned_value_eur"]),
        )
    )


def kpis_table(kpis: pd.DataFrame) -> dict:
    return {
        t("projects_col_kpi"): kpis["kpi_name"],
        t("projects_col_kpi_value"): [common.natural_number(v) for v in kpis["latest_value"]],
        t("projects_col_kpi_period"): common.dates(kpis["latest_period_date"]),
        t("projects_col_kpi_target"): [common.natural_number(v) for v in kpis["target_value"]],
        t("projects_col_kpi_target_year"): ["–" if formatting.is_missing(y) else str(y) for y in kpis["target_year"]],
        t("projects_col_unit"): kpis["unit"].fillna("–"),
    }
