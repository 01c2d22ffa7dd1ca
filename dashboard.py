"""Smart-City-Cockpit: the router. Page config, navigation, language, global filters, the warehouse guard."""

import streamlit as st

from cockpit.data_access import portfolio, warehouse_version
from cockpit.ui.context import language_switch, start_viewer, t, viewer_scope
from cockpit.ui.filters import filter_sidebar
from cockpit.viewer import Viewer

st.set_page_config(page_title="Smart-City-Cockpit", page_icon="🏙️", layout="wide")

PAGES = {
    t("section_portfolio"): [
        st.Page("pages/overview.py", title=t("page_overview"), icon="🧭", url_path="uebersicht", default=True),
        st.Page("pages/board_mode.py", title=t("page_board_mode"), icon="📽️", url_path="sitzung"),
        st.Page("pages/project_list.py", title=t("page_project_list"), icon="📋", url_path="projektliste"),
        st.Page("pages/project_profile.py", title=t("page_project_profile"), icon="🗂️", url_path="projektsteckbrief"),
        st.Page("pages/budget.py", title=t("page_budget"), icon="💶", url_path="budget-foerderung"),
    ],
    t("section_city"): [
        st.Page("pages/kpi_catalogue.py", title=t("page_kpi_catalogue"), icon="🎯", url_path="kpi-katalog"),
        st.Page("pages/wlan.py", title=t("page_wlan"), icon="📶", url_path="freies-wlan"),
        st.Page("pages/parking.py", title=t("page_parking"), icon="🅿️", url_path="handyparken"),
        st.Page("pages/emergency_care.py", title=t("page_emergency_care"), icon="🚑", url_path="notfallversorgung"),
    ],
    t("section_data"): [
        st.Page("pages/data_status.py", title=t("page_data_status"), icon="🔄", url_path="datenstand"),
    ],
}

navigation = st.navigation(PAGES)
language_switch()
if warehouse_version() is None:
    st.error(t("no_warehouse"), icon="⚠️")
    st.stop()
scope = viewer_scope()
st.sidebar.header(t("filters"))
filters = filter_sidebar(
    portfolio.filter_options(Viewer(scope=scope)),
    {name: t(f"filter_{name}") for name in ("dezernate", "lead_units", "fields", "phases", "as_of", "all")},
)
start_viewer(scope, filters)
if not scope.is_everything:
    st.sidebar.caption(t("scope_limited", units=", ".join(scope.units) or "–"))
navigation.run()
