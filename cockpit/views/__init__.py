"""What the pages draw: Plotly figures, display tables and small page components, one module per area.

Data flows files → etl → warehouse → cockpit.data_access → pages; the view modules sit beside the
pages and turn the data-access frames into figures and tables, so each page reads top to bottom:
inputs, a guard, then `show_chart(views.<area>.<figure>(rows))` and `st.dataframe(views.<area>.<table>(rows))`.
Views hold no SQL and never read the warehouse; helpers several areas share live in views.common.
Figures, chart files and tables that cost real time are built once and shared by sessions (cockpit.ui.memo):
`show_chart(memo.chart(build, *rows), ...)`, `memo.cached(table, rows)`; keyed by their data, language, role,
scope and warehouse version.
"""

from cockpit.views import (  # noqa: F401
    access_log,
    board,
    budget,
    budget_tables,
    common,
    data_status,
    delivery_check,
    emergency_care,
    emergency_care_charts,
    kpis,
    overview,
    overview_charts,
    overview_tables,
    parking,
    parking_charts,
    project_charts,
    project_tables,
    projects,
    wlan,
)
