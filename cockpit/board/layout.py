"""The page both pack documents share: geometry, where each part of a slide goes, and the type that fits.

PDF (pack_pdf) and PowerPoint (pack_pptx) draw the same slides on the same 16:9 page (338.7 x 190.5 mm,
PowerPoint's widescreen size): one layout per slide, one type size per text block and one plan per table,
measured here with DejaVu Sans (Debian's fonts-dejavu-core, embedded in the PDF), so page n of the PDF and
slide n of the PPTX show the same thing. This module imports neither renderer.
"""

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from fpdf import FPDF

from cockpit.board.model import Meeting, Slide
from cockpit.i18n import translator
from cockpit.presentation import STATUS_SYMBOLS, status_label
from common import formats

# ---- the page ------------------------------------------------------------------------------------

PAGE_W = 338.667  # mm, 13.333 in: PowerPoint's 16:9 slide
PAGE_H = 190.5  # mm, 7.5 in
MARGIN = 14.0
BODY_TOP = 37.0
FOOTER_TOP = PAGE_H - 11.0
BODY_BOTTOM = PAGE_H - 15.0
GAP = 8.0
FOOTNOTE_H = 6.0
BRAND_BLUE = "#004f9f"
DARK, GREY = "#1a1a1a", "#555555"

# ---- type ----------------------------------------------------------------------------------------

FONT_DIR = Path(os.environ.get("COCKPIT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONT = "DejaVu"
PT = 25.4 / 72  # mm per typographic point
BODY_MAX_PT, BODY_MIN_PT = 20, 10
BODY_STACKED_PT = 18  # text above a table
TITLE_PT, TITLE_SLIDE_PT = 26, 36
BULLET_INDENT = 6.0
PILL_GAP = 3.0
NUMERIC = re.compile(r"^[–+\-−]?€?[\d.,]+(\s?(%|€|Mio\. €|Tsd\. €|Mrd\. €|[A-Za-zäöü]{1,3}))?$")


def footer_text(meeting: Meeting, lang: str) -> str:
    """'Smart-City-Board 4/2026 · Sitzung am 09.12.2026 · Datenstand 31.10.2026' on every page."""
    tr = translator(lang)
    parts = [
        meeting.name,
        tr("pack_meeting_on", date=tr.date(meeting.meeting_date)),
        tr("pack_data_as_of", date=tr.date(meeting.data_as_of)),
    ]
    if meeting.scope_units:
        parts.append(tr("pack_scope", units=", ".join(meeting.scope_units)))
    return " · ".join(parts)


def page_text(number: int, total: int, lang: str) -> str:
    return translator(lang)("pack_page", page=number, pages=total)


# ---- measuring text ------------------------------------------------------------------------------


def line_height(size: float) -> float:
    return size * PT * 1.3


def new_pdf() -> FPDF:
    """An empty landscape PDF of the page size with DejaVu Sans; the PDF writer draws into one too."""
    pdf = FPDF(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
    for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
        if not (FONT_DIR / file).is_file():
            raise FileNotFoundError(f"{FONT_DIR / file} fehlt (Debian-Paket fonts-dejavu-core)")
        pdf.add_font(FONT, style, str(FONT_DIR / file))
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.c_margin = 0
    return pdf


_local = threading.local()


def measurer() -> FPDF:
    """A PDF never written, only asked how wide text is and how it wraps (one per thread: sessions)."""
    if not hasattr(_local, "pdf"):
        _local.pdf = new_pdf()
        _local.pdf.add_page()
    return _local.pdf


def wrapped_lines(pdf: FPDF, text: str, width: float, size: float, bold: bool = False) -> list[str]:
    pdf.set_font(FONT, "B" if bold else "", size)
    return pdf.multi_cell(width, line_height(size), text, dry_run=True, output="LINES")


def text_width(text: str, size: float, bold: bool = False) -> float:
    pdf = measurer()
    pdf.set_font(FONT, "B" if bold else "", size)
    return pdf.get_string_width(text)


def title_size(title: str, width: float, centred: bool) -> float:
    """The title's type: 36 pt on the title slide, 26 pt elsewhere, smaller (not below 16 pt) if it is long."""
    size = TITLE_SLIDE_PT if centred else TITLE_PT
    while size > 16 and text_width(title, size, True) > width:
        size -= 1
    return size


# ---- status: colour + symbol + word --------------------------------------------------------------


def status_of_label(value: str) -> str | None | bool:
    """'▲ gelb' / '▲ amber' -> 'gelb'; False when the text is no status label."""
    for status in STATUS_SYMBOLS:
        if value in (status_label(status, "de"), status_label(status, "en")):
            return status
    return False


def label_colour(status: str | None) -> str:
    """Dark type on amber and grey, white on green and red: readable on paper and projector."""
    return "#ffffff" if status in ("grün", "rot") else DARK


def pill_width(size: float, lang: str) -> float:
    return max(text_width(status_label(s, lang), size, bold=True) for s in STATUS_SYMBOLS) + 2 * size * PT * 0.6


def body_height(slide: Slide, width: float, size: float, lang: str) -> float:
    """How tall the slide's bullets and status lines are at this type size and width (mm)."""
    pdf, gap = measurer(), 0.5 * line_height(size)
    lines = sum(len(wrapped_lines(pdf, bullet, width - BULLET_INDENT, size)) for bullet in slide.bullets)
    status_w = width - pill_width(size, lang) - PILL_GAP
    lines += sum(len(wrapped_lines(pdf, item.text, status_w, size)) for item in slide.status_items)
    return lines * line_height(size) + (len(slide.bullets) + len(slide.status_items) - 1) * gap


# ---- layout: where title, text, table, chart and footnote go on a page ---------------------------


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class SlideLayout:
    title: Box
    subtitle: Box
    text: Box | None
    table: Box | None
    figure: Box | None
    footnote: Box | None
    centred: bool  # the title slide: everything centred


def has_text(slide: Slide) -> bool:
    return bool(slide.bullets or slide.status_items)


def layout(slide: Slide, lang: str = "de") -> SlideLayout:
    """One layout for both documents: text left (40 %), table and chart right, stacked.

    Text with a table only goes above the table, so the table keeps the full width."""
    width = PAGE_W - 2 * MARGIN
    bottom = BODY_BOTTOM - (FOOTNOTE_H + 1 if slide.footnote else 0)
    footnote = Box(MARGIN, bottom + 1, width, FOOTNOTE_H) if slide.footnote else None
    has_visual = slide.table is not None or slide.figure is not None
    if slide.key == "title" and not has_visual:  # title, subtitle, text, table, figure, footnote, centred
        text_box = Box(MARGIN + 30, 98, width - 60, bottom - 98) if has_text(slide) else None
        return SlideLayout(Box(MARGIN, 52, width, 24), Box(MARGIN, 78, width, 12), text_box, None, None, footnote, True)
    body = Box(MARGIN, BODY_TOP, width, bottom - BODY_TOP)
    text_box = visual = None
    if has_text(slide) and slide.table is not None and slide.figure is None:
        text_h = min(body_height(slide, width, BODY_STACKED_PT, lang), 0.4 * body.h)
        text_box = Box(body.x, body.y, width, text_h)
        visual = Box(body.x, body.y + text_h + GAP, width, body.h - text_h - GAP)
    elif has_text(slide) and has_visual:
        text_w = 0.4 * (width - GAP)
        text_box = Box(body.x, body.y, text_w, body.h)
        visual = Box(body.x + text_w + GAP, body.y, width - text_w - GAP, body.h)
    elif has_text(slide):
        text_box = body
    elif has_visual:
        visual = body
    table_box = figure_box = None
    if slide.table is not None and slide.figure is not None:
        table_h = min(11.0 * (len(slide.table) + 1) + 1, 0.45 * visual.h)
        table_box = Box(visual.x, visual.y, visual.w, table_h)
        figure_box = Box(visual.x, visual.y + table_h + 4, visual.w, visual.h - table_h - 4)
    elif slide.table is not None:
        table_box = visual
    elif slide.figure is not None:
        figure_box = visual
    header = (Box(MARGIN, 9, width, 15), Box(MARGIN, 24, width, 9))
    return SlideLayout(*header, text_box, table_box, figure_box, footnote, False)


def fit_body_size(slide: Slide, box: Box, lang: str) -> float:
    """The largest type (20 pt down to 10 pt) at which the slide's bullets and status lines fit the box."""
    for size in range(BODY_MAX_PT, BODY_MIN_PT - 1, -1):
        if body_height(slide, box.w, size, lang) <= box.h:
            return size
    return BODY_MIN_PT


# ---- tables: sized once, drawn natively in both documents ----------------------------------------


@dataclass(frozen=True)
class TablePlan:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # mm
    size: float  # pt
    row_h: float  # mm
    right_aligned: list[bool]


def cell_text(value) -> str:
    return formats.MISSING if formats.is_missing(value) else str(value)


def plan_table(table: pd.DataFrame, box: Box) -> TablePlan:
    """The largest type (18 pt down to 8 pt) at which the table fits; columns as wide as their text."""
    header = [str(column) for column in table.columns]
    rows = [[cell_text(value) for value in row] for row in table.itertuples(index=False)]
    columns = list(zip(header, *rows, strict=True)) if rows else [(h,) for h in header]
    right = [bool(rows) and all(NUMERIC.match(c) or c == formats.MISSING for c in column[1:]) for column in columns]
    for size in range(18, 7, -1):
        padding = 2 * size * PT * 0.5
        natural = [
            max([text_width(column[0], size, True)] + [text_width(c, size) for c in column[1:]]) + padding
            for column in columns
        ]
        row_h = size * PT * 1.9
        if sum(natural) <= box.w and (len(rows) + 1) * row_h <= box.h:
            break
    spare = box.w / sum(natural)
    return TablePlan(header, rows, [w * spare for w in natural], size, min(row_h, box.h / (len(rows) + 1)), right)
