"""Datenstand page: what a Stabsstelle member reads after a load."""

from tests.conftest import shown_metrics, warehouse_rows

PAGE = "pages/data_status.py"


def test_headline_figures_match_the_last_load(app_warehouse, read_page):
    app = read_page(PAGE)
    assert not app.exception
    [(files, rows)] = warehouse_rows(
        app_warehouse,
        "select files, rows_loaded from marts.load_runs where status = 'loaded' order by finished_at desc limit 1",
    )
    metrics = shown_metrics(app)
    assert metrics["Dateien"] == str(files) == "14"
    assert metrics["Zeilen geladen"] == str(rows) == "25"
    assert metrics["Zeilen in Quarantäne"] == "0"


def test_every_delivery_is_listed_with_rows_and_latest_data_in_german_format(read_page):
    app = read_page(PAGE)
    table = app.dataframe[0].value
    assert len(table) == 14
    status = table[table["Lieferung"] == "Statusberichte"].iloc[0]
    assert status["Zeilen geladen"] == "3"
    assert status["Neueste Daten vom"] == "01.10.2026"
    assert table[table["Lieferung"] == "Projekte"].iloc[0]["Aktualität"] == "⚪ Stammdaten"


def test_empty_quarantine_says_so_in_words(read_page):
    app = read_page(PAGE)
    assert [i.value for i in app.info] == ["Keine Zeilen in Quarantäne."]


def test_english_interface_from_the_url(read_page):
    app = read_page(PAGE, lang="en")
    assert app.title[0].value == "Data status"
    assert "Rows loaded" in {m.label for m in app.metric}


def test_missing_warehouse_gives_instructions_not_a_traceback(run_page, tmp_path):
    app = run_page(None, warehouse=tmp_path / "none.duckdb")
    assert not app.exception
    assert "make run" in app.error[0].value
