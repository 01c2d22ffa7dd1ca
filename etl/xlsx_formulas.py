"""Formula cells of an .xlsx without a cached value: openpyxl reads them as empty, so they are findings.

Excel stores the last computed value of a formula beside it (<v>); files written by scripts or
converters often store only the formula (<f>). Such a cell would load as empty without a word.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
from openpyxl.utils.cell import column_index_from_string

from etl.findings import Finding

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REF = re.compile(r"([A-Z]+)([0-9]+)")
MESSAGE = "Formel ohne gespeicherten Wert; bitte in Excel speichern"


def uncached_formulas(path: Path, header_row: int, labels: list[str]) -> list[Finding]:
    """One finding per formula cell below the header that has no stored value."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet_path = workbook.worksheets[0]._worksheet_path
        archive = workbook._archive
        findings = []
        with archive.open(sheet_path) as sheet:
            for _event, element in ET.iterparse(sheet):
                if element.tag == f"{_NS}row":
                    element.clear()
                if element.tag != f"{_NS}c":
                    continue
                formula = element.find(f"{_NS}f")
                value = element.find(f"{_NS}v")
                if formula is not None and (value is None or not (value.text or "").strip()):
                    match = _REF.fullmatch(element.get("r", ""))
                    if match and int(match.group(2)) > header_row:
                        index = column_index_from_string(match.group(1)) - 1
                        column = labels[index] if index < len(labels) else match.group(1)
                        findings.append(Finding(path.name, int(match.group(2)), column, "", MESSAGE))
                element.clear()
        return findings
    finally:
        workbook.close()
