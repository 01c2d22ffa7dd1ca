"""The slides about projects: changes since the last Board, decisions needed (and each request in full), top
risks, coming milestones."""

from cockpit.board.decisions import parse_request
from cockpit.board.figures import Earlier
from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.slide_format import project_label, shorten, small_table
from cockpit.data_access import board, overview
from cockpit.i18n import translator
from cockpit.presentation import status_label
from cockpit.viewer import Viewer

MAX_ROWS = 8
MAX_CHANGE_ITEMS = 6
MAX_DECISIONS = 5  # their text wraps to two lines
MAX_DECISION_SLIDES = 5  # requests shown in full, one slide each, in Handlungsbedarf's order
DECISION_PART_CHARS = 220  # each of question, options, costs, recommendation: at most three lines on the wall


def changes_slide(viewer: Viewer, meeting: Meeting, earlier: Earlier | None = None) -> Slide:
    """What changed since the meeting the Δ of slides 2 and 7 is computed against (the last prepared meeting
    of the same scope, cockpit.board.figures.previous_meeting): from its data date to this meeting's."""
    tr = translator(viewer.language)
    title = tr("board_slide_changes")
    if earlier is None:
        return Slide("changes", title, bullets=[tr("board_changes_none_before")])
    since = earlier.data_as_of
    changes = overview.status_changes(viewer, since)
    milestones = overview.finished_milestones(viewer, since)
    risks = overview.new_high_risks(viewer, since)
    by_kind = changes["change"].value_counts()
    bullets = [
        tr("board_changes_since", meeting=tr.date(earlier.meeting_date), data=tr.date(since)),
        tr(
            "board_changes_counts",
            new_red=int(by_kind.get("new_red", 0)),
            worsened=int(by_kind.get("worsened", 0)),
            improved=int(by_kind.get("improved", 0)),
        ),
        tr("board_changes_more", milestones=len(milestones), risks=len(risks)),
    ]
    kinds = ["status"] * len(changes) + ["risks"] * len(risks) + ["milestones"] * len(milestones)
    items = [
        StatusItem(
            tr(
                f"board_change_{row.change}",
                project=project_label(row, 34),
                before=status_label(row.status_before, tr.lang),
            ),
            row.status_now,
        )
        for row in changes.itertuples()
    ]
    items += [
        StatusItem(tr("board_change_risk", project=row.project_id, risk=shorten(row.risk, 44)), "rot")
        for row in risks.itertuples()
    ]
    items += [
        StatusItem(tr("board_change_milestone", project=row.project_id, milestone=shorten(row.milestone, 40)), "grün")
        for row in milestones.itertuples()
    ]
    return Slide(
        "changes",
        title,
        bullets=bullets,
        status_items=items[:MAX_CHANGE_ITEMS],
        footnote=_hidden_changes(tr, kinds[MAX_CHANGE_ITEMS:]),
    )


def _hidden_changes(tr, kinds: list[str]) -> str:
    """'… und 10 weitere: 7 neue hohe Risiken, 3 erreichte Meilensteine' for the items the slide has no room for."""
    if not kinds:
        return ""
    counts = [(kind, kinds.count(kind)) for kind in ("status", "risks", "milestones") if kind in kinds]
    what = ", ".join(tr(f"board_more_{kind}", count=count) for kind, count in counts)
    return tr("board_more_changes", count=len(kinds), what=what)


def decisions_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    title = tr("board_slide_decisions")
    rows = overview.board_decisions(viewer)
    if rows.empty:
        return Slide("decisions", title, bullets=[tr("board_no_decisions")])
    shown = rows.head(MAX_DECISIONS)
    table, footnote = small_table(
        {
            tr("board_col_project"): [project_label(r, 26) for r in shown.itertuples()],
            tr("board_col_status"): [status_label(s, tr.lang) for s in shown["status_overall"]],
            tr("board_col_decision"): [_question(decision) for decision in shown["detail_text"]],
        },
        len(rows) - len(shown),
        tr,
    )
    month = tr.month(rows["detail_date"].max())
    detailed = sum(parse_request(text) is not None for text in rows["detail_text"])
    notes = [footnote, tr("board_decisions_detailed", count=min(detailed, MAX_DECISION_SLIDES)) if detailed else ""]
    return Slide(
        "decisions",
        title,
        bullets=[tr("board_decisions_count", count=len(rows), date=month)],
        table=table,
        footnote=" · ".join(filter(None, notes)),
        wrap_column=2,
    )


def _question(text: str) -> str:
    """The question of a request in the Meldung's form, else the delivered text; shortened for the table."""
    request = parse_request(text)
    return shorten(request.question if request else text, 96)


def decision_slides(viewer: Viewer) -> list[Slide]:
    """One slide per request in the Meldung's form (question, options, costs, recommendation), at most
    MAX_DECISION_SLIDES; free-text requests stay on the overview slide only."""
    tr = translator(viewer.language)
    slides = []
    for row in overview.board_decisions(viewer).itertuples():
        request = parse_request(row.detail_text)
        if request is None:
            continue
        parts = [
            ("board_decision_question", request.question),
            ("board_decision_options", request.options),
            ("board_decision_costs", request.costs),
            ("board_decision_recommendation", request.recommendation),
        ]
        slides.append(
            Slide(
                "decision",
                tr("board_slide_decision", project=project_label(row, 26)),
                bullets=[tr(key, text=shorten(text, DECISION_PART_CHARS) or "–") for key, text in parts],
                status_items=[
                    StatusItem(tr("board_decision_status", month=tr.month(row.detail_date)), row.status_overall)
                ],
                footnote=tr("board_decision_footnote"),
            )
        )
        if len(slides) == MAX_DECISION_SLIDES:
            break
    return slides


def risks_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    title = tr("board_slide_risks")
    rows = board.top_risks(viewer)
    if rows.empty:
        return Slide("risks", title, bullets=[tr("board_no_risks")])
    table, more = small_table(
        {
            tr("board_col_project"): [project_label(r, 30) for r in rows.itertuples()],
            tr("board_col_risk"): [shorten(r, 44) for r in rows["risk"]],
            tr("board_col_score"): [
                tr("board_risk_score", score=r.risk_score, probability=r.probability, impact=r.impact)
                for r in rows.itertuples()
            ],
        },
        int(rows["open_risks"].iloc[0]) - len(rows),
        tr,
    )
    return Slide(
        "risks",
        title,
        table=table,
        footnote=" · ".join(filter(None, [more, tr("board_risks_footnote", high=overview.HIGH_RISK_SCORE)])),
    )


def milestones_slide(viewer: Viewer) -> Slide:
    tr = translator(viewer.language)
    title = tr("board_slide_milestones")
    rows = board.coming_milestones(viewer)
    if rows.empty:
        return Slide("milestones", title, bullets=[tr("board_no_milestones")])
    shown = rows.head(MAX_ROWS)
    table, more = small_table(
        {
            tr("board_col_date"): [tr.date(d) for d in shown["forecast_date"]],
            tr("board_col_project"): [project_label(r, 30) for r in shown.itertuples()],
            tr("board_col_milestone"): [shorten(m, 40) for m in shown["milestone"]],
            tr("board_col_slip"): [
                tr("board_on_plan") if days <= 0 else tr("board_slip_days", days=tr.number(days))
                for days in shown["slip_days"]
            ],
        },
        len(rows) - len(shown),
        tr,
    )
    return Slide(
        "milestones",
        title,
        table=table,
        footnote=" · ".join(filter(None, [more, tr("board_milestones_footnote")])),
    )
