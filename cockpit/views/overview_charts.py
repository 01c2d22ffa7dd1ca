"""Übersicht charts: the status heat map (projects × dimensions) and strategy coverage per Handlungsfeld."""

import pandas as pd
import plotly.graph_objects as go

from cockpit.data_access import overview
from cockpit.i18n import Translator
from cockpit.presentation import STATUS_COLOURS, STATUS_RANK, STATUS_TEXT_COLOURS, plotly_text, status_label

TITLE_CHARS = 34
HEATMAP_SCALE = [
    [0, STATUS_COLOURS[None]],
    [0.25, STATUS_COLOURS[None]],
    [0.25, STATUS_COLOURS["grün"]],
    [0.5, STATUS_COLOURS["grün"]],
    [0.5, STATUS_COLOURS["gelb"]],
    [0.75, STATUS_COLOURS["gelb"]],
    [0.75, STATUS_COLOURS["rot"]],
    [1, STATUS_COLOURS["rot"]],
]


def short_title(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def heatmap_height(heat: pd.DataFrame) -> int:
    return 90 + 28 * len(heat)


def status_heatmap(tr: Translator, heat: pd.DataFrame) -> go.Figure:
    """Projects × status dimensions, each cell in its status colour with symbol and word."""
    dimensions = [tr(f"overview_dim_{d}") for d in overview.DIMENSIONS]
    statuses = heat[[f"status_{d}" for d in overview.DIMENSIONS]].values.tolist()
    hover = [
        tr("overview_hover_report", month=tr.month(m), assessor=tr(f"overview_assessor_{a}"))
        for m, a in zip(heat["report_month"], heat["assessed_by"], strict=True)
    ]
    figure = go.Figure(
        go.Heatmap(
            z=[[STATUS_RANK.get(s, -1) for s in row] for row in statuses],
            x=dimensions,
            y=[
                plotly_text(f"{p} {short_title(title)}")
                for p, title in zip(heat["project_id"], heat["title"], strict=True)
            ],
            text=[[status_label(s, tr.lang) for s in row] for row in statuses],
            customdata=[[h] * len(dimensions) for h in hover],
            texttemplate="%{text}",
            textfont={"color": "#000000", "size": 13},
            hovertemplate="%{y}<br>%{x}: %{text}<br>%{customdata}<extra></extra>",
            colorscale=HEATMAP_SCALE,
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


def field_coverage(tr: Translator, fields: pd.DataFrame, names: pd.Series) -> go.Figure:
    """Active and inactive projects per Handlungsfeld; fields without an active project marked red."""
    labels = [
        plotly_text(name) if covered else f"<b style='color:{STATUS_TEXT_COLOURS['rot']}'>✖ {plotly_text(name)}</b>"
        for name, covered in zip(names, fields["is_covered"], strict=True)
    ]
    figure = go.Figure(
        [
            go.Bar(
                y=labels,
                x=fields["active_projects"],
                orientation="h",
                name=tr("overview_chart_active"),
                marker_color="#004f9f",
            ),
            go.Bar(
                y=labels,
                x=fields["projects"] - fields["active_projects"],
                orientation="h",
                name=tr("overview_chart_inactive"),
                marker_color="#9e9e9e",
            ),
        ]
    )
    for label, covered, total in zip(labels, fields["is_covered"], fields["projects"], strict=True):
        if not covered:
            figure.add_annotation(
                y=label,
                x=total,
                text=tr("overview_uncovered"),
                showarrow=False,
                xanchor="left",
                xshift=6,
                font={"color": STATUS_TEXT_COLOURS["rot"]},
            )
    figure.update_layout(barmode="stack", xaxis_title=tr("overview_chart_axis_projects"), legend_traceorder="normal")
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickformat="d", rangemode="tozero")
    return figure


# ---- the charts in words (a text alternative under each chart) ------------------------------------


def heatmap_in_words(tr: Translator, heat: pd.DataFrame) -> str:
    """'In Worten: 25 Projekte; rot je Dimension: Gesamt 6, Termine 8, …; zuoberst (am schlechtesten): P-008 …'."""
    red = ", ".join(
        f"{tr(f'overview_dim_{d}')} {tr.number(int((heat[f'status_{d}'] == 'rot').sum()))}" for d in overview.DIMENSIONS
    )
    worst = f"{heat['project_id'].iloc[0]} {heat['title'].iloc[0]}"
    return tr("overview_heatmap_in_words", projects=tr.number(len(heat)), red=red, worst=worst)


def coverage_in_words(tr: Translator, fields: pd.DataFrame, names: pd.Series) -> str:
    """'In Worten: 6 von 8 Handlungsfeldern mit aktivem Projekt; die meisten Projekte: Mobilität (9).'"""
    most = int(fields["projects"].to_numpy().argmax())
    return tr(
        "overview_fields_in_words",
        covered=tr.number(int(fields["is_covered"].sum())),
        total=tr.number(len(fields)),
        field=names.iloc[most],
        projects=tr.number(int(fields["projects"].iloc[most])),
    )
