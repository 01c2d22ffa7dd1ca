"""Handyparken: digital tickets against the target, phone share, channels, zones, when and how long
people park, and our yearly figures beside the published ones."""

import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import parking
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, as_of_caption, show_chart, status_label
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()
CHANNEL_COLOURS = {
    "App": CATEGORICAL_COLOURS[0],
    "SMS": CATEGORICAL_COLOURS[1],
    t("parking_channel_Anruf"): CATEGORICAL_COLOURS[2],
}
ZONE_COLOURS = dict(zip(parking.ZONE_ORDER, CATEGORICAL_COLOURS[3:], strict=False))


def channel_name(channel: str) -> str:
    return t("parking_channel_Anruf") if channel == "Anruf" else channel


def deviation(share) -> str:
    """A deviation or change as a signed percentage: '+3,2 %', '−95,0 %'."""
    text = formatting.percent(share, 1, lang)
    if text == "–" or text.lstrip("-") == formatting.percent(0, 1, lang):
        return text.lstrip("-")
    return text if share < 0 else f"+{text}"


def target_line(figure, value: float, text: str) -> None:
    """The target as a dashed green line, labelled at the left."""
    figure.add_hline(
        y=value,
        line_dash="dash",
        line_color=STATUS_COLOURS["grün"],
        annotation_text=text,
        annotation_position="top left",
    )


def status_metric(column, label: str, value: str, status: str | None, help_text: str | None = None) -> None:
    column.metric(label, value, help=help_text)
    if status:
        column.markdown(
            f"<span style='color:{STATUS_COLOURS[status]};font-weight:600'>{status_label(status, lang)}</span>",
            unsafe_allow_html=True,
        )


st.title(t("page_parking"))
st.caption(t("parking_intro"))
dates = parking.latest_dates(scope, filters)
if dates["latest_transaction_date"] is None:
    st.info(t("parking_empty"))
    st.stop()
as_of_caption(dates["latest_transaction_date"], t("parking_as_of"), t("parking_as_of"))

# Headline: the reference date's year so far, against the targets
head = parking.headline(scope, filters)
year = int(head["year"])
as_of_text = formatting.date(head["as_of_date"], lang)
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
st.caption(t("parking_year_to_date", year=year, date=as_of_text))
targets = parking.targets(scope)
if targets.empty:
    st.caption(t("parking_target_missing"))
else:
    st.caption(t("parking_target_note", kpis=", ".join(f"{r.kpi_id} {r.kpi_name}" for r in targets.itertuples())))

# Digital tickets per month or year, by channel, with the target
st.subheader(t("parking_tickets_heading"))
granularity = st.radio(
    t("parking_granularity"), ["month", "year"], format_func=lambda g: t(f"parking_{g}"), horizontal=True
)
tickets = parking.tickets_by_period(scope, filters, granularity)
labels = {"period_date": "", "tickets": t("parking_tickets"), "channel": t("parking_channel")}
figure = px.bar(
    tickets.assign(channel=tickets["channel"].map(channel_name)),
    x="period_date",
    y="tickets",
    color="channel",
    color_discrete_map=CHANNEL_COLOURS,
    labels=labels,
)
ticket_target = targets[targets["measure"] == "digital_tickets"]
if not ticket_target.empty:
    goal = ticket_target.iloc[0]
    target_value = goal["target_value"] / (12 if granularity == "month" else 1)
    label = t("parking_target_month") if granularity == "month" else t("parking_target")
    target_line(
        figure, target_value, f"{label} {int(goal['target_year'])}: {formatting.number(target_value, lang=lang)}"
    )
figure.update_traces(hovertemplate="%{y:,.0f}")
period_format = "%Y" if granularity == "year" else "%b %Y"
figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat=period_format, hovermode="x unified")
show_chart(figure, height=420)
as_of_caption(dates["latest_transaction_date"])

# Share of fees paid by phone, monthly, against the target
st.subheader(t("parking_share_heading"))
st.caption(t("parking_share_explained"))
share = parking.phone_share_monthly(scope, filters)
figure = px.line(
    share,
    x="month_date",
    y="phone_share_percent",
    labels={"month_date": t("parking_month"), "phone_share_percent": t("parking_share_percent")},
)
figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.1f} %")
share_target = targets[targets["measure"] == "phone_share"]
if not share_target.empty:
    goal = share_target.iloc[0]
    text = f"{t('parking_target')} {int(goal['target_year'])}: {formatting.percent(goal['target_value'], 0, lang)}"
    target_line(figure, goal["target_value"] * 100, text)
figure.update_layout(yaxis_ticksuffix=" %", xaxis_tickformat="%b %Y")
show_chart(figure, height=360)
as_of_caption(dates["latest_emptying_date"], t("parking_coins_as_of"), t("parking_coins_as_of"))

# Channels and zones over time
left, right = st.columns(2)
with left:
    st.subheader(t("parking_channels_heading"))
    channels = parking.channel_shares(scope, filters)
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
        color_discrete_map=CHANNEL_COLOURS,
        labels=labels,
    )
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.1f} %")
    figure.update_layout(yaxis_ticksuffix=" %", yaxis_range=[0, 100], xaxis_tickformat="%Y")
    show_chart(figure, height=380)
    as_of_caption(dates["latest_transaction_date"])
with right:
    st.subheader(t("parking_zones_heading"))
    zones = parking.zones_monthly(scope, filters)
    figure = px.bar(
        zones,
        x="month_date",
        y="tickets",
        color="zone",
        color_discrete_map=ZONE_COLOURS,
        category_orders={"zone": parking.ZONE_ORDER},
        labels={"month_date": t("parking_month"), "tickets": t("parking_tickets"), "zone": t("parking_zone")},
    )
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.0f}")
    figure.add_vline(x="2024-05-01", line_dash="dot", line_color="#555")
    reform = {"x": "2024-05-01", "y": 1, "yref": "paper", "xanchor": "right", "yanchor": "top", "showarrow": False}
    figure.add_annotation(**reform, text=t("parking_zone_reform"), font={"size": 12})
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%Y")
    show_chart(figure, height=380)
    st.caption(t("parking_zones_explained"))
    as_of_caption(dates["latest_transaction_date"])

# Weekday x hour heat map and parking duration, for one year
years = parking.years(scope, filters)
chosen_year = st.selectbox(t("parking_pick_year"), years, key="parking_year")
st.subheader(t("parking_heatmap_heading"))
weekdays = t("parking_weekdays").split(",")
cells = parking.weekday_hour(scope, filters, chosen_year)
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
show_chart(figure, height=360)
as_of_caption(dates["latest_transaction_date"])

st.subheader(t("parking_duration_heading"))
left, right = st.columns([2, 1])
with left:
    histogram = parking.duration_histogram(scope, filters, chosen_year)
    histogram["band"] = [
        f"{formatting.number(a, lang=lang)}–{formatting.number(b, lang=lang)}"
        if b == b
        else f"≥ {formatting.number(a, lang=lang)}"
        for a, b in zip(histogram["band_from"], histogram["band_to"], strict=True)
    ]
    labels = {"band": t("parking_duration_minutes"), "tickets": t("parking_tickets"), "zone": t("parking_zone")}
    figure = px.bar(
        histogram,
        x="band",
        y="tickets",
        color="zone",
        color_discrete_map=ZONE_COLOURS,
        labels=labels,
        category_orders={"zone": parking.ZONE_ORDER},
    )
    figure.update_traces(hovertemplate="%{x} min: %{y:,.0f}")
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_type="category")
    show_chart(figure, height=360)
with right:
    durations = parking.duration_by_zone(scope, filters, chosen_year)
    st.dataframe(
        {
            t("parking_zone"): [t("parking_all_zones") if z == "all" else z for z in durations["zone"]],
            t("parking_tickets"): [formatting.number(v, lang=lang) for v in durations["tickets"]],
            t("parking_median_minutes"): [formatting.number(v, lang=lang) for v in durations["median_minutes"]],
            t("parking_mean_minutes"): [formatting.number(v, lang=lang) for v in durations["mean_minutes"]],
        },
        hide_index=True,
        width="stretch",
    )
    st.caption(t("parking_duration_explained"))
as_of_caption(dates["latest_transaction_date"])

# Our yearly figures beside the published ones; fees and repeat parkers
yearly = parking.yearly(scope, filters)


def year_label(row) -> str:
    return t("parking_partial_year", year=int(row.year), date=as_of_text) if row.is_partial_year else str(int(row.year))


st.subheader(t("parking_published_heading"))
comparison = parking.published_comparison(scope, filters)
if comparison.empty:
    st.info(t("empty_selection"))
else:
    money = comparison["measure"] != "tickets"
    st.dataframe(
        {
            t("parking_year"): [year_label(r) for r in comparison.itertuples()],
            t("parking_measure"): [t(f"parking_measure_{m}") for m in comparison["measure"]],
            t("parking_ours"): [
                formatting.euro(v, 0, lang) if m else formatting.number(v, lang=lang)
                for v, m in zip(comparison["ours"], money, strict=True)
            ],
            t("parking_published"): [
                formatting.euro(v, 0, lang) if m else formatting.number(v, lang=lang)
                for v, m in zip(comparison["published"], money, strict=True)
            ],
            t("parking_deviation"): [deviation(v) for v in comparison["deviation"]],
        },
        hide_index=True,
        width="content",
        height=38 + 35 * len(comparison),
    )
    st.caption(t("parking_published_source", source=comparison["source"].iloc[0]))

st.subheader(t("parking_fees_heading"))
fees = {
    "phone_fees_eur": t("parking_phone_fees"),
    "service_fees_eur": t("parking_service_fees"),
    "coin_income_eur": t("parking_coin_income"),
}
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
show_chart(figure, height=380)
st.dataframe(
    {
        t("parking_year"): [year_label(r) for r in yearly.itertuples()],
        t("parking_tickets"): [formatting.number(v, lang=lang) for v in yearly["tickets"]],
        t("parking_phone_fees"): [formatting.euro(v, 2, lang) for v in yearly["phone_fees_eur"]],
        t("parking_service_fees"): [formatting.euro(v, 2, lang) for v in yearly["service_fees_eur"]],
        t("parking_coin_income"): [formatting.euro(v, 2, lang) for v in yearly["coin_income_eur"]],
        t("parking_share_percent"): [formatting.percent(v, 1, lang) for v in yearly["phone_share"]],
        t("parking_vehicles"): [formatting.number(v, lang=lang) for v in yearly["distinct_vehicles"]],
        t("parking_repeat_vehicles"): [formatting.number(v, lang=lang) for v in yearly["repeat_vehicles"]],
        t("parking_repeat_share"): [formatting.percent(v, 1, lang) for v in yearly["repeat_ticket_share"]],
    },
    hide_index=True,
    width="stretch",
    height=38 + 35 * len(yearly),
)
st.caption(t("parking_vehicles_note"))
as_of_caption(dates["latest_transaction_date"])
