"""The meeting's slides, built from its frozen snapshot with the pages' own data functions.

build_slides(meeting) reads through cockpit.data_access pointed at the snapshot file, with the
meeting's viewer (its scope, `Filters(as_of=meeting.data_as_of)`, the slides' language), and returns
the same list of Slide objects to the projector view and to the board pack. Every text is formatted
already (German by default); tables have at most 8 rows, charts have few bars and type of 24 px.
"""

from dataclasses import replace

import pandas as pd

from cockpit.board.figures import Earlier, Figure, earlier_delta, earlier_text, previous_meeting
from cockpit.board.kpi_slide import kpi_figures, kpis_slide
from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.project_slides import (
    changes_slide,
    decision_slides,
    decisions_slide,
    milestones_slide,
    risks_slide,
)
from cockpit.board.scopes import narrowed
from cockpit.board.slide_format import bar_chart, shorten
from cockpit.data_access import budget, overview, reading_from
from cockpit.i18n import translator
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, status_label
from cockpit.viewer import Filters, Viewer

SLIDE_KEYS = ("title", "portfolio", "changes", "decisions", "risks", "budget", "kpis", "milestones")
MAX_DEADLINES = 2  # and the year-end forecast above them
PHASES_SHOWN = ["Idee", "Planung", "Umsetzung", "Betrieb"]
STATUS_ORDER = ("rot", "gelb", "grün", None)


def meeting_viewer(meeting: Meeting, lang: str, reader: Viewer | None = None) -> Viewer:
    """The viewer a meeting's slides are built for: the reader (their role; the Stabsstelle when None, as on
    the command line) with the meeting's scope within the reader's, its data date as the Stichtag."""
    reader = reader or Viewer()
    return replace(
        reader,
        scope=narrowed(meeting.scope_units, reader),
        filters=Filters(as_of=meeting.data_as_of),
        language=lang,
    )


def _title_slide(meeting: Meeting, lang: str) -> Slide:
    tr = translator(lang)
    units = meeting.scope_units
    scope_text = (
        tr("board_title_scope_all") if units is None else tr("board_title_scope_units", units=", ".join(units) or "–")
    )
    return Slide(
        "title",
        meeting.name,
        bullets=[
            tr("board_title_meeting", date=tr.date(meeting.meeting_date)),
            tr("board_title_data", date=tr.date(meeting.data_as_of)),
            scope_text,
            tr("board_title_subtitle"),
        ],
    )


def portfolio_figures(viewer: Viewer) -> list[Figure]:
    """The portfolio slide's headline figures: for the slide's Δ and the page's comparison."""
    tr = translator(viewer.language)
    counts = overview.status_counts(viewer)
    phases = overview.phase_counts(viewer)
    money_year = overview.current_year_budget(viewer)
    year = int(money_year["budget_year"])
    figures = [Figure(tr("board_figure_open"), tr.number(counts["open_projects"]), counts["open_projects"])]
    figures += [
        Figure(status_label(s, tr.lang), tr.number(counts["by_status"][s]), counts["by_status"][s])
        for s in STATUS_ORDER
    ]
    for phase in PHASES_SHOWN:
        projects = int(phases.loc[phases["phase"] == phase, "projects"].sum())
        figures.append(Figure(phase, tr.number(projects), projects))
    figures += [
        Figure(
            tr("board_figure_budget_plan", year=year),
            tr.compact_euro(money_year["updated_plan_eur"]),
            money_year["updated_plan_eur"],
            "euro",
        ),
        Figure(
            tr("board_figure_budget_actual"),
            tr.compact_euro(money_year["actual_eur"]),
            money_year["actual_eur"],
            "euro",
        ),
    ]
    return figures


def _since(figure: Figure, earlier: Earlier | None, tr) -> str:
    """' (vorher 0, Δ +1)' after a figure on the slide, '' without an earlier meeting."""
    if earlier is None:
        return ""
    return tr("board_since", before=earlier_text(figure.label, earlier), delta=earlier_delta(figure, earlier, tr))


def _portfolio_slide(viewer: Viewer, earlier: Earlier | None = None) -> Slide:
    tr = translator(viewer.language)
    counts = overview.status_counts(viewer)
    phases = overview.phase_counts(viewer)
    money_year = overview.current_year_budget(viewer)
    figures = {f.label: f for f in portfolio_figures(viewer)}
    items = [
        StatusItem(
            tr(
                "board_status_projects" if counts["by_status"][s] != 1 else "board_status_project",
                count=tr.number(counts["by_status"][s]),
            )
            + _since(figures[status_label(s, tr.lang)], earlier, tr),
            s,
        )
        for s in STATUS_ORDER
        if s is not None or counts["by_status"][None]
    ]
    bullets = [
        tr("board_projects_open", open=counts["open_projects"], total=int(phases["projects"].sum()))
        + _since(figures[tr("board_figure_open")], earlier, tr),
        tr(
            "board_budget_headline",
            year=int(money_year["budget_year"]),
            plan=tr.compact_euro(money_year["updated_plan_eur"]),
            actual=tr.compact_euro(money_year["actual_eur"]),
        ),
    ]
    shown = phases[phases["phase"].isin(PHASES_SHOWN)]
    figure = bar_chart(
        shown["phase"].tolist(),
        shown["projects"].tolist(),
        [tr.number(v) for v in shown["projects"]],
        [CATEGORICAL_COLOURS[0]] * len(shown),
        tr("board_phase_axis"),
        tr.lang,
    )
    footnote = ""
    if earlier is not None:
        footnote = tr("board_delta_footnote", meeting=tr.date(earlier.meeting_date), data=tr.date(earlier.data_as_of))
    return Slide(
        "portfolio",
        tr("board_slide_portfolio"),
        bullets=bullets,
        status_items=items,
        figure=figure if not shown.empty else None,
        footnote=footnote,
    )


def _forecast_bullet(viewer: Viewer, year: int) -> tuple[str, float | None]:
    """The year-end forecast of the Budget page (the total of marts.budget_lines_forecast) in one line."""
    tr = translator(viewer.language)
    total = budget.year_totals(viewer, year)["total"]
    forecast = None if total.empty else total.iloc[0]["year_end_forecast_eur"]
    if forecast is None or pd.isna(forecast):
        return tr("board_forecast_none", year=year), None
    deviation = float(forecast) - float(total.iloc[0]["updated_plan_eur"])
    key = "board_forecast_over" if deviation > 0 else "board_forecast_under" if deviation < 0 else "board_forecast_on"
    text = tr(key, year=year, forecast=tr.compact_euro(forecast), deviation=tr.compact_euro(abs(deviation)))
    return text, float(forecast)


def _budget_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    year_money = overview.current_year_budget(viewer)
    year = int(year_money["budget_year"])
    title = tr("board_slide_budget", year=year)
    deadlines = budget.funding_deadlines(viewer)
    deadlines = deadlines[deadlines["is_deadline_near"]]
    bullets = [
        tr(
            "board_deadline",
            date=tr.date(r.funding_deadline_date),
            programme=shorten(r.funding_programme or r.funding_source, 28),
            project=r.project_id,
            amount=tr.compact_euro(r.unspent_eur),
        )
        for r in deadlines.head(MAX_DEADLINES).itertuples()
    ]
    if deadlines.empty:
        bullets = [tr("board_deadlines_none")]
    elif len(deadlines) > MAX_DEADLINES:
        bullets.append(tr("board_more_rows", count=len(deadlines) - MAX_DEADLINES))
    available = tr.compact_euro(year_money["available_eur"])
    forecast_text, forecast = _forecast_bullet(viewer, year)
    bullets[:0] = [
        tr("board_available", available=available, plan=tr.compact_euro(year_money["updated_plan_eur"])),
        forecast_text,
    ]
    if int(year_money["budget_lines"]) == 0:
        return Slide("budget", title, bullets=[tr("board_no_budget", year=year), *bullets[2:]])
    keys = ["updated_plan_eur", "committed_eur", "actual_eur", "available_eur"]
    values = [float(year_money[k]) for k in keys]
    labels = [tr(f"board_budget_{k}") for k in ("plan", "committed", "actual", "available")]
    colours = [CATEGORICAL_COLOURS[0], CATEGORICAL_COLOURS[1], CATEGORICAL_COLOURS[6], STATUS_COLOURS["grün"]]
    if forecast is not None:
        values.append(forecast)
        labels.append(tr("board_budget_forecast"))
        colours.append(CATEGORICAL_COLOURS[3])
    figure = bar_chart(labels, values, [tr.compact_euro(v) for v in values], colours, "", tr.lang)
    footnote = tr("board_budget_footnote", date=tr.date(year_money["actual_as_of_date"]))
    return Slide("budget", title, bullets=bullets, figure=figure, footnote=footnote)


def _earlier(meeting: Meeting, lang: str, reader: Viewer | None) -> Earlier | None:
    """The last prepared meeting of the same scope before this one: its portfolio and KPI figures, frozen."""
    previous = previous_meeting(meeting, reader)
    if previous is None:
        return None
    viewer = meeting_viewer(previous, lang, reader)
    with reading_from(previous.snapshot_path):
        figures = [*portfolio_figures(viewer), *kpi_figures(viewer)]
    return Earlier(previous.meeting_date, previous.data_as_of, {f.label: f for f in figures})


def subtitle(meeting: Meeting, lang: str = "de") -> str:
    tr = translator(lang)
    return tr("board_subtitle", meeting=tr.date(meeting.meeting_date), data=tr.date(meeting.data_as_of))


def build_slides(meeting: Meeting, lang: str = "de", reader: Viewer | None = None) -> list[Slide]:
    """The meeting's slides in order (SLIDE_KEYS; after "decisions" one "decision" slide per request given as
    question, options, costs and recommendation), every one subtitled with the meeting and data dates."""
    viewer = meeting_viewer(meeting, lang, reader)
    earlier = _earlier(meeting, lang, reader)
    with reading_from(meeting.snapshot_path):
        slides = [
            _title_slide(meeting, lang),
            _portfolio_slide(viewer, earlier),
            changes_slide(viewer, meeting, earlier),
            decisions_slide(viewer),
            *decision_slides(viewer),
            risks_slide(viewer),
            _budget_slide(viewer),
            kpis_slide(viewer, earlier),
            milestones_slide(viewer),
        ]
    for slide in slides:
        slide.subtitle = subtitle(meeting, lang)
    return slides
