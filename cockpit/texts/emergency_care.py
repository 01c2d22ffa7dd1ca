"""Texts of the Notfallversorgung page: key -> (German, English)."""

TEXTS = {
    "emergency_intro": (
        "IVENA eHealth: Rettungsdienst meldet Patientinnen und Patienten digital bei den Kliniken an; "
        "Kliniken melden freie Kapazität oder melden Fachabteilungen ab. Die Daten sind anonym.",
        "IVENA eHealth: ambulance crews announce patients digitally to hospitals; hospitals report free "
        "capacity or sign departments off. The data is anonymous.",
    ),
    "emergency_as_of": ("Datenstand IVENA (letzte Voranmeldung)", "IVENA data as of (latest announcement)"),
    "emergency_empty": (
        "Bis zum Stichtag liegen keine IVENA-Voranmeldungen vor.",
        "There are no IVENA announcements up to the reference date.",
    ),
    "emergency_suppression_note": (
        "Datenschutz: In Aufschlüsselungen nach Klinik oder Tag werden Werte unter 5 als „<5“ gezeigt "
        "und in Diagrammen ausgelassen.",
        "Privacy: in breakdowns by hospital or by day, counts below 5 show as '<5' and are left out of charts.",
    ),
    "emergency_control_centres": ("Leitstellen angeschlossen", "Control centres connected"),
    "emergency_announcements_12m": ("Voranmeldungen (12 Monate)", "Announcements (12 months)"),
    "emergency_urgency_1_share": ("davon Dringlichkeit 1", "of which urgency 1"),
    "emergency_signoff_hours_12m": ("Abmeldestunden (12 Monate)", "Hours signed off (12 months)"),
    "emergency_window": (
        "12 Monate: {start} bis {end} (feste Kennzahl, unabhängig vom gewählten Zeitraum)",
        "12 months: {start} to {end} (a fixed KPI, independent of the chosen period)",
    ),
    "emergency_announcements_shown": (
        "Voranmeldungen aller Kliniken (ohne Werte unter 5)",
        "Announcements of all hospitals (values below 5 left out)",
    ),
    "emergency_is_connected": ("Angeschlossen am Stichtag", "Connected on the reference date"),
    "emergency_signoff_years": ("Die Tabelle zeigt alle Jahre.", "The table shows all years."),
    "emergency_connected_heading": ("Angeschlossene Einrichtungen", "Connected facilities"),
    "emergency_facility_type": ("Art", "Type"),
    "emergency_connected_count": ("Angeschlossen", "Connected"),
    "emergency_facility": ("Einrichtung", "Facility"),
    "emergency_in_city": ("Im Stadtgebiet", "In the city"),
    "emergency_yes": ("ja", "yes"),
    "emergency_no": ("nein", "no"),
    "emergency_connected_from": ("Angeschlossen ab", "Connected from"),
    "emergency_connected_to": ("Angeschlossen bis", "Connected until"),
    "emergency_state": ("Stand", "State"),
    "emergency_state_connected": ("✔ angeschlossen", "✔ connected"),
    "emergency_state_ended": ("○ beendet", "○ ended"),
    "emergency_month": ("Monat", "Month"),
    "emergency_urgency_heading": ("Voranmeldungen nach Dringlichkeit", "Announcements by urgency"),
    "emergency_period_from": ("Periode ab", "Period from"),
    "emergency_calendar_month": ("Kalendermonat", "Calendar month"),
    "emergency_share_before": ("Anteil vorher (%)", "Share before (%)"),
    "emergency_share_after": ("Anteil nachher (%)", "Share after (%)"),
    "emergency_urgency": ("Dringlichkeit", "Urgency"),
    "emergency_urgency_1": ("1 hoch", "1 high"),
    "emergency_urgency_2": ("2 mittel", "2 medium"),
    "emergency_urgency_3": ("3 niedrig", "3 low"),
    "emergency_announcements": ("Voranmeldungen", "Announcements"),
    "emergency_by_hospital_heading": ("Voranmeldungen je Monat nach Klinik", "Announcements per month by hospital"),
    "emergency_hospital": ("Klinik", "Hospital"),
    "emergency_suppressed_cells": (
        "Ausgeblendete Monatswerte unter 5: {count}.",
        "Monthly values below 5 left out: {count}.",
    ),
    "emergency_daily_heading": ("Voranmeldungen je Tag und Klinik", "Announcements per day and hospital"),
    "emergency_pick_month": ("Monat", "Month"),
    "emergency_day": ("Tag", "Day"),
    "emergency_season_heading": ("Winterspitze: Jahresverlauf", "Winter peak: seasonal profile"),
    "emergency_season_explained": (
        "Voranmeldungen je Kalendermonat, gemittelt über die Jahre (nur vollständige Monate); "
        "Index 100 (gepunktete Linie) = durchschnittlicher Monat; orange: über dem Durchschnitt.",
        "Announcements per calendar month averaged over the years (complete months only); index 100 (dotted "
        "line) = the average month; orange: above average.",
    ),
    "emergency_average": ("Mittel je Monat", "Average per month"),
    "emergency_index": ("Index", "Index"),
    "emergency_years_counted": ("Jahre", "Years"),
    "emergency_season_empty": (
        "Noch kein vollständiger Monat bis zum Stichtag.",
        "No complete month up to the reference date yet.",
    ),
    "emergency_signoff_heading": ("Abmeldungen der Kliniken", "Hospital sign-offs"),
    "emergency_signoff_explained": (
        "Stunden, in denen eine Klinik eine Fachabteilung abgemeldet hatte, gezählt am Tag des Beginns.",
        "Hours a hospital had a department signed off, counted on the day the sign-off began.",
    ),
    "emergency_signoff_hours": ("Abmeldestunden", "Hours signed off"),
    "emergency_signoffs": ("Abmeldungen", "Sign-offs"),
    "emergency_year": ("Jahr", "Year"),
    "emergency_signoff_empty": ("Bis zum Stichtag keine Abmeldungen.", "No sign-offs up to the reference date."),
    "emergency_closure_heading": (
        "Schließung Standort Holwedestraße (11.12.2024): Verlagerung der Voranmeldungen",
        "Closure of the Holwedestraße site (11.12.2024): where announcements went",
    ),
    "emergency_closure_explained": (
        "Anteil jeder Klinik an allen Voranmeldungen, 12 Monate vor der Schließung ({before}) gegenüber "
        "der Zeit ab der Schließung ({after}).",
        "Each hospital's share of all announcements, 12 months before the closure ({before}) against the time "
        "from the closure ({after}).",
    ),
    "emergency_closure_after_as_of": (
        "Die Schließung liegt nach dem Stichtag; es gibt noch keinen Vergleich.",
        "The closure lies after the reference date; there is no comparison yet.",
    ),
    "emergency_closure_empty": (
        "Keine Voranmeldungen in den Vergleichszeiträumen.",
        "No announcements in the compared periods.",
    ),
    "emergency_before": ("vorher", "before"),
    "emergency_after": ("nachher", "after"),
    "emergency_share": ("Anteil", "Share"),
    "emergency_change": ("Änderung (Prozentpunkte)", "Change (percentage points)"),
}
