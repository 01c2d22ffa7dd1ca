"""Notfallversorgung: the IVENA eHealth network, announcements by urgency and hospital, sign-offs,
the winter peak and where announcements went after the Holwedestraße site closed.

Counts below 5 by hospital or by day arrive suppressed from SQL and show as '<5' (left out of charts).
"""

import datetime as dt

import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import emergency_care
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, as_of_caption, show_chart
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()
LABELS = {
    "month_date": t("emergency_month"),
    "announcements": t("emergency_announcements"),
    "urgency": t("emergency_urgency"),
    "facility": t("emergency_hospital"),
    "signed_off_hours": t("emergency_signoff_hours"),
    "facilities_connected": t("emergency_connected_count"),
    "type_label": t("emergency_facility_type"),
}
URGENCY_COLOURS = {1: STATUS_COLOURS["rot"], 2: STATUS_COLOURS["gelb"], 3: CATEGORICAL_COLOURS[4]}


def urgency_name(urgency: int) -> str:
    return t(f"emergency_urgency_{urgency}")


def share_points(before, after) -> str:
    """Change of a share in percentage points, '+9,9' / '−0,3'; '–' if either is suppressed."""
    if before != before or after != after or before is None or after is None:
        return "–"
    change = round((after - before) * 100, 1)
    text = formatting.number(abs(change), 1, lang)
    return f"+{text}" if change > 0 else f"-{text}" if change < 0 else text


st.title(t("page_emergency_care"))
st.caption(t("emergency_intro"))
latest = emergency_care.latest_announcement_date(scope, filters)
if latest is None:
    st.info(t("emergency_empty"))
    st.stop()
as_of_caption(latest, t("emergency_as_of"), t("emergency_as_of"))
st.caption(t("emergency_suppression_note"))

# Headline: connected now, the 12 months before the reference date
head = emergency_care.headline(scope, filters)
first, second, third, fourth = st.columns(4)
first.metric(t("emergency_hospitals_connected"), formatting.number(head["hospitals_connected"], lang=lang))
second.metric(t("emergency_control_centres"), formatting.number(head["control_centres_connected"], lang=lang))
third.metric(
    t("emergency_announcements_12m"),
    formatting.number(head["announcements_12m"], lang=lang),
    help=f"{t('emergency_urgency_1_share')}: {formatting.percent(head['urgency_1_share_12m'], 1, lang)}",
)
fourth.metric(t("emergency_signoff_hours_12m"), formatting.number(head["signed_off_hours_12m"], 1, lang))
st.caption(
    t(
        "emergency_window",
        start=formatting.date(head["window_start"], lang),
        end=formatting.date(filters.reference_date, lang),
    )
    + f" · {t('emergency_urgency_1_share')}: {formatting.percent(head['urgency_1_share_12m'], 1, lang)}"
)

# Facilities connected over time, and the list
st.subheader(t("emergency_connected_heading"))
connected = emergency_care.connected_monthly(scope, filters)
connected["type_label"] = [t(f"emergency_type_{kind}") for kind in connected["facility_type"]]
figure = px.line(
    connected, x="month_date", y="facilities_connected", color="type_label", line_shape="hv", labels=LABELS
)
figure.update_traces(hovertemplate="%{x|%b %Y}: %{y}")
figure.update_layout(yaxis_rangemode="tozero", yaxis_dtick=1 if connected["facilities_connected"].max() <= 12 else None)
show_chart(figure, height=340)
facilities = emergency_care.facilities(scope, filters)
st.dataframe(
    {
        t("emergency_facility"): facilities["facility"],
        t("emergency_facility_type"): [t(f"emergency_type_{kind}") for kind in facilities["facility_type"]],
        t("emergency_in_city"): [t("emergency_yes") if v else t("emergency_no") for v in facilities["is_in_city"]],
        t("emergency_connected_from"): [formatting.date(v, lang) for v in facilities["connected_from_date"]],
        t("emergency_connected_to"): [formatting.date(v, lang) for v in facilities["connected_to_date"]],
        t("emergency_state"): [
            t("emergency_state_connected") if v else t("emergency_state_ended") for v in facilities["is_connected"]
        ],
    },
    hide_index=True,
    width="stretch",
)
as_of_caption(filters.reference_date)

# Announcements per month by urgency (all hospitals) and by hospital (suppressed below 5)
st.subheader(t("emergency_urgency_heading"))
urgency = emergency_care.urgency_monthly(scope, filters)
colours = {urgency_name(level): URGENCY_COLOURS[level] for level in emergency_care.URGENCIES}
figure = px.bar(
    urgency.assign(urgency=urgency["urgency"].map(urgency_name)),
    x="month_date",
    y="announcements",
    color="urgency",
    color_discrete_map=colours,
    category_orders={"urgency": list(colours)},
    labels=LABELS,
)
figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.0f}")
figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%b %Y")
show_chart(figure, height=380)
as_of_caption(latest)

st.subheader(t("emergency_by_hospital_heading"))
by_hospital = emergency_care.facility_monthly(scope, filters)
shown = by_hospital[~by_hospital["is_suppressed"]]
if shown.empty:
    st.info(t("emergency_suppression_note"))
else:
    # suppressed months stay in as gaps (null), so a line never bridges a hidden value
    figure = px.line(
        by_hospital.astype({"announcements": float}),
        x="month_date",
        y="announcements",
        color="facility",
        labels=LABELS,
    )
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.0f}", connectgaps=False)
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%b %Y", legend={"font": {"size": 12}})
    show_chart(figure, height=460)
suppressed_cells = int(by_hospital["is_suppressed"].sum())
if suppressed_cells:
    st.caption(t("emergency_suppressed_cells", count=formatting.number(suppressed_cells, lang=lang)))
as_of_caption(latest)

# Day x hospital for one month: counts below 5 as '<5'
st.subheader(t("emergency_daily_heading"))
months = emergency_care.announcement_months(scope, filters)
month = st.selectbox(
    t("emergency_pick_month"), months, format_func=lambda m: formatting.month(m, lang), key="emergency_month"
)
daily = emergency_care.daily_by_facility(scope, filters, month)
daily_shown = [
    emergency_care.shown_count(v, s, lang) for v, s in zip(daily["announcements"], daily["is_suppressed"], strict=True)
]
figure = go.Figure(
    go.Heatmap(
        x=daily["day_date"],
        y=[name.replace(" – ", "<br>") for name in daily["facility"]],
        z=daily["announcements"].astype(float),
        zmin=0,
        zmax=max([5, *daily["announcements"].dropna()]),  # all cells suppressed: a scale still needs a range
        text=daily_shown,
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
show_chart(figure, height=120 + 32 * daily["facility"].nunique())
with st.expander(t("emergency_daily_heading")):
    st.dataframe(
        {
            t("emergency_day"): [formatting.date(v, lang) for v in daily["day_date"]],
            t("emergency_hospital"): daily["facility"],
            t("emergency_announcements"): daily_shown,
        },
        hide_index=True,
        width="stretch",
    )
as_of_caption(latest)

# The winter peak
st.subheader(t("emergency_season_heading"))
season = emergency_care.seasonal_profile(scope, filters)
if season.empty:
    st.info(t("emergency_season_empty"))
else:
    month_names = [formatting.month(dt.date(2000, m, 1), lang).split(" ")[0] for m in season["calendar_month"]]
    figure = go.Figure(
        go.Bar(
            x=month_names,
            y=season["average_announcements"],
            marker_color=[
                CATEGORICAL_COLOURS[5] if i > 100 else CATEGORICAL_COLOURS[0] for i in season["seasonal_index"]
            ],
            text=[formatting.number(i, lang=lang) for i in season["seasonal_index"]],
            textposition="outside",
            customdata=season[["seasonal_index", "years_counted"]],
            hovertemplate=f"%{{x}}: %{{y:,.1f}}<br>{t('emergency_index')}: %{{customdata[0]:,.0f}}"
            f"<br>{t('emergency_years_counted')}: %{{customdata[1]}}<extra></extra>",
        )
    )
    figure.add_hline(y=season["average_announcements"].mean(), line_dash="dot", line_color="#555")
    figure.update_layout(yaxis_title=t("emergency_average"), yaxis_tickformat=",.0f", xaxis_type="category")
    show_chart(figure, height=340)
    st.caption(t("emergency_season_explained"))
    as_of_caption(latest)

# Sign-offs by hospital
st.subheader(t("emergency_signoff_heading"))
signoffs_monthly = emergency_care.signoffs_monthly(scope, filters)
if signoffs_monthly.empty:
    st.info(t("emergency_signoff_empty"))
else:
    figure = px.bar(signoffs_monthly, x="month_date", y="signed_off_hours", color="facility", labels=LABELS)
    figure.update_traces(hovertemplate="%{x|%b %Y}: %{y:,.1f} h")
    figure.update_layout(yaxis_tickformat=",.0f", xaxis_tickformat="%b %Y", legend={"font": {"size": 12}})
    show_chart(figure, height=420)
    yearly = emergency_care.signoffs_yearly(scope, filters)
    st.dataframe(
        {
            t("emergency_year"): yearly["year"].astype(str),
            t("emergency_hospital"): yearly["facility"],
            t("emergency_signoffs"): [formatting.number(v, lang=lang) for v in yearly["signoffs"]],
            t("emergency_signoff_hours"): [formatting.number(v, 1, lang) for v in yearly["signed_off_hours"]],
        },
        hide_index=True,
        width="stretch",
    )
    st.caption(t("emergency_signoff_explained"))
    as_of_caption(latest)

# Where announcements went after the Holwedestraße site closed
st.subheader(t("emergency_closure_heading"))
if filters.reference_date < emergency_care.HOLWEDE_CLOSURE_DATE:
    st.info(t("emergency_closure_after_as_of"))
else:
    shift = emergency_care.closure_shift(scope, filters)
    if shift.empty:
        st.info(t("emergency_closure_empty"))
    else:
        window = shift.iloc[0]
        before_text = f"{formatting.date(window['before_start'], lang)}–{formatting.date(window['before_end'], lang)}"
        after_text = f"{formatting.date(window['closure_date'], lang)}–{formatting.date(window['after_end'], lang)}"
        st.caption(t("emergency_closure_explained", before=before_text, after=after_text))
        before, after = t("emergency_before"), t("emergency_after")
        figure = go.Figure()
        for column, label, colour in (
            ("before_share", before, CATEGORICAL_COLOURS[7]),
            ("after_share", after, CATEGORICAL_COLOURS[0]),
        ):
            figure.add_bar(
                y=shift["facility"],
                x=shift[column] * 100,
                name=label,
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
        show_chart(figure, height=140 + 42 * len(shift))
        st.dataframe(
            {
                t("emergency_hospital"): shift["facility"],
                f"{t('emergency_announcements')} ({before})": [
                    emergency_care.shown_count(v, s, lang)
                    for v, s in zip(shift["before_announcements"], shift["is_before_suppressed"], strict=True)
                ],
                f"{t('emergency_share')} ({before})": [formatting.percent(v, 1, lang) for v in shift["before_share"]],
                f"{t('emergency_announcements')} ({after})": [
                    emergency_care.shown_count(v, s, lang)
                    for v, s in zip(shift["after_announcements"], shift["is_after_suppressed"], strict=True)
                ],
                f"{t('emergency_share')} ({after})": [formatting.percent(v, 1, lang) for v in shift["after_share"]],
                t("emergency_change"): [
                    share_points(b, a) for b, a in zip(shift["before_share"], shift["after_share"], strict=True)
                ],
            },
            hide_index=True,
            width="stretch",
            height=38 + 35 * len(shift),
        )
        as_of_caption(latest)
