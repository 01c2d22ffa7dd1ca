"""Loads complete whole or not at all: kills, concurrent readers, a second load, the load log."""

import copy
import json
import os
import subprocess
import sys
import threading

import duckdb
import pytest

from common.settings import PROJECT_ROOT, load_log_path
from etl.findings import LoadAlreadyRunning, LoadRejected
from etl.load import WarehouseLock, load
from tests.conftest import FIXTURE_DATE, file_digest
from tests.fixture_deliveries import FIXTURE, copy_warehouse, write_fixture

# Runs a real load in its own process and kills it (SIGKILL) when it reaches a given step.
KILLING_LOADER = """
import os, signal, sys
from pathlib import Path
from etl.load import load

stage, position = sys.argv[3], int(sys.argv[4])

def progress(items, label):
    for index, item in enumerate(items):
        if label == stage and index == position:
            os.kill(os.getpid(), signal.SIGKILL)
        yield item

load(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress)
"""


@pytest.fixture
def warehouse(tmp_path, fixture_warehouse):
    """conftest's warehouse of the fixture deliveries, copied from the session's instead of loaded again."""
    return copy_warehouse(fixture_warehouse, tmp_path / "warehouse")


def _run_python(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)


def _count(path, table: str) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def _more_projects(tmp_path):
    rows = copy.deepcopy(FIXTURE["projects"])
    rows.append({**rows[1], "project_id": "P-004", "title": "Neues Projekt"})
    return write_fixture(tmp_path / "more", projects=rows)


@pytest.mark.parametrize(("stage", "position"), [("Dateien lesen", 5), ("Rohdaten laden", 9), ("Schichten bauen", 1)])
def test_a_load_killed_midway_leaves_the_old_warehouse_readable_and_unchanged(tmp_path, warehouse, stage, position):
    before = file_digest(warehouse)
    killed = _run_python("-c", KILLING_LOADER, str(_more_projects(tmp_path)), str(warehouse), stage, str(position))
    assert killed.returncode == -9
    assert file_digest(warehouse) == before
    assert _count(warehouse, "marts.delivery_overview") == 14
    assert _count(warehouse, "staging.projects") == 3
    load(_more_projects(tmp_path), warehouse, FIXTURE_DATE)  # the lock died with the process
    assert _count(warehouse, "staging.projects") == 4
    assert sorted(p.name for p in warehouse.parent.iterdir() if p.name.startswith(".warehouse")) == []


def test_a_reader_during_a_load_sees_old_or_new_data_and_never_fails(tmp_path, warehouse):
    more = _more_projects(tmp_path)
    seen, errors = [], []
    loader = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "etl",
            "load",
            "--source",
            str(more),
            "--db",
            str(warehouse),
            "--delivery-date",
            "26.11.2026",
        ],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )

    def read_until_the_load_ends():
        for _ in range(200_000):
            try:
                seen.append(_count(warehouse, "staging.projects"))
            except duckdb.Error as error:
                errors.append(error)
            if loader.poll() is not None:
                break

    reader = threading.Thread(target=read_until_the_load_ends)
    reader.start()
    reader.join()
    assert loader.wait() == 0
    assert errors == []
    assert set(seen) <= {3, 4}
    assert _count(warehouse, "staging.projects") == 4


def test_a_second_load_while_one_runs_is_refused_with_a_clear_message(tmp_path, warehouse, deliveries):
    with WarehouseLock(warehouse):
        refused = _run_python("-m", "etl", "load", "--source", str(deliveries), "--db", str(warehouse))
        with pytest.raises(LoadAlreadyRunning):
            load(deliveries, warehouse, FIXTURE_DATE)
    assert refused.returncode == 2
    assert "Ein anderer Ladelauf läuft bereits" in refused.stderr
    assert f"PID {os.getpid()}" in refused.stderr


def test_the_load_log_survives_rebuilds_and_records_rejected_runs(tmp_path, warehouse, deliveries):
    projects = copy.deepcopy(FIXTURE["projects"])
    projects[0]["phase"] = "?"
    bad = write_fixture(tmp_path / "bad", projects=projects)
    with pytest.raises(LoadRejected):
        load(bad, warehouse, FIXTURE_DATE)
    load(deliveries, warehouse, FIXTURE_DATE)
    con = duckdb.connect(str(warehouse), read_only=True)
    runs = con.execute("select status, findings_count from marts.load_runs order by finished_at").fetchall()
    files = con.execute("select count(*), count(distinct sha256) from marts.load_files").fetchone()
    con.close()
    assert runs == [("loaded", 0), ("rejected", 1), ("loaded", 0)]
    assert files == (28, 14)
    logged = [json.loads(line) for line in load_log_path(warehouse).read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in logged] == ["loaded", "rejected", "loaded"]
    assert 'projects.csv, Zeile 2, Spalte "Phase"' in logged[1]["findings"][0]


def test_cli_prints_a_summary_and_exit_code_1_on_rejection(tmp_path, deliveries):
    db = tmp_path / "cli.duckdb"
    loaded = _run_python(
        "-m", "etl", "load", "--source", str(deliveries), "--db", str(db), "--delivery-date", "26.11.2026"
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith(f"Geladen nach {db}: 14 Dateien, 25 Zeilen, 0 in Quarantäne,")
    bad = write_fixture(tmp_path / "bad", risks=[{**FIXTURE["risks"][0], "impact": "9"}])
    rejected = _run_python("-m", "etl", "load", "--source", str(bad), "--db", str(db))
    assert rejected.returncode == 1
    assert "Lieferung abgelehnt, Lager unverändert: 1 Befund(e)" in rejected.stderr
    assert 'risks.csv, Zeile 2, Spalte "Auswirkung (1-5)": 9 liegt außerhalb' in rejected.stderr
