"""Names and "so berechnet" texts of the quantities several screens show (docs/metrics.md): key -> (German,
English). Every screen that shows one of them uses these names, so the same figure has the same name."""

TEXTS = {
    "metric_phone_share_year": (
        "Anteil der Parkgebühren per Handy {year}",
        "Share of parking fees paid by phone {year}",
    ),
    "metric_phone_share_method": (
        "So berechnet: per Handy bezahlte Parkgebühren (ohne Servicegebühr) ÷ (per Handy bezahlte Parkgebühren "
        "+ Münzeinnahmen der Parkscheinautomaten), vom 01.01. bis zum Stichtag; Münzen zählen am Tag der "
        "Leerung. Aus den Handyparken-Buchungen und Automatenleerungen, nicht aus gelieferten Kennzahlwerten. "
        "Status wie im KPI-Katalog: ab Zielwert grün, höchstens 10 % des Zielwerts darunter gelb, sonst rot.",
        "How it is calculated: parking fees paid by phone (without service fee) ÷ (fees paid by phone + coin "
        "income of the ticket machines), from 1 January to the reference date; coins count on the day a machine "
        "was emptied. From the mobile parking bookings and machine emptyings, not from delivered KPI values. "
        "Status as in the KPI catalogue: green at target, amber up to 10 % of the target below it, else red.",
    ),
    "metric_centre_within_reach": (
        "Fläche Mitte im {radius}-m-Umkreis eines Hotspots",
        "Area of Mitte within {radius} m of a hotspot",
    ),
    "metric_centre_within_reach_method": (
        "So berechnet: Anteil der Rasterpunkte des (schematischen) Stadtbezirks Mitte, die höchstens {radius} m "
        "von einem am Stichtag betriebenen Hotspot entfernt sind. Nicht dasselbe wie die Kennzahl „Abdeckung "
        "der Innenstadt mit freiem WLAN“ im KPI-Katalog: die zählt gemessenen WLAN-Empfang auf Plätzen und in "
        "Fußgängerzonen.",
        "How it is calculated: the share of grid points of the (schematic) district Mitte at most {radius} m "
        "from a hotspot in operation on the reference date. Not the KPI “Abdeckung der Innenstadt mit freiem "
        "WLAN” of the KPI catalogue, which counts measured Wi-Fi reception on squares and pedestrian zones.",
    ),
    "metric_wlan_data_as_of": ("Datenstand (letzte gemeldete Nutzung)", "Data as of (latest reported use)"),
    "metric_plan_method": (
        "So berechnet: Ansatz (ursprünglich) = Haushaltsansatz wie beschlossen; Ansatz (fortgeschrieben) = nach "
        "Übertragungen und Nachträgen, Summe der Haushaltszeilen des Jahres.",
        "How it is calculated: appropriation (original) = the budget as adopted; appropriation (updated) = after "
        "carry-overs and supplements, summed over the year's budget lines.",
    ),
    "metric_unspent_method": (
        "So berechnet: noch nicht ausgegeben = Ansatz (fortgeschrieben) − Ist je geförderter Haushaltszeile "
        "(Obligo eingeschlossen, denn erst Zahlungen zählen für die Förderung), nie unter 0.",
        "How it is calculated: not yet spent = appropriation (updated) − actual per funded budget line "
        "(committed money included, since only payments count for a grant), never below 0.",
    ),
    "metric_hospitals": ("Krankenhäuser angeschlossen", "Hospitals connected"),
    "metric_hospitals_method": (
        "So berechnet: Krankenhäuser, die am Stichtag Voranmeldungen über IVENA empfangen; ein Klinikum mit "
        "mehreren Standorten zählt als ein Haus (wie in der Kennzahl). Standorte: {sites}.",
        "How it is calculated: hospitals receiving announcements through IVENA on the reference date; a hospital "
        "with several sites counts once (as in the KPI). Sites: {sites}.",
    ),
}
