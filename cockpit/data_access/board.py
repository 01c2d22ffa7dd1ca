"""Board-mode figures that no page had yet: the portfolio's top risks, coming milestones, the next Board."""

import datetime as dt

import pandas as pd

from cockpit.data_access import query
from cockpit.viewer import Viewer

TOP_RISKS = 8
MILESTONE_DAYS = 90


def top_risks(viewer: Viewer, row_limit: int = TOP_RISKS) -> pd.DataFrame:
    """Risks not closed as of the reference date, highest score first; open_risks counts them all."""
    return query("board/top_risks", viewer, row_limit=row_limit)


def coming_milestones(viewer: Viewer, days: int = MILESTONE_DAYS) -> pd.DataFrame:
    """Milestones forecast within `days` after the reference date and not reached, soonest first."""
    return query("board/coming_milestones", viewer, days=days)


def next_board_meeting(viewer: Viewer, on_or_after: dt.date) -> tuple[dt.date, str] | None:
    """(date, name) of the next Board meeting in the calendar, or None."""
    rows = query("board/next_board_meeting", viewer.unfiltered().as_of(on_or_after))
    if rows.empty:
        return None
    return pd.Timestamp(rows.iloc[0]["meeting_date"]).date(), str(rows.iloc[0]["meeting_name"])
