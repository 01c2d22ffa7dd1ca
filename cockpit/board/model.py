"""The shapes shared by the Sitzungsmodus (slides on the wall) and the board pack (PDF, PPTX).

One list of Slide objects is built from one frozen meeting snapshot; the projector view and
both documents render that same list, so what the Board sees and what the papers say agree.
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class Meeting:
    """A prepared meeting: its name and date, the date its data is frozen as of, and whose view it is."""

    slug: str  # file-system safe id, e.g. "2026-12-09-smart-city-board-4-2026"
    name: str  # "Smart-City-Board 4/2026"
    meeting_date: dt.date
    data_as_of: dt.date
    scope_units: tuple[str, ...] | None  # None = whole portfolio; else a department's (or Forum's) pack
    created_at: dt.datetime
    snapshot_path: Path  # the frozen DuckDB file holding copies of the marts


@dataclass(frozen=True)
class StatusItem:
    """A line with a status: rendered as colour + symbol + word everywhere."""

    text: str
    status: str | None  # "grün" | "gelb" | "rot" | None


@dataclass
class Slide:
    key: str  # stable id: "title", "portfolio", "changes", "decisions", "decision" (one request in full),
    # "risks", "budget", "kpis", "milestones"
    title: str
    subtitle: str = ""  # e.g. "Datenstand 31.10.2026"
    bullets: list[str] = field(default_factory=list)
    status_items: list[StatusItem] = field(default_factory=list)
    table: pd.DataFrame | None = None  # small: at most ~8 rows, already formatted as text
    figure: go.Figure | None = None  # one chart at most, readable from the back of the room
    footnote: str = ""  # source / method in one line
    wrap_column: int | None = None  # the table column whose text may wrap on the wall (the others stay on one line)
