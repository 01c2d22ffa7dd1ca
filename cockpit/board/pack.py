"""The board pack: the meeting's slides as a PDF and a PowerPoint file, from the same slide list.

Both documents share one page geometry (16:9, 338.7 x 190.5 mm, PowerPoint's widescreen size),
one layout per slide and one set of chart images, so page n of the PDF and slide n of the
PPTX show the same thing. Charts are rendered once per pack by kaleido, which drives Debian's
chromium; one kaleido server is kept per process so repeated packs are fast.

Use from the dashboard: `pdf, pptx = pack_bytes(slides, meeting, lang)` for two
st.download_button calls; from the command line: `python -m cockpit.board pack --meeting SLUG`.
"""

import argparse
import datetime as dt
import os
import shutil
import sys
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from cockpit import config, formatting
from cockpit.board.model import Meeting, Slide
from cockpit.texts.board_pack import TEXTS

PAGE_W = 338.667  # mm, 13.333 in: PowerPoint's 16:9 slide
PAGE_H = 190.5  # mm, 7.5 in
MARGIN = 14.0
BODY_TOP = 37.0
FOOTER_TOP = PAGE_H - 11.0
BODY_BOTTOM = PAGE_H - 15.0
GAP = 8.0
FOOTNOTE_H = 6.0
BRAND_BLUE = "#004f9f"
PX_PER_MM = 96 / 25.4  # CSS pixels per millimetre: charts are laid out at print size
CHART_SCALE = 2  # then rendered at twice the pixels, sharp on paper and on a projector
CHART_FONT_PX = 18
GERMAN_SHORT_MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
DEFAULT_OUT_DIR = config.DATA_DIR / "packs"


class ChromiumMissingError(RuntimeError):
    """Charts are rendered by kaleido in a headless chromium; none was found."""


def text(key: str, lang: str, **values) -> str:
    german, english = TEXTS[key]
    return (english if lang == "en" else german).format(**values)


def footer_text(meeting: Meeting, lang: str) -> str:
    """'Smart-City-Board 4/2026 · Sitzung am 09.12.2026 · Datenstand 31.10.2026' on every page."""
    parts = [
        meeting.name,
        text("pack_meeting_on", lang, date=formatting.date(meeting.meeting_date, lang)),
        text("pack_data_as_of", lang, date=formatting.date(meeting.data_as_of, lang)),
    ]
    if meeting.scope_units:
        parts.append(text("pack_scope", lang, units=", ".join(meeting.scope_units)))
    return " · ".join(parts)


def page_text(number: int, total: int, lang: str) -> str:
    return text("pack_page", lang, page=number, pages=total)


# --- layout: where title, text, table, chart and footnote go on a page --------------------------


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
        from cockpit.board.pack_pdf import BODY_STACKED_PT, body_height

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


# --- charts: Plotly figures as PNG via kaleido and chromium --------------------------------------

_kaleido_lock = threading.Lock()


def chromium_path() -> str | None:
    """The browser kaleido will drive: $BROWSER_PATH, else Debian's chromium on the PATH."""
    if os.environ.get("BROWSER_PATH"):
        return os.environ["BROWSER_PATH"]
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    return None


def _start_kaleido(lang: str) -> None:
    import kaleido

    browser = chromium_path()
    if browser is None:
        raise ChromiumMissingError(text("pack_no_browser", lang))
    # mathjax=False: nothing is fetched from the internet (its default is a CDN script).
    kaleido.start_sync_server(mathjax=False, path=browser, silence_warnings=True)


def _german_date_ticks(fig: go.Figure) -> None:
    """Static images get no Plotly locale: label a date x axis with German month names ourselves."""
    axis = fig.layout.xaxis
    if axis.tickvals is not None or (axis.tickformat and "%b" not in axis.tickformat):
        return
    dates = []
    for trace in fig.data:
        values = getattr(trace, "x", None)
        if values is None or len(values) == 0 or getattr(trace, "orientation", None) == "h":
            continue
        series = pd.Series(list(values))
        if pd.api.types.is_datetime64_any_dtype(series) or isinstance(series.iloc[0], dt.date):
            dates.extend(pd.to_datetime(series).dropna())
    if not dates:
        return
    first, last = min(dates), max(dates)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = next((s for s in (1, 2, 3, 6, 12, 24) if months / s <= 8), 48)
    ticks = [
        tick
        for tick in pd.date_range(first.to_period("M").to_timestamp(), last, freq="MS")
        if (tick.month - 1) % min(step, 12) == 0 and (step <= 12 or tick.year % (step // 12) == 0)
    ]
    fig.update_xaxes(tickvals=ticks, ticktext=[f"{GERMAN_SHORT_MONTHS[tick.month - 1]} {tick.year}" for tick in ticks])


def print_figure(figure: go.Figure, lang: str) -> go.Figure:
    """A copy of the slide's chart styled for paper: white ground, German separators and months."""
    fig = go.Figure(figure)
    fig.update_layout(
        separators=",." if lang == "de" else ".,",
        paper_bgcolor="white",
        plot_bgcolor="white",
        width=None,
        height=None,
    )
    if fig.layout.font.size is None:  # the slides' own type (sized for the wall) is kept
        fig.update_layout(font={"size": CHART_FONT_PX, "color": "#1a1a1a"})
    if fig.layout.margin.l is None:
        fig.update_layout(margin={"l": 10, "r": 10, "t": 50 if fig.layout.title.text else 20, "b": 10})
    fig.update_xaxes(automargin=True, gridcolor="#dddddd")
    fig.update_yaxes(automargin=True, gridcolor="#dddddd")
    if lang == "de":
        _german_date_ticks(fig)
    return fig


def chart_png(figure: go.Figure, box: Box, lang: str) -> bytes:
    """The chart as a PNG sized for its box: layout at print size, pixels at CHART_SCALE."""
    width, height = round(box.w * PX_PER_MM), round(box.h * PX_PER_MM)
    with _kaleido_lock:
        _start_kaleido(lang)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return print_figure(figure, lang).to_image(format="png", width=width, height=height, scale=CHART_SCALE)


def render_charts(slides: list[Slide], lang: str = "de") -> dict[int, bytes]:
    """Every slide's chart once, keyed by slide position; both documents place the same images."""
    return {
        index: chart_png(slide.figure, layout(slide, lang).figure, lang)
        for index, slide in enumerate(slides)
        if slide.figure is not None
    }


# --- the documents --------------------------------------------------------------------------------


def write_pdf(
    slides: list[Slide], meeting: Meeting, path: Path, lang: str = "de", images: dict[int, bytes] | None = None
) -> Path:
    path = Path(path)
    path.write_bytes(pdf_bytes(slides, meeting, lang, images))
    return path


def write_pptx(
    slides: list[Slide], meeting: Meeting, path: Path, lang: str = "de", images: dict[int, bytes] | None = None
) -> Path:
    path = Path(path)
    path.write_bytes(pptx_bytes(slides, meeting, lang, images))
    return path


def pdf_bytes(slides: list[Slide], meeting: Meeting, lang: str = "de", images: dict[int, bytes] | None = None) -> bytes:
    from cockpit.board.pack_pdf import build_pdf

    return build_pdf(slides, meeting, lang, render_charts(slides, lang) if images is None else images)


def pptx_bytes(
    slides: list[Slide], meeting: Meeting, lang: str = "de", images: dict[int, bytes] | None = None
) -> bytes:
    from cockpit.board.pack_pptx import build_pptx

    return build_pptx(slides, meeting, lang, render_charts(slides, lang) if images is None else images)


def pack_bytes(slides: list[Slide], meeting: Meeting, lang: str = "de") -> tuple[bytes, bytes]:
    """(PDF, PPTX) of the same slides with the charts rendered once: for two download buttons."""
    images = render_charts(slides, lang)
    return pdf_bytes(slides, meeting, lang, images), pptx_bytes(slides, meeting, lang, images)


def write_pack(meeting: Meeting, out_dir: Path, lang: str = "de") -> tuple[Path, Path]:
    """Build the meeting's slides from its snapshot and write <slug>.pdf and <slug>.pptx."""
    from cockpit.board.slides import build_slides

    slides = build_slides(meeting, lang)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    images = render_charts(slides, lang)
    return (
        write_pdf(slides, meeting, out_dir / f"{meeting.slug}.pdf", lang, images),
        write_pptx(slides, meeting, out_dir / f"{meeting.slug}.pptx", lang, images),
    )


# --- command line: python -m cockpit.board pack --meeting SLUG [--out DIR] [--lang de|en] ------


def add_pack_command(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("pack", help=text("pack_cli_help", "de"), description=text("pack_cli_help", "de"))
    parser.add_argument("--meeting", required=True, metavar="SLUG", help=text("pack_cli_meeting", "de"))
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT_DIR,
        metavar="DIR",
        help=text("pack_cli_out", "de", default=DEFAULT_OUT_DIR),
    )
    parser.add_argument("--lang", choices=["de", "en"], default="de", help=text("pack_cli_lang", "de"))
    parser.set_defaults(func=run_pack_command)
    return parser


def run_pack_command(args: argparse.Namespace) -> int:
    """The `pack` command: 0 when both files were written, 2 for an unknown meeting or no chromium."""
    from streamlit import logger as streamlit_logger

    from cockpit.board.snapshots import MeetingNotFoundError, open_meeting

    try:
        meeting = open_meeting(args.meeting, getattr(args, "meetings_dir", None))
    except MeetingNotFoundError:
        print(text("pack_unknown_meeting", args.lang, slug=args.meeting), file=sys.stderr)
        return 2
    streamlit_logger.set_log_level("error")  # the data functions' caches warn "no runtime" outside streamlit
    try:
        paths = write_pack(meeting, args.out, args.lang)
    except ChromiumMissingError as error:
        print(error, file=sys.stderr)
        return 2
    for path in paths:
        print(text("pack_written", args.lang, path=path))
    return 0
