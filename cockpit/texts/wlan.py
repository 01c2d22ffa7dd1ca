"""Texts of the WLAN page: key -> (German, English)."""

TEXTS = {
    "wlan_intro": (
        "Freies öffentliches WLAN (BS|Hotspot mit BS|ENERGY und Freifunk): Ausbau, Nutzung, Verfügbarkeit und "
        "Abdeckung der Stadtbezirke.",
        "Free public Wi-Fi (BS|Hotspot with BS|ENERGY, and Freifunk): roll-out, use, availability and coverage "
        "of the districts.",
    ),
    "wlan_in_operation": ("Hotspots in Betrieb", "Hotspots in operation"),
    "wlan_out_of_service": ("außer Betrieb", "out of service"),
    "wlan_sessions_90": ("Sitzungen je Tag (90 Tage)", "Sessions per day (90 days)"),
    "wlan_availability_90": ("Verfügbarkeit (90 Tage)", "Availability (90 days)"),
    "wlan_over_time": ("Hotspots in Betrieb je Monat", "Hotspots in operation per month"),
    "wlan_month": ("Monat", "Month"),
    "wlan_hotspots_axis": ("Hotspots am Monatsende", "Hotspots at month end"),
    "wlan_usage": ("Nutzung", "Use"),
    "wlan_measure": ("Kennzahl", "Measure"),
    "wlan_sessions": ("Sitzungen", "Sessions"),
    "wlan_devices": ("Geräte (Summe der Tageswerte je Hotspot)", "Devices (sum of daily counts per hotspot)"),
    "wlan_volume": ("Datenvolumen (GB)", "Data volume (GB)"),
    "wlan_availability": ("Verfügbarkeit (%)", "Availability (%)"),
    "wlan_period_start": ("Periode ab", "Period from"),
    "wlan_partial_periods": (
        "Erste und letzte Periode können angeschnitten sein (Zeitraum bzw. Stichtag).",
        "The first and last period may be partial (period start, reference date).",
    ),
    "wlan_coverage": ("Abdeckung der Stadtbezirke", "Coverage of the districts"),
    "wlan_coverage_method": (
        "Methode: ein Raster aus Punkten im Abstand von {cell} m über dem Stadtgebiet; jeder Punkt gehört zu dem "
        "Stadtbezirk, dessen Mittelpunkt ihm am nächsten liegt (schematische Bezirksflächen, keine amtlichen "
        "Grenzen). Ein Punkt gilt als abgedeckt, wenn ein am Stichtag betriebener Hotspot höchstens {radius} m "
        "entfernt ist. Gebäude und Abschattung bleiben unberücksichtigt.",
        "Method: a grid of points {cell} m apart over the city; each point belongs to the district whose centre "
        "is nearest (schematic district areas, not official boundaries). A point counts as covered when a hotspot "
        "in operation on the reference date is at most {radius} m away. Buildings and shading are ignored.",
    ),
    "wlan_share_covered": ("Anteil in Reichweite", "Share within reach"),
    "wlan_district": ("Stadtbezirk", "District"),
    "wlan_hotspot_count": ("Hotspots in Betrieb", "Hotspots in operation"),
    "wlan_coverage_map_note": (
        "Schematische Kachelkarte: eine Kachel je Stadtbezirk, grob nach Lage angeordnet",
        "Schematic tile map: one tile per district, arranged roughly by location",
    ),
    "wlan_ranking": ("Beste und schwächste Hotspots", "Best and weakest hotspots"),
    "wlan_ranking_window": (
        "Letzte 90 Tage bis zum Stichtag; Sitzungen je Tag in Betrieb; Hotspots ohne gemeldete Nutzung bleiben "
        "außen vor.",
        "Last 90 days up to the reference date; sessions per day in operation; hotspots without reported use are "
        "left out.",
    ),
    "wlan_best_sessions": ("Meiste Sitzungen je Tag", "Most sessions per day"),
    "wlan_worst_sessions": ("Wenigste Sitzungen je Tag", "Fewest sessions per day"),
    "wlan_best_availability": ("Höchste Verfügbarkeit", "Highest availability"),
    "wlan_worst_availability": ("Niedrigste Verfügbarkeit", "Lowest availability"),
    "wlan_place": ("Standort", "Place"),
    "wlan_sessions_per_day": ("Sitzungen je Tag", "Sessions per day"),
    "wlan_days_in_operation": ("Tage in Betrieb", "Days in operation"),
    "wlan_ranking_download_help": (
        "Alle Hotspots der Rangliste herunterladen, nicht nur die fünf besten und schwächsten",
        "Download every hotspot of the ranking, not only the five best and weakest",
    ),
    "wlan_map": ("Hotspots nach Status", "Hotspots by status"),
    "wlan_map_note": ("Positionen ungefähr", "Positions approximate"),
    "wlan_operator": ("Betreiber", "Operator"),
    "wlan_since": ("in Betrieb seit", "in operation since"),
    "wlan_until": ("bis", "until"),
    "wlan_status": ("Status am Stichtag", "Status on the reference date"),
    "wlan_latitude": ("Breitengrad", "Latitude"),
    "wlan_longitude": ("Längengrad", "Longitude"),
}
