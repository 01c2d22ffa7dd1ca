"""KPI-Katalog: one card per KPI (status badge, latest value with sparkline, trend, target, projects),
and the values per Stadtbezirk as a table beside the tile map."""

import pandas as pd
import streamlit as st

from cockpit import formatting
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, status_label
from cockpit.views import common


def is_missing(value) -> bool:
    return value is None or value != value


def value_text(value, unit: str) -> str:
    places = 0 if float(value).is_integer() else 1
    return f"{formatting.number(value, places, language())} {unit}"


def badge(text: str, background: str, colour: str = "white") -> str:
    return (
        f'<span style="background:{background};color:{colour};padding:2px 10px;border-radius:4px;'
        f'font-weight:600;margin-right:6px">{text}</span>'
    )


def status_badges(kpi: dict) -> str:
    """Status as a coloured badge with symbol and word; a dark badge if the value is stale."""
    if is_missing(kpi["status"]):
        badges = badge(t("kpi_status_none"), STATUS_COLOURS[None])
    else:
        text_colour = "#222222" if kpi["status"] == "gelb" else "white"
        badges = badge(status_label(kpi["status"], language()), STATUS_COLOURS[kpi["status"]], text_colour)
    if kpi["is_stale"]:
        badges += badge(t("kpi_stale_badge"), "#424242")
    return badges


def trend_text(kpi: dict) -> str:
    if is_missing(kpi["previous_value"]):
        return t("kpi_trend_first")
    previous = formatting.date(kpi["previous_period_start_date"], language())
    if kpi["change"] == 0:
        return t("kpi_trend_same", date=previous)
    change = value_text(abs(kpi["change"]), t("kpi_percentage_points") if kpi["unit"] == "%" else kpi["unit"])
    key = "kpi_trend_up" if kpi["change"] > 0 else "kpi_trend_down"
    judgement = t("kpi_trend_better") if kpi["is_improving"] else t("kpi_trend_worse")
    return f"{t(key, change=('+' if kpi['change'] > 0 else '−') + change, date=previous)} ({judgement})"


def target_text(kpi: dict) -> str:
    if is_missing(kpi["target_value"]):
        return t("kpi_no_target")
    target = value_text(kpi["target_value"], kpi["unit"])
    if not is_missing(kpi["target_year"]):
        target = t("kpi_target_by", target=target, year=int(kpi["target_year"]))
    direction = t("kpi_higher_better") if kpi["is_higher_better"] else t("kpi_lower_better")
    return f"{target} · {direction}"


def headline_metrics(catalogue: pd.DataFrame) -> None:
    lang = language()
    first, second, third = st.columns(3)
    first.metric(t("kpi_count"), formatting.number(len(catalogue), lang=lang))
    second.metric(t("kpi_on_target"), formatting.number((catalogue["status"] == "grün").sum(), lang=lang))
    third.metric(t("kpi_stale_count"), formatting.number(catalogue["is_stale"].sum(), lang=lang))


def kpi_card(kpi: dict, sparkline: list[float], projects: pd.DataFrame | None) -> None:
    """One KPI in the current container: badges, value and trend, what and why, target, projects."""
    st.markdown(f"#### {kpi['kpi_name']}")
    st.markdown(status_badges(kpi), unsafe_allow_html=True)
    if is_missing(kpi["latest_value"]):
        st.info(t("kpi_no_value"))
    else:
        label = t("kpi_latest_value") + (f" ({t('kpi_sum_of_districts')})" if kpi["is_sum_of_districts"] else "")
        st.metric(
            label,
            value_text(kpi["latest_value"], kpi["unit"]),
            chart_data=sparkline if len(sparkline) > 1 else None,
            chart_type="line",
        )
        st.caption(trend_text(kpi))
    if kpi["is_stale"]:
        st.warning(t("kpi_stale_detail", cadence=kpi["cadence"]), icon="⏰")
    st.markdown(
        f"**{t('kpi_what')}:** {kpi['what_we_measure']}  \n"
        f"**{t('kpi_why')}:** {kpi['why_it_matters']}  \n"
        f"**{t('kpi_goal')}:** {kpi['goal_text']}  \n"
        f"**{t('kpi_measured_on')}:** {formatting.date(kpi['latest_period_start_date'], language())}"
    )
    standard = kpi["standard_reference"] if isinstance(kpi["standard_reference"], str) else t("kpi_no_standard")
    st.caption(
        f"{t('kpi_target')}: {target_text(kpi)} · {t('kpi_standard')}: {standard} · "
        f"{t('kpi_cadence')}: {kpi['cadence']} · {t('kpi_field')}: {kpi['field']} · {t('kpi_source')}: {kpi['source']}"
    )
    st.markdown(f"**{t('kpi_projects')}:**")
    if projects is None or projects.empty:
        st.caption(t("kpi_no_projects"))
    else:
        st.markdown("\n".join(f"- {p.project_id} {p.title} ({p.lead_unit}, {p.phase})" for p in projects.itertuples()))


def catalogue_csv(catalogue: pd.DataFrame) -> bytes:
    return common.csv_bytes(catalogue.drop(columns=["linked_project_ids"]))


def district_value_texts(rows: pd.DataFrame) -> list[str]:
    """Each district's value as shown on the map and in the table."""
    lang = language()
    return [formatting.number(v, 0 if v == v and float(v).is_integer() else 1, lang) for v in rows["value"]]


def district_table(rows: pd.DataFrame, shown: list[str]) -> dict:
    return {
        t("kpi_district"): common.district_labels(rows),
        f"{t('kpi_value')} ({rows['unit'].iloc[0]})": shown,
    }


def district_data(rows: pd.DataFrame) -> pd.DataFrame:
    """The data behind the district map: period, district and value under the headers the viewer reads."""
    return pd.DataFrame(
        {
            t("kpi_period"): rows["period_start_date"],
            t("kpi_district"): common.district_labels(rows),
            f"{t('kpi_value')} ({rows['unit'].iloc[0]})": rows["value"],
        }
    )
