"""The slides about projects: changes since the last Board, decisions needed, top risks, coming milestones."""

from cockpit import formatting
from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.slide_format import project_label, shorten, small_table, text
from cockpit.data_access import board, overview
from cockpit.filters import Filters
from cockpit.presentation import status_label
from cockpit.scope import Scope

MAX_ROWS = 8
MAX_CHANGE_ITEMS = 6
MAX_DECISIONS = 5  # their text wraps to two lines


def changes_slide(scope: Scope, filters: Filters, meeting: Meeting, lang: str) -> Slide:
    title = text("board_slide_changes", lang)
    since = overview.last_board_meeting(scope, Filters(as_of=meeting.meeting_date))
    if since is None:
        return Slide("changes", title, bullets=[text("board_changes_none_before", lang)])
    changes = overview.status_changes(scope, filters, since)
    milestones = overview.finished_milestones(scope, filters, since)
    risks = overview.new_high_risks(scope, filters, since)
    by_kind = changes["change"].value_counts()
    bullets = [
        text("board_changes_since", lang, date=formatting.date(since, lang)),
        text(
            "board_changes_counts",
            lang,
            new_red=int(by_kind.get("new_red", 0)),
            worsened=int(by_kind.get("worsened", 0)),
            improved=int(by_kind.get("improved", 0)),
        ),
        text("board_changes_more", lang, milestones=len(milestones), risks=len(risks)),
    ]
    items = [
        StatusItem(
            text(
                f"board_change_{row.change}",
                lang,
                project=project_label(row, 34),
                before=status_label(row.status_before, lang),
            ),
            row.status_now,
        )
        for row in changes.itertuples()
    ]
    items += [
        StatusItem(text("board_change_risk", lang, project=row.project_id, risk=shorten(row.risk, 44)), "rot")
        for row in risks.itertuples()
    ]
    items += [
        StatusItem(
            text("board_change_milestone", lang, project=row.project_id, milestone=shorten(row.milestone, 40)), "grün"
        )
        for row in milestones.itertuples()
    ]
    more = len(items) - MAX_CHANGE_ITEMS
    footnote = text("board_more_rows", lang, count=more) if more > 0 else ""
    return Slide("changes", title, bullets=bullets, status_items=items[:MAX_CHANGE_ITEMS], footnote=footnote)


def decisions_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    title = text("board_slide_decisions", lang)
    rows = overview.attention(scope, filters)
    rows = rows[rows["reason"] == "board"]
    if rows.empty:
        return Slide("decisions", title, bullets=[text("board_no_decisions", lang)])
    shown = rows.head(MAX_DECISIONS)
    table, footnote = small_table(
        {
            text("board_col_project", lang): [project_label(r, 26) for r in shown.itertuples()],
            text("board_col_status", lang): [status_label(s, lang) for s in shown["status_overall"]],
            text("board_col_decision", lang): [shorten(decision, 96) for decision in shown["detail_text"]],
        },
        len(rows) - len(shown),
        lang,
    )
    month = formatting.month(rows["detail_date"].max(), lang)
    return Slide(
        "decisions",
        title,
        bullets=[text("board_decisions_count", lang, count=len(rows), date=month)],
        table=table,
        footnote=footnote,
    )


def risks_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    title = text("board_slide_risks", lang)
    rows = board.top_risks(scope, filters)
    if rows.empty:
        return Slide("risks", title, bullets=[text("board_no_risks", lang)])
    table, more = small_table(
        {
            text("board_col_project", lang): [project_label(r, 30) for r in rows.itertuples()],
            text("board_col_risk", lang): [shorten(r, 44) for r in rows["risk"]],
            text("board_col_score", lang): [
                text("board_risk_score", lang, score=r.risk_score, probability=r.probability, impact=r.impact)
                for r in rows.itertuples()
            ],
        },
        int(rows["open_risks"].iloc[0]) - len(rows),
        lang,
    )
    return Slide(
        "risks", title, table=table, footnote=" · ".join(filter(None, [more, text("board_risks_footnote", lang)]))
    )


def milestones_slide(scope: Scope, filters: Filters, lang: str) -> Slide:
    title = text("board_slide_milestones", lang)
    rows = board.coming_milestones(scope, filters)
    if rows.empty:
        return Slide("milestones", title, bullets=[text("board_no_milestones", lang)])
    shown = rows.head(MAX_ROWS)
    table, more = small_table(
        {
            text("board_col_date", lang): [formatting.date(d, lang) for d in shown["forecast_date"]],
            text("board_col_project", lang): [project_label(r, 30) for r in shown.itertuples()],
            text("board_col_milestone", lang): [shorten(m, 40) for m in shown["milestone"]],
            text("board_col_slip", lang): [
                text("board_on_plan", lang)
                if days <= 0
                else text("board_slip_days", lang, days=formatting.number(days, lang=lang))
                for days in shown["slip_days"]
            ],
        },
        len(rows) - len(shown),
        lang,
    )
    return Slide(
        "milestones",
        title,
        table=table,
        footnote=" · ".join(filter(None, [more, text("board_milestones_footnote", lang)])),
    )
