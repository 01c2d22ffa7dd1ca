"""Budget und Förderung page sections: the year's headline, plan against actual + committed by lead unit,
Handlungsfeld, year, type and funding, the funding deadlines and the year-end forecast.

The tables (money in T€ as the council papers show it) are in cockpit.views.budget_tables."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit.data_access import budget
from cockpit.i18n import TEXTS
from cockpit.presentation import plotly_text
from cockpit.texts import enumerations
from cockpit.ui import tables as tables_ui
from cockpit.ui.charts import as_of_caption, categories_in_words, show_chart
from cockpit.ui.context import current_viewer, language, t, tr
from cockpit.ui.downloads import exports_as_of
from cockpit.ui.sections import today_value_caption
from cockpit.viewer import Viewer
from cockpit.views import budget_tables as tables
from cockpit.views import common

PLAN_COLOUR, ACTUAL_COLOUR, COMMITTED_COLOUR = "#004f9f", "#009e73", "#e69f00"
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
DOWNLOAD_STEMS = {
    "by_unit": "budget_nach_federfuehrung",
    "by_field": "budget_nach_handlungsfeld",
    "by_year": "budget_nach_jahr",
}
ACTUALS_AS_OF_LABELS = TEXTS["budget_as_of_label"]  # "Datenstand (Ist-Stand)" below every money figure


def actuals_caption(date) -> None:
    as_of_caption(date, *ACTUALS_AS_OF_LABELS)


# ---- sections of the page ------------------------------------------------------------------------


def year_choice(viewer: Viewer, years: list[int]) -> int:
    """The budget year, starting at the Stichtag's year (or the latest year before it)."""
    default_year = budget.default_budget_year(years, viewer)
    return st.selectbox(t("budget_year"), years, index=years.index(default_year), key="budget_year", width=220)


def headline(viewer: Viewer, total: pd.Series) -> None:
    """The year's money in T€, the actuals' date, how the forecast is made; a note if the Stichtag lies
    before the actuals' date (the delivery keeps no history: the figures are today's)."""
    data_as_of = total["actual_as_of_date"]
    headline_metrics(total)
    actuals_caption(data_as_of)
    today_value_caption(viewer, t("budget_no_history"), data_as_of)
    st.caption(t("metric_plan_method"))
    st.caption(t("budget_forecast_method"))


def breakdowns(viewer: Viewer, totals: dict[str, pd.DataFrame]) -> None:
    """Plan against actual + committed by lead unit, by Handlungsfeld and by year, one tab each."""
    data_as_of = totals["total"].iloc[0]["actual_as_of_date"]
    unit_tab, field_tab, year_tab = st.tabs([t("budget_tab_unit"), t("budget_tab_field"), t("budget_tab_year")])
    with unit_tab, exports_as_of(data_as_of):
        units = totals["lead_unit"]
        breakdown(units, list(units["group_label"]), t("budget_lead_unit"), key="by_unit")
        actuals_caption(data_as_of)
        today_value_caption(viewer, t("budget_no_history"), data_as_of)
    with field_tab, exports_as_of(data_as_of):
        fields = totals["field"]
        labels = enumerations.words("field", fields["group_label"], language())  # fields of action in English too
        breakdown(fields, labels, t("budget_field"), key="by_field")
        st.caption(t("budget_field_note"))
        actuals_caption(data_as_of)
        today_value_caption(viewer, t("budget_no_history"), data_as_of)
    yearly = budget.by_year(viewer)
    yearly_as_of = yearly["actual_as_of_date"].max()
    with year_tab, exports_as_of(yearly_as_of):
        breakdown(yearly, list(yearly["group_label"]), t("budget_year_column"), key="by_year", horizontal=False)
        actuals_caption(yearly_as_of)
        today_value_caption(viewer, t("budget_no_history_by_year"), yearly_as_of)


def by_type(totals: dict[str, pd.DataFrame]) -> None:
    """investiv against konsumtiv: the chart, then the table with each one's share of the plan."""
    types = totals["budget_type"]
    labels = tables.type_labels(types)
    words = plan_actual_in_words(types, labels, "by_type")
    show_chart(plan_actual_chart(types, labels), height=chart_height(len(types)), key="by_type", in_words=words)
    right = [*tables.money_column_names(), t("budget_share")]
    total = totals["total"].iloc[0]
    export = tables.type_export(types, total)
    show_table(tables.type_table(types, total), len(types), right, "budget_nach_art", export)


def by_funding(totals: dict[str, pd.DataFrame]) -> None:
    """Funding sources as a chart, the programmes with their next deadline as a table."""
    sources = totals["funding_source"]
    labels = tables.source_labels(sources)
    words = plan_actual_in_words(sources, labels, "by_source")
    show_chart(plan_actual_chart(sources, labels), height=chart_height(len(sources)), key="by_source", in_words=words)
    programmes = totals["funding_programme"]
    right = [t("budget_next_deadline"), *tables.money_column_names()]
    export = tables.programme_export(programmes)
    show_table(tables.programme_table(programmes), len(programmes), right, "budget_foerderprogramme", export)


def deadlines(viewer: Viewer, total: pd.Series) -> None:
    """Funded money by open deadline and the money at risk, or a sentence when no deadline is open."""
    rows = budget.funding_deadlines(viewer)
    if rows.empty:
        st.info(t("budget_no_open_deadlines"))
        return
    deadline_metrics(rows)
    right = [t(k) for k in ("budget_days_left", "budget_at_risk", "budget_unspent", "budget_available")]
    with exports_as_of(total["actual_as_of_date"]):
        show_table(tables.deadline_table(rows), len(rows), right, "budget_foerderfristen", tables.deadline_export(rows))
    st.caption(t("budget_at_risk_method"))
    actuals_caption(total["actual_as_of_date"])
    today_value_caption(viewer, t("budget_no_history"), total["actual_as_of_date"])


def year_end_forecast(totals: dict[str, pd.DataFrame], viewer: Viewer | None = None) -> None:
    """The year-end forecast by lead unit against the plan, with an assessment per unit; a note if the Stichtag
    lies before the actuals' date (viewer: the page's, else the router's)."""
    forecast = totals["lead_unit"]
    keys = ("budget_forecast", "budget_updated_plan", "budget_deviation", "budget_actual", "budget_committed")
    export = tables.forecast_export(forecast)
    show_table(tables.forecast_table(forecast), len(forecast), [t(k) for k in keys], "budget_prognose", export)
    st.caption(t("budget_assessment_note"))
    data_as_of = totals["total"].iloc[0]["actual_as_of_date"]
    today_value_caption(viewer or current_viewer(), t("budget_no_history"), data_as_of)


# ---- parts ---------------------------------------------------------------------------------------


def headline_metrics(total: pd.Series) -> None:
    """Two rows of bordered metrics in T€, the exact euros in the help."""
    translate = tr()
    for metrics in HEADLINE:
        for column, (key, value) in zip(st.columns(len(metrics)), metrics, strict=True):
            column.metric(t(key), tables.teur(total[value]), help=translate.euro(total[value]), border=True)


def deadline_metrics(deadlines: pd.DataFrame) -> None:
    near = deadlines["is_deadline_near"]
    first, second, third = st.columns(3)
    unspent = tables.teur(deadlines["unspent_eur"].sum())
    first.metric(t("budget_funded_open"), unspent, help=t("metric_unspent_method"), border=True)
    second.metric(t("budget_near_deadline_money"), tables.teur(deadlines.loc[near, "unspent_eur"].sum()), border=True)
    third.metric(t("budget_at_risk"), tables.teur(deadlines["at_risk_eur"].sum()), border=True)


def show_table(table, rows: int, right: list[str], download: str, export: pd.DataFrame) -> None:
    """A table tall enough for its rows (up to 16, then it scrolls); money and counts right-aligned; under it
    CSV and Excel of `export` (euros, dates and Ja/Nein as values) named `download`."""
    height = common.table_height(max(1, min(rows, 16)))
    config = {name: st.column_config.TextColumn(alignment="right") for name in right}
    options = {"hide_index": True, "width": "stretch", "height": height, "column_config": config}
    tables_ui.show_table(table, rows, download=download, export=export, **options)


def breakdown(rows: pd.DataFrame, labels: list[str], first_column: str, key: str, horizontal: bool = True) -> None:
    """Plan against actual + committed for one breakdown: the chart, and the same figures as a table in T€
    (its download in euros)."""
    height = chart_height(len(rows)) if horizontal else 440
    words = plan_actual_in_words(rows, labels, key)
    show_chart(plan_actual_chart(rows, labels, horizontal), height=height, key=key, in_words=words)
    table, export = tables.money_table(rows, first_column, labels), tables.money_export(rows, first_column, labels)
    show_table(table, len(rows), tables.money_column_names(), DOWNLOAD_STEMS[key], export)


def chart_height(categories: int) -> int:
    return 140 + 52 * categories


def money_axis(values) -> tuple[float, str, str]:
    """Divisor, unit and tick format for a money axis: Mio. € for big figures, else T€."""
    biggest = max([v for v in values if pd.notna(v)], default=0)
    return (1e6, t("budget_unit_meur"), ",.1f") if biggest >= 2e6 else (1e3, t("budget_unit_teur"), ",.0f")


def plan_actual_in_words(rows: pd.DataFrame, labels: list[str], key: str) -> str:
    """The plan-against-actual chart in words: the categories with the biggest and the smallest updated budget,
    each with its actual + committed (T€)."""
    spent = rows["actual_eur"] + rows["committed_eur"]
    shown = [
        t("chart_words_plan_spent", plan=tables.teur(plan), spent=tables.teur(used))
        for plan, used in zip(rows["updated_plan_eur"], spent, strict=True)
    ]
    return categories_in_words(t(f"chart_words_budget_{key}"), labels, rows["updated_plan_eur"], shown)


def plan_actual_chart(rows: pd.DataFrame, labels: list[str], horizontal: bool = True) -> go.Figure:
    """Updated budget beside actual + committed (stacked), one pair of bars per category."""
    lang = language()
    labels = [plotly_text(label) for label in labels]  # lead units and fields as delivered: text, not HTML
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
