"""Entry point: write one demo delivery per contract (large feeds split per year) into a folder.

Same (seed, scale, today) give byte-identical files. `scale` multiplies only the row counts of the
measurement feeds: parking transactions, IVENA announcements and WLAN usage (below 1 by keeping the
oldest hotspots' usage only, from 2 on by adding invented neighbour hotspots 'H-012-2').
"""

import datetime as dt
from pathlib import Path

import pandas as pd

from common import clock
from etl.contracts import Contract, load_contracts
from etl.demo import (
    budget,
    catalogue,
    ivena,
    kpis,
    milestones,
    parking_coins,
    parking_transactions,
    report_days,
    risks,
    status_reports,
    wlan_hotspots,
    wlan_usage,
)
from etl.demo.common import DemoSettings, date_parts, format_dates
from etl.demo.writers import UTF8, UTF8_BOM, UTF16, WINDOWS_1252, write_csv, write_xlsx
from etl.formats import format_bool, format_date, format_decimal, format_decimals, format_month


def generate_demo(out_dir: Path, seed: int = 2016, scale: float = 1.0, today: dt.date | None = None) -> list[Path]:
    """Write demo deliveries for every contract into out_dir and return the paths written."""
    if scale <= 0:
        raise ValueError("scale must be positive")
    settings = DemoSettings(seed=seed, scale=scale, today=today or clock.today())
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    contracts = load_contracts()
    written: list[Path] = []
    written += _portfolio(out_dir, contracts, settings)
    written += _wlan_and_kpis(out_dir, contracts, settings)
    written += _parking(out_dir, contracts, settings)
    written += _ivena(out_dir, contracts, settings)
    return written


def _portfolio(out_dir: Path, contracts: dict[str, Contract], settings: DemoSettings) -> list[Path]:
    stand = format_date(settings.actual_as_of)
    created = settings.file_timestamp
    plans = milestones.plan_all(settings)
    assessments = status_reports.all_assessments(plans, settings)
    risk_rows = risks.risk_rows(settings, assessments)  # fitted to the statuses, named in the reasons
    reports = status_reports.all_reports(assessments, risk_rows, settings)
    reported_on = report_days.report_days(plans, settings)  # "Gemeldet am", the last column of both contracts
    paths = [
        write_xlsx(
            out_dir / "projects.xlsx",
            contracts["projects"],
            catalogue.project_rows(),
            created,
            title=f"Projektliste Smart City, Stand {stand}",
        ),
        write_xlsx(
            out_dir / "risks.xlsx",
            contracts["risks"],
            risk_rows,
            created,
            title=f"Risikoregister Smart City, Stand {stand}",
        ),
        write_xlsx(out_dir / "budget.xlsx", contracts["budget"], budget.budget_rows(settings), created),
        write_xlsx(out_dir / "kpi_definitions.xlsx", contracts["kpi_definitions"], kpis.definition_rows(), created),
    ]
    reports = [[*row, reported_on[(row[0], row[1])]] for row in reports]
    paths += _write_by_year(out_dir, "status_reports", contracts["status_reports"], reports, 1, UTF8_BOM)
    milestone_rows = sorted(
        ([*row, reported_on[(row[0], row[3])]] for plan in plans.values() for row in plan.rows),
        key=lambda r: (r[3], r[0], r[1]),
    )
    paths += _write_by_year(out_dir, "milestones", contracts["milestones"], milestone_rows, 3, WINDOWS_1252)
    return paths


def _wlan_and_kpis(out_dir: Path, contracts: dict[str, Contract], settings: DemoSettings) -> list[Path]:
    hotspots = wlan_hotspots.hotspots_with_replicas(settings.scale)
    paths = [
        write_csv(
            out_dir / "wlan_hotspots.csv",
            contracts["wlan_hotspots"],
            typed_rows_to_text(contracts["wlan_hotspots"], wlan_hotspots.hotspot_rows(hotspots)),
            UTF8_BOM,
        )
    ]
    real_usage = wlan_usage.usage_of_real_hotspots(settings)
    years, months, _ = date_parts(real_usage["day"].to_numpy())
    sessions = real_usage.groupby([years, months])["sessions"].sum()
    sessions.index = [dt.date(int(y), int(m), 1) for y, m in sessions.index]
    usage = wlan_usage.usage_to_write(real_usage, hotspots, settings)
    for year, table in wlan_usage.usage_text_by_year(usage, settings).items():
        paths.append(write_csv(out_dir / f"wlan_usage_{year}.csv", contracts["wlan_usage"], table, UTF16))
    value_rows = [
        [kpi_id, period, district or None, value]
        for kpi_id, period, district, value in kpis.kpi_value_rows(settings, sessions)
    ]
    paths.append(
        write_csv(
            out_dir / "kpi_values.csv",
            contracts["kpi_values"],
            typed_rows_to_text(contracts["kpi_values"], value_rows),
            UTF8,
        )
    )
    return paths


def _parking(out_dir: Path, contracts: dict[str, Contract], settings: DemoSettings) -> list[Path]:
    contract = contracts["parking_transactions"]
    plates, weights = parking_transactions.plate_pool(settings)
    paths, next_number, duplicate_id = [], 1, None
    for year in range(parking_transactions.FIRST_DAY.year, settings.today.year + 1):
        frame = parking_transactions.year_transactions(year, settings, plates, weights)
        table = parking_transactions.transactions_text(frame, next_number)
        next_number += len(frame)
        if duplicate_id is None and len(table):
            duplicate_id = table["transaction_id"].iloc[0]
        invalid = [
            r
            for r in parking_transactions.invalid_rows(year, duplicate_id or "HP000000001")
            if year < settings.today.year
        ]
        if invalid:
            table = pd.concat([table, pd.DataFrame(invalid, columns=table.columns)], ignore_index=True)
        if len(table):
            paths.append(write_csv(out_dir / f"parking_transactions_{year}.csv", contract, table, WINDOWS_1252))
    coins = parking_coins.coin_emptyings(settings)
    coin_table = pd.DataFrame(
        {
            "machine_id": coins["machine_id"].to_numpy(dtype=object),
            "emptied_on": format_dates(coins["day"].to_numpy()),
            "amount_eur": format_decimals(coins["cents"].to_numpy() / 100, 2),
        }
    )
    paths.append(
        write_csv(out_dir / "parking_coin_income.csv", contracts["parking_coin_income"], coin_table, WINDOWS_1252)
    )
    return paths


def _ivena(out_dir: Path, contracts: dict[str, Contract], settings: DemoSettings) -> list[Path]:
    paths = [
        write_csv(
            out_dir / "ivena_facilities.csv",
            contracts["ivena_facilities"],
            typed_rows_to_text(contracts["ivena_facilities"], ivena.facility_rows()),
            UTF8_BOM,
        )
    ]
    frame = ivena.announcements(settings)
    text = ivena.announcements_text(frame, settings)
    years, _, _ = date_parts(frame["minute"].to_numpy() // 1440)
    for year in sorted(set(years.tolist())):
        table = text[years == year]
        invalid = [r for r in ivena.INVALID_ANNOUNCEMENTS if r[1][6:10] == str(year) and _is_past(r[1], settings)]
        if invalid:
            table = pd.concat([table, pd.DataFrame(invalid, columns=text.columns)], ignore_index=True)
        paths.append(
            write_csv(out_dir / f"ivena_announcements_{year}.csv", contracts["ivena_announcements"], table, UTF8)
        )
    paths.append(
        write_csv(out_dir / "ivena_signoffs.csv", contracts["ivena_signoffs"], ivena.signoffs_text(settings), UTF8_BOM)
    )
    return paths


def _is_past(timestamp_text: str, settings: DemoSettings) -> bool:
    return dt.datetime.strptime(timestamp_text[:10], "%d.%m.%Y").date() < settings.today


def _write_by_year(out_dir, stem, contract, rows, date_index, encoding) -> list[Path]:
    paths = []
    for year in sorted({row[date_index].year for row in rows}):
        year_rows = [row for row in rows if row[date_index].year == year]
        paths.append(
            write_csv(out_dir / f"{stem}_{year}.csv", contract, typed_rows_to_text(contract, year_rows), encoding)
        )
    return paths


def typed_rows_to_text(contract: Contract, rows: list[list[object]]) -> pd.DataFrame:
    """Typed rows (contract order) as a table of German text values."""
    columns = {}
    for index, column in enumerate(contract.columns):
        columns[column.name] = [_to_text(row[index], column.type) for row in rows]
    return pd.DataFrame(columns, dtype=object)


def _to_text(value: object, column_type: str) -> str:
    if value is None:
        return ""
    if column_type == "date":
        return format_date(value)
    if column_type == "month":
        return format_month(value)
    if column_type == "bool" and isinstance(value, bool):
        return format_bool(value)
    if column_type == "decimal":
        return format_decimal(float(value))  # whole numbers without decimals: 480.000
    return str(value)
