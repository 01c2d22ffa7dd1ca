"""How status and charts look everywhere: colour plus symbol plus word, German formats in Plotly.

Status colours are from a colour-blind-safe palette and always come with a distinct symbol
(✔ ▲ ✖) and the word, so they read on a grey projector and for colour-blind viewers. Plain Python:
pages, slides, the projector view and the PDF/PowerPoint pack all use it.
"""

import html
import re

import plotly.graph_objects as go

from cockpit.texts.enumerations import WORDS
from common import formats

# Characters that make Markdown out of text (links, images, emphasis, code, tags, LaTeX). `(`, `)`, `|`, `-`, `.`
# mid-line are harmless once `[`, `]` and line structure are escaped, and stay as they are.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!~#$])")
LINE_START_MARKER = re.compile(r"^([-+=]|\d+[.)])")
LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# GFM turns bare web and mail addresses into links, escaped or not; a word joiner (U+2060, invisible) breaks them.
AUTOLINK_START = re.compile(r"(?i)(?:https?|mailto|xmpp)(?=:)|www(?=\.)|@")
WORD_JOINER = "\u2060"

STATUS_COLOURS = {"grün": "#1a9850", "gelb": "#f1a340", "rot": "#d73027", None: "#9e9e9e"}
STATUS_SYMBOLS = {"grün": "✔", "gelb": "▲", "rot": "✖", None: "○"}
STATUS_WORDS = {german: (german, english) for german, english in WORDS["status"].items()} | {
    None: ("kein Bericht", "no report")
}
# The same statuses as text on the white page: darker, so each reads at WCAG AA contrast (at least 4.5:1 on white,
# tests/test_accessibility.py). Fills and chart marks keep STATUS_COLOURS; text on a fill takes text_colour_on.
STATUS_TEXT_COLOURS = {"grün": "#137c3f", "gelb": "#8a5a00", "rot": "#b3261e", None: "#616161"}
STATUS_RANK = {"grün": 0, "gelb": 1, "rot": 2}
CATEGORICAL_COLOURS = ["#004f9f", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#0072b2", "#999999"]

GERMAN_PLOTLY_LOCALE = {
    "moduleType": "locale",
    "name": "de-x",
    "dictionary": {},
    "format": {
        "days": formats.day_names("de")[-1:] + formats.day_names("de")[:-1],  # Plotly starts on Sunday
        "shortDays": formats.day_names("de", "abbreviated")[-1:] + formats.day_names("de", "abbreviated")[:-1],
        "months": formats.month_names("de"),
        "shortMonths": formats.month_names("de", "abbreviated"),
        "date": "%d.%m.%Y",
        "decimal": ",",
        "thousands": ".",
    },
}


def markdown_text(value) -> str:
    """Text from a delivery, a form or the URL, as literal text inside Streamlit Markdown (st.markdown, captions,
    boxes, headers, labels): no links (not even bare addresses), images, tags, LaTeX or emphasis; one line,
    no block starts. The reader sees the text as delivered."""
    if value is None:
        return ""
    text = AUTOLINK_START.sub(lambda start: start[0] + WORD_JOINER, LINE_BREAKS.sub(" ", str(value)).strip())
    text = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return LINE_START_MARKER.sub(lambda start: start[0][:-1] + "\\" + start[0][-1], text)


def plotly_text(value) -> str:
    """Text from a delivery, as literal text in a Plotly trace name, label, hover text or annotation (Plotly
    renders a subset of HTML there: <a href> becomes a link)."""
    return html.escape("" if value is None else str(value), quote=False)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a '#rrggbb' colour (0 black to 1 white)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours, 1 to 21 (AA asks for 4.5 for normal text)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_on(fill: str) -> str:
    """Black or white, whichever reads better on the fill (white on red, black on amber, green and grey)."""
    return max(("#000000", "#ffffff"), key=lambda text: contrast_ratio(text, fill))


def status_label(status: str | None, lang: str) -> str:
    """'✖ rot' / '✖ red': symbol plus word (the colour comes from the cell or marker)."""
    status = status if status in STATUS_SYMBOLS else None
    german, english = STATUS_WORDS[status]
    return f"{STATUS_SYMBOLS[status]} {german if lang == 'de' else english}"


def style_figure(fig: go.Figure, lang: str, height: int | None = None) -> go.Figure:
    """German separators and readable type for every chart."""
    fig.update_layout(
        separators=",." if lang == "de" else ".,",
        font={"size": 15},
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        colorway=CATEGORICAL_COLOURS,
        hoverlabel={"font_size": 14},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
    )
    if height:
        fig.update_layout(height=height)
    return fig


def plotly_config(lang: str) -> dict:
    """Plotly config: German month names, no logo, nothing fetched from the internet."""
    config = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
    if lang == "de":
        config |= {"locale": "de-x", "locales": {"de-x": GERMAN_PLOTLY_LOCALE}}
    return config
