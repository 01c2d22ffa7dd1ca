"""Monthly status reports: the department's self-assessment and, for some projects, the Stabsstelle's.

Stories (see catalogue.Project.story): steady projects have short yellow blips; recovering ones
go red for a few months in the middle and recover; worsening ones collect yellow dimensions over the
last months; red_now ones are red at the end; the stopped project deteriorates until the board stops it.
The Stabsstelle is stricter: one yellow dimension makes its overall status yellow, and milestone
slips (from milestones.py) turn its schedule status yellow or red.
Contract rule: a reason is written whenever any status differs from the previous report of the same
project and assessor.
"""

import datetime as dt

import numpy as np

from etl.demo.catalogue import Project
from etl.demo.common import DemoSettings
from etl.demo.milestones import MilestonePlan

DIMENSIONS = ["schedule", "budget", "scope", "risks"]
LEVEL_TEXT = ["grün", "gelb", "rot"]
DIMENSION_TEXT = {
    "overall": "Gesamt",
    "schedule": "Termine",
    "budget": "Budget",
    "scope": "Umfang/Qualität",
    "risks": "Risiken",
}
WORSE_CAUSES = {
    "schedule": [
        "Lieferverzug beim Auftragnehmer",
        "Vergabeverfahren verzögert sich",
        "Personalengpass im Projektteam",
        "Abstimmung mit dem Datenschutz dauert länger",
    ],
    "budget": [
        "Preissteigerungen bei Hardware",
        "Nachtragsangebot des Auftragnehmers",
        "Mehraufwand für Schnittstellen",
    ],
    "scope": [
        "Anforderungen der Fachbereiche erweitert",
        "Qualitätsmängel bei der Abnahme",
        "Funktionsumfang reduziert",
    ],
    "risks": ["neues Risiko erfasst", "Förderfrist gefährdet", "Abhängigkeit von einem Anbieter gestiegen"],
}
BETTER_CAUSES = [
    "Maßnahmen greifen",
    "Verzug aufgeholt",
    "Nachtrag genehmigt",
    "Risiko entschärft",
    "Lieferung eingetroffen",
]
ROUTINE_COMMENTS = ["Planmäßiger Fortschritt.", "Keine besonderen Vorkommnisse.", "Arbeiten laufen nach Plan.", ""]
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


def _completion_date(plan: MilestonePlan) -> dt.date | None:
    """When the last milestone (acceptance) was reached, if it was."""
    last_id = max((row[1] for row in plan.rows), key=lambda m: int(m[1:]), default=None)
    return next((row[6] for row in plan.rows if row[1] == last_id and row[6] is not None), None)


def _reason(previous: list[str] | None, current: list[str], assessor: str, slip: int, rng) -> str:
    if previous is None:
        return "Erster Statusbericht." if assessor == "Fachbereich" else "Erste Bewertung durch die Stabsstelle."
    changes = []
    for name, before, after in zip(["overall", *DIMENSIONS], previous, current, strict=True):
        if before == after:
            continue
        worse = LEVEL_TEXT.index(after) > LEVEL_TEXT.index(before)
        if name == "overall":
            changes.append(f"{DIMENSION_TEXT[name]} von {before} auf {after}")
            continue
        if worse:
            cause = str(rng.choice(WORSE_CAUSES[name]))
        else:
            cause = str(rng.choice(BETTER_CAUSES))
        if assessor == "Stabsstelle" and name == "schedule" and slip > 0:
            cause = f"Meilensteine {slip} Tage hinter Basisplan"
        changes.append(f"{DIMENSION_TEXT[name]} von {before} auf {after}: {cause}")
    if changes:
        return "; ".join(changes) + "."
    return str(rng.choice(ROUTINE_COMMENTS))


def project_reports(project: Project, plan: MilestonePlan, settings: DemoSettings, rng) -> list[list[object]]:
    months = plan.report_months
    slips = [plan.slip_days[plan.months.index(m)] for m in months]
    department = _story_levels(project, len(months), rng)
    staff = department.copy()
    slip_arr = np.array(slips)
    slip_level = np.select([slip_arr > 150, slip_arr > 45], [2, 1], 0)
    # stricter by at most one step: red from slips only where the department already sees yellow
    staff[:, 0] = np.maximum(staff[:, 0], np.minimum(slip_level, staff[:, 0] + 1))
    assessors = [("Fachbereich", department, _overall(department, strict=False))]
    if project.stabsstelle_cadence:
        assessors.append(("Stabsstelle", staff, _overall(staff, strict=True)))
    rows = []
    board_month = months[-1] if project.story != "worsening" else months[max(len(months) - 2, 0)]
    for assessor, levels, overall in assessors:
        previous = None
        for i, month in enumerate(months):
            if assessor == "Stabsstelle" and project.stabsstelle_cadence == "quarterly" and month.month % 3:
                continue
            current = [LEVEL_TEXT[overall[i]], *(LEVEL_TEXT[v] for v in levels[i])]
            needs_board = (
                assessor == "Fachbereich"
                and project.project_id in BOARD_QUESTIONS
                and month == board_month
                and overall[i] >= 1
            )
            rows.append(
                [
                    project.project_id,
                    month,
                    assessor,
                    *current,
                    _percent_complete(project, plan, month, slips[i]),
                    _reason(previous, current, assessor, slips[i], rng),
                    "ja" if needs_board else "nein",
                    BOARD_QUESTIONS[project.project_id] if needs_board else None,
                ]
            )
            previous = current
    return rows


def all_reports(plans: dict[str, MilestonePlan], settings: DemoSettings) -> list[list[object]]:
    rng = settings.rng("status_reports")
    rows = []
    for plan in plans.values():
        rows.extend(project_reports(plan.project, plan, settings, rng))
    rows.sort(key=lambda r: (r[1], r[0], r[2]))
    return rows
