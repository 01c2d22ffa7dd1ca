"""Texts of the monthly reporting: the Meldung (departments) and the Prüfung (Stabsstelle)."""

TEXTS = {
    "section_reporting": ("Berichtswesen", "Reporting"),
    "page_report": ("Meldung", "Report"),
    "page_review": ("Prüfung", "Review"),
    "audit_event_report_saved": ("Meldung gespeichert", "Report saved"),
    "audit_event_report_submitted": ("Meldung eingereicht", "Report submitted"),
    "audit_event_report_accepted": ("Meldung angenommen", "Report accepted"),
    "audit_event_report_returned": ("Meldung zurückgegeben", "Report returned"),
    # ---- Meldung
    "report_intro": (
        "Der Monatsbericht eines eigenen Projekts: Status, Begründung, Meilensteine, Risiken und "
        "Entscheidungsbedarf für das Board. Als Entwurf speichern, dann bei der Stabsstelle einreichen.",
        "The monthly report of one of your projects: statuses, reason, milestones, risks and decisions "
        "needed from the Board. Save as a draft, then submit to the Stabsstelle.",
    ),
    "report_not_for_role": (
        "Meldungen erfassen die Fachbereiche und die Stabsstelle.",
        "Reports are entered by the departments and the Stabsstelle.",
    ),
    "report_no_projects": (
        "Ihr Bereich leitet kein laufendes Projekt (Planung, Umsetzung oder Betrieb).",
        "Your area leads no running project (planning, implementation or operation).",
    ),
    "report_project": ("Projekt", "Project"),
    "report_month": ("Berichtsmonat", "Reporting month"),
    "report_month_option": ("{month} (fällig am {due})", "{month} (due {due})"),
    "report_due_rule": (
        "Fällig ist die Meldung am 5. Arbeitstag des Folgemonats (Montag bis Freitag, ohne Feiertage in "
        "Niedersachsen).",
        "A report is due on the 5th working day of the following month (Monday to Friday, without public "
        "holidays in Lower Saxony).",
    ),
    "report_form_title": ("Bericht", "Report"),
    "report_statuses": ("Status", "Status"),
    "report_dim_overall": ("Gesamt", "Overall"),
    "report_dim_schedule": ("Termine", "Schedule"),
    "report_dim_budget": ("Budget", "Budget"),
    "report_dim_scope": ("Umfang/Qualität", "Scope/quality"),
    "report_dim_risks": ("Risiken", "Risks"),
    "report_percent": ("Fertigstellung (%)", "Percent complete"),
    "report_phase": ("Phase im Berichtsmonat", "Phase in the reporting month"),
    "report_phase_none": ("Phase wählen", "Choose a phase"),
    "report_reason": ("Begründung", "Reason"),
    "report_reason_rule": (
        "Pflicht, sobald ein Status vom Vormonat abweicht (Vormonat: {last}). Keine Floskel wie "
        "„Planmäßiger Fortschritt.“ oder „siehe oben“, mindestens {chars} Zeichen.",
        "Required as soon as a status differs from last month (last month: {last}). No stock phrase such as "
        "“Planmäßiger Fortschritt.” or “siehe oben”, at least {chars} characters.",
    ),
    "report_reason_rule_first": (
        "Erster Bericht des Projekts: eine Begründung ist freiwillig, aber keine Floskel.",
        "The project's first report: a reason is optional, but no stock phrase.",
    ),
    "report_milestones": ("Meilensteine: Prognose", "Milestones: forecast"),
    "report_milestone_label": (
        "{id} · {name} (Basisplan {baseline}, letzte Prognose {forecast})",
        "{id} · {name} (baseline {baseline}, last forecast {forecast})",
    ),
    "report_no_open_milestones": ("Keine offenen Meilensteine.", "No open milestones."),
    "report_risks": ("Risiken: Stand", "Risks: update"),
    "report_no_open_risks": ("Keine offenen Risiken.", "No open risks."),
    "report_risk_status": ("Status", "Status"),
    "report_risk_probability": ("Wahrscheinlichkeit (1-5)", "Probability (1-5)"),
    "report_risk_impact": ("Auswirkung (1-5)", "Impact (1-5)"),
    "report_risk_mitigation": ("Maßnahme", "Mitigation"),
    "report_board": ("Entscheidung des Boards", "Board decision"),
    "report_board_needed": ("Entscheidung des Boards nötig", "Board decision needed"),
    "report_board_rule": (
        "Wenn angekreuzt, sind Frage, Optionen, Kosten und Empfehlung Pflicht.",
        "When ticked, question, options, costs and recommendation are required.",
    ),
    "report_board_question": ("Frage an das Board", "Question to the Board"),
    "report_board_options": ("Optionen", "Options"),
    "report_board_costs": ("Kosten", "Costs"),
    "report_board_recommendation": ("Empfehlung", "Recommendation"),
    "report_save": ("Entwurf speichern", "Save draft"),
    "report_submit": ("Einreichen", "Submit"),
    "report_done_saved": ("Entwurf gespeichert (Version {version}).", "Draft saved (version {version})."),
    "report_done_submitted": (
        "Eingereicht (Version {version}): die Stabsstelle prüft die Meldung.",
        "Submitted (version {version}): the Stabsstelle reviews the report.",
    ),
    "report_not_allowed": (
        "Das geht nicht: die Meldung ist schon angenommen, der Monat ist geschlossen oder Ihre Rolle darf das nicht.",
        "Not possible: the report is already accepted, the month is closed or your role may not do this.",
    ),
    "report_problem_status_missing": (
        "Jeder der fünf Status braucht einen Wert.",
        "Each of the five statuses needs a value.",
    ),
    "report_problem_reason_required": (
        "Begründung fehlt: ein Status weicht vom Vormonat ab.",
        "Reason missing: a status differs from last month.",
    ),
    "report_problem_stock_phrase": (
        "Die Begründung ist eine Floskel oder zu kurz: bitte sagen, was geschehen ist (mindestens 20 Zeichen).",
        "The reason is a stock phrase or too short: please say what happened (at least 20 characters).",
    ),
    "report_problem_percent": ("Fertigstellung: 0 bis 100 %.", "Percent complete: 0 to 100 %."),
    "report_problem_phase": (
        "Phase: eine der Phasen der Projektliste.",
        "Phase: one of the phases of the project list.",
    ),
    "report_problem_board_incomplete": (
        "Entscheidung des Boards: Frage, Optionen, Kosten und Empfehlung ausfüllen.",
        "Board decision: fill in question, options, costs and recommendation.",
    ),
    "report_problem_forecast_missing": (
        "Jeder offene Meilenstein braucht eine Prognose.",
        "Every open milestone needs a forecast.",
    ),
    "report_problem_risk_invalid": (
        "Risiken: Status aus der Liste, Wahrscheinlichkeit und Auswirkung 1 bis 5.",
        "Risks: a status from the list, probability and impact 1 to 5.",
    ),
    "report_state_new": (
        "Noch nicht gespeichert: vorausgefüllt aus dem letzten Bericht, soweit es einen gibt.",
        "Not saved yet: prefilled from the last report, where there is one.",
    ),
    "report_state_line": (
        "{state} · Version {version} · gespeichert von {who} am {at}",
        "{state} · version {version} · saved by {who} on {at}",
    ),
    "report_state_entwurf": ("Entwurf", "Draft"),
    "report_state_eingereicht": ("eingereicht", "submitted"),
    "report_state_angenommen": ("angenommen", "accepted"),
    "report_state_zurückgegeben": ("zurückgegeben", "returned"),
    "report_state_pending": ("eingereicht, noch nicht übernommen", "submitted, not yet loaded"),
    "report_state_applied": ("angenommen und übernommen", "accepted and loaded"),
    "report_pending_project": (
        "Meldung {month} eingereicht, noch nicht übernommen: angenommen von {who} am {at}; sichtbar nach dem "
        "nächsten Laden.",
        "Report {month} submitted, not yet loaded: accepted by {who} on {at}; visible after the next load.",
    ),
    "report_returned_by": ("Zurückgegeben von {who} am {at}", "Returned by {who} on {at}"),
    "report_conflict": (
        "Nicht gespeichert: {who} hat die Meldung am {at} geändert (jetzt Version {version}). Ihre Eingaben "
        "sind erhalten; die Änderungen der anderen Person stehen darunter.",
        "Not saved: {who} changed the report on {at} (now version {version}). Your input is kept; the other "
        "person's changes are below.",
    ),
    "report_conflict_keep_mine": (
        "Meine Eingaben über Version {version} speichern",
        "Save my input over version {version}",
    ),
    "report_conflict_load_theirs": ("Fassung der anderen Person laden", "Load the other person's version"),
    "report_change_field": ("Feld", "Field"),
    "report_change_before": ("Vorher", "Before"),
    "report_change_theirs": ("Andere Person", "Other person"),
    "report_change_yours": ("Ihre Eingabe", "Your input"),
    "report_change_milestone": ("Meilenstein {id}: Prognose", "Milestone {id}: forecast"),
    "report_change_risk": ("Risiko {id}", "Risk {id}"),
    "report_history": ("Verlauf", "History"),
    "report_history_empty": ("Noch nichts gespeichert.", "Nothing saved yet."),
    "report_history_version": ("Version", "Version"),
    "report_history_action": ("Aktion", "Action"),
    "report_history_who": ("Wer", "Who"),
    "report_history_at": ("Wann", "When"),
    "report_history_comment": ("Kommentar", "Comment"),
    "report_action_saved": ("gespeichert", "saved"),
    "report_action_submitted": ("eingereicht", "submitted"),
    "report_action_accepted": ("angenommen", "accepted"),
    "report_action_returned": ("zurückgegeben", "returned"),
    "report_upload_title": ("Ausgefüllte Vorlage hochladen", "Upload a filled template"),
    "report_upload_unavailable": (
        "Die Prüfung hochgeladener Vorlagen ist in dieser Version noch nicht verfügbar.",
        "Checking uploaded templates is not available in this version yet.",
    ),
    # ---- Prüfung
    "review_intro": (
        "Die Meldungen des Monats: Bewertung der Stabsstelle neben der des Fachbereichs, annehmen oder mit "
        "Kommentar zurückgeben. Angenommene Meldungen übernimmt der nächste Ladelauf.",
        "The month's reports: the Stabsstelle's assessment beside the department's, accept or return with a "
        "comment. The next load applies accepted reports.",
    ),
    "review_cdo_only": ("Die Prüfung ist Sache der Stabsstelle.", "Reviewing reports is the Stabsstelle's task."),
    "review_submissions": ("Meldungen des Monats", "Reports of the month"),
    "review_none_this_month": (
        "Für diesen Monat ist noch keine Meldung gespeichert.",
        "No report saved for this month yet.",
    ),
    "review_nothing_waiting": (
        "Keine eingereichte Meldung wartet auf Prüfung.",
        "No submitted report is waiting for review.",
    ),
    "review_choose": ("Meldung prüfen", "Review report"),
    "review_choice": (
        "{project} · {title} · eingereicht von {who} am {at}",
        "{project} · {title} · submitted by {who} on {at}",
    ),
    "review_assessments": ("Bewertung", "Assessment"),
    "review_department": ("Fachbereich", "Department"),
    "review_office": ("Stabsstelle", "Stabsstelle"),
    "review_comment": ("Kommentar der Stabsstelle", "Stabsstelle's comment"),
    "review_comment_rule": (
        "Pflicht beim Zurückgeben; beim Annehmen Pflicht, wenn die Bewertung der Stabsstelle vom Vormonat abweicht.",
        "Required to return; required to accept when the Stabsstelle's assessment differs from last month.",
    ),
    "review_accept": ("Annehmen", "Accept"),
    "review_return": ("Zurückgeben", "Return"),
    "review_done_accepted": (
        "{project} angenommen: Lieferung {folder} liegt im Eingang und wird beim nächsten Laden übernommen.",
        "{project} accepted: delivery {folder} is in the inbox and is applied by the next load.",
    ),
    "review_done_returned": (
        "{project} zurückgegeben: der Fachbereich sieht Ihren Kommentar in seiner Meldung.",
        "{project} returned: the department sees your comment on its report.",
    ),
    "review_problem_comment_required": (
        "Zum Zurückgeben bitte einen Kommentar schreiben.",
        "Please write a comment to return.",
    ),
    "review_problem_reason_required": (
        "Die Bewertung der Stabsstelle weicht vom Vormonat ab: bitte im Kommentar begründen.",
        "The Stabsstelle's assessment differs from last month: please give the reason in the comment.",
    ),
    "review_problem_stock_phrase": (
        "Der Kommentar ist eine Floskel oder zu kurz (mindestens 20 Zeichen).",
        "The comment is a stock phrase or too short (at least 20 characters).",
    ),
    "review_state_missing": ("fehlt", "missing"),
    "review_state_delivered_file": ("per Datei geliefert", "delivered as a file"),
    "review_calendar": ("Meldekalender", "Reporting calendar"),
    "review_calendar_rule": (
        "Alle laufenden Projekte für {month}; fällig am {due} (5. Arbeitstag des Folgemonats, Montag bis Freitag "
        "ohne Feiertage in Niedersachsen).",
        "Every running project for {month}; due on {due} (5th working day of the following month, Monday to "
        "Friday without public holidays in Lower Saxony).",
    ),
    "review_calendar_count": (
        "Noch nicht gemeldet: {missing} von {total} Projekten.",
        "Not reported yet: {missing} of {total} projects.",
    ),
    "review_col_project": ("Projekt", "Project"),
    "review_col_lead_unit": ("Federführung", "Lead unit"),
    "review_col_state": ("Stand", "State"),
    "review_col_due": ("Fällig am", "Due"),
    "review_col_reported_on": ("Gemeldet am", "Reported on"),
    "review_col_days_late": ("Tage verspätet", "Days late"),
    "review_col_submitted_by": ("Eingereicht von", "Submitted by"),
    "review_col_submitted_at": ("Eingereicht am", "Submitted on"),
    "review_col_overall": ("Gesamt (Fachbereich)", "Overall (department)"),
    "review_col_milestone": ("Meilenstein", "Milestone"),
    "review_col_forecast": ("Prognose", "Forecast"),
    "review_col_risk": ("Risiko", "Risk"),
    "review_col_month": ("Berichtsmonat", "Reporting month"),
    "review_col_dimension": ("Dimension", "Dimension"),
    "review_differences": ("Wo Fachbereich und Stabsstelle abweichen", "Where department and Stabsstelle differ"),
    "review_differences_caption": (
        "Ganzes Portfolio aus dem Datenbestand: jede Dimension eines Monats, die beide unterschiedlich bewerten.",
        "Whole portfolio from the warehouse: every dimension of a month the two assess differently.",
    ),
    "review_differences_count": (
        "{differing} von {paired} Monatsberichten mit beiden Bewertungen weichen ab.",
        "{differing} of {paired} monthly reports with both assessments differ.",
    ),
    "review_no_differences": ("Keine Abweichungen.", "No differences."),
}
