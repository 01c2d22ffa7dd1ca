"""Texts of the shared time controls and chart downloads: key -> (German, English)."""

TEXTS = {
    "time_period": ("Zeitraum", "Period"),
    "time_period_90t": ("letzte 90 Tage", "last 90 days"),
    "time_period_12m": ("letzte 12 Monate", "last 12 months"),
    "time_period_3j": ("letzte 3 Jahre", "last 3 years"),
    "time_period_alle": ("seit Beginn", "since the start"),
    "time_grain": ("Zeitraster", "Granularity"),
    "time_grain_tag": ("Tag", "Day"),
    "time_grain_woche": ("Woche", "Week"),
    "time_grain_monat": ("Monat", "Month"),
    "time_grain_jahr": ("Jahr", "Year"),
    "time_since_start": ("Beginn der Daten", "start of the data"),
    "time_window": ("{start} – {end}, je {grain}", "{start} – {end}, per {grain}"),
    "time_window_empty": (
        "Im gewählten Zeitraum gibt es keine Daten. Bitte oben einen längeren Zeitraum wählen.",
        "There is no data in the chosen period. Please choose a longer period above.",
    ),
    "time_window_months": ("{start} – {end}, je Monat", "{start} – {end}, per month"),
    "time_all_years": (
        "Alle Jahre seit Beginn der Daten – unabhängig vom gewählten Zeitraum.",
        "All years since the start of the data – independent of the chosen period.",
    ),
    "time_chosen_year": (
        "Das gewählte Jahr {year} – unabhängig vom Zeitraum oben.",
        "The chosen year {year} – independent of the period above.",
    ),
    "time_chosen_month": (
        "Der gewählte Monat {month} – unabhängig vom Zeitraum oben.",
        "The chosen month {month} – independent of the period above.",
    ),
    "chart_in_words": (
        "In Worten: {what}, {start} bis {end}; zuletzt {latest}, {trend} (Anfang: {first}).",
        "In words: {what}, {start} to {end}; latest {latest}, {trend} (start: {first}).",
    ),
    "chart_trend_up": ("gestiegen", "up"),
    "chart_trend_down": ("gesunken", "down"),
    "chart_trend_flat": ("unverändert", "unchanged"),
    "chart_download_csv": ("CSV", "CSV"),
    "chart_download_xlsx": ("Excel", "Excel"),
    "table_download_help": ("Diese Tabelle herunterladen", "Download this table"),
    "chart_download_help": ("Die Daten dieses Diagramms herunterladen", "Download the data behind this chart"),
}
