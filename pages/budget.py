"""Budget und Förderung: plan, committed, actual and forecast; funding sources, deadlines and money at risk."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import budget
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope

UNDER_USE_SHARE = 0.8
PLAN_COLOUR, ACTUAL_COLOUR, COMMITTED_COLOUR = "#004f9f", "#009e73", "#e69f00"
TINTS = {"grün": "#d9f0e3", "gelb": "#fde8c4", "rot": "#f7d4d1", None: "#eeeeee"}

lang = language()
scope = viewer_scope()
filters = current_filters()


def teur(value) -> str:
    """Money as the council papers show it: '220 T€'."""
    return "–" if pd.isna(value) else f"{formatting.number(value / 1000, 0, lang)} {t('budget_unit_teur')}"


def money_axis(values) -> tuple[float, str, str]:
    """Divisor, unit and tick format for a money axis: Mio. € for big figures, else T€."""
    biggest = max([v for v in values if pd.notna(v)], default=0)
    return (1e6, t("budget_unit_meur"), ",.1f") if biggest >= 2e6 else (1e3, t("budget_unit_teur"), ",.0f")


def plan_actual_chart(rows: pd.DataFrame, labels: list[str], horizontal: bool = True) -> go.Figure:
    """Updated budget beside actual + committed (stacked), one pair of bars per category."""
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
            customdata=[formatting.euro(v, 0, lang) for v in rows[column]],
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


def chart_height(categories: int) -> int:
    return 140 + 52 * categories


def money_table(rows: pd.DataFrame, first_column: str, labels) -> dict:
    """The figures a chart shows, as a table in T€."""
    used = (rows["actual_eur"] + rows["committed_eur"]) / rows["updated_plan_eur"].where(rows["updated_plan_eur"] > 0)
    return {
        first_column: labels,
        t("budget_planned"): [teur(v) for v in rows["planned_eur"]],
        t("budget_updated_plan"): [teur(v) for v in rows["updated_plan_eur"]],
        t("budget_committed"): [teur(v) for v in rows["committed_eur"]],
        t("budget_actual"): [teur(v) for v in rows["actual_eur"]],
        t("budget_available"): [teur(v) for v in rows["available_eur"]],
        t("budget_utilisation"): [formatting.percent(v, 0, lang) for v in used],
    }


def show_table(table, rows: int, right: list[str]) -> None:
    """A table tall enough for its rows (up to 16, then it scrolls); money and counts right-aligned."""
    height = 38 + 35 * max(1, min(rows, 16))
    config = {name: st.column_config.TextColumn(alignment="right") for name in right}
    st.dataframe(table, hide_index=True, width="stretch", height=height, column_config=config)


MONEY_COLUMNS = [
    "budget_planned",
    "budget_updated_plan",
    "budget_committed",
    "budget_actual",
    "budget_available",
    "budget_utilisation",
]


def signed_teur(value) -> str:
    return teur(value) if pd.isna(value) or value <= 0 else "+" + teur(value)


def tinted(table: dict, columns_and_statuses: dict[str, list]):
    """A table whose status columns carry their colour (symbol and word are in the cell)."""
    styler = pd.DataFrame(table).style
    for column, statuses in columns_and_statuses.items():
        tints = [f"background-color: {TINTS[s]}" for s in statuses]
        styler = styler.apply(lambda _, tints=tints: tints, subset=[column], axis=0)
    return styler


def source_label(source: str) -> str:
    return t(f"budget_source_{source}")


st.title(t("page_budget"))
st.caption(t("budget_intro"))
years = budget.budget_years(scope, filters)
if not years:
    st.info(t("empty_selection"))
    st.stop()
default_year = budget.default_budget_year(years, filters)
year = st.selectbox(t("budget_year"), years, index=years.index(default_year), key="budget_year", width=220)
totals = budget.year_totals(scope, filters, year)
if totals["total"].empty:
    st.info(t("empty_selection"))
    st.stop()
total = totals["total"].iloc[0]
data_as_of = total["actual_as_of_date"]


def data_as_of_caption(date=data_as_of) -> None:
    as_of_caption(date, t("budget_as_of_label"), t("budget_as_of_label"))


# 1. Headline of the selected year
st.subheader(t("budget_headline", year=year))
headline = [
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
for metrics in headline:
    for column, (key, value) in zip(st.columns(len(metrics)), metrics, strict=True):
        column.metric(t(key), teur(total[value]), help=formatting.euro(total[value], 0, lang), border=True)
data_as_of_caption()
st.caption(t("budget_forecast_method"))
if filters.reference_date < data_as_of.date():
    st.caption(
        t(
            "budget_reference_before_data",
            as_of=formatting.date(filters.reference_date, lang),
            data_as_of=formatting.date(data_as_of, lang),
        )
    )

# 2. Plan, committed and actual by lead unit, Handlungsfeld and year
st.subheader(t("budget_by_section"))
unit_tab, field_tab, year_tab = st.tabs([t("budget_tab_unit"), t("budget_tab_field"), t("budget_tab_year")])
money_columns = [t(k) for k in MONEY_COLUMNS]
with unit_tab:
    units = totals["lead_unit"]
    show_chart(plan_actual_chart(units, list(units["group_label"])), height=chart_height(len(units)), key="by_unit")
    show_table(money_table(units, t("budget_lead_unit"), units["group_label"]), len(units), money_columns)
    data_as_of_caption()
with field_tab:
    fields = totals["field"]
    show_chart(plan_actual_chart(fields, list(fields["group_label"])), height=chart_height(len(fields)), key="by_field")
    show_table(money_table(fields, t("budget_field"), fields["group_label"]), len(fields), money_columns)
    st.caption(t("budget_field_note"))
    data_as_of_caption()
with year_tab:
    yearly = budget.by_year(scope, filters)
    show_chart(plan_actual_chart(yearly, list(yearly["group_label"]), horizontal=False), height=440, key="by_year")
    show_table(money_table(yearly, t("budget_year_column"), yearly["group_label"]), len(yearly), money_columns)
    data_as_of_caption(yearly["actual_as_of_date"].max())

# 3. investiv vs konsumtiv
st.subheader(t("budget_type_section"))
types = totals["budget_type"]
type_labels = [t(f"budget_type_{k}") for k in types["group_key"]]
show_chart(plan_actual_chart(types, type_labels), height=chart_height(len(types)), key="by_type")
type_table = money_table(types, t("budget_type"), type_labels)
type_table[t("budget_share")] = [
    formatting.percent(v / total["updated_plan_eur"], 0, lang) for v in types["updated_plan_eur"]
]
show_table(type_table, len(types), [*money_columns, t("budget_share")])
data_as_of_caption()

# 4. Funding: sources and programmes, deadlines and money at risk
st.subheader(t("budget_funding_section"))
sources = totals["funding_source"]
show_chart(
    plan_actual_chart(sources, [source_label(s) for s in sources["group_key"]]),
    height=chart_height(len(sources)),
    key="by_source",
)
programmes = totals["funding_programme"]
programme_money = money_table(programmes, "", programmes["group_key"])
show_table(
    {
        t("budget_funding_source"): [source_label(s) for s in programmes["group_key"]],
        t("budget_funding_programme"): programmes["funding_programme"].fillna("–"),
        t("budget_next_deadline"): [formatting.date(d, lang) for d in programmes["next_deadline_date"]],
        **{name: programme_money[name] for name in money_columns if name != t("budget_planned")},
    },
    len(programmes),
    [t("budget_next_deadline"), *money_columns],
)
data_as_of_caption()

st.subheader(t("budget_deadlines_section"))
st.caption(t("budget_deadlines_scope", as_of=formatting.date(filters.reference_date, lang)))
deadlines = budget.funding_deadlines(scope, filters)
if deadlines.empty:
    st.info(t("budget_no_open_deadlines"))
else:
    near, late = deadlines["is_deadline_near"], deadlines["is_end_after_deadline"]
    first, second, third = st.columns(3)
    first.metric(t("budget_funded_open"), teur(deadlines["unspent_eur"].sum()), border=True)
    second.metric(t("budget_near_deadline_money"), teur(deadlines.loc[near, "unspent_eur"].sum()), border=True)
    third.metric(t("budget_at_risk"), teur(deadlines["at_risk_eur"].sum()), border=True)
    deadline_table = {
        t("budget_deadline"): [formatting.date(d, lang) for d in deadlines["funding_deadline_date"]],
        t("budget_days_left"): [formatting.number(d, 0, lang) for d in deadlines["days_left"]],
        t("budget_deadline_state"): [t("budget_deadline_near" if n else "budget_deadline_far") for n in near],
        t("budget_project"): deadlines["project_id"] + " " + deadlines["title"],
        t("budget_at_risk"): [teur(v) for v in deadlines["at_risk_eur"]],
        t("budget_end_after_deadline"): [t("budget_yes_risk" if r else "budget_no_risk") for r in late],
        t("budget_expected_end"): [formatting.date(d, lang) for d in deadlines["expected_end_date"]],
        t("budget_unspent"): [teur(v) for v in deadlines["unspent_eur"]],
        t("budget_available"): [teur(v) for v in deadlines["available_eur"]],
        t("budget_funding_source"): [source_label(s) for s in deadlines["funding_source"]],
        t("budget_funding_programme"): deadlines["funding_programme"],
        t("budget_year_column"): deadlines["budget_year"].astype(str),
        t("budget_lead_unit"): deadlines["lead_unit"],
    }
    styled = tinted(
        deadline_table,
        {
            t("budget_deadline_state"): ["gelb" if n else "grün" for n in near],
            t("budget_end_after_deadline"): ["rot" if r else "grün" for r in late],
        },
    )
    show_table(
        styled,
        len(deadlines),
        [t(k) for k in ("budget_days_left", "budget_at_risk", "budget_unspent", "budget_available")],
    )
    st.caption(t("budget_at_risk_method"))
    data_as_of_caption()

# 5. Year-end forecast by lead unit
st.subheader(t("budget_forecast_section", year=year))
forecast = totals["lead_unit"]
plan, expected = forecast["updated_plan_eur"], forecast["year_end_forecast_eur"]
assessment = [
    None if pd.isna(f) else "rot" if f > p else "gelb" if f < UNDER_USE_SHARE * p else "grün"
    for f, p in zip(expected, plan, strict=True)
]
words = {"rot": "budget_over", "gelb": "budget_under", "grün": "budget_on_plan", None: "budget_no_forecast"}
forecast_table = {
    t("budget_lead_unit"): forecast["group_label"],
    t("budget_assessment"): [t(words[a]) for a in assessment],
    t("budget_forecast"): [teur(v) for v in expected],
    t("budget_updated_plan"): [teur(v) for v in plan],
    t("budget_deviation"): [signed_teur(v) for v in expected - plan],
    t("budget_actual"): [teur(v) for v in forecast["actual_eur"]],
    t("budget_committed"): [teur(v) for v in forecast["committed_eur"]],
}
show_table(
    tinted(forecast_table, {t("budget_assessment"): assessment}),
    len(forecast),
    [t(k) for k in ("budget_forecast", "budget_updated_plan", "budget_deviation", "budget_actual", "budget_committed")],
)
st.caption(t("budget_assessment_note"))
data_as_of_caption()
