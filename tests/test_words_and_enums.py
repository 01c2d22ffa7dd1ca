"""Issue 11, item 8: every chart says in words what it shows (a caption under it and the chart's alt text), and
delivered enumerations (status, phase, priority, risk status, cadence, …) read English when the UI is English.

The pages run against the demo at a tenth of its size (loaded by the real ETL, as tests/test_demo_warehouse.py),
where every chart has data; the words are checked in German and English."""

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1.element_tree import Block

from cockpit.board.snapshots import prepare_meeting
from cockpit.reporting import store
from cockpit.texts.enumerations import WORDS, word
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from common import settings
from tests.conftest import FIXTURE_DATE, displayed_table

PAGES = {  # page -> query parameters
    "pages/overview.py": {},
    "pages/project_list.py": {},
    "pages/project_profile.py": {"projekt": "P-006"},
    "pages/budget.py": {},
    "pages/kpi_catalogue.py": {},
    "pages/wlan.py": {},
    "pages/parking.py": {},
    "pages/emergency_care.py": {},
}
CHART_PAGES = [page for page in PAGES if page != "pages/project_list.py"]
IN_WORDS = {"de": "In Worten:", "en": "In words:"}
SEPARATORS = re.compile(r"\s*(?:[·,;:()\[\]\n]|\*\*|\s{2,}| – )\s*")
STATUS_SYMBOLS = "✔▲✖○≠ "


def tokens(text: str) -> set[str]:
    """The pieces of a caption, a line of Markdown or a table cell that could be a whole enumeration word."""
    return {piece.replace("\\", "").strip(STATUS_SYMBOLS) for piece in SEPARATORS.split(str(text))} - {""}


# German words that differ from their English word (not names like App, EU or the Stabsstelle, nor 'Land' of
# 'State (Land)'): none of them may be left in the English UI.
GERMAN_ONLY = {
    german
    for kind, pairs in WORDS.items()
    for german, english in pairs.items()
    if german.lower() != english.lower() and german not in tokens(english)
}
ENUMERATION_PAGES = [page for page in PAGES if page != "pages/wlan.py"]  # WLAN shows no delivered enumeration


@pytest.fixture(scope="module")
def demo_warehouse(demo_load) -> Path:
    return demo_load[0]


def elements(node):
    """Every element of a page in the order a reader meets them (blocks opened)."""
    for child in node.children.values():
        if isinstance(child, Block):
            yield from elements(child)
        else:
            yield child


def page_elements(read_page, demo_warehouse, page: str, lang: str) -> list:
    app = read_page(page, warehouse=demo_warehouse, lang=lang, **PAGES[page])
    assert not app.exception, app.exception
    return list(elements(app.main))


def shown_texts(items: list) -> list[str]:
    """Captions, Markdown, boxes, metrics and every table cell (as displayed) a reader sees."""
    texts = []
    for item in items:
        if item.type in ("caption", "markdown", "info", "warning", "success", "error", "header", "subheader"):
            texts.append(item.value)
        elif item.type == "plotly_chart":  # legends: trace names
            texts += [trace.get("name") or "" for trace in json.loads(item.proto.spec)["data"]]
        elif item.type == "metric":
            texts += [item.label, item.value]
        elif item.type == "dataframe":
            styled = item.proto.arrow_data.HasField("styler") and item.proto.arrow_data.styler.display_values
            frame = displayed_table(item) if styled else item.value
            texts += list(frame.columns) + [str(v) for v in frame.astype(str).to_numpy().ravel()]
    return texts


def enumeration_words(texts: list[str]) -> set[str]:
    return {piece for text in texts for piece in tokens(text)} & GERMAN_ONLY


# ---- charts in words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("page", CHART_PAGES)
def test_every_chart_says_in_words_what_it_shows(read_page, demo_warehouse, page, lang):
    items = page_elements(read_page, demo_warehouse, page, lang)
    charts = [(i, item) for i, item in enumerate(items) if item.type == "plotly_chart"]
    assert charts, f"{page}: no chart to check"
    for position, chart in charts:
        caption = next((item for item in items[position + 1 :] if item.type != "download_button"), None)
        in_words = [
            text for text in (chart.proto.alt, getattr(caption, "value", "")) if text.startswith(IN_WORDS[lang])
        ]
        assert in_words, f"{page} ({lang}): a chart without words; next: {getattr(caption, 'value', None)!r}"
        assert caption.type == "caption" and caption.value.startswith(IN_WORDS[lang])


def test_a_bar_chart_in_words_names_the_biggest_and_the_smallest_with_their_values(read_page, demo_warehouse):
    items = page_elements(read_page, demo_warehouse, "pages/budget.py", "de")
    by_type = [
        item.proto.alt for item in items if item.type == "plotly_chart" and "investiv und konsumtiv" in item.proto.alt
    ]
    assert len(by_type) == 1
    assert re.fullmatch(
        r"In Worten: Fortgeschriebener Ansatz und Ist \+ Obligo, investiv und konsumtiv, 2 Werte; "
        r"am höchsten: (investiv|konsumtiv) \(Ansatz [\d.,]+ T€, Ist \+ Obligo [\d.,]+ T€\), "
        r"am niedrigsten: (investiv|konsumtiv) \(Ansatz [\d.,]+ T€, Ist \+ Obligo [\d.,]+ T€\)\.",
        by_type[0],
    ), by_type[0]


def test_the_words_use_the_viewers_number_format(read_page, demo_warehouse):
    german = page_elements(read_page, demo_warehouse, "pages/emergency_care.py", "de")
    english = page_elements(read_page, demo_warehouse, "pages/emergency_care.py", "en")
    season_de = next(i.proto.alt for i in german if i.type == "plotly_chart" and "Kalendermonat" in i.proto.alt)
    season_en = next(i.proto.alt for i in english if i.type == "plotly_chart" and "calendar month" in i.proto.alt)
    assert re.search(r"\(\d+,\d\)", season_de) and re.search(r"\(\d+\.\d\)", season_en)


def test_suppressed_counts_are_never_named_in_words(read_page, demo_warehouse):
    items = page_elements(read_page, demo_warehouse, "pages/emergency_care.py", "de")
    daily = next(i.proto.alt for i in items if i.type == "plotly_chart" and "je Tag und Klinik" in i.proto.alt)
    values = [int(v.replace(".", "")) for v in re.findall(r"\(([\d.]+)\)", daily)]
    assert values and min(values) >= 5


# ---- enumerations in English mode --------------------------------------------------------------------------


def test_the_lookup_knows_every_enumeration_a_contract_allows_and_the_seeded_field_names():
    contracts = Path(__file__).resolve().parents[1] / "etl" / "contracts.toml"
    allowed = re.findall(
        r'name = "(\w+)", label = "[^"]*", type = "text",[^\n]*enum = \[([^\]]*)\]', contracts.read_text()
    )
    kinds = {"status_overall": "status", "status_schedule": "status", "status_budget": "status"}
    kinds |= {"status_scope": "status", "status_risks": "status", "field_primary": "field", "field_secondary": "field"}
    names = {"zone"}  # zones stay as they are; Dezernate are numbers, only 'Gesellschaft' is a word
    for column, values in allowed:
        if column in names:
            continue
        kind = kinds.get(column, column)
        for value in re.findall(r'"([^"]*)"', values):
            if kind == "dezernat" and value != "Gesellschaft":
                continue
            assert value in WORDS[kind], f"{column}: {value!r} has no English word"
    seed = Path(__file__).resolve().parents[1] / "etl" / "seeds" / "fields_of_action.csv"
    with seed.open(encoding="utf-8") as rows:
        seeded = {row["field"]: row["field_en"] for row in csv.DictReader(rows, delimiter=";")}
    assert seeded == WORDS["field"]


def test_a_word_without_a_translation_stays_as_delivered():
    assert word("phase", "Umsetzung", "en") == "Implementation"
    assert word("phase", "Umsetzung", "de") == "Umsetzung"
    assert word("risk_status", "vertagt", "en") == "vertagt"


@pytest.mark.parametrize("page", ENUMERATION_PAGES)
def test_in_english_no_german_enumeration_word_is_left(read_page, demo_warehouse, page):
    german = enumeration_words(shown_texts(page_elements(read_page, demo_warehouse, page, "de")))
    assert german, f"{page}: the German page shows no enumeration, so the English check would prove nothing"
    english = shown_texts(page_elements(read_page, demo_warehouse, page, "en"))
    left = [text for text in english if enumeration_words([text])]
    assert not left, f"{page}: German words in the English UI: {left[:5]}"


def test_the_project_profile_reads_phase_priority_and_risk_status_in_english(read_page, demo_warehouse):
    texts = shown_texts(page_elements(read_page, demo_warehouse, "pages/project_profile.py", "en"))
    shown = {piece for text in texts for piece in tokens(text)}
    assert shown & set(WORDS["phase"].values())
    assert shown & set(WORDS["priority"].values())
    assert shown & set(WORDS["risk_status"].values())


def test_the_english_project_list_download_holds_english_enumerations(read_page, demo_warehouse, downloads):
    app = read_page("pages/project_list.py", warehouse=demo_warehouse, lang="en")
    button = next(b for b in app.get("download_button") if b.label == "Download as CSV")
    rows = list(csv.DictReader(io.StringIO(downloads(button).decode("utf-8-sig")), delimiter=";"))
    assert {row["Phase"] for row in rows} <= set(WORDS["phase"].values())
    assert {row["Field of action"] for row in rows} <= set(WORDS["field"].values())
    assert {row["Priority"] for row in rows} <= set(WORDS["priority"].values())


def test_a_kpi_sparkline_is_told_in_words_beside_its_trend(read_page, demo_warehouse):
    captions = [c.value for c in read_page("pages/kpi_catalogue.py", warehouse=demo_warehouse, lang="de").caption]
    assert any(
        re.search(r"Verlauf der letzten \d+ Werte: von .+ auf .+; höchster .+, niedrigster .+\.", c) for c in captions
    )


# ---- the Meldung's risk status and the Sitzungsmodus chart (fixture warehouse) ----------------------------------

RISK_STATUS = "report_P-002_2026-10_0_risk_R-001_status"  # P-002's October report, its open risk R-001


def test_the_english_meldung_offers_risk_statuses_in_english_and_stores_the_contract_value(
    run_page, monkeypatch, tmp_path
):
    monkeypatch.setattr(settings, "REPORTING_DB_PATH", tmp_path / "reporting.sqlite")
    monkeypatch.setattr(settings, "INBOX_DIR", tmp_path / "inbox")
    app = run_page("pages/report.py", user="fb61", lang="en")
    assert not app.exception
    status = app.selectbox(key=RISK_STATUS)
    assert status.options == ["open", "in progress", "occurred", "closed"]
    status.set_value("in Bearbeitung")  # what the user picks as "in progress"
    app.button(key="report_P-002_2026-10_0_save").click().run()
    assert not app.exception
    department = Viewer(who="fb61@test.example", role=DEPARTMENT, scope=Scope(("61",)), day=FIXTURE_DATE)
    saved = store.current(department, "P-002", dt.date(2026, 10, 1)).payload
    assert saved["risks"]["R-001"]["risk_status"] == "in Bearbeitung"  # the German value of the contract


@pytest.mark.parametrize(("lang", "prefix"), [("de", "In Worten: Portfolio auf einen Blick"), ("en", "In words:")])
def test_the_sitzungsmodus_chart_says_in_words_what_it_shows(
    run_page, app_warehouse, monkeypatch, tmp_path, lang, prefix
):
    monkeypatch.setattr(settings, "DATA_DIR", tmp_path)
    meeting = prepare_meeting("Smart-City-Board 4/2026", dt.date(2026, 12, 9), dt.date(2026, 10, 31), Viewer())
    app = run_page("pages/board_mode.py", lang=lang)
    app.query_params["sitzung"], app.query_params["folie"] = meeting.slug, "2"  # the portfolio slide's phase chart
    app = app.run()
    assert not app.exception
    [chart] = [e for e in elements(app.main) if e.type == "plotly_chart"]
    words = chart.proto.alt  # the chart's text alternative for screen readers
    assert words.startswith(prefix)
    assert re.search(r"\(\d+\)", words)  # the bars' values as the chart shows them
    # on the wall no small caption: every text on a slide is large type (tests/test_board_slides_browser.py)
    assert not [c.value for c in app.caption if c.value.startswith(IN_WORDS[lang])]
