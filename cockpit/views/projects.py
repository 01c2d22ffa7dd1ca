"""Project pages' sections. Projektliste: the table, its downloads, a click that opens a project.
Projektsteckbrief: the choice of project, master data, status history with the two assessments side by
side, the milestone trend analysis, the risk matrix, budget by year with the year-end forecast,
earned-value figures and the project's KPIs.

The tables and the list's download bytes are in cockpit.views.project_tables, the figures in
cockpit.views.project_charts."""

import pandas as pd
import streamlit as st

from cockpit.data_access import projects
from cockpit.i18n import Translator, translator
from cockpit.presentation import markdown_text
from cockpit.ui import downloads
from cockpit.ui.charts import as_of_caption, show_chart
from cockpit.ui.sections import REFERENCE_DATE_LABELS, today_value_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import Viewer
from cockpit.views import common, reporting_pending
from cockpit.views import project_charts as charts
from cockpit.views import project_tables as tables
from cockpit.views import projector_fit as fit

ACTUALS_AS_OF_LABELS = ("Ist-Stand", "Actuals as of")
BUDGET_EXPORT = {  # column -> (text key of its header, unit): the budget table's download, euros as numbers
    "budget_year": ("projects_col_year", ""),
    "updated_plan_eur": ("projects_ansatz", " (€)"),
    "committed_eur": ("projects_obligo", " (€)"),
    "actual_eur": ("projects_ist", " (€)"),
    "forecast_eur": ("projects_forecast", " (€)"),
    "actual_as_of_date": ("projects_budget_as_of", ""),
}


def stichtag_caption(viewer: Viewer) -> None:
    as_of_caption(viewer.reference_date, *REFERENCE_DATE_LABELS)


# ---- Projektliste --------------------------------------------------------------------------------


def project_list(viewer: Viewer, rows: pd.DataFrame) -> None:
    """The count, the table (a click on a row opens that project's Steckbrief), its Stichtag, the status
    note, and the table as CSV and Excel."""
    tr = translator(viewer.language)
    table = tables.list_table(rows, tr.lang)
    count = tr("projects_count", count=tr.number(len(table)))
    if not viewer.sees_internal:  # the public list: no status, no Steckbrief to open
        st.caption(f"{count} · {tr('projects_public_note')}")
        height = common.table_height(len(table), 738)
        fitted = fit.fitted(tr, fit.PUBLIC_PROJECT_LIST, table.columns)  # fits a projector (1280x720)
        show_table(tables.list_styler(table, tr.lang), hide_index=True, width="stretch", height=height, **fitted)
    else:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.caption(f"{count} · {tr('projects_click_hint')}")
            every = st.toggle(tr("projects_all_columns"), help=tr("projects_all_columns_help"), key="projects_wide")
        event = show_table(
            tables.list_styler(table, tr.lang),
            hide_index=True,
            width="stretch",
            on_select="rerun",
            selection_mode="single-row",
            key="projects_table",
            height=common.table_height(len(table), 738),
            **({} if every else fit.fitted(tr, fit.PROJECT_LIST, table.columns)),  # fits a projector (1280x720)
        )
        stichtag_caption(viewer)
        st.caption(tr("projects_status_note"))
    today_value_caption(viewer, master_no_history(tr, rows["is_phase_today"].any()))
    with st.container(horizontal=True):
        export = downloads.with_as_of(table, viewer.reference_date)
        downloads.download_button(tr("download_csv"), tables.list_csv(export, tr.lang), "projektliste.csv", icon="⬇️")
        xlsx = tables.list_xlsx(export, tr.lang)
        downloads.download_button(tr("projects_download_xlsx"), xlsx, "projektliste.xlsx", icon="⬇️")
    if viewer.sees_internal and event.selection.rows:
        chosen = rows.iloc[event.selection.rows[0]]["project_id"]
        st.switch_page("pages/project_profile.py", query_params={"projekt": chosen})


# ---- Projektsteckbrief: which project ------------------------------------------------------------


def project_choice(viewer: Viewer, options: dict[str, str]) -> str:
    """The project, chosen in the URL (?projekt=P-002) or here; an id outside the scope is refused,
    not shown, and nothing more of the page is drawn."""
    tr = translator(viewer.language)
    requested = st.query_params.get("projekt")
    ids = list(options)
    project_id = st.selectbox(
        tr("projects_choose"),
        ids,
        index=ids.index(requested) if requested in options else (None if requested else 0),
        format_func=lambda i: f"{i} · {options[i]}",
        placeholder=tr("projects_choose_placeholder"),
    )
    if project_id is None:
        if requested:
            st.error(tr("projects_not_available", project_id=markdown_text(requested)), icon="🔒")
        else:
            st.info(tr("projects_none_chosen"))
        st.stop()
    st.query_params["projekt"] = project_id
    return project_id


def master_data(viewer: Viewer, master: dict) -> None:
    """The project's heading and summary, then three columns: who leads it, where it stands, what it
    costs and with whom."""
    tr = translator(viewer.language)
    st.header(markdown_text(f"{master['project_id']} · {master['title']}"))
    st.markdown(markdown_text(master["summary"]) or "–")
    master = tables.master_words(tr, master)  # phase, priority, …: English words in English mode
    master = {k: markdown_text(v) if isinstance(v, str) else v for k, v in master.items()}  # delivered: as text
    left, middle, right = st.columns(3)
    fields = ", ".join(f for f in (master["field_primary"], master["field_secondary"]) if isinstance(f, str) and f)
    left.markdown(
        f"**{tr('projects_col_lead_unit')}:** {master['lead_unit']}  \n"
        f"**{tr('projects_col_dezernat')}:** {master['dezernat']}  \n"
        f"**{tr('projects_fields')}:** {fields}  \n**{tr('projects_role')}:** {master['lead_role']}"
    )
    middle.markdown(
        f"**{tr('projects_col_phase')}:** {master['phase']}  \n"
        f"**{tr('projects_col_priority')}:** {master['priority']}  \n"
        f"**{tr('projects_flagship')}:** {tables.yes_no(tr, master['is_flagship'])}  \n"
        f"**{tr('projects_col_start')}:** {tr.date(master['planned_start_date'])}  \n"
        f"**{tr('projects_col_end')}:** {tr.date(master['planned_end_date'])}"
    )
    right.markdown(
        f"**{tr('projects_col_budget_total')}:** {tr.euro(master['total_budget_eur'])}  \n"
        f"**{tr('projects_funding')}:** {master['funding_programme'] or tr('projects_none')}  \n"
        f"**{tr('projects_partners')}:** {master['partners'] or tr('projects_none')}"
    )
    today_value_caption(viewer, master_no_history(tr, master["is_phase_today"]))


def master_no_history(tr: Translator, is_phase_today: bool) -> str:
    """Master data are today's; the phase too where no status report named one by the Stichtag."""
    return tr("projects_no_history_master" if is_phase_today else "projects_no_history_master_only")


# ---- Projektsteckbrief: status -------------------------------------------------------------------


def status_history(viewer: Viewer, project_id: str) -> None:
    """Month × dimension, the reasons given, and the Fachbereich's self-assessment beside the Stabsstelle's."""
    tr = translator(viewer.language)
    reporting_pending.project_note(viewer, project_id)
    history = projects.status_history(viewer, project_id)
    if history.empty:
        st.info(tr("projects_no_reports"))
        return
    history_table = tables.status_styler(tables.status_history_table(history, tr.lang))
    show_table(history_table, hide_index=True, download=f"steckbrief_{project_id}_statusverlauf")
    st.markdown(f"**{tr('projects_reasons')}**")
    explained = tables.reasons(history)
    if explained.empty:
        st.caption(tr("projects_no_reasons"))
    else:
        height = common.table_height(len(explained), 388)
        stem = f"steckbrief_{project_id}_begruendungen"
        show_table(tables.reasons_table(tr, explained), hide_index=True, height=height, download=stem)
    assessments_side_by_side(viewer, project_id)


def assessments_side_by_side(viewer: Viewer, project_id: str) -> None:
    """The latest month both assessed: dimension by dimension, and a sentence naming the differences."""
    tr = translator(viewer.language)
    st.markdown(f"**{tr('projects_comparison')}**")
    comparison = projects.assessment_comparison(viewer, project_id)
    if comparison.empty:
        st.caption(tr("projects_comparison_none"))
        return
    table, verdict = tables.comparison_table(comparison, tr.lang)
    st.caption(tr("projects_comparison_month", month=tr.month(comparison["report_month"].iloc[0])))
    st.dataframe(tables.status_styler(table), hide_index=True)
    (st.warning if comparison["is_different"].any() else st.success)(verdict)


# ---- Projektsteckbrief: milestones, risks, money, KPIs -------------------------------------------


def milestone_trend(viewer: Viewer, project_id: str) -> None:
    """The milestone trend analysis and each milestone's slip against its baseline."""
    tr = translator(viewer.language)
    trend = projects.milestone_trend(viewer, project_id)
    if trend.empty:
        st.info(tr("projects_mta_none"))
        return
    words = charts.milestone_trend_in_words(tr, trend)
    show_chart(charts.milestone_trend(tr, trend), height=480, key="projects_mta_chart", in_words=words)
    st.caption(tr("projects_mta_explain"))
    slips = projects.milestone_slips(viewer, project_id)
    stem = f"steckbrief_{project_id}_meilensteine"
    show_table(tables.slips_table(tr, slips), hide_index=True, download=stem, export=slips_export(tr, slips))
    stichtag_caption(viewer)


def slips_export(tr, slips: pd.DataFrame) -> pd.DataFrame:
    """The slips table for its download: dates as dates, reached as Ja/Nein, the slip as a signed number."""
    latest = slips["actual_date"].where(slips["is_reached"].eq(True), slips["forecast_date"])
    return pd.DataFrame(
        {
            tr("projects_col_milestone"): slips["milestone_id"] + " " + slips["milestone"],
            tr("projects_col_baseline"): slips["baseline_date"],
            tr("projects_col_latest"): latest,
            tr("projects_col_reached"): slips["is_reached"].eq(True),
            tr("projects_col_slip"): slips["slip_days"],
            tr("projects_col_month"): common.months(slips["report_month"], tr.lang),
        }
    ).reset_index(drop=True)


def risk_matrix(viewer: Viewer, project_id: str) -> None:
    """The 5×5 matrix with the open risks placed, beside the list of risks."""
    tr = translator(viewer.language)
    risks = projects.risks(viewer, project_id)
    if risks.empty:
        st.info(tr("projects_risks_none"))
        return
    matrix_column, table_column = st.columns([2, 3])
    with matrix_column:
        words = charts.risk_matrix_in_words(tr, risks)
        show_chart(charts.risk_matrix(tr, risks), height=460, key="projects_risk_matrix", in_words=words)
        st.caption(tr("projects_risk_legend"))
    stem = f"steckbrief_{project_id}_risiken"
    show_table(tables.risks_table(tr, risks), hide_index=True, container=table_column, download=stem)
    stichtag_caption(viewer)
    today_value_caption(viewer, tr("projects_no_history_risks"))


def budget_by_year(viewer: Viewer, project_id: str) -> None:
    """Plan, committed and actual by year, with how this year's year-end forecast was reached."""
    tr = translator(viewer.language)
    budget = projects.budget_years(viewer, project_id)
    if budget.empty:
        st.info(tr("projects_budget_none"))
        return
    words = charts.budget_by_year_in_words(tr, budget)
    show_chart(charts.budget_by_year(tr, budget), height=380, key="projects_budget_chart", in_words=words)
    show_table(
        tables.budget_table(tr, budget),
        hide_index=True,
        download=f"steckbrief_{project_id}_budget",
        as_of=budget["actual_as_of_date"].max(),
        export=downloads.chart_data(
            budget.round({"forecast_eur": 2}), {c: tr(k) + unit for c, (k, unit) in BUDGET_EXPORT.items()}
        ),
    )
    for _, year in charts.current_year_forecast(budget).iterrows():
        gap = year["forecast_eur"] - year["updated_plan_eur"]
        explained = tr(
            "projects_forecast_explain",
            year=year["budget_year"],
            actual=tr.euro(year["actual_eur"]),
            as_of=tr.date(year["actual_as_of_date"]),
            days=year["days_elapsed"],
            days_in_year=year["days_in_year"],
            forecast=tr.euro(year["forecast_eur"]),
        )
        gap_text = tr("projects_forecast_over" if gap > 0 else "projects_forecast_under", amount=tr.euro(abs(gap)))
        st.caption(f"{explained} {gap_text}")
    as_of_caption(budget["actual_as_of_date"].max(), *ACTUALS_AS_OF_LABELS)
    today_value_caption(viewer, tr("projects_no_history_budget"), budget["actual_as_of_date"].max())


def performance(viewer: Viewer, project_id: str) -> None:
    """Cost and schedule performance (CPI, SPI) and the earned value, with how they were computed."""
    tr = translator(viewer.language)
    st.markdown(f"**{tr('projects_performance')}**")
    figures = projects.performance(viewer, project_id)
    if figures is None:
        st.caption(tr("projects_performance_none"))
        return
    first, second, third = st.columns(3)
    first.metric(tr("projects_cpi"), tr.number(figures["cpi"], 2))
    second.metric(tr("projects_spi"), tr.number(figures["spi"], 2))
    third.metric(tr("projects_earned_value"), tr.euro(figures["earned_value_eur"]))
    st.caption(
        tr(
            "projects_performance_explain",
            percent=f"{tr.number(figures['percent_complete'])} %",
            ev=tr.euro(figures["earned_value_eur"]),
            ac=tr.euro(figures["actual_cost_eur"]),
            pv=tr.euro(figures["planned_value_eur"]),
        )
    )
    stichtag_caption(viewer)
    today_value_caption(viewer, tr("projects_no_history_cost"), figures["actual_as_of_date"])


def kpis(viewer: Viewer, project_id: str) -> None:
    """The city KPIs the project is meant to move, with their latest value and target."""
    tr = translator(viewer.language)
    rows = projects.project_kpis(viewer, project_id)
    if rows.empty:
        st.info(tr("projects_kpis_none"))
        return
    show_table(tables.kpis_table(tr, rows), hide_index=True, download=f"steckbrief_{project_id}_kpi")
    stichtag_caption(viewer)
