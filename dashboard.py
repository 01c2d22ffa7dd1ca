"""Smart-City-Cockpit: the router. Page config, navigation, language, and the one warehouse guard."""

import streamlit as st

from cockpit.data_access import warehouse_version
from cockpit.i18n import language_switch, t

st.set_page_config(page_title="Smart-City-Cockpit", page_icon="🏙️", layout="wide")

PAGES = [
    st.Page("pages/data_status.py", title=t("page_data_status"), icon="🗂️", url_path="datenstand", default=True),
]

navigation = st.navigation(PAGES)
language_switch()
if warehouse_version() is None:
    st.error(t("no_warehouse"), icon="⚠️")
    st.stop()
navigation.run()
