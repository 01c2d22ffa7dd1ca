"""Sitzungsmodus page: prepare a meeting, open it, read the slide counter, move to the next slide."""

import datetime as dt

import pytest

from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import EVERYTHING, Scope
from common import settings
from tests.conftest import FIXTURE_DATE

PAGE = "pages/board_mode.py"
MEETING_DATE = dt.date(2026, 12, 9)
AS_OF = dt.date(2026, 10, 31)


@pytest.fixture
def data_dir(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "DATA_DIR", tmp_path)
    return tmp_path


def _html(app) -> str:
    return "\n".join(element.proto.body for element in app.get("html"))


def _button(app, label):
    return next(b for b in app.button if b.label == label)


def test_prepare_then_open_and_step_through_the_slides(run_page, data_dir):
    app = run_page(PAGE)
    assert not app.exception
    assert [i.value for i in app.info] == ["Noch keine Sitzung vorbereitet."]

    app.text_input[0].set_value("Smart-City-Board 4/2026")
    app.date_input[0].set_value(MEETING_DATE)
    app.date_input[1].set_value(AS_OF)
    app = _button(app, "Daten einfrieren").click().run()
    assert not app.exception
    assert app.success[0].value == "Sitzung „Smart-City-Board 4/2026“ vorbereitet (Datenstand 31.10.2026)."
    assert (data_dir / "meetings" / "2026-12-09-smart-city-board-4-2026.duckdb").exists()

    assert "**Smart-City-Board 4/2026** · Sitzung 09.12.2026 · Datenstand 31.10.2026 · gesamtes Portfolio" in [
        m.value for m in app.markdown
    ]
    app = _button(app, "Präsentieren").click().run()
    assert app.query_params["sitzung"] == "2026-12-09-smart-city-board-4-2026"
    assert 'class="board-counter">1 / 8<' in _html(app)
    assert '<h1 class="board-title">Smart-City-Board 4/2026</h1>' in _html(app)
    assert "Datenstand 31.10.2026" in _html(app)

    app = _button(app, "Weiter ▶").click().run()
    assert not app.exception
    assert 'class="board-counter">2 / 8<' in _html(app)
    assert "Portfolio auf einen Blick" in _html(app)
    assert "Sitzung am 09.12.2026 · Datenstand 31.10.2026" in _html(app)
    assert "✖ rot</span>1 Projekt" in _html(app)
    assert _button(app, "◀ Zurück").disabled is False


def test_a_deep_link_opens_a_slide_and_the_last_slide_cannot_go_further(run_page, data_dir):
    meeting = prepare_meeting("Smart-City-Board 4/2026", MEETING_DATE, AS_OF, EVERYTHING)
    app = run_page(PAGE, sitzung=meeting.slug, folie="8")
    assert not app.exception
    assert 'class="board-counter">8 / 8<' in _html(app)
    assert "Anstehende Meilensteine (90 Tage)" in _html(app)
    assert _button(app, "Weiter ▶").disabled is True

    app = _button(app, "◀ Zurück").click().run()
    assert 'class="board-counter">7 / 8<' in _html(app)
    assert "Leuchtturm-Kennzahlen" in _html(app)


def test_comparison_shows_frozen_and_current_figures_side_by_side(run_page, data_dir):
    prepare_meeting("Smart-City-Board 4/2026", MEETING_DATE, AS_OF, EVERYTHING)
    app = run_page(PAGE)
    table = app.table[0].value
    assert list(table.columns)[1:] == [
        "Sitzung (Datenstand 31.10.2026)",
        f"Aktuell (Datenstand {FIXTURE_DATE:%d.%m.%Y})",
    ]
    assert table.set_index("Kennzahl").loc["✖ rot"].tolist() == ["1", "1"]


def test_a_department_sees_only_its_packs_and_cannot_open_others_by_url(run_page, data_dir):
    whole = prepare_meeting("Smart-City-Board 4/2026", MEETING_DATE, AS_OF, EVERYTHING)
    prepare_meeting("FB 61 Jour fixe", MEETING_DATE, AS_OF, Scope(units=("61",)))

    app = run_page(PAGE, scope_units="61")
    lines = [m.value for m in app.markdown if "Datenstand" in m.value]
    assert lines == ["**FB 61 Jour fixe** · Sitzung 09.12.2026 · Datenstand 31.10.2026 · 61"]

    app = run_page(PAGE, scope_units="61", sitzung=whole.slug)
    assert not app.exception
    assert app.error[0].value == "Diese Sitzung gibt es nicht (oder nicht in Ihrer Sicht)."
    assert "board-counter" not in _html(app)


def test_the_form_proposes_the_next_board_meeting_and_the_end_of_last_month(run_page, data_dir):
    """On 26.11.2026 (the suite's day): the calendar's next Board, data as of 31.10.2026."""
    app = run_page(PAGE)
    assert not app.exception
    assert app.text_input[0].value == "Smart-City-Board 4/2026"
    dates = {d.label: d.value for d in app.date_input}
    assert (dates["Sitzungsdatum"], dates["Datenstand (Stichtag)"]) == (MEETING_DATE, AS_OF)
