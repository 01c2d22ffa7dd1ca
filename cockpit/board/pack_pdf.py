"""The board pack as PDF (fpdf2): the slides drawn on the page cockpit.board.layout plans.

DejaVu Sans (Debian's fonts-dejavu-core) is embedded: the core PDF fonts print neither the
status symbols ✔ ▲ ✖ ○ nor reliably umlauts and €.
"""

import io

import pandas as pd
from fpdf import FPDF

from cockpit.board.layout import (
    BRAND_BLUE,
    BULLET_INDENT,
    DARK,
    FONT,
    FOOTER_TOP,
    GREY,
    MARGIN,
    PAGE_W,
    PILL_GAP,
    PT,
    Box,
    SlideLayout,
    fit_body_size,
    footer_text,
    label_colour,
    layout,
    line_height,
    new_pdf,
    page_text,
    pill_width,
    plan_table,
    status_of_label,
    title_size,
)
from cockpit.board.model import Meeting, Slide
from cockpit.presentation import STATUS_COLOURS, STATUS_SYMBOLS, status_label


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
    pdf.set_font(FONT, "B", title_size(slide.title, place.title.w, place.centred))
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
