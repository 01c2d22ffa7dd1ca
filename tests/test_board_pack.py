"""Board pack: the PDF and PowerPoint papers a Board member opens before the meeting.

The files are written by the real writers with real charts (kaleido drives Debian's chromium)
and read back with pypdf and python-pptx, as a reader's tools would see them.
"""

import argparse
import datetime as dt
import io
import os
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from pptx import Presentation
from pptx.util import Mm
from pypdf import PdfReader

from cockpit.board.layout import FOOTER_TOP
from cockpit.board.model import Meeting, Slide, StatusItem
from cockpit.board.pack import add_pack_command, chromium_path, pdf_bytes, write_pack, write_pdf, write_pptx
from cockpit.viewer import Viewer
from common import settings

pytestmark = pytest.mark.skipif(
    chromium_path() is None and not os.environ.get("CI"),
    reason="charts need chromium (make browser); CI must have it",
)

MEETING = Meeting(
    slug="2026-12-09-smart-city-board-4-2026",
    name="Smart-City-Board 4/2026",
    meeting_date=dt.date(2026, 12, 9),
    data_as_of=dt.date(2026, 10, 31),
    scope_units=None,
    created_at=dt.datetime(2026, 11, 26, 10, 0),
    snapshot_path=Path("unused.duckdb"),
)
SUBTITLE = "Sitzung am 09.12.2026 · Datenstand 31.10.2026"


def hand_made_slides() -> list[Slide]:
    chart = go.Figure(
        go.Bar(
            x=["Ansatz", "Ist", "verfügbar"],
            y=[320_000, 170_000, 150_000],
            text=["320.000 €", "170.000 €", "150.000 €"],
            textposition="outside",
        )
    )
    return [
        Slide("title", "Smart-City-Board 4/2026", bullets=["Sitzung am 09.12.2026", "Datenstand 31.10.2026"]),
        Slide(
            "portfolio",
            "Portfolio auf einen Blick",
            subtitle=SUBTITLE,
            bullets=["3 Projekte im Portfolio"],
            status_items=[
                StatusItem("P-002 Geodatenportal: Lieferant fällt aus", "rot"),
                StatusItem("P-001 WLAN Innenstadt: planmäßig", "grün"),
            ],
        ),
        Slide(
            "risks",
            "Top-Risiken",
            subtitle=SUBTITLE,
            table=pd.DataFrame(
                {
                    "Projekt": ["P-002 Geodatenportal", "P-001 WLAN Innenstadt"],
                    "Status": ["✖ rot", "▲ gelb"],
                    "Schaden": ["250.000 €", "12.500 €"],
                },
                dtype=object,
            ),
        ),
        Slide(
            "budget",
            "Budget und Förderung 2026",
            subtitle=SUBTITLE,
            figure=chart,
            footnote="Ansatz = fortgeschriebener Ansatz",
        ),
    ]


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pack")
    slides = hand_made_slides()
    return (write_pdf(slides, MEETING, folder / "board.pdf"), write_pptx(slides, MEETING, folder / "board.pptx"))


def footer_texts(slide) -> str:
    return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame and s.top >= Mm(FOOTER_TOP))


def test_pdf_has_one_page_per_slide_with_its_title_and_the_dates(pack):
    pages = PdfReader(pack[0]).pages
    assert len(pages) == 4
    for number, (page, slide) in enumerate(zip(pages, hand_made_slides(), strict=True), start=1):
        content = page.extract_text()
        assert slide.title in content
        assert "Smart-City-Board 4/2026 · Sitzung am 09.12.2026 · Datenstand 31.10.2026" in content
        assert f"Seite {number}/4" in content


def test_pdf_shows_status_as_symbol_and_word_and_tables_as_formatted_text(pack):
    pages = PdfReader(pack[0]).pages
    assert "✖ rot P-002 Geodatenportal: Lieferant fällt aus" in pages[1].extract_text()
    assert "✔ grün P-001 WLAN Innenstadt: planmäßig" in pages[1].extract_text()
    table_text = pages[2].extract_text()
    assert "P-002 Geodatenportal ✖ rot 250.000 €" in table_text
    assert "P-001 WLAN Innenstadt ▲ gelb 12.500 €" in table_text


def test_pdf_chart_is_a_sharp_image(pack):
    page = PdfReader(pack[0]).pages[3]
    assert len(page.images) == 1
    assert page.images[0].image.width >= 1000
    assert "Ansatz = fortgeschriebener Ansatz" in page.extract_text()


def test_pptx_titles_are_text_in_the_title_placeholder_and_dates_in_the_footer(pack):
    deck = Presentation(pack[1])
    assert deck.slide_width * 9 == deck.slide_height * 16
    assert len(deck.slides) == 4
    for number, (pptx_slide, slide) in enumerate(zip(deck.slides, hand_made_slides(), strict=True), start=1):
        assert pptx_slide.shapes.title.text == slide.title
        footer = footer_texts(pptx_slide)
        assert "Sitzung am 09.12.2026" in footer and "Datenstand 31.10.2026" in footer
        assert f"Seite {number}/4" in footer


def test_pptx_status_lines_and_bullets_are_editable_text(pack):
    body = [s.text_frame.text for s in Presentation(pack[1]).slides[1].shapes if s.has_text_frame]
    assert any("✖ rot  P-002 Geodatenportal: Lieferant fällt aus" in text for text in body)
    assert any("3 Projekte im Portfolio" in text for text in body)


def test_pptx_table_is_a_native_table_with_the_formatted_values(pack):
    tables = [s.table for s in Presentation(pack[1]).slides[2].shapes if s.has_table]
    assert len(tables) == 1
    cells = [[cell.text for cell in row.cells] for row in tables[0].rows]
    assert cells == [
        ["Projekt", "Status", "Schaden"],
        ["P-002 Geodatenportal", "✖ rot", "250.000 €"],
        ["P-001 WLAN Innenstadt", "▲ gelb", "12.500 €"],
    ]


def test_pptx_chart_is_a_picture_at_least_1000_px_wide(pack):
    pictures = [s for s in Presentation(pack[1]).slides[3].shapes if s.shape_type == 13]
    assert len(pictures) == 1
    width, _ = pictures[0].image.size  # pixels of the embedded PNG
    assert width >= 1000


def test_english_department_pack_says_so_on_every_page():
    meeting = Meeting(**{**MEETING.__dict__, "scope_units": ("61",)})
    pages = PdfReader(io.BytesIO(pdf_bytes(hand_made_slides()[:3], meeting, lang="en"))).pages
    for number, page in enumerate(pages, start=1):
        content = page.extract_text()
        assert "Meeting on 09/12/2026 · Data as of 31/10/2026 · Scope: unit 61" in content
        assert f"Page {number}/3" in content
    assert "✖ red P-002" in pages[1].extract_text()


def prepared_meeting(warehouse: Path, snapshots: Path) -> Meeting:
    from cockpit.board.snapshots import prepare_meeting

    return prepare_meeting(
        "Smart-City-Board 4/2026",
        dt.date(2026, 12, 9),
        dt.date(2026, 10, 31),
        Viewer(),
        warehouse=warehouse,
        snapshots_dir=snapshots,
    )


def test_full_pack_from_a_prepared_meeting_has_the_slides_of_the_board_mode(warehouse, tmp_path):
    from cockpit.board.slides import build_slides

    meeting = prepared_meeting(warehouse, tmp_path / "meetings")
    pdf, pptx = write_pack(meeting, tmp_path / "out")
    assert (pdf.name, pptx.name) == (
        "2026-12-09-smart-city-board-4-2026.pdf",
        "2026-12-09-smart-city-board-4-2026.pptx",
    )
    titles = [slide.title for slide in build_slides(meeting)]
    assert len(titles) == 8
    pages = PdfReader(pdf).pages
    assert len(pages) == 8
    for page, title in zip(pages, titles, strict=True):
        assert title in page.extract_text()
        assert "Datenstand 31.10.2026" in page.extract_text()
    assert [s.shapes.title.text for s in Presentation(pptx).slides] == titles


def test_pack_command_writes_both_files_and_names_an_unknown_meeting(warehouse, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(settings, "DATA_DIR", tmp_path / "data")
    meeting = prepared_meeting(warehouse, tmp_path / "data" / "meetings")
    parser = argparse.ArgumentParser(prog="python -m cockpit.board")
    add_pack_command(parser.add_subparsers(dest="command"))

    args = parser.parse_args(["pack", "--meeting", meeting.slug, "--out", str(tmp_path / "out")])
    assert args.func(args) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [f"{meeting.slug}.pdf", f"{meeting.slug}.pptx"]
    assert f"Geschrieben: {tmp_path / 'out' / meeting.slug}.pdf" in capsys.readouterr().out

    args = parser.parse_args(["pack", "--meeting", "2026-01-01-gibt-es-nicht"])
    assert args.func(args) == 2
    assert "Keine vorbereitete Sitzung mit dem Kürzel 2026-01-01-gibt-es-nicht." in capsys.readouterr().err
