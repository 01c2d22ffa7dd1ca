"""Nothing lost silently, nothing hangs: every delivered row is reconciled, and limits refuse hostile files."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from common.settings import PROJECT_ROOT
from etl.contracts import load_contracts
from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, write_delivery

HUGE_FIELD = 33 * 1024 * 1024  # beyond DuckDB's max_line_size


def _status_reports_with_reason(deliveries: Path, reason: str) -> None:
    rows = [dict(row) for row in FIXTURE["status_reports"]]
    rows[-1]["reason"] = reason
    write_delivery(deliveries, "status_reports", rows, encoding="utf-8")


def _cli_load(deliveries: Path, db: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", "load", "--source", str(deliveries), "--db", str(db)]
        + ["--delivery-date", "26.11.2026"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env},
    )


def test_a_33_mb_last_line_that_duckdb_skips_refuses_the_load_with_the_counts(warehouse, deliveries):
    before = file_digest(warehouse)
    _status_reports_with_reason(deliveries, "x" * HUGE_FIELD)
    # the field limit raised above the line, so the file goes to DuckDB as it is: the reconciliation catches the loss
    run = _cli_load(deliveries, warehouse, {"COCKPIT_MAX_FIELD_CHARS": str(2 * HUGE_FIELD)})
    assert run.returncode == 1, run.stdout + run.stderr
    assert (
        "status_reports.csv: 3 Zeilen gelesen, 2 geladen – 1 Zeile(n) fehlen; "
        "erwartet: jede gelieferte Zeile geladen oder begründet abgelehnt"
    ) in run.stdout + run.stderr
    assert file_digest(warehouse) == before


def test_a_33_mb_field_is_refused_by_the_field_limit_naming_file_row_and_column(warehouse, deliveries):
    before = file_digest(warehouse)
    _status_reports_with_reason(deliveries, "x" * HUGE_FIELD)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE)
    assert [str(f) for f in rejected.value.findings] == [
        f'status_reports.csv, Zeile 4, Spalte "Begründung": Grenze überschritten: Zeichen je Feld {HUGE_FIELD}, '
        "erlaubt höchstens 100000 (COCKPIT_MAX_FIELD_CHARS); erwartet: eine kleinere Lieferung"
    ]
    assert file_digest(warehouse) == before


def test_the_field_limit_is_set_by_its_environment_variable(monkeypatch, warehouse, deliveries):
    monkeypatch.setenv("COCKPIT_MAX_FIELD_CHARS", "200")
    _status_reports_with_reason(deliveries, "Verzögerung " * 25)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE)
    assert [str(f) for f in rejected.value.findings] == [
        'status_reports.csv, Zeile 4, Spalte "Begründung": Grenze überschritten: Zeichen je Feld 300, '
        "erlaubt höchstens 200 (COCKPIT_MAX_FIELD_CHARS); erwartet: eine kleinere Lieferung"
    ]


def _status_reports_xlsx(deliveries: Path, name: str = "status_reports.xlsx") -> Path:
    contract = load_contracts()["status_reports"]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([c.label for c in contract.columns])
    for row in FIXTURE["status_reports"]:
        sheet.append([row.get(c.name, "") for c in contract.columns])
    (deliveries / "status_reports.csv").unlink(missing_ok=True)
    workbook.save(deliveries / name)
    return deliveries / name


def test_a_file_that_reads_too_long_is_refused_instead_of_holding_the_load(monkeypatch, warehouse, deliveries):
    monkeypatch.setenv("COCKPIT_MAX_SECONDS_PER_FILE", "0")
    _status_reports_xlsx(deliveries)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE)
    [finding] = rejected.value.findings
    assert finding.file == "status_reports.xlsx"
    assert "Grenze überschritten: Sekunden Lesezeit je Datei" in finding.message
    assert "(COCKPIT_MAX_SECONDS_PER_FILE)" in finding.message


def _xlsx_bomb(deliveries: Path) -> Path:
    """The status reports as a valid .xlsx whose sheet XML carries 64 MB of blanks in a comment (about 1000:1)."""
    plain = _status_reports_xlsx(deliveries, "plain.xlsx")
    bomb = deliveries / "status_reports.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                declaration, _, rest = data.partition(b"?>")
                data = declaration + b"?><!--" + b" " * (64 * 1024 * 1024) + b"-->" + rest
            target.writestr(info.filename, data)
    plain.unlink()
    return bomb


def test_an_xlsx_that_expands_hugely_is_refused_before_it_is_parsed(warehouse, deliveries):
    before = file_digest(warehouse)
    bomb = _xlsx_bomb(deliveries)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE)
    [finding] = rejected.value.findings
    assert finding.file == "status_reports.xlsx"
    assert "Grenze überschritten: Verhältnis entpackt zu gepackt eines .xlsx-Blatts" in finding.message
    assert "erlaubt höchstens 100 (COCKPIT_MAX_XLSX_RATIO)" in finding.message
    assert file_digest(warehouse) == before


def test_a_file_beyond_the_size_limit_is_refused_by_name(monkeypatch, warehouse, deliveries):
    monkeypatch.setenv("COCKPIT_MAX_FILE_BYTES", "1000")
    _status_reports_with_reason(deliveries, "x" * 2000)
    with pytest.raises(LoadRejected) as rejected:
        load(deliveries, warehouse, FIXTURE_DATE)
    assert [f.file for f in rejected.value.findings] == ["status_reports.csv"]
    assert "Dateigröße in Bytes" in rejected.value.findings[0].message


def _four_status_reports(deliveries: Path, as_xlsx: bool) -> None:
    """Status reports one row over a limit of three (the largest fixture file has three rows)."""
    rows = [*FIXTURE["status_reports"], FIXTURE["status_reports"][-1]]  # read, never validated: refused first
    write_delivery(deliveries, "status_reports", rows, encoding="utf-8")
    if as_xlsx:
        contract = load_contracts()["status_reports"]
        workbook = openpyxl.Workbook()
        workbook.active.append([c.label for c in contract.columns])
        for row in rows:
            workbook.active.append([row.get(c.name, "") for c in contract.columns])
        (deliveries / "status_reports.csv").unlink()
        workbook.save(deliveries / "status_reports.xlsx")


@pytest.mark.parametrize(
    ("variable", "as_xlsx", "expected"),
    [
        (
            "COCKPIT_MAX_ROWS",
            False,
            "status_reports.csv: Grenze überschritten: Zeilen je Datei mehr als 3, erlaubt höchstens 3 "
            "(COCKPIT_MAX_ROWS); erwartet: eine kleinere Lieferung",
        ),
        (
            "COCKPIT_MAX_XLSX_ROWS",
            True,
            "status_reports.xlsx, Zeile 5: Grenze überschritten: Zeilen je .xlsx-Blatt mehr als 3, "
            "erlaubt höchstens 3 (COCKPIT_MAX_XLSX_ROWS); erwartet: eine kleinere Lieferung",
        ),
    ],
)
def test_a_delivery_over_the_row_limit_is_refused_naming_file_and_limit(
    warehouse, deliveries, variable, as_xlsx, expected
):
    before = file_digest(warehouse)
    _four_status_reports(deliveries, as_xlsx)
    run = _cli_load(deliveries, warehouse, {variable: "3"})
    assert run.returncode == 1, run.stdout + run.stderr  # README: 1, a delivery was refused
    assert run.stderr.splitlines() == ["Lieferung abgelehnt, Lager unverändert: 1 Befund(e)", f"  {expected}"]
    assert file_digest(warehouse) == before


def test_a_delivery_at_the_row_limit_loads(warehouse, deliveries):
    run = _cli_load(deliveries, warehouse, {"COCKPIT_MAX_ROWS": "3", "COCKPIT_MAX_XLSX_ROWS": "3"})
    assert run.returncode == 0, run.stdout + run.stderr  # the largest fixture files have exactly three rows
