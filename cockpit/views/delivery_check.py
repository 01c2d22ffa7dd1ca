"""The upload check: a delivery file (a filled template or a CSV) checked by the ETL's contracts, every finding on
screen before anything is accepted. Nothing is accepted or kept: the file goes into a private temp folder (mode
0700, outside data/, removed at once: it may hold number plates), `python -m etl check --partial --json` checks it
in a subprocess (the cockpit imports nothing of the ETL), and rows of projects outside the viewer's scope (for the
Stabsstelle: projects not in the project list) are findings too."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import streamlit as st

from cockpit.data_access import projects
from cockpit.i18n import translator
from cockpit.presentation import markdown_text
from cockpit.viewer import DEPARTMENT, Viewer
from common import settings

# The ETL's file size limit (etl/limits.py, "file_bytes"): the same environment variable and default, read here
# because the cockpit does not import the ETL. Streamlit's own upload limit (server.maxUploadSize) caps it too.
MAX_FILE_BYTES_VARIABLE, MAX_FILE_BYTES_DEFAULT = "COCKPIT_MAX_FILE_BYTES", 2 * 1024**3
CHECK_TIMEOUT_S = 600
UNSAFE_NAME_CHARS = re.compile(r"[^\w .()+-]")
EXPECTED = "; erwartet: "


class CheckFailed(Exception):
    """The check itself could not run (not: the file has findings)."""

    def __init__(self, code: int | str, output: str):
        super().__init__(f"etl check: {code}")
        self.code, self.output = code, output


def max_upload_bytes() -> int:
    text = os.environ.get(MAX_FILE_BYTES_VARIABLE, "").strip()
    etl_limit = int(text) if text.isdigit() else MAX_FILE_BYTES_DEFAULT
    return min(etl_limit, int(st.get_option("server.maxUploadSize")) * 1024**2)


def safe_file_name(name: str) -> str:
    """The uploaded file's own name without folders or unusual characters, never hidden (findings name it)."""
    path = Path(Path(name).name)
    stem = UNSAFE_NAME_CHARS.sub("_", path.stem).strip(" .~$") or "upload"
    return f"{stem[:100]}{path.suffix.lower()}"


def run_check(name: str, content: bytes) -> dict:
    """`python -m etl check --partial --json` on this one file in a private temp folder; returns its report
    ({"status", "files", "findings", "rows"}). Raises CheckFailed when the check itself fails."""
    folder = Path(tempfile.mkdtemp(prefix="cockpit-upload-"))  # mode 0700, under TMPDIR, never under data/
    try:
        path = folder / safe_file_name(name)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        command = [sys.executable, "-m", "etl", "check", "--source", str(folder), "--partial", "--json"]
        try:
            done = subprocess.run(
                command, cwd=settings.PROJECT_ROOT, capture_output=True, text=True, timeout=CHECK_TIMEOUT_S
            )
        except subprocess.TimeoutExpired as error:
            raise CheckFailed("timeout", "") from error
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if done.returncode not in (0, 1):
        raise CheckFailed(done.returncode, done.stderr[-2000:])
    try:
        return json.loads(done.stdout)
    except ValueError as error:
        raise CheckFailed(done.returncode, done.stderr[-2000:]) from error


def scope_findings(viewer: Viewer, rows: list[dict]) -> list[dict]:
    """A finding for every row whose Projekt-ID is not the viewer's (a department: not in its scope; the
    Stabsstelle: not in the project list, except in a project list being delivered)."""
    tr = translator(viewer.language)
    known = set(projects.project_options(viewer))
    department = viewer.role == DEPARTMENT
    problem, expected = (
        ("check_not_in_scope", "check_scope_expected")
        if department
        else ("check_unknown_project", "check_known_expected")
    )
    return [
        {
            "file": row["file"],
            "row": row["row"],
            "column": "Projekt-ID",
            "value": row["project_id"] or "",
            "message": f"{tr(problem)}{EXPECTED}{tr(expected)}",
        }
        for row in rows
        if row["project_id"] not in known and (department or row["delivery"] != "projects")
    ]


def findings_table(viewer: Viewer, findings: list[dict]) -> dict[str, list[str]]:
    """Datei, Zeile, Spalte, Wert, Befund, Erwartet: every cell text (a value is shown as typed, never rendered)."""
    tr = translator(viewer.language)
    problems, expectations = zip(*[(f["message"].partition(EXPECTED)[::2]) for f in findings], strict=True)
    return {
        tr("file"): [f["file"] for f in findings],
        tr("row"): [tr.number(f["row"]) if f["row"] else "" for f in findings],
        tr("column"): [f["column"] for f in findings],
        tr("value"): [str(f["value"]) for f in findings],
        tr("check_col_problem"): list(problems),
        tr("check_col_expected"): list(expectations),
    }


def upload_check(viewer: Viewer) -> None:
    """The uploader and, for an uploaded file, every finding of the contracts and of the scope, or none."""
    tr = translator(viewer.language)
    st.caption(tr("check_intro"))
    limit = max_upload_bytes()
    upload = st.file_uploader(
        tr("check_upload"), type=["csv", "xlsx"], key="delivery_check_upload", max_upload_size=max(1, limit >> 20)
    )
    if upload is None:
        return
    content = upload.getvalue()
    shown_name = markdown_text(safe_file_name(upload.name))  # the user's text, in a Markdown message
    if len(content) > limit:
        st.error(tr("check_too_large", size=tr.number(len(content)), limit=tr.number(limit)))
        return
    try:
        report = run_check(upload.name, content)
    except CheckFailed as failed:
        st.error(tr("check_failed", code=failed.code))
        if failed.output:
            st.text(failed.output)
        return
    findings = report["findings"] + scope_findings(viewer, report["rows"])
    if not findings:
        st.success(tr("check_no_findings", file=shown_name))
    else:
        st.error(tr("check_findings", count=tr.number(len(findings)), file=shown_name))
        st.dataframe(findings_table(viewer, findings), hide_index=True, width="stretch")
    st.caption(tr("check_references_later"))
