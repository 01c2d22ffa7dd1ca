"""No figure without its as-of date (issue 11): every section of a page that shows a metric, a chart or a table
says a date (31.10.2026, or a month such as "Oktober 2026"); every download carries its as-of date in a last
column AS_OF_HEADER; every slide of a prepared meeting and every page of its PDF and PowerPoint pack says the data
date; slide 3 names the same earlier meeting as slides 2 and 7; a trend never compares a running month.

"Near" is the section as a user reads it: the block from one heading (title, header, subheader, a KPI card's
#### heading) to the next, a tab on its own."""

import datetime as dt
import io
import re

import openpyxl
import pytest
from pptx import Presentation
from pypdf import PdfReader

from cockpit.board.pack import pdf_bytes, pptx_bytes
from cockpit.board.slides import build_slides
from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import Viewer

MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
DATE = re.compile(rf"\b\d{{2}}\.\d{{2}}\.\d{{4}}\b|\b({MONTHS}) \d{{4}}\b")
AS_OF_HEADER = "Datenstand"
FIGURES = {"metric", "plotly_chart", "dataframe", "arrow_data_frame"}
HEADINGS = {"title", "header", "subheader"}
PAGES = [
    ("pages/overview.py", {}),
    ("pages/budget.py", {}),
    ("pages/kpi_catalogue.py", {}),
    ("pages/wlan.py", {}),
    ("pages/parking.py", {}),
    ("pages/emergency_care.py", {}),
    ("pages/project_list.py", {}),
    ("pages/project_profile.py", {"projekt": "P-001"}),
    ("pages/project_profile.py", {"projekt": "P-002"}),
    ("pages/data_status.py", {}),
    ("pages/review.py", {}),
]


def _text(element) -> str:
    for attribute in ("value", "body", "label"):
        value = getattr(element, attribute, None)
        if isinstance(value, str):
            return value
    return ""


def _is_heading(element) -> bool:
    kind = getattr(element, "type", "")
    return kind in HEADINGS or (kind == "markdown" and _text(element).startswith("#"))


def sections(app) -> list[list]:
    """The page's elements in reading order, cut into sections at each heading and around each tab."""
    cut: list[list] = [[]]

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if children is None or (hasattr(node, "proto") and not children and type(node).__name__ != "Tab"):
            if _is_heading(node):
                cut.append([])
            cut[-1].append(node)
            return
        is_tab = type(node).__name__ == "Tab"
        if is_tab:
            cut.append([])
        for child in children.values():
            walk(child)
        if is_tab:
            cut.append([])

    walk(app._tree[0])
    return [part for part in cut if part]


@pytest.mark.parametrize(("page", "query"), PAGES, ids=[f"{p}{q}" for p, q in PAGES])
def test_every_section_with_a_figure_says_its_date(read_page, page, query):
    app = read_page(page, **query)
    assert not app.exception
    undated = [
        [f"{getattr(e, 'type', '?')}: {_text(e)[:60]}" for e in part]
        for part in sections(app)
        if any(getattr(e, "type", "") in FIGURES for e in part) and not any(DATE.search(_text(e)) for e in part)
    ]
    assert not undated, undated


def _downloads(app) -> list:
    return [b for b in app.get("download_button") if b.proto.url]


def _csv_rows(content: bytes) -> list[list[str]]:
    return [line.split(";") for line in content.decode("utf-8-sig").splitlines()]


@pytest.mark.parametrize(("page", "query"), PAGES, ids=[f"{p}{q}" for p, q in PAGES])
def test_every_download_carries_its_as_of_date(read_page, downloads, page, query):
    app = read_page(page, **query)
    buttons = _downloads(app)
    if page != "pages/review.py":  # the review page offers its tables only where a month has reports
        assert buttons, "the page offers downloads"
    for button in buttons:
        content = downloads(button)
        if content.startswith(b"PK"):  # .xlsx
            sheet = openpyxl.load_workbook(io.BytesIO(content)).active
            header = [cell.value for cell in sheet[1]]
            assert AS_OF_HEADER in header, (button.label, header)
            at = header.index(AS_OF_HEADER)
            dates = {row[at] for row in sheet.iter_rows(min_row=2, values_only=True)}
            assert all(isinstance(d, dt.date) for d in dates), (button.label, dates)
        else:
            header, *rows = _csv_rows(content)
            header = [h.strip('"') for h in header]
            assert AS_OF_HEADER in header, (button.label, header)
            at = header.index(AS_OF_HEADER)
            dates = {row[at].strip('"') for row in rows}
            assert all(re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", d) for d in dates), (button.label, dates)
        if header[-1] == AS_OF_HEADER:  # the download's own date: one for every row (else each row's own, e.g. a KPI's)
            assert len(dates) <= 1, (button.label, dates)


def _csv_as_of(app, downloads, stem: str) -> str:
    button = next(b for b in _downloads(app) if b.proto.id.endswith(f"{stem}_csv"))
    header, *rows = _csv_rows(downloads(button))
    return rows[0][-1]


@pytest.mark.parametrize(
    ("page", "stem", "as_of"),
    [
        ("pages/wlan.py", "wlan_usage_chart", "01.10.2026"),  # the last usage day, as the caption says
        ("pages/wlan.py", "wlan_over_time", "26.11.2026"),
        ("pages/parking.py", "parking_tickets_chart", "01.10.2026"),  # the last parking session
        ("pages/parking.py", "parking_share_chart", "05.10.2026"),  # the last machine emptying
        ("pages/budget.py", "budget_nach_art_table", "31.10.2026"),  # the actuals' date
        ("pages/budget.py", "budget_nach_jahr_table", "31.10.2026"),
        ("pages/emergency_care.py", "emergency_urgency_chart", "02.01.2026"),  # the last announcement
        ("pages/overview.py", "handlungsbedarf_table", "26.11.2026"),  # the Stichtag
    ],
)
def test_a_download_s_date_is_the_one_its_section_says(read_page, downloads, page, stem, as_of):
    app = read_page(page)
    if not any(b.proto.id.endswith(f"{stem}_csv") for b in _downloads(app)):
        pytest.fail(f"no download {stem}: {[b.proto.id.rsplit('-', 1)[-1] for b in _downloads(app)]}")
    assert _csv_as_of(app, downloads, stem) == as_of


def test_the_kpi_catalogue_and_the_project_list_carry_the_stichtag(read_page, downloads):
    for page, file_name in (("pages/kpi_catalogue.py", "kpi_katalog"), ("pages/project_list.py", "projektliste")):
        app = read_page(page)
        csv = next(b for b in _downloads(app) if "CSV" in b.label)
        header, *rows = _csv_rows(downloads(csv))
        assert header[-1].strip('"') == AS_OF_HEADER, file_name
        assert {row[-1].strip('"') for row in rows} == {"26.11.2026"}, file_name


def test_a_running_month_is_not_called_a_fall(read_page):
    """The fixture's parking data end on 01.10.2026: October is still running, so no trend from it."""
    words = [c.value for c in read_page("pages/parking.py").caption if c.value.startswith("In Worten: Parkscheine,")]
    assert words and all("Monat läuft noch, Daten bis 01.10.2026" in w for w in words), words
    assert not any("gesunken" in w or "gestiegen" in w for w in words), words


# ---- slides and packs -------------------------------------------------------------------------------

BOARD_3 = ("Smart-City-Board 3/2026", dt.date(2026, 10, 7), dt.date(2026, 9, 30))
BOARD_4 = ("Smart-City-Board 4/2026", dt.date(2026, 12, 9), dt.date(2026, 10, 31))


@pytest.fixture(scope="module")
def meetings(fixture_warehouse, tmp_path_factory):
    folder = tmp_path_factory.mktemp("as_of_meetings")
    return [
        prepare_meeting(name, day, data, Viewer(), warehouse=fixture_warehouse, snapshots_dir=folder)
        for name, day, data in (BOARD_3, BOARD_4)
    ]


@pytest.fixture(scope="module")
def slides(meetings):
    return build_slides(meetings[1])


def test_every_slide_says_the_meeting_s_data_date(slides):
    for slide in slides:
        shown = " ".join([slide.title, slide.subtitle or "", *slide.bullets])
        assert "31.10.2026" in shown, slide.key


def test_the_packs_say_the_data_date_on_every_page(meetings, slides):
    pdf = PdfReader(io.BytesIO(pdf_bytes(slides, meetings[1], "de")))
    assert len(pdf.pages) == len(slides)
    for number, page in enumerate(pdf.pages, start=1):
        assert "Datenstand 31.10.2026" in page.extract_text(), number
    deck = Presentation(io.BytesIO(pptx_bytes(slides, meetings[1], "de")))
    for number, slide in enumerate(deck.slides, start=1):
        text = " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        assert "Datenstand 31.10.2026" in text, number


def test_slide_3_compares_with_the_meeting_slides_2_and_7_compare_with(slides):
    by_key = {slide.key: slide for slide in slides}
    earlier = "Sitzung am 07.10.2026 (Datenstand 30.09.2026)"
    assert by_key["changes"].bullets[0] == f"Seit der {earlier}:"
    assert earlier in by_key["portfolio"].footnote
    assert earlier in by_key["kpis"].footnote


def test_without_an_earlier_prepared_meeting_slide_3_says_so(meetings, fixture_warehouse, tmp_path):
    alone = prepare_meeting(*BOARD_4, Viewer(), warehouse=fixture_warehouse, snapshots_dir=tmp_path)
    changes = next(slide for slide in build_slides(alone) if slide.key == "changes")
    assert changes.bullets == ["Keine frühere vorbereitete Sitzung dieses Umfangs: nichts zu vergleichen."]
