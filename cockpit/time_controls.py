"""Period and granularity shared by the city-KPI pages (WLAN, Handyparken, Notfallversorgung).

Both live in the URL (?zeitraum=12m&raster=monat) and in session state, so switching from WLAN to
Handyparken keeps them; a URL value that is not an option falls back to the default. The window ends
at the reference date (filters.reference_date) and starts the chosen period before it; queries
aggregate their daily marts with date_trunc($grain, ...) between $window_start and $window_end.
"""

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from cockpit import formatting
from cockpit.filters import Filters
from cockpit.i18n import language, t

PERIOD_KEY, GRAIN_KEY = "zeitraum", "raster"
# URL value -> days before the reference date that still belong to the window (None: since the start)
PERIODS = {"90t": 89, "12m": 364, "3j": 3 * 365 - 1, "alle": None}
# URL value -> the date part DuckDB's date_trunc takes
GRAINS = {"tag": "day", "woche": "week", "monat": "month", "jahr": "year"}
DEFAULT_PERIOD, DEFAULT_GRAIN = "12m", "monat"
EARLIEST_DATE = dt.date(1900, 1, 1)  # 'since the start': before any delivery
# German axis ticks and hover dates per grain (weeks are named by their Monday)
AXIS_FORMATS = {"day": "%d.%m.%Y", "week": "%d.%m.%Y", "month": "%b %Y", "year": "%Y"}
HOVER_FORMATS = {"day": "%d.%m.%Y", "week": "%d.%m.%Y", "month": "%B %Y", "year": "%Y"}
_STORED = {PERIOD_KEY: "time_period", GRAIN_KEY: "time_grain"}  # not widget keys: they survive any page
_WIDGETS = {PERIOD_KEY: "time_period_choice", GRAIN_KEY: "time_grain_choice"}


@dataclass(frozen=True)
class TimeWindow:
    period: str  # a key of PERIODS ('90t')
    grain: str  # a date_trunc part ('week')
    start_date: dt.date | None  # None: since the start of the data
    end_date: dt.date

    def as_params(self) -> dict:
        """The query parameters: $grain, $window_start, $window_end."""
        return {"grain": self.grain, "window_start": self.start_date or EARLIEST_DATE, "window_end": self.end_date}

    @property
    def axis_format(self) -> str:
        return AXIS_FORMATS[self.grain]

    @property
    def hover_format(self) -> str:
        return HOVER_FORMATS[self.grain]


def time_window(period: str, grain_choice: str, reference_date: dt.date) -> TimeWindow:
    """The window of a period (a key of PERIODS) and grain (a key of GRAINS) ending at the reference date."""
    days = PERIODS[period]
    grain = GRAINS[grain_choice]
    start = _period_start(reference_date - dt.timedelta(days=days), grain) if days is not None else None
    return TimeWindow(period, grain, start, reference_date)


def _period_start(day: dt.date, grain: str) -> dt.date:
    """The first day of the week, month or year holding day: the window's first bar is a whole period."""
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "year":
        return day.replace(month=1, day=1)
    return day


def _initial(url_key: str, options: dict, default: str) -> str:
    """The stored choice; on first use the URL's value, else the default."""
    stored = _STORED[url_key]
    if stored not in st.session_state:
        value = st.query_params.get(url_key, default)
        st.session_state[stored] = value if value in options else default
    return st.session_state[stored]


def _remember(url_key: str) -> None:
    st.session_state[_STORED[url_key]] = st.session_state[_WIDGETS[url_key]]


def time_controls(filters: Filters) -> TimeWindow:
    """Render period and granularity side by side and return the window they select."""
    choices = {}
    for url_key, options, default in ((PERIOD_KEY, PERIODS, DEFAULT_PERIOD), (GRAIN_KEY, GRAINS, DEFAULT_GRAIN)):
        # the stored choice is current (on_change runs before the page): hand it to this page's widget
        st.session_state[_WIDGETS[url_key]] = choices[url_key] = _initial(url_key, options, default)
    left, right, _ = st.columns([2, 3, 2])
    period = left.selectbox(
        t("time_period"),
        list(PERIODS),
        format_func=lambda p: t(f"time_period_{p}"),
        key=_WIDGETS[PERIOD_KEY],
        on_change=_remember,
        args=(PERIOD_KEY,),
    )
    grain = right.segmented_control(
        t("time_grain"),
        list(GRAINS),
        format_func=lambda g: t(f"time_grain_{g}"),
        required=True,
        key=_WIDGETS[GRAIN_KEY],
        on_change=_remember,
        args=(GRAIN_KEY,),
    )
    period, grain = period or choices[PERIOD_KEY], grain or choices[GRAIN_KEY]
    for url_key, value in ((PERIOD_KEY, period), (GRAIN_KEY, grain)):
        st.session_state[_STORED[url_key]] = value
        st.query_params[url_key] = value
    return time_window(period, grain, filters.reference_date)


def window_caption(window: TimeWindow) -> str:
    """'01.12.2025 – 26.11.2026, je Monat': the window a chart shows."""
    lang = language()
    start = formatting.date(window.start_date, lang) if window.start_date else t("time_since_start")
    grain = next(choice for choice, part in GRAINS.items() if part == window.grain)
    grain_word = t(f"time_grain_{grain}") if lang == "de" else t(f"time_grain_{grain}").lower()
    return t("time_window", start=start, end=formatting.date(window.end_date, lang), grain=grain_word)
