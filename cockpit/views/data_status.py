"""Datenstand page sections: the last successful load, every delivery with its freshness, the rows set
aside in quarantine, and the load log with the findings of rejected loads."""

import pandas as pd
import streamlit as st

from cockpit.data_access import status
from cockpit.i18n import translator
from cockpit.viewer import Viewer

QUARANTINE_ROWS_SHOWN = 1000
REJECTED_RUNS_SHOWN = 5


def last_load(viewer: Viewer, last: pd.Series) -> None:
    """When the data was last loaded, and how many files and rows it brought."""
    tr = translator(viewer.language)
    st.caption(f"{tr('data_as_of')}: {tr.datetime(last['finished_at'])}")
    first, second, third, fourth = st.columns(4)
    first.metric(tr("last_load"), tr.datetime(last["finished_at"]))
    second.metric(tr("files"), tr.number(last["files"]))
    third.metric(tr("rows_loaded"), tr.number(last["rows_loaded"]))
    fourth.metric(tr("rows_quarantined"), tr.number(last["rows_quarantined"]))


def deliveries(viewer: Viewer) -> None:
    """Every delivery: how it is validated, what it brought, its latest data and how fresh that is."""
    tr = translator(viewer.language)
    rows = status.delivery_overview(viewer)
    table = {
        tr("delivery"): rows["delivery_label"],
        tr("mode"): [tr(f"mode_{m}") for m in rows["mode"]],
        tr("files"): [tr.number(v) for v in rows["files"]],
        tr("rows_loaded"): [tr.number(v) for v in rows["rows_loaded"]],
        tr("rows_quarantined"): [tr.number(v) for v in rows["rows_quarantined"]],
        tr("latest_data"): [tr.date(v) for v in rows["latest_at"]],
        tr("freshness"): [tr(f) for f in rows["freshness"]],
    }
    st.dataframe(table, hide_index=True, width="stretch")


def quarantine(viewer: Viewer) -> None:
    """The rows of measurement feeds set aside (the first thousand), or a sentence when there are none."""
    tr = translator(viewer.language)
    total = status.quarantine_count(viewer)
    if total == 0:
        st.info(tr("quarantine_empty"))
        return
    st.write(tr("quarantine_intro"))
    rows = status.quarantine(viewer, QUARANTINE_ROWS_SHOWN)
    table = {
        tr("delivery"): rows["delivery_label"],
        tr("file"): rows["source_file"],
        tr("row"): rows["source_row"],
        tr("column"): rows["column_label"],
        tr("value"): rows["value"],
        tr("reason"): rows["message"],
    }
    st.dataframe(table, hide_index=True, width="stretch")
    if total > len(rows):
        st.caption(tr("shown_rows", shown=tr.number(len(rows)), total=tr.number(total)))


def load_log(viewer: Viewer, runs: pd.DataFrame) -> None:
    """Every load run, newest first; below, the findings of the latest rejected ones."""
    tr = translator(viewer.language)
    table = {
        tr("finished_at"): [tr.datetime(v) for v in runs["finished_at"]],
        tr("status"): [tr(f"run_{s}") for s in runs["status"]],
        tr("files"): runs["files"],
        tr("rows_loaded"): [tr.number(v) for v in runs["rows_loaded"]],
        tr("rows_quarantined"): [tr.number(v) for v in runs["rows_quarantined"]],
        tr("findings"): runs["findings_count"],
        tr("seconds"): [tr.number(v, 1) for v in runs["seconds"]],
    }
    st.dataframe(table, hide_index=True, width="stretch")
    for _, run in runs[runs["findings_count"] > 0].head(REJECTED_RUNS_SHOWN).iterrows():
        label = f"{tr('rejected_findings')}: {tr.datetime(run['finished_at'])} ({tr('run_' + run['status'])})"
        with st.expander(label):
            st.text("\n".join(run["findings"]))
