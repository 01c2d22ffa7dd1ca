"""Period and granularity shared by the city-KPI pages (WLAN, Handyparken, Notfallversorgung).

Both live in the URL (?zeitraum=12m&raster=monat) and in session state, so switching from WLAN to
Handyparken keeps them; a URL value that is not an option falls back to the default. The window ends
at the viewer's reference date and starts the chosen period before it (cockpit.viewer.time_window).
"""

import streamlit as st

from cockpit.ui.context import t, tr
from cockpit.viewer import DEFAULT_GRAIN, DEFAULT_PERIOD, GRAINS, PERIODS, TimeWindow, Viewer, time_window

PERIOD_KEY, GRAIN_KEY = "zeitraum", "raster"
_STORED = {PERIOD_KEY: "time_period", GRAIN_KEY: "time_grain"}  # not widget keys: they survive any page
_WIDGETS = {PERIOD_KEY: "time_period_choice", GRAIN_KEY: "time_grain_choice"}


def _initial(url_key: str, options: dict, default: str) -> str:
    """The stored choice; on first use the URL's value, else the default."""
    stored = _STORED[url_key]
    if stored not in st.session_state:
        value = st.query_params.get(url_key, default)
        st.session_state[stored] = value if value in options else default
    return st.session_state[stored]


def _remember(url_key: str) -> None:
    st.session_state[_STORED[url_key]] = st.session_state[_WIDGETS[url_key]]


def time_controls(viewer: Viewer) -> TimeWindow:
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
    return time_window(period, grain, viewer.reference_date)


def window_caption(window: TimeWindow) -> str:
    """'01.12.2025 – 26.11.2026, je Monat': the window a chart shows."""
    translate = tr()
    start = translate.date(window.start_date) if window.start_date else t("time_since_start")
    grain = next(choice for choice, part in GRAINS.items() if part == window.grain)
    grain_word = t(f"time_grain_{grain}") if translate.lang == "de" else t(f"time_grain_{grain}").lower()
    return t("time_window", start=start, end=translate.date(window.end_date), grain=grain_word)


def months_caption(window: TimeWindow) -> str:
    """'01.12.2025 – 26.11.2026, je Monat': the window of a chart that counts whole months, from the first day
    of the month the window starts in (the chosen period; the grain does not apply)."""
    translate = tr()
    start = translate.date(window.start_date.replace(day=1)) if window.start_date else t("time_since_start")
    return t("time_window_months", start=start, end=translate.date(window.end_date))


def months_heading(window: TimeWindow, rows, empty_key: str = "time_window_empty") -> bool:
    """Above a monthly chart: its months (months_caption); when the period holds none of its rows, a note instead
    of an empty chart. True when there is something to draw."""
    st.caption(months_caption(window))
    if rows.empty:
        st.info(t(empty_key))
        return False
    return True


def all_years_caption() -> str:
    """The caption of a chart that is by nature about all years: it does not follow the chosen period."""
    return t("time_all_years")
