"""Risk register: two to four risks per active project; worsening and red projects get a recent high risk
(probability x impact >= 15) identified within the last two months."""

import datetime as dt

from etl.demo.catalogue import PROJECTS
from etl.demo.common import DemoSettings

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
HIGH_RISK_STORIES = ("worsening", "red_now")
RISK_STATUSES = ["offen", "in Bearbeitung", "eingetreten", "geschlossen"]


def risk_rows(settings: DemoSettings) -> list[list[object]]:
    rng = settings.rng("risks")
    rows: list[list[object]] = []
    for project in PROJECTS:
        if not project.is_active:
            continue
        first_day = max(project.planned_start - dt.timedelta(days=60), dt.date(2020, 1, 1))
        span = max((settings.yesterday - first_day).days, 1)
        count = int(rng.integers(2, 5))
        picks = rng.choice(len(RISK_TEMPLATES), count + 1, replace=False)
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
        if project.story in HIGH_RISK_STORIES:
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
