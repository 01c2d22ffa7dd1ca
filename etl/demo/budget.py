"""Budget lines per project, year, kind (investiv/konsumtiv), account and funding source.

Amounts are invented but follow the double-entry municipal budget of Lower Saxony: Ansatz,
fortgeschriebener Ansatz (after carry-overs), Obligo (committed) and Ist (booked) as of the last day
of the last full month (31.12. for past years). Mostly Ist + Obligo <= fortgeschriebener Ansatz;
P-008 and P-015 overspend, P-036 spends ahead of its progress. Funded lines carry programme and
deadline; a few deadlines fall within the next three months.
"""

import datetime as dt

from etl.demo.catalogue import BUDGET_PRODUCTS, PROJECTS, Project
from etl.demo.common import DemoSettings

ACCOUNTS = {"investiv": "0812000", "konsumtiv": "4431000"}
FUNDING_SOURCE = {
    "WiFi4EU": "EU",
    "EFRE": "EU",
    "Land Niedersachsen IVENA-Anbindung": "Land",
    "OZG-Umsetzung Land Niedersachsen": "Land",
    "GVFG Land Niedersachsen": "Land",
    "Land Niedersachsen Digitalisierung Rettungsdienst": "Land",
    "DigitalPakt Schule": "Bund",
    "Sofortprogramm Saubere Luft": "Bund",
    "Kommunalrichtlinie (NKI)": "Bund",
    "Digitalisierung kommunaler Verkehrssysteme": "Bund",
    "Modellprojekte Smart Cities": "Bund",
    "Bundesförderprogramm Breitband": "Bund",
    "5G-Innovationsprogramm": "Bund",
}
# Published amounts: WiFi4EU voucher 15,000 EUR; Land Niedersachsen 111,200 EUR for the IVENA connection.
FIXED_GRANTS = {("P-001", 2021): 15_000.0, ("P-002", 2021): 61_200.0, ("P-002", 2022): 50_000.0}
OVERSPENDING = {"P-008": 1.12, "P-015": 1.07}
AHEAD_OF_PROGRESS = {"P-036"}
BUDGET_FIRST_YEAR = 2021


def _budget_years(project: Project, settings: DemoSettings) -> list[int]:
    last = settings.today.year + 1
    if project.phase in ("Abgeschlossen", "Eingestellt"):
        last = min(last, project.planned_end.year)
    first = max(BUDGET_FIRST_YEAR, project.planned_start.year)
    return list(range(first, last + 1)) if project.phase != "Idee" else [max(first, settings.today.year + 1)]


def budget_rows(settings: DemoSettings) -> list[list[object]]:
    rng = settings.rng("budget")
    as_of = settings.actual_as_of
    year_share_elapsed = (as_of - dt.date(as_of.year, 1, 1)).days / 365
    soon = [settings.today + dt.timedelta(days=d) for d in (24, 51, 83)]
    rows: list[list[object]] = []
    for project in PROJECTS:
        years = _budget_years(project, settings)
        weights = rng.uniform(0.6, 1.4, len(years))
        yearly = project.total_budget_eur * weights / weights.sum()
        carry = 0.0
        invest_share = float(rng.uniform(0.45, 0.8))
        source = FUNDING_SOURCE.get(project.funding_programme or "")
        for year, amount in zip(years, yearly, strict=True):
            for kind, share in (("investiv", invest_share), ("konsumtiv", 1 - invest_share)):
                planned = round(float(amount * share), -2)
                grant = FIXED_GRANTS.get((project.project_id, year), 0.0) if kind == "investiv" else 0.0
                planned = max(planned, round(grant * 1.25, -2))
                updated = round(planned + (carry * share if kind == "investiv" else 0.0), 2)
                if year < as_of.year:
                    spent_share, as_of_date = rng.uniform(0.7, 0.98), dt.date(year, 12, 31)
                elif year == as_of.year:
                    spent_share, as_of_date = year_share_elapsed * rng.uniform(0.55, 0.95), as_of
                else:
                    spent_share, as_of_date = 0.0, as_of
                factor = OVERSPENDING.get(project.project_id, 1.0) if as_of.year - 1 <= year <= as_of.year else 1.0
                if project.project_id in AHEAD_OF_PROGRESS and year == as_of.year:
                    spent_share = 0.93
                actual = round(updated * spent_share * factor, 2)
                committed_share = rng.uniform(0.0, 0.25) if year <= as_of.year else rng.uniform(0.0, 0.1)
                committed = round(max(updated - actual, 0) * committed_share, 2)
                if factor > 1:  # overspending: Ist + Obligo exceed the updated plan by the factor
                    committed = round(max(updated * factor - actual, committed), 2)
                rows.extend(
                    _split_by_funding(
                        project,
                        year,
                        kind,
                        planned,
                        updated,
                        committed,
                        actual,
                        as_of_date,
                        source,
                        soon,
                        as_of.year,
                        rng,
                    )
                )
            if year < as_of.year:
                carry = float(amount) * float(rng.uniform(0.0, 0.15))
    return rows


def _split_by_funding(
    project, year, kind, planned, updated, committed, actual, as_of_date, source, soon, current_year, rng
):
    product, account = BUDGET_PRODUCTS[project.lead_unit_id], ACCOUNTS[kind]
    base = [project.project_id, year, kind, product, account]
    grant = FIXED_GRANTS.get((project.project_id, year))
    if source is None or kind == "konsumtiv" or (project.project_id in ("P-001", "P-002") and grant is None):
        return [[*base, planned, updated, committed, actual, as_of_date, "Eigenmittel", None, None]]
    funded_share = 1.0 if grant is not None else float(rng.choice([0.5, 0.65, 0.8, 0.9]))
    funded_planned = grant if grant is not None else round(planned * funded_share, -2)
    ratio = min(funded_planned / planned, 1.0) if planned else 0.0
    if year > current_year:
        deadline = dt.date(year, 12, 31)
    elif year == current_year and rng.random() < 0.3:
        deadline = soon[int(rng.integers(0, len(soon)))]  # due within the next three months
    else:
        deadline = dt.date(year + 1, 6, 30)
    funded = [
        *base,
        funded_planned,
        round(updated * ratio, 2),
        round(committed * ratio, 2),
        round(actual * ratio, 2),
        as_of_date,
        source,
        project.funding_programme,
        deadline,
    ]
    own = [
        *base,
        round(planned - funded_planned, 2),
        round(updated * (1 - ratio), 2),
        round(committed * (1 - ratio), 2),
        round(actual * (1 - ratio), 2),
        as_of_date,
        "Eigenmittel",
        None,
        None,
    ]
    return [funded, own]
