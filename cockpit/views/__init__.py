"""What the pages draw: Plotly figures, display tables and small page components, one module per area.

Data flows files → etl → warehouse → cockpit.data_access → pages; the view modules sit beside the
pages and turn the data-access frames into figures and tables, so each page reads top to bottom:
inputs, a guard, then `show_chart(views.<area>.<figure>(rows))` and `st.dataframe(views.<area>.<table>(rows))`.
Views hold no SQL and never read the warehouse; helpers several areas share live in views.common.
"""

from cockpit.views import budget, common, emergency_care, kpis, overview, parking, projects, wlan  # noqa: F401
