"""Texts of the charts in words (each chart's text alternative, cockpit.ui.charts): key -> (German, English)."""

TEXTS = {
    "chart_categories_in_words": (
        "In Worten: {what}, {count} Werte; am höchsten: {high} ({high_value}), am niedrigsten: {low} ({low_value}).",
        "In words: {what}, {count} values; highest: {high} ({high_value}), lowest: {low} ({low_value}).",
    ),
    "chart_words_only": ("In Worten: {what}.", "In words: {what}."),
    "chart_categories_one": ("In Worten: {what}: {label} ({value}).", "In words: {what}: {label} ({value})."),
    # Budget und Förderung, Projektsteckbrief
    "chart_words_plan_spent": ("Ansatz {plan}, Ist + Obligo {spent}", "budget {plan}, actual + committed {spent}"),
    "chart_words_budget_by_unit": (
        "Fortgeschriebener Ansatz und Ist + Obligo je Federführung",
        "Updated budget and actual + committed by lead unit",
    ),
    "chart_words_budget_by_field": (
        "Fortgeschriebener Ansatz und Ist + Obligo je Handlungsfeld",
        "Updated budget and actual + committed by field of action",
    ),
    "chart_words_budget_by_year": (
        "Fortgeschriebener Ansatz und Ist + Obligo je Jahr",
        "Updated budget and actual + committed by year",
    ),
    "chart_words_budget_by_type": (
        "Fortgeschriebener Ansatz und Ist + Obligo, investiv und konsumtiv",
        "Updated budget and actual + committed, investment and running costs",
    ),
    "chart_words_budget_by_source": (
        "Fortgeschriebener Ansatz und Ist + Obligo je Finanzierung",
        "Updated budget and actual + committed by funding",
    ),
    "chart_words_project_budget": ("Ansatz und Ist + Obligo je Jahr", "Budget and actual + committed by year"),
    "chart_words_forecast": (
        "Prognose zum Jahresende {year}: {value}.",
        "Year-end forecast {year}: {value}.",
    ),
    "chart_words_milestones": (
        "Verschiebung je Meilenstein seit dem ersten Bericht",
        "Slip per milestone since the first report",
    ),
    "chart_words_days": ("{days} Tage", "{days} days"),
    "chart_words_risks": (
        "offene Risiken, Wahrscheinlichkeit × Auswirkung",
        "open risks, probability × impact",
    ),
    "chart_words_no_open_risks": (
        "In Worten: keine offenen Risiken in der Matrix.",
        "In words: no open risks in the matrix.",
    ),
    # KPI-Katalog
    "chart_words_kpi_districts": ("{kpi} je Stadtbezirk", "{kpi} by district"),
    "chart_words_sparkline": (
        "Verlauf der letzten {count} Werte: von {first} auf {latest}; höchster {high}, niedrigster {low}.",
        "The last {count} values: from {first} to {latest}; highest {high}, lowest {low}.",
    ),
    # WLAN
    "chart_words_coverage": ("Anteil in Reichweite je Stadtbezirk", "Share within reach by district"),
    "chart_words_hotspots": (
        "Hotspots in Betrieb je Stadtbezirk ({in_operation} in Betrieb, {out_of_service} außer Betrieb)",
        "Hotspots in operation by district ({in_operation} in operation, {out_of_service} out of service)",
    ),
    # Handyparken
    "chart_words_weekday_hour": ("Parkscheine {year} je Wochentag und Stunde", "Tickets {year} by weekday and hour"),
    "chart_words_hour": ("{weekday}, {hour} Uhr", "{weekday}, {hour}:00"),
    "chart_words_durations": (
        "Parkscheine {year} je Parkdauer in Minuten",
        "Tickets {year} by parking duration in minutes",
    ),
    "chart_words_fees": ("Parkgebühren per Handy je Jahr", "Parking fees paid by phone per year"),
    "chart_words_fees_detail": ("per Handy {phone}, Münzen {coins}", "by phone {phone}, coins {coins}"),
    # Notfallversorgung
    "chart_words_daily": (
        "Voranmeldungen je Tag und Klinik im {month} (Zahlen unter 5 nicht gezählt)",
        "Announcements per day and hospital in {month} (counts below 5 left out)",
    ),
    "chart_words_season": (
        "Durchschnittliche Voranmeldungen je Kalendermonat",
        "Average announcements per calendar month",
    ),
    "chart_words_closure": (
        "Anteil der Voranmeldungen je Klinik nach der Schließung",
        "Share of announcements by hospital after the closure",
    ),
    "chart_words_before_after": ("vorher {before}, nachher {after}", "before {before}, after {after}"),
}
