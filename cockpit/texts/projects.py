"""Texts of the Projektliste and Projektsteckbrief pages: key -> (German, English)."""

TEXTS = {
    "projects_search": (
        "Suche (Nr., Titel, Beschreibung, Federführung, Partner)",
        "Search (no., title, summary, lead unit, partners)",
    ),
    "projects_count": ("{count} Projekte", "{count} projects"),
    "projects_no_match": (
        "Kein Projekt passt zur Suche „{search}“ und zu den Filtern.",
        "No project matches the search “{search}” and the filters.",
    ),
    "projects_click_hint": (
        "Eine Zeile anklicken öffnet den Projektsteckbrief.",
        "Click a row to open the project profile.",
    ),
    "projects_status_note": (
        "Status aus dem letzten bis zum Stichtag gemeldeten Bericht; liegen für einen Monat Fachbereich und "
        "Stabsstelle vor, gilt die Bewertung der Stabsstelle.",
        "Status from the latest report received by the reference date; where both the department and the "
        "Stabsstelle assessed a month, the Stabsstelle's assessment counts.",
    ),
    "projects_download_xlsx": ("Als Excel herunterladen", "Download as Excel"),
    "projects_all_columns": ("Alle Spalten", "All columns"),
    "projects_all_columns_help": (
        "Zeigt auch Dezernat, Handlungsfeld, Priorität, Beginn, Ende, Fertigstellung, Gesamtbudget und den "
        "letzten Bericht (dann ist die Tabelle breiter als ein Beamer). Die Downloads enthalten immer alle Spalten.",
        "Also shows Dezernat, field of action, priority, start, end, completion, total budget and the latest report "
        "(the table is then wider than a projector). The downloads always hold every column.",
    ),
    "projects_col_status_overall": ("Status", "Status"),
    "projects_col_status_schedule": ("Termine", "Schedule"),
    "projects_col_status_budget": ("Budget", "Budget"),
    "projects_col_id": ("Nr.", "No."),
    "projects_col_title": ("Titel", "Title"),
    "projects_col_lead_unit": ("Federführung", "Lead unit"),
    "projects_col_dezernat": ("Dezernat", "Dezernat"),
    "projects_col_field": ("Handlungsfeld", "Field of action"),
    "projects_col_phase": ("Phase", "Phase"),
    "projects_col_priority": ("Priorität", "Priority"),
    "projects_col_start": ("Beginn (geplant)", "Planned start"),
    "projects_col_end": ("Ende (geplant)", "Planned end"),
    "projects_col_complete": ("Fertigstellung", "Complete"),
    "projects_col_budget_total": ("Gesamtbudget", "Total budget"),
    "projects_col_report_month": ("Letzter Bericht", "Latest report"),
}

TEXTS |= {
    "projects_choose": ("Projekt", "Project"),
    "projects_choose_placeholder": ("Projekt wählen …", "Choose a project …"),
    "projects_none_chosen": ("Bitte oben ein Projekt wählen.", "Please choose a project above."),
    "projects_none_in_scope": ("In Ihrer Sicht gibt es keine Projekte.", "There are no projects in your view."),
    "projects_not_available": (
        "Das Projekt „{project_id}“ ist in Ihrer Sicht nicht verfügbar: Es gibt es nicht, oder es liegt "
        "außerhalb Ihres Zuständigkeitsbereichs. Bitte ein Projekt aus der Liste wählen.",
        "Project “{project_id}” is not available in your view: it does not exist or lies outside your "
        "remit. Please choose a project from the list.",
    ),
    "projects_master": ("Stammdaten", "Master data"),
    "projects_summary": ("Beschreibung", "Summary"),
    "projects_fields": ("Handlungsfelder", "Fields of action"),
    "projects_flagship": ("Leuchtturmprojekt", "Flagship project"),
    "projects_role": ("Projektleitung (Rolle)", "Project lead (role)"),
    "projects_partners": ("Partner", "Partners"),
    "projects_funding": ("Förderprogramm", "Funding programme"),
    "projects_yes": ("ja", "yes"),
    "projects_no": ("nein", "no"),
    "projects_none": ("keine", "none"),
    "projects_status_history": ("Statusverlauf", "Status history"),
    "projects_no_reports": (
        "Bis zum Stichtag ist kein Statusbericht gemeldet.",
        "No status report was received by the reference date.",
    ),
    "projects_col_month": ("Berichtsmonat", "Reporting month"),
    "projects_col_assessed_by": ("Bewertung durch", "Assessed by"),
    "projects_dim_overall": ("Gesamt", "Overall"),
    "projects_dim_schedule": ("Termine", "Schedule"),
    "projects_dim_budget": ("Budget", "Budget"),
    "projects_dim_scope": ("Umfang/Qualität", "Scope/quality"),
    "projects_dim_risks": ("Risiken", "Risks"),
    "projects_reasons": ("Begründungen", "Reasons"),
    "projects_no_reasons": ("Keine Begründungen berichtet.", "No reasons reported."),
    "projects_col_reason": ("Begründung", "Reason"),
    "projects_col_board": ("Entscheidung des Boards nötig", "Board decision needed"),
    "projects_comparison": (
        "Selbsteinschätzung und Bewertung der Stabsstelle",
        "Self-assessment and the Stabsstelle's assessment",
    ),
    "projects_comparison_none": ("Für keinen Monat liegen beide Bewertungen vor.", "No month has both assessments."),
    "projects_comparison_month": ("Berichtsmonat {month}", "Reporting month {month}"),
    "projects_col_dimension": ("Dimension", "Dimension"),
    "projects_col_department": ("Fachbereich (Selbsteinschätzung)", "Department (self-assessment)"),
    "projects_col_office": ("Stabsstelle", "Stabsstelle"),
    "projects_col_difference": ("Abweichung", "Difference"),
    "projects_same": ("gleich", "same"),
    "projects_office_worse": ("Stabsstelle sieht es kritischer", "Stabsstelle sees it as worse"),
    "projects_office_better": ("Stabsstelle sieht es günstiger", "Stabsstelle sees it as better"),
    "projects_differences": (
        "{count} von 5 Dimensionen weichen ab: {dimensions}.",
        "{count} of 5 dimensions differ: {dimensions}.",
    ),
    "projects_no_differences": (
        "Beide Bewertungen stimmen in allen Dimensionen überein.",
        "Both assessments agree in every dimension.",
    ),
}

TEXTS |= {
    "projects_mta": ("Meilenstein-Trendanalyse", "Milestone trend analysis"),
    "projects_mta_none": (
        "Bis zum Stichtag sind keine Meilensteine berichtet.",
        "No milestones reported up to the reference date.",
    ),
    "projects_mta_x": ("Berichtsmonat", "Reporting month"),
    "projects_mta_y": ("Prognostizierter Termin", "Forecast date"),
    "projects_mta_diagonal": ("Termin = Berichtsmonat", "Date = reporting month"),
    "projects_mta_explain": (
        "Jede Linie ist ein Meilenstein: waagerecht = Termin hält, steigend = Termin rutscht. "
        "Trifft eine Linie die Diagonale, ist der Meilenstein erreicht.",
        "Each line is a milestone: flat = on time, rising = slipping. Where a line meets the diagonal, "
        "the milestone is reached.",
    ),
    "projects_col_milestone": ("Meilenstein", "Milestone"),
    "projects_col_baseline": ("Basisplan", "Baseline"),
    "projects_col_latest": ("Letzte Prognose / Ist", "Latest forecast / actual"),
    "projects_col_reached": ("Erreicht", "Reached"),
    "projects_col_slip": ("Verschiebung (Tage)", "Slip (days)"),
    "projects_risks": ("Risiken", "Risks"),
    "projects_risks_none": (
        "Bis zum Stichtag sind keine Risiken erfasst.",
        "No risks recorded up to the reference date.",
    ),
    "projects_probability": ("Eintrittswahrscheinlichkeit (1–5)", "Probability (1–5)"),
    "projects_impact": ("Auswirkung (1–5)", "Impact (1–5)"),
    "projects_risk_low": ("gering", "low"),
    "projects_risk_medium": ("mittel", "medium"),
    "projects_risk_high": ("hoch", "high"),
    "projects_risk_legend": (
        "Felder: grün = gering (1–4), gelb = mittel (5–11), rot = hoch (12–25), "
        "Wert = Wahrscheinlichkeit × Auswirkung. Geschlossene Risiken stehen nur in der Tabelle.",
        "Cells: green = low (1–4), amber = medium (5–11), red = high (12–25), "
        "score = probability × impact. Closed risks are listed but not placed.",
    ),
    "projects_col_risk": ("Risiko", "Risk"),
    "projects_col_score": ("Wert", "Score"),
    "projects_col_risk_status": ("Status", "Status"),
    "projects_col_mitigation": ("Maßnahme", "Mitigation"),
    "projects_col_owner": ("Verantwortlich", "Owner"),
    "projects_col_identified": ("Erfasst am", "Identified"),
}

TEXTS |= {
    "projects_budget": ("Budget im Zeitverlauf", "Budget over time"),
    "projects_budget_none": (
        "Für dieses Projekt sind keine Haushaltszeilen geliefert.",
        "No budget lines were delivered for this project.",
    ),
    "projects_col_year": ("Jahr", "Year"),
    "projects_ansatz": ("Ansatz (fortgeschrieben)", "Appropriation (updated)"),
    "projects_obligo": ("Obligo", "Committed"),
    "projects_ist": ("Ist", "Actual"),
    "projects_forecast": ("Prognose Jahresende", "Year-end forecast"),
    "projects_forecast_explain": (
        "Prognose {year}: Ist {actual} bis {as_of} ({days} von {days_in_year} Tagen) hochgerechnet auf "
        "das ganze Jahr = {forecast}. Die Tage werden höchstens bis Jahresende gezählt.",
        "Forecast {year}: actual {actual} up to {as_of} ({days} of {days_in_year} days) extrapolated to "
        "the whole year = {forecast}. Days are counted up to the year's end at most.",
    ),
    "projects_forecast_over": (
        "Die Prognose liegt {amount} über dem Ansatz.",
        "The forecast exceeds the appropriation by {amount}.",
    ),
    "projects_forecast_under": (
        "Die Prognose liegt {amount} unter dem Ansatz.",
        "The forecast is {amount} below the appropriation.",
    ),
    "projects_performance": ("Kosten- und Terminleistung", "Cost and schedule performance"),
    "projects_performance_none": (
        "Keine Kennzahlen: Bis zum Stichtag ist kein Fertigstellungsgrad berichtet.",
        "No figures: no percent complete was reported up to the reference date.",
    ),
    "projects_cpi": ("Kostenleistung (CPI)", "Cost performance (CPI)"),
    "projects_spi": ("Terminleistung (SPI)", "Schedule performance (SPI)"),
    "projects_earned_value": ("Fertigstellungswert", "Earned value"),
    "projects_performance_explain": (
        "Fertigstellungswert = {percent} × Gesamtbudget = {ev}; CPI = Fertigstellungswert / Ist-Kosten "
        "({ac}); SPI = Fertigstellungswert / Planwert ({pv}, Anteil der geplanten Laufzeit bis zum "
        "Stichtag). Über 1 = besser als geplant, unter 1 = schlechter.",
        "Earned value = {percent} × total budget = {ev}; CPI = earned value / actual cost ({ac}); "
        "SPI = earned value / planned value ({pv}, share of the planned duration elapsed at the "
        "reference date). Above 1 = better than planned, below 1 = worse.",
    ),
    "projects_kpis": ("Kennzahlen, die das Projekt bewegen soll", "KPIs the project is meant to move"),
    "projects_kpis_none": ("Mit diesem Projekt ist keine Kennzahl verknüpft.", "No KPI is linked to this project."),
    "projects_col_kpi": ("Kennzahl", "KPI"),
    "projects_col_kpi_value": ("Letzter Wert (gesamte Stadt)", "Latest value (whole city)"),
    "projects_col_kpi_period": ("Stand", "As of"),
    "projects_col_kpi_target": ("Ziel", "Target"),
    "projects_col_kpi_target_year": ("Zieljahr", "Target year"),
    "projects_col_unit": ("Einheit", "Unit"),
    "projects_budget_as_of": ("Ist-Stand", "Actuals as of"),
    "projects_public_note": (
        "öffentliche Angaben: Titel, Federführung, Handlungsfeld und Phase",
        "public fields: title, lead unit, field of action and phase",
    ),
    "projects_search_public": ("Suche (Nr., Titel, Federführung)", "Search (no., title, lead unit)"),
    # figures without history in the deliveries (cockpit.ui.sections.today_value_caption)
    "projects_no_history_master": ("Phase und Stammdaten", "Phase and master data"),
    "projects_no_history_master_only": ("Stammdaten", "Master data"),
    "projects_no_history_risks": ("Status und Bewertung der Risiken", "Risk status and rating"),
    "projects_no_history_budget": ("Ansatz, Obligo und Ist", "Budget, committed and actual"),
    "projects_no_history_cost": ("Ist-Kosten (AC)", "Actual cost (AC)"),
}
