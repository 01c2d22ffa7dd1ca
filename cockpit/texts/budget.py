"""Texts of the page Budget und Förderung: key -> (German, English)."""

TEXTS = {
    "budget_intro": (
        "Wohin fließt das Geld, was ist gebunden und ausgegeben, welche Fördermittel sind gefährdet? "
        "Beträge in T€ wie in den Ratsvorlagen.",
        "Where does the money go, what is committed and spent, which grants are at risk? "
        "Amounts in k€ as in council papers.",
    ),
    "budget_year": ("Haushaltsjahr", "Budget year"),
    "budget_headline": ("Haushaltsjahr {year} auf einen Blick", "Budget year {year} at a glance"),
    "budget_planned": ("Ansatz (ursprünglich)", "Appropriation (original)"),
    "budget_updated_plan": ("Ansatz (fortgeschrieben)", "Appropriation (updated)"),
    "budget_committed": ("Obligo", "Committed (Obligo)"),
    "budget_actual": ("Ist", "Actual (Ist)"),
    "budget_available": ("Verfügbar", "Available"),
    "budget_forecast": ("Prognose 31.12.", "Forecast 31 Dec"),
    "budget_as_of_label": ("Datenstand (Ist-Stand)", "Data as of (actuals)"),
    "budget_forecast_method": (
        "Verfügbar = fortgeschriebener Ansatz − Ist − Obligo. Ausschöpfung = (Ist + Obligo) ÷ fortgeschriebener "
        "Ansatz. Prognose zum 31.12.: das Ist, hochgerechnet "
        "mit dem bisherigen Tagesverbrauch (Ist ÷ Tage vom 1.1. bis zum Ist-Stand × Tage des Jahres), plus das "
        "Obligo, das bis Jahresende zu Ist wird. Abgeschlossene Jahre: das Ist. Jahre ohne Ist: keine Prognose.",
        "Available = updated budget − actual − committed. Utilisation = (actual + committed) ÷ updated budget. "
        "Forecast for 31 December: the actual, extrapolated "
        "at the daily burn rate so far (actual ÷ days from 1 January to the actuals date × days of the year), "
        "plus the committed amount, which becomes actual by year end. Closed years: the actual. Years without "
        "actuals: no forecast.",
    ),
    "budget_unit_teur": ("T€", "k€"),
    "budget_unit_meur": ("Mio. €", "€ m"),
    "budget_by_section": ("Plan, Obligo und Ist", "Plan, committed and actual"),
    "budget_tab_unit": ("Nach Federführung", "By lead unit"),
    "budget_tab_field": ("Nach Handlungsfeld", "By field of action"),
    "budget_tab_year": ("Nach Jahr", "By year"),
    "budget_lead_unit": ("Federführung", "Lead unit"),
    "budget_field": ("Handlungsfeld", "Field of action"),
    "budget_field_note": (
        "Zugeordnet nach dem ersten Handlungsfeld des Projekts, damit kein Euro doppelt zählt.",
        "Assigned by the project's primary field of action, so no euro counts twice.",
    ),
    "budget_year_column": ("Jahr", "Year"),
    "budget_utilisation": ("Ausschöpfung", "Utilisation"),
    "budget_type_section": ("Investiv und konsumtiv", "Investment and running costs"),
    "budget_type": ("Art", "Type"),
    "budget_share": ("Anteil am fortgeschriebenen Ansatz", "Share of updated budget"),
    "budget_funding_section": ("Finanzierung und Förderprogramme", "Funding and grant programmes"),
    "budget_funding_source": ("Finanzierung", "Funding"),
    "budget_funding_programme": ("Förderprogramm", "Programme"),
    "budget_next_deadline": ("Nächste offene Förderfrist", "Next open deadline"),
    "budget_deadlines_section": ("Förderfristen und Geld im Risiko", "Funding deadlines and money at risk"),
    "budget_deadlines_scope": (
        "Alle geförderten Haushaltszeilen (Bund, Land, EU) aller Jahre mit Frist am oder nach dem Stichtag {as_of}.",
        "All funded budget lines (federal, state, EU) of all years with a deadline on or after the reference "
        "date {as_of}.",
    ),
    "budget_at_risk_method": (
        "Geld im Risiko = gefördertes Geld, das noch nicht ausgegeben ist (fortgeschriebener Ansatz − Ist, also "
        "einschließlich Obligo, denn erst Zahlungen zählen für die Förderung), auf Zeilen, deren Förderfrist vor "
        "dem voraussichtlichen Projektende liegt. Voraussichtliches Projektende = das spätere von geplantem "
        "Projektende und spätestem Meilenstein (erreicht oder prognostiziert, letzter bis zum Stichtag "
        "gemeldeter Bericht). Tage bis Frist ab Stichtag; Frist in höchstens 90 Tagen ist hervorgehoben.",
        "Money at risk = funded money not yet spent (updated budget − actual, so including committed money, "
        "since only payments count for a grant) on lines whose deadline lies before the project's expected end. "
        "Expected end = the later of the planned end and the latest milestone (reached or forecast, latest "
        "report received by the reference date). Days left from the reference date; deadlines within 90 days are "
        "highlighted.",
    ),
    "budget_no_open_deadlines": (
        "Keine geförderten Haushaltszeilen mit offener Förderfrist in dieser Auswahl.",
        "No funded budget lines with an open deadline in this selection.",
    ),
    "budget_funded_open": ("Gefördert, noch nicht ausgegeben", "Funded, not yet spent"),
    "budget_near_deadline_money": ("davon Frist ≤ 90 Tage", "of which deadline ≤ 90 days"),
    "budget_at_risk": ("Geld im Risiko", "Money at risk"),
    "budget_project": ("Projekt", "Project"),
    "budget_deadline": ("Förderfrist", "Funding deadline"),
    "budget_days_left": ("Tage bis Frist", "Days left"),
    "budget_deadline_state": ("Frist", "Deadline"),
    "budget_deadline_near": ("▲ nah (≤ 90 Tage)", "▲ near (≤ 90 days)"),
    "budget_deadline_far": ("✔ mehr als 90 Tage", "✔ more than 90 days"),
    "budget_deadline_near_column": ("Frist nah (≤ 90 Tage)", "Deadline near (≤ 90 days)"),
    "budget_unspent": ("Noch nicht ausgegeben", "Not yet spent"),
    "budget_expected_end": ("Voraussichtliches Projektende", "Expected project end"),
    "budget_end_after_deadline": ("Projektende nach Frist", "Project ends after deadline"),
    "budget_yes_risk": ("✖ ja", "✖ yes"),
    "budget_no_risk": ("✔ nein", "✔ no"),
    "budget_forecast_section": (
        "Prognose zum 31.12.{year} nach Federführung",
        "Forecast for 31 Dec {year} by lead unit",
    ),
    "budget_deviation": ("Prognose − fortg. Ansatz", "Forecast − updated budget"),
    "budget_assessment": ("Einschätzung", "Assessment"),
    "budget_over": ("✖ Überschreitung", "✖ overspend"),
    "budget_under": ("▲ unter 80 % ausgeschöpft", "▲ less than 80 % used"),
    "budget_on_plan": ("✔ im Plan", "✔ on plan"),
    "budget_no_forecast": ("○ keine Prognose", "○ no forecast"),
    "budget_assessment_note": (
        "Überschreitung: Prognose über dem fortgeschriebenen Ansatz. Unter 80 %: voraussichtlich bleiben mehr "
        "als 20 % des fortgeschriebenen Ansatzes ungenutzt.",
        "Overspend: forecast above the updated budget. Less than 80 %: more than 20 % of the updated budget "
        "will probably remain unused.",
    ),
    # figures without history in the deliveries (cockpit.ui.sections.today_value_caption)
    "budget_no_history": ("Ansatz, Obligo, Ist und Prognose", "Budget, committed, actual and forecast"),
    "budget_no_history_by_year": (
        "Ansatz, Obligo und Ist der Haushaltsjahre",
        "Budget, committed and actual of the budget years",
    ),
}
