"""Files beside the warehouse during a load, and the removal of what a killed load left behind.

A load works in `.<db>.work-*` (converted deliveries, which may hold cleartext number plates before
hashing) and builds `.<db>.build-*`; both go on every exit path, and what a SIGKILL left is removed
by the next load, under the lock, before it starts.
"""

import os
import shutil
from pathlib import Path


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
    return removed


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


def fsync_folder(folder: Path) -> None:
    """Make a rename inside folder durable (the folder's entry list reaches the disk)."""
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
