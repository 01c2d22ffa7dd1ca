"""Texts of the router, the global filters and the data status page: key -> (German, English)."""

TEXTS = {
    "app_title": ("Smart-City-Cockpit Braunschweig", "Smart City Cockpit Braunschweig"),
    "language": ("Sprache", "Language"),
    "no_warehouse": (
        "Noch kein Datenlager vorhanden. Bitte `make run` ausführen oder die Lieferungen mit "
        "`python -m etl load --source ORDNER` laden.",
        "No warehouse yet. Run `make run`, or load deliveries with `python -m etl load --source DIR`.",
    ),
    "page_data_status": ("Datenstand", "Data status"),
    "data_as_of": ("Datenstand", "Data as of"),
    "as_of_today_no_history": (
        "{figures}: Stand heute, keine Historie geliefert",
        "{figures}: as of today, no history delivered",
    ),
    "no_successful_load": (
        "Noch kein erfolgreicher Ladelauf: Das Ladeprotokoll erscheint nach dem ersten.",
        "No successful load yet: the load log appears after the first one.",
    ),
    "last_load": ("Letzter erfolgreicher Ladelauf", "Last successful load"),
    "files": ("Dateien", "Files"),
    "rows_loaded": ("Zeilen geladen", "Rows loaded"),
    "rows_quarantined": ("Zeilen in Quarantäne", "Rows quarantined"),
    "deliveries": ("Lieferungen", "Deliveries"),
    "delivery": ("Lieferung", "Delivery"),
    "mode": ("Prüfung", "Validation"),
    "mode_strict": ("streng: ein Fehler weist alles zurück", "strict: one error rejects all"),
    "mode_quarantine": ("Quarantäne: fehlerhafte Zeilen zurückgestellt", "quarantine: bad rows set aside"),
    "latest_data": ("Neueste Daten vom", "Latest data from"),
    "freshness": ("Aktualität", "Freshness"),
    "fresh": ("🟢 aktuell", "🟢 current"),
    "aging": ("🟡 älter als 35 Tage", "🟡 older than 35 days"),
    "stale": ("🔴 älter als 95 Tage", "🔴 older than 95 days"),
    "master_data": ("⚪ Stammdaten", "⚪ master data"),
    "load_log": ("Ladeprotokoll", "Load log"),
    "finished_at": ("Ende", "Finished"),
    "status": ("Status", "Status"),
    "run_loaded": ("✅ geladen", "✅ loaded"),
    "run_rejected": ("⛔ abgelehnt", "⛔ rejected"),
    "run_aborted": ("⚠️ abgebrochen", "⚠️ aborted"),
    "findings": ("Befunde", "Findings"),
    "seconds": ("Dauer (s)", "Duration (s)"),
    "quarantine": ("Quarantäne", "Quarantine"),
    "quarantine_intro": (
        "Diese Zeilen aus Messdaten-Lieferungen wurden nicht geladen. Bitte beim Lieferanten korrigieren lassen.",
        "These rows of measurement feeds were not loaded. Ask the supplier to correct them.",
    ),
    "quarantine_empty": ("Keine Zeilen in Quarantäne.", "No rows in quarantine."),
    "file": ("Datei", "File"),
    "row": ("Zeile", "Row"),
    "column": ("Spalte", "Column"),
    "value": ("Wert", "Value"),
    "reason": ("Grund", "Reason"),
    "rejected_findings": ("Befunde abgelehnter Ladeläufe", "Findings of rejected loads"),
    "download_csv": ("Als CSV herunterladen", "Download as CSV"),
    "shown_rows": ("Angezeigt: die ersten {shown} von {total} Zeilen.", "Showing the first {shown} of {total} rows."),
}

TEXTS |= {
    "filter_dezernate": ("Dezernat", "Department group (Dezernat)"),
    "filter_lead_units": ("Federführung", "Lead unit"),
    "filter_fields": ("Handlungsfeld", "Field of action"),
    "filter_phases": ("Phase", "Phase"),
    "filter_as_of": ("Stichtag", "Reference date"),
    "filter_all": ("Alle", "All"),
    "as_of_link_invalid": (
        "Der Stichtag aus dem Link war kein gültiges Datum zwischen {earliest} und heute in {years} Jahren. "
        "Angezeigt wird der Stand von heute.",
        "The reference date in the link was not a valid date between {earliest} and {years} years from today. "
        "Showing today's data.",
    ),
    "filters": ("Filter", "Filters"),
    "scope_limited": ("Ihre Sicht: {units}", "Your view: {units}"),
    "section_portfolio": ("Portfolio", "Portfolio"),
    "section_city": ("Stadt-Kennzahlen", "City KPIs"),
    "section_data": ("Daten", "Data"),
    "empty_selection": (
        "Für diese Auswahl gibt es keine Daten. Bitte Filter in der Seitenleiste anpassen.",
        "There is no data for this selection. Please adjust the filters in the sidebar.",
    ),
}

TEXTS |= {
    "page_overview": ("Übersicht", "Overview"),
    "page_board_mode": ("Sitzungsmodus", "Board mode"),
    "page_project_list": ("Projektliste", "Project list"),
    "page_project_profile": ("Projektsteckbrief", "Project profile"),
    "page_budget": ("Budget und Förderung", "Budget and funding"),
    "page_kpi_catalogue": ("KPI-Katalog", "KPI catalogue"),
    "page_wlan": ("WLAN", "Public Wi-Fi"),
    "page_parking": ("Handyparken", "Mobile parking"),
    "page_emergency_care": ("Notfallversorgung", "Emergency care"),
}

TEXTS |= {
    "table_rows_visible": (
        "{visible} von {total} Zeilen sichtbar – scrollen für alle",
        "{visible} of {total} rows visible – scroll for all",
    ),
    "yes": ("Ja", "Yes"),
    "no": ("Nein", "No"),
}
