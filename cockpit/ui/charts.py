"""Charts and dates on a page: every chart in the viewer's formats, every figure with its data date."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit.presentation import markdown_text, plotly_config, style_figure
from cockpit.ui.context import language, t, tr
from cockpit.ui.downloads import chart_downloads
from cockpit.ui.memo import Chart
from common import formats


def show_chart(
    fig: go.Figure | Chart,
    height: int | None = None,
    key: str | None = None,
    data: pd.DataFrame | None = None,
    file_stem: str | None = None,
    in_words: str | None = None,
) -> None:
    """The chart in German formats; with data, two small buttons below it download that data (CSV, Excel).

    fig: a figure built for this run, or a memo.Chart, built and styled once and shared by every session.
    in_words: the chart's text alternative (what it shows, the latest value, the trend): the chart's alt text
    for screen readers and a caption under it for everyone."""
    lang = language()
    figure = fig.figure(height) if isinstance(fig, Chart) else style_figure(fig, lang, height)
    st.plotly_chart(figure, config=plotly_config(lang), width="stretch", key=key, alt=in_words or None)
    if in_words:
        st.caption(markdown_text(in_words))
    if data is not None:
        chart_downloads(data, file_stem or key or "diagramm", key or file_stem)


def as_of_caption(date, label_de: str = "Datenstand", label_en: str = "Data as of") -> None:
    """Every figure says the date its data is as of."""
    translate = tr()
    st.caption(f"{label_de if translate.lang == 'de' else label_en}: {translate.date(date)}")


def series_in_words(
    what: str, rows: pd.DataFrame, date_column: str, value_column: str, places: int = 0, suffix: str = ""
) -> str:
    """A time chart in words: 'In Worten: Parkscheine je Monat, 01.11.2025 bis 01.10.2026; zuletzt 2, gestiegen
    (Anfang: 1).' The values of a date are summed (stacked traces); gaps are left out. '' without data."""
    totals = rows.groupby(date_column)[value_column].sum(min_count=1).dropna().sort_index()
    if totals.empty:
        return ""
    translate = tr()

    def shown(value) -> str:
        return f"{translate.number(value, places)}{suffix}"

    first, latest = round(float(totals.iloc[0]), places), round(float(totals.iloc[-1]), places)
    trend = "chart_trend_up" if latest > first else "chart_trend_down" if latest < first else "chart_trend_flat"
    return t(
        "chart_in_words",
        what=what,
        start=translate.date(pd.Timestamp(totals.index[0]).date()),
        end=translate.date(pd.Timestamp(totals.index[-1]).date()),
        latest=shown(latest),
        trend=t(trend),
        first=shown(first),
    )


def categories_in_words(what: str, labels, values, shown) -> str:
    """A chart of categories (bars, map tiles, heat-map cells) in words: 'In Worten: Ansatz je Federführung,
    3 Werte; am höchsten: FB 61 (220 T€), am niedrigsten: FB 65 (20 T€).' labels name the categories, values
    rank them, shown says each one's value as the chart shows it. Categories without a value (a hidden count,
    a district without data) are left out; '' without any."""
    known = [
        (str(label), float(value), text)
        for label, value, text in zip(labels, values, shown, strict=True)
        if not formats.is_missing(value)
    ]
    if not known:
        return ""
    high = max(known, key=lambda category: category[1])
    low = min(known, key=lambda category: category[1])
    if len(known) == 1:
        return t("chart_categories_one", what=what, label=high[0], value=high[2])
    return t(
        "chart_categories_in_words",
        what=what,
        count=tr().number(len(known)),
        high=high[0],
        high_value=high[2],
        low=low[0],
        low_value=low[2],
    )
