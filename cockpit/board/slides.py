"""The meeting's slides, built from its frozen snapshot with the pages' own data functions.

build_slides(meeting) reads through cockpit.data_access pointed at the snapshot file, with the
meeting's viewer (its scope, `Filters(as_of=meeting.data_as_of)`, the slides' language), and returns
the same list of Slide objects to the projector view and to the board pack. Every text is formatted
already (German by default); tables have at most 8 rows, charts have few bars and type of 24 px.
"""

import datetime as dt
from dataclasses import replace

import pandas as pd

from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.project_slides import changes_slide, decisions_slide, milestones_slide, risks_slide
from cockpit.board.scopes import narrowed
from cockpit.board.slide_format import bar_chart, shorten, small_table
from cockpit.data_access import budget, emergency_care, overview, parking, reading_from, wlan
from cockpit.i18n import translator
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, status_label
from cockpit.viewer import Filters, Viewer

SLIDE_KEYS = ("title", "portfolio", "changes", "decisions", "risks", "budget", "kpis", "milestones")
MAX_DEADLINES = 3
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


def portfolio_figures(viewer: Viewer) -> list[tuple[str, str]]:
    """The portfolio slide's headline figures as (label, value) text: for the slide and the comparison."""
    tr = translator(viewer.language)
    counts = overview.status_counts(viewer)
    phases = overview.phase_counts(viewer)
    money_year = overview.current_year_budget(viewer)
    year = int(money_year["budget_year"])
    rows = [(tr("board_figure_open"), tr.number(counts["open_projects"]))]
    rows += [(status_label(s, tr.lang), tr.number(counts["by_status"][s])) for s in STATUS_ORDER]
    rows += [(phase, tr.number(int(phases.loc[phases["phase"] == phase, "projects"].sum()))) for phase in PHASES_SHOWN]
    rows += [
        (tr("board_figure_budget_plan", year=year), tr.compact_euro(money_year["updated_plan_eur"])),
        (tr("board_figure_budget_actual"), tr.compact_euro(money_year["actual_eur"])),
    ]
    return rows


def _portfolio_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    counts = overview.status_counts(viewer)
    phases = overview.phase_counts(viewer)
    money_year = overview.current_year_budget(viewer)
    items = [
        StatusItem(
            tr(
                "board_status_projects" if counts["by_status"][s] != 1 else "board_status_project",
                count=tr.number(counts["by_status"][s]),
            ),
            s,
        )
        for s in STATUS_ORDER
        if s is not None or counts["by_status"][None]
    ]
    bullets = [
        tr("board_projects_open", open=counts["open_projects"], total=int(phases["projects"].sum())),
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
    return Slide(
        "portfolio",
        tr("board_slide_portfolio"),
        bullets=bullets,
        status_items=items,
        figure=figure if not shown.empty else None,
    )


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
    bullets.insert(0, tr("board_available", available=available, plan=tr.compact_euro(year_money["updated_plan_eur"])))
    if int(year_money["budget_lines"]) == 0:
        return Slide("budget", title, bullets=[tr("board_no_budget", year=year), *bullets])
    keys = ["updated_plan_eur", "committed_eur", "actual_eur", "available_eur"]
    values = [float(year_money[k]) for k in keys]
    figure = bar_chart(
        [tr(f"board_budget_{k}") for k in ("plan", "committed", "actual", "available")],
        values,
        [tr.compact_euro(v) for v in values],
        [CATEGORICAL_COLOURS[0], CATEGORICAL_COLOURS[1], CATEGORICAL_COLOURS[6], STATUS_COLOURS["grün"]],
        "",
        tr.lang,
    )
    footnote = tr("board_budget_footnote", date=tr.date(year_money["actual_as_of_date"]))
    return Slide("budget", title, bullets=bullets, figure=figure, footnote=footnote)


def _kpis_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    hotspots = wlan.hotspots(viewer)
    usage = wlan.recent_usage(viewer)
    parking_now = parking.headline(viewer)
    care = emergency_care.headline(viewer)
    tickets = tr.number(parking_now["tickets"])
    if parking_now["ticket_target"] is not None:
        tickets = tr("board_kpi_target", value=tickets, target=tr.number(parking_now["ticket_target"]))
    share = tr.percent(parking_now["phone_share"], 1)  # as the Handyparken page and the KPI-Katalog show it
    if parking_now["share_target"] is not None:
        share = tr("board_kpi_target", value=share, target=tr.percent(parking_now["share_target"], 0))

    def status(key: str) -> str:
        return status_label(parking_now[key], tr.lang) if parking_now[key] else ""

    facilities = f"{tr.number(care['hospitals_connected'])} / {tr.number(care['control_centres_connected'])}"
    rows = [
        (tr("board_kpi_hotspots"), tr.number(int((hotspots["status"] == "in_operation").sum())), ""),
        (tr("board_kpi_sessions"), tr.number(usage["sessions_per_day"]), ""),
        (tr("board_kpi_tickets", year=int(parking_now["year"])), tickets, status("ticket_status")),
        (tr("metric_phone_share_year", year=int(parking_now["year"])), share, status("share_status")),
        (tr("board_kpi_announcements"), tr.number(care["announcements_12m"]), ""),
        (tr("board_kpi_facilities"), facilities, ""),
    ]
    table, _ = small_table(
        {
            tr("board_col_kpi"): [r[0] for r in rows],
            tr("board_col_value"): [r[1] for r in rows],
            tr("board_col_status"): [r[2] for r in rows],
        },
        0,
        tr,
    )
    return Slide("kpis", tr("board_slide_kpis"), table=table, footnote=tr("board_kpis_footnote"))


def subtitle(meeting: Meeting, lang: str = "de") -> str:
    tr = translator(lang)
    return tr("board_subtitle", meeting=tr.date(meeting.meeting_date), data=tr.date(meeting.data_as_of))


def build_slides(meeting: Meeting, lang: str = "de", reader: Viewer | None = None) -> list[Slide]:
    """The meeting's slides in order (SLIDE_KEYS), every one subtitled with the meeting and data dates."""
    viewer = meeting_viewer(meeting, lang, reader)
    with reading_from(meeting.snapshot_path):
        slides = [
            _title_slide(meeting, lang),
            _portfolio_slide(viewer),
            changes_slide(viewer, meeting),
            decisions_slide(viewer),
            risks_slide(viewer),
            _budget_slide(viewer),
            _kpis_slide(viewer),
            milestones_slide(viewer),
        ]
    for slide in slides:
        slide.subtitle = subtitle(meeting, lang)
    return slides


def compare_with_live(
    meeting: Meeting, live_as_of: dt.date, lang: str = "de", reader: Viewer | None = None
) -> pd.DataFrame:
    """The portfolio slide's figures frozen in the meeting beside the live warehouse's (same scope, read
    as the reader: never more than the reader may see today)."""
    tr = translator(lang)
    viewer = meeting_viewer(meeting, lang, reader)
    with reading_from(meeting.snapshot_path):
        frozen = portfolio_figures(viewer)
    live = portfolio_figures(viewer.as_of(live_as_of))
    return pd.DataFrame(
        {
            tr("board_col_kpi"): [label for label, _ in frozen],
            tr("board_col_frozen", date=tr.date(meeting.data_as_of)): [v for _, v in frozen],
            tr("board_col_live", date=tr.date(live_as_of)): [v for _, v in live],
        },
        dtype=object,
    )
