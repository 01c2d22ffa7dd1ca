"""A Stichtag that travels in time (issue 11): set to 30.06.2024, the pages show what was known on that day
(status, phases the status reports named, milestone forecasts, KPI values, the Ist of budget years up to then),
and say "Stand heute" next to figures whose deliveries keep no history (master data, the phase of a project no
report named one for by then, risk status, budget lines).

A report counts from the day it came in ("Gemeldet am"), else from the last day of its report month: at 30.06.2024
a June report that came in on 03.07. does not count yet. A KPI value counts once its period is over (from its
last day).

The warehouse is the fixture with dated rows before and after the Stichtag; every expected figure is computed
here from those delivered rows, as a person reading the files would.
"""

import datetime as dt

import pytest

from cockpit.data_access.portfolio import PHASE_ORDER
from tests.conftest import shown_metrics, table_with
from tests.fixture_deliveries import BUDGET, KPI_DEFINITIONS, KPI_VALUES, MILESTONES, PROJECTS, RISKS, STATUS_REPORTS

STICHTAG = dt.date(2024, 6, 30)
STAND = {"stand": STICHTAG.isoformat()}
NO_HISTORY = "Stand heute, keine Historie geliefert"
OPEN_PHASES = {"Idee", "Planung", "Umsetzung", "Betrieb"}


def report(
    project_id, month, assessed_by, overall, percent, phase, reason="Neu bewertet", reported_on="", **dimensions
):
    return dict(
        project_id=project_id,
        report_month=month,
        assessed_by=assessed_by,
        status_overall=overall,
        status_schedule=dimensions.get("schedule", overall),
        status_budget=dimensions.get("budget", overall),
        status_scope=dimensions.get("scope", overall),
        status_risks=dimensions.get("risks", overall),
        percent_complete=percent,
        reason=reason,
        needs_board_decision="nein",
        board_decision_text="",
        phase=phase,
        reported_on=reported_on,
    )


# Status reports: P-001 green in April 2024 (Umsetzung, reported on 06.05.), amber from August 2024 (Betrieb, as
# today); P-002 green in May 2024 (Planung), in June amber by its Fachbereich and red by the Stabsstelle (whose
# assessment is shown; both: Planung; reported on 03.07.2024, after the Stichtag), red in July 2024 (Umsetzung);
# P-003 amber in May 2024 (Umsetzung; no "Gemeldet am": known from 31.05.), red in June 2024 by a report that
# came in on 28.06.2024 (before the Stichtag), red when it was stopped in December 2025 (Eingestellt, as today).
# The 2026 reports of the fixture name no phase: P-002's phase stays the one of July 2024 (Umsetzung, as today).
STATUS_REPORTS_2024 = [
    report("P-001", "04.2024", "Fachbereich", "grün", "80", "Umsetzung", reported_on="06.05.2024"),
    report("P-001", "08.2024", "Fachbereich", "gelb", "82", "Betrieb"),
    report("P-002", "05.2024", "Fachbereich", "grün", "5", "Planung"),
    report("P-002", "06.2024", "Fachbereich", "gelb", "8", "Planung", reported_on="03.07.2024"),
    report("P-002", "06.2024", "Stabsstelle", "rot", "8", "Planung", reported_on="03.07.2024"),
    report("P-002", "07.2024", "Fachbereich", "rot", "10", "Umsetzung"),
    report("P-003", "05.2024", "Fachbereich", "gelb", "30", "Umsetzung"),
    report("P-003", "06.2024", "Fachbereich", "rot", "31", "Umsetzung", reported_on="28.06.2024"),
    report("P-003", "12.2025", "Fachbereich", "rot", "35", "Eingestellt"),
] + [{**row, "reason": row["reason"] or "Neu bewertet"} for row in STATUS_REPORTS]


def forecast(milestone_id, milestone, month, baseline, forecast_date, reported_on=""):
    return dict(
        project_id="P-002",
        milestone_id=milestone_id,
        milestone=milestone,
        report_month=month,
        baseline_date=baseline,
        forecast_date=forecast_date,
        actual_date="",
        reported_on=reported_on,
    )


# M1 forecast 30.09.2026 in May 2024 (known from 01.06.), 31.10.2026 in June (reported on 27.06.2024), 30.11.2026
# in August; M2 first reported in August 2024.
MILESTONES_2024 = [
    forecast("M1", "Ausschreibung", "05.2024", "30.09.2026", "30.09.2026"),
    forecast("M1", "Ausschreibung", "06.2024", "30.09.2026", "31.10.2026", reported_on="27.06.2024"),
    forecast("M1", "Ausschreibung", "08.2024", "30.09.2026", "30.11.2026"),
    forecast("M2", "Pilotbetrieb", "08.2024", "31.03.2027", "31.03.2027"),
    *MILESTONES,
]

# City-wide values of the WLAN KPI in May, June and July 2024.
KPI_VALUES_2024 = [
    dict(kpi_id="K-WLAN-01", period_start="01.05.2024", district_id="", value="40"),
    dict(kpi_id="K-WLAN-01", period_start="01.06.2024", district_id="", value="42"),
    dict(kpi_id="K-WLAN-01", period_start="01.07.2024", district_id="", value="44"),
    *KPI_VALUES,
]


def budget_line(year, actual, as_of):
    return dict(
        project_id="P-002",
        budget_year=str(year),
        budget_type="konsumtiv",
        product="1.51.5110",
        account="4431000",
        planned_eur="40.000",
        updated_plan_eur="40.000",
        committed_eur="0",
        actual_eur=actual,
        actual_as_of=as_of,
        funding_source="Eigenmittel",
        funding_programme="",
        funding_deadline="",
    )


# P-002's Ist of 2024 (as of 31.12.2024, after the Stichtag) and of 2025: one Ist per line, no history.
BUDGET_2024 = [budget_line(2024, "30.000", "31.12.2024"), budget_line(2025, "60.000", "31.12.2025"), *BUDGET]

# A risk identified before the Stichtag (closed since; the register keeps no status history).
RISKS_2024 = [
    {
        **RISKS[0],
        "risk_id": "R-000",
        "risk": "Datenschutz unklar",
        "risk_status": "geschlossen",
        "identified_on": "01.03.2024",
    },
    *RISKS,
]


@pytest.fixture(scope="module")
def stichtag_warehouse(warehouse_variant):
    return warehouse_variant(
        "stichtag_2024",
        status_reports=STATUS_REPORTS_2024,
        milestones=MILESTONES_2024,
        kpi_values=KPI_VALUES_2024,
        budget=BUDGET_2024,
        risks=RISKS_2024,
    )


# ---- what the deliveries said by a day, read from the rows ---------------------------------------------------


def month_start(month: str) -> dt.date:
    number, year = month.split(".")
    return dt.date(int(year), int(number), 1)


def german_date(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%d.%m.%Y").date()


def euros(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


ONE_DAY = dt.timedelta(days=1)


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def known_from(row: dict) -> dt.date:
    """The day a report row became known: its "Gemeldet am", else the last day of its report month."""
    reported_on = row.get("reported_on")
    return german_date(reported_on) if reported_on else next_month(month_start(row["report_month"])) - ONE_DAY


def shown_reports(project_id: str, day: dt.date) -> list[dict]:
    """The project's report shown for each month (the Stabsstelle's where both assessed it) that was known on the
    day (the shown report's own "Gemeldet am" counts)."""
    rows = [r for r in STATUS_REPORTS_2024 if r["project_id"] == project_id]
    shown = {}
    for row in sorted(rows, key=lambda r: r["assessed_by"] == "Stabsstelle"):
        shown[row["report_month"]] = row
    return [r for r in shown.values() if known_from(r) <= day]


def phase_as_of(project: dict, day: dt.date) -> tuple[str, bool]:
    """The project's phase named by its latest report known on the day that names one, and False; without such a
    report today's phase, and True."""
    named = [r for r in shown_reports(project["project_id"], day) if r.get("phase")]
    latest = max(named, key=lambda r: month_start(r["report_month"]), default=None)
    return (latest["phase"], False) if latest else (project["phase"], True)


def status_counts_as_of(day: dt.date) -> dict[str | None, int]:
    """Open projects (by their phase as of the day) by the overall status of their latest report known on the
    day, the Stabsstelle's where both assessed that month."""
    counts: dict[str | None, int] = {"rot": 0, "gelb": 0, "grün": 0, None: 0}
    for project in PROJECTS:
        if phase_as_of(project, day)[0] not in OPEN_PHASES:
            continue
        known = shown_reports(project["project_id"], day)
        latest = max(known, key=lambda r: month_start(r["report_month"]), default=None)
        counts[latest["status_overall"] if latest else None] += 1
    return counts


def latest_forecasts_as_of(day: dt.date) -> dict[str, str]:
    """Milestone of P-002 -> its forecast in its latest report known on the day."""
    known = [m for m in MILESTONES_2024 if known_from(m) <= day]
    latest = {}
    for row in sorted(known, key=lambda m: month_start(m["report_month"])):
        latest[f"{row['milestone_id']} {row['milestone']}"] = row["forecast_date"]
    return latest


def kpi_value_as_of(kpi_id: str, day: dt.date) -> tuple[float, str]:
    """The KPI's city-wide value (no Stadtbezirk) of its latest period over by the day (a monthly KPI, as the
    fixture's are: known from the month's last day), and that period's start."""
    city = [v for v in KPI_VALUES_2024 if v["kpi_id"] == kpi_id and not v["district_id"]]
    known = [v for v in city if next_month(german_date(v["period_start"])) - ONE_DAY <= day]
    latest = max(known, key=lambda v: german_date(v["period_start"]))
    return euros(latest["value"]), latest["period_start"]


def captions(app) -> str:
    return " ".join(c.value for c in app.caption)


def captions_after(app, start: str) -> list[str]:
    """The captions from the first one starting with `start` up to the next chart's "In Worten" (a section's
    captions, read top to bottom)."""
    shown = [c.value for c in app.caption]
    first = next(i for i, text in enumerate(shown) if text.startswith(start))
    rest = shown[first + 1 :]
    return [shown[first], *rest[: next((i for i, text in enumerate(rest) if text.startswith("In Worten")), len(rest))]]


# ---- the pages -----------------------------------------------------------------------------------------------


def test_overview_counts_status_as_reported_by_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, **STAND)
    assert not app.exception
    metrics = shown_metrics(app)
    expected = status_counts_as_of(STICHTAG)
    # P-001 grün (April), P-002 grün (May: its June report comes in after the Stichtag), P-003 rot (its June
    # report came in on 28.06.); today: P-002 rot, P-001 gelb, P-003 stopped
    assert expected == {"rot": 1, "gelb": 0, "grün": 2, None: 0}
    assert metrics[":red[✖ rot]"] == str(expected["rot"])
    assert metrics[":orange[▲ gelb]"] == str(expected["gelb"])
    assert metrics[":green[✔ grün]"] == str(expected["grün"])
    assert metrics[":gray[○ ohne Bericht]"] == str(expected[None])


def test_a_report_without_its_day_counts_from_the_last_day_of_its_month(stichtag_warehouse, read_page):
    """P-002's and P-003's May reports carry no "Gemeldet am": on 30.05.2024 neither counts (P-002 has no report
    yet; P-003, stopped today, has no reported phase and is not counted as open), on 31.05. both do."""
    before, on = dt.date(2024, 5, 30), dt.date(2024, 5, 31)
    assert status_counts_as_of(before) == {"rot": 0, "gelb": 0, "grün": 1, None: 1}
    assert status_counts_as_of(on) == {"rot": 0, "gelb": 1, "grün": 2, None: 0}
    for day in (before, on):
        app = read_page("pages/overview.py", warehouse=stichtag_warehouse, stand=day.isoformat())
        assert not app.exception
        metrics, expected = shown_metrics(app), status_counts_as_of(day)
        assert (metrics[":orange[▲ gelb]"], metrics[":green[✔ grün]"]) == (str(expected["gelb"]), str(expected["grün"]))


def test_overview_shows_the_phases_reported_by_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, **STAND)
    phases = [phase_as_of(project, STICHTAG) for project in PROJECTS]
    assert phases == [("Umsetzung", False), ("Planung", False), ("Umsetzung", False)]  # today: Betrieb, …, Eingestellt
    counts = {phase: [p for p, _ in phases].count(phase) for phase in PHASE_ORDER if (phase, False) in phases}
    expected = "**Projekte nach Phase:** " + " · ".join(f"{phase} {count}" for phase, count in counts.items())
    assert expected in [m.value for m in app.markdown]
    assert shown_metrics(app)["Laufende Projekte"] == "3"  # P-003, stopped today, was open then
    # every shown phase was reported by then: no "Stand heute" for the phases
    assert "Phasen und offene Projekte" not in captions(app)


def test_before_any_report_the_phases_are_todays_and_said_so(stichtag_warehouse, read_page):
    day = dt.date(2024, 3, 31)
    assert all(phase_as_of(project, day)[1] for project in PROJECTS)
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, stand=day.isoformat())
    assert not app.exception
    assert "**Projekte nach Phase:** Umsetzung 1 · Betrieb 1 · Eingestellt 1" in [m.value for m in app.markdown]
    assert f"Phasen und offene Projekte: {NO_HISTORY}" in captions(app)
    listed = read_page("pages/project_list.py", warehouse=stichtag_warehouse, stand=day.isoformat())
    assert f"Phase und Stammdaten: {NO_HISTORY}" in captions(listed)


def test_overview_says_which_figures_are_today(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, **STAND)
    text = captions(app)
    # The Ist of 2024 is as of 31.12.2024, after the Stichtag: shown, and said to be today's.
    assert shown_metrics(app)["Ist"] == "30.000 €"
    assert "Ist-Stand: 31.12.2024" in text
    assert f"Ansatz, Obligo und Ist: {NO_HISTORY}" in text


def test_at_today_no_figure_is_marked_as_today(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse)
    assert not app.exception
    assert NO_HISTORY not in captions(app)
    metrics = shown_metrics(app)
    expected = status_counts_as_of(dt.date(2026, 11, 26))
    assert (
        (metrics[":red[✖ rot]"], metrics[":orange[▲ gelb]"])
        == (str(expected["rot"]), str(expected["gelb"]))
        == ("1", "1")
    )


def test_budget_page_shows_the_stichtag_year_with_its_today_note(stichtag_warehouse, read_page):
    app = read_page("pages/budget.py", warehouse=stichtag_warehouse, **STAND)
    assert not app.exception
    assert app.selectbox(key="budget_year").value == 2024
    assert shown_metrics(app)["Ist"] == "30 T€"
    assert f"Ansatz, Obligo, Ist und Prognose: {NO_HISTORY}" in captions(app)


def test_overview_attention_and_strategy_coverage_say_they_use_todays_phases(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, **STAND)
    # Handlungsbedarf ranks by today's risk status and unspent funding money; the phases are the reported ones
    attention = captions_after(app, "So berechnet: Punkte je Projekt")
    assert f"Risikostatus und noch nicht ausgegebenes Fördergeld: {NO_HISTORY}" in attention
    coverage = captions_after(app, "Zugeordnet nach primärem Handlungsfeld")
    assert not any(NO_HISTORY in caption for caption in coverage)


def test_budget_breakdowns_and_forecast_say_they_are_today(stichtag_warehouse, read_page):
    app = read_page("pages/budget.py", warehouse=stichtag_warehouse, **STAND)
    note = f"Ansatz, Obligo, Ist und Prognose: {NO_HISTORY}"
    chart = "In Worten: Fortgeschriebener Ansatz und Ist + Obligo"
    assert note in captions_after(app, f"{chart} je Federführung")
    assert note in captions_after(app, f"{chart} je Handlungsfeld")
    # the by-year table holds the Ist of every year, 2026's as of 31.10.2026
    by_year = captions_after(app, f"{chart} je Jahr")
    assert "Datenstand (Ist-Stand): 31.10.2026" in by_year
    assert f"Ansatz, Obligo und Ist der Haushaltsjahre: {NO_HISTORY}" in by_year
    assert note in captions_after(app, "Überschreitung: Prognose über dem fortgeschriebenen Ansatz")


def test_budget_at_today_marks_no_figure_as_today(stichtag_warehouse, read_page):
    app = read_page("pages/budget.py", warehouse=stichtag_warehouse)
    assert not app.exception
    assert NO_HISTORY not in captions(app)


def test_kpi_catalogue_shows_the_value_known_on_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/kpi_catalogue.py", warehouse=stichtag_warehouse, **STAND)
    assert not app.exception
    assert KPI_DEFINITIONS[0]["cadence"] == "monatlich"
    value, period = kpi_value_as_of("K-WLAN-01", STICHTAG)
    assert (value, period) == (42, "01.06.2024")  # June is over at the end of 30.06.; July's 44 comes later
    assert shown_metrics(app)["Letzter Wert"] == "42 Anzahl"
    assert period in " ".join(m.value for m in app.markdown)
    assert f"Verknüpfte Projekte und ihre Phase: {NO_HISTORY}" in captions(app)


def test_kpi_value_of_a_period_counts_once_the_period_is_over(stichtag_warehouse, read_page):
    day = dt.date(2024, 6, 29)
    app = read_page("pages/kpi_catalogue.py", warehouse=stichtag_warehouse, stand=day.isoformat())
    assert not app.exception
    assert kpi_value_as_of("K-WLAN-01", day) == (40, "01.05.2024")  # June is not over yet
    assert shown_metrics(app)["Letzter Wert"] == "40 Anzahl"


def test_profile_shows_milestone_forecasts_as_reported_by_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/project_profile.py", warehouse=stichtag_warehouse, projekt="P-002", **STAND)
    assert not app.exception
    slips = table_with(app, "Letzte Prognose / Ist")
    shown = dict(zip(slips["Meilenstein"], slips["Letzte Prognose / Ist"], strict=True))
    # June's forecast came in on 27.06.2024: it counts in its own month
    assert shown == latest_forecasts_as_of(STICHTAG) == {"M1 Ausschreibung": "31.10.2026"}


def test_profile_shows_no_forecast_before_it_came_in(stichtag_warehouse, read_page):
    day = dt.date(2024, 6, 26)
    app = read_page("pages/project_profile.py", warehouse=stichtag_warehouse, projekt="P-002", stand=day.isoformat())
    assert not app.exception
    slips = table_with(app, "Letzte Prognose / Ist")
    shown = dict(zip(slips["Meilenstein"], slips["Letzte Prognose / Ist"], strict=True))
    assert shown == latest_forecasts_as_of(day) == {"M1 Ausschreibung": "30.09.2026"}  # May's, known from 31.05.


def test_profile_counts_only_the_ist_of_years_up_to_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/project_profile.py", warehouse=stichtag_warehouse, projekt="P-002", **STAND)
    up_to_stichtag = sum(
        euros(line["actual_eur"])
        for line in BUDGET_2024
        if line["project_id"] == "P-002" and int(line["budget_year"]) <= STICHTAG.year
    )
    assert up_to_stichtag == 30_000  # not the 2025 and 2026 Ist booked later
    text = captions(app)
    assert "Ist-Kosten (30.000 €)" in text
    assert f"Ist-Kosten (AC): {NO_HISTORY}" in text


def test_profile_says_master_data_and_risk_status_are_today(stichtag_warehouse, read_page):
    app = read_page("pages/project_profile.py", warehouse=stichtag_warehouse, projekt="P-002", **STAND)
    risks = table_with(app, "Risiko")
    assert list(risks["Nr."]) == [r["risk_id"] for r in RISKS_2024 if german_date(r["identified_on"]) <= STICHTAG]
    text = captions(app)
    assert f"Stammdaten: {NO_HISTORY}" in text
    assert f"Phase und Stammdaten: {NO_HISTORY}" not in text
    assert f"Status und Bewertung der Risiken: {NO_HISTORY}" in text
    phase, _ = phase_as_of(PROJECTS[1], STICHTAG)
    assert phase == "Planung"  # today: Umsetzung
    assert any(m.value.startswith(f"**Phase:** {phase}") for m in app.markdown)


def test_project_list_shows_status_and_phase_as_of_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/project_list.py", warehouse=stichtag_warehouse, **STAND)
    assert not app.exception
    table = table_with(app, "Nr.", "Phase")
    expected = {project["project_id"]: phase_as_of(project, STICHTAG)[0] for project in PROJECTS}
    assert dict(zip(table["Nr."], table["Phase"], strict=True)) == expected
    assert f"Stammdaten: {NO_HISTORY}" in captions(app)
    assert f"Phase und Stammdaten: {NO_HISTORY}" not in captions(app)


def test_phase_filter_selects_by_the_phase_of_the_stichtag(stichtag_warehouse, read_page):
    app = read_page("pages/project_list.py", warehouse=stichtag_warehouse, phase="Planung", **STAND)
    assert not app.exception
    planning = [p["project_id"] for p in PROJECTS if phase_as_of(p, STICHTAG)[0] == "Planung"]
    assert list(table_with(app, "Nr.", "Phase")["Nr."]) == planning == ["P-002"]  # today in Umsetzung


def test_english_note(stichtag_warehouse, read_page):
    app = read_page("pages/overview.py", warehouse=stichtag_warehouse, lang="en", **STAND)
    assert "Risk status and unspent funding money: as of today, no history delivered" in captions(app)
    assert "Phases and open projects" not in captions(app)


def test_a_phase_changed_after_the_last_report_shows_todays_phase(warehouse_variant, read_page):
    """P-001 closed after its last report (August 2024, Betrieb) without a final report: the projects delivery
    is the only witness, so past that report the list shows today's phase; before it, the report's."""
    closed = [dict(p, phase="Abgeschlossen") if p["project_id"] == "P-001" else p for p in PROJECTS]
    warehouse = warehouse_variant(
        "stichtag_closed_after_report",
        status_reports=STATUS_REPORTS_2024,
        milestones=MILESTONES_2024,
        kpi_values=KPI_VALUES_2024,
        budget=BUDGET_2024,
        risks=RISKS_2024,
        projects=closed,
    )
    today = read_page("pages/project_list.py", warehouse=warehouse)
    phases = dict(zip(*(table_with(today, "Nr.", "Phase")[c] for c in ("Nr.", "Phase")), strict=True))
    assert phases["P-001"] == "Abgeschlossen"
    then = read_page("pages/project_list.py", warehouse=warehouse, **STAND)
    phases = dict(zip(*(table_with(then, "Nr.", "Phase")[c] for c in ("Nr.", "Phase")), strict=True))
    assert phases["P-001"] == "Umsetzung"  # reported in April 2024
