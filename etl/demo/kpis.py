"""KPI definitions in Bochum's four fields (what, why, goal, date) and their values.

Values come from the same models as the feeds at scale 1 (hotspot list, parking calibration table,
IVENA facilities), so the KPI page and the feed pages tell one story. Published figures: service
portal over 160 online services in 2024; Bitkom Smart City Index rank 28 (2019), 49 (2023), 36 (2024);
the 2025 rank and all other values are invented. K-05 is deliberately stale: its last value is five
months older than the last full month. District KPIs use the 19 old district numbers before
01.11.2021 and the 12 current ones after.
"""

import datetime as dt

import numpy as np
import pandas as pd

from etl.demo.catalogue import portfolio
from etl.demo.common import DemoSettings, add_months, months_between
from etl.demo.ivena import FACILITIES
from etl.demo.parking_coins import SEASON as COIN_SEASON
from etl.demo.parking_coins import yearly_coins_eur
from etl.demo.parking_transactions import FIRST_DAY as PARKING_FIRST_DAY
from etl.demo.parking_transactions import average_fee_eur, monthly_bookings
from etl.demo.wlan_hotspots import HOTSPOTS

DISTRICT_REFORM = dt.date(2021, 11, 1)
KPI_COLUMNS = [
    "kpi_id",
    "kpi_name",
    "what_we_measure",
    "why_it_matters",
    "goal_text",
    "target_value",
    "target_year",
    "unit",
    "direction",
    "cadence",
    "source",
    "standard_reference",
    "field",
    "linked_projects",
    "computed_from",
]
BITKOM_RANKS = {2019: 28, 2023: 49, 2024: 36, 2025: 33}  # 2025 invented
AIR_STATIONS = [
    ("130", "131", "2021-04-01"),
    ("130", "131", "2021-05-01"),
    ("120", "120", "2021-07-01"),
    ("310", "310", "2021-10-01"),
    ("330", "331", "2022-01-01"),
    ("130", "132", "2022-03-01"),
    ("221", "221", "2022-06-01"),
    ("211", "211", "2022-09-01"),
    ("212", "213", "2023-02-01"),
    ("321", "321", "2023-06-01"),
    ("111", "114", "2024-03-01"),
]
STALE_KPI_MONTHS = 5


def definition_rows() -> list[list[object]]:
    """Typed rows for kpi_definitions.xlsx from portfolio.toml (empty text becomes an empty cell)."""
    return [
        [kpi.get(name, "") if kpi.get(name, "") != "" else None for name in KPI_COLUMNS] for kpi in portfolio()["kpi"]
    ]


def _quarters(first: dt.date, settings: DemoSettings) -> list[dt.date]:
    last_complete = add_months(settings.today.replace(day=1, month=(settings.today.month - 1) // 3 * 3 + 1), -3)
    return [m for m in months_between(first, last_complete) if m.month % 3 == 1]


def _active_hotspots(day: dt.date) -> list:
    return [
        h for h in HOTSPOTS if h.in_operation_from <= day and (h.in_operation_to is None or h.in_operation_to >= day)
    ]


def kpi_value_rows(settings: DemoSettings, wlan_sessions_by_month: pd.Series) -> list[tuple[str, dt.date, str, float]]:
    rows: list[tuple[str, dt.date, str, float]] = []
    last_month = settings.last_full_month
    for month in months_between(dt.date(2016, 4, 1), last_month):
        month_end = add_months(month, 1) - dt.timedelta(days=1)
        active = _active_hotspots(month_end)
        rows.append(("K-01", month, "", float(len(active))))
        by_district: dict[str, int] = {}
        for h in active:
            district = h.district_id if month >= DISTRICT_REFORM else h.old_district_id
            by_district[district] = by_district.get(district, 0) + 1
        rows.extend(("K-01", month, d, float(c)) for d, c in sorted(by_district.items()))
        if month in wlan_sessions_by_month.index:
            rows.append(("K-03", month, "", float(wlan_sessions_by_month[month])))
    for quarter in _quarters(dt.date(2016, 4, 1), settings):
        in_centre = sum(
            1 for h in _active_hotspots(add_months(quarter, 3) - dt.timedelta(days=1)) if h.district_id == "130"
        )
        rows.append(("K-02", quarter, "", round(min(86.0, 6.0 + 2.6 * in_centre), 1)))
    for year in range(2016, settings.today.year):
        rows.append(
            (
                "K-04",
                dt.date(year, 1, 1),
                "",
                float(
                    round(
                        sum(
                            monthly_bookings(year, m)
                            for m in range(1, 13)
                            if dt.date(year, m, 1) >= PARKING_FIRST_DAY.replace(day=1)
                        )
                    )
                ),
            )
        )
        if year in BITKOM_RANKS:
            rows.append(("K-09", dt.date(year, 1, 1), "", float(BITKOM_RANKS[year])))
    for month in months_between(PARKING_FIRST_DAY.replace(day=1), add_months(last_month, -STALE_KPI_MONTHS)):
        phone = monthly_bookings(month.year, month.month) * average_fee_eur(month.year)
        coins = yearly_coins_eur(month.year) * COIN_SEASON[month.month - 1] / COIN_SEASON.sum()
        rows.append(("K-05", month, "", round(100 * phone / (phone + coins), 1)))
    for quarter in _quarters(dt.date(2020, 1, 1), settings):
        quarter_end = add_months(quarter, 3) - dt.timedelta(days=1)
        hospitals = {
            f[0].split("-")[0] if f[0].startswith("SKBS") else f[0]
            for f in FACILITIES
            if f[2] == "Krankenhaus" and dt.date.fromisoformat(f[4]) <= quarter_end
        }
        rows.append(("K-06", quarter, "", float(len(hospitals))))
    for i, month in enumerate(months_between(dt.date(2020, 1, 1), last_month)):
        rows.append(("K-07", month, "", round(93 - 38 * np.exp(-i / 14) + 0.8 * np.sin(i), 1)))
    for i, quarter in enumerate(_quarters(dt.date(2019, 1, 1), settings)):
        rows.append(("K-08", quarter, "", float(round(12 + 153 * (1 - np.exp(-i / 9)) + 2.2 * max(i - 20, 0)))))
    for i, month in enumerate(months_between(dt.date(2023, 3, 1), last_month)):
        rows.append(("K-10", month, "", float(round(40 + 5.2 * i - 0.02 * i * i))))
    for quarter in _quarters(dt.date(2021, 4, 1), settings):
        quarter_end = add_months(quarter, 3) - dt.timedelta(days=1)
        counts: dict[str, int] = {}
        for current, old, start in AIR_STATIONS:
            if dt.date.fromisoformat(start) <= quarter_end:
                district = current if quarter >= DISTRICT_REFORM else old
                counts[district] = counts.get(district, 0) + 1
        rows.extend(("K-11", quarter, d, float(c)) for d, c in sorted(counts.items()))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))
