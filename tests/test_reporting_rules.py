"""The rules of a monthly report (cockpit.reporting.rules): months, due dates, reasons, what changed."""

import datetime as dt

import pytest

from cockpit.reporting import rules


@pytest.mark.parametrize(
    "today, months",
    [
        (dt.date(2026, 12, 5), (dt.date(2026, 11, 1), dt.date(2026, 12, 1))),
        (dt.date(2027, 1, 2), (dt.date(2026, 12, 1), dt.date(2027, 1, 1))),
    ],
)
def test_the_reporting_month_is_the_month_before_today_and_the_current_month_is_open_too(today, months):
    assert rules.reportable_months(today) == months


@pytest.mark.parametrize(
    "month, due",
    [
        (dt.date(2026, 11, 1), dt.date(2026, 12, 7)),  # Tue 1.12. is the first working day
        (dt.date(2026, 10, 1), dt.date(2026, 11, 6)),
        (dt.date(2026, 12, 1), dt.date(2027, 1, 8)),  # New Year's Day (a Friday) is a holiday
        (dt.date(2027, 3, 1), dt.date(2027, 4, 7)),  # Easter 2027 is in March: April has no holiday
        (dt.date(2026, 3, 1), dt.date(2026, 4, 9)),  # Good Friday 03.04. and Easter Monday 06.04. do not count
    ],
)
def test_a_report_is_due_on_the_fifth_working_day_of_the_following_month(month, due):
    assert rules.due_date(month) == due


def test_days_late_count_from_the_due_date_to_the_report_or_today():
    october = dt.date(2026, 10, 1)
    assert rules.days_late(october, dt.date(2026, 11, 6), dt.date(2026, 11, 26)) == 0
    assert rules.days_late(october, None, dt.date(2026, 11, 26)) == 20
    assert rules.days_late(october, dt.date(2026, 11, 2), dt.date(2026, 11, 26)) == 0


@pytest.mark.parametrize(
    "reason", ["Planmäßiger Fortschritt.", "planmäßiger  Fortschritt", "siehe oben", "-", "S. o.", "ok"]
)
def test_stock_phrases_are_refused_whatever_their_case_and_full_stop(reason):
    assert rules.is_stock_phrase(reason)


def test_a_reason_is_required_only_when_a_status_changed():
    last = {d: "grün" for d in rules.DIMENSIONS}
    assert rules.reason_problems("", last, last) == []
    assert rules.reason_problems("", last | {"budget": "gelb"}, last) == ["report_problem_reason_required"]
    assert rules.reason_problems("", last, None) == []
    assert (
        rules.reason_problems("Die Ausschreibung wurde zwei Monate verschoben.", last | {"budget": "gelb"}, last) == []
    )


def test_changes_name_what_the_other_person_changed_with_your_value_beside_it():
    base = {"status": {"budget": "gelb"}, "reason": "x", "milestones": {"M1": {"forecast_date": "2027-01-31"}}}
    theirs = {"status": {"budget": "rot"}, "reason": "x", "milestones": {"M1": {"forecast_date": "2027-01-31"}}}
    yours = {"status": {"budget": "gelb"}, "reason": "y", "milestones": {"M1": {"forecast_date": "2027-02-28"}}}
    assert [(c.field, c.before, c.theirs, c.yours) for c in rules.changes(base, theirs, yours)] == [
        ("status.budget", "gelb", "rot", "gelb")
    ]
    assert [c.field for c in rules.changes(None, theirs, yours)] == [
        "milestones.M1.forecast_date",
        "reason",
        "status.budget",
    ]
