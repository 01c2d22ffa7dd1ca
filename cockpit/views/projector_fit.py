"""Wide tables that fit a projector: at 1280x720 with the sidebar open a table is 818 px wide.

A table listed here shows these columns at these widths in px, so it never scrolls sideways whatever its cells
hold: a longer cell is cut at the right edge of its column (the whole text is in the download and, for a
project, in its Steckbrief). The widths add up to at most 818 px, with 33 px for the row checkboxes of a table
one can click; a wider screen spreads the rest evenly over the columns. Columns left out here stay in the
table's downloads. tests/test_projector_fit.py opens the pages at 1280x720 and checks that nothing scrolls.
"""

# The Projektliste of the Stabsstelle, the Board and the departments: status whole ("○ kein Bericht"), the
# project, who leads it and its phase. Dates, completion, budget, Dezernat, field and priority: "Alle Spalten".
PROJECT_LIST = {
    "projects_col_status_overall": 95,
    "projects_col_status_schedule": 95,
    "projects_col_status_budget": 95,
    "projects_col_id": 55,
    "projects_col_title": 210,
    "projects_col_lead_unit": 125,
    "projects_col_phase": 105,
}
# The public list (Forum) has no status and no checkboxes: all of its six columns fit.
PUBLIC_PROJECT_LIST = {
    "projects_col_id": 55,
    "projects_col_title": 240,
    "projects_col_lead_unit": 160,
    "projects_col_dezernat": 90,
    "projects_col_field": 160,
    "projects_col_phase": 105,
}
# The reporting calendar on Prüfung: the due date is the same in every row and stands in the caption above the
# table, so it is in the download only. The state is whole ("eingereicht, noch nicht übernommen").
CALENDAR = {
    "review_col_project": 240,
    "review_col_lead_unit": 165,
    "review_col_state": 220,
    "review_col_reported_on": 90,
    "review_col_days_late": 100,
}


def fitted(tr, widths: dict[str, int], columns) -> dict:
    """st.dataframe's column_order and column_config for a table with these headers: the columns of `widths`
    (text key -> px) it holds, in that order, at those widths."""
    shown = [tr(key) for key in widths if tr(key) in columns]
    config = {tr(key): {"width": px} for key, px in widths.items() if tr(key) in columns}
    return {"column_order": shown, "column_config": config}
