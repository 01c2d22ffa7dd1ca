"""Project tables: the project list with its downloads, and the tables of the Projektsteckbrief.

The project list is one typed table (list_table); the page shows it with German display formats
(list_styler), and both downloads are built from that very table: same rows, same columns, same order, the
same text (CSV) or typed cells (Excel). On screen the table shows the columns that fit a projector
(cockpit.views.projector_fit) unless the viewer turns on "Alle Spalten"; the downloads always hold them all.
The buttons are cockpit.ui.downloads'; the bytes are this table's own (months as 10.2026, CRLF lines, € cells),
with delivered texts neutralised against spreadsheet formulas as every download is (downloads.spreadsheet_text).
"""

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from cockpit.data_access.overview import HIGH_RISK_SCORE
from cockpit.i18n import Translator, translator
from cockpit.presentation import STATUS_RANK, status_label
from cockpit.texts import enumerations
from cockpit.ui.downloads import append_row, spreadsheet_text
from cockpit.views import common
from common import formats

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
# column -> its enumeration in cockpit.texts.enumerations (delivered German words, English in English mode)
ENUMERATIONS = {"phase": "phase", "priority": "priority", "field_primary": "field", "dezernat": "dezernat"}
EXCEL_FORMATS = {"date": "DD.MM.YYYY", "month": "MM.YYYY", "percent": "0 %", "euro": '#,##0 "€"'}
STATUS_DIMENSIONS = ["overall", "schedule", "budget", "scope", "risks"]
STATUS_BY_LABEL = {status_label(s, lang): s for s in STATUS_RANK for lang in ("de", "en")}


def _format(kind: str, value, lang: str) -> str:
    """A cell as the viewer reads it. Months as 10.2026 and completion (already 0..100) as 45 % are this
    table's own; dates and money are the language's formats."""
    tr = translator(lang)
    if kind == "date":
        return tr.date(value)
    if kind == "month":
        return formats.MISSING if formats.is_missing(value) else value.strftime("%m.%Y" if lang == "de" else "%m/%Y")
    if kind == "percent":
        return formats.MISSING if formats.is_missing(value) else f"{tr.number(value)} %"
    if kind == "euro":
        return tr.euro(value)
    return formats.MISSING if formats.is_missing(value) or value == "" else str(value)


# ---- the project list ----------------------------------------------------------------------------


def list_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table the page shows: typed values, status as symbol plus word, headers in the language."""
    tr = translator(lang)
    shown = [(column, key, kind) for column, key, kind in LIST_COLUMNS if column in rows]  # the public list: fewer
    table = pd.DataFrame({tr(key): rows[column] for column, key, _ in shown})
    for column, key, kind in shown:
        if kind == "status":
            table[tr(key)] = [status_label(s, lang) for s in rows[column]]
        elif column in ENUMERATIONS:  # delivered German words: translated, so English mode reads English
            table[tr(key)] = [enumeration(tr, column, v) for v in rows[column]]
    return table.reset_index(drop=True)


def master_words(tr: Translator, master: dict) -> dict:
    """A project's master data with its enumerations (phase, priority, Dezernat, fields) in the viewer's language."""
    kinds = ENUMERATIONS | {"field_secondary": "field"}
    return master | {column: enumerations.word(kinds[column], master[column], tr.lang) for column in kinds}


def enumeration(tr: Translator, column: str, value) -> str:
    """A phase, priority, field of action or Dezernat in the viewer's language; unknown words as delivered."""
    return enumerations.word(ENUMERATIONS[column], value, tr.lang)


def _kinds(lang: str) -> dict[str, str]:
    tr = translator(lang)
    kinds = {tr(key): kind for _, key, kind in LIST_COLUMNS}  # by header: a table may hold some of them
    return kinds | {tr("export_as_of"): "date"}  # the downloads' "Datenstand" column (cockpit.ui.downloads.with_as_of)


def list_text(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every cell of the shown table as the text the viewer reads (German numbers and dates)."""
    kinds = _kinds(lang)
    return pd.DataFrame({h: [_format(kinds[h], v, lang) for v in table[h]] for h in table.columns}, dtype=object)


def list_styler(table: pd.DataFrame, lang: str):
    """The table with German display formats (sorting still uses the typed values) and status colours."""
    kinds = _kinds(lang)
    shown = {h: (lambda v, k=kinds[h]: _format(k, v, lang)) for h in table.columns}
    status_columns = [h for h in table.columns if kinds[h] == "status"]
    return table.style.format(shown).map(lambda label: common.status_cell_style(label, lang), subset=status_columns)


def list_csv(table: pd.DataFrame, lang: str) -> bytes:
    """Semicolon CSV, UTF-8 with BOM, German text: Excel opens it as shown; delivered texts never as a formula."""
    kinds = _kinds(lang)
    text = list_text(table, lang)
    for header in text.columns:
        if kinds[header] == "text":
            text[header] = text[header].map(spreadsheet_text)
    return text.to_csv(sep=";", index=False, lineterminator="\r\n").encode("utf-8-sig")


def list_xlsx(table: pd.DataFrame, lang: str) -> bytes:
    """An Excel workbook of the shown table with typed cells and German number formats."""
    kinds = _kinds(lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "Projekte" if lang == "de" else "Projects"
    append_row(sheet, list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in table.itertuples(index=False):
        row = []
        for header, value in zip(table.columns, values, strict=True):
            kind = kinds[header]
            if formats.is_missing(value):
                row.append(None)
            elif kind in ("date", "month"):
                row.append(pd.Timestamp(value).to_pydatetime().date())
            elif kind == "percent":
                row.append(float(value) / 100)
            elif kind == "euro":
                row.append(float(value))
            else:
                row.append(str(value))
        append_row(sheet, row)
    for index, header in enumerate(table.columns, start=1):
        if kinds[header] in EXCEL_FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = EXCEL_FORMATS[kinds[header]]
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, min(45, len(header) + 4))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---- Projektsteckbrief: status -------------------------------------------------------------------


def status_history_table(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Month × dimension: one row per reporting month and assessor, each status as symbol plus word."""
    tr = translator(lang)
    table = {
        tr("projects_col_month"): [tr.month(m) for m in history["report_month"]],
        tr("projects_col_assessed_by"): [tr(f"projects_assessor_{a}") for a in history["assessed_by"]],
    }
    for dimension in STATUS_DIMENSIONS:
        table[tr(f"projects_dim_{dimension}")] = [status_label(s, lang) for s in history[f"status_{dimension}"]]
    table[tr("projects_col_complete")] = [_format("percent", v, lang) for v in history["percent_complete"]]
    return pd.DataFrame(table)


def status_styler(table: pd.DataFrame):
    status_columns = [c for c in table.columns if table[c].isin(STATUS_BY_LABEL).any()]
    return common.styled(table).map(common.status_cell_style, subset=status_columns)


def reasons(history: pd.DataFrame) -> pd.DataFrame:
    """Reports that give a reason or ask the Board for a decision, newest first."""
    has_reason = history["reason"].fillna("").str.strip() != ""
    return history[has_reason | history["needs_board_decision"].fillna(False).astype(bool)]


def reasons_table(tr: Translator, explained: pd.DataFrame) -> dict:
    return {
        tr("projects_col_month"): common.months(explained["report_month"], tr.lang),
        tr("projects_col_assessed_by"): [tr("projects_assessor_" + a) for a in explained["assessed_by"]],
        tr("projects_dim_overall"): common.statuses(explained["status_overall"], tr.lang),
        tr("projects_col_reason"): explained["reason"].fillna("–"),
        tr("projects_col_board"): [
            explained_text if needed else "–"
            for needed, explained_text in zip(
                explained["needs_board_decision"], explained["board_decision_text"].fillna("–"), strict=True
            )
        ],
    }


def comparison_table(rows: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, str]:
    """The two assessments side by side, and one sentence naming the dimensions that differ."""
    tr = translator(lang)

    def difference(department, office):
        if department == office:
            return tr("projects_same")
        worse = STATUS_RANK[office] > STATUS_RANK[department]
        return "≠ " + tr("projects_office_worse" if worse else "projects_office_better")

    table = pd.DataFrame(
        {
            tr("projects_col_dimension"): [tr(f"projects_dim_{d}") for d in rows["dimension"]],
            tr("projects_col_department"): [status_label(s, lang) for s in rows["department_status"]],
            tr("projects_col_office"): [status_label(s, lang) for s in rows["office_status"]],
            tr("projects_col_difference"): [
                difference(d, o) for d, o in zip(rows["department_status"], rows["office_status"], strict=True)
            ],
        }
    )
    differing = rows[rows["is_different"]]
    if differing.empty:
        return table, tr("projects_no_differences")
    names = ", ".join(tr(f"projects_dim_{d}") for d in differing["dimension"])
    return table, tr("projects_differences", count=len(differing), dimensions=names)


# ---- Projektsteckbrief: milestones, risks, budget, KPIs ------------------------------------------


def risk_level(score: int) -> str:
    """low (1–4), medium (5–11), high (HIGH_RISK_SCORE, 12, to 25): the bands of the 5×5 matrix."""
    return "high" if score >= HIGH_RISK_SCORE else "medium" if score >= 5 else "low"


def risk_score_text(tr: Translator, probability: int, impact: int, score: int) -> str:
    return f"{probability} × {impact} = {score} ({tr('projects_risk_' + risk_level(score))})"


def slips_table(tr: Translator, slips: pd.DataFrame) -> dict:
    latest = [
        a if r else f for a, f, r in zip(slips["actual_date"], slips["forecast_date"], slips["is_reached"], strict=True)
    ]
    return {
        tr("projects_col_milestone"): [
            f"{i} {m}" for i, m in zip(slips["milestone_id"], slips["milestone"], strict=True)
        ],
        tr("projects_col_baseline"): common.dates(slips["baseline_date"], tr.lang),
        tr("projects_col_latest"): common.dates(latest, tr.lang),
        tr("projects_col_reached"): [yes_no(tr, r) for r in slips["is_reached"]],
        tr("projects_col_slip"): [common.signed(tr.number(s), s) for s in slips["slip_days"]],
        tr("projects_col_month"): common.months(slips["report_month"], tr.lang),
    }


def risks_table(tr: Translator, risks: pd.DataFrame) -> dict:
    return {
        tr("projects_col_id"): risks["risk_id"],
        tr("projects_col_risk"): risks["risk"],
        tr("projects_col_score"): [
            risk_score_text(tr, p, i, s)
            for p, i, s in zip(risks["probability"], risks["impact"], risks["risk_score"], strict=True)
        ],
        tr("projects_col_risk_status"): enumerations.words("risk_status", risks["risk_status"], tr.lang),
        tr("projects_col_mitigation"): risks["mitigation"].fillna("–"),
        tr("projects_col_owner"): risks["owner_role"].fillna("–"),
        tr("projects_col_identified"): common.dates(risks["identified_date"], tr.lang),
    }


def budget_table(tr: Translator, budget: pd.DataFrame) -> dict:
    return {
        tr("projects_col_year"): budget["budget_year"].astype(str),
        tr("projects_ansatz"): [tr.euro(v) for v in budget["updated_plan_eur"]],
        tr("projects_obligo"): [tr.euro(v) for v in budget["committed_eur"]],
        tr("projects_ist"): [tr.euro(v) for v in budget["actual_eur"]],
        tr("projects_forecast"): [tr.euro(v) for v in budget["forecast_eur"]],
        tr("projects_budget_as_of"): common.dates(budget["actual_as_of_date"], tr.lang),
    }


def kpis_table(tr: Translator, kpis: pd.DataFrame) -> dict:
    return {
        tr("projects_col_kpi"): kpis["kpi_name"],
        tr("projects_col_kpi_value"): [common.natural_number(v, tr.lang) for v in kpis["latest_value"]],
        tr("projects_col_kpi_period"): common.dates(kpis["latest_period_date"], tr.lang),
        tr("projects_col_kpi_target"): [common.natural_number(v, tr.lang) for v in kpis["target_value"]],
        tr("projects_col_kpi_target_year"): [
            formats.MISSING if formats.is_missing(y) else str(y) for y in kpis["target_year"]
        ],
        tr("projects_col_unit"): kpis["unit"].fillna("–"),
    }


def yes_no(tr: Translator, flag) -> str:
    return tr("projects_yes") if flag else tr("projects_no")
