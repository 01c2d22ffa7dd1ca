"""Findings: everything wrong with a delivery, each naming file, row, column, value and expectation."""

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    row: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}, Zeile {self.row}" if self.row else self.file
        if self.column:
            where += f', Spalte "{self.column}"'
        return f"{where}: {self.message}"


class LoadRejected(Exception):
    """A strict delivery had findings: nothing was written to the warehouse."""

    def __init__(self, findings: list[Finding]):
        self.findings = sorted(findings)
        super().__init__(f"{len(self.findings)} Befund(e); Lager unverändert")


class LoadAlreadyRunning(Exception):
    """Another load holds the warehouse lock."""
