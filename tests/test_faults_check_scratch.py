"""`etl check` killed outright: its scratch folder (which may hold a converted parking export with cleartext
number plates) is removed by the next check or load; a running check's folder is left alone."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from common.settings import PROJECT_ROOT
from tests.fixture_deliveries import FIXTURE, write_delivery, write_fixture

PLATES = (b"BS-AB 1234", b"BS AB1234")
POLL_LIMIT = 5_000_000  # a bound for the polling loop, never reached when the check behaves


def _etl(*args: str) -> list[str]:
    return [sys.executable, "-m", "etl", *args, "--delivery-date", "26.11.2026"]


def _env(temp: Path) -> dict:
    return {**os.environ, "TMPDIR": str(temp)}  # the scratch folders go here, not into the shared /tmp


def _plates_under(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        try:
            if path.is_file() and any(plate in path.read_bytes() for plate in PLATES):
                found.append(path)
        except FileNotFoundError:  # the check removed it while we looked
            continue
    return found


def _scratch_folders(temp: Path, pid: int) -> list[Path]:
    return sorted(temp.glob(f"cockpit-check-{pid}-*"))


def _kill_check_with_plates_in_scratch(deliveries: Path, temp: Path) -> int:
    checker = subprocess.Popen(
        _etl("check", "--source", str(deliveries)),
        cwd=PROJECT_ROOT,
        env=_env(temp),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(POLL_LIMIT):
        assert checker.poll() is None, "the check ended before its scratch folder held the parking export"
        if any(_scratch_folders(temp, checker.pid)) and _plates_under(temp):
            break
    else:
        pytest.fail("the check never wrote its scratch folder")
    checker.kill()
    assert checker.wait() == -signal.SIGKILL
    return checker.pid


@pytest.mark.parametrize("next_run", ["check", "load"])
def test_the_next_run_removes_what_a_killed_check_left(tmp_path, next_run):
    deliveries, temp = write_fixture(tmp_path / "deliveries"), tmp_path / "tmp"
    write_delivery(deliveries, "parking_transactions", FIXTURE["parking_transactions"], encoding="cp1252")
    temp.mkdir()
    running = temp / f"cockpit-check-{os.getpid()}-running"  # the scratch folder of a check still running
    running.mkdir()
    killed = _kill_check_with_plates_in_scratch(deliveries, temp)
    assert _scratch_folders(temp, killed), "the kill should have left the scratch folder (the case tested here)"
    assert _plates_under(temp)

    extra = ["--db", str(tmp_path / "data" / "warehouse.duckdb")] if next_run == "load" else []
    after = subprocess.run(
        _etl(next_run, "--source", str(deliveries), *extra),
        cwd=PROJECT_ROOT,
        env=_env(temp),
        capture_output=True,
        text=True,
        check=False,
    )

    assert after.returncode == 0, after.stderr
    assert _scratch_folders(temp, killed) == []
    assert _plates_under(temp) == []
    assert sorted(temp.iterdir()) == [running]
