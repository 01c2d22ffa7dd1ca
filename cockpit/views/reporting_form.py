"""The fields of the Meldung: five statuses (colour, symbol and word), percent complete, the reason, milestone
forecasts, risk updates and the Board decision request; and the payload the fields hold.

Every widget's key starts with the form's prefix (project, month, generation), so another project or month
starts from its own values, and the user's input survives a conflict (the keys stay, the values stay).
"""

import datetime as dt

import pandas as pd
import streamlit as st

from cockpit.i18n import Translator
from cockpit.presentation import STATUS_SYMBOLS, markdown_text, status_label
from cockpit.reporting import rules
from cockpit.texts import enumerations

# Streamlit's Markdown colours for the status options: the colour beside symbol and word
STATUS_MARKDOWN_COLOURS = {"grün": "green", "gelb": "orange", "rot": "red"}
DIMENSION_KEYS = {d: f"report_dim_{d}" for d in rules.DIMENSIONS}


def coloured_status(status: str, lang: str) -> str:
    """':red[✖ rot]': colour, symbol and word (options are fixed words, never delivered text)."""
    colour = STATUS_MARKDOWN_COLOURS.get(status)
    label = status_label(status if status in STATUS_SYMBOLS else None, lang)
    return f":{colour}[{label}]" if colour else label


def status_fields(tr: Translator, prefix: str, statuses: dict, disabled: bool = False) -> None:
    """One radio per dimension, starting from the given statuses."""
    for dimension in rules.DIMENSIONS:
        current = statuses.get(dimension)
        st.radio(
            tr(DIMENSION_KEYS[dimension]),
            rules.STATUSES,
            index=rules.STATUSES.index(current) if current in rules.STATUSES else None,
            format_func=lambda s: coloured_status(s, tr.lang),
            horizontal=True,
            key=f"{prefix}_status_{dimension}",
            disabled=disabled,
        )


def _as_date(value) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date()


def fields(
    tr: Translator,
    prefix: str,
    defaults: dict,
    milestones: pd.DataFrame,
    risks: pd.DataFrame,
    previous: dict | None,
    disabled: bool,
) -> None:
    """Every field of the report, starting from defaults (a payload)."""
    st.markdown(f"**{tr('report_statuses')}**")
    status_fields(tr, prefix, defaults.get("status") or {}, disabled)
    st.number_input(
        tr("report_percent"),
        min_value=0.0,
        max_value=100.0,
        value=defaults.get("percent_complete"),
        step=1.0,
        format="%.0f",
        key=f"{prefix}_percent",
        disabled=disabled,
    )
    phase = defaults.get("phase")
    st.selectbox(
        tr("report_phase"),
        rules.PHASES,
        index=rules.PHASES.index(phase) if phase in rules.PHASES else None,
        format_func=lambda value: enumerations.word("phase", value, tr.lang),  # stored: the German value
        placeholder=tr("report_phase_none"),
        key=f"{prefix}_phase",
        disabled=disabled,
    )
    if previous is None:
        st.caption(tr("report_reason_rule_first"))
    else:
        last = ", ".join(f"{tr(DIMENSION_KEYS[d])} {status_label(previous[d], tr.lang)}" for d in rules.DIMENSIONS)
        st.caption(tr("report_reason_rule", last=last, chars=rules.MIN_REASON_CHARS))
    st.text_area(tr("report_reason"), value=defaults.get("reason") or "", key=f"{prefix}_reason", disabled=disabled)

    st.markdown(f"**{tr('report_milestones')}**")
    if milestones.empty:
        st.caption(tr("report_no_open_milestones"))
    given = defaults.get("milestones") or {}
    for m in milestones.to_dict("records"):
        forecast = (given.get(m["milestone_id"]) or {}).get("forecast_date") or m["forecast_date"]
        label = tr(
            "report_milestone_label",
            id=markdown_text(m["milestone_id"]),
            name=markdown_text(m["milestone"]),
            baseline=tr.date(m["baseline_date"]),
            forecast=tr.date(m["forecast_date"]),
        )
        st.date_input(
            label,
            value=_as_date(forecast),
            format="DD.MM.YYYY",
            key=f"{prefix}_ms_{m['milestone_id']}",
            disabled=disabled,
        )

    st.markdown(f"**{tr('report_risks')}**")
    if risks.empty:
        st.caption(tr("report_no_open_risks"))
    updates = defaults.get("risks") or {}
    for r in risks.to_dict("records"):
        values = updates.get(r["risk_id"]) or {}
        st.markdown(f"{markdown_text(r['risk_id'])} · {markdown_text(r['risk'])}")
        status_column, probability_column, impact_column, mitigation_column = st.columns([2, 1.6, 1.3, 3.5])
        status = values.get("risk_status", r["risk_status"])
        status_column.selectbox(
            tr("report_risk_status"),
            rules.RISK_STATUSES,
            index=rules.RISK_STATUSES.index(status) if status in rules.RISK_STATUSES else 0,
            format_func=lambda value: enumerations.word("risk_status", value, tr.lang),  # stored: the German value
            key=f"{prefix}_risk_{r['risk_id']}_status",
            disabled=disabled,
        )
        for column, name, text_key in (
            (probability_column, "probability", "report_risk_probability"),
            (impact_column, "impact", "report_risk_impact"),
        ):
            column.number_input(
                tr(text_key),
                min_value=1,
                max_value=5,
                value=int(values.get(name, r[name])),
                step=1,
                key=f"{prefix}_risk_{r['risk_id']}_{name}",
                disabled=disabled,
            )
        mitigation = values.get("mitigation", r["mitigation"])
        mitigation_column.text_input(
            tr("report_risk_mitigation"),
            value="" if mitigation is None or pd.isna(mitigation) else str(mitigation),
            key=f"{prefix}_risk_{r['risk_id']}_mitigation",
            disabled=disabled,
        )

    st.markdown(f"**{tr('report_board')}**")
    board = defaults.get("board") or {}
    st.checkbox(
        tr("report_board_needed"), value=bool(board.get("needed")), key=f"{prefix}_board_needed", disabled=disabled
    )
    st.caption(tr("report_board_rule"))
    for name in rules.BOARD_FIELDS:
        st.text_area(
            tr(f"report_board_{name}"),
            value=board.get(name) or "",
            key=f"{prefix}_board_{name}",
            height=68,
            disabled=disabled,
        )


def payload(prefix: str, milestone_ids: list[str], risk_ids: list[str]) -> dict:
    """The report the fields hold now (read from the session, so a button outside the form can use it too)."""
    state = st.session_state

    def value(name, default=None):
        return state.get(f"{prefix}_{name}", default)

    percent = value("percent")
    forecasts = {}
    for milestone_id in milestone_ids:
        day = value(f"ms_{milestone_id}")
        forecasts[milestone_id] = {"forecast_date": day.isoformat() if isinstance(day, dt.date) else None}
    risks = {
        risk_id: {
            "risk_status": value(f"risk_{risk_id}_status"),
            "probability": int(value(f"risk_{risk_id}_probability")),
            "impact": int(value(f"risk_{risk_id}_impact")),
            "mitigation": (value(f"risk_{risk_id}_mitigation") or "").strip(),
        }
        for risk_id in risk_ids
    }
    return {
        "status": {d: value(f"status_{d}") for d in rules.DIMENSIONS},
        "percent_complete": None if percent is None else float(percent),
        "phase": value("phase"),
        "reason": (value("reason") or "").strip(),
        "milestones": forecasts,
        "risks": risks,
        "board": {"needed": bool(value("board_needed", False))}
        | {name: (value(f"board_{name}") or "").strip() for name in rules.BOARD_FIELDS},
    }
