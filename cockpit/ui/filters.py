"""Global filters every page honours: Dezernat, lead unit, Handlungsfeld, phase, reference date.

They live in the URL (?dez=III&fb=61&hf=Umwelt&phase=Umsetzung&stand=2026-10-31), so a
department head bookmarks their cockpit and a link in an e-mail opens the same view. A URL
value that is not among the options (e.g. a unit outside the viewer's scope) is dropped.
"""

import datetime as dt

import streamlit as st

from cockpit.viewer import Filters
from common import clock

URL_KEYS = {"dezernate": "dez", "lead_units": "fb", "fields": "hf", "phases": "phase"}
DATE_KEY = "stand"


def _from_url(name: str, options: list[str]) -> list[str]:
    raw = st.query_params.get(URL_KEYS[name], "")
    return [v for v in raw.split(",") if v in options]


def _to_url(name: str, values: list[str]) -> None:
    if values:
        st.query_params[URL_KEYS[name]] = ",".join(values)
    else:
        st.query_params.pop(URL_KEYS[name], None)


def _date_from_url() -> dt.date | None:
    try:
        return dt.date.fromisoformat(st.query_params.get(DATE_KEY, ""))
    except ValueError:
        return None


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
        st.session_state["filter_as_of"] = _date_from_url() or today
    as_of = st.sidebar.date_input(labels["as_of"], key="filter_as_of", format="DD.MM.YYYY")
    if as_of == today:
        st.query_params.pop(DATE_KEY, None)
    else:
        st.query_params[DATE_KEY] = as_of.isoformat()
    return Filters(**{name: tuple(values) for name, values in chosen.items()}, as_of=as_of)
