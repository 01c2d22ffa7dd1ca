"""Übersicht tables: the Handlungsbedarf table with each reason put into words, strategy coverage per
Handlungsfeld, and what changed since a date (status changes, milestones reached, new high risks)."""

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from cockpit.i18n import Translator
from cockpit.presentation import STATUS_TEXT_COLOURS, status_label
from cockpit.ui import memo
from cockpit.views import common

KEPT_URL_PARAMS = ("dez", "fb", "hf", "phase", "stand", "lang")
PROFILE_LINK_TEXT = r"projekt=(P-[0-9]+)"  # a link shows as the project's id
UNCOVERED_STYLE = f"color: {STATUS_TEXT_COLOURS['rot']}; font-weight: bold"


def kept_url_params() -> tuple[tuple[str, str], ...]:
    """The viewer's filters and language from the URL, which links to a Steckbrief keep."""
    return tuple(sorted((k, v) for k, v in st.query_params.to_dict().items() if k in KEPT_URL_PARAMS))


def profile_link(project_id: str, kept: tuple[tuple[str, str], ...] | None = None) -> str:
    """A link to the project's Steckbrief that keeps the viewer's filters and language (kept: kept_url_params)."""
    kept = kept_url_params() if kept is None else kept
    return "/projektsteckbrief?" + urlencode({"projekt": project_id, **dict(kept)})


# ---- Handlungsbedarf -----------------------------------------------------------------------------

REASON_SEPARATOR = " · "
CHARS_PER_LINE = 62  # about what one line of the reasons column (REASONS_PX) holds
MAX_ROW_LINES = 8  # the table of all projects: rows up to this many lines (all reasons)
TOP_CELL_CHARS = 3 * CHARS_PER_LINE  # the top table: up to three lines of reasons per project
REASONS_PX = 420  # with the other columns of the top table, the width of the page's centred layout
ONE_LINE_PX, LINE_PX, WRAPPED_MIN_PX = 35, 20, 66  # Streamlit wraps cell text only in rows taller than 64 px
NAME_CHARS = 45  # a delivered name inside a reason (milestone, risk, Board question), shortened at a word
ELLIPSIS = "…"


def shorten_words(text, max_chars: int) -> str:
    """text as it is when it fits, else cut after the last whole word that fits, with '…': never mid-word."""
    text = " ".join(str(text or "").split())
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - len(ELLIPSIS) + 1]
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut[: max_chars - len(ELLIPSIS)]
    return words.rstrip(" ,;:·–-") + ELLIPSIS


def reason_text(tr: Translator, reason: dict) -> str:
    """One reason a project needs attention, in words (reason: one of data_access.overview.attention's reasons)."""
    code, number, number_2 = reason["reason"], reason["detail_number"], reason["detail_number_2"]
    name = shorten_words(reason["detail_text"], NAME_CHARS)
    if code in ("red", "amber"):
        return tr(f"overview_reason_{code}", month=tr.month(reason["detail_date"]))
    if code == "board":
        return tr("overview_reason_board", text=name or "–")
    if code == "worsened":
        return tr(
            "overview_reason_worsened",
            month=tr.month(reason["detail_date"]),
            before=status_label(reason["detail_text"], tr.lang),
        )
    if code in ("cost", "schedule"):
        return tr(f"overview_reason_{code}", value=tr.number(number, 2))
    if code == "funding":
        return tr(
            "overview_reason_funding",
            date=tr.date(reason["detail_date"]),
            programme=name,
            amount=tr.euro(reason["detail_amount"]),
        )
    if code == "milestone":
        key = "overview_reason_milestones" if number_2 > 1 else "overview_reason_milestone"
        return tr(key, count=tr.number(number_2), milestone=name, days=tr.number(number))
    if code == "risk":
        key = "overview_reason_risks" if number_2 > 1 else "overview_reason_risk"
        return tr(key, count=tr.number(number_2), risk=name, score=tr.number(number))
    if code == "report_missing":
        return tr("overview_reason_report_missing", month=tr.month(reason["detail_date_2"]))
    if reason["detail_date"] is None or pd.isna(reason["detail_date"]):
        return tr("overview_reason_report_never")
    return tr("overview_reason_report_stale", month=tr.month(reason["detail_date"]))


def reasons_cell(tr: Translator, reasons: list[dict], max_chars: int | None = None) -> str:
    """A project's reasons in one cell, heaviest first. With max_chars, the reasons that fit whole, then
    '+ 2 weitere' for the rest (the table of all projects shows them): never a reason cut mid-word."""
    texts = [reason_text(tr, reason) for reason in reasons]
    if max_chars is None or len(REASON_SEPARATOR.join(texts)) <= max_chars:
        return REASON_SEPARATOR.join(texts)
    shown: list[str] = []
    for index, text in enumerate(texts):
        more = tr("overview_reasons_more", count=len(texts) - index - 1)
        if len(REASON_SEPARATOR.join([*shown, text, more])) > max_chars:
            break
        shown.append(text)
    if not shown:  # not even the first reason fits whole: its words that fit
        more = tr("overview_reasons_more", count=len(texts) - 1)
        shown = [shorten_words(texts[0], max_chars - len(REASON_SEPARATOR + more))]
    return REASON_SEPARATOR.join([*shown, tr("overview_reasons_more", count=len(texts) - len(shown))])


def attention_table(tr: Translator, attention: pd.DataFrame, max_chars: int | None = None):
    """The ranked table, its words built once per data, language and URL filters (memo), coloured per run."""
    table = memo.cached(attention_rows, tr, attention, kept_url_params(), max_chars)
    return common.status_coloured(table, [tr("overview_col_status")])


def attention_rows(tr: Translator, attention: pd.DataFrame, kept: tuple, max_chars: int | None) -> dict:
    """Points, project link, title, reasons and status; the lead unit only in the table of all projects (the
    top table fits the page's width without it)."""
    table = {
        tr("overview_col_points"): attention["project_score"],
        tr("overview_col_project"): [profile_link(p, kept) for p in attention["project_id"]],
        tr("overview_col_title"): attention["title"],
        tr("overview_col_reasons"): [reasons_cell(tr, reasons, max_chars) for reasons in attention["reasons"]],
        tr("overview_col_status"): common.statuses(attention["status_overall"], tr.lang),
    }
    if max_chars != TOP_CELL_CHARS:
        table[tr("overview_col_lead_unit")] = attention["lead_unit"]
    return table


def attention_export(tr: Translator, attention: pd.DataFrame) -> pd.DataFrame:
    """All ranked projects for the CSV/Excel buttons: every reason in full, the project's id (not its link)."""
    return pd.DataFrame(
        {
            tr("overview_col_points"): attention["project_score"],
            tr("overview_col_project"): attention["project_id"],
            tr("overview_col_title"): attention["title"],
            tr("overview_col_reasons"): [reasons_cell(tr, reasons) for reasons in attention["reasons"]],
            tr("overview_col_status"): common.statuses(attention["status_overall"], tr.lang),
            tr("overview_col_lead_unit"): attention["lead_unit"],
        }
    ).reset_index(drop=True)


def has_hidden_reasons(tr: Translator, attention: pd.DataFrame, max_chars: int) -> bool:
    """Whether a cell of max_chars leaves out reasons ('+ 2 weitere') for any of these projects."""
    return any(len(reasons_cell(tr, reasons)) > max_chars for reasons in attention["reasons"])


def row_height_for(tr: Translator, attention: pd.DataFrame, max_chars: int | None) -> int:
    """A row height in px that shows the longest reasons cell wrapped (capped at MAX_ROW_LINES lines)."""
    longest = max(len(reasons_cell(tr, reasons, max_chars)) for reasons in attention["reasons"])
    lines = min(MAX_ROW_LINES, -(-longest // CHARS_PER_LINE))
    return ONE_LINE_PX if lines <= 1 else max(WRAPPED_MIN_PX, 16 + LINE_PX * lines)


def attention_columns(tr: Translator) -> dict:
    return {
        tr("overview_col_points"): st.column_config.NumberColumn(width=55),
        tr("overview_col_project"): st.column_config.LinkColumn(display_text=PROFILE_LINK_TEXT, width=62),
        tr("overview_col_title"): st.column_config.TextColumn(width=150),
        tr("overview_col_reasons"): st.column_config.TextColumn(width=REASONS_PX),
        tr("overview_col_status"): st.column_config.TextColumn(width=95),
        tr("overview_col_lead_unit"): st.column_config.TextColumn(width=150),
    }


def attention_method(tr: Translator, weights: dict[str, int], horizon_days: int, high_risk: int, floor: float) -> str:
    """The 'so berechnet' text, written from the weights the query uses (data_access.overview.ATTENTION_WEIGHTS)."""
    points = ", ".join(f"{tr('overview_weight_' + reason)} {tr.number(p)}" for reason, p in weights.items())
    return tr(
        "overview_attention_method",
        weights=points,
        days=tr.number(horizon_days),
        high=tr.number(high_risk),
        floor=tr.number(floor, 1),
    )


# ---- strategy coverage ---------------------------------------------------------------------------


def field_coverage_table(tr: Translator, fields: pd.DataFrame, names: pd.Series, year: int):
    """Per Handlungsfeld: covered or not, projects, active and secondary ones, total and this year's budget."""
    coverage_words = [tr("overview_covered" if c else "overview_uncovered") for c in fields["is_covered"]]
    table = pd.DataFrame(
        {
            tr("overview_col_field"): names,
            tr("overview_col_coverage"): coverage_words,
            tr("overview_col_projects"): fields["projects"],
            tr("overview_col_active"): fields["active_projects"],
            tr("overview_col_secondary"): fields["secondary_projects"],
            tr("overview_col_total_budget"): common.euros(fields["total_budget_eur"], lang=tr.lang),
            tr("overview_col_plan_year", year=year): common.euros(fields["updated_plan_eur"], lang=tr.lang),
        }
    )
    uncovered = tr("overview_uncovered")
    return common.styled(table).map(
        lambda word: UNCOVERED_STYLE if word == uncovered else "", subset=[tr("overview_col_coverage")]
    )


def field_coverage_export(tr: Translator, fields: pd.DataFrame, names: pd.Series, year: int) -> pd.DataFrame:
    """The coverage table with counts and euros as numbers."""
    return pd.DataFrame(
        {
            tr("overview_col_field"): list(names),
            tr("overview_col_coverage"): [
                tr("overview_covered" if c else "overview_uncovered") for c in fields["is_covered"]
            ],
            tr("overview_col_projects"): fields["projects"].to_numpy(),
            tr("overview_col_active"): fields["active_projects"].to_numpy(),
            tr("overview_col_secondary"): fields["secondary_projects"].to_numpy(),
            f"{tr('overview_col_total_budget')} (€)": fields["total_budget_eur"].to_numpy(),
            f"{tr('overview_col_plan_year', year=year)} (€)": fields["updated_plan_eur"].to_numpy(),
        }
    )


def field_coverage_columns(tr: Translator) -> dict:
    return {tr("overview_col_coverage"): st.column_config.TextColumn(width=170)}


# ---- changes since a date ------------------------------------------------------------------------


def changes_table(tr: Translator, changes: pd.DataFrame) -> dict:
    return {
        tr("overview_col_change"): [tr(f"overview_change_{c}") for c in changes["change"]],
        tr("overview_col_project"): [profile_link(p) for p in changes["project_id"]],
        tr("overview_col_title"): changes["title"],
        tr("overview_col_before"): common.statuses(changes["status_before"], tr.lang),
        tr("overview_col_now"): common.statuses(changes["status_now"], tr.lang),
    }


def changes_columns(tr: Translator) -> dict:
    return {tr("overview_col_project"): st.column_config.LinkColumn(display_text=PROFILE_LINK_TEXT)}


def milestones_table(tr: Translator, milestones: pd.DataFrame) -> dict:
    return {
        tr("overview_col_project"): milestones["project_id"] + " " + milestones["title"],
        tr("overview_col_milestone"): milestones["milestone"],
        tr("overview_col_baseline"): common.dates(milestones["baseline_date"], tr.lang),
        tr("overview_col_reached"): common.dates(milestones["actual_date"], tr.lang),
        tr("overview_col_slip"): common.numbers(milestones["slip_days"], lang=tr.lang),
    }


def risks_table(tr: Translator, risks: pd.DataFrame) -> dict:
    return {
        tr("overview_col_project"): risks["project_id"] + " " + risks["title"],
        tr("overview_col_risk"): risks["risk"],
        tr("overview_col_score"): [
            f"{s} ({p} × {i})"
            for s, p, i in zip(risks["risk_score"], risks["probability"], risks["impact"], strict=True)
        ],
        tr("overview_col_identified"): common.dates(risks["identified_date"], tr.lang),
    }


# ---- changes since a date: downloads (dates and numbers as values, the project's id instead of its link) ----


def changes_export(tr: Translator, changes: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("overview_col_change"): [tr(f"overview_change_{c}") for c in changes["change"]],
            tr("overview_col_project"): changes["project_id"],
            tr("overview_col_title"): changes["title"],
            tr("overview_col_before"): common.statuses(changes["status_before"], tr.lang),
            tr("overview_col_now"): common.statuses(changes["status_now"], tr.lang),
        }
    ).reset_index(drop=True)


def milestones_export(tr: Translator, milestones: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("overview_col_project"): milestones["project_id"] + " " + milestones["title"],
            tr("overview_col_milestone"): milestones["milestone"],
            tr("overview_col_baseline"): milestones["baseline_date"],
            tr("overview_col_reached"): milestones["actual_date"],
            tr("overview_col_slip"): milestones["slip_days"],
        }
    ).reset_index(drop=True)


def risks_export(tr: Translator, risks: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            tr("overview_col_project"): risks["project_id"] + " " + risks["title"],
            tr("overview_col_risk"): risks["risk"],
            tr("overview_col_score"): risks["risk_score"],
            tr("overview_col_probability"): risks["probability"],
            tr("overview_col_impact"): risks["impact"],
            tr("overview_col_identified"): risks["identified_date"],
        }
    ).reset_index(drop=True)
