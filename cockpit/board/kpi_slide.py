"""Slide 7, the flagship KPIs: each value with its target and status, the status rule said on the slide (a
target pro-rated to the Stichtag says so), and the value at the last Board beside it with a Δ."""

from dataclasses import dataclass

from cockpit.board.figures import Earlier, Figure, earlier_delta, earlier_text
from cockpit.board.model import Slide
from cockpit.board.slide_format import small_table
from cockpit.data_access import emergency_care, parking, wlan
from cockpit.i18n import translator
from cockpit.presentation import status_label
from cockpit.viewer import Viewer


@dataclass(frozen=True)
class KpiRow:
    figure: Figure
    shown: str  # the value with its target: "0,7 % (Ziel 45 %)"
    status: str | None


def kpi_rows(viewer: Viewer) -> tuple[list[KpiRow], dict]:
    """The slide's rows, and the Handyparken headline they come from (its targets and pro-rata figures)."""
    tr = translator(viewer.language)
    hotspots = wlan.hotspots(viewer)
    usage = wlan.recent_usage(viewer)
    parking_now = parking.headline(viewer)
    care = emergency_care.headline(viewer)
    year = int(parking_now["year"])

    tickets = Figure(tr("board_kpi_tickets", year=year), tr.number(parking_now["tickets"]), parking_now["tickets"])
    tickets_shown = tickets.text
    if parking_now["ticket_target_to_date"] is not None:  # the status compares with the target pro rata
        tickets_shown = tr(
            "board_kpi_target_pro_rata", value=tickets.text, target=tr.number(parking_now["ticket_target_to_date"])
        )
    elif parking_now["ticket_target"] is not None:
        tickets_shown = tr("board_kpi_target", value=tickets.text, target=tr.number(parking_now["ticket_target"]))
    # the share as the Handyparken page and the KPI-Katalog show it
    share = Figure(
        tr("metric_phone_share_year", year=year),
        tr.percent(parking_now["phone_share"], 1),
        parking_now["phone_share"],
        "share",
    )
    share_shown = share.text
    if parking_now["share_target"] is not None:
        share_shown = tr("board_kpi_target", value=share.text, target=tr.percent(parking_now["share_target"], 0))
    in_operation = int((hotspots["status"] == "in_operation").sum())
    facilities = f"{tr.number(care['hospitals_connected'])} / {tr.number(care['control_centres_connected'])}"
    figures = [
        Figure(tr("board_kpi_hotspots"), tr.number(in_operation), in_operation),
        Figure(tr("board_kpi_sessions"), tr.number(usage["sessions_per_day"]), usage["sessions_per_day"]),
        Figure(tr("board_kpi_announcements"), tr.number(care["announcements_12m"]), care["announcements_12m"]),
        Figure(tr("board_kpi_facilities"), facilities, None),
    ]
    rows = [KpiRow(f, f.text, None) for f in figures[:2]]
    rows += [
        KpiRow(tickets, tickets_shown, parking_now["ticket_status"]),
        KpiRow(share, share_shown, parking_now["share_status"]),
    ]
    rows += [KpiRow(f, f.text, None) for f in figures[2:]]
    return rows, parking_now


def kpi_figures(viewer: Viewer) -> list[Figure]:
    return [row.figure for row in kpi_rows(viewer)[0]]


def _rule_bullets(parking_now: dict, viewer: Viewer) -> list[str]:
    """The ticket target's pro-rata figure in words, where the status uses one."""
    tr = translator(viewer.language)
    if parking_now["ticket_target_to_date"] is None:
        return []
    return [
        tr(
            "board_kpi_pro_rata_rule",
            target=tr.number(parking_now["ticket_target"]),
            date=tr.date(parking_now["as_of_date"]),
            to_date=tr.number(parking_now["ticket_target_to_date"]),
        )
    ]


def kpis_slide(viewer: Viewer, earlier: Earlier | None = None) -> Slide:
    """Kennzahl, Wert (with target), Status; with an earlier meeting also its value and the Δ."""
    tr = translator(viewer.language)
    rows, parking_now = kpi_rows(viewer)
    columns = {
        tr("board_col_kpi"): [r.figure.label for r in rows],
        tr("board_col_value"): [r.shown for r in rows],
        tr("board_col_status"): [status_label(r.status, tr.lang) if r.status else "" for r in rows],
    }
    footnotes = [tr("board_kpis_status_rule"), tr("board_kpis_footnote")]
    if earlier is not None:
        columns[tr("board_col_earlier", date=tr.date(earlier.meeting_date))] = [
            earlier_text(r.figure.label, earlier) for r in rows
        ]
        columns[tr("board_col_delta")] = [earlier_delta(r.figure, earlier, tr) for r in rows]
        footnotes.insert(
            0,
            tr("board_delta_footnote", meeting=tr.date(earlier.meeting_date), data=tr.date(earlier.data_as_of)),
        )
    table, _ = small_table(columns, 0, tr)
    return Slide(
        "kpis",
        tr("board_slide_kpis"),
        bullets=_rule_bullets(parking_now, viewer),
        table=table,
        footnote=" ".join(footnotes),
        wrap_column=0,
    )
