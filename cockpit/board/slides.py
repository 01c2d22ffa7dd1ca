"""The meeting's slides, built from its frozen snapshot with the pages' own data functions.

build_slides(meeting) reads through cockpit.data_access pointed at the snapshot file, with the
meeting's scope and `Filters(as_of=meeting.data_as_of)`, and returns the same list of Slide objects
to the projector view and to the board pack. Every text is formatted already (German by default);
tables have at most 8 rows, charts have few bars and type of 24 px.
"""

import datetime as dt

import pandas as pd

from cockpit import formatting
from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.project_slides import changes_slide, decisions_slide, milestones_slide, risks_slide
from cockpit.board.slide_format import bar_chart, money, shorten, small_table, text
from cockpit.data_access import budget, emergency_care, overview, parking, reading_from, wlan
from cockpit.filters import Filters
from cockpit.presentation import CATEGORICAL_COLOURS, STATUS_COLOURS, status_label
from cockpit.scope import Scope

SLIDE_KEYS = ("title", "portfolio", "changes", "decisions", "risks", "budget", "kpis", "milestones")
MAX_DEADLINES = 3
PHASES_SHOWN = ["Idee", "Planung", "Umsetzung", "Betrieb"]


def _title_slide(meeting: Meeting, lang: str) -> Slide:
    units = meeting.scope_units
    scope_text = (
        text("board_title_scope_all", lang)
        if units is None
        else text("board_title_scope_units", lang, units=", ".join(units) or "–")
    )
    return Slide(
        "title",
        meeting.name,
        bullets=[
            text("board_title_meeting", lang, date=formatting.date(meeting.meeting_date, lang)),
            text("board_title_data", lang, date=formatting.date(meeting.data_as_of, lang)),
            scope_text,
            text("board_title_subtitle", lang),
        ],
    )


def portfolio_figures(scope: Scope, filters: Filters, lang: str = "de") -> list[tuple[str, str]]:
    """The portfolio slide's headline figures as (label, value) text: for the slide and the comparison."""
    counts = overview.status_counts(scope, filters)
    phases = overview.phase_counts(scope, filters)
    money_year = overview.current_year_budget(scope, filters)
    year = int(money_year["budget_year"])
    rows = [(text("board_figure_open", lang), formatting.number(counts["open_projects"], lang=lang))]
    rows += [
        (status_label(s, lang), formatting.number(counts["by_status"][s], lang=lang))
        for s in ("rot", "gelb", "grün", None)
    ]
    rows += [
        (phase, formatting.number(int(phases.loc[phases["phase"] == phase, "projects"].sum()), lang=lang))
        for phase in PHASES_SHOWN
    ]
    rows += [
        (text("board_figure_budget_plan", lang, year=year), money(money_year["updated_plan_eur"], lang)),
        (text("board_figure_budget_actual", lang), money(money_year["actual_eur"], lang)),
    ]
    return rows


def _portfolio_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    counts = overview.status_counts(scope, filters)
    phases = overview.phase_counts(scope, filters)
    money_year = overview.current_year_budget(scope, filters)
    items = [
        StatusItem(
            text(
                "board_status_projects" if counts["by_status"][s] != 1 else "board_status_project",
                lang,
                count=formatting.number(counts["by_status"][s], lang=lang),
            ),
            s,
        )
        for s in ("rot", "gelb", "grün", None)
        if s is not None or counts["by_status"][None]
    ]
    bullets = [
        text("board_projects_open", lang, open=counts["open_projects"], total=int(phases["projects"].sum())),
        text(
            "board_budget_headline",
            lang,
            year=int(money_year["budget_year"]),
            plan=money(money_year["updated_plan_eur"], lang),
            actual=money(money_year["actual_eur"], lang),
        ),
    ]
    shown = phases[phases["phase"].isin(PHASES_SHOWN)]
    figure = bar_chart(
        shown["phase"].tolist(),
        shown["projects"].tolist(),
        [formatting.number(v, lang=lang) for v in shown["projects"]],
        [CATEGORICAL_COLOURS[0]] * len(shown),
        text("board_phase_axis", lang),
        lang,
    )
    return Slide(
        "portfolio",
        text("board_slide_portfolio", lang),
        bullets=bullets,
        status_items=items,
        figure=figure if not shown.empty else None,
    )


def _budget_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    year_money = overview.current_year_budget(scope, filters)
    year = int(year_money["budget_year"])
    title = text("board_slide_budget", lang, year=year)
    deadlines = budget.funding_deadlines(scope, filters)
    deadlines = deadlines[deadlines["is_deadline_near"]]
    bullets = [
        text(
            "board_deadline",
            lang,
            date=formatting.date(r.funding_deadline_date, lang),
            programme=shorten(r.funding_programme or r.funding_source, 28),
            project=r.project_id,
            amount=money(r.unspent_eur, lang),
        )
        for r in deadlines.head(MAX_DEADLINES).itertuples()
    ]
    if deadlines.empty:
        bullets = [text("board_deadlines_none", lang)]
    elif len(deadlines) > MAX_DEADLINES:
        bullets.append(text("board_more_rows", lang, count=len(deadlines) - MAX_DEADLINES))
    bullets.insert(
        0,
        text(
            "board_available",
            lang,
            available=money(year_money["available_eur"], lang),
            plan=money(year_money["updated_plan_eur"], lang),
        ),
    )
    if int(year_money["budget_lines"]) == 0:
        return Slide("budget", title, bullets=[text("board_no_budget", lang, year=year), *bullets])
    keys = ["updated_plan_eur", "committed_eur", "actual_eur", "available_eur"]
    values = [float(year_money[k]) for k in keys]
    figure = bar_chart(
        [text(f"board_budget_{k}", lang) for k in ("plan", "committed", "actual", "available")],
        values,
        [money(v, lang) for v in values],
        [CATEGORICAL_COLOURS[0], CATEGORICAL_COLOURS[1], CATEGORICAL_COLOURS[6], STATUS_COLOURS["grün"]],
        "",
        lang,
    )
    footnote = text("board_budget_footnote", lang, date=formatting.date(year_money["actual_as_of_date"], lang))
    return Slide("budget", title, bullets=bullets, figure=figure, footnote=footnote)


def _kpis_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    def n(value, places=0):
        return formatting.number(value, places, lang)

    hotspots = wlan.hotspots(scope, filters)
    usage = wlan.recent_usage(scope, filters)
    parking_now = parking.headline(scope, filters)
    care = emergency_care.headline(scope, filters)
    tickets = n(parking_now["tickets"])
    if parking_now["ticket_target"] is not None:
        tickets = text("board_kpi_target", lang, value=tickets, target=n(parking_now["ticket_target"]))
    share = formatting.percent(parking_now["phone_share"], 0, lang)
    if parking_now["share_target"] is not None:
        share = text(
            "board_kpi_target", lang, value=share, target=formatting.percent(parking_now["share_target"], 0, lang)
        )
    rows = [
        (text("board_kpi_hotspots", lang), n(int((hotspots["status"] == "in_operation").sum())), ""),
        (text("board_kpi_sessions", lang), n(usage["sessions_per_day"]), ""),
        (
            text("board_kpi_tickets", lang, year=int(parking_now["year"])),
            tickets,
            status_label(parking_now["ticket_status"], lang) if parking_now["ticket_status"] else "",
        ),
        (
            text("board_kpi_phone_share", lang),
            share,
            status_label(parking_now["share_status"], lang) if parking_now["share_status"] else "",
        ),
        (text("board_kpi_announcements", lang), n(care["announcements_12m"]), ""),
        (
            text("board_kpi_facilities", lang),
            f"{n(care['hospitals_connected'])} / {n(care['control_centres_connected'])}",
            "",
        ),
    ]
    table, _ = small_table(
        {
            text("board_col_kpi", lang): [r[0] for r in rows],
            text("board_col_value", lang): [r[1] for r in rows],
            text("board_col_status", lang): [r[2] for r in rows],
        },
        0,
        lang,
    )
    return Slide("kpis", text("board_slide_kpis", lang), table=table, footnote=text("board_kpis_footnote", lang))


def subtitle(meeting: Meeting, lang: str = "de") -> str:
    return text(
        "board_subtitle",
        lang,
        meeting=formatting.date(meeting.meeting_date, lang),
        data=formatting.date(meeting.data_as_of, lang),
    )


def build_slides(meeting: Meeting, lang: str = "de") -> list[Slide]:
    """The meeting's slides in order (SLIDE_KEYS), every one subtitled with the meeting and data dates."""
    scope = Scope(units=meeting.scope_units)
    filters = Filters(as_of=meeting.data_as_of)
    with reading_from(meeting.snapshot_path):
        slides = [
            _title_slide(meeting, lang),
            _portfolio_slide(scope, filters, lang),
            changes_slide(scope, filters, meeting, lang),
            decisions_slide(scope, filters, lang),
            risks_slide(scope, filters, lang),
            _budget_slide(scope, filters, lang),
            _kpis_slide(scope, filters, lang),
            milestones_slide(scope, filters, lang),
        ]
    for slide in slides:
        slide.subtitle = subtitle(meeting, lang)
    return slides


def compare_with_live(meeting: Meeting, live_as_of: dt.date, lang: str = "de") -> pd.DataFrame:
    """The portfolio slide's figures frozen in the meeting beside the live warehouse's (same scope)."""
    scope = Scope(units=meeting.scope_units)
    with reading_from(meeting.snapshot_path):
        frozen = portfolio_figures(scope, Filters(as_of=meeting.data_as_of), lang)
    live = portfolio_figures(scope, Filters(as_of=live_as_of), lang)
    return pd.DataFrame(
        {
            text("board_col_kpi", lang): [label for label, _ in frozen],
            text("board_col_frozen", lang, date=formatting.date(meeting.data_as_of, lang)): [v for _, v in frozen],
            text("board_col_live", lang, date=formatting.date(live_as_of, lang)): [v for _, v in live],
        },
        dtype=object,
    )
