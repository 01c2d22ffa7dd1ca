"""A new report starts from what the warehouse knows: the department's latest status report, the phase last
reported (else the project's phase today), the open milestones with their last forecast and the open risks.
Also: last month's statuses, against which a change needs a reason."""

import datetime as dt

import pandas as pd

from cockpit.data_access import reporting as warehouse
from cockpit.reporting.rules import DIMENSIONS
from cockpit.viewer import Viewer
from common import formats

DEPARTMENT, OFFICE = "Fachbereich", "Stabsstelle"


def _text(value) -> str:
    return "" if formats.is_missing(value) else str(value)


def _iso(value) -> str | None:
    if formats.is_missing(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def statuses_of(row) -> dict:
    return {d: row[f"status_{d}"] for d in DIMENSIONS}


def previous_statuses(viewer: Viewer, project_id: str, month: dt.date, assessed_by: str = DEPARTMENT) -> dict | None:
    """The statuses of this assessor's latest report before the reporting month (None: there is none)."""
    rows = warehouse.reports(viewer, project_id, month)
    earlier = rows[(rows["assessed_by"] == assessed_by) & (pd.to_datetime(rows["report_month"]) < pd.Timestamp(month))]
    return None if earlier.empty else statuses_of(earlier.iloc[0])


def open_milestones(viewer: Viewer, project_id: str, month: dt.date) -> pd.DataFrame:
    rows = warehouse.milestones(viewer, project_id, month)
    return rows[rows["is_open"]].reset_index(drop=True)


def open_risks(viewer: Viewer, project_id: str) -> pd.DataFrame:
    rows = warehouse.risks(viewer, project_id)
    return rows[rows["is_open"]].reset_index(drop=True)


def last_phase(viewer: Viewer, project_id: str, reports: pd.DataFrame) -> str | None:
    """The phase the latest report up to the month named (either assessor), else the project's phase today."""
    named = reports["phase"].dropna()
    if not named.empty:
        return str(named.iloc[0])
    projects = warehouse.reporting_projects(viewer)
    today = projects.loc[projects["project_id"] == project_id, "phase"]
    return None if today.empty else str(today.iloc[0])


def from_warehouse(viewer: Viewer, project_id: str, month: dt.date) -> dict:
    """A payload (cockpit.reporting.rules) prefilled from the department's latest report up to the month."""
    rows = warehouse.reports(viewer, project_id, month)
    own = rows[rows["assessed_by"] == DEPARTMENT]
    latest = None if own.empty else own.iloc[0]
    status = {d: None for d in DIMENSIONS} if latest is None else statuses_of(latest)  # none: a conscious choice
    percent = None if latest is None or formats.is_missing(latest["percent_complete"]) else latest["percent_complete"]
    milestones = {
        m["milestone_id"]: {"forecast_date": _iso(m["forecast_date"])}
        for m in open_milestones(viewer, project_id, month).to_dict("records")
    }
    risks = {
        r["risk_id"]: {
            "risk_status": r["risk_status"],
            "probability": int(r["probability"]),
            "impact": int(r["impact"]),
            "mitigation": _text(r["mitigation"]),
        }
        for r in open_risks(viewer, project_id).to_dict("records")
    }
    needed = latest is not None and bool(latest["needs_board_decision"])
    return {
        "status": status,
        "percent_complete": None if percent is None else float(percent),
        "phase": last_phase(viewer, project_id, rows),
        "reason": "" if latest is None else _text(latest["reason"]),
        "milestones": milestones,
        "risks": risks,
        "board": {
            "needed": needed,
            "question": _text(latest["board_decision_text"]) if needed else "",
            "options": "",
            "costs": "",
            "recommendation": "",
        },
    }


def delivery_records(viewer: Viewer, project_id: str, month: dt.date) -> tuple[list[dict], list[dict]]:
    """The milestones and risks of the project as records, for the inbox folder of an accepted report."""
    milestones = warehouse.milestones(viewer, project_id, month).to_dict("records")
    risks = warehouse.risks(viewer, project_id).to_dict("records")
    return milestones, risks
