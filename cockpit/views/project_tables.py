"""Project list and profile tables: German display formats, status colours, and downloads.

The project list is one typed table (list_table); the page shows it with German display formats
(list_styler), and both downloads are built from that very table, so they hold exactly what is
shown: same rows, same columns, same order, the same text (CSV) or typed cells (Excel).
"""

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from cockpit import formatting
from cockpit.presentation import STATUS_RANK, status_label
from cockpit.texts.projects import TEXTS
from cockpit.views.common import status_cell_style

# (column of the list query, text key of its header, kind of value)
LIST_COLUMNS = [
    ("status_overall", "projects_col_status_overall", "status"),
    ("status_schedule", "projects_col_status_schedule", "status"),
    ("status_budget", "projects_col_status_budget", "status"),
    ("project_id", "projects_col_id", "text"),
    ("title", "projects_col_title", "text"),
    ("lead_unit", "projects_col_lead_unit", "text"),
    ("dezernat", "projects_col_dezernat", "text"),
    ("field_primary", "projects_col_field", "text"),
    ("phase", "projects_col_phase", "text"),
    ("priority", "projects_col_priority", "text"),
    ("planned_start_date", "projects_col_start", "date"),
    ("planned_end_date", "projects_col_end", "date"),
    ("percent_complete", "projects_col_complete", "percent"),
    ("total_budget_eur", "projects_col_budget_total", "euro"),
    ("report_month", "projects_col_report_month", "month"),
]
EXCEL_FORMATS = {"date": "DD.MM.YYYY", "month": "MM.YYYY", "percent": "0 %", "euro": '#,##0 "€"'}
STATUS_DIMENSIONS = ["overall", "schedule", "budget", "scope", "risks"]
STATUS_BY_LABEL = {status_label(s, lang): s for s in STATUS_RANK for lang in ("de", "en")}


def _text(key: str, lang: str) -> str:
    german, english = TEXTS[key]
    return german if lang == "de" else english


def _format(kind: str, value, lang: str) -> str:
    if kind == "date":
        return formatting.date(value, lang)
    if kind == "month":
        return "–" if formatting.is_missing(value) else value.strftime("%m.%Y" if lang == "de" else "%m/%Y")
    if kind == "percent":
        return "–" if formatting.is_missing(value) else f"{formatting.number(value, 0, lang)} %"
    if kind == "euro":
        return formatting.euro(value, 0, lang)
    return "–" if formatting.is_missing(value) or value == "" else str(value)


def list_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table the page shows: typed values, status as symbol plus word, headers in the language."""
    table = pd.DataFrame({_text(key, lang): rows[column] for column, key, _ in LIST_COLUMNS})
    for column, key, kind in LIST_COLUMNS:
        if kind == "status":
            table[_text(key, lang)] = [status_label(s, lang) for s in rows[column]]
    return table.reset_index(drop=True)


def _kinds(lang: str) -> dict[str, str]:
    return {_text(key, lang): kind for _, key, kind in LIST_COLUMNS}


def list_text(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every cell of the shown table as the text the viewer reads (German numbers and dates)."""
    kinds = _kinds(lang)
    return pd.DataFrame({h: [_format(kinds[h], v, lang) for v in table[h]] for h in table.columns}, dtype=object)


def list_styler(table: pd.DataFrame, lang: str):
    """The table with German display formats (sorting still uses the typed values) and status colours."""
    kinds = _kinds(lang)
    formats = {h: (lambda v, k=kinds[h]: _format(k, v, lang)) for h in table.columns}
    status_columns = [h for h in table.columns if kinds[h] == "status"]
    return table.style.format(formats).map(lambda label: status_cell_style(label, lang), subset=status_columns)


def list_csv(table: pd.DataFrame, lang: str) -> bytes:
    """Semicolon CSV, UTF-8 with BOM, German text: Excel opens it as shown."""
    return list_text(table, lang).to_csv(sep=";", index=False, lineterminator="\r\n").encode("utf-8-sig")


def list_xlsx(table: pd.DataFrame, lang: str) -> bytes:
    """An Excel workbook of the shown table with typed cells and German number formats."""
    kinds = _kinds(lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "Projekte" if lang == "de" else "Projects"
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in table.itertuples(index=False):
        row = []
        for header, value in zip(table.columns, values, strict=True):
            kind = kinds[header]
            if formatting.is_missing(value):
                row.append(None)
            elif kind in ("date", "month"):
                row.append(pd.Timestamp(value).to_pydatetime().date())
            elif kind == "percent":
                row.append(float(value) / 100)
            elif kind == "euro":
                row.append(float(value))
            else:
                row.append(str(value))
        sheet.append(row)
    for index, header in enumerate(table.columns, start=1):
        if kinds[header] in EXCEL_FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = EXCEL_FORMATS[kinds[header]]
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, min(45, len(header) + 4))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def status_history_table(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Month × dimension: one row per reporting month and assessor, each status as symbol plus word."""
    table = {
        _text("projects_col_month", lang): [formatting.month(m, lang) for m in history["report_month"]],
        _text("projects_col_assessed_by", lang): [
            _text(f"projects_assessor_{a}", lang) for a in history["assessed_by"]
        ],
    }
    for dimension in STATUS_DIMENSIONS:
        table[_text(f"projects_dim_{dimension}", lang)] = [
            status_label(s, lang) for s in history[f"status_{dimension}"]
        ]
    table[_text("projects_col_complete", lang)] = [_format("percent", v, lang) for v in history["percent_complete"]]
    return pd.DataFrame(table)


def status_styler(table: pd.DataFrame):
    status_columns = [c for c in table.columns if table[c].isin(STATUS_BY_LABEL).any()]
    return table.style.map(status_cell_style, subset=status_columns)


def reasons(history: pd.DataFrame) -> pd.DataFrame:
    """Reports that give a reason or ask the Board for a decision, newest first."""
    has_reason = history["reason"].fillna("").str.strip() != ""
    return history[has_reason | history["needs_board_decision"].fillna(False).astype(bool)]


def comparison_table(rows: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """The two assessments side by side, and one sentence naming the dimensions that differ."""

    def difference(department, office):
        if department == office:
            return _text("projects_same", lang)
        worse = STATUS_RANK[office] > STATUS_RANK[department]
        return "≠ " + _text("projects_office_worse" if worse else "projects_office_better", lang)

    table = pd.DataFrame(
        {
            _text("projects_col_dimension", lang): [_text(f"projects_dim_{d}", lang) for d in rows["dimension"]],
            _text("projects_col_department", lang): [status_label(s, lang) for s in rows["department_status"]],
            _text("projects_col_office", lang): [status_label(s, lang) for s in rows["office_status"]],
            _text("projects_col_difference", lang): [
                difference(d, o) for d, o in zip(rows["department_status"], rows["office_status"], strict=True)
            ],
        }
    )
    differing = rows[rows["is_different"]]
    if differing.empty:
        return table, _text("projects_no_differences", lang)
    names = ", ".join(_text(f"projects_dim_{d}", lang) for d in differing["dimension"])
    return table, _text("projects_differences", lang).format(count=len(differing), dimensions=names)


def risk_level(score: int) -> str:
    """low (1–4), medium (5–11), high (12–25): the bands of the 5×5 matrix."""
    return "high" if score >= 12 else "medium" if score >= 5 else "low"
