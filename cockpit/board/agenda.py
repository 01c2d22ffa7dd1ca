"""What preparing a meeting proposes: the next Board meeting in the calendar and the last complete month.

The page's form and `python -m cockpit.board prepare` start from the same proposal, computed from the
viewer's day (common.clock.today() in the router and on the command line), never from the machine's date.
"""

import datetime as dt
from dataclasses import dataclass

from cockpit.data_access.board import next_board_meeting
from cockpit.viewer import Viewer


@dataclass(frozen=True)
class ProposedMeeting:
    name: str  # "" when the calendar has no Board meeting on or after the day
    meeting_date: dt.date
    data_as_of: dt.date


def end_of_previous_month(day: dt.date) -> dt.date:
    """26.11.2026 -> 31.10.2026: the data date of a meeting, the last day of the last complete month."""
    return day.replace(day=1) - dt.timedelta(days=1)


def proposed_meeting(viewer: Viewer) -> ProposedMeeting:
    """The next Board meeting on or after the viewer's day (else that day, unnamed), data as of last month's end."""
    upcoming = next_board_meeting(viewer, viewer.day)
    meeting_date, name = upcoming if upcoming else (viewer.day, "")
    return ProposedMeeting(name, meeting_date, end_of_previous_month(viewer.day))
