"""Smart-City-Cockpit: the router. Sign-in and role, navigation, language, global filters, the warehouse guard."""

import streamlit as st

from cockpit.data_access import portfolio, warehouse_version
from cockpit.ui.context import language_switch, start_viewer, t
from cockpit.ui.filters import filter_sidebar
from cockpit.ui.navigation import role_navigation
from cockpit.ui.sign_in import signed_in_sidebar, signed_in_viewer_fields
from cockpit.viewer import Viewer

st.set_page_config(page_title="Smart-City-Cockpit", page_icon="🏙️", layout="wide")

language_switch()
person = signed_in_viewer_fields()  # stops with the sign-in screen or the reason, showing no figure
navigation = role_navigation(person["role"])
if warehouse_version() is None:
    st.error(t("no_warehouse"), icon="⚠️")
    st.stop()
st.sidebar.header(t("filters"))
filters = filter_sidebar(
    portfolio.filter_options(Viewer(**person)),
    {name: t(f"filter_{name}") for name in ("dezernate", "lead_units", "fields", "phases", "as_of", "all")},
)
viewer = start_viewer(person, filters)
signed_in_sidebar(viewer)
navigation.run()
