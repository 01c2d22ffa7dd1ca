"""Datenstand page sections: the last successful load, every delivery with its freshness, the rows set
aside in quarantine, and the load log with the findings of rejected loads, each as far as the scope gate
shows them to this viewer (status.coverage); where it leaves something out, the section says so in words.
For the Stabsstelle also "Neu laden": the load started in the background from the page, its progress and result."""

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from cockpit import data_access
from cockpit.data_access import status
from cockpit.i18n import TEXTS, translator
from cockpit.presentation import markdown_text
from cockpit.ui.charts import as_of_caption
from cockpit.ui.tables import show_table
from cockpit.viewer import CDO, Viewer
from common import clock, settings

QUARANTINE_ROWS_SHOWN = 1000
REJECTED_RUNS_SHOWN = 5
RELOAD_POLL_S = 2


def last_load(viewer: Viewer, last: pd.Series, rows: pd.DataFrame, coverage: status.Coverage) -> None:
    """When the data was last loaded, and how many files and rows it brought (for a department: its rows)."""
    tr = translator(viewer.language)
    st.caption(f"{tr('data_as_of')}: {tr.datetime(last['finished_at'])}")
    figures = [(tr("last_load"), tr.date(last["finished_at"]))]  # the time is in the caption: fits at 1280 px
    if coverage.city_counts:
        figures += [
            (tr("files"), tr.number(last["files"])),
            (tr("rows_loaded"), tr.number(last["rows_loaded"])),
            (tr("rows_quarantined"), tr.number(last["rows_quarantined"])),
        ]
    else:
        figures.append((tr("rows_own_projects"), tr.number(rows["rows_loaded"].sum())))
    for column, (label, value) in zip(st.columns(4), figures, strict=False):
        column.metric(label, value)


def last_loaded_on(viewer: Viewer) -> dt.date:
    """The day of the last successful load: the date deliveries and quarantine are as of."""
    runs = status.load_runs(viewer)
    return pd.Timestamp(runs.loc[runs["status"] == "loaded", "finished_at"].iloc[0]).date()


def last_load_caption(viewer: Viewer) -> None:
    as_of_caption(last_loaded_on(viewer), *TEXTS["as_of_last_load"])


def deliveries(viewer: Viewer, rows: pd.DataFrame, coverage: status.Coverage) -> None:
    """Every delivery: how it is validated, what it brought, its latest data and how fresh that is."""
    tr = translator(viewer.language)
    counts = ["files", "rows_loaded", "rows_quarantined"] if coverage.city_counts else ["rows_loaded"]
    headers = {"files": tr("files"), "rows_quarantined": tr("rows_quarantined")}
    headers["rows_loaded"] = tr("rows_loaded" if coverage.city_counts else "rows_own_projects")
    table = {tr("delivery"): rows["delivery_label"], tr("mode"): [tr(f"mode_{m}") for m in rows["mode"]]}
    export = dict(table)
    for column in counts:
        table[headers[column]] = [tr.number(v) for v in rows[column]]
        export[headers[column]] = rows[column]
    table[tr("latest_data")] = [tr.date(v) for v in rows["latest_at"]]
    export[tr("latest_data")] = rows["latest_at"]
    table[tr("freshness")] = export[tr("freshness")] = [tr(f) for f in rows["freshness"]]
    export = pd.DataFrame(export).reset_index(drop=True)
    as_of = last_loaded_on(viewer)
    show_table(
        table,
        len(rows),
        hide_index=True,
        width="stretch",
        download="datenstand_lieferungen",
        export=export,
        as_of=as_of,
    )
    last_load_caption(viewer)
    if not coverage.city_counts:
        st.caption(tr("deliveries_own_only"))


def quarantine(viewer: Viewer, rows: pd.DataFrame, coverage: status.Coverage) -> None:
    """The rows of measurement feeds set aside (the first thousand), or a sentence when there are none or
    when this viewer may not read them."""
    tr = translator(viewer.language)
    if not coverage.quarantine_rows:
        if coverage.city_counts:
            st.info(tr("quarantine_rows_cdo_only", count=tr.number(rows["rows_quarantined"].sum())))
        else:
            st.info(tr("quarantine_not_yours"))
        return
    total = status.quarantine_count(viewer)
    if total == 0:
        st.info(tr("quarantine_empty"))
        return
    st.write(tr("quarantine_intro"))
    shown = status.quarantine(viewer, QUARANTINE_ROWS_SHOWN)
    table = {
        tr("delivery"): shown["delivery_label"],
        tr("file"): shown["source_file"],
        tr("row"): shown["source_row"],
        tr("column"): shown["column_label"],
        tr("value"): shown["value"],
        tr("reason"): shown["message"],
    }
    show_table(table, hide_index=True, width="stretch", download="datenstand_quarantaene", as_of=last_loaded_on(viewer))
    last_load_caption(viewer)
    if total > len(shown):
        st.caption(tr("shown_rows", shown=tr.number(len(shown)), total=tr.number(total)))


def load_log(viewer: Viewer, runs: pd.DataFrame, coverage: status.Coverage) -> None:
    """Every load run, newest first; below, the findings of the latest rejected ones (the Stabsstelle only)."""
    tr = translator(viewer.language)
    table = {
        tr("finished_at"): [tr.datetime(v) for v in runs["finished_at"]],
        tr("status"): [tr(f"run_{s}") for s in runs["status"]],
    }
    export = dict(table)  # the time stays text: a date cell would lose it
    if coverage.city_counts:
        table[tr("files")] = export[tr("files")] = runs["files"]
        for column in ("rows_loaded", "rows_quarantined"):
            table[tr(column)] = [tr.number(v) for v in runs[column]]
            export[tr(column)] = runs[column]
        table[tr("findings")] = export[tr("findings")] = runs["findings_count"]
    table[tr("seconds")] = [tr.number(v, 1) for v in runs["seconds"]]
    export[tr("seconds")] = runs["seconds"].round(1)
    export = pd.DataFrame(export).reset_index(drop=True)
    show_table(
        table, hide_index=True, width="stretch", download="datenstand_ladelaeufe", export=export, as_of=viewer.day
    )
    as_of_caption(viewer.day, *TEXTS["as_of_label"])
    if not coverage.findings:
        st.caption(tr("findings_cdo_only" if coverage.city_counts else "load_log_city_counts_left_out"))
        return
    for _, run in runs[runs["findings_count"] > 0].head(REJECTED_RUNS_SHOWN).iterrows():
        label = f"{tr('rejected_findings')}: {tr.datetime(run['finished_at'])} ({tr('run_' + run['status'])})"
        with st.expander(label):
            st.text("\n".join(run["findings"]))


# ---- loading from the page (the Stabsstelle) --------------------------------------------------------


@dataclass
class ReloadJob:
    """One `python -m etl load` started from the page: its process and its output file (in a private temp
    folder, removed with the next job). One per server process; the ETL's lock refuses a second load anyway."""

    process: subprocess.Popen
    folder: Path
    started_at: dt.datetime
    cache_cleared: bool = False

    @property
    def output(self) -> str:
        try:
            return (self.folder / "output.txt").read_text(encoding="utf-8", errors="replace")
        except OSError:  # the temp folder cleaned away under a long-running server
            return ""


_RELOAD: dict[str, ReloadJob] = {}
_RELOAD_LOCK = threading.Lock()


def current_reload() -> ReloadJob | None:
    return _RELOAD.get("job")


def start_reload() -> ReloadJob:
    """Start the load of the delivery folder and the inbox into the warehouse, unless one runs already."""
    with _RELOAD_LOCK:
        job = _RELOAD.get("job")
        if job and job.process.poll() is None:
            return job
        if job:
            shutil.rmtree(job.folder, ignore_errors=True)
        folder = Path(tempfile.mkdtemp(prefix="cockpit-reload-"))
        command = [
            sys.executable, "-m", "etl", "load", "--progress-lines",
            "--source", str(settings.DEMO_DELIVERIES_DIR),
            "--db", str(settings.WAREHOUSE_PATH),
            "--inbox", str(settings.INBOX_DIR),
        ]  # fmt: skip
        with (folder / "output.txt").open("w", encoding="utf-8") as output:
            process = subprocess.Popen(
                command, cwd=settings.PROJECT_ROOT, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )
        _RELOAD["job"] = ReloadJob(process, folder, clock.timestamp())
        return _RELOAD["job"]


def reload(viewer: Viewer) -> None:
    """The button "Neu laden", the state of the last load started here ("läuft", or its result) and its output;
    while it runs, the state refreshes itself every two seconds, and the whole page once it has ended."""
    if viewer.role != CDO:
        return
    tr = translator(viewer.language)
    st.caption(tr("reload_intro"))
    job = current_reload()
    running = job is not None and job.process.poll() is None
    if st.button(tr("reload_button"), disabled=running, key="reload_start"):
        job, running = start_reload(), True
    if job is not None:
        st.fragment(_reload_state, run_every=RELOAD_POLL_S if running else None)(viewer, job, running)


def _reload_state(viewer: Viewer, job: ReloadJob, was_running: bool) -> None:
    tr = translator(viewer.language)
    code = job.process.poll()
    if code is None:
        st.info(tr("reload_running", started=tr.datetime(job.started_at)))
        st.button(tr("reload_refresh"), key="reload_refresh")
    elif code == 0:
        lines = [line for line in job.output.splitlines() if line.strip()]
        if not job.cache_cleared:
            data_access.clear_cache()
            st.cache_data.clear()
            job.cache_cleared = True
        summary = lines[-1].strip() if lines else ""
        if summary and summary[-1] not in ".!?":
            summary += "."  # the load's last line ends without one; the next sentence follows it
        st.success(tr("reload_done", summary=markdown_text(summary)))
    else:
        meaning = tr(f"reload_exit_{code}") if code in (1, 2, 3, 4, 5) else tr("reload_exit_other")
        st.error(tr("reload_refused", code=code, meaning=meaning))
    with st.expander(tr("reload_output"), expanded=code != 0):
        st.text(job.output)
    if was_running and code is not None:
        st.rerun()  # the whole page, with the new data
