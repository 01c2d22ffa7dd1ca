"""Interface texts in German (default) and English; the language lives in the URL (?lang=en)."""

import streamlit as st

from cockpit.texts import all_texts

LANGUAGES = {"de": "Deutsch", "en": "English"}

TEXTS = all_texts()


def language() -> str:
    """The viewer's language: the switch's value, else the URL's ?lang=, else German."""
    lang = st.session_state.get("lang") or st.query_params.get("lang", "de")
    return lang if lang in LANGUAGES else "de"


def t(key: str, **values) -> str:
    german, english = TEXTS[key]
    text = english if language() == "en" else german
    return text.format(**values) if values else text


def language_switch() -> None:
    """A sidebar selector that starts from ?lang= and writes the choice back into the URL."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = language()
    choice = st.sidebar.selectbox(t("language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang")
    if choice == "de":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = choice
