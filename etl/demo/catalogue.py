"""The invented project portfolio of the demo (data in portfolio.toml), built around Braunschweig's flagships.

The three flagships (free WLAN, IVENA eHealth, Handyparken), the Open-Data-Portal, the dashboard
and the urban data platform follow DOMAIN.md; every other project, date and amount is invented.
'Smart Living' deliberately has no active project (one finished, one stopped), so the dashboard
can show an uncovered field of action.
"""

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Lead units: number as used in the data, name, Dezernat. Numbers 0100, 0120, 10, 20, 61 and 65
# are confirmed in council papers; 32, 37, 40, 41, 50, 51, 66, 68 and 0800 (our stand-in for the
# Stabsstelle Digitalisierung, Smart City) are invented, as are the Dezernat assignments I, V, VII, VIII.
LEAD_UNITS = {
    "0100": ("Referat 0100 Steuerungsdienst", "I"),
    "0120": ("Referat 0120 Stadtentwicklung und Statistik", "I"),
    "0800": ("Stabsstelle Digitalisierung, Smart City", "II"),
    "10": ("FB 10 Zentrale Dienste", "II"),
    "20": ("FB 20 Finanzen", "VII"),
    "32": ("FB 32 Bürgerservice, Öffentliche Sicherheit", "II"),
    "37": ("FB 37 Feuerwehr", "II"),
    "40": ("FB 40 Schule", "V"),
    "41": ("FB 41 Kultur und Wissenschaft", "V"),
    "50": ("FB 50 Soziales und Gesundheit", "V"),
    "51": ("FB 51 Kinder, Jugend und Familie", "V"),
    "61": ("FB 61 Stadtplanung und Geoinformation", "III"),
    "65": ("FB 65 Gebäudemanagement", "III"),
    "66": ("FB 66 Tiefbau und Verkehr", "III"),
    "68": ("FB 68 Umwelt", "VIII"),
    "BSE": ("BS|ENERGY", "Gesellschaft"),
    "BSVG": ("Braunschweiger Verkehrs-GmbH", "Gesellschaft"),
    "SKBS": ("Städtisches Klinikum Braunschweig gGmbH", "Gesellschaft"),
    "BSZ": ("Braunschweig Zukunft GmbH", "Gesellschaft"),
}

# Budget product per lead unit (invented numbers in the style of the Lower Saxony product plan).
BUDGET_PRODUCTS = {
    "0100": "1.11.1110",
    "0120": "1.11.1150",
    "0800": "1.11.1120",
    "10": "1.11.1120",
    "20": "1.11.1210",
    "32": "1.12.1220",
    "37": "1.12.1260",
    "40": "1.21.2110",
    "41": "1.25.2720",
    "50": "1.31.3110",
    "51": "1.36.3650",
    "61": "1.51.5110",
    "65": "1.11.1240",
    "66": "1.54.5410",
    "68": "1.56.5610",
    "BSE": "1.53.5330",
    "BSVG": "1.54.5470",
    "SKBS": "1.41.4110",
    "BSZ": "1.57.5710",
}

ACTIVE_PHASES = ("Planung", "Umsetzung", "Betrieb")


@dataclass(frozen=True)
class Project:
    project_id: str
    title: str
    summary: str
    lead_unit_id: str
    field_primary: str
    field_secondary: str | None
    phase: str
    planned_start: dt.date
    planned_end: dt.date
    priority: str
    is_flagship: bool
    partners: str
    funding_programme: str | None
    total_budget_eur: float
    story: str  # steady | recovering | worsening | red_now | stale | stopped: drives the status reports
    stabsstelle_cadence: str | None  # monthly | quarterly | None: when the Stabsstelle also rates
    slip: str  # none | minor | repeated | major: how milestone forecasts drift

    @property
    def lead_unit(self) -> str:
        return LEAD_UNITS[self.lead_unit_id][0]

    @property
    def dezernat(self) -> str:
        return LEAD_UNITS[self.lead_unit_id][1]

    @property
    def lead_role(self) -> str:
        unit = self.lead_unit_id
        return f"Projektleitung {'FB ' + unit if unit.isdigit() and len(unit) == 2 else self.lead_unit}"

    @property
    def is_active(self) -> bool:
        return self.phase in ACTIVE_PHASES


PORTFOLIO_PATH = Path(__file__).with_name("portfolio.toml")


@cache
def portfolio() -> dict:
    """The invented projects and KPI definitions, kept as data in portfolio.toml."""
    return tomllib.loads(PORTFOLIO_PATH.read_text(encoding="utf-8"))


def _project(raw: dict) -> Project:
    return Project(
        project_id=raw["project_id"],
        title=raw["title"],
        summary=raw["summary"],
        lead_unit_id=raw["lead_unit_id"],
        field_primary=raw["field_primary"],
        field_secondary=raw["field_secondary"] or None,
        phase=raw["phase"],
        planned_start=raw["planned_start"],
        planned_end=raw["planned_end"],
        priority=raw["priority"],
        is_flagship=raw["is_flagship"],
        partners=raw["partners"],
        funding_programme=raw["funding_programme"] or None,
        total_budget_eur=float(raw["total_budget_eur"]),
        story=raw["story"],
        stabsstelle_cadence=raw["stabsstelle"] or None,
        slip=raw["slip"],
    )


PROJECTS = [_project(raw) for raw in portfolio()["project"]]

# P-039 was stopped by the board: reports end here.
STOPPED_AT = {"P-039": dt.date(2024, 7, 1)}

PROJECTS_BY_ID = {p.project_id: p for p in PROJECTS}


def project_rows() -> list[list[object]]:
    """Typed rows for projects.xlsx, in contract column order."""
    return [
        [
            p.project_id,
            p.title,
            p.summary,
            p.lead_unit_id,
            p.lead_unit,
            p.dezernat,
            p.field_primary,
            p.field_secondary,
            p.phase,
            p.planned_start,
            p.planned_end,
            p.priority,
            "ja" if p.is_flagship else "nein",
            p.lead_role,
            p.partners,
            p.funding_programme,
            p.total_budget_eur,
        ]
        for p in PROJECTS
    ]
