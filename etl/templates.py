"""Excel templates for the deliveries, one per contract: a 'Daten' sheet to fill in and an
'Erläuterung' sheet that explains every column in German.

The output is byte-stable (fixed document dates and zip timestamps), so regenerating the
templates never shows up as a change unless a contract changed.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from etl.contracts import TYPE_EXPECTATIONS, Column, Contract, load_contracts
from etl.formats import format_bound

DATA_SHEET = "Daten"
HELP_SHEET = "Erläuterung"
LISTS_SHEET = "Listen"
LAST_ROW = 5000  # dropdowns and formats cover rows 2..LAST_ROW
INLINE_LIST_LIMIT = 255  # Excel's limit for a list typed into the validation itself
FIXED_TIME = dt.datetime(2026, 1, 1)
BOOL_VALUES = ("ja", "nein")

NUMBER_FORMATS = {
    "date": "DD.MM.YYYY",
    "month": "MM.YYYY",
    "decimal": "#,##0.00",
    "timestamp": "DD.MM.YYYY hh:mm",
    "int": "0",
    "text": "@",  # keeps leading zeros such as Federführung Nr. 0120
}
TYPE_WIDTHS = {"date": 12, "month": 10, "timestamp": 17, "decimal": 14, "int": 10, "bool": 10, "text": 18}
MODE_TEXT = {
    "strict": "Eine fehlerhafte Zeile weist die ganze Lieferung zurück.",
    "quarantine": "Fehlerhafte Zeilen werden zurückgestellt (Quarantäne), die übrigen geladen.",
}
# References to seed tables that are not deliveries themselves.
SEED_REFERENCES = {"districts.district_id": "der Liste der Stadtbezirke (Nummer des Stadtbezirks)"}
PSEUDONYM_NOTE = "Datenschutz: Der Wert wird vor dem Speichern durch einen Schlüssel-Hash ersetzt (pseudonymisiert)."

REQUIRED_FILL = PatternFill("solid", fgColor="FFD966")
OPTIONAL_FILL = PatternFill("solid", fgColor="E7E6E6")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HELP_HEADERS = ("Spalte", "Pflicht", "Typ/Format", "Erlaubte Werte", "Grenzen", "Verweis", "Beschreibung")
HELP_WIDTHS = (28, 8, 36, 36, 24, 36, 60)


def write_templates(out_dir: Path) -> list[Path]:
    """Write `<delivery>_vorlage.xlsx` for every contract into out_dir; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for contract in load_contracts().values():
        path = out_dir / f"{contract.name}_vorlage.xlsx"
        write_template(contract, path)
        paths.append(path)
    return paths


def write_template(contract: Contract, path: Path) -> None:
    workbook = Workbook()
    data = workbook.active
    data.title = DATA_SHEET
    help_sheet = workbook.create_sheet(HELP_SHEET)  # before 'Listen', which comes last if needed
    _fill_data_sheet(workbook, data, contract)
    _fill_help_sheet(help_sheet, contract)
    workbook.properties.title = f"Vorlage {contract.label}"
    workbook.properties.creator = "Smart-City-Cockpit"
    workbook.properties.created = FIXED_TIME
    workbook.properties.modified = FIXED_TIME
    _save(workbook, path)


def allowed_values(column: Column) -> tuple[str, ...]:
    """The values a dropdown offers: the enum, or ja/nein for booleans."""
    return BOOL_VALUES if column.type == "bool" else column.enum


def _fill_data_sheet(workbook: Workbook, sheet, contract: Contract) -> None:
    sheet.freeze_panes = "A2"
    for index, column in enumerate(contract.columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index, value=column.label)
        cell.font = BOLD
        cell.fill = REQUIRED_FILL if column.required else OPTIONAL_FILL
        values = allowed_values(column)
        dimension = sheet.column_dimensions[letter]
        dimension.width = min(45, 3 + max([len(column.label), TYPE_WIDTHS[column.type], *map(len, values)]))
        if column.type in NUMBER_FORMATS:
            dimension.number_format = NUMBER_FORMATS[column.type]
        if values:
            sheet.add_data_validation(_dropdown(workbook, column, values, f"{letter}2:{letter}{LAST_ROW}"))


def _dropdown(workbook: Workbook, column: Column, values: tuple[str, ...], cells: str) -> DataValidation:
    inline = ",".join(values)
    if len(inline) + 2 <= INLINE_LIST_LIMIT and not any("," in v or '"' in v for v in values):
        formula = f'"{inline}"'
    else:
        formula = _list_range(workbook, column, values)
    validation = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Ungültiger Wert",
        error=f"Bitte einen Wert aus der Liste für „{column.label}“ wählen.",
    )
    validation.add(cells)
    return validation


def _list_range(workbook: Workbook, column: Column, values: tuple[str, ...]) -> str:
    """Put long lists on the hidden sheet 'Listen' and return an absolute reference to them."""
    if LISTS_SHEET in workbook.sheetnames:
        sheet = workbook[LISTS_SHEET]
    else:
        sheet = workbook.create_sheet(LISTS_SHEET)
        sheet.sheet_state = "hidden"
    index = 1 if sheet["A1"].value is None else sheet.max_column + 1
    sheet.cell(row=1, column=index, value=column.label)
    for row, value in enumerate(values, start=2):
        sheet.cell(row=row, column=index, value=value)
    letter = get_column_letter(index)
    return f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"


def _fill_help_sheet(sheet, contract: Contract) -> None:
    intro = [
        (f"Lieferung: {contract.label}", Font(bold=True, size=14)),
        (contract.description, None),
        (f"Prüfung: {MODE_TEXT[contract.mode]}", None),
        (key_text(contract), None),
        *((f"Prüfregel: {check_text(contract, check)}", None) for check in contract.checks),
        ("Pflichtspalten sind in der Kopfzeile des Blatts „Daten“ gelb hinterlegt.", None),
    ]
    for row, (text, font) in enumerate(intro, start=1):
        cell = sheet.cell(row=row, column=1, value=text)
        if font:
            cell.font = font
    header_row = len(intro) + 2
    for index, (title, width) in enumerate(zip(HELP_HEADERS, HELP_WIDTHS, strict=True), start=1):
        sheet.cell(row=header_row, column=index, value=title).font = BOLD
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row, column in enumerate(contract.columns, start=header_row + 1):
        for index, value in enumerate(_help_row(column), start=1):
            cell = sheet.cell(row=row, column=index, value=value)
            cell.alignment = WRAP
        if column.required:
            sheet.cell(row=row, column=2).fill = REQUIRED_FILL
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1).coordinate


def _help_row(column: Column) -> tuple[str, ...]:
    type_text = TYPE_EXPECTATIONS[column.type]
    if column.list:
        type_text += "; mehrere Werte durch Komma getrennt"
    description = column.description
    if column.personal == "pseudonymise":
        description = f"{description} {PSEUDONYM_NOTE}".strip()
    return (
        column.label,
        "ja" if column.required else "nein",
        type_text[:1].upper() + type_text[1:],
        ", ".join(allowed_values(column)),
        bounds_text(column),
        reference_text(column),
        description,
    )


def key_text(contract: Contract) -> str:
    labels = [contract.column(name).label for name in contract.key]
    if len(labels) == 1:
        return f"Jeder Wert in „{labels[0]}“ darf nur einmal vorkommen."
    joined = ", ".join(f"„{label}“" for label in labels[:-1]) + f" und „{labels[-1]}“"
    return f"Jede Kombination aus {joined} darf nur einmal vorkommen."


def bounds_text(column: Column) -> str:
    parts = []
    if column.min is not None and column.max is not None:
        parts.append(f"zwischen {format_bound(column.min, column.type)} und {format_bound(column.max, column.type)}")
    elif column.min is not None:
        parts.append(f"mindestens {format_bound(column.min, column.type)}")
    elif column.max is not None:
        parts.append(f"höchstens {format_bound(column.max, column.type)}")
    if column.pattern:
        parts.append(f"Muster (regulärer Ausdruck): {column.pattern}")
    return "; ".join(parts)


def reference_text(column: Column) -> str:
    if not column.references:
        return ""
    delivery, _, target = column.references.partition(".")
    contracts = load_contracts()
    if delivery in contracts:
        where = f"{contracts[delivery].label} ({contracts[delivery].column(target).label})"
    else:
        where = SEED_REFERENCES.get(column.references, column.references)
    subject = "jeder Eintrag muss" if column.list else "muss"
    return f"{subject} in {where} vorkommen"


def check_text(contract: Contract, check: dict) -> str:
    """A cross-column rule from contracts.toml as a German sentence."""

    def label(name: str) -> str:
        return f"„{contract.column(name).label}“"

    rule, column = check["rule"], label(check["column"])
    if rule == "not_before":
        return f"{column} darf nicht vor {label(check['other'])} liegen."
    if rule == "not_after_delivery":
        return f"{column} darf nicht nach dem Lieferdatum liegen."
    if rule == "required_if":
        return f"{column} ist Pflicht, wenn {label(check['when'])} = {check['equals']} ist."
    if rule == "reason_on_change":
        watched = ", ".join(label(name) for name in check["watch"])
        partition = ", ".join(label(name) for name in check["partition"])
        return (
            f"{column} ist Pflicht, sobald sich einer der Werte {watched} gegenüber dem vorigen Bericht "
            f"ändert (je {partition}, in der Reihenfolge von {label(check['order'])})."
        )
    if rule == "pzc_urgency":
        return f"{column} muss der letzten Ziffer von {label(check['other'])} entsprechen."
    raise ValueError(f"contracts.toml: check rule {rule!r} has no German wording in etl/templates.py")


def _save(workbook: Workbook, path: Path) -> None:
    """Save with the workbook's own dates (openpyxl's save() stamps 'now') and fixed zip times."""
    buffer = io.BytesIO()
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            stable.external_attr = 0o600 << 16
            target.writestr(stable, source.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
