"""Shared helpers of the demo generator: the reporting calendar, random streams, text formats.

Every value is derived from (seed, scale, today) only, so the same inputs give the same files.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from etl.formats import format_date, format_month

EPOCH = np.datetime64("1970-01-01", "D")


@dataclass(frozen=True)
class DemoSettings:
    """What every part of the generator needs to know about the run."""

    seed: int
    scale: float
    today: dt.date

    def rng(self, stream: str) -> np.random.Generator:
        """An independent random stream per delivery, so adding one never changes another."""
        stream_key = int.from_bytes(stream.encode("utf-8")[:16].ljust(16, b"\0"), "little")
        return np.random.default_rng([self.seed, stream_key % (2**63)])

    @property
    def last_full_month(self) -> dt.date:
        """First day of the last month that is complete before today."""
        return add_months(self.today.replace(day=1), -1)

    @property
    def actual_as_of(self) -> dt.date:
        """Last day of the last full month: the date up to which actuals are booked."""
        return self.today.replace(day=1) - dt.timedelta(days=1)

    @property
    def yesterday(self) -> dt.date:
        return self.today - dt.timedelta(days=1)

    @property
    def file_timestamp(self) -> dt.datetime:
        """Fixed creation time written into .xlsx files (the morning of the delivery day)."""
        return dt.datetime.combine(self.today, dt.time(7, 30))


def add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of all months from first's month to last's month, inclusive."""
    return [add_months(first.replace(day=1), i) for i in range(month_index(last) - month_index(first) + 1)]


def to_day_number(day: dt.date) -> int:
    """Days since 1970-01-01, the integer form used in the vectorised feeds."""
    return (day - dt.date(1970, 1, 1)).days


def from_day_number(number: int) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(number))


def day_numbers(first: dt.date, last: dt.date) -> np.ndarray:
    return np.arange(to_day_number(first), to_day_number(last) + 1)


def date_parts(day_number: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, weekday with Monday=0) of day numbers, vectorised."""
    days = EPOCH + day_number.astype("timedelta64[D]")
    years = days.astype("datetime64[Y]").astype(int) + 1970
    months = days.astype("datetime64[M]").astype(int) % 12 + 1
    weekdays = (day_number + 3) % 7  # 1970-01-01 was a Thursday
    return years, months, weekdays


def date_text_table(first_day_number: int, last_day_number: int) -> np.ndarray:
    """'dd.mm.yyyy' for every day in a range, to be indexed by day_number - first_day_number."""
    return np.array(
        [format_date(from_day_number(n)) for n in range(first_day_number, last_day_number + 1)], dtype=object
    )


def format_dates(day_number: np.ndarray) -> np.ndarray:
    day_number = np.asarray(day_number, dtype=np.int64)
    if len(day_number) == 0:
        return np.array([], dtype=object)
    first, last = int(day_number.min()), int(day_number.max())
    return date_text_table(first, last)[day_number - first]


MINUTE_TEXT = np.array([f"{m // 60:02d}:{m % 60:02d}" for m in range(1440)], dtype=object)


def format_timestamps(minute_number: np.ndarray) -> np.ndarray:
    """'dd.mm.yyyy hh:mm' of minutes since 1970-01-01, vectorised through lookup tables."""
    day_number = minute_number // 1440
    return format_dates(day_number) + " " + MINUTE_TEXT[minute_number % 1440]


TWO_DIGITS = np.array([f"{i:02d}" for i in range(100)], dtype=object)


def format_cents(cents: np.ndarray) -> np.ndarray:
    """Euro amounts given in cents as '12,34' (no thousands dots: feeds may omit them)."""
    cents = np.asarray(cents, dtype=np.int64)
    euros = (np.abs(cents) // 100).astype(str).astype(object)
    sign = np.where(cents < 0, "-", "").astype(object)
    return sign + euros + "," + TWO_DIGITS[np.abs(cents) % 100]


def format_fixed(values: np.ndarray, places: int) -> np.ndarray:
    """Non-negative decimals with one or two places and decimal comma, vectorised."""
    factor = 10**places
    scaled = np.round(np.asarray(values, dtype=float) * factor).astype(np.int64)
    whole = (scaled // factor).astype(str).astype(object)
    fraction = TWO_DIGITS[scaled % factor] if places == 2 else (scaled % factor).astype(str).astype(object)
    return whole + "," + fraction


def month_text(day: dt.date) -> str:
    return format_month(day)
