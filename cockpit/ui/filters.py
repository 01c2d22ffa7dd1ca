"""Global filters every page honours: Dezernat, lead unit, Handlungsfeld, phase, reference date.

They live in the URL (?dez=III&fb=61&hf=Umwelt&phase=Umsetzung&stand=2026-10-31), so a
department head bookmarks their cockpit and a link in an e-mail opens the same view. A URL
value that is not among the options (e.g. a unit outside the viewer's scope) is dropped; a reference date
that is no date or lies outside EARLIEST_AS_OF .. today + LATEST_AS_OF_YEARS falls back to today with a notice.
"""

import datetime as dt

import streamlit as st

from cockpit.ui.context import t
from cockpit.viewer import Filters
from common import clock

URL_KEYS = {"dezernate": "dez", "lead_units": "fb", "fields": "hf", "phases": "phase"}
DATE_KEY = "stand"
EARLIEST_AS_OF = dt.date(2000, 1, 1)  # no warehouse holds data before this
LATEST_AS_OF_YEARS = 5  # the latest reference date a link may ask for: today plus this many years
INVALID_LINK_DATE = "filter_as_of_link_invalid"  # session flag: the link's date was refused


def _from_url(name: str, options: list[str]) -> list[str]:
    raw = st.query_params.get(URL_KEYS[name], "")
    return [v for v in raw.split(",") if v in options]


def _to_url(name: str, values: list[str]) -> None:
    if values:
        st.query_params[URL_KEYS[name]] = ",".join(values)
    else:
        st.query_params.pop(URL_KEYS[name], None)


def latest_as_of(today: dt.date) -> dt.date:
    """The latest reference date the cockpit accepts (29 February becomes 28 February)."""
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return today.replace(year=today.year + LATEST_AS_OF_YEARS, day=day)


def _date_from_url(today: dt.date) -> dt.date:
    """The URL's reference date; none there: today; a value that is no date or out of range: today, and the
    sidebar says so until the viewer picks a date (the value itself is not echoed: it came from a link)."""
    raw = st.query_params.get(DATE_KEY, "")
    try:
        value = dt.date.fromisoformat(raw) if raw else today
    except ValueError:
        value = None
    if value is None or not EARLIEST_AS_OF <= value <= latest_as_of(today):
        st.session_state[INVALID_LINK_DATE] = True
        return today
    return value


def _date_chosen() -> None:
    st.session_state.pop(INVALID_LINK_DATE, None)


def filter_sidebar(options: dict[str, dict[str, str]], labels: dict[str, str]) -> Filters:
    """Render the filters; options maps each filter to {value: shown label} within the viewer's scope."""
    chosen = {}
    for name, values in options.items():
        key = f"filter_{name}"
        if key not in st.session_state:
            st.session_state[key] = _from_url(name, list(values))
        st.session_state[key] = [v for v in st.session_state[key] if v in values]
        chosen[name] = st.sidebar.multiselect(
            labels[name], list(values), format_func=values.get, key=key, placeholder=labels["all"]
        )
        _to_url(name, chosen[name])
    today = clock.today()
    if "filter_as_of" not in st.session_state:
        st.session_state["filter_as_of"] = _date_from_url(today)
    as_of = st.sidebar.date_input(
        labels["as_of"],
        key="filter_as_of",
        format="DD.MM.YYYY",
        min_value=EARLIEST_AS_OF,
        max_value=latest_as_of(today),
        on_change=_date_chosen,
    )
    if st.session_state.get(INVALID_LINK_DATE):
        st.sidebar.warning(
            t("as_of_link_invalid", earliest=EARLIEST_AS_OF.strftime("%d.%m.%Y"), years=LATEST_AS_OF_YEARS), icon="⚠️"
        )
    if as_of == today:
        st.query_params.pop(DATE_KEY, None)
    else:
        st.query_params[DATE_KEY] = as_of.isoformat()
    return Filters(**{name: tuple(values) for name, values in chosen.items()}, as_of=as_of)
