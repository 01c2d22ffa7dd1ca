"""Hotspots of the free public WLAN (BS|Hotspot with BS|ENERGY) and of Freifunk Braunschweig.

Seven hotspots from April 2016 (Kohlmarkt, Schlossplatz/Bohlweg first), 26 by June 2018 as in the
council's WLAN concept, then growth into the districts, partly as Freifunk access points at fire
stations. Places are real squares and streets; coordinates are approximate; dates after June 2018
and the two hotspots taken out of service are invented.
"""

import datetime as dt
from dataclasses import dataclass

BSE = "BS|ENERGY"
FREIFUNK = "Freifunk Braunschweig"


@dataclass(frozen=True)
class Hotspot:
    hotspot_id: str
    place: str
    latitude: float
    longitude: float
    district_id: str  # current Stadtbezirk (since 01.11.2021)
    old_district_id: str  # Stadtbezirk before 01.11.2021, for KPI values of earlier periods
    operator: str
    in_operation_from: dt.date
    in_operation_to: dt.date | None
    popularity: float  # typical sessions per day at full adoption


_RAW = [
    ("Kohlmarkt", 52.2623, 10.5190, "130", "131", BSE, "2016-04-15", None, 820),
    ("Schlossplatz/Bohlweg", 52.2638, 10.5265, "130", "131", BSE, "2016-04-15", None, 760),
    ("Burgplatz", 52.2642, 10.5236, "130", "131", BSE, "2016-04-29", None, 610),
    ("Altstadtmarkt", 52.2617, 10.5160, "130", "131", BSE, "2016-04-29", None, 540),
    ("Hagenmarkt", 52.2670, 10.5236, "130", "131", BSE, "2016-04-29", None, 430),
    ("Domplatz", 52.2632, 10.5247, "130", "131", BSE, "2016-04-29", None, 380),
    ("Platz der Deutschen Einheit (Rathaus)", 52.2629, 10.5225, "130", "131", BSE, "2016-04-29", None, 450),
    ("Sack", 52.2640, 10.5200, "130", "131", BSE, "2016-07-01", None, 520),
    ("Damm", 52.2607, 10.5218, "130", "131", BSE, "2016-07-01", None, 640),
    ("Neue Straße", 52.2636, 10.5170, "130", "131", BSE, "2016-09-01", None, 300),
    ("Gewandhaus/Poststraße", 52.2612, 10.5187, "130", "131", BSE, "2016-10-01", None, 330),
    ("Magnikirchplatz", 52.2599, 10.5285, "130", "131", BSE, "2016-11-15", None, 240),
    ("Kohlmarkt Weihnachtsmarkt (temporär)", 52.2628, 10.5196, "130", "131", BSE, "2016-11-20", "2019-01-06", 200),
    ("Friedrich-Wilhelm-Platz", 52.2591, 10.5190, "130", "131", BSE, "2017-03-01", None, 360),
    ("Bankplatz", 52.2600, 10.5160, "130", "131", BSE, "2017-03-01", None, 210),
    ("Ackerhof", 52.2612, 10.5268, "130", "131", BSE, "2017-05-01", None, 150),
    ("Ruhfäutchenplatz", 52.2646, 10.5217, "130", "131", BSE, "2017-05-01", None, 190),
    ("Steinweg/Staatstheater", 52.2644, 10.5300, "130", "131", BSE, "2017-08-01", None, 280),
    ("Wilhelmstraße", 52.2663, 10.5278, "130", "131", BSE, "2017-10-01", None, 170),
    ("Löwenwall", 52.2580, 10.5265, "130", "131", BSE, "2017-11-01", None, 160),
    ("Hauptbahnhof (Willy-Brandt-Platz)", 52.2527, 10.5400, "130", "132", BSE, "2018-01-15", None, 900),
    ("Stadthalle", 52.2582, 10.5354, "130", "132", BSE, "2018-03-01", None, 260),
    ("Bürgerpark (Theaterwall)", 52.2559, 10.5200, "130", "132", BSE, "2018-04-01", None, 230),
    ("Städtisches Museum/Steintorwall", 52.2612, 10.5313, "130", "131", BSE, "2018-05-01", None, 140),
    ("Prinz-Albrecht-Park (Jasperallee)", 52.2700, 10.5420, "120", "120", BSE, "2018-06-01", None, 180),
    ("Rudolfplatz", 52.2687, 10.5040, "310", "310", BSE, "2018-06-15", None, 200),
    ("Okerufer/Inselwall", 52.2690, 10.5150, "130", "131", BSE, "2018-08-01", None, 170),
    ("Frankfurter Straße/Westbahnhof", 52.2580, 10.5030, "310", "310", BSE, "2019-04-01", None, 150),
    ("Feuerwache 1 (Feuerwehrstraße)", 52.2760, 10.5290, "330", "331", FREIFUNK, "2019-07-01", None, 60),
    ("Siegfriedviertel (Siegfriedstraße)", 52.2840, 10.5290, "330", "331", BSE, "2019-09-01", None, 110),
    ("Feuerwache 2 (Weststadt)", 52.2450, 10.4930, "221", "221", FREIFUNK, "2019-11-01", None, 55),
    ("Gliesmaroder Straße/Kastanienallee", 52.2740, 10.5480, "120", "120", BSE, "2020-03-01", None, 120),
    ("Freiwillige Feuerwehr Wenden", 52.3290, 10.5230, "322", "322", FREIFUNK, "2020-06-01", None, 35),
    ("Freiwillige Feuerwehr Lehndorf", 52.2760, 10.4790, "321", "321", FREIFUNK, "2020-06-01", None, 40),
    ("Freiwillige Feuerwehr Rautheim", 52.2350, 10.5830, "212", "213", FREIFUNK, "2020-09-01", None, 30),
    ("Bahnhof Gliesmarode", 52.2790, 10.5660, "120", "120", BSE, "2020-10-01", "2024-03-31", 90),
    ("Nachbarschaftszentrum Weststadt (Donauviertel)", 52.2410, 10.4880, "221", "221", BSE, "2021-04-01", None, 95),
    ("Freiwillige Feuerwehr Querum", 52.2930, 10.5620, "112", "112", FREIFUNK, "2021-06-01", None, 35),
    ("Freiwillige Feuerwehr Volkmarode", 52.2880, 10.6110, "111", "114", FREIFUNK, "2021-09-01", None, 30),
    ("Heidberg (Einkaufszentrum)", 52.2240, 10.5190, "211", "211", BSE, "2022-03-01", None, 110),
    ("Freiwillige Feuerwehr Stöckheim", 52.2120, 10.5140, "211", "211", FREIFUNK, "2022-05-01", None, 30),
    ("Freiwillige Feuerwehr Broitzem", 52.2320, 10.4700, "222", "222", FREIFUNK, "2022-08-01", None, 30),
    ("Südstadt (Einkaufszentrum)", 52.2290, 10.5540, "212", "212", BSE, "2022-10-01", None, 90),
    ("Schwarzer Berg (Ligusterweg)", 52.2940, 10.5080, "321", "321", BSE, "2023-02-01", None, 70),
    ("Freiwillige Feuerwehr Watenbüttel", 52.3070, 10.4420, "321", "321", FREIFUNK, "2023-05-01", None, 25),
    ("Freiwillige Feuerwehr Hondelage", 52.3070, 10.6220, "111", "113", FREIFUNK, "2023-07-01", None, 25),
    ("Stadtbibliothek/Schlosspassage", 52.2647, 10.5251, "130", "131", BSE, "2023-09-01", None, 260),
    ("Freiwillige Feuerwehr Timmerlah", 52.2250, 10.4420, "222", "223", FREIFUNK, "2024-02-01", None, 20),
    ("Freiwillige Feuerwehr Mascherode", 52.2260, 10.5560, "212", "212", FREIFUNK, "2024-04-01", None, 20),
    ("Nordstadt (Nordanger)", 52.2820, 10.5180, "330", "332", BSE, "2024-06-01", None, 90),
    ("Bebelhof (Borsigstraße)", 52.2480, 10.5380, "130", "132", BSE, "2024-09-01", None, 70),
    ("Freiwillige Feuerwehr Bienrode", 52.3200, 10.5500, "322", "323", FREIFUNK, "2025-03-01", None, 20),
    ("Östliches Ringgebiet (Hagenring)", 52.2690, 10.5380, "120", "120", BSE, "2025-05-01", None, 110),
    ("Lehndorf (Saarplatz)", 52.2770, 10.4900, "321", "321", BSE, "2025-09-01", None, 80),
    ("Freiwillige Feuerwehr Rühme", 52.3000, 10.5000, "322", "322", FREIFUNK, "2026-02-01", None, 20),
    ("Westliches Ringgebiet (Madamenweg)", 52.2600, 10.4950, "310", "310", BSE, "2026-05-01", None, 100),
    ("Melverode (Glogaustraße)", 52.2180, 10.5290, "211", "211", BSE, "2026-08-01", None, 60),
]

HOTSPOTS = [
    Hotspot(
        f"H-{i:03d}",
        place,
        lat,
        lon,
        district,
        old,
        operator,
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
        float(popularity),
    )
    for i, (place, lat, lon, district, old, operator, start, end, popularity) in enumerate(_RAW, start=1)
]


def hotspots_with_replicas(scale: float) -> list[Hotspot]:
    """Real hotspots, plus K-1 invented neighbours per hotspot (H-012-2, ...) when scale K >= 2."""
    copies = max(1, int(round(scale)))
    result = list(HOTSPOTS)
    for copy in range(2, copies + 1):
        for h in HOTSPOTS:
            offset = 0.0004 * copy
            result.append(
                Hotspot(
                    f"{h.hotspot_id}-{copy}",
                    f"{h.place} (Zusatz-Hotspot {copy})",
                    round(h.latitude + offset, 4),
                    round(h.longitude - offset, 4),
                    h.district_id,
                    h.old_district_id,
                    h.operator,
                    h.in_operation_from,
                    h.in_operation_to,
                    h.popularity,
                )
            )
    return result


def hotspot_rows(hotspots: list[Hotspot]) -> list[list[object]]:
    return [
        [
            h.hotspot_id,
            h.place,
            h.latitude,
            h.longitude,
            h.district_id,
            h.operator,
            h.in_operation_from,
            h.in_operation_to,
        ]
        for h in hotspots
    ]
