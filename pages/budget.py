"""Budget und Förderung: plan, committed, actual and forecast; funding sources, deadlines and money at risk."""

import streamlit as st

from cockpit import formatting, views
from cockpit.data_access import budget
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()


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
views.budget.headline_metrics(total)
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
with unit_tab:
    units = totals["lead_unit"]
    views.budget.breakdown(units, list(units["group_label"]), t("budget_lead_unit"), key="by_unit")
    data_as_of_caption()
with field_tab:
    fields = totals["field"]
    views.budget.breakdown(fields, list(fields["group_label"]), t("budget_field"), key="by_field")
    st.caption(t("budget_field_note"))
    data_as_of_caption()
with year_tab:
    yearly = budget.by_year(scope, filters)
    year_labels = list(yearly["group_label"])
    views.budget.breakdown(yearly, year_labels, t("budget_year_column"), key="by_year", horizontal=False)
    data_as_of_caption(yearly["actual_as_of_date"].max())

# 3. investiv vs konsumtiv
st.subheader(t("budget_type_section"))
types = totals["budget_type"]
type_height = views.budget.chart_height(len(types))
show_chart(views.budget.plan_actual_chart(types, views.budget.type_labels(types)), height=type_height, key="by_type")
money_columns = views.budget.money_column_names()
views.budget.show_table(views.budget.type_table(types, total), len(types), [*money_columns, t("budget_share")])
data_as_of_caption()

# 4. Funding: sources and programmes, deadlines and money at risk
st.subheader(t("budget_funding_section"))
sources = totals["funding_source"]
source_height = views.budget.chart_height(len(sources))
show_chart(
    views.budget.plan_actual_chart(sources, views.budget.source_labels(sources)), height=source_height, key="by_source"
)
programmes = totals["funding_programme"]
programme_columns = [t("budget_next_deadline"), *money_columns]
views.budget.show_table(views.budget.programme_table(programmes), len(programmes), programme_columns)
data_as_of_caption()

st.subheader(t("budget_deadlines_section"))
st.caption(t("budget_deadlines_scope", as_of=formatting.date(filters.reference_date, lang)))
deadlines = budget.funding_deadlines(scope, filters)
if deadlines.empty:
    st.info(t("budget_no_open_deadlines"))
else:
    views.budget.deadline_metrics(deadlines)
    right = [t(k) for k in ("budget_days_left", "budget_at_risk", "budget_unspent", "budget_available")]
    views.budget.show_table(views.budget.deadline_table(deadlines), len(deadlines), right)
    st.caption(t("budget_at_risk_method"))
    data_as_of_caption()

# 5. Year-end forecast by lead unit
st.subheader(t("budget_forecast_section", year=year))
forecast = totals["lead_unit"]
right = [
    t(k) for k in ("budget_forecast", "budget_updated_plan", "budget_deviation", "budget_actual", "budget_committed")
]
views.budget.show_table(views.budget.forecast_table(forecast), len(forecast), right)
st.caption(t("budget_assessment_note"))
data_as_of_caption()
