"""Budget und Förderung: plan, committed, actual and forecast; funding sources, deadlines and money at risk."""

from cockpit import views
from cockpit.data_access import budget
from cockpit.ui.context import current_viewer, t, tr
from cockpit.ui.sections import page_header, section, stop_if

viewer = current_viewer()

page_header(t("page_budget"), t("budget_intro"))
years = budget.budget_years(viewer)
stop_if(not years, t("empty_selection"))
year = views.budget.year_choice(viewer, years)
totals = budget.year_totals(viewer, year)
stop_if(totals["total"].empty, t("empty_selection"))
total = totals["total"].iloc[0]
actuals = {"as_of": total["actual_as_of_date"], "as_of_labels": views.budget.ACTUALS_AS_OF_LABELS}

with section(t("budget_headline", year=year)):
    views.budget.headline(viewer, total)

with section(t("budget_by_section")):
    views.budget.breakdowns(viewer, totals)

with section(t("budget_type_section"), **actuals):
    views.budget.by_type(totals)

with section(t("budget_funding_section"), **actuals):
    views.budget.by_funding(totals)

with section(t("budget_deadlines_section"), t("budget_deadlines_scope", as_of=tr().date(viewer.reference_date))):
    views.budget.deadlines(viewer, total)

with section(t("budget_forecast_section", year=year), **actuals):
    views.budget.year_end_forecast(totals)
