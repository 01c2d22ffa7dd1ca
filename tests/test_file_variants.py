"""German CSV variants and .xlsx (with a title line) load identically."""

import datetime as dt
import re

import duckdb
import openpyxl
import pytest

from etl.contracts import load_contracts
from etl.formats import PATTERNS, format_bound, format_decimal, format_decimals
from etl.load import load
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import FIXTURE, write_delivery, write_fixture

COMPARED = "select * exclude (source_file, source_row) from staging.{table} order by all"


def _staged(path, table: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(COMPARED.format(table=table)).fetchall()
    finally:
        con.close()


def _typed(value: str, column_type: str):
    """The cell an Excel user would have typed for a German text value."""
    if not value:
        return None
    if column_type == "date":
        return dt.datetime.strptime(value, "%d.%m.%Y")
    if column_type == "decimal":
        return float(value.replace(".", "").replace(",", "."))
    return value


def _write_xlsx(path, delivery: str, title: str | None) -> None:
    contract = load_contracts()[delivery]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
    sheet.append([c.label for c in contract.columns])
    for row in FIXTURE[delivery]:
        sheet.append([_typed(row[c.name], c.type) for c in contract.columns])
    sheet.append([])  # Excel users leave empty rows at the end
    workbook.save(path)


@pytest.fixture(scope="module")
def reference(fixture_warehouse):
    """The fixture deliveries as delivered (UTF-8 with BOM, semicolons), loaded once per session; read only."""
    return fixture_warehouse


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("utf-8", ";"), ("cp1252", ";"), ("utf-16", ";"), ("utf-8", ","), ("cp1252", "\t")],
)
def test_csv_encodings_and_delimiters_load_identically(tmp_path, reference, encoding, delimiter):
    src = write_fixture(tmp_path / "src")
    write_delivery(src, "projects", FIXTURE["projects"], encoding=encoding, delimiter=delimiter)
    path = tmp_path / "variant.duckdb"
    load(src, path, FIXTURE_DATE)
    assert _staged(path, "projects") == _staged(reference, "projects")
    assert "Stadtplanung und Geoinformation" in str(_staged(path, "projects"))


@pytest.mark.parametrize("title", [None, "Projektliste Smart City, Stand 31.10.2026"])
def test_xlsx_with_or_without_title_line_loads_identically(tmp_path, reference, title):
    src = write_fixture(tmp_path / "src")
    (src / "projects.csv").unlink()
    _write_xlsx(src / "Projekte Stand Oktober.xlsx", "projects", title)
    path = tmp_path / "variant.duckdb"
    load(src, path, FIXTURE_DATE)
    assert _staged(path, "projects") == _staged(reference, "projects")
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute("select min(source_row) from staging.projects").fetchone()[0]
    con.close()
    assert rows == (3 if title else 2)


def test_quoted_values_with_delimiters_and_blank_lines_keep_row_numbers(tmp_path):
    src = write_fixture(tmp_path / "src")
    rows = [dict(r) for r in FIXTURE["projects"]]
    rows[0]["summary"] = 'Hotspots; "BS|Hotspot" im Zentrum'
    path = write_delivery(src, "projects", rows)
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r\n\r\n", 1))  # a blank line after the header
    load(src, tmp_path / "wh.duckdb", FIXTURE_DATE)
    con = duckdb.connect(str(tmp_path / "wh.duckdb"), read_only=True)
    staged = con.execute("select project_id, source_row, summary from staging.projects order by 1").fetchall()
    con.close()
    assert staged[0] == ("P-001", 3, 'Hotspots; "BS|Hotspot" im Zentrum')
    assert [r[1] for r in staged] == [3, 4, 5]


def test_numbers_are_written_in_the_german_form_the_reader_accepts():
    written = [format_decimal(1234.5), format_decimal(480_000), format_decimal(5.0), format_decimal(-0.9, 2)]
    assert written == ["1.234,5", "480.000", "5", "-0,90"]
    assert format_decimals([1234.5, 0.05, 1234.5, -7], 2) == ["1.234,50", "0,05", "1.234,50", "-7,00"]
    assert [format_decimal(v, 2) for v in (1234.5, 0.05)] == format_decimals([1234.5, 0.05], 2)
    assert all(re.fullmatch(PATTERNS["decimal"], text) for text in written)
    assert (format_bound(2000, "int"), format_bound(52.2, "decimal"), format_bound(1000, "decimal")) == (
        "2000",
        "52,2",
        "1.000",
    )
