"""Texts of the Datenstand page that say what a viewer's scope leaves out."""

TEXTS = {
    "rows_own_projects": ("Zeilen Ihrer Projekte", "Rows of your projects"),
    "deliveries_own_only": (
        "Gezählt sind nur die Zeilen der Projekte Ihres Bereichs. Messdaten (WLAN, Handyparken, "
        "Notfallversorgung), KPI-Katalog und stadtweite Zählungen (Dateien, Quarantäne) sind ausgeblendet.",
        "Only the rows of your area's projects are counted. Measurement feeds (Wi-Fi, mobile parking, "
        "emergency care), the KPI catalogue and city-wide counts (files, quarantine) are left out.",
    ),
    "quarantine_rows_cdo_only": (
        "{count} Zeilen sind in Quarantäne. Die Zeilen selbst mit ihren Werten sieht nur die Stabsstelle.",
        "{count} rows are in quarantine. Only the Stabsstelle sees the rows themselves with their values.",
    ),
    "quarantine_not_yours": (
        "Die Quarantäne betrifft nur Messdaten (WLAN, Handyparken, Notfallversorgung), nicht die Lieferungen "
        "Ihrer Projekte. Die zurückgestellten Zeilen sieht nur die Stabsstelle.",
        "Quarantine holds only measurement feeds (Wi-Fi, mobile parking, emergency care), not the deliveries "
        "of your projects. Only the Stabsstelle sees the rows set aside.",
    ),
    "findings_cdo_only": (
        "Befunde der Ladeläufe sieht nur die Stabsstelle.",
        "Only the Stabsstelle sees the findings of load runs.",
    ),
    "load_log_city_counts_left_out": (
        "Befunde der Ladeläufe sieht nur die Stabsstelle. Dateien und Zeilen je Ladelauf zählen für die "
        "ganze Stadt und sind ausgeblendet.",
        "Only the Stabsstelle sees the findings of load runs. Files and rows per load run count for the "
        "whole city and are left out.",
    ),
}
