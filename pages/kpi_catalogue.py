"""KPI-Katalog: one card per KPI (Bochum's four fields), status against target, trend, stale badge,
the projects meant to move it (within the viewer's scope) and values per Stadtbezirk on an offline map."""

import streamlit as st

from cockpit import formatting, maps, views
from cockpit.data_access import kpis
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import as_of_caption, show_chart
from cockpit.scope import viewer_scope

lang = language()
scope = viewer_scope()
filters = current_filters()

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

views.kpis.headline_metrics(catalogue)
as_of_caption(filters.reference_date, t("kpi_reference_date"), t("kpi_reference_date"))
st.caption(t("kpi_rules"))

columns = st.columns(2)
for position, kpi in enumerate(catalogue.to_dict("records")):
    with columns[position % 2].container(border=True):
        views.kpis.kpi_card(kpi, trend.get(kpi["kpi_id"], []), linked.get(kpi["kpi_id"]))

st.download_button(t("kpi_download"), views.kpis.catalogue_csv(catalogue), file_name="kpi_katalog.csv", mime="text/csv")

st.subheader(t("kpi_districts"))
district_values = kpis.district_values(scope, filters, tuple(catalogue["kpi_id"]))
if not district_values:
    st.info(t("kpi_district_none"))
    st.stop()
names = {kpi_id: rows["kpi_name"].iloc[0] for kpi_id, rows in district_values.items()}
chosen = st.selectbox(t("kpi_district_choice"), list(names), format_func=names.get, key="kpi_district_kpi")
rows = district_values[chosen]
shown = views.kpis.district_value_texts(rows)
st.caption(t("kpi_district_period", date=formatting.date(rows["period_start_date"].iloc[0], lang)))
left, right = st.columns([3, 2])
with left:
    show_chart(
        maps.district_tile_map(
            rows, rows["value"].tolist(), shown, note=t("kpi_map_note"), colour_title=rows["unit"].iloc[0]
        ),
        key="kpi_district_map",
        data=views.kpis.district_data(rows),
        file_stem=f"kpi_{chosen}_stadtbezirke",
    )
    as_of_caption(rows["period_start_date"].iloc[0])
with right:
    st.dataframe(views.kpis.district_table(rows, shown), hide_index=True, width="stretch")
    st.caption(t("kpi_district_mapping"))
