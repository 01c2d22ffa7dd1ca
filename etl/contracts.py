"""Delivery contracts, read once from contracts.toml."""

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

CONTRACTS_PATH = Path(__file__).with_name("contracts.toml")
COLUMN_TYPES = {"text", "int", "decimal", "date", "month", "timestamp", "bool"}
TYPE_EXPECTATIONS = {
    "int": "eine ganze Zahl, z. B. 1.234",
    "decimal": "eine Zahl mit Dezimalkomma, z. B. 1.234,50",
    "date": "ein Datum TT.MM.JJJJ, z. B. 31.10.2026",
    "month": "ein Monat MM.JJJJ, z. B. 10.2026",
    "timestamp": "Datum und Uhrzeit TT.MM.JJJJ hh:mm, z. B. 31.10.2026 14:05",
    "bool": "ja oder nein",
    "text": "ein Text",
}


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    type: str
    required: bool = False
    enum: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    references: str | None = None
    list: bool = False
    personal: str | None = None
    description: str = ""
    optional: bool = False  # a file may leave the column out (added to the template later): then it is empty

    @property
    def stored_name(self) -> str:
        """Name in the warehouse: a pseudonymised column never keeps its original name."""
        return "vehicle_key" if self.personal == "pseudonymise" else self.name


@dataclass(frozen=True)
class Contract:
    name: str
    label: str
    description: str
    mode: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    checks: tuple[dict, ...] = field(default=())
    freshness: str | None = None

    @property
    def is_strict(self) -> bool:
        return self.mode == "strict"

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def labels(self) -> dict[str, Column]:
        return {c.label: c for c in self.columns}


def _column(raw: dict) -> Column:
    raw = dict(raw)
    raw["enum"] = tuple(raw.get("enum", ()))
    column = Column(**raw)
    if column.type not in COLUMN_TYPES:
        raise ValueError(f"contracts.toml: column {column.name} has unknown type {column.type}")
    if column.optional and (column.personal or column.required):
        raise ValueError(f"contracts.toml: column {column.name} cannot be optional and personal or required")
    return column


@cache
def load_contracts() -> dict[str, Contract]:
    """All contracts by delivery name, in the order of contracts.toml."""
    data = tomllib.loads(CONTRACTS_PATH.read_text(encoding="utf-8"))
    return {
        name: Contract(
            name=name,
            label=spec["label"],
            description=spec["description"],
            mode=spec["mode"],
            key=tuple(spec["key"]),
            columns=tuple(_column(c) for c in spec["columns"]),
            checks=tuple(spec.get("checks", ())),
            freshness=spec.get("freshness"),
        )
        for name, spec in data.items()
    }
