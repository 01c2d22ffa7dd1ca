"""A meeting's headline figures (slides 2 and 7) beside another meeting's or today's, with a Δ column."""

import datetime as dt

import pandas as pd

from cockpit.board.figures import Earlier, Figure, earlier_delta, earlier_text
from cockpit.board.kpi_slide import kpi_figures
from cockpit.board.model import Meeting
from cockpit.board.slides import meeting_viewer, portfolio_figures
from cockpit.data_access import reading_from
from cockpit.i18n import Translator, translator
from cockpit.viewer import Viewer
from common import formats


def _figures(meeting: Meeting, viewer: Viewer) -> list[Figure]:
    with reading_from(meeting.snapshot_path):
        return [*portfolio_figures(viewer), *kpi_figures(viewer)]


def compare_with_live(
    meeting: Meeting, live_as_of: dt.date, lang: str = "de", reader: Viewer | None = None
) -> pd.DataFrame:
    """The meeting's headline figures (slides 2 and 7), frozen, beside the live warehouse's and the Δ (same
    scope, read as the reader: never more than the reader may see today)."""
    tr = translator(lang)
    viewer = meeting_viewer(meeting, lang, reader)
    frozen = _figures(meeting, viewer)
    live = viewer.as_of(live_as_of)
    now = [*portfolio_figures(live), *kpi_figures(live)]
    return _comparison_table(
        frozen,
        now,
        tr("board_col_frozen", date=tr.date(meeting.data_as_of)),
        tr("board_col_live", date=tr.date(live_as_of)),
        tr,
    )


def compare_meetings(earlier: Meeting, later: Meeting, lang: str = "de", reader: Viewer | None = None) -> pd.DataFrame:
    """Two prepared meetings' headline figures side by side, with the Δ from the earlier to the later one."""
    tr = translator(lang)
    before = _figures(earlier, meeting_viewer(earlier, lang, reader))
    after = _figures(later, meeting_viewer(later, lang, reader))
    return _comparison_table(
        before,
        after,
        tr("board_col_meeting", date=tr.date(earlier.meeting_date), data=tr.date(earlier.data_as_of)),
        tr("board_col_meeting", date=tr.date(later.meeting_date), data=tr.date(later.data_as_of)),
        tr,
    )


def _comparison_table(
    before: list[Figure], after: list[Figure], before_column: str, after_column: str, tr: Translator
) -> pd.DataFrame:
    """One row per figure of `after` (and those only `before` has), its text in both and the Δ."""
    earlier = Earlier(dt.date.min, dt.date.min, {f.label: f for f in before})
    labels = [f.label for f in after] + [f.label for f in before if f.label not in {a.label for a in after}]
    by_label = {f.label: f for f in after}
    return pd.DataFrame(
        {
            tr("board_col_kpi"): labels,
            before_column: [earlier_text(label, earlier) for label in labels],
            after_column: [by_label[label].text if label in by_label else formats.MISSING for label in labels],
            tr("board_col_delta"): [
                earlier_delta(by_label[label], earlier, tr) if label in by_label else formats.MISSING
                for label in labels
            ],
        },
        dtype=object,
    )
