"""The board pack: the meeting's slides as a PDF and a PowerPoint file, from the same slide list.

Both documents share one page geometry and one layout per slide (cockpit.board.layout) and one
set of chart images, so page n of the PDF (pack_pdf) and slide n of the PPTX (pack_pptx) show the
same thing. Charts are rendered once per pack by kaleido, which drives Debian's chromium; one
kaleido server is kept per process so repeated packs are fast.

Use from the dashboard: `pdf_bytes(slides, meeting, lang)` / `pptx_bytes(...)` behind two download
buttons (or `pack_bytes` for both at once); from the command line:
`python -m cockpit.board pack --meeting SLUG`.
"""

import argparse
import datetime as dt
import os
import shutil
import sys
import threading
import warnings
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from cockpit.board.layout import Box, layout
from cockpit.board.model import Meeting, Slide
from cockpit.board.pack_pdf import build_pdf
from cockpit.board.pack_pptx import build_pptx
from cockpit.board.slides import build_slides
from cockpit.board.snapshots import MeetingNotFoundError, open_meeting
from cockpit.i18n import translator
from cockpit.viewer import Viewer
from common import formats, settings

PX_PER_MM = 96 / 25.4  # CSS pixels per millimetre: charts are laid out at print size
CHART_SCALE = 2  # then rendered at twice the pixels, sharp on paper and on a projector
CHART_FONT_PX = 18
DEFAULT_OUT_DIR = settings.DATA_DIR / "packs"


class ChromiumMissingError(RuntimeError):
    """Charts are rendered by kaleido in a headless chromium; none was found."""


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
        raise ChromiumMissingError(translator(lang)("pack_no_browser"))
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
    short_months = formats.month_names("de", "abbreviated")
    first, last = min(dates), max(dates)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = next((s for s in (1, 2, 3, 6, 12, 24) if months / s <= 8), 48)
    ticks = [
        tick
        for tick in pd.date_range(first.to_period("M").to_timestamp(), last, freq="MS")
        if (tick.month - 1) % min(step, 12) == 0 and (step <= 12 or tick.year % (step // 12) == 0)
    ]
    fig.update_xaxes(tickvals=ticks, ticktext=[f"{short_months[tick.month - 1]} {tick.year}" for tick in ticks])


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
    return build_pdf(slides, meeting, lang, render_charts(slides, lang) if images is None else images)


def pptx_bytes(
    slides: list[Slide], meeting: Meeting, lang: str = "de", images: dict[int, bytes] | None = None
) -> bytes:
    return build_pptx(slides, meeting, lang, render_charts(slides, lang) if images is None else images)


def pack_bytes(slides: list[Slide], meeting: Meeting, lang: str = "de") -> tuple[bytes, bytes]:
    """(PDF, PPTX) of the same slides with the charts rendered once: for two download buttons."""
    images = render_charts(slides, lang)
    return pdf_bytes(slides, meeting, lang, images), pptx_bytes(slides, meeting, lang, images)


def write_pack(meeting: Meeting, out_dir: Path, lang: str = "de") -> tuple[Path, Path]:
    """Build the meeting's slides from its snapshot and write <slug>.pdf and <slug>.pptx."""
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
    tr = translator("de")
    parser = subparsers.add_parser("pack", help=tr("pack_cli_help"), description=tr("pack_cli_help"))
    parser.add_argument("--meeting", required=True, metavar="SLUG", help=tr("pack_cli_meeting"))
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT_DIR,
        metavar="DIR",
        help=tr("pack_cli_out", default=DEFAULT_OUT_DIR),
    )
    parser.add_argument("--lang", choices=["de", "en"], default="de", help=tr("pack_cli_lang"))
    parser.set_defaults(func=run_pack_command)
    return parser


def run_pack_command(args: argparse.Namespace) -> int:
    """The `pack` command: 0 when both files were written, 2 for an unknown meeting or no chromium."""
    tr = translator(args.lang)
    try:
        # the command line acts as the Stabsstelle: every prepared meeting
        meeting = open_meeting(args.meeting, Viewer(), getattr(args, "meetings_dir", None))
    except MeetingNotFoundError:
        print(tr("pack_unknown_meeting", slug=args.meeting), file=sys.stderr)
        return 2
    try:
        paths = write_pack(meeting, args.out, args.lang)
    except ChromiumMissingError as error:
        print(error, file=sys.stderr)
        return 2
    for path in paths:
        print(tr("pack_written", path=path))
    return 0
