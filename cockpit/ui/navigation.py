"""The pages each role may open. A page outside the role's list is not registered with st.navigation,
so its URL does not exist for that user (Streamlit shows its own 'page not found' and the default page).

The default page (the root URL) is a hidden second registration of the role's first page: so every page,
the first one too, keeps its own address (/uebersicht), which Streamlit gives no default page, and a
link to another role's first page never meets Streamlit's "Page not found" dialog.
"""

import streamlit as st

from cockpit.ui.context import t
from cockpit.viewer import BOARD, CDO, DEPARTMENT, FORUM

INTERNAL = (CDO, BOARD, DEPARTMENT)
EVERY_ROLE = (*INTERNAL, FORUM)

# (section key, page file, title key, icon, url path, roles)
PAGES = (
    ("section_portfolio", "pages/overview.py", "page_overview", "🧭", "uebersicht", INTERNAL),
    ("section_portfolio", "pages/board_mode.py", "page_board_mode", "📽️", "sitzung", INTERNAL),
    ("section_portfolio", "pages/project_list.py", "page_project_list", "📋", "projektliste", EVERY_ROLE),
    ("section_portfolio", "pages/project_profile.py", "page_project_profile", "🗂️", "projektsteckbrief", INTERNAL),
    ("section_portfolio", "pages/budget.py", "page_budget", "💶", "budget-foerderung", INTERNAL),
    ("section_city", "pages/kpi_catalogue.py", "page_kpi_catalogue", "🎯", "kpi-katalog", EVERY_ROLE),
    ("section_city", "pages/wlan.py", "page_wlan", "📶", "freies-wlan", EVERY_ROLE),
    ("section_city", "pages/parking.py", "page_parking", "🅿️", "handyparken", EVERY_ROLE),
    ("section_city", "pages/emergency_care.py", "page_emergency_care", "🚑", "notfallversorgung", EVERY_ROLE),
    ("section_reporting", "pages/report.py", "page_report", "📝", "meldung", (CDO, DEPARTMENT)),
    ("section_reporting", "pages/review.py", "page_review", "✅", "pruefung", (CDO,)),
    ("section_data", "pages/data_status.py", "page_data_status", "🔄", "datenstand", INTERNAL),
)


def role_navigation(role: str):
    """st.navigation over the pages of this role; the root URL shows the first of them."""
    sections: dict[str, list] = {}
    first = None
    for section, path, title, icon, url_path, roles in PAGES:
        if role in roles:
            first = first or (path, t(title), icon)
            page = st.Page(path, title=t(title), icon=icon, url_path=url_path)
            sections.setdefault(t(section), []).append(page)
    path, title, icon = first
    root = st.Page(path, title=title, icon=icon, url_path="start", default=True, visibility="hidden")
    return st.navigation({"": [root], **sections})
