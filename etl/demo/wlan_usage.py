"""Daily usage per WLAN hotspot: sessions, devices, data volume and availability.

Pattern: adoption ramp 2016/2017, Covid dip 2020/2021, busier Fridays and Saturdays, Christmas
market in late November and December, summer high. Availability is mostly 97-100 % with occasional
partial and full outages.

Deliberately invalid rows (for the quarantine view), added whatever the scale:
  H-001 12.03.2019 availability '104,0' (above 100)
  H-002 14.07.2020 sessions '-3' (negative)
  H-999 01.06.2021 unknown hotspot id
  H-001 '31.02.2023' (no such date)
  H-003 05.05.2022 sessions 'k.A.' (not a number)
  H-001 10.10.2024 the same hotspot and day twice (duplicate key)
  H-002 15.08.2025 data volume missing
  H-001 01.03.2026 availability '-1,5' (below 0)
"""

import datetime as dt
import math

import numpy as np
import pandas as pd

from etl.demo.common import DemoSettings, date_parts, day_numbers, format_dates, format_fixed, to_day_number
from etl.demo.wlan_hotspots import HOTSPOTS, Hotspot

SEASON = np.array([0.85, 0.85, 0.95, 1.0, 1.05, 1.15, 1.2, 1.15, 1.0, 0.95, 1.0, 1.35])
WEEKDAY = np.array([0.9, 0.92, 0.95, 1.0, 1.12, 1.38, 0.72])
COVID_FACTORS = [
    ("2020-03-16", "2020-05-15", 0.3),
    ("2020-05-16", "2020-10-31", 0.7),
    ("2020-11-01", "2021-05-31", 0.45),
    ("2021-06-01", "2021-12-31", 0.8),
]
INVALID_ROWS = [
    ("H-001", "12.03.2019", "640", "455", "31,20", "104,0"),
    ("H-002", "14.07.2020", "-3", "0", "0,00", "99,1"),
    ("H-999", "01.06.2021", "120", "88", "6,10", "99,8"),
    ("H-001", "31.02.2023", "700", "510", "60,40", "99,9"),
    ("H-003", "05.05.2022", "k.A.", "301", "25,00", "99,5"),
    ("H-002", "15.08.2025", "810", "590", "", "99,7"),
    ("H-001", "01.03.2026", "420", "300", "50,00", "-1,5"),
]
DUPLICATED_DAY = ("H-001", dt.date(2024, 10, 10))


def _adoption(day_number: np.ndarray) -> np.ndarray:
    start, full = to_day_number(dt.date(2016, 4, 15)), to_day_number(dt.date(2018, 1, 1))
    ramp = np.clip(0.35 + 0.65 * (day_number - start) / (full - start), 0.35, 1.0)
    growth = 1.0 + 0.04 * np.clip((day_number - full) / 365.25, 0, None)
    factor = ramp * growth
    for first, last, value in COVID_FACTORS:
        inside = (day_number >= to_day_number(dt.date.fromisoformat(first))) & (
            day_number <= to_day_number(dt.date.fromisoformat(last))
        )
        factor = np.where(inside, factor * value, factor)
    return factor


def hotspot_usage(hotspot: Hotspot, settings: DemoSettings) -> pd.DataFrame | None:
    """Numeric daily usage of one hotspot, from its own random stream (None before it opens)."""
    last = min(hotspot.in_operation_to or settings.yesterday, settings.yesterday)
    if last < hotspot.in_operation_from:
        return None
    rng = settings.rng(f"wlan:{hotspot.hotspot_id}")
    days = day_numbers(hotspot.in_operation_from, last)
    _, months, weekdays = date_parts(days)
    n = len(days)
    christmas = np.isin(months, [11]) & (pd.to_datetime(days, unit="D").day.to_numpy() >= 24)
    expected = hotspot.popularity * _adoption(days) * SEASON[months - 1] * WEEKDAY[weekdays]
    expected = expected * np.where(christmas, 1.3, 1.0)
    expected = expected * np.where(np.arange(n) < 30, 0.6, 1.0)  # a new hotspot is found slowly
    availability = 100 - np.minimum(rng.exponential(0.5, n), 3.0)
    partial = rng.random(n) < 0.012
    availability = np.where(partial, rng.uniform(20, 95, n), availability)
    availability = np.where(rng.random(n) < 0.0015, 0.0, availability)
    sessions = np.round(expected * rng.lognormal(0, 0.18, n) * availability / 100).astype(np.int64)
    devices = np.minimum(np.round(sessions * rng.uniform(0.55, 0.8, n)), sessions).astype(np.int64)
    years_in = (days - to_day_number(dt.date(2016, 1, 1))) / 365.25
    megabytes = (35 + 12.5 * years_in) * rng.lognormal(0, 0.2, n)
    return pd.DataFrame(
        {
            "hotspot_id": hotspot.hotspot_id,
            "day": days,
            "sessions": sessions,
            "devices": devices,
            "volume_gb": sessions * megabytes / 1024,
            "availability": np.round(availability, 1),
        }
    )


def usage_of_real_hotspots(settings: DemoSettings) -> pd.DataFrame:
    return pd.concat([hotspot_usage(h, settings) for h in HOTSPOTS], ignore_index=True)  # None frames are skipped


def usage_to_write(real_usage: pd.DataFrame, hotspots: list[Hotspot], settings: DemoSettings) -> pd.DataFrame:
    """Scale the feed: fewer real hotspots below scale 1, replica hotspots above."""
    if settings.scale < 1:
        keep = {h.hotspot_id for h in HOTSPOTS[: max(3, math.ceil(len(HOTSPOTS) * settings.scale))]}
        return real_usage[real_usage["hotspot_id"].isin(keep)]
    real_ids = {h.hotspot_id for h in HOTSPOTS}
    replicas = [hotspot_usage(h, settings) for h in hotspots if h.hotspot_id not in real_ids]
    return pd.concat([real_usage, *replicas], ignore_index=True)


def usage_text_by_year(usage: pd.DataFrame, settings: DemoSettings) -> dict[int, pd.DataFrame]:
    """Text tables per year, sorted by day and hotspot, with the invalid rows planted."""
    usage = usage.sort_values(["day", "hotspot_id"], kind="stable").reset_index(drop=True)
    years, _, _ = date_parts(usage["day"].to_numpy())
    text = pd.DataFrame(
        {
            "hotspot_id": usage["hotspot_id"].to_numpy(dtype=object),
            "usage_date": format_dates(usage["day"].to_numpy()),
            "sessions": usage["sessions"].astype(str).to_numpy(dtype=object),
            "unique_devices": usage["devices"].astype(str).to_numpy(dtype=object),
            "data_volume_gb": format_fixed(usage["volume_gb"].to_numpy(), 2),
            "availability_pct": format_fixed(usage["availability"].to_numpy(), 1),
        }
    )
    tables = {int(y): text[years == y] for y in np.unique(years)}
    duplicate_day = to_day_number(DUPLICATED_DAY[1])
    for year, table in tables.items():
        corrupted = [row for row in INVALID_ROWS if int(row[1][-4:]) == year and _plausibly_past(row[1], settings)]
        replaced = {(row[0], row[1]) for row in corrupted}  # a corrupted row replaces the valid row of its day
        keep = [(h, d) not in replaced for h, d in zip(table["hotspot_id"], table["usage_date"], strict=True)]
        extra = [tuple(row) for row in corrupted]
        duplicate = usage[(usage["hotspot_id"] == DUPLICATED_DAY[0]) & (usage["day"] == duplicate_day)]
        if DUPLICATED_DAY[1].year == year and len(duplicate):
            extra.append(tuple(text.loc[duplicate.index[0]]))
        if extra:
            tables[year] = pd.concat([table[keep], pd.DataFrame(extra, columns=text.columns)], ignore_index=True)
    return tables


def _plausibly_past(date_text: str, settings: DemoSettings) -> bool:
    day, month, year = (int(part) for part in date_text.split("."))
    return dt.date(year, month, min(day, 28)) < settings.today
