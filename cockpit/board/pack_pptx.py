"""The board pack as PowerPoint (python-pptx): 16:9, everything editable except the chart pictures.

Titles sit in the title placeholder, bullets and status lines are text (the status as a
coloured symbol run plus the word), tables are native PowerPoint tables; the sizes come from
the same layout and type fitting as the PDF (cockpit.board.layout).
"""

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Mm, Pt

from cockpit.board.layout import (
    BRAND_BLUE,
    DARK,
    FOOTER_TOP,
    GREY,
    MARGIN,
    PAGE_W,
    Box,
    SlideLayout,
    fit_body_size,
    footer_text,
    label_colour,
    layout,
    page_text,
    plan_table,
    status_of_label,
    title_size,
)
from cockpit.board.model import Meeting, Slide
from cockpit.presentation import STATUS_COLOURS, STATUS_SYMBOLS, STATUS_WORDS

TITLE_SLIDE_LAYOUT, TITLE_ONLY_LAYOUT = 0, 5  # in python-pptx's default template
SLIDE_W_EMU, SLIDE_H_EMU = 12_192_000, 6_858_000  # PowerPoint's widescreen 16:9 = PAGE_W x PAGE_H mm


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _place(shape, box: Box) -> None:
    shape.left, shape.top, shape.width, shape.height = Mm(box.x), Mm(box.y), Mm(box.w), Mm(box.h)


def _text_frame(slide, box: Box):
    frame = slide.shapes.add_textbox(Mm(box.x), Mm(box.y), Mm(box.w), Mm(box.h)).text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    return frame


def _run(paragraph, text: str, size: float, colour: str, bold: bool = False):
    run = paragraph.add_run()
    run.text = text
    run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, _rgb(colour)
    return run


def _title(pptx_slide, slide: Slide, place: SlideLayout) -> None:
    size = title_size(slide.title, place.title.w, place.centred)
    title = pptx_slide.shapes.title
    _place(title, place.title)
    frame = title.text_frame
    frame.clear()
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = 0
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER if place.centred else PP_ALIGN.LEFT
    _run(paragraph, slide.title, size, BRAND_BLUE, bold=True)
    if not slide.subtitle:
        for shape in [shape for shape in pptx_slide.placeholders if shape.placeholder_format.idx == 1]:
            shape.element.getparent().remove(shape.element)  # no empty "click to add" box
        return
    if place.centred:  # the title slide's own subtitle placeholder
        subtitle = next(shape for shape in pptx_slide.placeholders if shape.placeholder_format.idx == 1)
        _place(subtitle, place.subtitle)
        frame = subtitle.text_frame
        frame.clear()
    else:
        frame = _text_frame(pptx_slide, place.subtitle)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER if place.centred else PP_ALIGN.LEFT
    _run(paragraph, slide.subtitle, 20 if place.centred else 15, GREY)


def _body(pptx_slide, slide: Slide, box: Box, centred: bool, lang: str) -> None:
    size = fit_body_size(slide, box, lang)
    frame = _text_frame(pptx_slide, box)
    first = True
    for bullet in slide.bullets:
        paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        paragraph.alignment = PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT
        paragraph.space_after = Pt(size * 0.5)
        _run(paragraph, bullet if centred else f"•  {bullet}", size, DARK)
    for item in slide.status_items:
        paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        paragraph.space_after = Pt(size * 0.5)
        status = item.status if item.status in STATUS_SYMBOLS else None
        word = STATUS_WORDS[status][1 if lang == "en" else 0]
        _run(paragraph, STATUS_SYMBOLS[status], size, STATUS_COLOURS[status], bold=True)
        _run(paragraph, f" {word}", size, DARK, bold=True)
        _run(paragraph, f"  {item.text}", size, DARK)


def _table(pptx_slide, slide: Slide, box: Box) -> None:
    plan = plan_table(slide.table, box)
    rows, columns = len(plan.rows) + 1, len(plan.header)
    shape = pptx_slide.shapes.add_table(
        rows, columns, Mm(box.x), Mm(box.y), Mm(sum(plan.widths)), Mm(plan.row_h * rows)
    )
    table = shape.table
    for column, width in enumerate(plan.widths):
        table.columns[column].width = Mm(width)
    for row_number, values in enumerate([plan.header, *plan.rows]):
        table.rows[row_number].height = Mm(plan.row_h)
        for column, value in enumerate(values):
            cell = table.cell(row_number, column)
            cell.margin_top = cell.margin_bottom = 0
            cell.margin_left = cell.margin_right = Pt(plan.size * 0.5)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            status = status_of_label(value) if row_number else False
            if status is not False:
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(STATUS_COLOURS[status])
            paragraph = cell.text_frame.paragraphs[0]
            if row_number and plan.right_aligned[column]:
                paragraph.alignment = PP_ALIGN.RIGHT
            colour = "#ffffff" if row_number == 0 else (label_colour(status) if status is not False else DARK)
            _run(paragraph, value, plan.size, colour, bold=row_number == 0 or status is not False)


def _footer(
    pptx_slide, meeting: Meeting, number: int, total: int, footnote: str, place: SlideLayout, lang: str
) -> None:
    if footnote:
        _run(_text_frame(pptx_slide, place.footnote).paragraphs[0], footnote, 9, GREY)
    line = pptx_slide.shapes.add_connector(1, Mm(MARGIN), Mm(FOOTER_TOP), Mm(PAGE_W - MARGIN), Mm(FOOTER_TOP))
    line.line.color.rgb = _rgb("#bbbbbb")
    frame = _text_frame(pptx_slide, Box(MARGIN, FOOTER_TOP + 1, PAGE_W - 2 * MARGIN - 30, 6))
    _run(frame.paragraphs[0], footer_text(meeting, lang), 10, GREY)
    frame = _text_frame(pptx_slide, Box(PAGE_W - MARGIN - 30, FOOTER_TOP + 1, 30, 6))
    frame.paragraphs[0].alignment = PP_ALIGN.RIGHT
    _run(frame.paragraphs[0], page_text(number, total, lang), 10, GREY)


def build_pptx(slides: list[Slide], meeting: Meeting, lang: str, images: dict[int, bytes]) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(SLIDE_W_EMU), Emu(SLIDE_H_EMU)
    deck.core_properties.title = meeting.name
    deck.core_properties.subject = footer_text(meeting, lang)
    deck.core_properties.language = "de-DE" if lang == "de" else "en-GB"
    for index, slide in enumerate(slides):
        place = layout(slide, lang)
        pptx_slide = deck.slides.add_slide(
            deck.slide_layouts[TITLE_SLIDE_LAYOUT if place.centred else TITLE_ONLY_LAYOUT]
        )
        _title(pptx_slide, slide, place)
        if place.text:
            _body(pptx_slide, slide, place.text, place.centred, lang)
        if place.table:
            _table(pptx_slide, slide, place.table)
        if place.figure and index in images:
            box = place.figure
            picture = pptx_slide.shapes.add_picture(
                io.BytesIO(images[index]), Mm(box.x), Mm(box.y), Mm(box.w), Mm(box.h)
            )
            picture.name = f"{slide.key} chart"
        _footer(pptx_slide, meeting, index + 1, len(slides), slide.footnote, place, lang)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
