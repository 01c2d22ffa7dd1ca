"""Charts and dates on a page: every chart in the viewer's formats, every figure with its data date."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit.presentation import plotly_config, style_figure
from cockpit.ui.context import language, tr
from cockpit.ui.downloads import chart_downloads
from cockpit.views.memo import Chart


def show_chart(
    fig: go.Figure | Chart,
    height: int | None = None,
    key: str | None = None,
    data: pd.DataFrame | None = None,
    file_stem: str | None = None,
) -> None:
    """The chart in German formats; with data, two small buttons below it download that data (CSV, Excel).

    fig: a figure built for this run, or a memo.Chart, built and styled once and shared by every session."""
    lang = language()
    figure = fig.figure(height) if isinstance(fig, Chart) else style_figure(fig, lang, height)
    st.plotly_chart(figure, config=plotly_config(lang), width="stretch", key=key)
    if data is not None:
        chart_downloads(data, file_stem or key or "diagramm", key or file_stem)


def as_of_caption(date, label_de: str = "Datenstand", label_en: str = "Data as of") -> None:
    """Every figure says the date its data is as of."""
    translate = tr()
    st.caption(f"{label_de if translate.lang == 'de' else label_en}: {translate.date(date)}")
