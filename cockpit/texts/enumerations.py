"""Delivered enumerations in German and English: the one lookup for every value a contract lists as allowed
(etl/contracts.toml `enum`), so English mode reads English wherever a page, slide or export shows one.

The warehouse keeps the words as delivered (German); `word(kind, value, lang)` gives the viewer's word. Names
stay as they are: zones (I, I a, …), Dezernate I–VIII, the Stabsstelle (the office's name in both languages).
The older text keys (overview_phase_Idee, budget_source_Land, …) are made here from the same table.
"""

from common import formats

WORDS: dict[str, dict[str, str]] = {  # kind -> {delivered German word: English word}
    "status": {"grün": "green", "gelb": "amber", "rot": "red"},
    "phase": {
        "Idee": "Idea",
        "Planung": "Planning",
        "Umsetzung": "Implementation",
        "Betrieb": "Operation",
        "Abgeschlossen": "Completed",
        "Eingestellt": "Cancelled",
    },
    "priority": {"hoch": "high", "mittel": "medium", "niedrig": "low"},
    "assessed_by": {"Fachbereich": "Department", "Stabsstelle": "Stabsstelle"},
    "risk_status": {
        "offen": "open",
        "in Bearbeitung": "in progress",
        "eingetreten": "occurred",
        "geschlossen": "closed",
    },
    "budget_type": {"investiv": "investment", "konsumtiv": "running costs"},
    "funding_source": {"Eigenmittel": "Own funds", "Bund": "Federal", "Land": "State (Land)", "EU": "EU"},
    "cadence": {"täglich": "daily", "monatlich": "monthly", "quartalsweise": "quarterly", "jährlich": "yearly"},
    "direction": {"höher ist besser": "higher is better", "niedriger ist besser": "lower is better"},
    "channel": {"App": "App", "SMS": "SMS", "Anruf": "Call"},
    "facility_type": {"Krankenhaus": "Hospital", "Leitstelle": "Control centre"},
    "dezernat": {"Gesellschaft": "Company"},
    "computed_from": {  # what the cockpit computes a KPI from (docs/metrics.md)
        "Anteil Handyparken": "Share paid by phone",
        "Digitale Parkscheine": "Digital parking tickets",
        "IVENA-Krankenhäuser": "IVENA hospitals",
    },
    "field": {  # as etl/seeds/fields_of_action.csv (field;field_en), tests/test_words_and_enums.py holds them equal
        "E-Government": "E-government",
        "Infrastruktur": "Infrastructure",
        "Soziales": "Social affairs",
        "Umwelt": "Environment",
        "Industrie und Wirtschaft 4.0": "Industry and economy 4.0",
        "Digitale Bildung": "Digital education",
        "Kommunikation und Bürgerdialog": "Communication and citizen dialogue",
        "Smart Living": "Smart living",
    },
}

# Text keys of the same words that pages used before this table: prefix + delivered word.
KEY_PREFIXES = {
    "phase": ("overview_phase_",),
    "priority": ("projects_priority_",),
    "assessed_by": ("projects_assessor_", "overview_assessor_"),
    "budget_type": ("budget_type_",),
    "funding_source": ("budget_source_",),
    "facility_type": ("emergency_type_",),
    "channel": ("parking_channel_",),
}


def word(kind: str, value, lang: str) -> str:
    """A delivered value of an enumeration (a key of WORDS) in the viewer's language ('Umsetzung' ->
    'Implementation'); a value the table does not know as delivered, a missing one as it is."""
    if formats.is_missing(value):
        return value
    return WORDS[kind].get(value, value) if lang == "en" else value


def words(kind: str, values, lang: str) -> list[str]:
    return [word(kind, value, lang) for value in values]


TEXTS = {
    f"{prefix}{german}": (german, english)
    for kind, prefixes in KEY_PREFIXES.items()
    for prefix in prefixes
    for german, english in WORDS[kind].items()
}
