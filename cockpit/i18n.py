"""Interface texts in German (default) and English; the language lives in the URL (?lang=en)."""

import streamlit as st

LANGUAGES = {"de": "Deutsch", "en": "English"}

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


def language() -> str:
    """The viewer's language: the switch's value, else the URL's ?lang=, else German."""
    lang = st.session_state.get("lang") or st.query_params.get("lang", "de")
    return lang if lang in LANGUAGES else "de"


def t(key: str, **values) -> str:
    german, english = TEXTS[key]
    text = english if language() == "en" else german
    return text.format(**values) if values else text


def language_switch() -> None:
    """A sidebar selector that starts from ?lang= and writes the choice back into the URL."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = language()
    choice = st.sidebar.selectbox(t("language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang")
    if choice == "de":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = choice
