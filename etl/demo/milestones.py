"""Milestones with a forecast per report month, for the milestone trend analysis.

The baseline stays fixed; forecasts drift by project-level slips (all open milestones move
together). Slip profiles: none, minor (a few weeks now and then), repeated (slips month after
month in the second half), major (one project slips past its baseline by many months).
A milestone is reached in the month its forecast falls into; from then on forecast = actual,
and it gets no further rows.
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


def _slip_events(project: Project, count: int, rng: np.random.Generator) -> np.ndarray:
    """Days of slip added in each simulated month."""
    slips = np.zeros(count, dtype=int)
    position = np.arange(count) / max(count - 1, 1)
    if project.slip == "minor":
        slips = np.where(rng.random(count) < 0.05, rng.integers(5, 15, count), 0)
    elif project.slip == "repeated":
        slips = np.where((position > 0.45) & (rng.random(count) < 0.35), rng.integers(14, 46, count), 0)
    elif project.slip == "major":
        slips = np.where((position > 0.6) & (rng.random(count) < 0.55), rng.integers(30, 75, count), 0)
    return slips


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
    slips = np.cumsum(_slip_events(project, len(months), rng))
    baselines = _baselines(project, rng)
    reached: dict[str, dt.date] = {}
    rows: list[list[object]] = []
    open_delay = []
    for month, slip in zip(months, slips, strict=True):
        month_end = add_months(month, 1) - dt.timedelta(days=1)
        for milestone_id, name, baseline in baselines:
            if milestone_id in reached:
                continue
            forecast = baseline + dt.timedelta(days=int(slip))
            actual = forecast if forecast <= month_end else None
            if actual is not None:
                reached[milestone_id] = actual
            if month >= first_report:
                rows.append([project.project_id, milestone_id, name, month, baseline, forecast, actual])
            elif actual is not None:  # reached before reporting began: one historical row
                rows.append([project.project_id, milestone_id, name, first_report, baseline, forecast, actual])
        open_delay.append(int(slip) if len(reached) < len(baselines) else 0)
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
