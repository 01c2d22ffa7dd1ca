"""Milestones with a forecast per report month, for the milestone trend analysis.

The baseline stays fixed; forecasts drift with a project-level delay that each open milestone takes
its own share of (a near milestone less, a late one more), so the trend lines fan out instead of
moving in parallel. Slip profiles: none, minor (a few weeks now and then), repeated (slips month
after month from a month of its own), major (one project slips past its baseline by many months).
Each profile starts at a different point of the project's life, slips by varying amounts and may
recover part or all of its delay later. A milestone is reached in the month its forecast falls
into; from then on forecast = actual, and it gets no further rows.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from etl.demo.catalogue import PROJECTS, Project
from etl.demo.common import DemoSettings, add_months, months_between

MILESTONE_NAMES = [
    "Projektauftrag erteilt",
    "Fachkonzept abgenommen",
    "Vergabe abgeschlossen",
    "Pilotbetrieb gestartet",
    "Rollout abgeschlossen",
    "Abnahme und Übergabe in den Betrieb",
]
FIRST_REPORT_MONTH = dt.date(2021, 1, 1)
STALE_MONTHS = {"P-025": 4, "P-028": 5, "P-013": 1, "P-032": 1}


@dataclass
class MilestonePlan:
    project: Project
    months: list[dt.date]  # report months from the first simulated month to the last report month
    report_months: list[dt.date]  # the months that get status reports and milestone rows
    slip_days: list[int]  # delay of the open milestones at each month in months (0 once all are reached)
    rows: list[list[object]]  # milestone rows (typed), in contract order


def report_window(project: Project, settings: DemoSettings) -> tuple[dt.date, dt.date] | None:
    """First and last report month of a project, or None when it never reported."""
    from etl.demo.catalogue import STOPPED_AT

    if project.phase == "Idee":
        return None
    first = max(project.planned_start.replace(day=1), FIRST_REPORT_MONTH)
    last = settings.last_full_month
    if project.phase == "Abgeschlossen":
        last = min(last, project.planned_end.replace(day=1))
    elif project.phase == "Eingestellt":
        last = min(last, STOPPED_AT[project.project_id])
    last = add_months(last, -STALE_MONTHS.get(project.project_id, 0))
    return (first, last) if first <= last else None


# per profile: (earliest and latest start of slipping as a share of the project's months, chance of a slip
# per month, smallest and largest slip in days, chance of a recovery per month once delayed)
SLIP_PROFILES = {
    "minor": (0.0, 0.6, 0.06, 4, 21, 0.10),
    "repeated": (0.3, 0.65, 0.35, 7, 50, 0.07),
    "major": (0.45, 0.7, 0.5, 20, 80, 0.03),
}


def _delay_path(project: Project, count: int, rng: np.random.Generator) -> np.ndarray:
    """The project's delay in days at each simulated month: slips of varying size from a month of its own,
    and now and then a recovery that wins back part or all of the delay (never ahead of the baseline)."""
    if project.slip not in SLIP_PROFILES:
        return np.zeros(count, dtype=int)
    earliest, latest, slip_chance, smallest, largest, recovery_chance = SLIP_PROFILES[project.slip]
    start = int(count * rng.uniform(earliest, latest))
    slip_draws = rng.random(count)
    sizes = rng.integers(smallest, largest + 1, count)
    recovery_draws = rng.random(count)
    recovered_shares = rng.uniform(0.3, 1.0, count)
    delay, path = 0, np.zeros(count, dtype=int)
    for month in range(start, count):
        if slip_draws[month] < slip_chance:
            delay += int(sizes[month])
        elif delay and recovery_draws[month] < recovery_chance:
            delay -= int(round(delay * recovered_shares[month]))
        path[month] = delay
    return path


def _baselines(project: Project, rng: np.random.Generator) -> list[tuple[str, str, dt.date]]:
    count = int(rng.integers(3, 7))
    names = [
        MILESTONE_NAMES[0],
        *sorted(rng.choice(MILESTONE_NAMES[1:-1], count - 2, replace=False), key=MILESTONE_NAMES.index),
        MILESTONE_NAMES[-1],
    ]
    span = (project.planned_end - project.planned_start).days
    fractions = [0.04, *sorted(rng.uniform(0.15, 0.9, count - 2)), 1.0]
    return [
        (f"M{i + 1}", name, project.planned_start + dt.timedelta(days=int(round(f * span))))
        for i, (name, f) in enumerate(zip(names, fractions, strict=True))
    ]


def plan_milestones(project: Project, settings: DemoSettings, rng: np.random.Generator) -> MilestonePlan | None:
    window = report_window(project, settings)
    if window is None:
        return None
    first_report, last_report = window
    months = months_between(project.planned_start, last_report)
    delays = _delay_path(project, len(months), rng)
    baselines = _baselines(project, rng)
    # each milestone's share of the project's delay: the last (acceptance) takes all of it
    shares = [*np.round(rng.uniform(0.4, 1.2, len(baselines) - 1), 2), 1.0]
    reached: dict[str, dt.date] = {}
    rows: list[list[object]] = []
    open_delay = []
    for month, delay in zip(months, delays, strict=True):
        month_end = add_months(month, 1) - dt.timedelta(days=1)
        open_delays = []
        for (milestone_id, name, baseline), share in zip(baselines, shares, strict=True):
            if milestone_id in reached:
                continue
            # a recovered delay never moves a forecast into a month already reported
            forecast = max(baseline + dt.timedelta(days=int(round(delay * share))), month)
            actual = forecast if forecast <= month_end else None
            if actual is not None:
                reached[milestone_id] = actual
            else:
                open_delays.append((forecast - baseline).days)
            if month >= first_report:
                rows.append([project.project_id, milestone_id, name, month, baseline, forecast, actual])
            elif actual is not None:  # reached before reporting began: one historical row
                rows.append([project.project_id, milestone_id, name, first_report, baseline, forecast, actual])
        open_delay.append(max(open_delays, default=0))
    report_months = [m for m in months if m >= first_report]
    return MilestonePlan(project, months, report_months, open_delay, rows)


def plan_all(settings: DemoSettings) -> dict[str, MilestonePlan]:
    rng = settings.rng("milestones")
    plans = {}
    for project in PROJECTS:
        plan = plan_milestones(project, settings, rng)
        if plan is not None:
            plans[project.project_id] = plan
    return plans
