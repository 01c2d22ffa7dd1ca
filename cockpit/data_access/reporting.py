"""What the Meldung and the Prüfung read from the warehouse: the projects that report, last month's report,
open milestones and risks, the reporting calendar, where the two assessments differ, and which reports
submitted in the cockpit a load has applied. Everything through the scope gate: a department reads only
its own projects' rows.
"""

import datetime as dt

import pandas as pd

from cockpit.data_access import NotInScope, query
from cockpit.viewer import Viewer


def reporting_projects(viewer: Viewer) -> pd.DataFrame:
    """The active projects in the viewer's scope (Planung, Umsetzung, Betrieb), whatever the filters."""
    return query("reporting/projects", viewer.unfiltered())


def lead_unit(viewer: Viewer, project_id: str) -> str | None:
    """The project's lead unit, or None if it does not exist or lies outside the viewer's scope."""
    rows = query("reporting/project_lead_unit", viewer.unfiltered(), project_id=project_id)
    return None if rows.empty else str(rows.iloc[0]["lead_unit_id"])


def reports(viewer: Viewer, project_id: str, month: dt.date) -> pd.DataFrame:
    """The project's status reports (both assessors) up to the reporting month, latest first."""
    return query("reporting/reports", viewer.unfiltered(), project_id=project_id, month=month)


def milestones(viewer: Viewer, project_id: str, month: dt.date) -> pd.DataFrame:
    """Every milestone with its latest forecast up to the reporting month (is_open: not reached)."""
    return query("reporting/milestones", viewer.unfiltered(), project_id=project_id, month=month)


def risks(viewer: Viewer, project_id: str) -> pd.DataFrame:
    """Every risk of the project with all columns of the risk contract (is_open: not closed)."""
    return query("reporting/risks", viewer.unfiltered(), project_id=project_id)


def calendar(viewer: Viewer, month: dt.date) -> pd.DataFrame:
    """The active projects and whether the warehouse holds each assessment of the month."""
    return query("reporting/calendar", viewer.unfiltered(), month=month)


def assessment_differences(viewer: Viewer) -> pd.DataFrame:
    """Every project, month and dimension the department and the Stabsstelle assessed differently."""
    return query("reporting/assessment_differences", viewer.unfiltered())


def applied_submissions(viewer: Viewer) -> set[str]:
    """The ids of reports submitted in the cockpit that a load has applied (none while the warehouse has no
    table of them yet)."""
    try:
        rows = query("reporting/applied_submissions", viewer.unfiltered())
    except NotInScope:
        return set()
    return set(rows["submission_id"].astype(str))
