"""Charts and dates on a page: every chart in the viewer's formats, every figure with its data date."""

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit.presentation import markdown_text, plotly_config, style_figure
from cockpit.ui import memo
from cockpit.ui.context import language, t, tr
from cockpit.ui.downloads import chart_downloads, export_as_of
from cockpit.ui.memo import Chart
from common import formats


def show_chart(
    fig: go.Figure | Chart,
    height: int | None = None,
    key: str | None = None,
    data: pd.DataFrame | None = None,
    file_stem: str | None = None,
    in_words: str | None = None,
    as_of=None,
    running: tuple[dt.date, dt.date] | None = None,
    grain: str = "month",
) -> None:
    """The chart in German formats; with data, two small buttons below it download that data (CSV, Excel).

    fig: a figure built for this run, or a memo.Chart, built and styled once and shared by every session.
    in_words: the chart's text alternative (what it shows, the latest value, the trend): the chart's alt text
    for screen readers and a caption under it for everyone. as_of: the data's date for the downloads' "Datenstand"
    column (else the section's date or the Stichtag). running: running_period(...) of the chart's data: the last
    period, still running, is shaded and says so (a half month is no fall)."""
    lang = language()
    if running is not None:
        fig = _marked_running(fig, running, grain)
    figure = fig.figure(height) if isinstance(fig, Chart) else style_figure(fig, lang, height)
    st.plotly_chart(figure, config=plotly_config(lang), width="stretch", key=key, alt=in_words or None)
    if in_words:
        st.caption(markdown_text(in_words))
    if data is not None:
        chart_downloads(data, file_stem or key or "diagramm", key or file_stem, as_of=as_of)


def as_of_caption(date, label_de: str = "Datenstand", label_en: str = "Data as of") -> None:
    """Every figure says the date its data is as of."""
    translate = tr()
    st.caption(f"{label_de if translate.lang == 'de' else label_en}: {translate.date(date)}")


def period_end(start: dt.date, grain: str) -> dt.date:
    """The last day of the day, week, month or year that starts on start."""
    if grain == "year":
        return start.replace(month=12, day=31)
    if grain == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start + dt.timedelta(days=6 if grain == "week" else 0)


def running_period(rows: pd.DataFrame, date_column: str, grain: str = "month", data_until=None):
    """(first day, data's last day) of a chart's last period when it reaches past the data's last day (data_until,
    else the section's as-of date, else the Stichtag); None when the last period is complete or there is none."""
    if rows.empty or rows[date_column].dropna().empty:
        return None
    start = pd.Timestamp(rows[date_column].max()).date()
    until = export_as_of(data_until)
    return (start, until) if period_end(start, grain) > until else None


HALF_PERIOD = {"year": dt.timedelta(days=182), "month": dt.timedelta(days=15), "week": dt.timedelta(days=3.5)}


def _running_mark(build, running: tuple[dt.date, dt.date], grain: str, label: str, *args) -> go.Figure:
    """The figure with its running last period shaded grey and labelled."""
    fig = build(*args)
    middle = dt.datetime.combine(running[0], dt.time())  # where the last point or bar is drawn
    half = HALF_PERIOD.get(grain, dt.timedelta(hours=12))
    fig.add_vrect(
        x0=middle - half,
        x1=middle + half,
        fillcolor="#9e9e9e",
        opacity=0.18,
        line_width=0,
        layer="below",
        annotation_text=label,
        annotation_position="top right",
        annotation_font_size=13,
    )
    return fig


def _marked_running(fig: go.Figure | Chart, running: tuple[dt.date, dt.date], grain: str) -> go.Figure | Chart:
    key = "chart_trend_month_running" if grain == "month" else "chart_trend_period_running"
    label = t(key, date=tr().date(running[1]))
    if isinstance(fig, Chart):
        return memo.chart(_running_mark, fig.build, running, grain, label, *fig.args)
    return _running_mark(lambda: fig, running, grain, label)


def series_in_words(
    what: str,
    rows: pd.DataFrame,
    date_column: str,
    value_column: str,
    places: int = 0,
    suffix: str = "",
    data_until=None,
    grain: str = "month",
) -> str:
    """A time chart in words: 'In Worten: Parkscheine je Monat, 01.11.2025 bis 01.10.2026; zuletzt 2, gestiegen
    (Anfang: 1).' The values of a date are summed (stacked traces); gaps are left out. '' without data.

    The trend compares complete periods only: when the last period (of the grain: day, week, month, year) reaches
    past the data's last day (data_until, else the section's as-of date, else the Stichtag), its value is said with
    'Monat läuft noch, Daten bis …' and the trend runs from the first to the last complete period."""
    totals = rows.groupby(date_column)[value_column].sum(min_count=1).dropna().sort_index()
    if totals.empty:
        return ""
    translate = tr()

    def shown(value) -> str:
        return f"{translate.number(value, places)}{suffix}"

    starts = [pd.Timestamp(day).date() for day in totals.index]
    until = export_as_of(data_until)
    running = running_period(totals.reset_index(), date_column, grain, data_until) is not None  # as shaded
    complete = totals.iloc[:-1] if running else totals
    first = round(float(totals.iloc[0]), places)
    latest = round(float(totals.iloc[-1]), places)
    latest_text = shown(latest)
    if running:
        key = "chart_trend_month_running" if grain == "month" else "chart_trend_period_running"
        latest_text += f" ({t(key, date=translate.date(until))})"
    if len(complete) < 2:
        trend = "chart_trend_none" if running else "chart_trend_flat"
    else:
        last_complete = round(float(complete.iloc[-1]), places)
        trend = (
            "chart_trend_up"
            if last_complete > first
            else "chart_trend_down"
            if last_complete < first
            else "chart_trend_flat"
        )
    return t(
        "chart_in_words",
        what=what,
        start=translate.date(starts[0]),
        end=translate.date(starts[-1]),
        latest=latest_text,
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
