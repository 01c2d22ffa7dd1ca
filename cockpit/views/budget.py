"""Budget und Förderung: money in T€ as the council papers show it, plan-versus-actual bars, the tables
beside them, funding deadlines and the year-end forecast by lead unit."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.i18n import language, t
from cockpit.presentation import show_chart
from cockpit.views import common

UNDER_USE_SHARE = 0.8
PLAN_COLOUR, ACTUAL_COLOUR, COMMITTED_COLOUR = "#004f9f", "#009e73", "#e69f00"
MONEY_COLUMNS = [
    "budget_planned",
    "budget_updated_plan",
    "budget_committed",
    "budget_actual",
    "budget_available",
    "budget_utilisation",
]
HEADLINE = [
    [
        ("budget_planned", "planned_eur"),
        ("budget_updated_plan", "updated_plan_eur"),
        ("budget_available", "available_eur"),
    ],
    [
        ("budget_actual", "actual_eur"),
        ("budget_committed", "committed_eur"),
        ("budget_forecast", "year_end_forecast_eur"),
    ],
]
ASSESSMENT_WORDS = {"rot": "budget_over", "gelb": "budget_under", "grün": "budget_on_plan", None: "budget_no_forecast"}


def teur(value) -> str:
    """Money as the council papers show it: '220 T€'."""
    return "–" if pd.isna(value) else f"{formatting.number(value / 1000, 0, language())} {t('budget_unit_teur')}"


def teurs(values) -> list[str]:
    return [teur(v) for v in values]


def money_axis(values) -> tuple[float, str, str]:
    """Divisor, unit and tick format for a money axis: Mio. € for big figures, else T€."""
    biggest = max([v for v in values if pd.notna(v)], default=0)
    return (1e6, t("budget_unit_meur"), ",.1f") if biggest >= 2e6 else (1e3, t("budget_unit_teur"), ",.0f")


def source_label(source: str) -> str:
    return t(f"budget_source_{source}")


def money_column_names() -> list[str]:
    return [t(k) for k in MONEY_COLUMNS]


def chart_height(categories: int) -> int:
    return 140 + 52 * categories


def show_table(table, rows: int, right: list[str]) -> None:
    """A table tall enough for its rows (up to 16, then it scrolls); money and counts right-aligned."""
    height = common.table_height(max(1, min(rows, 16)))
    config = {name: st.column_config.TextColumn(alignment="right") for name in right}
    st.dataframe(table, hide_index=True, width="stretch", height=height, column_config=config)


def breakdown(rows: pd.DataFrame, labels: list[str], first_column: str, key: str, horizontal: bool = True) -> None:
    """Plan against actual + committed for one breakdown: the chart, and the same figures as a table in T€."""
    height = chart_height(len(rows)) if horizontal else 440
    show_chart(plan_actual_chart(rows, labels, horizontal), height=height, key=key)
    show_table(money_table(rows, first_column, labels), len(rows), money_column_names())


def headline_metrics(total: pd.Series) -> None:
    """Two rows of bordered metrics in T€, the exact euros in the help."""
    lang = language()
    for metrics in HEADLINE:
        for column, (key, value) in zip(st.columns(len(metrics)), metrics, strict=True):
            column.metric(t(key), teur(total[value]), help=formatting.euro(total[value], 0, lang), border=True)


def plan_actual_chart(rows: pd.DataFrame, labels: list[str], horizontal: bool = True) -> go.Figure:
    """Updated budget beside actual + committed (stacked), one pair of bars per category."""
    lang = language()
    divisor, unit, tick = money_axis(list(rows["updated_plan_eur"]) + list(rows["actual_eur"] + rows["committed_eur"]))
    fig = go.Figure()
    series = [
        ("budget_updated_plan", "updated_plan_eur", PLAN_COLOUR, "plan", None),
        ("budget_actual", "actual_eur", ACTUAL_COLOUR, "spend", None),
        ("budget_committed", "committed_eur", COMMITTED_COLOUR, "spend", rows["actual_eur"] / divisor),
    ]
    for key, column, colour, group, base in series:
        values = rows[column] / divisor
        axes = {"x": values, "y": labels, "orientation": "h"} if horizontal else {"x": labels, "y": values}
        fig.add_bar(
            name=t(key),
            marker_color=colour,
            offsetgroup=group,
            base=base,
            customdata=common.euros(rows[column], 0, lang),
            hovertemplate=f"%{{{'y' if horizontal else 'x'}}}<br>{t(key)}: %{{customdata}}<extra></extra>",
            **axes,
        )
    ticks = {"size": 14, "color": "#31333f"}
    value_axis = {"title": {"text": unit, "font": ticks}, "tickformat": tick, "tickfont": ticks}
    category_axis = {"type": "category", "tickfont": ticks}
    if horizontal:
        category_axis["autorange"] = "reversed"
    fig.update_layout(
        barmode="group",
        xaxis=value_axis if horizontal else category_axis,
        yaxis=category_axis if horizontal else value_axis,
    )
    return fig


def money_table(rows: pd.DataFrame, first_column: str, labels) -> dict:
    """The figures a chart shows, as a table in T€."""
    used = (rows["actual_eur"] + rows["committed_eur"]) / rows["updated_plan_eur"].where(rows["updated_plan_eur"] > 0)
    return {
        first_column: labels,
        t("budget_planned"): teurs(rows["planned_eur"]),
        t("budget_updated_plan"): teurs(rows["updated_plan_eur"]),
        t("budget_committed"): teurs(rows["committed_eur"]),
        t("budget_actual"): teurs(rows["actual_eur"]),
        t("budget_available"): teurs(rows["available_eur"]),
        t("budget_utilisation"): common.percents(used, 0),
    }


def type_labels(types: pd.DataFrame) -> list[str]:
    return [t(f"budget_type_{k}") for k in types["group_key"]]


def type_table(types: pd.DataFrame, total: pd.Series) -> dict:
    """investiv and konsumtiv in T€, with each one's share of the updated plan."""
    table = money_table(types, t("budget_type"), type_labels(types))
    table[t("budget_share")] = common.percents(types["updated_plan_eur"] / total["updated_plan_eur"], 0)
    return table


def source_labels(sources: pd.DataFrame) -> list[str]:
    return [source_label(s) for s in sources["group_key"]]


def programme_table(programmes: pd.DataFrame) -> dict:
    money = money_table(programmes, "", programmes["group_key"])
    return {
        t("budget_funding_source"): source_labels(programmes),
        t("budget_funding_programme"): programmes["funding_programme"].fillna("–"),
        t("budget_next_deadline"): common.dates(programmes["next_deadline_date"]),
        **{name: money[name] for name in money_column_names() if name != t("budget_planned")},
    }


def deadline_metrics(deadlines: pd.DataFrame) -> None:
    near = deadlines["is_deadline_near"]
    first, second, third = st.columns(3)
    first.metric(t("budget_funded_open"), teur(deadlines["unspent_eur"].sum()), border=True)
    second.metric(t("budget_near_deadline_money"), teur(deadlines.loc[near, "unspent_eur"].sum()), border=True)
    third.metric(t("budget_at_risk"), teur(deadlines["at_risk_eur"].sum()), border=True)


def deadline_table(deadlines: pd.DataFrame):
    """Funded money by deadline; near deadlines tinted amber, projects ending after their deadline red."""
    near, late = deadlines["is_deadline_near"], deadlines["is_end_after_deadline"]
    table = {
        t("budget_deadline"): common.dates(deadlines["funding_deadline_date"]),
        t("budget_days_left"): common.numbers(deadlines["days_left"], 0),
        t("budget_deadline_state"): [t("budget_deadline_near" if n else "budget_deadline_far") for n in near],
        t("budget_project"): deadlines["project_id"] + " " + deadlines["title"],
        t("budget_at_risk"): teurs(deadlines["at_risk_eur"]),
        t("budget_end_after_deadline"): [t("budget_yes_risk" if r else "budget_no_risk") for r in late],
        t("budget_expected_end"): common.dates(deadlines["expected_end_date"]),
        t("budget_unspent"): teurs(deadlines["unspent_eur"]),
        t("budget_available"): teurs(deadlines["available_eur"]),
        t("budget_funding_source"): [source_label(s) for s in deadlines["funding_source"]],
        t("budget_funding_programme"): deadlines["funding_programme"],
        t("budget_year_column"): deadlines["budget_year"].astype(str),
        t("budget_lead_unit"): deadlines["lead_unit"],
    }
    return common.tinted(
        table,
        {
            t("budget_deadline_state"): ["gelb" if n else "grün" for n in near],
            t("budget_end_after_deadline"): ["rot" if r else "grün" for r in late],
        },
    )


def forecast_assessment(forecast: pd.DataFrame) -> list[str | None]:
    """Red above the plan, amber below 80 % of it, green between; None without a forecast."""
    return [
        None if pd.isna(f) else "rot" if f > p else "gelb" if f < UNDER_USE_SHARE * p else "grün"
        for f, p in zip(forecast["year_end_forecast_eur"], forecast["updated_plan_eur"], strict=True)
    ]


def forecast_table(forecast: pd.DataFrame):
    plan, expected = forecast["updated_plan_eur"], forecast["year_end_forecast_eur"]
    assessment = forecast_assessment(forecast)
    table = {
        t("budget_lead_unit"): forecast["group_label"],
        t("budget_assessment"): [t(ASSESSMENT_WORDS[a]) for a in assessment],
        t("budget_forecast"): teurs(expected),
        t("budget_updated_plan"): teurs(plan),
        t("budget_deviation"): [common.signed(teur(v), v) for v in expected - plan],
        t("budget_actual"): teurs(forecast["actual_eur"]),
        t("budget_committed"): teurs(forecast["committed_eur"]),
    }
    return common.tinted(table, {t("budget_assessment"): assessment})
