"""KPI-Katalog: one card per KPI (Bochum's four fields), status against target, trend, stale badge,
the projects meant to move it (within the viewer's scope) and values per Stadtbezirk on an offline map."""

import streamlit as st

from cockpit import formatting, maps
from cockpit.data_access import kpis
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, as_of_caption, show_chart, status_label
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()


def value_text(value, unit: str) -> str:
    places = 0 if float(value).is_integer() else 1
    return f"{formatting.number(value, places, lang)} {unit}"


def badge(text: str, background: str, colour: str = "white") -> str:
    return (f'<span style="background:{background};color:{colour};padding:2px 10px;border-radius:4px;'
            f'font-weight:600;margin-right:6px">{text}</span>')


def status_badges(kpi) -> str:
    if kpi["status"] is None or kpi["status"] != kpi["status"]:
        badges = badge(t("kpi_status_none"), STATUS_COLOURS[None])
    else:
        text_colour = "#222222" if kpi["status"] == "gelb" else "white"
        badges = badge(status_label(kpi["status"], lang), STATUS_COLOURS[kpi["status"]], text_colour)
    if kpi["is_stale"]:
        badges += badge(t("kpi_stale_badge"), "#424242")
    return badges


def trend_text(kpi) -> str:
    if kpi["previous_value"] != kpi["previous_value"] or kpi["previous_value"] is None:
        return t("kpi_trend_first")
    previous = formatting.date(kpi["previous_period_start_date"], lang)
    if kpi["change"] == 0:
        return t("kpi_trend_same", date=previous)
    change = value_text(abs(kpi["change"]), t("kpi_percentage_points") if kpi["unit"] == "%" else kpi["unit"])
    key = "kpi_trend_up" if kpi["change"] > 0 else "kpi_trend_down"
    judgement = t("kpi_trend_better") if kpi["is_improving"] else t("kpi_trend_worse")
    return f"{t(key, change=('+' if kpi['change'] > 0 else '−') + change, date=previous)} ({judgement})"


def target_text(kpi) -> str:
    if kpi["target_value"] != kpi["target_value"] or kpi["target_value"] is None:
        return t("kpi_no_target")
    target = value_text(kpi["target_value"], kpi["unit"])
    if kpi["target_year"] == kpi["target_year"] and kpi["target_year"] is not None:
        target = t("kpi_target_by", target=target, year=int(kpi["target_year"]))
    direction = t("kpi_higher_better") if kpi["is_higher_better"] else t("kpi_lower_better")
    return f"{target} · {direction}"


def kpi_card(kpi, sparkline: list[float], projects) -> None:
    st.markdown(f"#### {kpi['kpi_name']}")
    st.markdown(status_badges(kpi), unsafe_allow_html=True)
    if kpi["latest_value"] != kpi["latest_value"] or kpi["latest_value"] is None:
        st.info(t("kpi_no_value"))
    else:
        label = t("kpi_latest_value") + (f" ({t('kpi_sum_of_districts')})" if kpi["is_sum_of_districts"] else "")
        st.metric(label, value_text(kpi["latest_value"], kpi["unit"]),
                  chart_data=sparkline if len(sparkline) > 1 else None, chart_type="line")
        st.caption(trend_text(kpi))
    if kpi["is_stale"]:
        st.warning(t("kpi_stale_detail", cadence=kpi["cadence"]), icon="⏰")
    st.markdown(
        f"**{t('kpi_what')}:** {kpi['what_we_measure']}  \n"
        f"**{t('kpi_why')}:** {kpi['why_it_matters']}  \n"
        f"**{t('kpi_goal')}:** {kpi['goal_text']}  \n"
        f"**{t('kpi_measured_on')}:** {formatting.date(kpi['latest_period_start_date'], lang)}"
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


st.title(t("page_kpi_catalogue"))
st.write(t("kpi_intro"))

options = {"": t("kpi_all_projects")} | kpis.project_options(scope, filters)
project_id = st.selectbox(t("kpi_project_filter"), list(options), format_func=options.get, key="kpi_project")
catalogue = kpis.catalogue(scope, filters, project_id or None)
if catalogue.empty:
    st.info(t("empty_selection"))
    st.stop()

trend = kpis.trend(scope, filters)
linked = kpis.linked_projects(scope, filters)

first, second, third = st.columns(3)
first.metric(t("kpi_count"), formatting.number(len(catalogue), lang=lang))
second.metric(t("kpi_on_target"), formatting.number((catalogue["status"] == "grün").sum(), lang=lang))
third.metric(t("kpi_stale_count"), formatting.number(catalogue["is_stale"].sum(), lang=lang))
as_of_caption(filters.reference_date, t("kpi_reference_date"), t("kpi_reference_date"))
st.caption(t("kpi_rules"))

columns = st.columns(2)
for position, kpi in enumerate(catalogue.to_dict("records")):
    with columns[position % 2].container(border=True):
        kpi_card(kpi, trend.get(kpi["kpi_id"], []), linked.get(kpi["kpi_id"]))

st.download_button(
    t("kpi_download"),
    catalogue.drop(columns=["linked_project_ids"]).to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig"),
    file_name="kpi_katalog.csv", mime="text/csv",
)

st.subheader(t("kpi_districts"))
district_values = kpis.district_values(scope, filters, tuple(catalogue["kpi_id"]))
if not district_values:
    st.info(t("kpi_district_none"))
    st.stop()
names = {kpi_id: rows["kpi_name"].iloc[0] for kpi_id, rows in district_values.items()}
chosen = st.selectbox(t("kpi_district_choice"), list(names), format_func=names.get, key="kpi_district_kpi")
rows = district_values[chosen]
unit = rows["unit"].iloc[0]
shown = [formatting.number(v, 0 if v == v and float(v).is_integer() else 1, lang) for v in rows["value"]]
st.caption(t("kpi_district_period", date=formatting.date(rows["period_start_date"].iloc[0], lang)))
left, right = st.columns([3, 2])
with left:
    show_chart(maps.district_tile_map(rows, rows["value"].tolist(), shown, note=t("kpi_map_note"),
                                      colour_title=unit), key="kpi_district_map")
    as_of_caption(rows["period_start_date"].iloc[0])
with right:
    st.dataframe(
        {t("kpi_district"): [f"{i} {n}" for i, n in zip(rows["district_id"], rows["district_name"], strict=True)],
         f"{t('kpi_value')} ({unit})": shown},
        hide_index=True, width="stretch",
    )
    st.caption(t("kpi_district_mapping"))
    st.download_button(
        t("kpi_download_districts"),
        rows.to_csv(sep=";", decimal=",", index=False).encode("utf-8-sig"),
        file_name=f"kpi_{chosen}_stadtbezirke.csv", mime="text/csv",
    )
