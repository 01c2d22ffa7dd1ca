"""Notfallversorgung page sections: the headline, each chart with its table and notes, and the tables
(facilities, day × hospital, sign-offs per year, the shift after the Holwedestraße closure).

Counts below 5 by hospital or by day arrive suppressed from SQL: tables show '<5'. The figures and the
data behind them are in cockpit.views.emergency_care_charts.
"""

import datetime as dt

import pandas as pd
import streamlit as st

from cockpit.ui.charts import as_of_caption, running_period, series_in_words, show_chart
from cockpit.ui.context import t, tr
from cockpit.ui.downloads import export_frame
from cockpit.ui.tables import show_table
from cockpit.ui.time_controls import all_years_caption, months_caption, months_heading
from cockpit.viewer import TimeWindow
from cockpit.views import common
from cockpit.views import emergency_care_charts as charts

# ---- headline ------------------------------------------------------------------------------------


def headline_metrics(head: pd.Series) -> None:
    translate = tr()
    urgency_1_share = f"{t('emergency_urgency_1_share')}: {translate.percent(head['urgency_1_share_12m'], 1)}"
    first, second, third, fourth = st.columns(4)
    first.metric(
        t("metric_hospitals"),
        translate.number(head["hospitals_connected"]),
        help=t("metric_hospitals_method", sites=translate.number(head["hospital_sites_connected"])),
    )
    second.metric(t("emergency_control_centres"), translate.number(head["control_centres_connected"]))
    third.metric(t("emergency_announcements_12m"), translate.number(head["announcements_12m"]), help=urgency_1_share)
    fourth.metric(t("emergency_signoff_hours_12m"), translate.number(head["signed_off_hours_12m"], 1))


def headline_window(head: pd.Series, as_of: dt.date) -> str:
    translate = tr()
    window = t("emergency_window", start=translate.date(head["window_start"]), end=translate.date(as_of))
    return window + f" · {t('emergency_urgency_1_share')}: {translate.percent(head['urgency_1_share_12m'], 1)}"


def headline(head: pd.Series, as_of: dt.date) -> None:
    """Connected now and the 12 months before the reference date, with the window they count."""
    headline_metrics(head)
    st.caption(headline_window(head, as_of))


# ---- facilities connected ------------------------------------------------------------------------


def facilities_table(facilities: pd.DataFrame) -> dict:
    return {
        t("emergency_facility"): facilities["facility"],
        t("emergency_facility_type"): charts.facility_types(facilities["facility_type"]),
        t("emergency_in_city"): [t("emergency_yes") if v else t("emergency_no") for v in facilities["is_in_city"]],
        t("emergency_connected_from"): common.dates(facilities["connected_from_date"]),
        t("emergency_connected_to"): common.dates(facilities["connected_to_date"]),
        t("emergency_state"): [
            t("emergency_state_connected") if v else t("emergency_state_ended") for v in facilities["is_connected"]
        ],
    }


def facilities_export(facilities: pd.DataFrame) -> pd.DataFrame:
    """The facilities as the download holds them: types translated, Ja/Nein, dates as dates."""
    rows = facilities.assign(type_label=charts.facility_types(facilities["facility_type"]))
    return export_frame(
        rows,
        {
            "facility": "emergency_facility",
            "type_label": "emergency_facility_type",
            "is_in_city": "emergency_in_city",
            "connected_from_date": "emergency_connected_from",
            "connected_to_date": "emergency_connected_to",
            "is_connected": "emergency_is_connected",
        },
    )


def connected(connected_monthly: pd.DataFrame, facilities: pd.DataFrame, window: TimeWindow) -> None:
    """Facilities connected per month of the shared period by type, then the list of facilities."""
    st.caption(months_caption(window))
    show_chart(
        charts.connected_figure(connected_monthly),
        height=340,
        key="emergency_connected_chart",
        data=charts.chart_rows(connected_monthly, "connected"),
        in_words=series_in_words(
            t("emergency_connected_count"), connected_monthly, "month_date", "facilities_connected"
        ),
        file_stem=f"ivena_angeschlossene_einrichtungen_{window.period}",
    )
    show_table(
        facilities_table(facilities),
        hide_index=True,
        width="stretch",
        download="ivena_einrichtungen",
        export=facilities_export(facilities),
    )


# ---- announcements -------------------------------------------------------------------------------


def urgency_chart(urgency: pd.DataFrame, window: TimeWindow) -> None:
    """Announcements per period of the shared window by urgency (all hospitals); or why there are none."""
    if urgency.empty:
        st.info(t("time_window_empty"))
        return
    show_chart(
        charts.urgency_figure(urgency, window),
        height=380,
        key="emergency_urgency_chart",
        data=charts.chart_rows(urgency, "urgency"),
        in_words=series_in_words(
            t("emergency_announcements"), urgency, "period_date", "announcements", grain=window.grain
        ),
        file_stem=f"ivena_dringlichkeit_{window.period}_{window.grain}",
        running=running_period(urgency, "period_date", window.grain),
        grain=window.grain,
    )


def by_hospital(by_hospital_monthly: pd.DataFrame, window: TimeWindow) -> None:
    """Announcements per month of the shared period by hospital, counts below 5 left out, and how many were."""
    if not months_heading(window, by_hospital_monthly):
        return
    if by_hospital_monthly["is_suppressed"].all():
        st.info(t("emergency_suppression_note"))
    else:
        show_chart(
            charts.by_hospital_figure(by_hospital_monthly),
            height=460,
            key="emergency_by_hospital_chart",
            data=charts.chart_rows(by_hospital_monthly, "by_hospital"),
            in_words=series_in_words(
                t("emergency_announcements_shown"), by_hospital_monthly, "month_date", "announcements"
            ),
            file_stem=f"ivena_voranmeldungen_je_klinik_{window.period}",
            running=running_period(by_hospital_monthly, "month_date"),
        )
    suppressed_cells = int(by_hospital_monthly["is_suppressed"].sum())
    if suppressed_cells:
        st.caption(t("emergency_suppressed_cells", count=tr().number(suppressed_cells)))


def month_picker(months: list[dt.date]) -> dt.date:
    """The month the day × hospital heat map shows."""
    return st.selectbox(t("emergency_pick_month"), months, format_func=tr().month, key="emergency_month")


def daily_table(daily: pd.DataFrame) -> dict:
    return {
        t("emergency_day"): common.dates(daily["day_date"]),
        t("emergency_hospital"): daily["facility"],
        t("emergency_announcements"): charts.shown_counts(daily["announcements"], daily["is_suppressed"]),
    }


def daily(daily_rows: pd.DataFrame, month: dt.date) -> None:
    """Day × hospital for one month as a heat map, counts below 5 as '<5'; the same as a table to unfold."""
    st.caption(t("time_chosen_month", month=tr().month(month)))
    show_chart(
        charts.daily_figure(daily_rows),
        height=charts.daily_height(daily_rows),
        key="emergency_daily_chart",
        data=charts.chart_rows(daily_rows, "daily"),
        file_stem=f"ivena_voranmeldungen_je_tag_{month:%Y_%m}",
        in_words=charts.daily_in_words(daily_rows, month),
    )
    with st.expander(t("emergency_daily_heading")):
        show_table(daily_table(daily_rows), hide_index=True, width="stretch")


def season(profile: pd.DataFrame, as_of: dt.date) -> None:
    """The winter peak: average announcements per calendar month over all years; or why there is none yet."""
    st.caption(all_years_caption())
    if profile.empty:
        st.info(t("emergency_season_empty"))
        return
    show_chart(
        charts.season_figure(profile),
        height=340,
        key="emergency_season_chart",
        data=charts.chart_rows(profile, "season"),
        file_stem="ivena_jahresverlauf",
        in_words=charts.season_in_words(profile),
        as_of=as_of,
    )
    st.caption(t("emergency_season_explained"))
    as_of_caption(as_of)


# ---- sign-offs -----------------------------------------------------------------------------------


def signoffs_table(yearly: pd.DataFrame) -> dict:
    return {
        t("emergency_year"): yearly["year"].astype(str),
        t("emergency_hospital"): yearly["facility"],
        t("emergency_signoffs"): common.numbers(yearly["signoffs"]),
        t("emergency_signoff_hours"): common.numbers(yearly["signed_off_hours"], 1),
    }


def signoffs(monthly: pd.DataFrame, yearly: pd.DataFrame, as_of: dt.date, window: TimeWindow) -> None:
    """Hours signed off per month of the shared period by hospital, then per year (all years); or that there
    were none."""
    if not months_heading(window, monthly, "emergency_signoff_empty"):
        return
    show_chart(
        charts.signoffs_figure(monthly),
        height=420,
        key="emergency_signoffs_chart",
        data=charts.chart_rows(monthly, "signoffs"),
        in_words=series_in_words(t("emergency_signoff_hours"), monthly, "month_date", "signed_off_hours", 1, " h"),
        file_stem=f"ivena_abmeldungen_{window.period}",
        as_of=as_of,
        running=running_period(monthly, "month_date", data_until=as_of),
    )
    export = export_frame(
        yearly,
        {
            "year": "emergency_year",
            "facility": "emergency_hospital",
            "signoffs": "emergency_signoffs",
            "signed_off_hours": "emergency_signoff_hours",
        },
    )
    show_table(
        signoffs_table(yearly),
        hide_index=True,
        width="stretch",
        download="ivena_abmeldungen_je_jahr",
        export=export,
        as_of=as_of,
    )
    st.caption(f"{t('emergency_signoff_explained')} {t('emergency_signoff_years')}")
    as_of_caption(as_of)


# ---- the Holwedestraße closure -------------------------------------------------------------------


def share_points(before, after) -> str:
    """Change of a share in percentage points, '+9,9' / '-0,3'; '–' if either is suppressed."""
    if before != before or after != after or before is None or after is None:
        return "–"
    return common.signed_number(round((after - before) * 100, 1), 1)


def closure_windows(shift: pd.DataFrame) -> str:
    """The two compared windows, 'before' and 'after' the closure, as one sentence."""
    translate = tr()
    window = shift.iloc[0]
    before = f"{translate.date(window['before_start'])}–{translate.date(window['before_end'])}"
    after = f"{translate.date(window['closure_date'])}–{translate.date(window['after_end'])}"
    return t("emergency_closure_explained", before=before, after=after)


def closure_table(shift: pd.DataFrame) -> dict:
    before, after = t("emergency_before"), t("emergency_after")
    return {
        t("emergency_hospital"): shift["facility"],
        f"{t('emergency_announcements')} ({before})": charts.shown_counts(
            shift["before_announcements"], shift["is_before_suppressed"]
        ),
        f"{t('emergency_share')} ({before})": common.percents(shift["before_share"], 1),
        f"{t('emergency_announcements')} ({after})": charts.shown_counts(
            shift["after_announcements"], shift["is_after_suppressed"]
        ),
        f"{t('emergency_share')} ({after})": common.percents(shift["after_share"], 1),
        t("emergency_change"): [
            share_points(b, a) for b, a in zip(shift["before_share"], shift["after_share"], strict=True)
        ],
    }


def closure(shift: pd.DataFrame) -> None:
    """Each hospital's share of announcements before and after the closure: the windows, a chart, a table."""
    st.caption(closure_windows(shift))
    show_chart(
        charts.closure_figure(shift),
        height=charts.closure_height(shift),
        key="emergency_closure_chart",
        data=charts.chart_rows(shift, "closure"),
        file_stem="ivena_verlagerung_holwedestrasse",
        in_words=charts.closure_in_words(shift),
    )
    st.dataframe(closure_table(shift), hide_index=True, width="stretch", height=common.table_height(len(shift)))
