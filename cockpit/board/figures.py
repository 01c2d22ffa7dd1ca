"""Headline figures as text and number, and the same figures of an earlier meeting beside them with a Δ.

Slides 2 (portfolio) and 7 (flagship KPIs) show, beside each figure, its value in the last prepared meeting
of the same scope (its frozen snapshot) and the change since; the Sitzungsmodus page compares two meetings
(or a meeting and today) the same way. Figures are matched by their label, so a figure of another year
("Tickets 2025") has no earlier value and its Δ is "–".
"""

import datetime as dt
from dataclasses import dataclass

from cockpit.board.model import Meeting
from cockpit.board.snapshots import list_meetings
from cockpit.i18n import Translator
from cockpit.viewer import Viewer
from common import formats


@dataclass(frozen=True)
class Figure:
    """One headline figure: its label, its text as shown, the number behind it and what kind of number it is."""

    label: str
    text: str
    value: float | None  # None: nothing to subtract (e.g. "2 / 0"), the Δ is "–"
    kind: str = "count"  # "count" | "euro" | "share" (a share 0..1, its Δ in percentage points)


@dataclass(frozen=True)
class Earlier:
    """An earlier meeting's figures by label, and its dates for the column heading."""

    meeting_date: dt.date
    data_as_of: dt.date
    figures: dict[str, Figure]


def previous_meeting(meeting: Meeting, reader: Viewer | None = None) -> Meeting | None:
    """The latest prepared meeting of the same scope held before this one (None if there is none); only
    meetings the reader may see, from the folder this meeting's snapshot lies in."""
    earlier = [
        other
        for other in list_meetings(reader or Viewer(), meeting.snapshot_path.parent)
        if other.scope_units == meeting.scope_units and other.meeting_date < meeting.meeting_date
    ]
    return max(earlier, key=lambda m: (m.meeting_date, m.created_at), default=None)


def _signed(delta: float, text: str) -> str:
    return ("+" if delta > 0 else "−" if delta < 0 else "±") + text


def delta_text(now: Figure, before: Figure | None, tr: Translator) -> str:
    """'+3', '−20.000 €', '+0,2 Pp.'; '±0' without change; '–' where either value is missing."""
    if before is None or now.value is None or before.value is None:
        return formats.MISSING
    delta = float(now.value) - float(before.value)
    if now.kind == "share":
        return _signed(round(delta * 100, 1), tr("board_delta_points", value=tr.number(abs(delta) * 100, 1)))
    if now.kind == "euro":
        return _signed(round(delta), tr.compact_euro(abs(delta)))
    return _signed(round(delta), tr.number(abs(delta)))


def earlier_text(label: str, earlier: Earlier | None) -> str:
    """The earlier meeting's text of this figure, '–' if it had none."""
    figure = earlier.figures.get(label) if earlier else None
    return figure.text if figure else formats.MISSING


def earlier_delta(figure: Figure, earlier: Earlier | None, tr: Translator) -> str:
    return delta_text(figure, earlier.figures.get(figure.label) if earlier else None, tr)
