"""The reasons of the demo's status reports: each names the problem behind every dimension that is not green.

A dimension that turns yellow or red gets a cause from its pool for that colour (Termine, Budget,
Umfang/Qualität, Risiken), kept while the dimension stays non-green, so a problem reads the same
from month to month ("Termine gelb seit 03.2026: Vergabeverfahren verzögert sich") and a measure
from the dimension's pool follows. A red Risiken dimension names the high risk of the register
behind it; the Stabsstelle's schedule names the open milestone furthest behind its baseline. Only a
report that is green in all five statuses and unchanged gets a short neutral text. Choices come from
their own random stream, so the statuses do not depend on the wording.
"""

import datetime as dt

import numpy as np

from etl.demo.common import add_months, month_text

DIMENSIONS = ["schedule", "budget", "scope", "risks"]
LEVEL_TEXT = ["grün", "gelb", "rot"]
DIMENSION_TEXT = {
    "overall": "Gesamt",
    "schedule": "Termine",
    "budget": "Budget",
    "scope": "Umfang/Qualität",
    "risks": "Risiken",
}
CAUSES = {  # (dimension, level): what went wrong
    ("schedule", 1): [
        "Lieferverzug beim Auftragnehmer",
        "Vergabeverfahren verzögert sich",
        "Personalengpass im Projektteam",
        "Abstimmung mit dem Datenschutz dauert länger",
        "Zulieferung eines Partners fehlt",
        "Testphase dauert länger als geplant",
    ],
    ("schedule", 2): [
        "Meilenstein um mehrere Monate verfehlt",
        "Auftragnehmer kann den Liefertermin nicht halten",
        "Vergabe gescheitert, Neuausschreibung nötig",
        "Pilotbetrieb musste unterbrochen werden",
    ],
    ("budget", 1): [
        "Preissteigerungen bei Hardware",
        "Nachtragsangebot des Auftragnehmers",
        "Mehraufwand für Schnittstellen",
        "Personalkosten höher als geplant",
    ],
    ("budget", 2): [
        "Mehrkosten über 10 % des Ansatzes",
        "Nachtrag übersteigt den verfügbaren Ansatz",
        "Ausschreibungsergebnis deutlich über der Kostenschätzung",
    ],
    ("scope", 1): [
        "Anforderungen der Fachbereiche erweitert",
        "Qualitätsmängel bei der Abnahme",
        "Funktionsumfang reduziert",
        "Schnittstelle zum Fachverfahren nur teilweise umgesetzt",
    ],
    ("scope", 2): [
        "Abnahme wegen schwerer Mängel verweigert",
        "Kernfunktionen im Betrieb nicht nutzbar",
        "Nutzung bleibt weit hinter der Erwartung zurück",
    ],
    ("risks", 1): [
        "Förderfrist gefährdet",
        "Abhängigkeit von einem Anbieter gestiegen",
        "Datenschutz-Folgenabschätzung noch offen",
        "Ausfall einer Schlüsselperson im Projektteam droht",
    ],
    ("risks", 2): [  # used only where the register has no high risk to name
        "mehrere Risiken gleichzeitig akut",
    ],
}
RECOVERIES = {  # dimension: what made it better
    "schedule": ["Verzug aufgeholt", "Lieferung eingetroffen", "Zeitplan mit dem Auftragnehmer neu vereinbart"],
    "budget": ["Nachtrag genehmigt", "Mehrkosten durch Einsparungen gedeckt", "Kostenschätzung bestätigt"],
    "scope": ["Mängel behoben", "Abnahme nachgeholt", "Umfang mit den Fachbereichen abgestimmt"],
    "risks": ["Risiko entschärft", "Maßnahmen greifen", "Förderfrist verlängert"],
}
MEASURES = {  # dimension: what is being done while it is not green
    "schedule": [
        "Zeitplan wird mit dem Auftragnehmer neu abgestimmt",
        "zusätzliche Kapazität beauftragt",
        "wöchentliche Terminrunde eingerichtet",
    ],
    "budget": [
        "Einsparungen im Umfang werden geprüft",
        "Nachtragsverhandlung läuft",
        "Mittelumschichtung beantragt",
    ],
    "scope": [
        "Nachbesserung beauftragt",
        "Anforderungen werden mit den Fachbereichen priorisiert",
        "zusätzliche Testrunde angesetzt",
    ],
    "risks": [
        "Maßnahmen laut Risikoregister laufen",
        "Eskalation an die Dezernatsleitung",
        "Risiko wird monatlich im Lenkungskreis verfolgt",
    ],
}
NEUTRAL_TEXTS = ["Planmäßiger Fortschritt.", "Keine besonderen Vorkommnisse.", "Arbeiten laufen nach Plan.", ""]
FIRST_REPORT = {"Fachbereich": "Erster Statusbericht", "Stabsstelle": "Erste Bewertung durch die Stabsstelle"}
HIGH_RISK_SCORE = 12  # the cockpit's HIGH_RISK_SCORE: from this score (probability x impact) a risk is high
MEDIUM_RISK_SCORE = 6


def _risk_named(risks: list[list[object]], month: dt.date, lowest_score: int) -> str | None:
    """The project's highest risk known by the end of the month, from lowest_score on, as 'text (R-012, 20)'."""
    month_end = add_months(month, 1) - dt.timedelta(days=1)
    known = [r for r in risks if r[8] <= month_end and r[3] * r[4] >= lowest_score]
    if not known:
        return None
    risk_id, _, text, probability, impact, *_ = max(known, key=lambda r: (r[3] * r[4], r[8]))
    return f"{text} ({risk_id}, Risikowert {probability * impact})"


class ReasonWriter:
    """Writes the reasons of one project's reports by one assessor, month after month."""

    def __init__(self, assessor: str, risks: list[list[object]], rng: np.random.Generator):
        self.assessor, self.risks, self.rng = assessor, risks, rng
        self.previous: list[int] | None = None
        self.issues: dict[str, tuple[str, dt.date]] = {}  # dimension: (cause, month it began)

    def _pick(self, pool: list[str]) -> str:
        return pool[int(self.rng.integers(len(pool)))]

    def _cause(self, name: str, level: int, month: dt.date, slip: tuple[str, int] | None) -> str:
        if name == "risks":
            named = _risk_named(self.risks, month, HIGH_RISK_SCORE if level == 2 else MEDIUM_RISK_SCORE)
            if named is not None:
                return named
        if name == "schedule" and self.assessor == "Stabsstelle" and slip is not None:
            return f"Meilenstein „{slip[0]}“ {slip[1]} Tage hinter Basisplan"
        return self._pick(CAUSES[(name, level)])

    def write(self, month: dt.date, levels: list[int], slip: tuple[str, int] | None) -> str:
        """The reason for one report: levels are overall and the four dimensions (0 green, 1 yellow, 2 red)."""
        previous, self.previous = self.previous, levels
        clauses, worst = [], None
        if previous is None:
            clauses.append(FIRST_REPORT[self.assessor])
        elif previous[0] != levels[0]:
            clauses.append(f"Gesamt von {LEVEL_TEXT[previous[0]]} auf {LEVEL_TEXT[levels[0]]}")
        for index, name in enumerate(DIMENSIONS, start=1):
            before, after = (None if previous is None else previous[index]), levels[index]
            label = DIMENSION_TEXT[name]
            if after == 0:
                self.issues.pop(name, None)
                if before:
                    clauses.append(f"{label} von {LEVEL_TEXT[before]} auf grün: {self._pick(RECOVERIES[name])}")
                continue
            if worst is None or after > levels[DIMENSIONS.index(worst) + 1]:
                worst = name
            if before is None or after > before or name not in self.issues:
                self.issues[name] = (self._cause(name, after, month, slip), month)
            elif name == "schedule" and self.assessor == "Stabsstelle" and slip is not None:
                self.issues[name] = (self._cause(name, after, month, slip), self.issues[name][1])
            cause, since = self.issues[name]
            if before is None or before == after:
                since_text = f" seit {month_text(since)}" if since < month else ""
                clauses.append(f"{label} {LEVEL_TEXT[after]}{since_text}: {cause}")
            elif after > before:
                clauses.append(f"{label} von {LEVEL_TEXT[before]} auf {LEVEL_TEXT[after]}: {cause}")
            else:
                recovery = self._pick(RECOVERIES[name])
                clauses.append(f"{label} von {LEVEL_TEXT[before]} auf {LEVEL_TEXT[after]} ({recovery}), offen: {cause}")
        if worst is not None and len(clauses) <= 2:  # a measure where it does not make the reason too long
            clauses.append(self._pick(MEASURES[worst]))
        if not clauses:
            return self._pick(NEUTRAL_TEXTS)
        text = "; ".join(clauses)
        return text[0].upper() + text[1:] + "."
