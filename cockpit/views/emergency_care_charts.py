"""Notfallversorgung charts: facilities connected, announcements by urgency and by hospital, the
day × hospital heat map, the winter peak, sign-offs and the shift after the Holwedestraße closure;
and the data behind each chart for its downloads.

Counts below 5 by hospital or by day arrive suppressed from SQL: charts leave them out (the heat map
labels them '<5'), downloads hold '<5' instead of the count.
"""

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from cockpit.data_access import emergency_care
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, plotly_text
from cockpit.ui.charts import categories_in_words
from cockpit.ui.context import language, t, tr
from cockpit.ui.downloads import chart_data
from cockpit.viewer import TimeWindow
from cockpit.views import common
from common import formats

URGENCY_COLOURS = {1: STATUS_COLOURS["rot"], 2: STATUS_COLOURS["gelb"], 3: CATEGORICAL_COLOURS[4]}
MONTH_HOVER = "%{x|%b %Y}: %{y:,.0f}"
LEGEND_SMALL = {"font": {"size": 12}}


def labels() -> dict[str, str]:
    """Axis and legend titles of the Plotly Express charts."""
    return {
        "month_date": t("emergency_month"),
        "announcements": t("emergency_announcements"),
        "urgency": t("emergency_urgency"),
        "facility": t("emergency_hospital"),
        "signed_off_hours": t("emergency_signoff_hours"),
        "facilities_connected": t("emergency_connected_count"),
        "type_label": t("emergency_facility_type"),
    }


def urgency_name(urgency: int) -> str:
    return t(f"emergency_urgency_{urgency}")


def facility_types(kinds) -> list[str]:
    return [t(f"emergency_type_{kind}") for kind in kinds]


def shown_counts(values, suppressed) -> list[str]:
    """Counts as a table or the heat map shows them: '<5' where suppressed."""
    translate = tr()
    pairs = zip(values, suppressed, strict=True)
    return [emergency_care.SUPPRESSED if s else translate.number(v) for v, s in pairs]


def connected_figure(connected: pd.DataFrame) -> go.Figure:
    figure = px.line(
        connected.assign(type_label=facility_types(connected["facility_type"])),
        x="month_date",
        y="facilities_connected",
        color="type_label",
        line_shape="hv",
        labels=labels(),
    )
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y}")
    few = connected["facilities_connected"].max() <= 12
    figure.update_layout(yaxis_rangemode="tozero", yaxis_dtick=1 if few else None)
    return figure


def urgency_figure(urgency: pd.DataFrame, window: TimeWindow) -> go.Figure:
    """Announcements per period of the window's grain, stacked by urgency."""
    colours = {urgency_name(level): URGENCY_COLOURS[level] for level in emergency_care.URGENCIES}
    figure = px.bar(
        urgency.assign(urgency=urgency["urgency"].map(urgency_name)),
        x="period_date",
        y="announcements",
        color="urgency",
        color_discrete_map=colours,
        category_orders={"urgency": list(colours)},
        labels=labels() | {"period_date": t("emergency_period_from")},
    )
    figure.update_traces(hovertemplate=f"%{{x|{window.hover_format}}}: %{{y:,.0f}}")
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat=window.axis_format)
    return figure


def by_hospital_figure(by_hospital: pd.DataFrame) -> go.Figure:
    # suppressed months stay in as gaps (null), so a line never bridges a hidden value
    figure = px.line(
        by_hospital.astype({"announcements": float}),
        x="month_date",
        y="announcements",
        color="facility",
        labels=labels(),
    )
    figure.update_traces(hovertemplate=MONTH_HOVER, connectgaps=False)
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%b %Y", legend=LEGEND_SMALL)
    return figure


def daily_height(daily: pd.DataFrame) -> int:
    return 120 + 32 * daily["facility"].nunique()


def daily_figure(daily: pd.DataFrame) -> go.Figure:
    """Day × hospital for one month; suppressed cells empty but labelled '<5'."""
    figure = go.Figure(
        go.Heatmap(
            x=daily["day_date"],
            y=[plotly_text(name).replace(" – ", "<br>") for name in daily["facility"]],
            z=daily["announcements"].astype(float),
            zmin=0,
            zmax=max([5, *daily["announcements"].dropna()]),  # all cells suppressed: a scale still needs a range
            text=shown_counts(daily["announcements"], daily["is_suppressed"]),
            texttemplate="%{text}",
            colorscale="Reds",
            hovertemplate="%{y}<br>%{x|%d.%m.%Y}: %{text}<extra></extra>",
            colorbar={"title": {"text": t("emergency_announcements")}},
        )
    )
    figure.update_layout(
        xaxis_tickformat="%d.%m.",
        yaxis={"automargin": True, "tickfont": {"size": 12}, "categoryorder": "category descending"},
    )
    return figure


def season_figure(season: pd.DataFrame) -> go.Figure:
    """Average announcements per calendar month; months above the yearly mean (index > 100) stand out."""
    names = formats.month_names(language())
    figure = go.Figure(
        go.Bar(
            x=[names[m - 1] for m in season["calendar_month"]],
            y=season["average_announcements"],
            marker_color=[
                CATEGORICAL_COLOURS[5] if i > 100 else CATEGORICAL_COLOURS[0] for i in season["seasonal_index"]
            ],
            text=common.numbers(season["seasonal_index"]),
            textposition="inside",  # inside the bar's top: the dotted mean line never crosses an index
            insidetextanchor="end",
            customdata=season[["seasonal_index", "years_counted"]],
            hovertemplate=f"%{{x}}: %{{y:,.1f}}<br>{t('emergency_index')}: %{{customdata[0]:,.0f}}"
            f"<br>{t('emergency_years_counted')}: %{{customdata[1]}}<extra></extra>",
        )
    )
    figure.add_hline(y=season["average_announcements"].mean(), line_dash="dot", line_color="#555", layer="below")
    figure.update_layout(yaxis_title=t("emergency_average"), yaxis_tickformat=",.0f", xaxis_type="category")
    return figure


def signoffs_figure(signoffs: pd.DataFrame) -> go.Figure:
    figure = px.bar(
        signoffs.assign(facility=signoffs["facility"].map(plotly_text)),
        x="month_date",
        y="signed_off_hours",
        color="facility",
        labels=labels(),
    )
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.1f} h")
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%b %Y", legend=LEGEND_SMALL)
    return figure


def closure_height(shift: pd.DataFrame) -> int:
    return 140 + 42 * len(shift)


def closure_figure(shift: pd.DataFrame) -> go.Figure:
    figure = go.Figure()
    for column, key, colour in (
        ("before_share", "emergency_before", CATEGORICAL_COLOURS[7]),
        ("after_share", "emergency_after", CATEGORICAL_COLOURS[0]),
    ):
        figure.add_bar(
            y=shift["facility"].map(plotly_text),
            x=shift[column] * 100,
            name=t(key),
            orientation="h",
            marker_color=colour,
            hovertemplate="%{y}: %{x:,.1f} %<extra></extra>",
        )
    figure.update_layout(
        barmode="group",
        xaxis_ticksuffix=" %",
        xaxis_title=t("emergency_share"),
        yaxis={"autorange": "reversed", "automargin": True, "tickfont": {"size": 12}},
    )
    return figure


# ---- the charts in words (each chart's text alternative); suppressed counts are never named ----


def daily_in_words(daily: pd.DataFrame, month) -> str:
    """The busiest and the quietest day × hospital of the month among the counts shown."""
    translate = tr()
    shown = daily[~daily["is_suppressed"]]
    labels = [f"{f}, {translate.date(d)}" for f, d in zip(shown["facility"], shown["day_date"], strict=True)]
    what = t("chart_words_daily", month=translate.month(month))
    return categories_in_words(what, labels, shown["announcements"], common.numbers(shown["announcements"]))


def season_in_words(season: pd.DataFrame) -> str:
    """The calendar months with the highest and the lowest average."""
    names = formats.month_names(language())
    labels = [names[m - 1] for m in season["calendar_month"]]
    values = season["average_announcements"]
    return categories_in_words(t("chart_words_season"), labels, values, common.numbers(values, 1))


def closure_in_words(shift: pd.DataFrame) -> str:
    """The hospitals with the biggest and the smallest share after the closure, each with its share before."""
    shown = [
        t("chart_words_before_after", before=before, after=after)
        for before, after in zip(
            common.percents(shift["before_share"]), common.percents(shift["after_share"]), strict=True
        )
    ]
    return categories_in_words(t("chart_words_closure"), shift["facility"], shift["after_share"], shown)


# ---- the data behind each chart, with the headers the viewer reads; suppressed counts as '<5' ---

COLUMN_TEXTS = {
    "month_date": "emergency_month",
    "period_date": "emergency_period_from",
    "day_date": "emergency_day",
    "calendar_month": "emergency_calendar_month",
    "type_label": "emergency_facility_type",
    "facility": "emergency_hospital",
    "urgency": "emergency_urgency",
    "facilities_connected": "emergency_connected_count",
    "announcements": "emergency_announcements",
    "average_announcements": "emergency_average",
    "seasonal_index": "emergency_index",
    "years_counted": "emergency_years_counted",
    "signed_off_hours": "emergency_signoff_hours",
    "before_percent": "emergency_share_before",
    "after_percent": "emergency_share_after",
}
DATA_COLUMNS = {
    "connected": ("month_date", "type_label", "facilities_connected"),
    "urgency": ("period_date", "urgency", "announcements"),
    "by_hospital": ("month_date", "facility", "announcements"),
    "daily": ("day_date", "facility", "announcements"),
    "season": ("calendar_month", "average_announcements", "seasonal_index", "years_counted"),
    "signoffs": ("month_date", "facility", "signed_off_hours"),
    "closure": ("facility", "before_percent", "after_percent"),
}


def counts_or_suppressed(values, suppressed) -> list:
    """Counts as numbers, '<5' where suppressed: a download never holds a hidden count."""
    pairs = zip(values, suppressed, strict=True)
    return [emergency_care.SUPPRESSED if s else None if pd.isna(v) else int(v) for v, s in pairs]


def chart_rows(rows: pd.DataFrame, chart: str) -> pd.DataFrame:
    """The data behind a chart (a key of DATA_COLUMNS), named as in the chart."""
    if "facility_type" in rows:
        rows = rows.assign(type_label=facility_types(rows["facility_type"]))
    if "urgency" in rows:
        rows = rows.assign(urgency=rows["urgency"].map(urgency_name))
    if "before_share" in rows:
        rows = rows.assign(before_percent=rows["before_share"] * 100, after_percent=rows["after_share"] * 100)
    if "is_suppressed" in rows:
        rows = rows.assign(announcements=counts_or_suppressed(rows["announcements"], rows["is_suppressed"]))
    return chart_data(rows, {column: t(COLUMN_TEXTS[column]) for column in DATA_COLUMNS[chart]})
