"""Handyparken page sections: the headline against the targets, each chart with its data and notes, and
the tables (durations, our yearly figures beside the published ones, fees and repeat parkers).

The figures and the data behind them are in cockpit.views.parking_charts."""

import datetime as dt

import pandas as pd
import streamlit as st

from cockpit.presentation import STATUS_TEXT_COLOURS, markdown_text, status_label
from cockpit.ui import memo
from cockpit.ui.charts import as_of_caption, running_period, series_in_words, show_chart
from cockpit.ui.context import language, t, tr
from cockpit.ui.tables import show_table
from cockpit.ui.time_controls import all_years_caption, months_heading
from cockpit.viewer import TimeWindow
from cockpit.views import common
from cockpit.views import parking_charts as charts

# ---- headline ------------------------------------------------------------------------------------


def deviation(share) -> str:
    """A deviation or change as a signed percentage: '+3,2 %', '-95,0 %'."""
    return common.signed_number(share * 100 if share is not None else None, 1, suffix=" %")


def status_metric(column, label: str, value: str, status: str | None) -> None:
    """A metric with its status (colour, symbol and word) below it."""
    column.metric(label, value)
    if status:
        colour = STATUS_TEXT_COLOURS[status]
        column.markdown(
            f"<span style='color:{colour};font-weight:600'>{status_label(status, language())}</span>",
            unsafe_allow_html=True,
        )


def headline_metrics(head: dict) -> None:
    """This year's tickets and phone share so far, each beside its target and status."""
    translate = tr()
    year = int(head["year"])
    first, second, third, fourth = st.columns(4)
    change = head["tickets"] / head["tickets_last_year"] - 1 if head["tickets_last_year"] else None
    first.metric(
        t("parking_tickets_year", year=year),
        translate.number(head["tickets"]),
        delta=f"{deviation(change)} {t('parking_vs_last_year')}" if change is not None else None,
    )
    ticket_goal, share_goal = head["ticket_target"], head["share_target"]
    status_metric(
        second,
        t("parking_ticket_target", year=int(head["ticket_target_year"] or year)),
        t("parking_no_target") if ticket_goal is None else translate.number(ticket_goal),
        head["ticket_status"],
    )
    third.metric(
        t("metric_phone_share_year", year=year),
        translate.percent(head["phone_share"], 1),
        help=t("metric_phone_share_method"),
    )
    status_metric(
        fourth,
        t("parking_share_target", year=int(head["share_target_year"] or year)),
        t("parking_no_target") if share_goal is None else translate.percent(share_goal, 0),
        head["share_status"],
    )


def target_kpis(targets: pd.DataFrame) -> str:
    return markdown_text(", ".join(f"{r.kpi_id} {r.kpi_name}" for r in targets.itertuples()))


def headline(head: dict, targets: pd.DataFrame) -> None:
    """The metrics, the part of the year they count, and where the targets come from."""
    headline_metrics(head)
    st.caption(t("parking_year_to_date", year=int(head["year"]), date=tr().date(head["as_of_date"])))
    if targets.empty:
        st.caption(t("parking_target_missing"))
    else:
        st.caption(t("parking_target_note", kpis=target_kpis(targets)))


# ---- charts with their data ----------------------------------------------------------------------


def tickets_chart(tickets: pd.DataFrame, targets: pd.DataFrame, window: TimeWindow) -> None:
    """Digital tickets per period of the shared window, by channel, with the target; or why there are none."""
    if tickets.empty:
        st.info(t("time_window_empty"))
        return
    show_chart(
        memo.chart(charts.tickets_figure, tickets, targets, window),
        height=420,
        key="parking_tickets_chart",
        data=memo.cached(charts.chart_rows, tickets, "tickets"),
        in_words=series_in_words(t("parking_tickets"), tickets, "period_date", "tickets", grain=window.grain),
        file_stem=f"handyparken_parkscheine_{window.period}_{window.grain}",
        running=running_period(tickets, "period_date", window.grain),
        grain=window.grain,
    )


def phone_share_chart(
    share: pd.DataFrame, targets: pd.DataFrame, latest_emptying: dt.date | None, window: TimeWindow
) -> None:
    """The share of fees paid by phone per month of the shared period against the target, as of the latest
    machine emptying."""
    if not months_heading(window, share):
        return
    show_chart(
        memo.chart(charts.phone_share_figure, share, targets),
        height=360,
        key="parking_share_chart",
        data=memo.cached(charts.chart_rows, share, "phone_share"),
        in_words=series_in_words(
            t("parking_share_percent"), share, "month_date", "phone_share_percent", 1, " %", latest_emptying
        ),
        file_stem=f"handyparken_anteil_handy_{window.period}",
        as_of=latest_emptying,
        running=running_period(share, "month_date", data_until=latest_emptying),
    )
    as_of_caption(latest_emptying, t("parking_coins_as_of"), t("parking_coins_as_of"))


def channels_chart(channels: pd.DataFrame, window: TimeWindow) -> None:
    """Each channel's share of the tickets per month of the shared period."""
    if not months_heading(window, channels):
        return
    show_chart(
        memo.chart(charts.channels_figure, channels),
        height=380,
        key="parking_channels_chart",
        data=memo.cached(charts.chart_rows, channels, "channels"),
        in_words=charts.app_share_in_words(channels),
        file_stem=f"handyparken_kanaele_{window.period}",
        running=running_period(channels, "month_date"),
    )


def zones_chart(zones: pd.DataFrame, window: TimeWindow) -> None:
    """Tickets per zone and month of the shared period."""
    if not months_heading(window, zones):
        return
    show_chart(
        memo.chart(charts.zones_figure, zones),
        height=380,
        key="parking_zones_chart",
        data=memo.cached(charts.chart_rows, zones, "zones"),
        in_words=series_in_words(t("parking_tickets"), zones, "month_date", "tickets"),
        file_stem=f"handyparken_zonen_{window.period}",
        running=running_period(zones, "month_date"),
    )
    st.caption(t("parking_zones_explained"))


def year_picker(years: list[int]) -> int:
    """The year the heat map and the durations show."""
    return st.selectbox(t("parking_pick_year"), years, key="parking_year")


def weekday_hour_chart(cells: pd.DataFrame, year: int) -> None:
    st.caption(t("time_chosen_year", year=year))
    show_chart(
        memo.chart(charts.weekday_hour_figure, cells),
        height=360,
        key="parking_heatmap_chart",
        data=memo.cached(charts.chart_rows, cells, "weekday_hour"),
        file_stem=f"handyparken_wochentag_stunde_{year}",
        in_words=charts.weekday_hour_in_words(cells, year),
    )


def durations_table(durations: pd.DataFrame) -> dict:
    return {
        t("parking_zone"): [t("parking_all_zones") if z == "all" else z for z in durations["zone"]],
        t("parking_tickets"): common.numbers(durations["tickets"]),
        t("parking_median_minutes"): common.numbers(durations["median_minutes"]),
        t("parking_mean_minutes"): common.numbers(durations["mean_minutes"]),
    }


def durations(histogram: pd.DataFrame, by_zone: pd.DataFrame, year: int) -> None:
    """Tickets by duration band and zone, beside the median and mean per zone."""
    st.caption(t("time_chosen_year", year=year))
    left, right = st.columns([2, 1])
    with left:
        show_chart(
            memo.chart(charts.duration_figure, histogram),
            height=360,
            key="parking_duration_chart",
            data=memo.cached(charts.chart_rows, histogram, "duration"),
            file_stem=f"handyparken_parkdauer_{year}",
            in_words=charts.duration_in_words(histogram, year),
        )
    with right:
        show_table(memo.cached(durations_table, by_zone), hide_index=True, width="stretch")
        st.caption(t("parking_duration_explained"))


# ---- yearly figures ------------------------------------------------------------------------------


def year_column() -> dict:
    """A year column wide enough for the partial year ('2026 bis 26.11.2026')."""
    return {t("parking_year"): st.column_config.TextColumn(width=150)}


def year_labels(rows: pd.DataFrame, as_of_date) -> list[str]:
    """'2026 bis 26.11.2026'-style labels for the partial year, plain years otherwise."""
    date = tr().date(as_of_date)
    return [
        t("parking_partial_year", year=int(r.year), date=date) if r.is_partial_year else str(int(r.year))
        for r in rows.itertuples()
    ]


def comparison_table(comparison: pd.DataFrame, as_of_date) -> dict:
    translate = tr()
    money = comparison["measure"] != "tickets"

    def shown(values) -> list[str]:
        return [translate.euro(v) if m else translate.number(v) for v, m in zip(values, money, strict=True)]

    return {
        t("parking_year"): year_labels(comparison, as_of_date),
        t("parking_measure"): [t(f"parking_measure_{m}") for m in comparison["measure"]],
        t("parking_ours"): shown(comparison["ours"]),
        t("parking_published"): shown(comparison["published"]),
        t("parking_deviation"): [deviation(v) for v in comparison["deviation"]],
    }


def published_comparison(comparison: pd.DataFrame, as_of_date) -> None:
    """Our yearly figures beside the published ones, with the source: every published year."""
    st.caption(all_years_caption())
    if comparison.empty:
        st.info(t("empty_selection"))
        return
    show_table(
        memo.cached(comparison_table, comparison, as_of_date),
        hide_index=True,
        width="content",
        column_config=year_column(),
        height=common.table_height(len(comparison)),
        download="handyparken_vergleich_veroeffentlicht",
        as_of=as_of_date,
    )
    st.caption(t("parking_published_source", source=markdown_text(comparison["source"].iloc[0])))
    as_of_caption(as_of_date)


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


def fees_and_repeat_parkers(yearly: pd.DataFrame, as_of_date) -> None:
    """Fees per year as a chart, then every yearly figure as a table: all years."""
    st.caption(all_years_caption())
    show_chart(
        memo.chart(charts.fees_figure, yearly),
        height=380,
        key="parking_fees_chart",
        data=memo.cached(charts.chart_rows, yearly, "fees"),
        file_stem="handyparken_entgelte_je_jahr",
        in_words=charts.fees_in_words(yearly),
    )
    show_table(
        memo.cached(yearly_table, yearly, as_of_date),
        hide_index=True,
        width="stretch",
        height=common.table_height(len(yearly)),
        column_config=year_column(),
        download="handyparken_jahreszahlen",
        export=memo.cached(charts.yearly_export, yearly),
    )
    st.caption(t("parking_vehicles_note"))
