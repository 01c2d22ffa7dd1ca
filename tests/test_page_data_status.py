"""Datenstand page: what a Stabsstelle member reads after a load."""

import duckdb
from streamlit.testing.v1 import AppTest

from cockpit.config import PROJECT_ROOT


def _run(**query_params) -> AppTest:
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=60)
    for key, value in query_params.items():
        app.query_params[key] = value
    app.run()
    return app.switch_page("pages/data_status.py").run()


def test_headline_figures_match_the_last_load(app_warehouse):
    app = _run()
    assert not app.exception
    con = duckdb.connect(str(app_warehouse), read_only=True)
    files, rows = con.execute(
        "select files, rows_loaded from marts.load_runs where status = 'loaded' order by finished_at desc limit 1"
    ).fetchone()
    con.close()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Dateien"] == str(files) == "14"
    assert metrics["Zeilen geladen"] == str(rows) == "25"
    assert metrics["Zeilen in Quarantäne"] == "0"


def test_every_delivery_is_listed_with_rows_and_latest_data_in_german_format(app_warehouse):
    app = _run()
    table = app.dataframe[0].value
    assert len(table) == 14
    status = table[table["Lieferung"] == "Statusberichte"].iloc[0]
    assert status["Zeilen geladen"] == "3"
    assert status["Neueste Daten vom"] == "01.10.2026"
    assert table[table["Lieferung"] == "Projekte"].iloc[0]["Aktualität"] == "⚪ Stammdaten"


def test_empty_quarantine_says_so_in_words(app_warehouse):
    app = _run()
    assert [i.value for i in app.info] == ["Keine Zeilen in Quarantäne."]


def test_english_interface_from_the_url(app_warehouse):
    app = _run(lang="en")
    assert app.title[0].value == "Data status"
    assert "Rows loaded" in {m.label for m in app.metric}


def test_missing_warehouse_gives_instructions_not_a_traceback(monkeypatch, tmp_path):
    from cockpit import config

    monkeypatch.setattr(config, "WAREHOUSE_PATH", tmp_path / "none.duckdb")
    app = AppTest.from_file(str(PROJECT_ROOT / "dashboard.py"), default_timeout=60).run()
    assert not app.exception
    assert "make run" in app.error[0].value
