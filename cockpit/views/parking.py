"""Handyparken: headline against the targets, tickets by channel, phone share, channels and zones over
time, weekday × hour, parking durations, and our yearly figures beside the published ones."""

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import parking
from cockpit.i18n import language, t
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, chart_data, status_label
from cockpit.time_controls import TimeWindow
from cockpit.views import common

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


def deviation(share) -> str:
    """A deviation or change as a signed percentage: '+3,2 %', '-95,0 %'."""
    return common.signed_number(share * 100 if share is not None else None, 1, suffix=" %")


def target_line(figure: go.Figure, value: float, text: str) -> None:
    """The target as a dashed green line, labelled at the left."""
    figure.add_hline(
        y=value,
        line_dash="dash",
        line_color=STATUS_COLOURS["grün"],
        annotation_text=text,
        annotation_position="top left",
    )


def status_metric(column, label: str, value: str, status: str | None) -> None:
    """A metric with its status (colour, symbol and word) below it."""
    column.metric(label, value)
    if status:
        column.markdown(
            f"<span style='color:{STATUS_COLOURS[status]};font-weight:600'>{status_label(status, language())}</span>",
            unsafe_allow_html=True,
        )


def headline_metrics(head: dict) -> None:
    """This year's tickets and phone share so far, each beside its target and status."""
    lang = language()
    year = int(head["year"])
    first, second, third, fourth = st.columns(4)
    change = head["tickets"] / head["tickets_last_year"] - 1 if head["tickets_last_year"] else None
    first.metric(
        t("parking_tickets_year", year=year),
        formatting.number(head["tickets"], lang=lang),
        delta=f"{deviation(change)} {t('parking_vs_last_year')}" if change is not None else None,
    )
    ticket_goal, share_goal = head["ticket_target"], head["share_target"]
    status_metric(
        second,
        t("parking_ticket_target", year=int(head["ticket_target_year"] or year)),
        t("parking_no_target") if ticket_goal is None else formatting.number(ticket_goal, lang=lang),
        head["ticket_status"],
    )
    third.metric(t("parking_share_year", year=year), formatting.percent(head["phone_share"], 1, lang))
    status_metric(
        fourth,
        t("parking_share_target", year=int(head["share_target_year"] or year)),
        t("parking_no_target") if share_goal is None else formatting.percent(share_goal, 0, lang),
        head["share_status"],
    )


def target_kpis(targets: pd.DataFrame) -> str:
    return ", ".join(f"{r.kpi_id} {r.kpi_name}" for r in targets.itertuples())


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
        value = formatting.number(target_value, lang=language())
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
        value = formatting.percent(goal["target_value"], 0, language())
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
    figure.update_layout(yaxis_ticksuffix=" %", yaxis_range=[0, 100], xaxis_tickformat="%Y")
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
    figure.add_vline(x=ZONE_REFORM_DATE, line_dash="dot", line_color="#555")
    reform = {"x": ZONE_REFORM_DATE, "y": 1, "yref": "paper", "xanchor": "right", "yanchor": "top", "showarrow": False}
    figure.add_annotation(**reform, text=t("parking_zone_reform"), font={"size": 12})
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%Y")
    return figure


def weekday_hour_figure(cells: pd.DataFrame) -> go.Figure:
    weekdays = t("parking_weekdays").split(",")
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
    lang = language()
    bands = [
        f"{formatting.number(a, lang=lang)}–{formatting.number(b, lang=lang)}"
        if b == b
        else f"≥ {formatting.number(a, lang=lang)}"
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


def durations_table(durations: pd.DataFrame) -> dict:
    return {
        t("parking_zone"): [t("parking_all_zones") if z == "all" else z for z in durations["zone"]],
        t("parking_tickets"): common.numbers(durations["tickets"]),
        t("parking_median_minutes"): common.numbers(durations["median_minutes"]),
        t("parking_mean_minutes"): common.numbers(durations["mean_minutes"]),
    }


def year_labels(rows: pd.DataFrame, as_of_date) -> list[str]:
    """'2026 (bis 26.11.)'-style labels for the partial year, plain years otherwise."""
    date = formatting.date(as_of_date, language())
    return [
        t("parking_partial_year", year=int(r.year), date=date) if r.is_partial_year else str(int(r.year))
        for r in rows.itertuples()
    ]


def comparison_table(comparison: pd.DataFrame, as_of_date) -> dict:
    lang = language()
    money = comparison["measure"] != "tickets"

    def shown(values) -> list[str]:
        return [
            formatting.euro(v, 0, lang) if m else formatting.number(v, lang=lang)
            for v, m in zip(values, money, strict=True)
        ]

    return {
        t("parking_year"): year_labels(comparison, as_of_date),
        t("parking_measure"): [t(f"parking_measure_{m}") for m in comparison["measure"]],
        t("parking_ours"): shown(comparison["ours"]),
        t("parking_published"): shown(comparison["published"]),
        t("parking_deviation"): [deviation(v) for v in comparison["deviation"]],
    }


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


def yearly_table(yearly: pd.DataFrame, as_of_date) -> dict:
    return {
        t("parking_year"): year_labels(yearly, as_of_date),
        t("parking_tickets"): common.numbers(yearly["tickets"]),
        t("parking_phone_fees"): common.euros(yearly["phone_fees_eur"], 2),
        t("parking_service_fees"): common.euros(yearly["service_fees_eur"], 2),
        t("parking_coin_income"): common.euros(yearly["coin_income_eur"], 2),
        t("parking_share_percent"): common.percents(yearly["phone_share"], 1),
        t("parking_vehicles"): common.numbers(yearly["distinct_vehicles"]),
        t("parking_repeat_vehicles"): common.numbers(yearly["repeat_vehicles"]),
        t("parking_repeat_share"): common.percents(yearly["repeat_ticket_share"], 1),
    }


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
        weekdays = t("parking_weekdays").split(",")
        rows = rows.assign(weekday=[weekdays[d - 1] for d in rows["weekday_number"]])
    return chart_data(rows, {column: t(COLUMN_TEXTS[column]) for column in DATA_COLUMNS[chart]})
