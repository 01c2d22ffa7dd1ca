"""KPI-Katalog page sections: the choice of project, the headline counts, one card per KPI (status badge,
latest value with sparkline, trend, target, projects), the catalogue's download, and the values per
Stadtbezirk on an offline tile map beside a table."""

import pandas as pd
import streamlit as st

from cockpit import maps
from cockpit.data_access import kpis
from cockpit.i18n import TEXTS
from cockpit.presentation import STATUS_COLOURS, STATUS_WORDS, markdown_text, plotly_text, status_label, text_colour_on
from cockpit.texts.enumerations import word, words
from cockpit.ui import downloads, memo
from cockpit.ui.charts import as_of_caption, categories_in_words, show_chart
from cockpit.ui.context import language, t, tr
from cockpit.ui.sections import today_value_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import Viewer
from cockpit.views import common
from common import formats

REFERENCE_DATE_LABELS = TEXTS["kpi_reference_date"]
PHASE = "phase"  # the enumeration a linked project's phase belongs to


# ---- sections of the page ------------------------------------------------------------------------


def project_choice(viewer: Viewer) -> str | None:
    """All KPIs, or those a project in the viewer's scope is meant to move (None: all)."""
    options = {"": t("kpi_all_projects")} | kpis.project_options(viewer)
    project_id = st.selectbox(t("kpi_project_filter"), list(options), format_func=options.get, key="kpi_project")
    return project_id or None


def headline(viewer: Viewer, catalogue: pd.DataFrame) -> None:
    """How many KPIs, how many on target, how many stale; the Stichtag and the status rules."""
    headline_metrics(catalogue)
    as_of_caption(viewer.reference_date, *REFERENCE_DATE_LABELS)
    st.caption(t("kpi_rules"))


def cards(viewer: Viewer, catalogue: pd.DataFrame) -> None:
    """One bordered card per KPI, two side by side; below them the catalogue as CSV and Excel."""
    trend = kpis.trend(viewer)
    linked = kpis.linked_projects(viewer)
    columns = st.columns(2)
    for position, kpi in enumerate(catalogue.to_dict("records")):
        with columns[position % 2].container(border=True):
            kpi_card(kpi, trend.get(kpi["kpi_id"], []), linked.get(kpi["kpi_id"]))
    today_value_caption(viewer, t("kpi_no_history_projects"))
    export = downloads.with_as_of(catalogue_export(catalogue))  # "Datenstand": the Stichtag
    with st.container(horizontal=True):
        downloads.download_button(t("kpi_download"), memo.cached(downloads.csv_bytes, export), "kpi_katalog.csv")
        xlsx = memo.cached(downloads.xlsx_bytes, export)
        downloads.download_button(t("kpi_download_xlsx"), xlsx, "kpi_katalog.xlsx")


def districts(viewer: Viewer, catalogue: pd.DataFrame) -> None:
    """One KPI's values per Stadtbezirk (the viewer picks which): tile map and table, or a sentence
    when no KPI of the selection has district values."""
    district_values = kpis.district_values(viewer, tuple(catalogue["kpi_id"]))
    if not district_values:
        st.info(t("kpi_district_none"))
        return
    names = {kpi_id: rows["kpi_name"].iloc[0] for kpi_id, rows in district_values.items()}
    chosen = st.selectbox(t("kpi_district_choice"), list(names), format_func=names.get, key="kpi_district_kpi")
    rows = district_values[chosen]
    shown = district_value_texts(rows)
    period_start = rows["period_start_date"].iloc[0]
    st.caption(t("kpi_district_period", date=tr().date(period_start)))
    left, right = st.columns([3, 2])
    with left:
        figure = maps.district_tile_map(
            rows, rows["value"].tolist(), shown, note=t("kpi_map_note"), colour_title=plotly_text(rows["unit"].iloc[0])
        )
        data = district_data(rows)
        in_words = categories_in_words(
            t("chart_words_kpi_districts", kpi=names[chosen]), common.district_labels(rows), rows["value"], shown
        )
        stem = f"kpi_{chosen}_stadtbezirke"
        show_chart(figure, key="kpi_district_map", data=data, file_stem=stem, in_words=in_words, as_of=period_start)
        as_of_caption(period_start)
    with right:
        show_table(district_table(rows, shown), hide_index=True, width="stretch")
        st.caption(t("kpi_district_mapping"))


# ---- parts ---------------------------------------------------------------------------------------


def sparkline_in_words(values: list[float], unit: str) -> str:
    """The sparkline in words: how many values, from the first to the latest, the highest and the lowest."""
    if len(values) < 2:
        return ""
    shown = {
        name: value_text(value, unit)
        for name, value in (("first", values[0]), ("latest", values[-1]), ("high", max(values)), ("low", min(values)))
    }
    return t("chart_words_sparkline", count=tr().number(len(values)), **shown)


def value_text(value, unit: str) -> str:
    return f"{common.natural_number(value)} {unit}"


def badge(text: str, background: str, colour: str = "white") -> str:
    return (
        f'<span style="background:{background};color:{colour};padding:2px 10px;border-radius:4px;'
        f'font-weight:600;margin-right:6px">{text}</span>'
    )


def status_badges(kpi: dict) -> str:
    """Status as a coloured badge with symbol and word; a dark badge if the value is stale."""
    if formats.is_missing(kpi["status"]):
        badges = badge(t("kpi_status_none"), STATUS_COLOURS[None], text_colour_on(STATUS_COLOURS[None]))
    else:
        fill = STATUS_COLOURS[kpi["status"]]
        badges = badge(status_label(kpi["status"], language()), fill, text_colour_on(fill))
    if kpi["is_stale"]:
        badges += badge(t("kpi_stale_badge"), "#424242")
    return badges


def trend_text(kpi: dict) -> str:
    if formats.is_missing(kpi["previous_value"]):
        return t("kpi_trend_first")
    previous = formats.date(kpi["previous_period_start_date"], language())
    if kpi["change"] == 0:
        return t("kpi_trend_same", date=previous)
    change = value_text(abs(kpi["change"]), t("kpi_percentage_points") if kpi["unit"] == "%" else kpi["unit"])
    key = "kpi_trend_up" if kpi["change"] > 0 else "kpi_trend_down"
    judgement = t("kpi_trend_better") if kpi["is_improving"] else t("kpi_trend_worse")
    return f"{t(key, change=('+' if kpi['change'] > 0 else '−') + change, date=previous)} ({judgement})"


def target_text(kpi: dict) -> str:
    if formats.is_missing(kpi["target_value"]):
        return t("kpi_no_target")
    target = value_text(kpi["target_value"], kpi["unit"])
    if not formats.is_missing(kpi["target_year"]):
        target = t("kpi_target_by", target=target, year=int(kpi["target_year"]))
    direction = t("kpi_higher_better") if kpi["is_higher_better"] else t("kpi_lower_better")
    return f"{target} · {direction}"


def headline_metrics(catalogue: pd.DataFrame) -> None:
    lang = language()
    first, second, third = st.columns(3)
    first.metric(t("kpi_count"), formats.number(len(catalogue), lang=lang))
    second.metric(t("kpi_on_target"), formats.number((catalogue["status"] == "grün").sum(), lang=lang))
    third.metric(t("kpi_stale_count"), formats.number(catalogue["is_stale"].sum(), lang=lang))


def kpi_card(kpi: dict, sparkline: list[float], projects: pd.DataFrame | None) -> None:
    """One KPI in the current container: badges, value and trend, what and why, target, projects."""
    st.markdown(f"#### {markdown_text(kpi['kpi_name'])}")
    st.markdown(status_badges(kpi), unsafe_allow_html=True)
    if formats.is_missing(kpi["latest_value"]):
        st.info(t("kpi_no_value"))
    else:
        label = t("kpi_latest_value") + (f" ({t('kpi_sum_of_districts')})" if kpi["is_sum_of_districts"] else "")
        st.metric(
            label,
            value_text(kpi["latest_value"], kpi["unit"]),
            chart_data=sparkline if len(sparkline) > 1 else None,
            chart_type="line",
        )
        st.caption(markdown_text(f"{trend_text(kpi)} {sparkline_in_words(sparkline, kpi['unit'])}".strip()))
    if kpi.get("parking_measure") == "phone_share":  # computed from the feeds, not delivered (docs/metrics.md)
        st.caption(t("metric_phone_share_method"))
    if kpi["is_stale"]:
        st.warning(t("kpi_stale_detail", cadence=markdown_text(word("cadence", kpi["cadence"], language()))), icon="⏰")
    st.markdown(
        f"**{t('kpi_what')}:** {markdown_text(kpi['what_we_measure'])}  \n"
        f"**{t('kpi_why')}:** {markdown_text(kpi['why_it_matters'])}  \n"
        f"**{t('kpi_goal')}:** {markdown_text(kpi['goal_text'])}  \n"
        f"**{t('kpi_measured_on')}:** {formats.date(kpi['latest_period_start_date'], language())}"
    )
    standard = kpi["standard_reference"]
    standard = markdown_text(standard) if isinstance(standard, str) else t("kpi_no_standard")
    lang = language()
    cadence, field = (markdown_text(word(k, kpi[k], lang)) for k in ("cadence", "field"))
    source = markdown_text(kpi["source"])
    st.caption(
        f"{t('kpi_target')}: {markdown_text(target_text(kpi))} · {t('kpi_standard')}: {standard} · "
        f"{t('kpi_cadence')}: {cadence} · {t('kpi_field')}: {field} · {t('kpi_source')}: {source}"
    )
    st.markdown(f"**{t('kpi_projects')}:**")
    if projects is None or projects.empty:
        st.caption(t("kpi_no_projects"))
    else:
        st.markdown(
            "\n".join(
                f"- {markdown_text(f'{p.project_id} {p.title} ({p.lead_unit}, {word(PHASE, p.phase, lang)})')}"
                for p in projects.itertuples()
            )
        )


def yes_no(value) -> str:
    """Ja/Nein (Yes/No) for a flag, empty where it is unknown."""
    return "" if formats.is_missing(value) else t("yes") if value else t("no")


def catalogue_export(catalogue: pd.DataFrame) -> pd.DataFrame:
    """The catalogue as the download holds it: the viewer's headers, flags as Ja/Nein, status as a word."""
    lang = language()

    def flags(column: str) -> list[str]:
        return [yes_no(v) for v in catalogue[column]]

    return pd.DataFrame(
        {
            t("kpi_export_id"): catalogue["kpi_id"],
            t("kpi_export_name"): catalogue["kpi_name"],
            t("kpi_what"): catalogue["what_we_measure"],
            t("kpi_why"): catalogue["why_it_matters"],
            t("kpi_goal"): catalogue["goal_text"],
            t("kpi_target"): catalogue["target_value"],
            t("kpi_export_target_year"): catalogue["target_year"],
            t("kpi_export_unit"): catalogue["unit"],
            t("kpi_export_higher_better"): flags("is_higher_better"),
            t("kpi_cadence"): words("cadence", catalogue["cadence"], lang),
            t("kpi_source"): catalogue["source"],
            t("kpi_standard"): catalogue["standard_reference"],
            t("kpi_field"): catalogue["field"] if lang == "de" else catalogue["field_en"],
            t("kpi_latest_value"): catalogue["latest_value"],
            t("kpi_export_period_start"): catalogue["latest_period_start_date"],
            t("kpi_export_period_end"): catalogue["latest_period_end_date"],
            t("kpi_export_sum_of_districts"): flags("is_sum_of_districts"),
            t("kpi_export_previous_value"): catalogue["previous_value"],
            t("kpi_export_previous_period_start"): catalogue["previous_period_start_date"],
            t("kpi_export_change"): catalogue["change"],
            t("kpi_export_improving"): flags("is_improving"),
            t("kpi_status"): [status_word(s, lang) for s in catalogue["status"]],
            t("kpi_export_stale"): flags("is_stale"),
            t("kpi_export_has_districts"): flags("has_district_values"),
        }
    )


def status_word(status, lang: str) -> str:
    """'grün', 'gelb', 'rot' ('green', 'amber', 'red'); empty where a KPI is not rated."""
    return "" if formats.is_missing(status) else STATUS_WORDS[status][0 if lang == "de" else 1]


def district_value_texts(rows: pd.DataFrame) -> list[str]:
    """Each district's value as shown on the map and in the table."""
    return [common.natural_number(v) for v in rows["value"]]


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
