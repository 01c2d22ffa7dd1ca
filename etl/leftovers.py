"""Files beside the warehouse during a load, and the removal of what a killed load left behind.

A load works in `.<db>.work-*` (converted deliveries, which may hold cleartext number plates before
hashing) and builds `.<db>.build-*`; both go on every exit path, and what a SIGKILL left is removed
by the next load, under the lock, before it starts.

`etl check` works in a scratch folder `cockpit-check-<pid>-*` in the temp folder (it may also hold a converted
parking export); the next check or load removes the scratch folders whose process is gone.
"""

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from common.durable import fsync_folder

CHECK_PREFIX = "cockpit-check-"


def work_prefix(build_path: Path) -> str:
    return build_path.name.split(".build-")[0] + ".work-"


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove the work folders and half-built files of killed loads of db_path; returns what was removed."""
    folder = db_path.parent
    patterns = [f".{db_path.name}.build-*", f".{db_path.name}.work-*", ".work-*"]
    removed = []
    for pattern in patterns:
        for stale in folder.glob(pattern):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
            removed.append(stale)
    return removed + remove_dead_checks()


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another account's process
        return True
    return True


def remove_dead_checks() -> list[Path]:
    """Remove this account's check scratch folders whose process no longer runs (a killed `etl check`)."""
    removed = []
    for scratch in Path(tempfile.gettempdir()).glob(CHECK_PREFIX + "*-*"):
        pid = scratch.name.removeprefix(CHECK_PREFIX).split("-")[0]
        if not pid.isdigit() or _is_running(int(pid)):
            continue
        with contextlib.suppress(OSError):
            if scratch.is_symlink() or not scratch.is_dir() or scratch.lstat().st_uid != os.geteuid():
                continue
            shutil.rmtree(scratch)
            removed.append(scratch)
    return removed


@contextlib.contextmanager
def check_scratch() -> Iterator[Path]:
    """A scratch folder for one `etl check`, named with its pid, removed on every exit but SIGKILL; what a killed
    check left is removed first (and by every load)."""
    remove_dead_checks()
    with tempfile.TemporaryDirectory(prefix=f"{CHECK_PREFIX}{os.getpid()}-") as scratch:
        yield Path(scratch)


def remove_build(build_path: Path) -> None:
    """The half-built file of this run, its write-ahead log and DuckDB's spill folder, on every exit path."""
    build_path.unlink(missing_ok=True)
    build_path.with_name(build_path.name + ".wal").unlink(missing_ok=True)
    shutil.rmtree(build_path.with_name(build_path.name + ".tmp"), ignore_errors=True)


def swap_in(build_path: Path, db_path: Path) -> None:
    """fsync the new file, rename it over the warehouse, fsync the folder: atomic and durable."""
    with build_path.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(build_path, db_path)
    fsync_folder(db_path.parent)
