"""The demo's portfolio tells one story: reasons fit their status, risk status fits the risk register, slips vary.

Generates the demo at a tenth of its size (the folder test_demo_warehouse.py shares) and loads its portfolio
deliveries (projects, status reports, milestones, risks) with the real ETL; the measurement feeds are left out
because nothing here reads them.
"""

import re
import shutil

import duckdb
import pytest

from cockpit.data_access.overview import HIGH_RISK_SCORE
from cockpit.reporting.rules import is_stock_phrase
from etl.demo.reasons import NEUTRAL_TEXTS
from etl.load import load
from tests.fixture_deliveries import DEMO_SCALE, DEMO_TODAY, demo_deliveries

PORTFOLIO_FILES = ("projects.xlsx", "risks.xlsx", "status_reports_*.csv", "milestones_*.csv")
DIMENSIONS = {  # status column: the word a reason uses for it
    "status_schedule": "Termine",
    "status_budget": "Budget",
    "status_scope": "Umfang/Qualität",
    "status_risks": "Risiken",
}


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    demo = demo_deliveries(tmp_path_factory, DEMO_SCALE, today=DEMO_TODAY)
    portfolio = tmp_path_factory.mktemp("demo_portfolio")
    for pattern in PORTFOLIO_FILES:
        for path in demo.glob(pattern):
            shutil.copy2(path, portfolio / path.name)
    warehouse = tmp_path_factory.mktemp("demo_coherence") / "warehouse.duckdb"
    assert load(portfolio, warehouse, DEMO_TODAY).status == "loaded"
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def _rows(con, sql: str, params=()) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


NOT_GREEN = "({})".format(" or ".join(f"{c} <> 'grün'" for c in ["status_overall", *DIMENSIONS]))


def test_no_report_that_is_not_green_gives_a_stock_phrase_as_its_reason(con):
    reports = _rows(
        con, f"select project_id, report_month, assessed_by, reason from marts.status_reports where {NOT_GREEN}"
    )
    assert len(reports) > 100
    stock = [r for r in reports if is_stock_phrase(r[3] or "") or (r[3] or "") in NEUTRAL_TEXTS]
    assert stock == []


def test_every_dimension_that_is_not_green_is_named_in_the_reason_with_its_colour(con):
    reports = _rows(
        con,
        f"select reason, {', '.join(DIMENSIONS)} from marts.status_reports where {NOT_GREEN}",
    )
    unnamed = [
        (reason, word, status)
        for reason, *statuses in reports
        for word, status in zip(DIMENSIONS.values(), statuses, strict=True)
        if status != "grün" and not re.search(rf"{re.escape(word)} (von \w+ auf )?{status}\b", reason)
    ]
    assert unnamed == []


def test_reasons_of_reports_that_are_not_green_vary(con):
    reasons, distinct, most_used = _rows(
        con,
        f"""
        with used as (select reason, count(*) as uses from marts.status_reports where {NOT_GREEN} group by reason)
        select sum(uses), count(*), max(uses) from used""",
    )[0]
    assert distinct > reasons / 2
    assert most_used <= 10


def test_green_reports_without_a_change_keep_short_neutral_texts(con):
    reasons = _rows(
        con,
        f"""
        with reports as (
            select reason, {NOT_GREEN} as is_not_green,
                   lag({NOT_GREEN}) over w as was_not_green, lag(report_month) over w as previous_month
            from marts.status_reports
            window w as (partition by project_id, assessed_by order by report_month)
        )
        select distinct coalesce(reason, '') from reports
        where not is_not_green and not was_not_green and previous_month is not null
        """,
    )
    assert {r[0] for r in reasons} <= set(NEUTRAL_TEXTS)


def test_a_red_risk_status_names_an_open_high_risk_known_by_then(con):
    red = _rows(
        con,
        """
        select s.project_id, s.report_month, s.reason,
               (select list(r.risk_id) from marts.risks r
                where r.project_id = s.project_id and r.risk_score >= ?
                  and r.identified_date < s.report_month + interval 1 month) as known_high_risks
        from marts.status_reports s where s.status_risks = 'rot'
        """,
        [HIGH_RISK_SCORE],
    )
    assert len(red) >= 4
    for project_id, month, reason, known in red:
        assert known, (project_id, month)
        assert any(risk_id in reason for risk_id in known), (project_id, month, reason)


def test_red_on_risks_in_the_latest_report_means_an_open_risk_of_at_least_12(con):
    latest = _rows(
        con,
        """
        with latest as (
            select project_id, assessed_by, status_risks from marts.status_reports
            qualify row_number() over (partition by project_id, assessed_by order by report_month desc) = 1
        ),
        open_risks as (
            select project_id, max(risk_score) as highest from marts.risks where risk_status <> 'geschlossen'
            group by project_id
        )
        select l.project_id, l.assessed_by, l.status_risks, coalesce(o.highest, 0)
        from latest l left join open_risks o using (project_id)
        """,
    )
    red = [(p, a, highest) for p, a, status, highest in latest if status == "rot"]
    assert {p for p, _, _ in red} >= {"P-008", "P-015", "P-036"}  # the projects whose story ends red
    assert [r for r in red if r[2] < HIGH_RISK_SCORE] == []
    assert [(p, a) for p, a, status, highest in latest if highest < 8 and status == "rot"] == []


def test_milestone_slips_vary_in_size_and_month_and_some_recover(con):
    changes = _rows(
        con,
        """
        with slips as (
            select project_id, milestone_id, report_month, slip_days,
                   slip_days - lag(slip_days) over (partition by project_id, milestone_id order by report_month)
                       as change_days
            from marts.milestone_forecasts where actual_date is null
        )
        select project_id, milestone_id, report_month, change_days from slips where change_days <> 0
        """,
    )
    slipped = [c for c in changes if c[3] > 0]
    recovered = [c for c in changes if c[3] < 0]
    assert len({c[3] for c in slipped}) >= 15  # slips of many different sizes
    assert len({c[2] for c in slipped}) >= 10  # in many different months
    assert len({c[0] for c in recovered}) >= 2  # some projects win back time
    first_slip_month = {}
    for project_id, _, month, _ in sorted(slipped, key=lambda c: c[2]):
        first_slip_month.setdefault(project_id, month)
    assert len(set(first_slip_month.values())) >= len(first_slip_month) - 1  # projects start slipping apart


def test_open_milestones_of_a_project_do_not_all_move_together(con):
    spread = _rows(
        con,
        """
        select count(*) from (
            select project_id, report_month from marts.milestone_forecasts
            where actual_date is null and slip_days > 0
            group by project_id, report_month having count(distinct slip_days) > 1
        )
        """,
    )[0][0]
    assert spread > 20


PHASE_ORDER = ["Idee", "Planung", "Umsetzung", "Betrieb", "Abgeschlossen", "Eingestellt"]


def test_every_report_names_a_phase_that_ends_in_the_projects_phase_today(con):
    reports = _rows(
        con,
        """select r.project_id, list(r.phase order by r.report_month), any_value(p.phase),
                  bool_and(r.phase <> 'Umsetzung' or r.report_month >= date_trunc('month', p.planned_start_date))
           from marts.overview_project_reports as r join marts.projects as p using (project_id)
           group by r.project_id""",
    )
    assert len(reports) > 20
    for project_id, phases, today, started_when_implementing in reports:
        assert None not in phases, project_id
        assert phases[-1] == today, project_id  # the last report names today's phase
        assert started_when_implementing, project_id  # no Umsetzung before the planned start
        ranks = [PHASE_ORDER.index(p) for p in phases]
        assert ranks == sorted(ranks), (project_id, phases)  # phases only move forward
