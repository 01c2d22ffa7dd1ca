"""Monthly status reports: the department's self-assessment and, for some projects, the Stabsstelle's.

Stories (see catalogue.Project.story): steady projects have short yellow blips; recovering ones
go red for a few months in the middle and recover; worsening ones collect yellow dimensions over the
last months; red_now ones are red at the end; the stopped project deteriorates until the board stops it.
The Stabsstelle is stricter: one yellow dimension makes its overall status yellow, and milestone
slips (from milestones.py) turn its schedule status yellow or red.
Contract rule: a reason is written whenever any status differs from the previous report of the same
project and assessor; reasons.py writes them, naming the problem behind every dimension that is not green.
The statuses are settled first (assessments), so the risk register can be made to fit them (risks.py)
before the reasons name its risks.
Each report names the project's phase that month (_phase), ending in the phase of the projects delivery.
"""

import datetime as dt
from dataclasses import dataclass

import numpy as np

from etl.demo.catalogue import Project
from etl.demo.common import DemoSettings
from etl.demo.milestones import MilestonePlan
from etl.demo.reasons import LEVEL_TEXT, ReasonWriter

BOARD_QUESTIONS = {
    "P-008": "Freigabe von Mehrkosten (rund 650 T€) und Verlängerung bis Ende 2026",
    "P-015": "Entscheidung über zweiten Bauabschnitt trotz Lieferverzug der Leuchten",
    "P-036": "Fortführung mit neuem Anbieter oder Rückkehr zur Altsoftware",
    "P-006": "Priorisierung der Anwendungsfälle des digitalen Zwillings",
    "P-012": "Verbindliche Einführungsreihenfolge der Fachbereiche",
    "P-039": "Einstellung des Projekts mangels Nutzung",
}


def _story_levels(project: Project, count: int, rng: np.random.Generator) -> np.ndarray:
    """Department's level (0 green, 1 yellow, 2 red) per month and dimension, shape (count, 4)."""
    levels = np.zeros((count, 4), dtype=int)
    for d in range(4):  # short yellow blips everywhere
        for start in np.flatnonzero(rng.random(count) < 0.035):
            levels[start : start + int(rng.integers(1, 4)), d] = 1
    n = count
    if project.story == "recovering" and n >= 12:
        i0 = int(n * rng.uniform(0.3, 0.55))
        length = int(rng.integers(3, 6))
        levels[max(i0 - 2, 0) : i0, 0:2] = 1
        levels[i0 : i0 + length, 0:2] = 2
        levels[i0 : i0 + length, 3] = np.maximum(levels[i0 : i0 + length, 3], 1)
        levels[i0 + length : i0 + length + 2, 0] = 1
    elif project.story == "worsening":  # yellow and getting worse, not (yet) red
        levels[max(n - 6, 0) :, 0] = 1
        levels[max(n - 3, 0) :, 3] = 1
        levels[max(n - 1, 0) :, 1] = 1
    elif project.story == "red_now":
        levels[max(n - 8, 0) :, 0] = 1
        levels[max(n - 4, 0) :, 0:2] = 2
        levels[max(n - 2, 0) :, 3] = 2
    elif project.story == "stopped":
        levels[max(n - 6, 0) :, 2:4] = 1
        levels[max(n - 3, 0) :, 2:4] = 2
    return levels


def _overall(levels: np.ndarray, strict: bool) -> np.ndarray:
    worst = levels.max(axis=1)
    yellow_count = (levels == 1).sum(axis=1)
    if strict:
        return worst
    lenient = np.where((worst == 1) & (yellow_count == 1) & (levels[:, 0] == 0), 0, worst)
    return lenient


def _percent_complete(project: Project, plan: MilestonePlan, month: dt.date, slip: int) -> float:
    if project.phase == "Planung":
        elapsed = (month - project.planned_start).days
        return float(min(15, max(0, elapsed // 30 * 2)))
    end = project.planned_end + dt.timedelta(days=slip)
    span = max((end - project.planned_start).days, 1)
    share = (month - project.planned_start).days / span
    if project.story in ("red_now", "worsening", "stopped"):
        share *= 0.85
    completed_on = _completion_date(plan)
    done = completed_on is not None and completed_on.replace(day=1) <= month
    return 100.0 if done else float(np.clip(round(share * 100), 0, 99))


def _phase(project: Project, plan: MilestonePlan, month: dt.date, last_month: dt.date) -> str:
    """The phase in a report month: Idee and Planung stay; before the planned start Planung; then Umsetzung
    until the last milestone is reached (else the planned end), from then on Betrieb or Abgeschlossen as the
    projects delivery says; Eingestellt only in the last report, when the Board stopped it."""
    if project.phase in ("Idee", "Planung"):
        return project.phase
    if month < project.planned_start.replace(day=1):
        return "Planung"
    if month == last_month:
        return project.phase
    if project.phase in ("Betrieb", "Abgeschlossen"):
        finished = (_completion_date(plan) or project.planned_end).replace(day=1)
        return project.phase if month >= finished else "Umsetzung"
    return "Umsetzung"


def _completion_date(plan: MilestonePlan) -> dt.date | None:
    """When the last milestone (acceptance) was reached, if it was."""
    last_id = max((row[1] for row in plan.rows), key=lambda m: int(m[1:]), default=None)
    return next((row[6] for row in plan.rows if row[1] == last_id and row[6] is not None), None)


@dataclass
class Assessment:
    """One assessor's statuses of one project: levels (0 green, 1 yellow, 2 red) per report month."""

    project: Project
    plan: MilestonePlan
    assessor: str
    months: list[dt.date]
    levels: np.ndarray  # shape (len(months), 5): overall, schedule, budget, scope, risks
    slips: list[int]  # delay of the open milestones in each month, days


def _assessments(project: Project, plan: MilestonePlan, rng) -> list[Assessment]:
    months = plan.report_months
    slips = [plan.slip_days[plan.months.index(m)] for m in months]
    department = _story_levels(project, len(months), rng)
    staff = department.copy()
    slip_arr = np.array(slips)
    slip_level = np.select([slip_arr > 150, slip_arr > 45], [2, 1], 0)
    # stricter by at most one step: red from slips only where the department already sees yellow
    staff[:, 0] = np.maximum(staff[:, 0], np.minimum(slip_level, staff[:, 0] + 1))
    raters = [("Fachbereich", department, _overall(department, strict=False))]
    if project.stabsstelle_cadence:
        raters.append(("Stabsstelle", staff, _overall(staff, strict=True)))
    result = []
    for assessor, levels, overall in raters:
        keep = [
            i
            for i, month in enumerate(months)
            if not (assessor == "Stabsstelle" and project.stabsstelle_cadence == "quarterly" and month.month % 3)
        ]
        table = np.column_stack([overall, levels])[keep]
        result.append(Assessment(project, plan, assessor, [months[i] for i in keep], table, [slips[i] for i in keep]))
    return result


def all_assessments(plans: dict[str, MilestonePlan], settings: DemoSettings) -> list[Assessment]:
    """Every project's statuses by the department and, where it rates, the Stabsstelle."""
    rng = settings.rng("status_reports")
    return [a for plan in plans.values() for a in _assessments(plan.project, plan, rng)]


def _furthest_behind(plan: MilestonePlan) -> dict[dt.date, tuple[str, int]]:
    """Per report month, the open milestone furthest behind its baseline (name, days), where one is behind."""
    behind: dict[dt.date, tuple[str, int]] = {}
    for _, _, name, month, baseline, forecast, actual in plan.rows:
        days = (forecast - baseline).days
        if actual is None and days > 0 and days > behind.get(month, ("", 0))[1]:
            behind[month] = (name, days)
    return behind


def _rows(assessment: Assessment, risks: list[list[object]], rng) -> list[list[object]]:
    project, plan, months = assessment.project, assessment.plan, assessment.months
    report_months = plan.report_months
    board_month = report_months[-1] if project.story != "worsening" else report_months[max(len(report_months) - 2, 0)]
    behind = _furthest_behind(plan)
    writer = ReasonWriter(assessment.assessor, risks, rng)
    rows = []
    for month, levels, slip in zip(months, assessment.levels.tolist(), assessment.slips, strict=True):
        needs_board = (
            assessment.assessor == "Fachbereich"
            and project.project_id in BOARD_QUESTIONS
            and month == board_month
            and levels[0] >= 1
        )
        rows.append(
            [
                project.project_id,
                month,
                assessment.assessor,
                *(LEVEL_TEXT[v] for v in levels),
                _percent_complete(project, plan, month, slip),
                writer.write(month, levels, behind.get(month) if slip > 0 else None),
                "ja" if needs_board else "nein",
                BOARD_QUESTIONS[project.project_id] if needs_board else None,
                _phase(project, plan, month, report_months[-1]),
            ]
        )
    return rows


def all_reports(assessments: list[Assessment], risks: list[list[object]], settings: DemoSettings) -> list[list[object]]:
    """The status report rows of every assessment, their reasons naming the risks of the register."""
    rng = settings.rng("status_reasons")
    rows = []
    for assessment in assessments:
        project_risks = [r for r in risks if r[1] == assessment.project.project_id]
        rows.extend(_rows(assessment, project_risks, rng))
    rows.sort(key=lambda r: (r[1], r[0], r[2]))
    return rows
