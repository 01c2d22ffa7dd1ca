"""Texts of the Sitzungsmodus (board mode) and the meeting slides: key -> (German, English)."""

TEXTS = {
    # slides: titles and subtitles
    "board_subtitle": ("Sitzung am {meeting} · Datenstand {data}", "Meeting on {meeting} · Data as of {data}"),
    "board_title_subtitle": ("Smart-City-Cockpit Braunschweig", "Smart City Cockpit Braunschweig"),
    "board_title_meeting": ("Sitzung am {date}", "Meeting on {date}"),
    "board_title_data": ("Datenstand {date}", "Data as of {date}"),
    "board_title_scope_all": ("Sicht: gesamtes Portfolio", "View: whole portfolio"),
    "board_title_scope_units": ("Sicht: Federführung {units}", "View: lead units {units}"),
    "board_slide_portfolio": ("Portfolio auf einen Blick", "Portfolio at a glance"),
    "board_slide_changes": ("Veränderungen seit dem letzten Board", "Changes since the last Board"),
    "board_slide_decisions": ("Entscheidungsbedarf", "Decisions needed"),
    "board_slide_risks": ("Top-Risiken", "Top risks"),
    "board_slide_budget": ("Budget und Förderung {year}", "Budget and funding {year}"),
    "board_slide_kpis": ("Leuchtturm-Kennzahlen", "Flagship KPIs"),
    "board_slide_milestones": ("Anstehende Meilensteine (90 Tage)", "Coming milestones (90 days)"),
    # portfolio
    "board_projects_open": ("{open} offene von {total} Projekten", "{open} open of {total} projects"),
    "board_status_projects": ("{count} Projekte", "{count} projects"),
    "board_status_project": ("{count} Projekt", "{count} project"),
    "board_budget_headline": (
        "Ansatz {year} (fortgeschrieben): {plan}, davon {actual} Ist",
        "Appropriation {year} (updated): {plan}, {actual} spent",
    ),
    "board_phase_axis": ("Projekte je Phase", "Projects per phase"),
    "board_figure_open": ("Offene Projekte", "Open projects"),
    "board_figure_budget_plan": ("Ansatz {year} (fortgeschrieben)", "Appropriation {year} (updated)"),
    "board_figure_budget_actual": ("davon Ist", "of which spent"),
    # changes
    "board_changes_since": (
        "Seit der Sitzung am {meeting} (Datenstand {data}):",
        "Since the meeting on {meeting} (data as of {data}):",
    ),
    "board_changes_none_before": (
        "Keine frühere vorbereitete Sitzung dieses Umfangs: nichts zu vergleichen.",
        "No earlier prepared meeting of this scope: nothing to compare.",
    ),
    "board_changes_counts": (
        "{new_red} neu rot · {worsened} verschlechtert · {improved} verbessert",
        "{new_red} newly red · {worsened} worsened · {improved} improved",
    ),
    "board_changes_more": (
        "{milestones} Meilensteine erreicht · {risks} neue hohe Risiken",
        "{milestones} milestones reached · {risks} new high risks",
    ),
    "board_change_new_red": ("{project}: neu rot", "{project}: newly red"),
    "board_change_worsened": ("{project}: verschlechtert (vorher {before})", "{project}: worsened (was {before})"),
    "board_change_improved": ("{project}: verbessert (vorher {before})", "{project}: improved (was {before})"),
    "board_change_milestone": (
        "Meilenstein erreicht: {project} – {milestone}",
        "Milestone reached: {project} – {milestone}",
    ),
    "board_change_risk": ("Neues hohes Risiko: {project} – {risk}", "New high risk: {project} – {risk}"),
    # decisions
    "board_no_decisions": (
        "Kein Projekt bittet um eine Entscheidung des Boards.",
        "No project asks the Board for a decision.",
    ),
    "board_decisions_count": (
        "{count} Projekte bitten um eine Entscheidung (Statusberichte bis {date}).",
        "{count} projects ask for a decision (status reports up to {date}).",
    ),
    "board_col_project": ("Projekt", "Project"),
    "board_col_status": ("Status", "Status"),
    "board_col_decision": ("Entscheidung", "Decision"),
    "board_decisions_detailed": (
        "{count} davon auf den folgenden Folien mit Optionen, Kosten und Empfehlung",
        "{count} of them on the next slides with options, costs and recommendation",
    ),
    "board_slide_decision": ("Entscheidung: {project}", "Decision: {project}"),
    "board_decision_question": ("Frage: {text}", "Question: {text}"),
    "board_decision_options": ("Optionen: {text}", "Options: {text}"),
    "board_decision_costs": ("Kosten: {text}", "Costs: {text}"),
    "board_decision_recommendation": ("Empfehlung: {text}", "Recommendation: {text}"),
    "board_decision_status": ("Projektstatus laut Statusbericht {month}", "Project status in the {month} report"),
    "board_decision_footnote": (
        "Wortlaut aus der Meldung des Projekts; jeder Teil höchstens drei Zeilen.",
        "As the project reported it; each part at most three lines.",
    ),
    # risks
    "board_no_risks": ("Keine offenen Risiken.", "No open risks."),
    "board_col_risk": ("Risiko", "Risk"),
    "board_col_score": ("Bewertung", "Score"),
    "board_risk_score": ("{score} ({probability} × {impact})", "{score} ({probability} × {impact})"),
    "board_risks_footnote": (
        "Bewertung = Wahrscheinlichkeit × Auswirkung (je 1–5); ab {high} hoch.",
        "Score = probability × impact (1–5 each); {high} and above is high.",
    ),
    # budget
    "board_budget_plan": ("Ansatz (fortgeschrieben)", "Appropriation (updated)"),
    "board_budget_committed": ("Obligo", "Committed"),
    "board_budget_actual": ("Ist", "Spent"),
    "board_budget_available": ("verfügbar", "Available"),
    "board_no_budget": ("Keine Budgetzeilen für {year}.", "No budget lines for {year}."),
    "board_available": (
        "Verfügbar: {available} von {plan} Ansatz (fortgeschrieben)",
        "Available: {available} of {plan} appropriation (updated)",
    ),
    "board_deadlines_none": (
        "Keine Förderfristen in den nächsten 90 Tagen.",
        "No funding deadlines in the next 90 days.",
    ),
    "board_deadline": (
        "Frist {date}: {programme} ({project}), noch nicht ausgegeben {amount}",
        "Deadline {date}: {programme} ({project}), not yet spent {amount}",
    ),
    "board_budget_footnote": (
        "Ansatz = fortgeschriebener Ansatz; verfügbar = Ansatz − Ist − Obligo; Prognose = Ist hochgerechnet "
        "+ Obligo. Ist bis {date}.",
        "Planned = updated appropriation; available = planned − spent − committed; forecast = spent "
        "extrapolated + committed. Spent up to {date}.",
    ),
    "board_budget_forecast": ("Prognose 31.12.", "Forecast 31 Dec"),
    "board_forecast_over": (
        "Prognose 31.12.: {forecast}, {deviation} über dem Ansatz",
        "Forecast 31 Dec: {forecast}, {deviation} above plan",
    ),
    "board_forecast_under": (
        "Prognose 31.12.: {forecast}, {deviation} unter dem Ansatz",
        "Forecast 31 Dec: {forecast}, {deviation} below plan",
    ),
    "board_forecast_on": ("Prognose 31.12.: {forecast}, wie der Ansatz", "Forecast 31 Dec: {forecast}, as planned"),
    "board_forecast_none": (
        "Prognose 31.12.{year}: keine (noch kein Ist im Jahr)",
        "Forecast 31 Dec {year}: none (no actuals in the year yet)",
    ),
    # KPIs
    "board_col_kpi": ("Kennzahl", "Measure"),
    "board_col_value": ("Wert", "Value"),
    "board_kpi_hotspots": ("WLAN-Hotspots in Betrieb", "Wi-Fi hotspots in operation"),
    "board_kpi_sessions": ("WLAN-Sitzungen je Tag (90 Tage)", "Wi-Fi sessions per day (90 days)"),
    "board_kpi_tickets": ("Handyparken: Tickets {year} bis Stichtag", "Mobile parking: tickets {year} to date"),
    "board_kpi_announcements": ("IVENA: Voranmeldungen (12 Monate)", "IVENA: announcements (12 months)"),
    "board_kpi_facilities": (
        "IVENA: Krankenhäuser / Leitstellen angeschlossen",
        "IVENA: hospitals / control centres connected",
    ),
    "board_kpi_target": ("{value} (Ziel {target})", "{value} (target {target})"),
    "board_kpi_target_pro_rata": ("{value} (Ziel anteilig {target})", "{value} (target pro rata {target})"),
    "board_kpi_pro_rata_rule": (
        "Tickets: Jahresziel {target}, anteilig zum {date}: {to_date}. Der Status misst am anteiligen Ziel.",
        "Tickets: annual target {target}, pro rata to {date}: {to_date}. The status measures against that.",
    ),
    "board_kpis_status_rule": (
        "Status: grün ab Ziel, gelb bis 10 % darunter, sonst rot.",
        "Status: green from the target, amber up to 10 % below it, else red.",
    ),
    "board_col_earlier": ("Board {date}", "Board {date}"),
    "board_col_delta": ("Δ", "Δ"),
    "board_delta_points": ("{value} Pp.", "{value} pp"),
    "board_since": (" (vorher {before}, Δ {delta})", " (before {before}, Δ {delta})"),
    "board_delta_footnote": (
        "Vorher: Sitzung am {meeting} (Datenstand {data}); Δ = Veränderung seither.",
        "Before: meeting on {meeting} (data as of {data}); Δ = change since.",
    ),
    "board_kpis_footnote": (
        "Stadtweite Betriebsdaten, für jede Sicht gleich.",
        "City-wide operational data, the same for every view.",
    ),
    # milestones
    "board_no_milestones": ("Keine Meilensteine in den nächsten 90 Tagen.", "No milestones in the next 90 days."),
    "board_col_date": ("Prognose", "Forecast"),
    "board_col_milestone": ("Meilenstein", "Milestone"),
    "board_col_slip": ("Abweichung", "Deviation"),
    "board_on_plan": ("im Plan", "on plan"),
    "board_slip_days": ("+{days} Tage", "+{days} days"),
    "board_milestones_footnote": (
        "Prognose aus dem letzten Statusbericht; Abweichung zum Basisplan.",
        "Forecast from the latest status report; deviation from the baseline.",
    ),
    "board_more_rows": ("… und {count} weitere", "… and {count} more"),
    "board_more_changes": ("… und {count} weitere: {what}", "… and {count} more: {what}"),
    "board_more_status": ("{count} Statusänderungen", "{count} status changes"),
    "board_more_risks": ("{count} neue hohe Risiken", "{count} new high risks"),
    "board_more_milestones": ("{count} erreichte Meilensteine", "{count} milestones reached"),
}

TEXTS |= {
    # the page
    "board_mode_title": ("Sitzungsmodus", "Board mode"),
    "board_mode_intro": (
        "Eine Sitzung vorbereiten friert die Daten zum gewählten Stichtag ein: die Folien sehen beim "
        "Wiederöffnen gleich aus, auch nach neuen Ladeläufen.",
        "Preparing a meeting freezes the data as of the chosen date: the slides look the same when "
        "reopened, even after new loads.",
    ),
    "board_prepare": ("Sitzung vorbereiten", "Prepare a meeting"),
    "board_name": ("Name der Sitzung", "Meeting name"),
    "board_meeting_date": ("Sitzungsdatum", "Meeting date"),
    "board_data_as_of": ("Datenstand (Stichtag)", "Data as of"),
    "board_scope": ("Sicht", "View"),
    "board_scope_all": ("gesamtes Portfolio", "whole portfolio"),
    "board_replace": ("Vorhandene Sitzung gleichen Namens ersetzen", "Replace an existing meeting of the same name"),
    "board_prepare_button": ("Daten einfrieren", "Freeze the data"),
    "board_prepared": (
        "Sitzung „{name}“ vorbereitet (Datenstand {date}).",
        "Meeting “{name}” prepared (data as of {date}).",
    ),
    "board_exists": (
        "Die Sitzung „{name}“ am {date} ({scope}) ist schon vorbereitet. Zum Ersetzen bitte „Vorhandene "
        "Sitzung gleichen Namens ersetzen“ ankreuzen.",
        "The meeting “{name}” on {date} ({scope}) is already prepared. Tick “Replace an existing meeting of the "
        "same name” to prepare it again.",
    ),
    "board_may_not_prepare": (
        "Sitzungen bereiten die Stabsstelle (gesamtes Portfolio) und die Fachbereiche (eigene Projekte) vor. "
        "Vorbereitete Sitzungen können Sie hier öffnen, präsentieren und herunterladen.",
        "Meetings are prepared by the Stabsstelle (whole portfolio) and the departments (their own projects). "
        "You can open, present and download prepared meetings here.",
    ),
    "board_not_for_role": (
        "Der Sitzungsmodus ist für Ihre Rolle nicht freigegeben.",
        "Board mode is not available for your role.",
    ),
    "board_name_missing": ("Bitte einen Namen angeben.", "Please give a name."),
    "board_name_too_long": (
        "Der Name der Sitzung ist zu lang: höchstens {max} Zeichen.",
        "The meeting name is too long: at most {max} characters.",
    ),
    "board_meetings": ("Vorbereitete Sitzungen", "Prepared meetings"),
    "board_no_meetings": ("Noch keine Sitzung vorbereitet.", "No meeting prepared yet."),
    "board_meeting_line": (
        "**{name}** · Sitzung {meeting} · Datenstand {data} · {scope}",
        "**{name}** · meeting {meeting} · data as of {data} · {scope}",
    ),
    "board_present": ("Präsentieren", "Present"),
    "board_compare": ("Sitzungen vergleichen", "Compare meetings"),
    "board_compare_meeting": ("Sitzung", "Meeting"),
    "board_col_frozen": ("Sitzung (Datenstand {date})", "Meeting (data as of {date})"),
    "board_col_live": ("Aktuell (Datenstand {date})", "Now (data as of {date})"),
    "board_col_meeting": ("Sitzung {date} (Datenstand {data})", "Meeting {date} (data as of {data})"),
    "board_compare_with": ("Vergleichen mit", "Compare with"),
    "board_compare_now": ("aktuellem Stand", "the current state"),
    "board_not_found": (
        "Diese Sitzung gibt es nicht (oder nicht in Ihrer Sicht).",
        "This meeting does not exist (or not in your view).",
    ),
    "board_previous": ("◀ Zurück", "◀ Back"),
    "board_next": ("Weiter ▶", "Next ▶"),
    "board_exit": ("✕ Ende", "✕ End"),
    "board_auto": ("Automatisch weiter", "Auto-advance"),
    "board_counter": ("{number} / {total}", "{number} / {total}"),
}
