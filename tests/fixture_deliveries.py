"""A tiny, valid set of deliveries (a few rows per contract, each there for a reason).

Tests write it into tmp_path, then change one cell or one file to make the case they test.
Rows are dicts by contract column name; files are written with the German labels. Also here:
copying a built warehouse, and the generated demo deliveries shared by the demo test modules.
"""

import csv
import datetime as dt
import shutil
from pathlib import Path

from common.settings import load_log_path, pseudonym_key_path
from etl.contracts import load_contracts

FIXTURE_DELIVERY_DATE = "26.11.2026"

PROJECTS = [
    dict(
        project_id="P-001",
        title="Freies WLAN in der Innenstadt",
        summary="BS|Hotspot im Zentrum.",
        lead_unit_id="BSE",
        lead_unit="BS|ENERGY",
        dezernat="Gesellschaft",
        field_primary="Infrastruktur",
        field_secondary="",
        phase="Betrieb",
        planned_start="01.04.2016",
        planned_end="31.12.2027",
        priority="hoch",
        is_flagship="ja",
        lead_role="Projektleitung BS|ENERGY",
        partners="Stabsstelle",
        funding_programme="WiFi4EU",
        total_budget_eur="1.250.000,00",
    ),
    dict(
        project_id="P-002",
        title="Geodatenportal",
        summary="Offene Geodaten für alle.",
        lead_unit_id="61",
        lead_unit="FB 61 Stadtplanung und Geoinformation",
        dezernat="III",
        field_primary="E-Government",
        field_secondary="Umwelt",
        phase="Umsetzung",
        planned_start="01.03.2024",
        planned_end="30.06.2027",
        priority="mittel",
        is_flagship="nein",
        lead_role="Projektleitung FB 61",
        partners="",
        funding_programme="",
        total_budget_eur="480.000",
    ),
    dict(
        project_id="P-003",
        title="Digitale Schulverwaltung",
        summary="Verwaltung der Schulen digital.",
        lead_unit_id="40",
        lead_unit="FB 40 Schule",
        dezernat="V",
        field_primary="Digitale Bildung",
        field_secondary="",
        phase="Eingestellt",
        planned_start="01.01.2022",
        planned_end="31.12.2025",
        priority="niedrig",
        is_flagship="nein",
        lead_role="Projektleitung FB 40",
        partners="",
        funding_programme="Digitalpakt Schule",
        total_budget_eur="90.000,50",
    ),
]

STATUS_REPORTS = [
    dict(
        project_id="P-002",
        report_month="09.2026",
        assessed_by="Fachbereich",
        status_overall="grün",
        status_schedule="grün",
        status_budget="grün",
        status_scope="grün",
        status_risks="grün",
        percent_complete="40",
        reason="",
        needs_board_decision="nein",
        board_decision_text="",
    ),
    dict(
        project_id="P-002",
        report_month="10.2026",
        assessed_by="Fachbereich",
        status_overall="rot",
        status_schedule="rot",
        status_budget="gelb",
        status_scope="grün",
        status_risks="gelb",
        percent_complete="45",
        reason="Lieferant insolvent",
        needs_board_decision="ja",
        board_decision_text="Neuvergabe freigeben",
    ),
    dict(
        project_id="P-002",
        report_month="10.2026",
        assessed_by="Stabsstelle",
        status_overall="rot",
        status_schedule="rot",
        status_budget="rot",
        status_scope="gelb",
        status_risks="rot",
        percent_complete="45",
        reason="",
        needs_board_decision="nein",
        board_decision_text="",
    ),
]

MILESTONES = [
    dict(
        project_id="P-002",
        milestone_id="M1",
        milestone="Ausschreibung",
        report_month="09.2026",
        baseline_date="30.09.2026",
        forecast_date="30.09.2026",
        actual_date="",
    ),
    dict(
        project_id="P-002",
        milestone_id="M1",
        milestone="Ausschreibung",
        report_month="10.2026",
        baseline_date="30.09.2026",
        forecast_date="31.01.2027",
        actual_date="",
    ),
]

RISKS = [
    dict(
        risk_id="R-001",
        project_id="P-002",
        risk="Lieferant fällt aus",
        probability="4",
        impact="5",
        risk_status="offen",
        mitigation="Zweitanbieter prüfen",
        owner_role="Projektleitung FB 61",
        identified_on="15.10.2026",
    ),
]

BUDGET = [
    dict(
        project_id="P-002",
        budget_year="2026",
        budget_type="investiv",
        product="1.51.5110",
        account="0812000",
        planned_eur="200.000,00",
        updated_plan_eur="220.000,00",
        committed_eur="50.000,00",
        actual_eur="90.000,00",
        actual_as_of="31.10.2026",
        funding_source="Land",
        funding_programme="Digitalisierung Kommunen",
        funding_deadline="31.12.2026",
    ),
    dict(
        project_id="P-001",
        budget_year="2026",
        budget_type="konsumtiv",
        product="1.11.1120",
        account="4431000",
        planned_eur="100.000",
        updated_plan_eur="100.000",
        committed_eur="0",
        actual_eur="80.000,00",
        actual_as_of="31.10.2026",
        funding_source="Eigenmittel",
        funding_programme="",
        funding_deadline="",
    ),
]

KPI_DEFINITIONS = [
    dict(
        kpi_id="K-WLAN-01",
        kpi_name="WLAN-Hotspots in Betrieb",
        what_we_measure="Anzahl Hotspots",
        why_it_matters="Teilhabe",
        goal_text="Mehr Hotspots",
        target_value="60",
        target_year="2027",
        unit="Anzahl",
        direction="höher ist besser",
        cadence="monatlich",
        source="BS|ENERGY",
        standard_reference="ITU U4SSC",
        field="Infrastruktur",
        linked_projects="P-001",
    ),
]


def kpi_definition(kpi_id: str, name: str, unit: str, target: str = "", computed_from: str = "", **fields) -> dict:
    """A KPI definition like the fixture's first, linked to no project; `fields` set any other column."""
    row = dict(KPI_DEFINITIONS[0], kpi_id=kpi_id, kpi_name=name, unit=unit, target_value=target, linked_projects="")
    return row | {"computed_from": computed_from} | fields


KPI_VALUES = [
    dict(kpi_id="K-WLAN-01", period_start="01.10.2021", district_id="131", value="20"),
    dict(kpi_id="K-WLAN-01", period_start="01.10.2026", district_id="130", value="30"),
    dict(kpi_id="K-WLAN-01", period_start="01.10.2026", district_id="", value="48"),
]

WLAN_HOTSPOTS = [
    dict(
        hotspot_id="H-001",
        place="Kohlmarkt",
        latitude="52,2625",
        longitude="10,5190",
        district_id="130",
        operator="BS|ENERGY",
        in_operation_from="01.04.2016",
        in_operation_to="",
    ),
    dict(
        hotspot_id="H-002",
        place="Schlossplatz",
        latitude="52,2636",
        longitude="10,5270",
        district_id="130",
        operator="BS|ENERGY",
        in_operation_from="01.04.2016",
        in_operation_to="",
    ),
]

WLAN_USAGE = [
    dict(
        hotspot_id="H-001",
        usage_date="01.10.2026",
        sessions="1.234",
        unique_devices="800",
        data_volume_gb="12,5",
        availability_pct="99,5",
    ),
    dict(
        hotspot_id="H-002",
        usage_date="01.10.2026",
        sessions="900",
        unique_devices="600",
        data_volume_gb="8,25",
        availability_pct="100",
    ),
]

PARKING_TRANSACTIONS = [
    dict(
        transaction_id="T-1",
        zone="I a",
        started_at="01.10.2026 09:15",
        ended_at="01.10.2026 10:15",
        parking_fee_eur="1,80",
        service_fee_eur="0,25",
        channel="App",
        number_plate="BS-AB 1234",
    ),
    dict(
        transaction_id="T-2",
        zone="I b",
        started_at="01.10.2026 11:00",
        ended_at="01.10.2026 18:00",
        parking_fee_eur="9,00",
        service_fee_eur="0,25",
        channel="SMS",
        number_plate="BS AB1234",
    ),
]

PARKING_COIN_INCOME = [
    dict(machine_id="PSA-001", emptied_on="05.10.2026", amount_eur="1.520,40"),
]

IVENA_FACILITIES = [
    dict(
        facility_id="KH-MST",
        facility="Krankenhaus Marienstift",
        facility_type="Krankenhaus",
        is_in_city="ja",
        connected_from="01.01.2020",
        connected_to="",
    ),
]

IVENA_ANNOUNCEMENTS = [
    dict(
        announcement_id="A-1",
        announced_at="02.01.2026 08:30",
        facility_id="KH-MST",
        department="Innere Medizin",
        pzc="332-76-1",
        urgency="1",
        flags="Schockraum",
    ),
]

IVENA_SIGNOFFS = [
    dict(
        facility_id="KH-MST",
        department="Innere Medizin",
        signed_off_from="03.01.2026 10:00",
        signed_off_to="03.01.2026 14:30",
    ),
]

FIXTURE = {
    "projects": PROJECTS,
    "status_reports": STATUS_REPORTS,
    "milestones": MILESTONES,
    "risks": RISKS,
    "budget": BUDGET,
    "kpi_definitions": KPI_DEFINITIONS,
    "kpi_values": KPI_VALUES,
    "wlan_hotspots": WLAN_HOTSPOTS,
    "wlan_usage": WLAN_USAGE,
    "parking_transactions": PARKING_TRANSACTIONS,
    "parking_coin_income": PARKING_COIN_INCOME,
    "ivena_facilities": IVENA_FACILITIES,
    "ivena_announcements": IVENA_ANNOUNCEMENTS,
    "ivena_signoffs": IVENA_SIGNOFFS,
}


def write_delivery(
    folder: Path,
    delivery: str,
    rows: list[dict],
    encoding: str = "utf-8-sig",
    delimiter: str = ";",
    file_name: str | None = None,
    title: str | None = None,
) -> Path:
    """Write one delivery as a German CSV; rows are dicts by contract column name. An optional column that no
    row names is left out, as an older delivery made before the column was added would (the fixture's status
    reports and KPI definitions: no Phase, no Berechnung)."""
    contract = load_contracts()[delivery]
    columns = [c for c in contract.columns if not c.optional or any(c.name in row for row in rows)]
    path = folder / (file_name or f"{delivery}.csv")
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        if title:
            writer.writerow([title])
        writer.writerow([c.label for c in columns])
        for row in rows:
            writer.writerow([row.get(c.name, "") for c in columns])
    return path


def write_fixture(folder: Path, **overrides: list[dict]) -> Path:
    """The whole fixture into folder; overrides replace one delivery's rows."""
    folder.mkdir(parents=True, exist_ok=True)
    for delivery, rows in {**FIXTURE, **overrides}.items():
        write_delivery(folder, delivery, rows)
    return folder


def copy_warehouse(warehouse: Path, folder: Path) -> Path:
    """A private copy of a built warehouse with its load log and pseudonym key, as if loaded into folder.

    Tests that each need a warehouse of their own copy one built once: a copy takes milliseconds, a load seconds.
    """
    folder.mkdir(parents=True)
    copy = folder / warehouse.name
    for source, target in [
        (warehouse, copy),
        (load_log_path(warehouse), load_log_path(copy)),
        (pseudonym_key_path(warehouse), pseudonym_key_path(copy)),
    ]:
        if source.exists():
            shutil.copy2(source, target)
    return copy


DEMO_TODAY = dt.date(2026, 11, 26)
DEMO_SCALE = 0.1  # the demo tests' size: a tenth of the measurement feeds, ~30 bookings in the first month
_demo_folders: dict[tuple[int, float, dt.date], Path] = {}


def demo_deliveries(tmp_path_factory, scale: float, seed: int = 2016, today: dt.date = DEMO_TODAY) -> Path:
    """The demo deliveries of (seed, scale, today), generated once per test session and shared read-only."""
    key = (seed, scale, today)
    if key not in _demo_folders:
        from etl.demo import generate_demo

        folder = tmp_path_factory.mktemp("demo")
        generate_demo(folder, seed=seed, scale=scale, today=today)
        _demo_folders[key] = folder
    return _demo_folders[key]
