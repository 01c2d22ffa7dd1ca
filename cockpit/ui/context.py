"""The viewer of this run: language, scope, filters and day, built once by the router and read by pages.

The scope is decided on the server, never by a widget or the URL: a signed-in user's scope comes from
the [scopes] table in .streamlit/secrets.toml keyed by e-mail; otherwise from the deployment's
COCKPIT_SCOPE_UNITS (e.g. "61,65"). Sign-in (st.login) plugs in here.
"""

import os

import streamlit as st

from cockpit.i18n import LANGUAGES, Translator, translator
from cockpit.viewer import EVERYTHING, Filters, Scope, Viewer, units_scope
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


def _signed_in_email() -> str | None:
    return getattr(st.user, "email", None) if st.user.get("is_logged_in", False) else None


def viewer_scope() -> Scope:
    """The scope of the person using this session, derived anew on every run."""
    email = _signed_in_email()
    if email:
        scopes = st.secrets.get("scopes", {}) if st.secrets else {}
        granted = scopes.get(email)
        if granted is None:
            return NOTHING
        return EVERYTHING if granted == "*" else units_scope(",".join(granted))
    configured = os.environ.get("COCKPIT_SCOPE_UNITS")
    return units_scope(configured) if configured else EVERYTHING


def start_viewer(scope: Scope, filters: Filters | None = None) -> Viewer:
    """The router's one Viewer for this run (pages read it with current_viewer())."""
    viewer = Viewer(
        who=_signed_in_email(), scope=scope, filters=filters or Filters(), language=language(), day=clock.today()
    )
    st.session_state[VIEWER_KEY] = viewer
    return viewer


def current_viewer() -> Viewer:
    """The Viewer the router built for this run; without one (no router ran), a viewer who sees nothing."""
    return st.session_state.get(VIEWER_KEY) or Viewer(scope=NOTHING, language=language())
