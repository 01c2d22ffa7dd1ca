"""Texts of the as-of dates every figure, slide and download carries: key -> (German, English)."""

TEXTS = {
    "export_as_of": ("Datenstand", "Data as of"),
    "as_of_label": ("Stand", "As of"),
    "as_of_last_load": ("Datenstand (letzter Ladelauf)", "Data as of (last load)"),
    "chart_trend_month_running": ("Monat läuft noch, Daten bis {date}", "month still running, data up to {date}"),
    "chart_trend_period_running": (
        "Zeitraum läuft noch, Daten bis {date}",
        "period still running, data up to {date}",
    ),
    "chart_trend_none": ("noch kein Vergleich", "no comparison yet"),
}
