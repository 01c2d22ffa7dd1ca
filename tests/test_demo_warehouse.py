"""The demo tells Braunschweig's true story: the published figures hold in the loaded warehouse.

Generates the demo at a tenth of its size (SCALE) and loads it with the real ETL; about half a minute
instead of five. The scale multiplies only the row counts of the measurement feeds, and the generator
meets each year's published bookings and phone revenue at any scale, so those figures are checked
divided by SCALE; coins at the machines, hotspots, IVENA's dates and the portfolio do not scale.
"""

import datetime as dt

import duckdb
import pytest

from etl.demo import parking_transactions
from etl.demo.common import DemoSettings, from_day_number
from tests.fixture_deliveries import DEMO_SCALE, DEMO_TODAY

TODAY = DEMO_TODAY
SCALE = DEMO_SCALE
PUBLISHED_PARKING = {  # year: (digital tickets, revenue paid by phone €, coins at the machines €), DOMAIN.md
    2022: (240_000, 500_000, 1_600_000),
    2023: (380_000, 900_000, 2_200_000),
    2024: (530_000, 1_290_000, 2_160_000),
}
HANDYPARKEN_START = dt.date(2016, 9, 16)
SCALED_FEEDS = ("parking_transactions", "ivena_announcements")  # rows proportional to the scale


@pytest.fixture(scope="module")
def demo(demo_load):
    warehouse, result = demo_load
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con, result
    con.close()


def _one(con, sql: str, params=()):
    return con.execute(sql, list(params)).fetchall()[0]


@pytest.mark.parametrize("year", sorted(PUBLISHED_PARKING))
def test_yearly_handyparken_figures_match_the_published_ones_within_ten_percent(demo, year):
    con, _ = demo
    tickets, phone_fees, coins = _one(
        con,
        "select digital_tickets, phone_parking_fees_eur, coin_income_eur from marts.parking_yearly where year = ?",
        [year],
    )
    published_tickets, published_fees, published_coins = PUBLISHED_PARKING[year]
    assert tickets / SCALE == pytest.approx(published_tickets, rel=0.10)
    assert phone_fees / SCALE == pytest.approx(published_fees, rel=0.10)
    assert coins == pytest.approx(published_coins, rel=0.10)


def test_handyparken_starts_on_16_september_2016(demo):
    con, _ = demo
    first = _one(con, "select min(started_at)::date from staging.parking_transactions")[0]
    assert HANDYPARKEN_START <= first < dt.date(2016, 10, 1)  # the scaled demo has only ~30 bookings that month
    settings = DemoSettings(seed=2016, scale=1.0, today=TODAY)  # the full demo's first year, from the generator
    first_year = parking_transactions.year_transactions(2016, settings, *parking_transactions.plate_pool(settings))
    assert from_day_number(first_year["start"].min() // 1440) == HANDYPARKEN_START


@pytest.mark.parametrize(("day", "hotspots"), [("2016-04-30", 7), ("2018-06-30", 26)])
def test_wlan_hotspots_in_operation_match_the_published_counts(demo, day, hotspots):
    con, _ = demo
    count = _one(
        con,
        "select count(*) from staging.wlan_hotspots where in_operation_from_date <= ?::date "
        "and (in_operation_to_date is null or in_operation_to_date > ?::date)",
        [day, day],
    )[0]
    assert count == pytest.approx(hotspots, rel=0.10)


def test_ivena_starts_in_january_2020_and_holwedestrasse_ends_on_11_december_2024(demo):
    con, _ = demo
    assert _one(con, "select min(announced_at)::date from staging.ivena_announcements")[0] >= dt.date(2020, 1, 1)
    assert _one(con, "select min(announced_at)::date from staging.ivena_announcements")[0] < dt.date(2020, 2, 1)
    last_holwede = _one(
        con,
        "select max(a.announced_at)::date from staging.ivena_announcements a "
        "join staging.ivena_facilities f using (facility_id) where f.facility ilike '%Holwede%'",
    )[0]
    assert last_holwede is not None
    assert last_holwede <= dt.date(2024, 12, 11)


def test_ivena_has_a_winter_peak(demo):
    con, _ = demo
    winter, summer = _one(
        con,
        """
        select count(*) filter (where month(announced_at) in (1, 2, 3)),
               count(*) filter (where month(announced_at) in (6, 7, 8))
        from staging.ivena_announcements where year(announced_at) between 2021 and 2025""",
    )
    assert winter > summer * 1.1


def test_the_portfolio_has_about_40_projects_one_stopped_and_a_field_without_an_active_project(demo):
    con, _ = demo
    projects, stopped = _one(con, "select count(*), count(*) filter (where phase = 'Eingestellt') from marts.projects")
    uncovered = con.execute("""
        select f.field from ref.fields_of_action f
        where not exists (select 1 from marts.projects p where p.field_primary = f.field
                          and p.phase in ('Idee', 'Planung', 'Umsetzung', 'Betrieb'))""").fetchall()
    assert 35 <= projects <= 45
    assert stopped == 1
    assert len(uncovered) >= 1


def test_the_demo_loads_whole_and_sets_the_planted_bad_rows_aside(demo):
    con, result = demo
    assert result.status == "loaded"
    scaled_rows = sum(f["rows_loaded"] for f in result.files if f["delivery"] in SCALED_FEEDS)
    assert scaled_rows / SCALE > 3_000_000  # the full demo: over 3 million rows in these two feeds alone
    quarantined = dict(
        con.execute(
            "select delivery, count(distinct (source_file, source_row)) from marts.quarantine group by 1"
        ).fetchall()
    )
    assert set(quarantined) == {"wlan_usage", "parking_transactions", "ivena_announcements", "ivena_signoffs"}
    assert sum(quarantined.values()) == result.rows_quarantined
