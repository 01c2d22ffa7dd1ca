"""Handyparken charts: tickets by channel against the target, phone share, channels and zones over time,
weekday × hour, parking durations and fees per year; and the data behind each chart for its downloads."""

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from cockpit.data_access import parking
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS
from cockpit.ui.charts import categories_in_words, series_in_words
from cockpit.ui.context import language, t, tr
from cockpit.ui.downloads import chart_data, export_frame
from cockpit.viewer import TimeWindow
from common import formats

ZONE_COLOURS = dict(zip(parking.ZONE_ORDER, CATEGORICAL_COLOURS[3:], strict=False))
ZONE_REFORM_DATE = "2024-05-01"
MONTH_HOVER = "%{x|%b %Y}: %{y:,.0f}"
SHARE_HOVER = "%{x|%b %Y}: %{y:,.1f} %"
TARGET_SHARES = {"day": 365, "week": 52, "month": 12, "year": 1}  # the yearly target per period
FEES = {
    "phone_fees_eur": "parking_phone_fees",
    "service_fees_eur": "parking_service_fees",
    "coin_income_eur": "parking_coin_income",
}


def channel_name(channel: str) -> str:
    return t("parking_channel_Anruf") if channel == "Anruf" else channel


def channel_colours() -> dict[str, str]:
    return {channel_name(c): colour for c, colour in zip(parking.CHANNEL_ORDER, CATEGORICAL_COLOURS, strict=False)}


def weekday_names() -> list[str]:
    """Monday..Sunday in the viewer's language (CLDR); weekday_number 1 is Monday."""
    return formats.day_names(language())


def target_line(figure: go.Figure, value: float, text: str) -> None:
    """The target as a dashed green line, labelled at the left."""
    figure.add_hline(
        y=value,
        line_dash="dash",
        line_color=STATUS_COLOURS["grün"],
        annotation_text=text,
        annotation_position="top left",
        annotation_bgcolor="rgba(255,255,255,0.85)",  # readable where the label crosses a bar
    )


def app_share_in_words(channels: pd.DataFrame) -> str:
    """The channels chart in words: the app's share of the tickets per month."""
    app = channels[channels["channel"] == "App"]
    return series_in_words(f"{t('parking_channel_share')} App", app, "month_date", "share_percent", 1, " %")


def month_ticks(rows: pd.DataFrame) -> str:
    """Axis ticks of a monthly chart: years over more than three years, else months."""
    return "%Y" if rows["month_date"].nunique() > 36 else "%b %Y"


def tickets_figure(tickets: pd.DataFrame, targets: pd.DataFrame, window: TimeWindow) -> go.Figure:
    """Digital tickets per period by channel, with the ticket target shared out to the period (a twelfth a month)."""
    figure = px.bar(
        tickets.assign(channel=tickets["channel"].map(channel_name)),
        x="period_date",
        y="tickets",
        color="channel",
        color_discrete_map=channel_colours(),
        labels={"period_date": "", "tickets": t("parking_tickets"), "channel": t("parking_channel")},
    )
    ticket_target = targets[targets["measure"] == "digital_tickets"]
    if not ticket_target.empty:
        goal = ticket_target.iloc[0]
        target_value = goal["target_value"] / TARGET_SHARES[window.grain]
        value = tr().number(target_value)
        target_line(figure, target_value, f"{t(f'parking_target_{window.grain}')} {int(goal['target_year'])}: {value}")
    figure.update_traces(hovertemplate="%{y:,.0f}")
    figure.update_layout(
        yaxis_tickformat=",.0f",
        xaxis_tickformat=window.axis_format,
        xaxis_hoverformat=window.hover_format,
        hovermode="x unified",
    )
    return figure


def phone_share_figure(share: pd.DataFrame, targets: pd.DataFrame) -> go.Figure:
    figure = px.line(
        share,
        x="month_date",
        y="phone_share_percent",
        labels={"month_date": t("parking_month"), "phone_share_percent": t("parking_share_percent")},
    )
    figure.update_traces(hovertemplate=SHARE_HOVER)
    share_target = targets[targets["measure"] == "phone_share"]
    if not share_target.empty:
        goal = share_target.iloc[0]
        value = tr().percent(goal["target_value"], 0)
        target_line(figure, goal["target_value"] * 100, f"{t('parking_target')} {int(goal['target_year'])}: {value}")
    figure.update_layout(yaxis_ticksuffix=" %", xaxis_tickformat="%b %Y")
    return figure


def channels_figure(channels: pd.DataFrame) -> go.Figure:
    labels = {
        "month_date": t("parking_month"),
        "share_percent": t("parking_channel_share"),
        "channel": t("parking_channel"),
    }
    figure = px.area(
        channels.assign(channel=channels["channel"].map(channel_name)),
        x="month_date",
        y="share_percent",
        color="channel",
        color_discrete_map=channel_colours(),
        labels=labels,
    )
    figure.update_traces(hovertemplate=SHARE_HOVER)
    figure.update_layout(yaxis_ticksuffix=" %", yaxis_range=[0, 100], xaxis_tickformat=month_ticks(channels))
    return figure


def zones_figure(zones: pd.DataFrame) -> go.Figure:
    """Tickets per month by zone, with the May 2024 zone reform marked."""
    figure = px.bar(
        zones,
        x="month_date",
        y="tickets",
        color="zone",
        color_discrete_map=ZONE_COLOURS,
        category_orders={"zone": parking.ZONE_ORDER},
        labels={"month_date": t("parking_month"), "tickets": t("parking_tickets"), "zone": t("parking_zone")},
    )
    figure.update_traces(hovertemplate=MONTH_HOVER)
    months = pd.to_datetime(zones["month_date"])
    if months.min() < pd.Timestamp(ZONE_REFORM_DATE) <= months.max():  # outside the period it would stretch the axis
        figure.add_vline(x=ZONE_REFORM_DATE, line_dash="dot", line_color="#555")
        reform = {"x": ZONE_REFORM_DATE, "y": 1, "yref": "paper", "xanchor": "right", "yanchor": "top"}
        figure.add_annotation(**reform, showarrow=False, text=t("parking_zone_reform"), font={"size": 12})
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat=month_ticks(zones))
    return figure


def weekday_hour_figure(cells: pd.DataFrame) -> go.Figure:
    weekdays = weekday_names()
    figure = go.Figure(
        go.Heatmap(
            x=cells["start_hour"],
            y=[weekdays[d - 1] for d in cells["weekday_number"]],
            z=cells["tickets"],
            colorscale="Blues",
            hovertemplate="%{y}, %{x}:00: %{z:,.0f}<extra></extra>",
            colorbar={"title": {"text": t("parking_tickets")}, "tickformat": ",.0f"},
        )
    )
    figure.update_layout(
        xaxis={"title": t("parking_hour"), "dtick": 1},
        yaxis={"title": "", "categoryorder": "array", "categoryarray": list(reversed(weekdays))},
    )
    return figure


def duration_figure(histogram: pd.DataFrame) -> go.Figure:
    """Tickets by parking duration band and zone."""
    translate = tr()
    bands = [
        f"{translate.number(a)}–{translate.number(b)}" if b == b else f"≥ {translate.number(a)}"
        for a, b in zip(histogram["band_from"], histogram["band_to"], strict=True)
    ]
    labels = {"band": t("parking_duration_minutes"), "tickets": t("parking_tickets"), "zone": t("parking_zone")}
    figure = px.bar(
        histogram.assign(band=bands),
        x="band",
        y="tickets",
        color="zone",
        color_discrete_map=ZONE_COLOURS,
        labels=labels,
        category_orders={"zone": parking.ZONE_ORDER},
    )
    figure.update_traces(hovertemplate="%{x} min: %{y:,.0f}")
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_type="category")
    return figure


def fees_figure(yearly: pd.DataFrame) -> go.Figure:
    fees = {column: t(key) for column, key in FEES.items()}
    figure = px.bar(
        yearly.rename(columns=fees).assign(year=yearly["year"].astype(str)),
        x="year",
        y=list(fees.values()),
        barmode="group",
        color_discrete_sequence=[CATEGORICAL_COLOURS[i] for i in (0, 1, 7)],
        labels={"year": t("parking_year"), "value": t("parking_eur"), "variable": ""},
    )
    figure.update_traces(hovertemplate="%{x}: %{y:,.0f} €")
    figure.update_layout(yaxis_tickformat=",.0f", yaxis_ticksuffix=" €", xaxis_type="category")
    return figure


# ---- the charts in words (each chart's text alternative) -----------------------------------------


def weekday_hour_in_words(cells: pd.DataFrame, year: int) -> str:
    """The busiest and the quietest hour of the week."""
    weekdays = weekday_names()
    labels = [
        t("chart_words_hour", weekday=weekdays[day - 1], hour=int(hour))
        for day, hour in zip(cells["weekday_number"], cells["start_hour"], strict=True)
    ]
    what = t("chart_words_weekday_hour", year=year)
    return categories_in_words(what, labels, cells["tickets"], [tr().number(v) for v in cells["tickets"]])


def duration_in_words(histogram: pd.DataFrame, year: int) -> str:
    """The duration bands (all zones) with the most and the fewest tickets."""
    translate = tr()
    bands = histogram.groupby(["band_from", "band_to"], dropna=False, sort=True)["tickets"].sum()
    labels = [
        f"{translate.number(a)}–{translate.number(b)}" if b == b else f"≥ {translate.number(a)}" for a, b in bands.index
    ]
    what = t("chart_words_durations", year=year)
    return categories_in_words(what, labels, bands, [translate.number(v) for v in bands])


def fees_in_words(yearly: pd.DataFrame) -> str:
    """The years with the most and the least paid by phone, each with the coins at the machines."""
    translate = tr()
    shown = [
        t("chart_words_fees_detail", phone=translate.euro(phone), coins=translate.euro(coins))
        for phone, coins in zip(yearly["phone_fees_eur"], yearly["coin_income_eur"], strict=True)
    ]
    return categories_in_words(t("chart_words_fees"), yearly["year"].astype(str), yearly["phone_fees_eur"], shown)


# ---- the data behind each chart, with the headers the viewer reads ------------------------------

COLUMN_TEXTS = FEES | {
    "period_date": "parking_period_from",
    "month_date": "parking_month",
    "year": "parking_year",
    "channel": "parking_channel",
    "zone": "parking_zone",
    "weekday": "parking_weekday",
    "start_hour": "parking_hour",
    "band_from": "parking_band_from",
    "band_to": "parking_band_to",
    "tickets": "parking_tickets",
    "share_percent": "parking_channel_share",
    "phone_share_percent": "parking_share_percent",
}
DATA_COLUMNS = {
    "tickets": ("period_date", "channel", "tickets"),
    "phone_share": ("month_date", "phone_fees_eur", "coin_income_eur", "phone_share_percent"),
    "channels": ("month_date", "channel", "tickets", "share_percent"),
    "zones": ("month_date", "zone", "tickets"),
    "weekday_hour": ("weekday", "start_hour", "tickets"),
    "duration": ("band_from", "band_to", "zone", "tickets"),
    "fees": ("year", "phone_fees_eur", "service_fees_eur", "coin_income_eur"),
}


def chart_rows(rows: pd.DataFrame, chart: str) -> pd.DataFrame:
    """The data behind a chart (a key of DATA_COLUMNS), channels and weekdays named as in the chart."""
    if "channel" in rows:
        rows = rows.assign(channel=rows["channel"].map(channel_name))
    if "weekday_number" in rows:
        weekdays = weekday_names()
        rows = rows.assign(weekday=[weekdays[d - 1] for d in rows["weekday_number"]])
    return chart_data(rows, {column: t(COLUMN_TEXTS[column]) for column in DATA_COLUMNS[chart]})


YEARLY_EXPORT = {
    "year": "parking_year",
    "is_partial_year": "parking_is_partial_year",
    "tickets": "parking_tickets",
    "phone_fees_eur": "parking_phone_fees_eur",
    "service_fees_eur": "parking_service_fees_eur",
    "coin_income_eur": "parking_coin_income_eur",
    "phone_share_percent": "parking_share_percent",
    "distinct_vehicles": "parking_vehicles",
    "repeat_vehicles": "parking_repeat_vehicles",
    "repeat_ticket_percent": "parking_repeat_share_percent",
}


def yearly_export(yearly: pd.DataFrame) -> pd.DataFrame:
    """The yearly figures as the download holds them: numbers as numbers, shares in %, the partial year Ja/Nein."""
    rows = yearly.assign(
        phone_share_percent=(yearly["phone_share"] * 100).round(2),
        repeat_ticket_percent=(yearly["repeat_ticket_share"] * 100).round(2),
    )
    return export_frame(rows, YEARLY_EXPORT)
