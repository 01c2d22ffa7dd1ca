"""The board pack as PDF (fpdf2), and the text measuring both documents use to size type.

DejaVu Sans (Debian's fonts-dejavu-core) is embedded: the core PDF fonts print neither the
status symbols ✔ ▲ ✖ ○ nor reliably umlauts and €.
"""

import io
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from fpdf import FPDF

from cockpit import formatting
from cockpit.board.model import Meeting, Slide
from cockpit.board.pack import (
    BRAND_BLUE,
    FOOTER_TOP,
    MARGIN,
    PAGE_H,
    PAGE_W,
    Box,
    SlideLayout,
    footer_text,
    layout,
    page_text,
)
from cockpit.presentation import STATUS_COLOURS, STATUS_SYMBOLS, STATUS_WORDS

FONT_DIR = Path(os.environ.get("COCKPIT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONT = "DejaVu"
PT = 25.4 / 72  # mm per typographic point
BODY_MAX_PT, BODY_MIN_PT = 20, 10
BODY_STACKED_PT = 18  # text above a table
TITLE_PT, TITLE_SLIDE_PT = 26, 36
DARK, GREY = "#1a1a1a", "#555555"
BULLET_INDENT = 6.0
PILL_GAP = 3.0
NUMERIC = re.compile(r"^[–+\-−]?[\d.,]+(\s?(%|€|Mio\. €|Tsd\. €|Mrd\. €|[A-Za-zäöü]{1,3}))?$")


def line_height(size: float) -> float:
    return size * PT * 1.3


def new_pdf() -> FPDF:
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


# --- status: colour + symbol + word --------------------------------------------------------------


def status_label(status: str | None, lang: str) -> str:
    status = status if status in STATUS_SYMBOLS else None
    german, english = STATUS_WORDS[status]
    return f"{STATUS_SYMBOLS[status]} {english if lang == 'en' else german}"


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


def fit_body_size(slide: Slide, box: Box, lang: str) -> float:
    """The largest type (20 pt down to 10 pt) at which the slide's bullets and status lines fit the box."""
    for size in range(BODY_MAX_PT, BODY_MIN_PT - 1, -1):
        if body_height(slide, box.w, size, lang) <= box.h:
            return size
    return BODY_MIN_PT


# --- tables: sized once, drawn natively in both documents ----------------------------------------


@dataclass(frozen=True)
class TablePlan:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # mm
    size: float  # pt
    row_h: float  # mm
    right_aligned: list[bool]


def cell_text(value) -> str:
    return "–" if formatting.is_missing(value) else str(value)


def plan_table(table: pd.DataFrame, box: Box) -> TablePlan:
    """The largest type (18 pt down to 8 pt) at which the table fits; columns as wide as their text."""
    header = [str(column) for column in table.columns]
    rows = [[cell_text(value) for value in row] for row in table.itertuples(index=False)]
    columns = list(zip(header, *rows, strict=True)) if rows else [(h,) for h in header]
    right = [bool(rows) and all(NUMERIC.match(c) or c == "–" for c in column[1:]) for column in columns]
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


def fitted(pdf: FPDF, text: str, width: float) -> str:
    """Cut text that cannot fit its cell even at the smallest type, with an ellipsis."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text + "…"


# --- drawing ---------------------------------------------------------------------------------------


def _colour(pdf: FPDF, hex_colour: str, kind: str = "text") -> None:
    rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    {"text": pdf.set_text_color, "fill": pdf.set_fill_color, "draw": pdf.set_draw_color}[kind](*rgb)


def _draw_pill(pdf: FPDF, status: str | None, x: float, y: float, w: float, size: float, lang: str) -> None:
    status = status if status in STATUS_SYMBOLS else None
    _colour(pdf, STATUS_COLOURS[status], "fill")
    pdf.rect(x, y, w, line_height(size), style="F", round_corners=True, corner_radius=1.5)
    _colour(pdf, label_colour(status))
    pdf.set_font(FONT, "B", size)
    pdf.set_xy(x, y)
    pdf.cell(w, line_height(size), status_label(status, lang), align="C")


def _draw_title(pdf: FPDF, slide: Slide, place: SlideLayout) -> None:
    size = TITLE_SLIDE_PT if place.centred else TITLE_PT
    while size > 16 and text_width(slide.title, size, True) > place.title.w:
        size -= 1
    pdf.set_font(FONT, "B", size)
    _colour(pdf, BRAND_BLUE)
    pdf.set_xy(place.title.x, place.title.y)
    pdf.cell(place.title.w, place.title.h, slide.title, align="C" if place.centred else "L")
    if slide.subtitle:
        pdf.set_font(FONT, "", 20 if place.centred else 15)
        _colour(pdf, GREY)
        pdf.set_xy(place.subtitle.x, place.subtitle.y)
        pdf.cell(place.subtitle.w, place.subtitle.h, slide.subtitle, align="C" if place.centred else "L")


def _draw_text(pdf: FPDF, slide: Slide, box: Box, centred: bool, lang: str) -> None:
    size = fit_body_size(slide, box, lang)
    height, gap = line_height(size), 0.5 * line_height(size)
    y = box.y
    _colour(pdf, DARK)
    for bullet in slide.bullets:
        pdf.set_font(FONT, "", size)
        if centred:
            pdf.set_xy(box.x, y)
            pdf.multi_cell(box.w, height, bullet, align="C")
        else:
            pdf.set_xy(box.x, y)
            pdf.cell(BULLET_INDENT, height, "•")
            pdf.set_xy(box.x + BULLET_INDENT, y)
            pdf.multi_cell(box.w - BULLET_INDENT, height, bullet, align="L")
        y = pdf.get_y() + gap
    pill = pill_width(size, lang)
    for item in slide.status_items:
        _draw_pill(pdf, item.status, box.x, y, pill, size, lang)
        _colour(pdf, DARK)
        pdf.set_font(FONT, "", size)
        pdf.set_xy(box.x + pill + PILL_GAP, y)
        pdf.multi_cell(box.w - pill - PILL_GAP, height, item.text, align="L")
        y = pdf.get_y() + gap


def _draw_table(pdf: FPDF, table: pd.DataFrame, box: Box, lang: str) -> None:
    plan = plan_table(table, box)
    pdf.set_line_width(0.2)
    _colour(pdf, "#bbbbbb", "draw")
    y = box.y
    for row_number, row in enumerate([plan.header, *plan.rows]):
        x = box.x
        for column, (value, width) in enumerate(zip(row, plan.widths, strict=True)):
            status = status_of_label(value) if row_number else False
            fill = BRAND_BLUE if row_number == 0 else ("#f2f5f9" if row_number % 2 == 0 else "#ffffff")
            _colour(pdf, STATUS_COLOURS[status] if status is not False else fill, "fill")
            pdf.rect(x, y, width, plan.row_h, style="DF")
            _colour(pdf, "#ffffff" if row_number == 0 else (label_colour(status) if status is not False else DARK))
            pdf.set_font(FONT, "B" if row_number == 0 or status is not False else "", plan.size)
            padding = plan.size * PT * 0.5
            pdf.set_xy(x + padding, y)
            align = "R" if plan.right_aligned[column] and row_number else ("C" if status is not False else "L")
            pdf.cell(width - 2 * padding, plan.row_h, fitted(pdf, value, width - 2 * padding), align=align)
            x += width
        y += plan.row_h


def _draw_footer(pdf: FPDF, meeting: Meeting, number: int, total: int, footnote: str, place: SlideLayout, lang: str):
    if footnote:
        pdf.set_font(FONT, "", 9)
        _colour(pdf, GREY)
        pdf.set_xy(place.footnote.x, place.footnote.y)
        pdf.cell(place.footnote.w, place.footnote.h, fitted(pdf, footnote, place.footnote.w))
    _colour(pdf, "#bbbbbb", "draw")
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, FOOTER_TOP, PAGE_W - MARGIN, FOOTER_TOP)
    pdf.set_font(FONT, "", 10)
    _colour(pdf, GREY)
    pdf.set_xy(MARGIN, FOOTER_TOP + 1)
    pdf.cell(PAGE_W - 2 * MARGIN - 30, 6, footer_text(meeting, lang))
    pdf.set_xy(PAGE_W - MARGIN - 30, FOOTER_TOP + 1)
    pdf.cell(30, 6, page_text(number, total, lang), align="R")


def build_pdf(slides: list[Slide], meeting: Meeting, lang: str, images: dict[int, bytes]) -> bytes:
    pdf = new_pdf()
    pdf.set_title(f"{meeting.name} – {footer_text(meeting, lang)}")
    pdf.set_creation_date(meeting.created_at)
    for index, slide in enumerate(slides):
        pdf.add_page()
        place = layout(slide, lang)
        _draw_title(pdf, slide, place)
        if place.text:
            _draw_text(pdf, slide, place.text, place.centred, lang)
        if place.table:
            _draw_table(pdf, slide.table, place.table, lang)
        if place.figure and index in images:
            box = place.figure
            pdf.image(io.BytesIO(images[index]), x=box.x, y=box.y, w=box.w, h=box.h, alt_text=slide.title)
        _draw_footer(pdf, meeting, index + 1, len(slides), slide.footnote, place, lang)
    return bytes(pdf.output())
