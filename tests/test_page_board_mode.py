"""Sitzungsmodus page: prepare a meeting, open it, read the slide counter, move to the next slide; each role
prepares, lists and opens only the meetings of its scope (signed in as the demo users)."""

import datetime as dt

import pytest

from cockpit import audit
from cockpit.board.snapshots import prepare_meeting
from cockpit.viewer import DEPARTMENT, Scope, Viewer
from common import settings
from tests.conftest import FIXTURE_DATE, file_digest

PAGE = "pages/board_mode.py"
MEETING_DATE = dt.date(2026, 12, 9)
AS_OF = dt.date(2026, 10, 31)
NAME = "Smart-City-Board 4/2026"
STABSSTELLE = Viewer()
FB61, FB40 = (Viewer(role=DEPARTMENT, scope=Scope(units=(unit,))) for unit in ("61", "40"))
NOT_FOUND = "Diese Sitzung gibt es nicht (oder nicht in Ihrer Sicht)."


@pytest.fixture
def data_dir(monkeypatch, tmp_path, app_warehouse):
    monkeypatch.setattr(settings, "DATA_DIR", tmp_path)
    return tmp_path


def _html(app) -> str:
    return "\n".join(element.proto.body for element in app.get("html"))


def _button(app, label):
    return next(b for b in app.button if b.label == label)


def at_url(app, **query):
    """The page opened with these URL parameters (set on the page itself: the router's start step, which
    switches to the role's first page, does not carry the URL of the first run along)."""
    for key, value in query.items():
        app.query_params[key] = value
    return app.run()


def meeting_lines(app) -> list[str]:
    return [m.value for m in app.markdown if "Datenstand" in m.value]


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
    meeting = prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    app = at_url(run_page(PAGE), sitzung=meeting.slug, folie="8")
    assert not app.exception
    assert 'class="board-counter">8 / 8<' in _html(app)
    assert "Anstehende Meilensteine (90 Tage)" in _html(app)
    assert _button(app, "Weiter ▶").disabled is True

    app = _button(app, "◀ Zurück").click().run()
    assert 'class="board-counter">7 / 8<' in _html(app)
    assert "Leuchtturm-Kennzahlen" in _html(app)


def test_comparison_shows_frozen_and_current_figures_side_by_side(run_page, data_dir):
    prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    app = run_page(PAGE)
    table = app.table[0].value
    assert list(table.columns)[1:] == [
        "Sitzung (Datenstand 31.10.2026)",
        f"Aktuell (Datenstand {FIXTURE_DATE:%d.%m.%Y})",
        "Δ",
    ]
    assert table.set_index("Kennzahl").loc["✖ rot"].tolist() == ["1", "1", "±0"]


def test_two_meetings_of_a_scope_compare_side_by_side_with_a_delta(run_page, data_dir):
    """The Board of October (P-002 still green in September's data) beside December's (red since October)."""
    december = prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    prepare_meeting("Smart-City-Board 3/2026", dt.date(2026, 10, 7), dt.date(2026, 9, 30), STABSSTELLE)
    prepare_meeting("FB 61 Jour fixe", MEETING_DATE, AS_OF, FB61)  # another scope: not offered
    app = run_page(PAGE)
    app = app.selectbox(key="board_compare").set_value(december.slug).run()
    compare_with = app.selectbox(key="board_compare_with")
    assert compare_with.options == ["aktuellem Stand", "Smart-City-Board 3/2026 (07.10.2026)"]
    app = compare_with.select("Smart-City-Board 3/2026 (07.10.2026)").run()
    assert not app.exception
    table = app.table[0].value.set_index("Kennzahl")
    assert list(table.columns) == [
        "Sitzung 07.10.2026 (Datenstand 30.09.2026)",
        "Sitzung 09.12.2026 (Datenstand 31.10.2026)",
        "Δ",
    ]
    assert table.loc["✖ rot"].tolist() == ["0", "1", "+1"]
    assert table.loc["✔ grün"].tolist() == ["1", "0", "−1"]


def test_a_department_sees_only_its_packs_and_cannot_open_others_by_url(run_page, data_dir):
    whole = prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    prepare_meeting("FB 61 Jour fixe", MEETING_DATE, AS_OF, FB61)
    prepare_meeting("FB 40 Jour fixe", MEETING_DATE, AS_OF, FB40)

    app = run_page(PAGE, user="fb61")
    assert meeting_lines(app) == ["**FB 61 Jour fixe** · Sitzung 09.12.2026 · Datenstand 31.10.2026 · 61"]

    app = at_url(run_page(PAGE, user="fb61"), sitzung=whole.slug)
    assert not app.exception
    assert app.error[0].value == NOT_FOUND
    assert "board-counter" not in _html(app)


def test_the_form_proposes_the_next_board_meeting_and_the_end_of_last_month(run_page, data_dir):
    """On 26.11.2026 (the suite's day): the calendar's next Board, data as of 31.10.2026."""
    app = run_page(PAGE)
    assert not app.exception
    assert app.text_input[0].value == "Smart-City-Board 4/2026"
    dates = {d.label: d.value for d in app.date_input}
    assert (dates["Sitzungsdatum"], dates["Datenstand (Stichtag)"]) == (MEETING_DATE, AS_OF)


# ---- meetings belong to a scope: signed in as the demo users ----------------------------------------


def test_a_department_ticking_replace_on_the_default_name_replaces_only_its_own_meeting(run_page, data_dir):
    whole = prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    fb40 = prepare_meeting(NAME, MEETING_DATE, AS_OF, FB40)
    untouched = file_digest(whole.snapshot_path), file_digest(fb40.snapshot_path)

    app = run_page(PAGE, user="fb61")
    assert (app.text_input[0].value, app.text_input[1].value) == (NAME, "61")  # the proposed name, its own scope
    app.checkbox[0].check()
    app = _button(app, "Daten einfrieren").click().run()
    assert not app.exception
    assert app.success[0].value == "Sitzung „Smart-City-Board 4/2026“ vorbereitet (Datenstand 31.10.2026)."
    assert (file_digest(whole.snapshot_path), file_digest(fb40.snapshot_path)) == untouched
    assert (data_dir / "meetings" / "2026-12-09-smart-city-board-4-2026_fb-61.duckdb").exists()
    assert meeting_lines(app) == ["**Smart-City-Board 4/2026** · Sitzung 09.12.2026 · Datenstand 31.10.2026 · 61"]
    latest = next(e for e in audit.read() if e["event"].startswith("meeting_"))
    assert (latest["event"], latest["role"], latest["scope"], latest["details"]["meeting"]) == (
        "meeting_prepared",
        "department",
        ["61"],
        "2026-12-09-smart-city-board-4-2026_fb-61",
    )

    app.checkbox[0].uncheck()
    app = _button(app, "Daten einfrieren").click().run()
    assert [e.value for e in app.error] == [
        "Die Sitzung „Smart-City-Board 4/2026“ am 09.12.2026 (61) ist schon vorbereitet. Zum Ersetzen bitte "
        "„Vorhandene Sitzung gleichen Namens ersetzen“ ankreuzen."
    ]


def test_a_department_is_never_told_of_another_scope_s_meeting(run_page, data_dir):
    """Preparing the default name beside the Stabsstelle's meeting succeeds without a word about it, and
    opening the Stabsstelle's or FB 40's meeting by URL reads exactly like a meeting that never existed."""
    whole = prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    fb40 = prepare_meeting(NAME, MEETING_DATE, AS_OF, FB40)

    app = run_page(PAGE, user="fb61")
    app = _button(app, "Daten einfrieren").click().run()
    assert [e.value for e in app.error] == []
    assert [s.value for s in app.success] == ["Sitzung „Smart-City-Board 4/2026“ vorbereitet (Datenstand 31.10.2026)."]

    for slug in (whole.slug, fb40.slug, "2026-12-09-smart-city-board-4-2026_fb-65"):
        app = at_url(run_page(PAGE, user="fb61"), sitzung=slug)
        assert (app.title[0].value, [e.value for e in app.error]) == ("Sitzungsmodus", [NOT_FOUND])
        assert "board-counter" not in _html(app)
    app = app.selectbox(key="lang").set_value("en").run()  # the sidebar's language switch
    assert [e.value for e in app.error] == ["This meeting does not exist (or not in your view)."]


def test_the_board_presents_every_meeting_but_prepares_none(run_page, data_dir):
    prepare_meeting(NAME, MEETING_DATE, AS_OF, STABSSTELLE)
    fb61 = prepare_meeting("FB 61 Jour fixe", MEETING_DATE, AS_OF, FB61)

    app = run_page(PAGE, user="board")
    assert not app.exception
    assert not app.text_input and "Sitzungsdatum" not in [d.label for d in app.date_input]  # no form
    assert "Daten einfrieren" not in [b.label for b in app.button]
    assert len(meeting_lines(app)) == 2

    app = at_url(run_page(PAGE, user="board"), sitzung=fb61.slug)
    assert 'class="board-counter">1 / 8<' in _html(app)
