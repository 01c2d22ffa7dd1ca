"""Übersicht: the CDO's monthly look at the portfolio. What is in trouble, what changed since the
last Board, where the money goes, which fields of the strategy have no active project."""

import datetime as dt
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from cockpit import formatting
from cockpit.data_access import overview
from cockpit.filters import current_filters
from cockpit.i18n import language, t
from cockpit.presentation import STATUS_COLOURS, STATUS_RANK, as_of_caption, show_chart, status_label
from cockpit.scope import viewer_scope

KEPT_URL_PARAMS = ("dez", "fb", "hf", "phase", "stand", "lang")
METRIC_COLOURS = {"rot": "red", "gelb": "orange", "grün": "green", None: "gray"}
TITLE_CHARS = 34
UNCOVERED_STYLE = f"color: {STATUS_COLOURS['rot']}; font-weight: bold"
lang = language()
scope = viewer_scope()
filters = current_filters()
as_of = filters.reference_date


def money(value) -> str:
    """Whole euros below a million, '1,2 Mio. €' above, so a metric fits its column."""
    if abs(value) < 1e6:
        return formatting.euro(value, lang=lang)
    return t("overview_million", value=formatting.number(value / 1e6, 1, lang))


def status_cell_style(label: str) -> str:
    """Background by status for the status column of a table (label is the shown text)."""
    status = next((s for s in STATUS_COLOURS if status_label(s, lang) == label), None)
    text_colour = "#000000" if status in ("gelb", None) else "#ffffff"
    return f"background-color: {STATUS_COLOURS[status]}; color: {text_colour}"


def profile_link(project_id: str) -> str:
    kept = {k: v for k, v in st.query_params.to_dict().items() if k in KEPT_URL_PARAMS}
    return "/projektsteckbrief?" + urlencode({"projekt": project_id, **kept})


def short_title(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


st.title(t("page_overview"))
st.caption(t("overview_intro"))
phases = overview.phase_counts(scope, filters)
if phases.empty:
    st.info(t("empty_selection"))
    st.stop()

# 1. Headline figures
st.subheader(t("overview_headline"))
as_of_caption(as_of, "Stichtag", "Reference date")
status = overview.status_counts(scope, filters)
punctual = overview.report_punctuality(scope, filters)
columns = st.columns([1, 1, 1, 1, 1.2, 1.4])
columns[0].metric(t("overview_open_projects"), formatting.number(status["open_projects"], lang=lang))
for column, (state, count) in zip(columns[1:5], status["by_status"].items(), strict=True):
    label = status_label(state, lang) if state else f"○ {t('overview_no_report')}"
    column.metric(f":{METRIC_COLOURS[state]}[{label}]", formatting.number(count, lang=lang))
due = int(punctual["active_projects"])
on_time_share = punctual["reported_on_time"] / due if due else None
columns[5].metric(
    t("overview_reports_on_time"),
    formatting.percent(on_time_share, 0, lang),
    help=t("overview_reports_on_time_help", month=formatting.month(punctual["due_month"], lang)),
)
st.caption(t("overview_status_caption", stabsstelle=status["by_stabsstelle"], fachbereich=status["by_fachbereich"])
           + " " + t("overview_reports_on_time_detail", on_time=int(punctual["reported_on_time"]), due=due,
                     month=formatting.month(punctual["due_month"], lang)))
st.markdown(f"**{t('overview_phases')}:** " + " · ".join(
    f"{t('overview_phase_' + row.phase)} {formatting.number(row.projects, lang=lang)}" for row in phases.itertuples()
))
budget = overview.current_year_budget(scope, filters)
year = int(budget["budget_year"])
columns = st.columns(4)
columns[0].metric(t("overview_budget_plan", year=year), money(budget["updated_plan_eur"]),
                  help=t("overview_budget_plan_help", year=year))
columns[1].metric(t("overview_budget_committed"), money(budget["committed_eur"]))
columns[2].metric(t("overview_budget_actual"), money(budget["actual_eur"]))
columns[3].metric(t("overview_budget_available"), money(budget["available_eur"]))
st.caption(t("overview_budget_caption", year=year, date=formatting.date(budget["actual_as_of_date"], lang)))

# 2. Handlungsbedarf
st.subheader(t("overview_attention"))
attention = overview.attention(scope, filters)
if attention.empty:
    st.success(t("overview_attention_none"))
else:
    table = {
        t("overview_col_points"): attention["project_score"],
        t("overview_col_project"): [profile_link(p) for p in attention["project_id"]],
        t("overview_col_title"): attention["title"],
        t("overview_col_reason"): attention["reason_text"],
        t("overview_col_status"): [status_label(s, lang) for s in attention["status_overall"]],
        t("overview_col_lead_unit"): attention["lead_unit"],
    }
    styled = pd.DataFrame(table).style.map(status_cell_style, subset=[t("overview_col_status")])
    st.dataframe(
        styled,
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(attention), 390),
        column_config={
            t("overview_col_points"): st.column_config.NumberColumn(width=55),
            t("overview_col_project"): st.column_config.LinkColumn(display_text=r"projekt=(P-[0-9]+)", width=65),
            t("overview_col_title"): st.column_config.TextColumn(width=190),
            t("overview_col_reason"): st.column_config.TextColumn(width=400),
            t("overview_col_status"): st.column_config.TextColumn(width=105),
            t("overview_col_lead_unit"): st.column_config.TextColumn(width=180),
        },
    )
    st.caption(t("overview_attention_caption"))
as_of_caption(as_of, "Stichtag", "Reference date")

heatmap_tab, fields_tab, changes_tab = st.tabs(
    [t("overview_tab_heatmap"), t("overview_tab_fields"), t("overview_tab_changes")]
)

# 3. Status by dimension
with heatmap_tab:
    heat = overview.status_heatmap(scope, filters)
    if heat.empty:
        st.info(t("overview_heatmap_none"))
    else:
        dimensions = [t(f"overview_dim_{d}") for d in overview.DIMENSIONS]
        statuses = heat[[f"status_{d}" for d in overview.DIMENSIONS]].values.tolist()
        hover = [
            t("overview_hover_report", month=formatting.month(m, lang), assessor=t(f"overview_assessor_{a}"))
            for m, a in zip(heat["report_month"], heat["assessed_by"], strict=True)
        ]
        scale = [[0, STATUS_COLOURS[None]], [0.25, STATUS_COLOURS[None]], [0.25, STATUS_COLOURS["grün"]],
                 [0.5, STATUS_COLOURS["grün"]], [0.5, STATUS_COLOURS["gelb"]], [0.75, STATUS_COLOURS["gelb"]],
                 [0.75, STATUS_COLOURS["rot"]], [1, STATUS_COLOURS["rot"]]]
        figure = go.Figure(go.Heatmap(
            z=[[STATUS_RANK.get(s, -1) for s in row] for row in statuses],
            x=dimensions,
            y=[f"{p} {short_title(title)}" for p, title in zip(heat["project_id"], heat["title"], strict=True)],
            text=[[status_label(s, lang) for s in row] for row in statuses],
            customdata=[[h] * len(dimensions) for h in hover],
            texttemplate="%{text}", textfont={"color": "#000000", "size": 13},
            hovertemplate="%{y}<br>%{x}: %{text}<br>%{customdata}<extra></extra>",
            colorscale=scale, zmin=-1.5, zmax=2.5, showscale=False, xgap=2, ygap=2,
        ))
        figure.update_yaxes(autorange="reversed")
        figure.update_xaxes(side="top")
        show_chart(figure, height=90 + 28 * len(heat), key="overview_heatmap")
        st.caption(t("overview_heatmap_caption", shown=len(heat), total=int(heat["projects_with_report"].iloc[0])))
        as_of_caption(as_of, "Stichtag", "Reference date")

# 4. Strategy coverage
with fields_tab:
    fields = overview.field_coverage(scope, filters)
    field_names = fields["field"] if lang == "de" else fields["field_en"]
    uncovered = field_names[~fields["is_covered"]].tolist()
    if uncovered:
        st.warning(t("overview_fields_uncovered", fields=", ".join(uncovered)), icon="✖")
    else:
        st.success(t("overview_fields_all_covered"))
    labels = [name if covered else f"<b style='color:{STATUS_COLOURS['rot']}'>✖ {name}</b>"
              for name, covered in zip(field_names, fields["is_covered"], strict=True)]
    figure = go.Figure([
        go.Bar(y=labels, x=fields["active_projects"], orientation="h", name=t("overview_chart_active"),
               marker_color="#004f9f"),
        go.Bar(y=labels, x=fields["projects"] - fields["active_projects"], orientation="h",
               name=t("overview_chart_inactive"), marker_color="#9e9e9e"),
    ])
    for label, covered, total in zip(labels, fields["is_covered"], fields["projects"], strict=True):
        if not covered:
            figure.add_annotation(y=label, x=total, text=t("overview_uncovered"), showarrow=False, xanchor="left",
                                  xshift=6, font={"color": STATUS_COLOURS["rot"]})
    figure.update_layout(barmode="stack", xaxis_title=t("overview_chart_axis_projects"), legend_traceorder="normal")
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickformat="d", rangemode="tozero")
    show_chart(figure, height=380, key="overview_fields")
    st.caption(t("overview_fields_caption"))
    as_of_caption(as_of, "Stichtag", "Reference date")
    coverage_words = [t("overview_covered" if c else "overview_uncovered") for c in fields["is_covered"]]
    coverage_table = pd.DataFrame(
        {
            t("overview_col_field"): field_names,
            t("overview_col_coverage"): coverage_words,
            t("overview_col_projects"): fields["projects"],
            t("overview_col_active"): fields["active_projects"],
            t("overview_col_secondary"): fields["secondary_projects"],
            t("overview_col_total_budget"): [formatting.euro(v, lang=lang) for v in fields["total_budget_eur"]],
            t("overview_col_plan_year", year=year): [formatting.euro(v, lang=lang) for v in fields["updated_plan_eur"]],
        }
    )
    st.dataframe(
        coverage_table.style.map(
            lambda word: UNCOVERED_STYLE if word == t("overview_uncovered") else "",
            subset=[t("overview_col_coverage")],
        ),
        hide_index=True,
        width="stretch",
        column_config={t("overview_col_coverage"): st.column_config.TextColumn(width=170)},
    )

# 5. Changes since a chosen date (default: the last Board meeting before the reference date)
with changes_tab:
    meeting = overview.last_board_meeting(scope, filters)
    default_since = meeting or as_of - dt.timedelta(days=90)
    since = st.columns([1, 2])[0].date_input(
        t("overview_since"), value=default_since, format="DD.MM.YYYY", key=f"overview_since_{default_since}",
        help=t("overview_since_help", meeting=formatting.date(meeting, lang)),
    )
    if since >= as_of:
        st.warning(t("overview_since_after_as_of"))
        st.stop()
    st.caption(t("overview_changes_window", since=formatting.date(since, lang), as_of=formatting.date(as_of, lang)))
    changes = overview.status_changes(scope, filters, since)
    milestones = overview.finished_milestones(scope, filters, since)
    risks = overview.new_high_risks(scope, filters, since)
    columns = st.columns(5)
    columns[0].metric(t("overview_new_red"), int((changes["change"] == "new_red").sum()))
    columns[1].metric(t("overview_worsened"), int((changes["change"] == "worsened").sum()),
                      help=t("overview_worsened_help"))
    columns[2].metric(t("overview_improved"), int((changes["change"] == "improved").sum()))
    columns[3].metric(t("overview_milestones_done"), len(milestones))
    columns[4].metric(t("overview_new_risks"), len(risks))
    st.markdown(f"**{t('overview_col_change')}**")
    if changes.empty:
        st.info(t("overview_changes_none"))
    else:
        st.dataframe({
            t("overview_col_change"): [t(f"overview_change_{c}") for c in changes["change"]],
            t("overview_col_project"): [profile_link(p) for p in changes["project_id"]],
            t("overview_col_title"): changes["title"],
            t("overview_col_before"): [status_label(s, lang) for s in changes["status_before"]],
            t("overview_col_now"): [status_label(s, lang) for s in changes["status_now"]],
        }, hide_index=True, width="stretch", column_config={
            t("overview_col_project"): st.column_config.LinkColumn(display_text=r"projekt=(P-[0-9]+)"),
        })
    st.markdown(f"**{t('overview_milestones_done')}**")
    if milestones.empty:
        st.info(t("overview_milestones_none"))
    else:
        st.dataframe({
            t("overview_col_project"): milestones["project_id"] + " " + milestones["title"],
            t("overview_col_milestone"): milestones["milestone"],
            t("overview_col_baseline"): [formatting.date(d, lang) for d in milestones["baseline_date"]],
            t("overview_col_reached"): [formatting.date(d, lang) for d in milestones["actual_date"]],
            t("overview_col_slip"): [formatting.number(d, lang=lang) for d in milestones["slip_days"]],
        }, hide_index=True, width="stretch")
    st.markdown(f"**{t('overview_new_risks')}**")
    if risks.empty:
        st.info(t("overview_risks_none"))
    else:
        st.dataframe({
            t("overview_col_project"): risks["project_id"] + " " + risks["title"],
            t("overview_col_risk"): risks["risk"],
            t("overview_col_score"): [f"{s} ({p} × {i})" for s, p, i in zip(
                risks["risk_score"], risks["probability"], risks["impact"], strict=True)],
            t("overview_col_identified"): [formatting.date(d, lang) for d in risks["identified_date"]],
        }, hide_index=True, width="stretch")
        st.caption(t("overview_risks_caption"))
    as_of_caption(as_of, "Stichtag", "Reference date")
