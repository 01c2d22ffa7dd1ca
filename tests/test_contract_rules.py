"""Each contract rule, with a tiny bad fixture and the exact message the office reads.

Strict deliveries: one finding rejects the whole load and the warehouse stays byte-for-byte.
"""

import copy

import duckdb
import pytest

from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_delivery, write_fixture


@pytest.fixture
def warehouse(tmp_path, fixture_warehouse):
    """conftest's warehouse of the fixture deliveries, copied from the session's instead of loaded again."""
    return copy_warehouse(fixture_warehouse, tmp_path / "warehouse")


def _with(delivery: str, index: int, **changes) -> dict:
    rows = copy.deepcopy(FIXTURE[delivery])
    rows[index].update(changes)
    return {delivery: rows}


PHASES = "Idee, Planung, Umsetzung, Betrieb, Abgeschlossen, Eingestellt"

STRICT_CASES = [
    pytest.param(
        _with("projects", 1, phase="Plannung"),
        f'projects.csv, Zeile 3, Spalte "Phase": "Plannung" ist kein erlaubter Wert; erwartet: eins von {PHASES}',
        id="enum",
    ),
    pytest.param(
        _with("projects", 1, planned_start="31.02.2024"),
        'projects.csv, Zeile 3, Spalte "Geplanter Beginn": "31.02.2024" ist nicht lesbar; '
        "erwartet: ein Datum TT.MM.JJJJ, z. B. 31.10.2026",
        id="date-does-not-exist",
    ),
    pytest.param(
        _with("projects", 1, planned_end="28.02.2024"),
        'projects.csv, Zeile 3, Spalte "Geplantes Ende": liegt vor Geplanter Beginn (01.03.2024); '
        "erwartet: nicht vor Geplanter Beginn",
        id="end-before-start",
    ),
    pytest.param(
        _with("projects", 0, title=""),
        'projects.csv, Zeile 2, Spalte "Titel": Pflichtwert fehlt; erwartet: ein Text',
        id="required",
    ),
    pytest.param(
        _with("projects", 2, project_id="P-001"),
        'projects.csv, Zeile 4, Spalte "Projekt-ID": Schlüssel doppelt (Projekt-ID=P-001); '
        "erwartet: jede Kombination nur einmal, zuerst in projects.csv Zeile 2",
        id="duplicate-key",
    ),
    pytest.param(
        _with("projects", 0, project_id="P1"),
        'projects.csv, Zeile 2, Spalte "Projekt-ID": "P1" hat nicht die erwartete Form; '
        "erwartet: Eindeutige Kennung, Form P-001",
        id="pattern",
    ),
    pytest.param(
        _with("status_reports", 0, project_id="P-999"),
        'status_reports.csv, Zeile 2, Spalte "Projekt-ID": "P-999" ist unbekannt; '
        "erwartet: eine Projekt-ID aus der Lieferung Projekte",
        id="unknown-project",
    ),
    pytest.param(
        _with("status_reports", 1, percent_complete="120"),
        'status_reports.csv, Zeile 3, Spalte "Fertigstellung (%)": 120 liegt außerhalb des erlaubten '
        "Bereichs; erwartet: mindestens 0 und höchstens 100",
        id="percent-over-100",
    ),
    pytest.param(
        _with("status_reports", 2, report_month="12.2026"),
        'status_reports.csv, Zeile 4, Spalte "Berichtsmonat": liegt nach dem Lieferdatum 26.11.2026; '
        "erwartet: spätestens 26.11.2026",
        id="month-after-delivery",
    ),
    pytest.param(
        _with("status_reports", 2, reported_on="30.09.2026"),
        'status_reports.csv, Zeile 4, Spalte "Gemeldet am": liegt vor Berichtsmonat (10.2026); '
        "erwartet: nicht vor Berichtsmonat",
        id="reported-before-its-month",
    ),
    pytest.param(
        _with("milestones", 0, reported_on="27.11.2026"),
        'milestones.csv, Zeile 2, Spalte "Gemeldet am": liegt nach dem Lieferdatum 26.11.2026; '
        "erwartet: spätestens 26.11.2026",
        id="reported-after-delivery",
    ),
    pytest.param(
        _with("status_reports", 1, reason=""),
        'status_reports.csv, Zeile 3, Spalte "Begründung": Pflichtwert fehlt, weil sich ein Status '
        "gegenüber dem Vorbericht geändert hat; erwartet: eine Begründung",
        id="reason-on-change",
    ),
    pytest.param(
        _with("status_reports", 1, board_decision_text=""),
        'status_reports.csv, Zeile 3, Spalte "Entscheidungsbedarf": Pflichtwert fehlt, weil '
        "Entscheidung Board nötig = ja; erwartet: ein Text",
        id="decision-text",
    ),
    pytest.param(
        _with("budget", 0, actual_eur="-5,00"),
        'budget.csv, Zeile 2, Spalte "Ist (€)": -5,00 liegt außerhalb des erlaubten Bereichs; erwartet: mindestens 0',
        id="negative-amount",
    ),
    pytest.param(
        _with("budget", 0, planned_eur="1.5"),
        'budget.csv, Zeile 2, Spalte "Ansatz (€)": "1.5" ist nicht lesbar; '
        "erwartet: eine Zahl mit Dezimalkomma, z. B. 1.234,50",
        id="english-decimal-point",
    ),
    pytest.param(
        _with("risks", 0, probability="6"),
        'risks.csv, Zeile 2, Spalte "Wahrscheinlichkeit (1-5)": 6 liegt außerhalb des erlaubten '
        "Bereichs; erwartet: mindestens 1 und höchstens 5",
        id="probability-range",
    ),
    pytest.param(
        _with("kpi_definitions", 0, linked_projects="P-001, P-404"),
        'kpi_definitions.csv, Zeile 2, Spalte "Projekte": "P-404" ist unbekannt; '
        "erwartet: eine Projekt-ID aus der Lieferung Projekte",
        id="unknown-project-in-list",
    ),
    pytest.param(
        _with("kpi_values", 0, kpi_id="K-XX"),
        'kpi_values.csv, Zeile 2, Spalte "KPI-ID": "K-XX" ist unbekannt; '
        "erwartet: eine KPI-ID aus der Lieferung KPI-Definitionen",
        id="unknown-kpi",
    ),
    pytest.param(
        _with("kpi_values", 1, district_id="999"),
        'kpi_values.csv, Zeile 3, Spalte "Stadtbezirk": "999" ist unbekannt; '
        "erwartet: eine Stadtbezirksnummer (12 aktuelle oder 19 alte)",
        id="unknown-district",
    ),
    pytest.param(
        _with("projects", 0, is_flagship="vielleicht"),
        'projects.csv, Zeile 2, Spalte "Leuchtturmprojekt": "vielleicht" ist nicht lesbar; erwartet: ja oder nein',
        id="bool",
    ),
]


@pytest.mark.parametrize(("overrides", "message"), STRICT_CASES)
def test_strict_finding_rejects_load_and_names_file_row_column(tmp_path, warehouse, overrides, message):
    before = file_digest(warehouse)
    bad = write_fixture(tmp_path / "bad", **overrides)
    with pytest.raises(LoadRejected) as rejected:
        load(bad, warehouse, FIXTURE_DATE)
    assert message in [str(f) for f in rejected.value.findings]
    assert file_digest(warehouse) == before


def test_all_findings_are_reported_at_once(tmp_path):
    rows = copy.deepcopy(FIXTURE["projects"])
    rows[0]["phase"] = "Unsinn"
    rows[1]["planned_start"] = "gestern"
    rows[2]["priority"] = ""
    bad = write_fixture(tmp_path / "bad", projects=rows)
    with pytest.raises(LoadRejected) as rejected:
        load(bad, tmp_path / "wh.duckdb", FIXTURE_DATE)
    columns = {(f.row, f.column) for f in rejected.value.findings}
    assert {(2, "Phase"), (3, "Geplanter Beginn"), (4, "Priorität")} <= columns
    assert not (tmp_path / "wh.duckdb").exists()


def test_unknown_and_missing_columns_name_the_header_row(tmp_path, warehouse):
    before = file_digest(warehouse)
    bad = write_fixture(tmp_path / "bad")
    path = bad / "risks.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[0] = lines[0].replace("Maßnahme", "Bemerkung")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    with pytest.raises(LoadRejected) as rejected:
        load(bad, warehouse, FIXTURE_DATE)
    messages = [str(f) for f in rejected.value.findings]
    assert (
        'risks.csv, Zeile 1, Spalte "Bemerkung": unbekannte Spalte; erwartet: nur Spalten der Vorlage Risiken'
        in messages
    )
    assert 'risks.csv, Zeile 1, Spalte "Maßnahme": Spalte fehlt; erwartet: alle Spalten der Vorlage Risiken' in messages
    assert file_digest(warehouse) == before


def test_a_file_of_no_known_kind_is_named(tmp_path):
    bad = write_fixture(tmp_path / "bad")
    (bad / "notizen.csv").write_text("Datum;Notiz\n01.01.2026;Hallo\n", encoding="utf-8")
    with pytest.raises(LoadRejected) as rejected:
        load(bad, tmp_path / "wh.duckdb", FIXTURE_DATE)
    assert [str(f) for f in rejected.value.findings] == [
        "notizen.csv, Zeile 1: keine Kopfzeile einer bekannten Lieferart in den ersten 10 Zeilen; "
        "erwartet: die Spaltenüberschriften der Vorlage (python -m etl templates)"
    ]


QUARANTINE_CASES = [
    pytest.param(
        "wlan_usage",
        _with("wlan_usage", 1, availability_pct="104,0"),
        3,
        "Verfügbarkeit (%)",
        "104,0 liegt außerhalb des erlaubten Bereichs; erwartet: mindestens 0 und höchstens 100",
        id="availability",
    ),
    pytest.param(
        "parking_transactions",
        _with("parking_transactions", 0, ended_at="01.10.2026 08:00"),
        2,
        "Ende",
        "liegt vor Beginn (01.10.2026 09:15); erwartet: nicht vor Beginn",
        id="end-before-start",
    ),
    pytest.param(
        "ivena_announcements",
        _with("ivena_announcements", 0, urgency="2"),
        2,
        "Dringlichkeit",
        "passt nicht zum PZC 332-76-1; erwartet: die letzte Ziffer des PZC",
        id="pzc-urgency",
    ),
    pytest.param(
        "wlan_usage",
        _with("wlan_usage", 0, hotspot_id="H-404"),
        2,
        "Hotspot-ID",
        '"H-404" ist unbekannt; erwartet: eine Hotspot-ID aus der Lieferung WLAN-Hotspots',
        id="unknown-hotspot",
    ),
]


@pytest.mark.parametrize(("delivery", "overrides", "row", "column", "message"), QUARANTINE_CASES)
def test_feed_rows_with_findings_are_quarantined_and_the_rest_loads(
    tmp_path, delivery, overrides, row, column, message
):
    path = tmp_path / "wh.duckdb"
    result = load(write_fixture(tmp_path / "src", **overrides), path, FIXTURE_DATE)
    con = duckdb.connect(str(path), read_only=True)
    quarantined = con.execute("select source_file, source_row, column_label, message from marts.quarantine").fetchall()
    staged = con.execute(f"select source_row from staging.{delivery}").fetchall()
    con.close()
    assert quarantined == [(f"{delivery}.csv", row, column, message)]
    assert (row,) not in staged
    assert len(staged) == len(FIXTURE[delivery]) - 1
    assert result.rows_quarantined == 1


def test_a_row_with_extra_fields_is_quarantined_with_its_row_number(tmp_path):
    src = write_fixture(tmp_path / "src")
    path = src / "wlan_usage.csv"
    path.write_text(path.read_text(encoding="utf-8-sig") + "H-001;02.10.2026;1;1;1;99;EXTRA\r\n", encoding="utf-8-sig")
    load(src, tmp_path / "wh.duckdb", FIXTURE_DATE)
    con = duckdb.connect(str(tmp_path / "wh.duckdb"), read_only=True)
    rows = con.execute("select source_row, message from marts.quarantine").fetchall()
    con.close()
    assert rows == [(4, "Zeile hat 7 Felder; erwartet: 6 wie die Kopfzeile")]


def test_check_reports_without_touching_the_warehouse(tmp_path, warehouse):
    from etl.check import check

    before = file_digest(warehouse)
    bad = write_fixture(tmp_path / "bad", **_with("projects", 1, phase="Plannung"))
    with pytest.raises(LoadRejected):
        check(bad, FIXTURE_DATE)
    good = write_fixture(tmp_path / "good", **_with("wlan_usage", 1, availability_pct="104,0"))
    result = check(good, FIXTURE_DATE)
    assert [f.row for f in result.findings] == [3]
    assert file_digest(warehouse) == before


def test_title_line_above_the_header_is_skipped_and_rows_keep_excel_numbers(tmp_path):
    src = write_fixture(tmp_path / "src")
    rows = copy.deepcopy(FIXTURE["projects"])
    rows[1]["phase"] = "Plannung"
    write_delivery(src, "projects", rows, title="Projektliste Smart City, Stand 31.10.2026")
    with pytest.raises(LoadRejected) as rejected:
        load(src, tmp_path / "wh.duckdb", FIXTURE_DATE)
    assert [(f.file, f.row, f.column) for f in rejected.value.findings] == [("projects.csv", 4, "Phase")]
