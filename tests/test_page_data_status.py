"""Datenstand page: what a Stabsstelle member reads after a load, and what a department or the Board reads."""

from pathlib import Path

import pytest

from tests.conftest import shown_metrics, warehouse_rows
from tests.test_scope_gate import SECRET_VALUE, build_warehouse_with_findings

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
    assert "10 von 14 Zeilen sichtbar – scrollen für alle" in [c.value for c in app.caption]  # the box's count


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


# ---- what each role reads: a rejected load quoting a cell of unit 40, a WLAN row in quarantine ---------------


@pytest.fixture(scope="module")
def with_findings(fixture_warehouse, tmp_path_factory) -> Path:
    return build_warehouse_with_findings(fixture_warehouse, tmp_path_factory.mktemp("status-findings"))


def shown_text(app) -> str:
    """Everything a user can read on the page: texts, notes, metrics, expander labels and table cells."""
    parts = [e.value for kind in ("title", "markdown", "caption", "info", "text") for e in getattr(app, kind)]
    parts += [f"{m.label} {m.value}" for m in app.metric] + [e.label for e in app.expander]
    parts += [" ".join(map(str, frame.value.to_numpy().ravel())) for frame in app.dataframe]
    return "\n".join(parts)


def test_the_stabsstelle_reads_the_findings_and_the_quarantined_rows(read_page, with_findings):
    app = read_page(PAGE, warehouse=with_findings, user="cdo")
    assert not app.exception
    text = shown_text(app)
    assert SECRET_VALUE in text and "XQ-quarantaene" in text
    assert "sieht nur die Stabsstelle" not in text


def test_a_department_reads_only_its_own_rows_and_no_findings(read_page, with_findings):
    app = read_page(PAGE, warehouse=with_findings, user="fb61")
    assert not app.exception
    text = shown_text(app)
    assert SECRET_VALUE not in text and "XQ-quarantaene" not in text
    assert not app.expander
    metrics = shown_metrics(app)
    assert set(metrics) == {"Letzter erfolgreicher Ladelauf", "Zeilen Ihrer Projekte"}
    assert metrics["Zeilen Ihrer Projekte"] == "8"  # P-002: 1 project, 3 reports, 2 milestones, 1 risk, 1 budget line
    deliveries = app.dataframe[0].value.set_index("Lieferung")
    assert "Dateien" not in deliveries.columns and "Zeilen in Quarantäne" not in deliveries.columns
    assert deliveries.loc["Projekte", "Zeilen Ihrer Projekte"] == "1"  # of the fixture's 3 projects
    assert deliveries.loc["Budget", "Zeilen Ihrer Projekte"] == "1"  # of 2 budget lines
    assert deliveries.loc["WLAN-Nutzung", "Zeilen Ihrer Projekte"] == "–"
    assert list(app.dataframe[1].value.columns) == ["Ende", "Status", "Dauer (s)"]
    assert "Befunde der Ladeläufe sieht nur die Stabsstelle." in text
    assert "Die Quarantäne betrifft nur Messdaten" in text


def test_the_board_reads_city_wide_figures_but_no_finding_text_or_cell_values(read_page, with_findings):
    app = read_page(PAGE, warehouse=with_findings, user="board")
    assert not app.exception
    text = shown_text(app)
    assert SECRET_VALUE not in text and "XQ-quarantaene" not in text
    assert not app.expander
    assert shown_metrics(app)["Zeilen in Quarantäne"] == "1"
    assert [i.value for i in app.info] == [
        "1 Zeilen sind in Quarantäne. Die Zeilen selbst mit ihren Werten sieht nur die Stabsstelle."
    ]
    assert sorted(app.dataframe[1].value["Befunde"]) == [0, 0, 1]  # two loads, one rejected
    assert "Befunde der Ladeläufe sieht nur die Stabsstelle." in text
