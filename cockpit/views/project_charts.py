"""Projektsteckbrief charts: the milestone trend analysis, the 5×5 risk matrix and the budget by year
with the current year's year-end forecast."""

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from cockpit.i18n import Translator
from cockpit.presentation import STATUS_COLOURS, plotly_text
from cockpit.ui.charts import categories_in_words
from cockpit.views import common
from cockpit.views.project_tables import risk_level, risk_score_text

SCALE = list(range(1, 6))  # probability and impact, 1 to 5
BUDGET_SERIES = (
    ("updated_plan_eur", "projects_ansatz"),
    ("committed_eur", "projects_obligo"),
    ("actual_eur", "projects_ist"),
)


def milestone_trend(tr: Translator, trend: pd.DataFrame) -> go.Figure:
    """Expected date of each milestone by reporting month, with the diagonal where reports reach it."""
    figure = go.Figure()
    for milestone_id, points in trend.groupby("milestone_id", sort=True):
        figure.add_scatter(
            x=points["report_month"],
            y=points["expected_date"],
            mode="lines+markers",
            name=plotly_text(f"{milestone_id} {points['milestone'].iloc[0]}"),
            customdata=[
                [tr.month(m), tr.date(d)] for m, d in zip(points["report_month"], points["expected_date"], strict=True)
            ],
            hovertemplate=f"{plotly_text(milestone_id)}: %{{customdata[0]}} → %{{customdata[1]}}<extra></extra>",
        )
    low = min(trend["report_month"].min(), trend["expected_date"].min()) - dt.timedelta(days=31)
    high = max(trend["report_month"].max(), trend["expected_date"].max()) + dt.timedelta(days=31)
    figure.add_scatter(
        x=[low, high],
        y=[low, high],
        mode="lines",
        name=tr("projects_mta_diagonal"),
        line={"color": "#9e9e9e", "dash": "dash"},
        hoverinfo="skip",
    )
    figure.update_xaxes(title=tr("projects_mta_x"), range=[low, high], tickformat="%b %Y")
    figure.update_yaxes(title=tr("projects_mta_y"), range=[low, high], tickformat="%b %Y")
    return figure


def risk_matrix(tr: Translator, risks: pd.DataFrame) -> go.Figure:
    """Probability × impact, cells tinted by level, open risks placed by their id."""
    level_index = {"low": 0, "medium": 1, "high": 2}
    cells = [[level_index[risk_level(p * i)] for p in SCALE] for i in SCALE]
    words = [[risk_score_text(tr, p, i, p * i) for p in SCALE] for i in SCALE]
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
            text="<br>".join(plotly_text(risk_id) for risk_id in placed["risk_id"]),
            showarrow=False,
            font={"size": 15, "color": "black"},
        )
    figure.update_xaxes(title=tr("projects_probability"), dtick=1, range=[0.5, 5.5], constrain="domain")
    figure.update_yaxes(title=tr("projects_impact"), dtick=1, range=[0.5, 5.5], scaleanchor="x", constrain="domain")
    return figure


def current_year_forecast(budget: pd.DataFrame) -> pd.DataFrame:
    """The current budget year, if it has a year-end forecast."""
    return budget[budget["is_current_year"] & budget["forecast_eur"].notna()]


def budget_by_year(tr: Translator, budget: pd.DataFrame) -> go.Figure:
    """Plan, committed and actual by year; the current year's forecast as a black diamond."""
    figure = go.Figure()
    for column, key in BUDGET_SERIES:
        figure.add_bar(
            x=budget["budget_year"].astype(str),
            y=budget[column],
            name=tr(key),
            customdata=[tr.euro(v) for v in budget[column]],
            hovertemplate=f"{tr(key)}: %{{customdata}}<extra></extra>",
        )
    current = current_year_forecast(budget)
    if not current.empty:
        figure.add_scatter(
            x=current["budget_year"].astype(str),
            y=current["forecast_eur"],
            mode="markers",
            name=tr("projects_forecast"),
            marker={"symbol": "diamond", "size": 16, "color": "#000000"},
            customdata=[tr.euro(v) for v in current["forecast_eur"]],
            hovertemplate=f"{tr('projects_forecast')}: %{{customdata}}<extra></extra>",
        )
    figure.update_layout(barmode="group")
    figure.update_yaxes(tickformat=",.0f", ticksuffix=" €", rangemode="tozero")
    figure.update_xaxes(title=tr("projects_col_year"), type="category")
    return figure


# ---- the charts in words (each chart's text alternative) -----------------------------------------


def milestone_trend_in_words(tr: Translator, trend: pd.DataFrame) -> str:
    """Each milestone's slip from its first reported expected date to its latest; the biggest and smallest."""
    labels, slips = [], []
    for milestone_id, points in trend.sort_values("report_month").groupby("milestone_id", sort=True):
        labels.append(f"{milestone_id} {points['milestone'].iloc[0]}")
        slips.append(
            (pd.Timestamp(points["expected_date"].iloc[-1]) - pd.Timestamp(points["expected_date"].iloc[0])).days
        )
    shown = [tr("chart_words_days", days=common.signed_number(days, 0, tr.lang)) for days in slips]
    return categories_in_words(tr("chart_words_milestones"), labels, slips, shown)


def risk_matrix_in_words(tr: Translator, risks: pd.DataFrame) -> str:
    """The open risks placed in the matrix: the highest and the lowest score."""
    open_risks = risks[~risks["is_closed"]]
    scores = open_risks["probability"] * open_risks["impact"]
    shown = [f"{p} × {i} = {p * i}" for p, i in zip(open_risks["probability"], open_risks["impact"], strict=True)]
    words = categories_in_words(tr("chart_words_risks"), open_risks["risk_id"], scores, shown)
    return words or tr("chart_words_no_open_risks")


def budget_by_year_in_words(tr: Translator, budget: pd.DataFrame) -> str:
    """The years with the biggest and the smallest budget, each with its actual + committed; the forecast."""
    spent = budget["actual_eur"] + budget["committed_eur"]
    shown = [
        tr("chart_words_plan_spent", plan=tr.euro(plan), spent=tr.euro(used))
        for plan, used in zip(budget["updated_plan_eur"], spent, strict=True)
    ]
    words = categories_in_words(
        tr("chart_words_project_budget"), budget["budget_year"].astype(str), budget["updated_plan_eur"], shown
    )
    for year in current_year_forecast(budget).itertuples():
        words += " " + tr("chart_words_forecast", year=year.budget_year, value=tr.euro(year.forecast_eur))
    return words
