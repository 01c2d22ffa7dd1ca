"""The Excel templates and the data dictionary are generated from the contracts and stay in step."""

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from etl.contracts import Column, Contract, load_contracts
from etl.data_dictionary import DICTIONARY_PATH, render_data_dictionary
from etl.templates import write_template, write_templates

CONTRACTS = load_contracts()


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("vorlagen")
    paths = write_templates(out_dir)
    return {path.name.removesuffix("_vorlage.xlsx"): path for path in paths}


def dropdowns(path):
    """Header label -> the values its list validation offers, inline or from the 'Listen' sheet."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Daten"]
    labels = {cell.column_letter: cell.value for cell in sheet[1]}
    result = {}
    for validation in sheet.data_validations.dataValidation:
        assert validation.type == "list"
        (cells,) = validation.sqref.ranges
        assert (cells.min_row, cells.max_row) == (2, 5000)
        formula = validation.formula1
        if formula.startswith('"'):
            values = formula.strip('"').split(",")
        else:
            sheet_name, cell_range = formula.split("!")
            lists = workbook[sheet_name.strip("'")]
            assert lists.sheet_state == "hidden"
            values = [row[0].value for row in lists[cell_range.replace("$", "")]]
        result[labels[get_column_letter(cells.min_col)]] = values
    return result


def test_one_template_per_contract(templates):
    assert sorted(templates) == sorted(CONTRACTS)


@pytest.mark.parametrize("name", CONTRACTS)
def test_header_row_is_exactly_the_labels(templates, name):
    sheet = openpyxl.load_workbook(templates[name])["Daten"]
    header = [cell.value for cell in sheet[1]]
    assert header == [column.label for column in CONTRACTS[name].columns]
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 1


@pytest.mark.parametrize("name", CONTRACTS)
def test_every_enum_and_bool_column_has_its_dropdown(templates, name):
    expected = {
        column.label: list(column.enum) if column.enum else ["ja", "nein"]
        for column in CONTRACTS[name].columns
        if column.enum or column.type == "bool"
    }
    assert dropdowns(templates[name]) == expected


def test_projects_phase_dropdown(templates):
    assert dropdowns(templates["projects"])["Phase"] == [
        "Idee",
        "Planung",
        "Umsetzung",
        "Betrieb",
        "Abgeschlossen",
        "Eingestellt",
    ]


def test_required_columns_are_marked_by_fill_not_label(templates):
    sheet = openpyxl.load_workbook(templates["status_reports"])["Daten"]
    fills = {cell.value: cell.fill.fgColor.rgb for cell in sheet[1]}
    assert fills["Projekt-ID"] != fills["Begründung"]  # required vs optional
    assert fills["Projekt-ID"] == fills["Status gesamt"]


def test_number_formats(templates):
    sheet = openpyxl.load_workbook(templates["budget"])["Daten"]
    formats = {cell.value: sheet.column_dimensions[cell.column_letter].number_format for cell in sheet[1]}
    assert formats["Ist-Stand"] == "DD.MM.YYYY"
    assert formats["Ansatz (€)"] == "#,##0.00"
    months = openpyxl.load_workbook(templates["status_reports"])["Daten"]
    assert months.column_dimensions["B"].number_format == "MM.YYYY"
    parking = openpyxl.load_workbook(templates["parking_transactions"])["Daten"]
    assert parking.column_dimensions["C"].number_format == "DD.MM.YYYY hh:mm"


def test_long_lists_go_to_hidden_sheet(tmp_path):
    long_enum = tuple(f"Sehr langer erlaubter Wert Nummer {i}" for i in range(20))
    contract = Contract(
        name="demo",
        label="Demo",
        description="Nur für den Test.",
        mode="strict",
        key=("art",),
        columns=(Column(name="art", label="Art", type="text", required=True, enum=long_enum),),
    )
    path = tmp_path / "demo_vorlage.xlsx"
    write_template(contract, path)
    assert len(",".join(long_enum)) > 255
    assert dropdowns(path) == {"Art": list(long_enum)}
    assert openpyxl.load_workbook(path).sheetnames == ["Daten", "Erläuterung", "Listen"]


@pytest.mark.parametrize("name", CONTRACTS)
def test_explanation_lists_every_label(templates, name):
    sheet = openpyxl.load_workbook(templates[name])["Erläuterung"]
    first_column = [row[0] for row in sheet.iter_rows(values_only=True)]
    header_at = first_column.index("Spalte")
    assert first_column[header_at + 1 :] == [column.label for column in CONTRACTS[name].columns]
    assert first_column[0] == f"Lieferung: {CONTRACTS[name].label}"


def test_explanation_in_words(templates):
    sheet = openpyxl.load_workbook(templates["status_reports"])["Erläuterung"]
    text = [value for row in sheet.iter_rows(values_only=True) for value in row if value]
    assert "Prüfung: Eine fehlerhafte Zeile weist die ganze Lieferung zurück." in text
    assert "Jede Kombination aus „Projekt-ID“, „Berichtsmonat“ und „Bewertung durch“ darf nur einmal vorkommen." in text
    assert "muss in Projekte (Projekt-ID) vorkommen" in text
    parking = openpyxl.load_workbook(templates["parking_transactions"])["Erläuterung"]
    rows = {row[0]: row for row in parking.iter_rows(values_only=True)}
    assert "Schlüssel-Hash ersetzt (pseudonymisiert)" in rows["Kennzeichen"][6]
    assert rows["Parkgebühr (€)"][4] == "mindestens 0"
    assert any("Quarantäne" in (row[0] or "") for row in parking.iter_rows(values_only=True))


def test_templates_are_byte_identical_on_rewrite(templates, tmp_path):
    again = {path.name.removesuffix("_vorlage.xlsx"): path for path in write_templates(tmp_path)}
    for name, path in templates.items():
        assert path.read_bytes() == again[name].read_bytes(), name


def test_data_dictionary_is_current():
    assert DICTIONARY_PATH.exists(), "docs/data_dictionary.md is missing: run `python -m etl dictionary`"
    assert DICTIONARY_PATH.read_text(encoding="utf-8") == render_data_dictionary(), (
        "docs/data_dictionary.md is out of date with etl/contracts.toml: run `python -m etl dictionary`"
    )


def test_data_dictionary_covers_every_column():
    text = render_data_dictionary()
    for contract in CONTRACTS.values():
        assert f"## {contract.label} (`{contract.name}`)" in text
        for column in contract.columns:
            assert f"| {column.label} | `{column.stored_name}`" in text
    assert "`urgency` (Dringlichkeit) must equal the last digit of `pzc` (PZC)." in text
