"""Übersicht page sections: the headline figures, what needs attention, status by dimension, strategy
coverage and what changed since the last Board.

The figures are in cockpit.views.overview_charts, the tables and the wording of reasons in
cockpit.views.overview_tables."""

import datetime as dt

import pandas as pd
import streamlit as st

from cockpit.data_access import overview
from cockpit.i18n import Translator, translator
from cockpit.presentation import markdown_text, status_label
from cockpit.ui import memo
from cockpit.ui.charts import as_of_caption, show_chart
from cockpit.ui.sections import REFERENCE_DATE_LABELS, today_value_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import Viewer
from cockpit.views import common, reporting_pending
from cockpit.views import overview_charts as charts
from cockpit.views import overview_tables as tables

METRIC_COLOURS = {"rot": "red", "gelb": "orange", "grün": "green", None: "gray"}
DAYS_BACK_WITHOUT_MEETING = 90
ATTENTION_TOP_ROWS = 5  # the first rows fit under the headline figures at 1280x720
ATTENTION_MAX_PX = 640  # the table of all projects scrolls beyond this


def stichtag_caption(viewer: Viewer) -> None:
    as_of_caption(viewer.reference_date, *REFERENCE_DATE_LABELS)


# ---- headline ------------------------------------------------------------------------------------


def headline_figures(viewer: Viewer, phases: pd.DataFrame) -> None:
    """The Stichtag, then projects by status, reports on time, the phases and this year's money."""
    tr = translator(viewer.language)
    stichtag_caption(viewer)
    status_metrics(tr, overview.status_counts(viewer), overview.report_punctuality(viewer), phases)
    if phases["projects_with_todays_phase"].sum():  # phases no status report named by the Stichtag
        today_value_caption(viewer, tr("overview_no_history_phases"))
    budget = overview.current_year_budget(viewer)
    budget_metrics(tr, budget)
    today_value_caption(viewer, tr("overview_no_history_budget"), budget["actual_as_of_date"])


def status_metrics(tr: Translator, status: dict, punctual: pd.Series, phases: pd.DataFrame) -> None:
    """Open projects, projects by overall status, reports on time; the phases below."""
    columns = st.columns([1, 1, 1, 1, 1.2, 1.4])
    columns[0].metric(tr("overview_open_projects"), tr.number(status["open_projects"]))
    for column, (state, count) in zip(columns[1:5], status["by_status"].items(), strict=True):
        label = status_label(state, tr.lang) if state else f"○ {tr('overview_no_report')}"
        column.metric(f":{METRIC_COLOURS[state]}[{label}]", tr.number(count))
    due = int(punctual["active_projects"])
    on_time_share = punctual["reported_on_time"] / due if due else None
    due_month = tr.month(punctual["due_month"])
    columns[5].metric(
        tr("overview_reports_on_time"),
        tr.percent(on_time_share, 0),
        help=tr("overview_reports_on_time_help", month=due_month),
    )
    st.caption(
        tr("overview_status_caption", stabsstelle=status["by_stabsstelle"], fachbereich=status["by_fachbereich"])
        + " "
        + tr("overview_reports_on_time_detail", on_time=int(punctual["reported_on_time"]), due=due, month=due_month)
    )
    st.markdown(
        f"**{tr('overview_phases')}:** "
        + " · ".join(f"{tr('overview_phase_' + row.phase)} {tr.number(row.projects)}" for row in phases.itertuples())
    )


def budget_metrics(tr: Translator, budget: pd.Series) -> None:
    """This year's plan, committed, actual and available money ('12,4 Mio. €'), with the actuals' date."""
    year = int(budget["budget_year"])
    columns = st.columns(4)
    columns[0].metric(
        tr("overview_budget_plan", year=year),
        tr.compact_euro(budget["updated_plan_eur"]),
        help=tr("overview_budget_plan_help", year=year),
    )
    columns[1].metric(tr("overview_budget_committed"), tr.compact_euro(budget["committed_eur"]))
    columns[2].metric(tr("overview_budget_actual"), tr.compact_euro(budget["actual_eur"]))
    columns[3].metric(tr("overview_budget_available"), tr.compact_euro(budget["available_eur"]))
    st.caption(tr("overview_budget_caption", year=year, date=tr.date(budget["actual_as_of_date"])))


# ---- Handlungsbedarf -----------------------------------------------------------------------------


def attention(viewer: Viewer) -> None:
    """The top projects needing attention with their reasons, the count shown of all, all of them in an
    expander, and how the points are calculated; or a sentence saying nothing needs attention. Above them,
    reports accepted but not loaded yet (their news is not in the table)."""
    tr = translator(viewer.language)
    reporting_pending.overview_line(viewer)
    rows = overview.attention(viewer)
    if rows.empty:
        st.success(tr("overview_attention_none"))
        today_value_caption(viewer, attention_no_history(viewer))
        return
    top = rows.head(ATTENTION_TOP_ROWS)
    attention_rows(tr, top, tables.TOP_CELL_CHARS, export=memo.cached(tables.attention_export, tr, rows))
    total = len(rows)
    if total > len(top):
        st.caption(tr("overview_attention_count", shown=tr.number(len(top)), total=tr.number(total)))
    else:
        st.caption(tr("overview_attention_one") if total == 1 else tr("overview_attention_count_all", total=total))
    if total > len(top) or tables.has_hidden_reasons(tr, top, tables.TOP_CELL_CHARS):
        with st.expander(tr("overview_attention_all", total=tr.number(total))):
            attention_rows(tr, rows, None)
    weights = (overview.ATTENTION_WEIGHTS, overview.ATTENTION_HORIZON_DAYS, overview.HIGH_RISK_SCORE)
    st.caption(tables.attention_method(tr, *weights, overview.PERFORMANCE_FLOOR))
    today_value_caption(viewer, attention_no_history(viewer))


def attention_no_history(viewer: Viewer) -> str:
    """What of Handlungsbedarf is today's: risk status and unspent funding money, and phases no report named."""
    with_todays_phase = overview.phase_counts(viewer)["projects_with_todays_phase"].sum()
    return translator(viewer.language)(
        "overview_no_history_attention" if with_todays_phase else "overview_no_history_attention_reported"
    )


def attention_rows(
    tr: Translator, rows: pd.DataFrame, max_chars: int | None, export: pd.DataFrame | None = None
) -> None:
    """The ranked table; rows tall enough for the longest reasons cell (wrapped, up to MAX_ROW_LINES lines).
    With `export` (all ranked projects), CSV and Excel buttons under it."""
    table = tables.attention_table(tr, rows, max_chars)
    row_height = tables.row_height_for(tr, rows, max_chars)
    show_table(
        table,
        len(rows),
        height=common.table_height(len(rows), ATTENTION_MAX_PX, row_height),
        row_height=row_height,
        hide_index=True,
        width="stretch",
        column_config=tables.attention_columns(tr),
        download="handlungsbedarf" if export is not None else None,
        export=export,
    )


# ---- status by dimension and strategy coverage ---------------------------------------------------


def status_by_dimension(viewer: Viewer) -> None:
    """The heat map of open projects × status dimensions, or a sentence when no project has a report."""
    tr = translator(viewer.language)
    heat = overview.status_heatmap(viewer)
    if heat.empty:
        st.info(tr("overview_heatmap_none"))
        return
    figure, words = memo.chart(charts.status_heatmap, tr, heat), charts.heatmap_in_words(tr, heat)
    show_chart(figure, height=charts.heatmap_height(heat), key="overview_heatmap", in_words=words)
    st.caption(tr("overview_heatmap_caption", shown=len(heat), total=int(heat["projects_with_report"].iloc[0])))
    stichtag_caption(viewer)


def strategy_coverage(viewer: Viewer) -> None:
    """Fields without an active project named first, then the chart and the table per Handlungsfeld."""
    tr = translator(viewer.language)
    fields = overview.field_coverage(viewer)
    names = fields["field"] if tr.lang == "de" else fields["field_en"]
    uncovered = names[~fields["is_covered"]].tolist()
    if uncovered:
        st.warning(tr("overview_fields_uncovered", fields=markdown_text(", ".join(uncovered))), icon="✖")
    else:
        st.success(tr("overview_fields_all_covered"))
    words = charts.coverage_in_words(tr, fields, names)
    show_chart(memo.chart(charts.field_coverage, tr, fields, names), height=380, key="overview_fields", in_words=words)
    st.caption(tr("overview_fields_caption"))
    stichtag_caption(viewer)
    if fields["projects_with_todays_phase"].sum():
        today_value_caption(viewer, tr("overview_no_history_coverage"))
    year = int(overview.current_year_budget(viewer)["budget_year"])
    show_table(
        tables.field_coverage_table(tr, fields, names, year),
        hide_index=True,
        width="stretch",
        column_config=tables.field_coverage_columns(tr),
        download="handlungsfelder_abdeckung",
        export=tables.field_coverage_export(tr, fields, names, year),
    )


# ---- changes since a date ------------------------------------------------------------------------


def changes_since(viewer: Viewer) -> None:
    """The date to compare with, the counts of what changed, and one table per kind of change."""
    tr = translator(viewer.language)
    as_of = viewer.reference_date
    since = since_date(tr, viewer)
    if since >= as_of:
        st.warning(tr("overview_since_after_as_of"))
        st.stop()
    st.caption(tr("overview_changes_window", since=tr.date(since), as_of=tr.date(as_of)))
    changes = overview.status_changes(viewer, since)
    milestones = overview.finished_milestones(viewer, since)
    risks = overview.new_high_risks(viewer, since)
    change_metrics(tr, changes, milestones, risks)
    change_table(
        tr("overview_col_change"),
        changes,
        tr("overview_changes_none"),
        tables.changes_table(tr, changes),
        ("statusaenderungen", tables.changes_export(tr, changes)),
        column_config=tables.changes_columns(tr),
    )
    change_table(
        tr("overview_milestones_done"),
        milestones,
        tr("overview_milestones_none"),
        tables.milestones_table(tr, milestones),
        ("meilensteine_erreicht", tables.milestones_export(tr, milestones)),
    )
    change_table(
        tr("overview_new_risks"),
        risks,
        tr("overview_risks_none"),
        tables.risks_table(tr, risks),
        ("neue_hohe_risiken", tables.risks_export(tr, risks)),
        caption=tr("overview_risks_caption", high=tr.number(overview.HIGH_RISK_SCORE)),
    )
    stichtag_caption(viewer)


def since_date(tr: Translator, viewer: Viewer) -> dt.date:
    """The date picker, starting at the last Board meeting before the Stichtag (else 90 days before it).
    Its key holds that default, so a new meeting or Stichtag starts the picker afresh."""
    meeting = overview.last_board_meeting(viewer)
    default_since = meeting or viewer.reference_date - dt.timedelta(days=DAYS_BACK_WITHOUT_MEETING)
    return st.columns([1, 2])[0].date_input(
        tr("overview_since"),
        value=default_since,
        format="DD.MM.YYYY",
        key=f"overview_since_{default_since}",
        help=tr("overview_since_help", meeting=tr.date(meeting)),
    )


def change_metrics(tr: Translator, changes: pd.DataFrame, milestones: pd.DataFrame, risks: pd.DataFrame) -> None:
    columns = st.columns(5)
    columns[0].metric(tr("overview_new_red"), int((changes["change"] == "new_red").sum()))
    columns[1].metric(
        tr("overview_worsened"), int((changes["change"] == "worsened").sum()), help=tr("overview_worsened_help")
    )
    columns[2].metric(tr("overview_improved"), int((changes["change"] == "improved").sum()))
    columns[3].metric(tr("overview_milestones_done"), len(milestones))
    columns[4].metric(tr("overview_new_risks"), len(risks))


def change_table(
    title: str, rows: pd.DataFrame, none: str, table: dict, download: tuple, column_config=None, caption=None
) -> None:
    """A bold title, then the table with its CSV/Excel buttons (download: file stem and export frame) and its
    caption, or a sentence when there is nothing."""
    st.markdown(f"**{title}**")
    if rows.empty:
        st.info(none)
        return
    stem, export = download
    show_table(table, hide_index=True, width="stretch", column_config=column_config, download=stem, export=export)
    if caption:
        st.caption(caption)
