"""The day each monthly report came in ("Gemeldet am"): a working day (Monday to Friday, not New Year's Day
or German Unity Day) from the 1st to the 10th of the following month, a few late ones up to the 20th; never
after the delivery day. The status reports and milestone forecasts of one project and month share it.
"""

import datetime as dt

from etl.demo.common import DemoSettings, add_months
from etl.demo.milestones import MilestonePlan

LATE_SHARE = 0.06  # reports that come in after the 10th
HOLIDAYS = {(1, 1), (10, 3)}  # the public holidays that can fall on the first ten days of a month every year


def _working_days(first: dt.date, last_day: int) -> list[dt.date]:
    days = [first + dt.timedelta(days=i) for i in range(last_day - first.day + 1)]
    return [d for d in days if d.weekday() < 5 and (d.month, d.day) not in HOLIDAYS]


def report_days(plans: dict[str, MilestonePlan], settings: DemoSettings) -> dict[tuple[str, dt.date], dt.date]:
    """(project id, report month) -> the day its report came in, for every report month of every plan."""
    rng = settings.rng("report_days")
    days = {}
    for project_id, plan in plans.items():
        for month in plan.report_months:
            following = add_months(month, 1)
            is_late = rng.random() < LATE_SHARE
            choices = _working_days(following.replace(day=11), 20) if is_late else _working_days(following, 10)
            day = choices[int(rng.integers(len(choices)))]
            days[(project_id, month)] = min(day, settings.today)
    return days
