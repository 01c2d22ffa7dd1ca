"""Formatting helpers for slides: short labels, wall charts, small tables (texts and numbers: cockpit.i18n)."""

import pandas as pd
import plotly.graph_objects as go

from cockpit.i18n import Translator
from common import formats

FIGURE_FONT_PX = 24


def shorten(text, length: int) -> str:
    """Cut at a word boundary with an ellipsis, so a table row stays on one line on the wall."""
    text = "" if formats.is_missing(text) else str(text).strip()
    if len(text) <= length:
        return text
    cut = text[: length - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def project_label(row, length: int = 30) -> str:
    return f"{row.project_id} {shorten(row.title, length)}"


def wall_figure(lang: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        separators=",." if lang == "de" else ".,",
        font={"size": FIGURE_FONT_PX, "color": "#111111"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        showlegend=False,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        title={"font": {"size": FIGURE_FONT_PX}, "x": 0, "xanchor": "left"},
        uniformtext={"minsize": FIGURE_FONT_PX, "mode": "show"},
    )
    fig.update_yaxes(visible=False)
    fig.update_xaxes(tickfont={"size": FIGURE_FONT_PX, "color": "#111111"}, showline=True, linecolor="#111111")
    return fig


def bar_chart(
    labels: list[str], values: list[float], texts: list[str], colours: list[str], title: str, lang: str
) -> go.Figure:
    fig = wall_figure(lang)
    fig.add_bar(
        x=labels,
        y=values,
        text=texts,
        textposition="outside",
        cliponaxis=False,
        marker_color=colours,
        textfont={"size": FIGURE_FONT_PX},
        hoverinfo="skip",
    )
    fig.update_layout(title_text=title)
    fig.update_yaxes(range=[0, max([*values, 1]) * 1.25])
    return fig


def small_table(columns: dict[str, list[str]], more: int, tr: Translator) -> tuple[pd.DataFrame, str]:
    """The columns as a table of text, and '… und 3 weitere' when `more` rows were left out."""
    table = pd.DataFrame(columns, dtype=object)
    return table, (tr("board_more_rows", count=more) if more > 0 else "")
