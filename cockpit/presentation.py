"""How status and charts look everywhere: colour plus symbol plus word, German formats in Plotly.

Status colours are from a colour-blind-safe palette and always come with a distinct symbol
(✔ ▲ ✖) and the word, so they read on a grey projector and for colour-blind viewers.
"""

import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.i18n import language

STATUS_COLOURS = {"grün": "#1a9850", "gelb": "#f1a340", "rot": "#d73027", None: "#9e9e9e"}
STATUS_SYMBOLS = {"grün": "✔", "gelb": "▲", "rot": "✖", None: "○"}
STATUS_WORDS = {
    "grün": ("grün", "green"),
    "gelb": ("gelb", "amber"),
    "rot": ("rot", "red"),
    None: ("kein Bericht", "no report"),
}
STATUS_RANK = {"grün": 0, "gelb": 1, "rot": 2}
CATEGORICAL_COLOURS = ["#004f9f", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#0072b2", "#999999"]

GERMAN_PLOTLY_LOCALE = {
    "moduleType": "locale",
    "name": "de-x",
    "dictionary": {},
    "format": {
        "days": ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
        "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
        "months": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "shortMonths": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        "date": "%d.%m.%Y",
        "decimal": ",",
        "thousands": ".",
    },
}


def status_label(status: str | None, lang: str | None = None) -> str:
    """'✖ rot' / '✖ red': symbol plus word (the colour comes from the cell or marker)."""
    lang = lang or language()
    status = status if status in STATUS_SYMBOLS else None
    german, english = STATUS_WORDS[status]
    return f"{STATUS_SYMBOLS[status]} {german if lang == 'de' else english}"


def style_figure(fig: go.Figure, height: int | None = None) -> go.Figure:
    """German separators and readable type for every chart."""
    fig.update_layout(
        separators=",." if language() == "de" else ".,",
        font={"size": 15},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        colorway=CATEGORICAL_COLOURS,
        hoverlabel={"font_size": 14},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    if height:
        fig.update_layout(height=height)
    return fig


def plotly_config() -> dict:
    """Plotly config: German month names, no logo, nothing fetched from the internet."""
    config = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
    if language() == "de":
        config |= {"locale": "de-x", "locales": {"de-x": GERMAN_PLOTLY_LOCALE}}
    return config


def show_chart(fig: go.Figure, height: int | None = None, key: str | None = None) -> None:
    st.plotly_chart(style_figure(fig, height), config=plotly_config(), width="stretch", key=key)


def as_of_caption(date, label_de: str = "Datenstand", label_en: str = "Data as of") -> None:
    """Every figure says the date its data is as of."""
    lang = language()
    st.caption(f"{label_de if lang == 'de' else label_en}: {formatting.date(date, lang)}")
