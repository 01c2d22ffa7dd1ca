"""Texts of the KPI-Katalog page: key -> (German, English)."""

TEXTS = {
    "kpi_intro": (
        "Jede Kennzahl mit den vier Feldern des Bochumer Smart-City-Dashboards, ihrem Ziel, dem Status und "
        "den Projekten, die sie bewegen sollen.",
        "Each KPI with the four fields of Bochum's smart-city dashboard, its target, its status and the "
        "projects meant to move it.",
    ),
    "kpi_rules": (
        "Ein Wert zählt ab dem Tag nach dem Ende seiner Periode (der Juniwert ab dem 1. Juli). "
        "Status: Ziel erreicht oder übertroffen = grün; höchstens 10 % des Zielwerts davon entfernt = gelb; "
        "sonst rot (bei „niedriger ist besser“ umgekehrt). Veraltet: Das Ende der Periode des letzten Werts "
        "liegt vor dem Stichtag länger zurück als der Turnus erlaubt (täglich 2 Tage, monatlich 2 Monate, "
        "quartalsweise 2 Quartale, jährlich 15 Monate). Gesamtwerte ohne Stadtbezirk; fehlen sie, die Summe "
        "der Stadtbezirke.",
        "A value counts from the day after its period ended (June's from 1 July). "
        "Status: target met or exceeded = green; at most 10 % of the target short of it = amber; otherwise red "
        "(reversed for 'lower is better'). Stale: the end of the latest value's period lies further before the "
        "reference date than the cadence allows (daily 2 days, monthly 2 months, quarterly 2 quarters, yearly "
        "15 months). City-wide values are the rows without a district; where missing, the sum of the districts.",
    ),
    "kpi_project_filter": ("Projekt", "Project"),
    "kpi_all_projects": ("Alle Projekte", "All projects"),
    "kpi_count": ("Kennzahlen", "KPIs"),
    "kpi_on_target": ("Im Ziel (grün)", "On target (green)"),
    "kpi_stale_count": ("Veraltet", "Stale"),
    "kpi_what": ("Was wir messen", "What we measure"),
    "kpi_why": ("Warum es wichtig ist", "Why it matters"),
    "kpi_goal": ("Unser Ziel", "Our goal"),
    "kpi_measured_on": ("Datum der Messung", "Date of measurement"),
    "kpi_latest_value": ("Letzter Wert", "Latest value"),
    "kpi_no_value": ("Noch kein Wert bis zum Stichtag.", "No value up to the reference date yet."),
    "kpi_target": ("Zielwert", "Target"),
    "kpi_target_by": ("{target} bis {year}", "{target} by {year}"),
    "kpi_no_target": ("kein Zielwert", "no target"),
    "kpi_higher_better": ("höher ist besser", "higher is better"),
    "kpi_lower_better": ("niedriger ist besser", "lower is better"),
    "kpi_standard": ("Standard", "Standard"),
    "kpi_no_standard": ("keiner", "none"),
    "kpi_cadence": ("Turnus", "Cadence"),
    "kpi_source": ("Quelle", "Source"),
    "kpi_field": ("Handlungsfeld", "Field of action"),
    "kpi_status": ("Status", "Status"),
    "kpi_status_none": ("○ ohne Bewertung", "○ not rated"),
    "kpi_stale_badge": ("⏰ veraltet", "⏰ stale"),
    "kpi_stale_detail": (
        "Der letzte Wert ist älter, als der Turnus „{cadence}“ erlaubt.",
        "The latest value is older than its cadence '{cadence}' allows.",
    ),
    "kpi_trend_up": ("↑ {change} gegenüber {date}", "↑ {change} compared with {date}"),
    "kpi_trend_down": ("↓ {change} gegenüber {date}", "↓ {change} compared with {date}"),
    "kpi_trend_same": ("→ unverändert gegenüber {date}", "→ unchanged compared with {date}"),
    "kpi_trend_better": ("besser", "better"),
    "kpi_trend_worse": ("schlechter", "worse"),
    "kpi_trend_first": ("Erster Wert, noch kein Vergleich.", "First value, nothing to compare yet."),
    "kpi_percentage_points": ("Prozentpunkte", "percentage points"),
    "kpi_sum_of_districts": ("Summe der Stadtbezirke", "sum of the districts"),
    "kpi_projects": ("Projekte, die diese Kennzahl bewegen sollen", "Projects meant to move this KPI"),
    "kpi_no_projects": ("Keine verknüpften Projekte in Ihrer Sicht.", "No linked projects in your view."),
    "kpi_districts": ("Werte je Stadtbezirk", "Values per district"),
    "kpi_district_choice": ("Kennzahl", "KPI"),
    "kpi_district_none": (
        "Keine Kennzahl dieser Auswahl hat Werte je Stadtbezirk.",
        "No KPI in this selection has values per district.",
    ),
    "kpi_district_period": ("Periode ab {date}", "Period from {date}"),
    "kpi_district": ("Stadtbezirk", "District"),
    "kpi_value": ("Wert", "Value"),
    "kpi_map_note": (
        "Schematische Kachelkarte: eine Kachel je Stadtbezirk, grob nach Lage angeordnet, keine Bezirksgrenzen",
        "Schematic tile map: one tile per district, arranged roughly by location, no district boundaries",
    ),
    "kpi_district_mapping": (
        "Werte vor dem 01.11.2021 mit den 19 alten Bezirksnummern sind den 12 heutigen Stadtbezirken zugeordnet "
        "(zusammengelegte Bezirke addiert).",
        "Values before 01.11.2021 with the 19 old district numbers are mapped to the 12 current districts "
        "(merged districts added up).",
    ),
    "kpi_download": ("Katalog als CSV herunterladen", "Download catalogue as CSV"),
    "kpi_download_xlsx": ("Katalog als Excel herunterladen", "Download catalogue as Excel"),
    "kpi_period": ("Zeitraum ab", "Period from"),
    "kpi_reference_date": ("Stichtag", "Reference date"),
}

# Headers of the catalogue's download (those not on the page already).
TEXTS |= {
    "kpi_export_id": ("ID", "ID"),
    "kpi_export_name": ("Kennzahl", "KPI"),
    "kpi_export_target_year": ("Zieljahr", "Target year"),
    "kpi_export_unit": ("Einheit", "Unit"),
    "kpi_export_higher_better": ("Höher ist besser", "Higher is better"),
    "kpi_export_period_start": ("Periode von", "Period from"),
    "kpi_export_period_end": ("Periode bis", "Period to"),
    "kpi_export_previous_value": ("Vorheriger Wert", "Previous value"),
    "kpi_export_previous_period_start": ("Vorherige Periode von", "Previous period from"),
    "kpi_export_change": ("Veränderung", "Change"),
    "kpi_export_sum_of_districts": ("Summe der Stadtbezirke", "Sum of the districts"),
    "kpi_export_has_districts": ("Werte je Stadtbezirk", "Values per district"),
    "kpi_export_improving": ("Verbessert", "Improving"),
    "kpi_export_stale": ("Veraltet", "Stale"),
    # figures without history in the deliveries (cockpit.ui.sections.today_value_caption)
    "kpi_no_history_projects": ("Verknüpfte Projekte und ihre Phase", "Linked projects and their phase"),
}
