"""Texts of the Übersicht page (portfolio overview for the CDO): key -> (German, English)."""

TEXTS = {
    "overview_intro": (
        "Was steht schlecht, was hat sich seit dem letzten Board geändert, wohin fließt das Geld, "
        "welche Handlungsfelder haben kein Projekt?",
        "What is in trouble, what changed since the last Board, where does the money go, "
        "which fields of action have no project?",
    ),
    "overview_as_of": ("Stichtag", "Reference date"),
    "overview_headline": ("Auf einen Blick", "At a glance"),
    "overview_open_projects": ("Laufende Projekte", "Open projects"),
    "overview_no_report": ("ohne Bericht", "no report"),
    "overview_reports_on_time": ("Berichte pünktlich", "Reports on time"),
    "overview_reports_on_time_help": (
        "Anteil der aktiven Projekte (Planung, Umsetzung, Betrieb) mit Statusbericht für {month}",
        "Share of active projects (planning, implementation, operation) with a status report for {month}",
    ),
    "overview_reports_on_time_detail": (
        "Statusberichte für {month}, gemeldet bis zum Stichtag: {on_time} von {due} aktiven Projekten.",
        "Status reports for {month} received by the reference date: {on_time} of {due} active projects.",
    ),
    "overview_status_caption": (
        "Gesamtstatus der laufenden Projekte (ohne Abgeschlossen und Eingestellt) aus dem letzten Bericht, "
        "der bis zum Stichtag gemeldet war (ein Bericht zählt ab dem Tag, an dem er einging, ohne diese Angabe "
        "ab dem 1. des Folgemonats). Wo die Stabsstelle in diesem Monat bewertet hat, gilt ihre Bewertung, "
        "sonst die Selbsteinschätzung des Fachbereichs (Stabsstelle: {stabsstelle}, Fachbereich: {fachbereich}).",
        "Overall status of open projects (excluding completed and cancelled) from the latest report received "
        "by the reference date (a report counts from the day it came in, without that date from the first of "
        "the following month). Where the Stabsstelle assessed a project in that month its assessment is used, "
        "otherwise the department's self-assessment (Stabsstelle: {stabsstelle}, department: {fachbereich}).",
    ),
    "overview_phases": ("Projekte nach Phase", "Projects by phase"),
    "overview_budget_plan": ("Ansatz {year} (fortgeschrieben)", "Appropriation {year} (updated)"),
    "overview_budget_plan_help": (
        "Fortgeschriebener Ansatz (nach Übertragungen) aller Haushaltszeilen {year}",
        "Updated appropriation (after carry-overs) of all budget lines {year}",
    ),
    "overview_budget_committed": ("Obligo", "Committed"),
    "overview_budget_actual": ("Ist", "Actual"),
    "overview_budget_available": ("Verfügbar", "Available"),
    "overview_budget_caption": (
        "Haushaltsjahr {year}, Ansatz = fortgeschriebener Ansatz; verfügbar = Ansatz − Ist − Obligo. "
        "Ist-Stand: {date}.",
        "Budget year {year}, budget = updated appropriation; available = budget − actual − committed. "
        "Actuals as of {date}.",
    ),
}

TEXTS |= {
    "overview_attention": ("Handlungsbedarf", "Needs attention"),
    "overview_attention_none": (
        "Kein Handlungsbedarf: kein laufendes Projekt erfüllt eines der Kriterien.",
        "Nothing needs attention: no open project meets any of the criteria.",
    ),
    "overview_attention_count": (
        "{shown} von {total} Projekten mit Handlungsbedarf, nach Punkten sortiert.",
        "{shown} of {total} projects needing attention, ranked by points.",
    ),
    "overview_attention_count_all": (
        "{total} Projekte mit Handlungsbedarf, nach Punkten sortiert.",
        "{total} projects needing attention, ranked by points.",
    ),
    "overview_attention_one": (
        "1 Projekt mit Handlungsbedarf.",
        "1 project needing attention.",
    ),
    "overview_reports_pending": (
        "{count} Meldungen angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar ({projects}).",
        "{count} reports accepted, not yet loaded – visible after the next load ({projects}).",
    ),
    "overview_reports_pending_one": (
        "1 Meldung angenommen, noch nicht übernommen – nach dem nächsten Laden sichtbar ({projects}).",
        "1 report accepted, not yet loaded – visible after the next load ({projects}).",
    ),
    "overview_attention_all": (
        "Alle {total} Projekte mit Handlungsbedarf und allen Gründen zeigen",
        "Show all {total} projects needing attention with all their reasons",
    ),
    "overview_attention_method": (
        "So berechnet: Punkte je Projekt = Summe der Punkte seiner Gründe ({weights}). Förderfrist: Fördergeld, "
        "das bis zu einer Frist in den nächsten {days} Tagen noch nicht ausgegeben ist (wie auf der Seite Budget). "
        "Neues hohes Risiko: Bewertung ab {high}, nicht geschlossen, in den letzten {days} Tagen erkannt. "
        "CPI/SPI: Kosten- und Terminindex aus dem gemeldeten Fortschritt (wie im Projektsteckbrief), "
        "ein Wert unter {floor} zählt als Grund. Gleiche Punkte: rot vor gelb vor grün. "
        "Klick auf die Projekt-ID öffnet den Steckbrief.",
        "How it is calculated: points per project = sum of the points of its reasons ({weights}). Funding "
        "deadline: funding money not yet spent at a deadline within the next {days} days (as on the Budget "
        "page). New high risk: score {high} or more, not closed, identified in the last {days} days. CPI/SPI: "
        "cost and schedule performance index from the reported progress (as in the project profile), a value "
        "below {floor} counts as a reason. Equal points: red before amber before green. "
        "Click the project ID to open its profile.",
    ),
    "overview_weight_red": ("rot", "red"),
    "overview_weight_amber": ("gelb", "amber"),
    "overview_weight_board": ("Board-Entscheidung", "Board decision"),
    "overview_weight_worsened": ("verschlechtert", "worsened"),
    "overview_weight_cost": ("CPI unter Schwelle", "CPI below threshold"),
    "overview_weight_schedule": ("SPI unter Schwelle", "SPI below threshold"),
    "overview_weight_funding": ("Förderfrist", "funding deadline"),
    "overview_weight_milestone": ("Meilenstein verschoben", "milestone slipped"),
    "overview_weight_risk": ("neues hohes Risiko", "new high risk"),
    "overview_weight_report_stale": ("kein Bericht seit über 2 Monaten", "no report for over 2 months"),
    "overview_weight_report_missing": ("Bericht fehlt", "report missing"),
    "overview_col_points": ("Punkte", "Points"),
    "overview_col_project": ("Projekt", "Project"),
    "overview_col_title": ("Titel", "Title"),
    "overview_col_lead_unit": ("Federführung", "Lead unit"),
    "overview_col_reasons": ("Gründe", "Reasons"),
    "overview_col_status": ("Status gesamt", "Overall status"),
    "overview_reasons_more": ("+ {count} weitere", "+ {count} more"),
    "overview_reason_red": ("Gesamtstatus rot ({month})", "Overall status red ({month})"),
    "overview_reason_amber": ("Gesamtstatus gelb ({month})", "Overall status amber ({month})"),
    "overview_reason_board": ("Board-Entscheidung nötig: {text}", "Board decision needed: {text}"),
    "overview_reason_worsened": (
        "verschlechtert seit {month} (vorher {before})",
        "worsened since {month} (was {before})",
    ),
    "overview_reason_cost": ("Kostenindex CPI {value}", "Cost performance CPI {value}"),
    "overview_reason_schedule": ("Terminindex SPI {value}", "Schedule performance SPI {value}"),
    "overview_reason_funding": (
        "Förderfrist {date} ({programme}): {amount} noch nicht ausgegeben",
        "Funding deadline {date} ({programme}): {amount} not yet spent",
    ),
    "overview_reason_milestone": (
        "Meilenstein „{milestone}“ +{days} Tage",
        "Milestone “{milestone}” +{days} days",
    ),
    "overview_reason_milestones": (
        "{count} Meilensteine verschoben, bis +{days} Tage („{milestone}“)",
        "{count} milestones slipped, up to +{days} days (“{milestone}”)",
    ),
    "overview_reason_risk": ("neues hohes Risiko „{risk}“ ({score})", "new high risk “{risk}” ({score})"),
    "overview_reason_risks": (
        "{count} neue hohe Risiken, höchstes „{risk}“ ({score})",
        "{count} new high risks, highest “{risk}” ({score})",
    ),
    "overview_reason_report_missing": ("Statusbericht {month} fehlt", "Status report {month} missing"),
    "overview_reason_report_stale": (
        "kein Statusbericht seit über 2 Monaten (letzter: {month})",
        "no status report for over 2 months (last: {month})",
    ),
    "overview_reason_report_never": ("Noch kein Statusbericht", "No status report yet"),
}

TEXTS |= {
    "overview_tab_heatmap": ("Status je Dimension", "Status by dimension"),
    "overview_tab_fields": ("Strategie-Abdeckung", "Strategy coverage"),
    "overview_tab_changes": ("Veränderungen", "Changes"),
    "overview_heatmap_caption": (
        "Letzter Bericht je laufendem Projekt, schlechteste zuerst. Gezeigt: {shown} von {total} Projekten.",
        "Latest report per open project, worst first. Showing {shown} of {total} projects.",
    ),
    "overview_heatmap_in_words": (
        "In Worten: {projects} Projekte; rot je Dimension: {red}; zuoberst (am schlechtesten): {worst}.",
        "In words: {projects} projects; red per dimension: {red}; at the top (worst): {worst}.",
    ),
    "overview_fields_in_words": (
        "In Worten: {covered} von {total} Handlungsfeldern mit aktivem Projekt; die meisten Projekte: {field} "
        "({projects}). Die Tabelle unten enthält alle Werte.",
        "In words: {covered} of {total} fields of action with an active project; most projects: {field} "
        "({projects}). The table below holds every value.",
    ),
    "overview_heatmap_none": (
        "Für die laufenden Projekte dieser Auswahl ist bis zum Stichtag kein Statusbericht gemeldet.",
        "No status report received by the reference date for the open projects of this selection.",
    ),
    "overview_dim_overall": ("Gesamt", "Overall"),
    "overview_dim_schedule": ("Termine", "Schedule"),
    "overview_dim_budget": ("Budget", "Budget"),
    "overview_dim_scope": ("Umfang/Qualität", "Scope/quality"),
    "overview_dim_risks": ("Risiken", "Risks"),
    "overview_hover_report": ("Bericht {month}, Bewertung: {assessor}", "Report {month}, assessed by: {assessor}"),
    "overview_fields_uncovered": (
        "Ohne aktives Projekt (Idee, Planung, Umsetzung, Betrieb): {fields}",
        "No active project (idea, planning, implementation, operation): {fields}",
    ),
    "overview_fields_all_covered": (
        "Jedes Handlungsfeld hat mindestens ein aktives Projekt.",
        "Every field of action has at least one active project.",
    ),
    "overview_fields_caption": (
        "Zugeordnet nach primärem Handlungsfeld; „als weiteres Feld“ zählt Projekte, die es als zweites nennen.",
        "Assigned by primary field of action; “as second field” counts projects naming it as their second field.",
    ),
    "overview_col_field": ("Handlungsfeld", "Field of action"),
    "overview_col_projects": ("Projekte", "Projects"),
    "overview_col_active": ("davon aktiv", "of which active"),
    "overview_col_secondary": ("als weiteres Feld", "as second field"),
    "overview_col_total_budget": ("Gesamtbudget", "Total budget"),
    "overview_col_plan_year": ("Ansatz {year} (fortgeschrieben)", "Appropriation {year} (updated)"),
    "overview_col_coverage": ("Abdeckung", "Coverage"),
    "overview_covered": ("✔ aktiv", "✔ active"),
    "overview_uncovered": ("✖ kein aktives Projekt", "✖ no active project"),
    "overview_chart_active": ("aktiv", "active"),
    "overview_chart_inactive": ("abgeschlossen/eingestellt", "completed/cancelled"),
    "overview_chart_axis_projects": ("Projekte", "Projects"),
}

TEXTS |= {
    "overview_since": ("Veränderungen seit", "Changes since"),
    "overview_since_help": (
        "Vorbelegt mit der letzten Board-Sitzung vor dem Stichtag ({meeting}).",
        "Preset to the last Board meeting before the reference date ({meeting}).",
    ),
    "overview_since_after_as_of": (
        "Das gewählte Datum liegt nach dem Stichtag. Bitte ein früheres Datum wählen.",
        "The chosen date is after the reference date. Please choose an earlier date.",
    ),
    "overview_changes_window": (
        "Vergleich: letzter vor dem {since} gemeldeter Bericht mit dem letzten bis {as_of} gemeldeten.",
        "Comparing the latest report received before {since} with the latest received by {as_of}.",
    ),
    "overview_new_red": ("Neu rot", "Newly red"),
    "overview_worsened": ("Verschlechtert", "Worsened"),
    "overview_worsened_help": (
        "Schlechter als vorher, aber nicht neu rot (die stehen links).",
        "Worse than before but not newly red (those are counted on the left).",
    ),
    "overview_improved": ("Verbessert", "Improved"),
    "overview_milestones_done": ("Meilensteine erreicht", "Milestones reached"),
    "overview_new_risks": ("Neue hohe Risiken", "New high risks"),
    "overview_change_new_red": ("✖ neu rot", "✖ newly red"),
    "overview_change_worsened": ("↘ verschlechtert", "↘ worsened"),
    "overview_change_improved": ("↗ verbessert", "↗ improved"),
    "overview_changes_none": ("Keine Statusänderung in diesem Zeitraum.", "No status change in this period."),
    "overview_milestones_none": (
        "Kein Meilenstein in diesem Zeitraum erreicht.",
        "No milestone reached in this period.",
    ),
    "overview_risks_none": ("Kein neues hohes Risiko in diesem Zeitraum.", "No new high risk in this period."),
    "overview_col_change": ("Veränderung", "Change"),
    "overview_col_before": ("Vorher", "Before"),
    "overview_col_now": ("Jetzt", "Now"),
    "overview_col_milestone": ("Meilenstein", "Milestone"),
    "overview_col_baseline": ("Basisplan", "Baseline"),
    "overview_col_reached": ("Erreicht am", "Reached on"),
    "overview_col_slip": ("Abweichung (Tage)", "Deviation (days)"),
    "overview_col_risk": ("Risiko", "Risk"),
    "overview_col_score": ("Bewertung (W × A)", "Score (P × I)"),
    "overview_col_identified": ("Erfasst am", "Identified on"),
    "overview_col_probability": ("Wahrscheinlichkeit (1–5)", "Probability (1–5)"),
    "overview_col_impact": ("Auswirkung (1–5)", "Impact (1–5)"),
    "overview_risks_caption": (
        "Hohe Risiken: Wahrscheinlichkeit × Auswirkung ≥ {high} (Skala 1 bis 25).",
        "High risks: probability × impact ≥ {high} (scale 1 to 25).",
    ),
    # figures without history in the deliveries (cockpit.ui.sections.today_value_caption)
    "overview_no_history_phases": ("Phasen und offene Projekte", "Phases and open projects"),
    "overview_no_history_budget": ("Ansatz, Obligo und Ist", "Budget, committed and actual"),
    "overview_no_history_attention": (
        "Phase, Risikostatus und noch nicht ausgegebenes Fördergeld",
        "Phase, risk status and unspent funding money",
    ),
    "overview_no_history_attention_reported": (
        "Risikostatus und noch nicht ausgegebenes Fördergeld",
        "Risk status and unspent funding money",
    ),
    "overview_no_history_coverage": ("Phasen der Projekte je Handlungsfeld", "Project phases per field of action"),
}
