"""Columns added to a contract later (optional = true): the status report's "Phase" and the KPI definition's
"Berechnung". An older delivery without them still loads; a delivery with them is checked like any column; a
KPI the cockpit computes from a feed is found by its "Berechnung", not by its name (docs/metrics.md).

Every warehouse here is loaded by the real ETL from the fixture deliveries.
"""

import copy
import csv
import json

import pytest

from etl.findings import LoadRejected
from etl.load import load
from tests.conftest import FIXTURE_DATE, warehouse_rows
from tests.fixture_deliveries import (
    FIXTURE,
    KPI_DEFINITIONS,
    KPI_VALUES,
    PARKING_TRANSACTIONS,
    kpi_definition,
    write_delivery,
    write_fixture,
)

PHASES = "Idee, Planung, Umsetzung, Betrieb, Abgeschlossen, Eingestellt"


def header(path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle, delimiter=";"))


def test_an_older_delivery_without_the_new_columns_loads_and_keeps_todays_phase(tmp_path):
    folder = write_fixture(tmp_path / "deliveries")
    assert "Phase" not in header(folder / "status_reports.csv")
    assert "Berechnung" not in header(folder / "kpi_definitions.csv")
    path = tmp_path / "warehouse.duckdb"
    assert load(folder, path, FIXTURE_DATE).status == "loaded"
    assert warehouse_rows(path, "select distinct phase from marts.overview_project_reports") == [(None,)]
    assert warehouse_rows(path, "select kpi_id, computed_from from marts.kpi_definitions") == [("K-WLAN-01", None)]


def test_a_phase_the_contract_does_not_know_is_a_finding(tmp_path):
    reports = copy.deepcopy(FIXTURE["status_reports"])
    reports[0]["phase"] = "Pilot"
    folder = write_fixture(tmp_path / "deliveries", status_reports=reports)
    assert "Phase" in header(folder / "status_reports.csv")
    with pytest.raises(LoadRejected) as rejected:
        load(folder, tmp_path / "warehouse.duckdb", FIXTURE_DATE)
    message = (
        f'status_reports.csv, Zeile 2, Spalte "Phase": "Pilot" ist kein erlaubter Wert; erwartet: eins von {PHASES}'
    )
    assert message in [str(f) for f in rejected.value.findings]


def test_a_delivered_phase_reaches_the_reports_of_its_month(tmp_path):
    reports = [dict(row, phase="Umsetzung") for row in FIXTURE["status_reports"]]
    reports[0]["phase"] = "Planung"  # September 2026 by the Fachbereich
    path = tmp_path / "warehouse.duckdb"
    load(write_fixture(tmp_path / "deliveries", status_reports=reports), path, FIXTURE_DATE)
    rows = warehouse_rows(
        path, "select strftime(report_month, '%m.%Y'), phase from marts.overview_project_reports order by 1"
    )
    assert rows == [("09.2026", "Planung"), ("10.2026", "Umsetzung")]


# ---- KPIs computed from a feed, found by "Berechnung" -----------------------------------------------------

PHONE_SHARE_VALUE = dict(kpi_id="K-PARK-05", period_start="01.10.2026", district_id="", value="45,6")


def phone_share_kpi(name: str, computed_from: str) -> dict:
    return kpi_definition("K-PARK-05", name, "%", "45", computed_from)


def city_values(path) -> dict[str, float]:
    rows = warehouse_rows(
        path,
        "select kpi_id, value from marts.kpi_city_values where kpi_id = 'K-PARK-05' and period_start_date = ?",
        "2026-10-01",
    )
    return dict(rows)


def computed_phone_share(path) -> float:
    """The share of parking fees paid by phone in 2026 up to its last day with data, in % (marts.kpi_phone_share)."""
    [(share,)] = warehouse_rows(path, "select 100 * arg_max(phone_share, day_date) from marts.kpi_phone_share")
    return share


@pytest.mark.parametrize("name", ["Anteil der Parkgebühren per Handy", "Bargeldlos bezahlte Parkgebühren"])
def test_a_marked_kpi_is_computed_whatever_its_name(warehouse_variant, name):
    path = warehouse_variant(
        f"phone_share_{name[:8]}",
        kpi_definitions=[*KPI_DEFINITIONS, phone_share_kpi(name, "Anteil Handyparken")],
        kpi_values=[*KPI_VALUES, PHONE_SHARE_VALUE],
        parking_transactions=PARKING_TRANSACTIONS,
    )
    share = computed_phone_share(path)
    assert round(share, 1) == 0.7  # 10,80 € by phone against 1.520,40 € of coins, not the delivered 45,6
    assert city_values(path) == {"K-PARK-05": pytest.approx(share)}
    [(measure,)] = warehouse_rows(path, "select parking_measure from marts.kpi_definitions where kpi_id = 'K-PARK-05'")
    assert measure == "phone_share"


def test_an_unmarked_kpi_keeps_its_delivered_value_whatever_its_name(warehouse_variant):
    path = warehouse_variant(
        "phone_share_unmarked",
        kpi_definitions=[*KPI_DEFINITIONS, phone_share_kpi("Anteil der Parkgebühren per Handy", "")],
        kpi_values=[*KPI_VALUES, PHONE_SHARE_VALUE],
    )
    assert city_values(path) == {"K-PARK-05": 45.6}


def test_a_renamed_ivena_kpi_still_counts_the_connected_houses(warehouse_variant):
    target = KPI_DEFINITIONS[0]["target_value"]
    name = "Kliniken mit digitaler Voranmeldung"
    kpi = kpi_definition("K-IVENA-06", name, "Häuser", target, "IVENA-Krankenhäuser", cadence="quartalsweise")
    path = warehouse_variant(
        "ivena_renamed",
        kpi_definitions=[*KPI_DEFINITIONS, kpi],
        kpi_values=[*KPI_VALUES, dict(kpi_id="K-IVENA-06", period_start="01.07.2026", district_id="", value="5")],
    )
    rows = warehouse_rows(path, "select value from marts.kpi_city_values where kpi_id = 'K-IVENA-06'")
    assert rows == [(1.0,)]  # the fixture's one hospital (Marienstift), not the delivered 5


def test_a_phase_from_the_meldung_inbox_applies_over_a_delivery_without_the_column(tmp_path):
    """The Meldung writes every contract column (cockpit.reporting.inbox); the departments' own files may
    still leave "Phase" out: the load takes both."""
    deliveries = write_fixture(tmp_path / "deliveries")
    assert "Phase" not in header(deliveries / "status_reports.csv")
    folder = tmp_path / "inbox" / "20261120-101500-S1"
    folder.mkdir(parents=True)
    october = dict(FIXTURE["status_reports"][1], status_overall="gelb", phase="Betrieb")
    write_delivery(folder, "status_reports", [october])
    assert "Phase" in header(folder / "status_reports.csv")
    submission = {
        "submission_id": "S1",
        "project_id": "P-002",
        "report_month": "2026-10",
        "submitted_by": "fb61@braunschweig.example",
        "submitted_at": "2026-11-20T09:30:00",
        "accepted_by": "cdo@braunschweig.example",
        "accepted_at": "2026-11-20T10:15:00",
        "source": "dashboard",
    }
    (folder / "submission.json").write_text(json.dumps(submission), encoding="utf-8")
    path = tmp_path / "warehouse.duckdb"
    load(deliveries, path, FIXTURE_DATE, inbox_dir=tmp_path / "inbox")
    reports = warehouse_rows(
        path,
        "select strftime(report_month, '%m.%Y'), assessed_by, status_overall, phase from marts.status_reports"
        " order by all",
    )
    assert reports == [
        ("09.2026", "Fachbereich", "grün", None),
        ("10.2026", "Fachbereich", "gelb", "Betrieb"),
        ("10.2026", "Stabsstelle", "rot", None),
    ]
    # the shown (Stabsstelle's) assessment names no phase: the month's phase is the department's
    assert warehouse_rows(path, "select phase from marts.overview_project_reports where month(report_month) = 10") == [
        ("Betrieb",)
    ]
