"""Handyparken transactions as exported by the provider, one row per parking session.

Volumes follow DOMAIN.md: about 1,000 bookings in October 2016, 4,600 in February 2017, 7,100 a
month by December 2017, and 240,000 / 380,000 / 530,000 bookings in 2022 / 2023 / 2024; the other
years are invented. The published "revenue paid by phone" (EUR 0.5 M / 0.9 M / 1.29 M) is taken as
the sum of parking fees without the provider's service fee; the generator tunes durations per year
until the fee sum hits its target, so yearly sums stay within a few percent at any scale.

Tariff: EUR 0.90 per 30 minutes (3 cents a minute), Monday to Saturday 9-20 h, Sundays free (no
bookings). Zones: 'I' (max 3 h) until 30.04.2024; 'II' (extended zone from 01.09.2023, invented
tariff 2 cents a minute, max 3 h); 'I a' (max 3 h) and 'I b' (up to 24 h, capped at the EUR 9 day
ticket) from 01.05.2024. Sessions in 3-hour zones end at 20:00 at the latest.

Deliberately invalid rows (for the quarantine view): ended before started, fee '-0,90', channel
'Fax', time '25:61', zone 'III', a duplicated transaction id, a missing number plate, service fee
'abc', date '30.02.2024', a missing parking fee.
"""

import datetime as dt

import numpy as np
import pandas as pd

from etl.demo.common import (
    DemoSettings,
    date_parts,
    day_numbers,
    format_cents,
    format_timestamps,
    months_between,
    to_day_number,
)

FIRST_DAY = dt.date(2016, 9, 16)
EARLY_MONTHLY = {(2016, 9): 300, (2016, 10): 1000, (2016, 11): 1500, (2016, 12): 2100, (2017, 1): 3500}
YEARLY_BOOKINGS = {
    2018: 95_000,
    2019: 120_000,
    2020: 100_000,
    2021: 150_000,
    2022: 240_000,
    2023: 380_000,
    2024: 530_000,
    2025: 610_000,
    2026: 680_000,
}
YEARLY_FEES_EUR = {2022: 500_000, 2023: 900_000, 2024: 1_290_000}  # published; other years: AVERAGE_FEE
AVERAGE_FEE = {2016: 1.95, 2017: 1.98, 2018: 2.0, 2019: 2.02, 2020: 2.02, 2021: 2.05, 2025: 2.48, 2026: 2.52}
SEASON = np.array([0.85, 0.85, 0.95, 0.98, 1.0, 0.97, 0.95, 0.97, 1.0, 1.03, 1.08, 1.37])
COVID_MONTHS = {
    (2020, 4): 0.35,
    (2020, 5): 0.7,
    (2020, 12): 0.5,
    (2021, 1): 0.5,
    (2021, 2): 0.5,
    (2021, 3): 0.75,
    (2021, 4): 0.7,
    (2021, 5): 0.85,
}
HOUR_WEIGHTS_WEEKDAY = np.array([0.07, 0.10, 0.12, 0.11, 0.09, 0.09, 0.10, 0.10, 0.09, 0.07, 0.06])
HOUR_WEIGHTS_SATURDAY = np.array([0.08, 0.12, 0.14, 0.14, 0.12, 0.11, 0.10, 0.08, 0.06, 0.03, 0.02])
DAY_WEIGHTS = np.array([1.0, 1.0, 1.0, 1.05, 1.1, 1.45, 0.0])
PAID_FROM, PAID_UNTIL = 9 * 60, 20 * 60
EXTENDED_ZONE_FROM, ZONE_REFORM_FROM = dt.date(2023, 9, 1), dt.date(2024, 5, 1)


def monthly_bookings(year: int, month: int) -> float:
    """Bookings in a month at scale 1 (the calibration table)."""
    if (year, month) in EARLY_MONTHLY:
        return float(EARLY_MONTHLY[(year, month)])
    if year == 2017:
        return 4600 + (7100 - 4600) * (month - 2) / 10
    total = YEARLY_BOOKINGS.get(year, YEARLY_BOOKINGS[2026] * 1.06 ** max(year - 2026, 0))
    weights = SEASON * np.array([COVID_MONTHS.get((year, m), 1.0) for m in range(1, 13)])
    return float(total * weights[month - 1] / weights.sum())


def average_fee_eur(year: int) -> float:
    """Mean parking fee per booking: published revenue / bookings where known, else invented."""
    if year in YEARLY_FEES_EUR:
        return YEARLY_FEES_EUR[year] / YEARLY_BOOKINGS[year]
    return AVERAGE_FEE.get(year, 2.52 * 1.01 ** max(year - 2026, 0))


def _start_minutes(year: int, settings: DemoSettings, rng: np.random.Generator) -> np.ndarray:
    """Start times (minutes since 1970) of all bookings of one year, before today."""
    first = max(dt.date(year, 1, 1), FIRST_DAY)
    last = min(dt.date(year, 12, 31), settings.yesterday)
    starts = []
    for month in months_between(first, last):
        days = day_numbers(max(month, first), min(_month_end(month), last))
        full_days = (_month_end(month) - month).days + 1
        count = int(round(monthly_bookings(month.year, month.month) * settings.scale * len(days) / full_days))
        if month == FIRST_DAY.replace(day=1):
            count = int(round(monthly_bookings(month.year, month.month) * settings.scale))
        _, _, weekdays = date_parts(days)
        slot_weights = np.where(weekdays[:, None] == 5, HOUR_WEIGHTS_SATURDAY, HOUR_WEIGHTS_WEEKDAY)
        slot_weights = slot_weights * DAY_WEIGHTS[weekdays][:, None]
        slots = rng.choice(slot_weights.size, count, p=(slot_weights / slot_weights.sum()).ravel())
        day = days[slots // len(HOUR_WEIGHTS_WEEKDAY)]
        minute_of_day = PAID_FROM + (slots % len(HOUR_WEIGHTS_WEEKDAY)) * 60 + rng.integers(0, 60, count)
        starts.append(day * 1440 + minute_of_day)
    return np.sort(np.concatenate(starts)) if starts else np.zeros(0, dtype=np.int64)


def _month_end(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _zones(start: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    day = start // 1440
    extended = day >= to_day_number(EXTENDED_ZONE_FROM)
    reform = day >= to_day_number(ZONE_REFORM_FROM)
    draw = rng.random(len(start))
    zone = np.where(extended & (draw < 0.15), "II", "I").astype(object)
    return np.where(reform, np.select([draw < 0.15, draw < 0.4], ["II", "I b"], "I a"), zone).astype(object)


def _fees(start: np.ndarray, raw_minutes: np.ndarray, zone: np.ndarray, stretch: float):
    """Durations (minutes) and parking fees (cents) for a duration stretch factor."""
    minute_of_day = start % 1440
    long_stay = zone == "I b"
    duration = np.clip(np.round(raw_minutes * stretch), 10, np.where(long_stay, 1440, 180)).astype(np.int64)
    duration = np.where(long_stay, duration, np.maximum(np.minimum(duration, PAID_UNTIL - minute_of_day), 1))
    end_of_day = minute_of_day + duration
    paid = np.clip(np.minimum(end_of_day, PAID_UNTIL) - minute_of_day, 0, None) + np.clip(
        np.minimum(end_of_day, PAID_UNTIL + 1440) - (PAID_FROM + 1440), 0, None
    )
    rate = np.where(zone == "II", 2, 3)
    fee = np.where(long_stay, np.minimum(paid * rate, 900), paid * rate)
    return duration, fee.astype(np.int64)


def year_transactions(year: int, settings: DemoSettings, plates: np.ndarray, plate_weights: np.ndarray) -> pd.DataFrame:
    """Numeric transactions of one year (started_at, ended_at in minutes; fees in cents)."""
    rng = settings.rng(f"parking:{year}")
    start = _start_minutes(year, settings, rng)
    n = len(start)
    zone = _zones(start, rng)
    raw_minutes = np.where(zone == "I b", 150.0, 62.0) * rng.lognormal(0, 0.65, n)
    target = average_fee_eur(year) * 100 * n
    stretch = 1.0
    for _ in range(6):
        duration, fee = _fees(start, raw_minutes, zone, stretch)
        if n == 0 or fee.sum() == 0:
            break
        stretch *= (target / fee.sum()) ** 1.2
    fraction = (year - 2016) / 10
    phone_share = np.clip((year - 2018) * 0.004, 0, 0.03)
    app_share = min(0.78 + 0.12 * fraction, 0.9)
    channel = rng.choice(
        np.array(["App", "SMS", "Anruf"], dtype=object), n, p=[app_share, 1 - app_share - phone_share, phone_share]
    )
    service = np.where(year < 2019, 25, np.minimum(15 + np.round(fee * 0.05), 35)).astype(np.int64)
    return pd.DataFrame(
        {
            "start": start,
            "end": start + duration,
            "zone": zone,
            "fee": fee,
            "service": service,
            "channel": channel,
            "plate": rng.choice(plates, n, p=plate_weights),
        }
    )


def plate_pool(settings: DemoSettings, size: int = 80_000) -> tuple[np.ndarray, np.ndarray]:
    """Invented number plates and a skewed booking frequency (regular parkers book often)."""
    rng = settings.rng("plates")
    prefixes = rng.choice(["BS", "WF", "GF", "PE", "SZ"], size, p=[0.74, 0.08, 0.06, 0.06, 0.06])
    letters = np.array(list("ABCDEFGHIJKLMNOPRSTUVWXYZ"))
    first, second = rng.choice(letters, size), rng.choice(letters, size)
    two_letters = rng.random(size) < 0.7
    numbers = rng.integers(1, 10000, size)
    plates = [
        f"{p}-{a}{b if two else ''} {num}"
        for p, a, b, two, num in zip(prefixes, first, second, two_letters, numbers, strict=True)
    ]
    plates = np.array(list(dict.fromkeys(plates)), dtype=object)
    weights = 1.0 / (np.arange(len(plates)) + 20.0) ** 1.05
    return plates, weights / weights.sum()


def transactions_text(frame: pd.DataFrame, first_number: int) -> pd.DataFrame:
    numbers = pd.Series(np.arange(first_number, first_number + len(frame))).astype(str).str.zfill(9)
    return pd.DataFrame(
        {
            "transaction_id": ("HP" + numbers).to_numpy(dtype=object),
            "zone": frame["zone"].to_numpy(dtype=object),
            "started_at": format_timestamps(frame["start"].to_numpy()) if len(frame) else [],
            "ended_at": format_timestamps(frame["end"].to_numpy()) if len(frame) else [],
            "parking_fee_eur": format_cents(frame["fee"].to_numpy()),
            "service_fee_eur": format_cents(frame["service"].to_numpy()),
            "channel": frame["channel"].to_numpy(dtype=object),
            "number_plate": frame["plate"].to_numpy(dtype=object),
        }
    )


def invalid_rows(year: int, duplicate_id: str) -> list[list[str]]:
    rows = {
        2022: [
            ["HPX00000001", "I", "12.03.2022 10:15", "12.03.2022 09:40", "1,05", "0,20", "App", "BS-QX 4711"],
            ["HPX00000002", "I", "19.05.2022 11:02", "19.05.2022 11:32", "-0,90", "0,20", "App", "WF-KL 815"],
            ["HPX00000003", "I", "02.07.2022 12:20", "02.07.2022 13:20", "1,80", "0,24", "Fax", "BS-MM 1200"],
        ],
        2023: [
            ["HPX00000004", "I", "12.03.2023 25:61", "12.03.2023 12:00", "0,90", "0,20", "SMS", "BS-AB 1"],
            ["HPX00000005", "III", "14.10.2023 10:00", "14.10.2023 11:00", "1,80", "0,24", "App", "GF-Z 77"],
            [duplicate_id, "I", "15.10.2023 10:00", "15.10.2023 10:30", "0,90", "0,20", "App", "BS-RT 300"],
            ["HPX00000006", "II", "20.11.2023 15:00", "20.11.2023 16:00", "1,20", "0,21", "App", ""],
        ],
        2024: [
            ["HPX00000007", "I a", "08.06.2024 10:00", "08.06.2024 10:45", "1,35", "abc", "App", "PE-S 42"],
            ["HPX00000008", "I a", "30.02.2024 10:00", "30.02.2024 11:00", "1,80", "0,24", "SMS", "SZ-KT 9"],
            ["HPX00000009", "I b", "11.09.2024 08:55", "11.09.2024 17:00", "", "0,35", "App", "BS-LN 5150"],
        ],
    }
    return rows.get(year, [])
