"""Risk register: two to four risks per active project, and a register that fits the status reports.

Every stretch of months in which a project's Risiken status is red gets a high risk (probability x
impact >= 12, the cockpit's HIGH_RISK_SCORE) identified in its first red month: still open while the
project is red in its latest report ('eingetreten' for the stopped project, whose users stayed away),
closed once it recovered. Worsening projects get a recent high risk identified within the last two months.
"""

import datetime as dt

from etl.demo.catalogue import PROJECTS, Project
from etl.demo.common import DemoSettings, add_months
from etl.demo.reasons import HIGH_RISK_SCORE
from etl.demo.status_reports import Assessment

RISK_TEMPLATES = [
    (
        "Lieferverzug bei Hardware und Komponenten",
        "Rahmenvertrag mit zweitem Lieferanten; Puffer im Zeitplan",
        "Projektleitung",
    ),
    (
        "Fachkräftemangel in der IT",
        "Unterstützung durch externen Dienstleister; Priorisierung im Portfolio",
        "Projektleitung",
    ),
    (
        "Förderfrist kann nicht eingehalten werden",
        "Frühzeitiger Verlängerungsantrag beim Fördermittelgeber",
        "Fördermittelmanagement FB 20",
    ),
    (
        "Datenschutzrechtliche Bedenken verzögern den Start",
        "Datenschutz-Folgenabschätzung früh abstimmen",
        "Datenschutzbeauftragte Stelle",
    ),
    (
        "Schnittstelle zum Fachverfahren nicht verfügbar",
        "Übergangslösung mit Dateiexport vereinbaren",
        "IT-Architektur FB 10",
    ),
    (
        "Geringe Akzeptanz bei Bürgerinnen und Bürgern",
        "Kommunikationskampagne und Testgruppen",
        "Stabsstelle Digitalisierung, Smart City",
    ),
    (
        "Kostensteigerung über den Ansatz hinaus",
        "Monatliches Budgetcontrolling; Reduktion des Umfangs prüfen",
        "Projektleitung",
    ),
    (
        "Abhängigkeit von einem einzelnen Anbieter",
        "Offene Standards und Datenexport vertraglich sichern",
        "IT-Architektur FB 10",
    ),
    (
        "IT-Sicherheitsvorfall im Betrieb",
        "Penetrationstest vor Inbetriebnahme; Notfallplan",
        "Informationssicherheitsbeauftragte Stelle",
    ),
    (
        "Vergabeverfahren wird angefochten",
        "Vergabe rechtlich prüfen lassen; Zeitpuffer einplanen",
        "Zentrale Vergabestelle",
    ),
    ("Betriebskosten nach Förderende ungeklärt", "Folgekosten im Haushalt 2027/2028 anmelden", "Projektleitung"),
    (
        "Bauarbeiten im Straßenraum verzögern die Montage",
        "Abstimmung mit der Baustellenkoordination",
        "FB 66 Tiefbau und Verkehr",
    ),
]
RECENT_HIGH_RISK_STORIES = ("worsening",)
RISK_STATUSES = ["offen", "in Bearbeitung", "eingetreten", "geschlossen"]
LOW_USE_RISK = 5  # "Geringe Akzeptanz bei Bürgerinnen und Bürgern": what stopped the stopped project


def red_risk_spells(assessments: list[Assessment]) -> dict[str, list[tuple[dt.date, bool]]]:
    """Per project, each stretch of months with a red Risiken status by any assessor: (first month, lasts
    until the project's latest report)."""
    spells: dict[str, list[tuple[dt.date, bool]]] = {}
    for project_id in dict.fromkeys(a.project.project_id for a in assessments):
        mine = [a for a in assessments if a.project.project_id == project_id]
        months = sorted({m for a in mine for m in a.months})
        red = {m for a in mine for m, levels in zip(a.months, a.levels, strict=True) if levels[4] == 2}
        for i, month in enumerate(months):
            if month in red and (i == 0 or months[i - 1] not in red):
                lasts = all(m in red for m in months[i:])
                spells.setdefault(project_id, []).append((month, lasts))
    return spells


def _spell_risks(project: Project, spells, templates: list[int], settings: DemoSettings, rng) -> list[list[object]]:
    """A high risk for each red Risiken stretch, identified within its first month (never after yesterday)."""
    rows = []
    for (first_month, lasts), template_index in zip(spells, templates, strict=False):
        risk, mitigation, owner = RISK_TEMPLATES[template_index]
        month_days = (add_months(first_month, 1) - first_month).days
        identified = min(first_month + dt.timedelta(days=int(rng.integers(0, month_days))), settings.yesterday)
        probability = int(rng.integers(3, 6))
        impact = int(rng.integers(max(4, -(-HIGH_RISK_SCORE // probability)), 6))
        if not lasts:
            status = "geschlossen"
        elif project.story == "stopped":
            status = "eingetreten"
        else:
            status = str(rng.choice(["offen", "in Bearbeitung"]))
        owner = owner if owner != "Projektleitung" else project.lead_role
        rows.append([project.project_id, risk, probability, impact, status, mitigation, owner, identified])
    return rows


def risk_rows(settings: DemoSettings, assessments: list[Assessment]) -> list[list[object]]:
    rng = settings.rng("risks")
    spells = red_risk_spells(assessments)
    rows: list[list[object]] = []
    for project in PROJECTS:
        project_spells = spells.get(project.project_id, [])
        if not project.is_active:
            templates = [LOW_USE_RISK if project.story == "stopped" else 0] * len(project_spells)
            rows.extend(_spell_risks(project, project_spells, templates, settings, rng))
            continue
        first_day = max(project.planned_start - dt.timedelta(days=60), dt.date(2020, 1, 1))
        span = max((settings.yesterday - first_day).days, 1)
        count = int(rng.integers(2, 5))
        picks = rng.choice(len(RISK_TEMPLATES), count + 1 + len(project_spells), replace=False)
        for template_index in picks[:count]:
            risk, mitigation, owner = RISK_TEMPLATES[template_index]
            identified = first_day + dt.timedelta(days=int(rng.integers(0, span)))
            age_days = (settings.today - identified).days
            if age_days > 540:
                status = str(rng.choice(RISK_STATUSES, p=[0.15, 0.25, 0.15, 0.45]))
            else:
                status = str(rng.choice(RISK_STATUSES, p=[0.45, 0.4, 0.05, 0.1]))
            probability, impact = int(rng.integers(1, 5)), int(rng.integers(1, 5))
            rows.append(
                [
                    project.project_id,
                    risk,
                    probability,
                    impact,
                    status,
                    mitigation,
                    owner if owner != "Projektleitung" else project.lead_role,
                    identified,
                ]
            )
        rows.extend(_spell_risks(project, project_spells, picks[count + 1 :], settings, rng))
        if project.story in RECENT_HIGH_RISK_STORIES:
            risk, mitigation, owner = RISK_TEMPLATES[picks[count]]
            identified = settings.today - dt.timedelta(days=int(rng.integers(5, 60)))
            rows.append(
                [
                    project.project_id,
                    risk,
                    int(rng.integers(4, 6)),
                    int(rng.integers(4, 6)),
                    "offen",
                    mitigation,
                    owner if owner != "Projektleitung" else project.lead_role,
                    identified,
                ]
            )
    return [[f"R-{i:03d}", *row] for i, row in enumerate(rows, start=1)]
