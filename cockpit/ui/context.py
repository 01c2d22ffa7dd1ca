"""The viewer of this run: language, scope, filters and day, built once by the router and read by pages.

Role and scope are decided on the server, never by a widget or the URL: they come from the signed-in
user's grant (cockpit.ui.sign_in, cockpit.access). A page run without the router sees nothing.
"""

import streamlit as st

from cockpit.i18n import LANGUAGES, Translator, translator
from cockpit.viewer import FORUM, Filters, Scope, Viewer
from common import clock

VIEWER_KEY = "viewer"
NOTHING = Scope(units=())


def language() -> str:
    """The viewer's language: the switch's value, else the URL's ?lang=, else German."""
    lang = st.session_state.get("lang") or st.query_params.get("lang", "de")
    return lang if lang in LANGUAGES else "de"


def tr() -> Translator:
    """The translator of this viewer's language."""
    return translator(language())


def t(key: str, **values) -> str:
    return tr()(key, **values)


def language_switch() -> None:
    """A sidebar selector that starts from ?lang= and writes the choice back into the URL."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = language()
    choice = st.sidebar.selectbox(t("language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang")
    if choice == "de":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = choice


def start_viewer(person: dict, filters: Filters | None = None) -> Viewer:
    """The router's one Viewer for this run (pages read it with current_viewer()).

    person: who, role and scope of the signed-in user (cockpit.ui.sign_in.signed_in_viewer_fields).
    """
    viewer = Viewer(**person, filters=filters or Filters(), language=language(), day=clock.today())
    st.session_state[VIEWER_KEY] = viewer
    return viewer


def current_viewer() -> Viewer:
    """The Viewer the router built for this run; without one (no router ran), a viewer who sees nothing."""
    return st.session_state.get(VIEWER_KEY) or Viewer(scope=NOTHING, role=FORUM, language=language())
