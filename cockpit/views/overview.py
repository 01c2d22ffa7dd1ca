"""Übersicht: headline metrics, the Handlungsbedarf table, the status heat map, strategy coverage and
the tables of what changed since the last Board."""

from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import overview
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, STATUS_RANK, status_label
from cockpit.views import common

KEPT_URL_PARAMS = ("dez", "fb", "hf", "phase", "stand", "lang")
METRIC_COLOURS = {"rot": "red", "gelb": "orange", "grün": "green", None: "gray"}
TITLE_CHARS = 34
UNCOVERED_STYLE = f"color: {STATUS_COLOURS['rot']}; font-weight: bold"
PROJECT_LINK = st.column_config.LinkColumn(display_text=r"projekt=(P-[0-9]+)")


def money(value) -> str:
    """Whole euros below a million, '1,2 Mio. €' above, so a metric fits its column."""
    lang = language()
    if abs(value) < 1e6:
        return formatting.euro(value, lang=lang)
    return t("overview_million", value=formatting.number(value / 1e6, 1, lang))


def profile_link(project_id: str) -> str:
    """A link to the project's Steckbrief that keeps the viewer's filters and language."""
    kept = {k: v for k, v in st.query_params.to_dict().items() if k in KEPT_URL_PARAMS}
    return "/projektsteckbrief?" + urlencode({"projekt": project_id, **kept})


def short_title(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


# ---- headline ------------------------------------------------------------------------------------


def status_metrics(status: dict, punctual: pd.Series, phases: pd.DataFrame) -> None:
    """Open projects, projects by overall status, reports on time; the phases below."""
    lang = language()
    columns = st.columns([1, 1, 1, 1, 1.2, 1.4])
    columns[0].metric(t("overview_open_projects"), formatting.number(status["open_projects"], lang=lang))
    for column, (state, count) in zip(columns[1:5], status["by_status"].items(), strict=True):
        label = status_label(state, lang) if state else f"○ {t('overview_no_report')}"
        column.metric(f":{METRIC_COLOURS[state]}[{label}]", formatting.number(count, lang=lang))
    due = int(punctual["active_projects"])
    on_time_share = punctual["reported_on_time"] / due if due else None
    due_month = formatting.month(punctual["due_month"], lang)
    columns[5].metric(
        t("overview_reports_on_time"),
        formatting.percent(on_time_share, 0, lang),
        help=t("overview_reports_on_time_help", month=due_month),
    )
    st.caption(
        t("overview_status_caption", stabsstelle=status["by_stabsstelle"], fachbereich=status["by_fachbereich"])
        + " "
        + t("overview_reports_on_time_detail", on_time=int(punctual["reported_on_time"]), due=due, month=due_month)
    )
    st.markdown(
        f"**{t('overview_phases')}:** "
        + " · ".join(
            f"{t('overview_phase_' + row.phase)} {formatting.number(row.projects, lang=lang)}"
            for row in phases.itertuples()
        )
    )


def budget_metrics(budget: pd.Series, year: int) -> None:
    """This year's plan, committed, actual and available money, with the date the actuals are as of."""
    columns = st.columns(4)
    columns[0].metric(
        t("overview_budget_plan", year=year),
        money(budget["updated_plan_eur"]),
        help=t("overview_budget_plan_help", year=year),
    )
    columns[1].metric(t("overview_budget_committed"), money(budget["committed_eur"]))
    columns[2].metric(t("overview_budget_actual"), money(budget["actual_eur"]))
    columns[3].metric(t("overview_budget_available"), money(budget["available_eur"]))
    st.caption(t("overview_budget_caption", year=year, date=formatting.date(budget["actual_as_of_date"], language())))


# ---- Handlungsbedarf -----------------------------------------------------------------------------


def attention_table(attention: pd.DataFrame):
    table = {
        t("overview_col_points"): attention["project_score"],
        t("overview_col_project"): [profile_link(p) for p in attention["project_id"]],
        t("overview_col_title"): attention["title"],
        t("overview_col_reason"): attention["reason_text"],
        t("overview_col_status"): common.statuses(attention["status_overall"]),
        t("overview_col_lead_unit"): attention["lead_unit"],
    }
    return common.status_coloured(table, [t("overview_col_status")])


def attention_columns() -> dict:
    return {
        t("overview_col_points"): st.column_config.NumberColumn(width=55),
        t("overview_col_project"): st.column_config.LinkColumn(display_text=r"projekt=(P-[0-9]+)", width=65),
        t("overview_col_title"): st.column_config.TextColumn(width=190),
        t("overview_col_reason"): st.column_config.TextColumn(width=400),
        t("overview_col_status"): st.column_config.TextColumn(width=105),
        t("overview_col_lead_unit"): st.column_config.TextColumn(width=180),
    }


# ---- status heat map -----------------------------------------------------------------------------


def heatmap_height(heat: pd.DataFrame) -> int:
    return 90 + 28 * len(heat)


def status_heatmap(heat: pd.DataFrame) -> go.Figure:
    """Projects × status dimensions, each cell in its status colour with symbol and word."""
    lang = language()
    dimensions = [t(f"overview_dim_{d}") for d in overview.DIMENSIONS]
    statuses = heat[[f"status_{d}" for d in overview.DIMENSIONS]].values.tolist()
    hover = [
        t("overview_hover_report", month=formatting.month(m, lang), assessor=t(f"overview_assessor_{a}"))
        for m, a in zip(heat["report_month"], heat["assessed_by"], strict=True)
    ]
    scale = [
        [0, STATUS_COLOURS[None]],
        [0.25, STATUS_COLOURS[None]],
        [0.25, STATUS_COLOURS["grün"]],
        [0.5, STATUS_COLOURS["grün"]],
        [0.5, STATUS_COLOURS["gelb"]],
        [0.75, STATUS_COLOURS["gelb"]],
        [0.75, STATUS_COLOURS["rot"]],
        [1, STATUS_COLOURS["rot"]],
    ]
    figure = go.Figure(
        go.Heatmap(
            z=[[STATUS_RANK.get(s, -1) for s in row] for row in statuses],
            x=dimensions,
            y=[f"{p} {short_title(title)}" for p, title in zip(heat["project_id"], heat["title"], strict=True)],
            text=[[status_label(s, lang) for s in row] for row in statuses],
            customdata=[[h] * len(dimensions) for h in hover],
            texttemplate="%{text}",
            textfont={"color": "#000000", "size": 13},
            hovertemplate="%{y}<br>%{x}: %{text}<br>%{customdata}<extra></extra>",
            colorscale=scale,
            zmin=-1.5,
            zmax=2.5,
            showscale=False,
            xgap=2,
            ygap=2,
        )
    )
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(side="top")
    return figure


# ---- strategy coverage ---------------------------------------------------------------------------


def field_names(fields: pd.DataFrame) -> pd.Series:
    return fields["field"] if language() == "de" else fields["field_en"]


def uncovered_fields(fields: pd.DataFrame) -> list[str]:
    return field_names(fields)[~fields["is_covered"]].tolist()


def field_coverage_figure(fields: pd.DataFrame) -> go.Figure:
    """Active and inactive projects per Handlungsfeld; fields without an active project marked red."""
    labels = [
        name if covered else f"<b style='color:{STATUS_COLOURS['rot']}'>✖ {name}</b>"
        for name, covered in zip(field_names(fields), fields["is_covered"], strict=True)
    ]
    figure = go.Figure(
        [
            go.Bar(
                y=labels,
                x=fields["active_projects"],
                orientation="h",
                name=t("overview_chart_active"),
                marker_color="#004f9f",
            ),
            go.Bar(
                y=labels,
                x=fields["projects"] - fields["active_projects"],
                orientation="h",
                name=t("overview_chart_inactive"),
                marker_color="#9e9e9e",
            ),
        ]
    )
    for label, covered, total in zip(labels, fields["is_covered"], fields["projects"], strict=True):
        if not covered:
            figure.add_annotation(
                y=label,
                x=total,
                text=t("overview_uncovered"),
                showarrow=False,
                xanchor="left",
                xshift=6,
                font={"color": STATUS_COLOURS["rot"]},
            )
    figure.update_layout(barmode="stack", xaxis_title=t("overview_chart_axis_projects"), legend_traceorder="normal")
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickformat="d", rangemode="tozero")
    return figure


def field_coverage_table(fields: pd.DataFrame, year: int):
    coverage_words = [t("overview_covered" if c else "overview_uncovered") for c in fields["is_covered"]]
    table = pd.DataFrame(
        {
            t("overview_col_field"): field_names(fields),
            t("overview_col_coverage"): coverage_words,
            t("overview_col_projects"): fields["projects"],
            t("overview_col_active"): fields["active_projects"],
            t("overview_col_secondary"): fields["secondary_projects"],
            t("overview_col_total_budget"): common.euros(fields["total_budget_eur"]),
            t("overview_col_plan_year", year=year): common.euros(fields["updated_plan_eur"]),
        }
    )
    uncovered = t("overview_uncovered")
    return table.style.map(
        lambda word: UNCOVERED_STYLE if word == uncovered else "", subset=[t("overview_col_coverage")]
    )


def field_coverage_columns() -> dict:
    return {t("overview_col_coverage"): st.column_config.TextColumn(width=170)}


# ---- changes since a date ------------------------------------------------------------------------


def change_metrics(changes: pd.DataFrame, milestones: pd.DataFrame, risks: pd.DataFrame) -> None:
    columns = st.columns(5)
    columns[0].metric(t("overview_new_red"), int((changes["change"] == "new_red").sum()))
    columns[1].metric(
        t("overview_worsened"), int((changes["change"] == "worsened").sum()), help=t("overview_worsened_help")
    )
    columns[2].metric(t("overview_improved"), int((changes["change"] == "improved").sum()))
    columns[3].metric(t("overview_milestones_done"), len(milestones))
    columns[4].metric(t("overview_new_risks"), len(risks))


def changes_table(changes: pd.DataFrame) -> dict:
    return {
        t("overview_col_change"): [t(f"overview_change_{c}") for c in changes["change"]],
        t("overview_col_project"): [profile_link(p) for p in changes["project_id"]],
        t("overview_col_title"): changes["title"],
        t("overview_col_before"): common.statuses(changes["status_before"]),
        t("overview_col_now"): common.statuses(changes["status_now"]),
    }


def changes_columns() -> dict:
    return {t("overview_col_project"): PROJECT_LINK}


def milestones_table(milestones: pd.DataFrame) -> dict:
    return {
        t("overview_col_project"): milestones["project_id"] + " " + milestones["title"],
        t("overview_col_milestone"): milestones["milestone"],
        t("overview_col_baseline"): common.dates(milestones["baseline_date"]),
        t("overview_col_reached"): common.dates(milestones["actual_date"]),
        t("overview_col_slip"): common.numbers(milestones["slip_days"]),
    }


def risks_table(risks: pd.DataFrame) -> dict:
    return {
        t("overview_col_project"): risks["project_id"] + " " + risks["title"],
        t("overview_col_risk"): risks["risk"],
        t("overview_col_score"): [
            f"{s} ({p} × {i})"
            for s, p, i in zip(risks["risk_score"], risks["probability"], risks["impact"], strict=True)
        ],
        t("overview_col_identified"): common.dates(risks["identified_date"]),
    }
