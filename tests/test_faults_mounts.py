"""Faults of the machine, for real: a disk that fills up during a load, and a data folder on a read-only mount.

Each test mounts a small tmpfs in a mount namespace of its own (`unshare --mount`, as root; otherwise in a user
namespace), runs `python -m etl load` inside it with `nsenter`, and reads the result through /proc/<pid>/root.
The mount vanishes with the namespace; nothing on the machine is touched.
"""

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from common.settings import PROJECT_ROOT, load_log_path
from etl import load_log
from tests.conftest import file_digest
from tests.fixture_deliveries import copy_warehouse

SPARE_BYTES = 1024 * 1024  # left free by the ballast: far less than a build of the fixture warehouse (17 MB)
NAMESPACES = [["--mount"], ["--user", "--map-root-user", "--mount"]]  # root; anyone where user namespaces work


@dataclass
class Tmpfs:
    """A tmpfs mounted at mountpoint inside the mount namespace held by the process pid."""

    mountpoint: Path
    pid: int
    enter: list[str]

    def path(self, inside: Path) -> Path:
        """Where this test process sees a path inside the namespace."""
        return Path(f"/proc/{self.pid}/root") / inside.relative_to("/")

    def load(self, deliveries: Path, db: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.enter, sys.executable, "-m", "etl", "load", "--source", str(deliveries), "--db", str(db)]
            + ["--delivery-date", "26.11.2026"],
            capture_output=True,
            text=True,
            check=False,
        )


@contextlib.contextmanager
def tmpfs(mountpoint: Path, options: str) -> Iterator[Tmpfs]:
    """Mount a tmpfs with options in a new mount namespace, as root or in a user namespace; skip if neither works."""
    if not (shutil.which("unshare") and shutil.which("nsenter")):
        pytest.skip("unshare/nsenter (util-linux) not installed: cannot mount a small tmpfs")
    mountpoint.mkdir(parents=True, exist_ok=True)
    script = 'mount -t tmpfs -o "$1" tmpfs "$2" && echo mounted && exec cat'  # cat holds the namespace open
    errors = []
    for flags in NAMESPACES:  # as root a mount namespace is enough; otherwise in a user namespace
        holder = subprocess.Popen(
            ["unshare", *flags, "sh", "-c", script, "sh", options, str(mountpoint)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        if holder.stdout.readline() == "mounted\n":
            user = ["--user", "--preserve-credentials"] if "--user" in flags else []
            enter = ["nsenter", f"--target={holder.pid}", *user, "--mount", f"--wd={PROJECT_ROOT}"]
            try:
                yield Tmpfs(mountpoint, holder.pid, enter)
            finally:
                holder.stdin.close()
                holder.wait()
            return
        holder.stdin.close()
        errors.append(f"unshare {' '.join(flags)}: {holder.stderr.read().strip()}")
        holder.wait()
    pytest.skip("cannot mount a tmpfs in a namespace here (" + "; ".join(errors) + ")")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".work-" in p.name or ".build-" in p.name)


def test_a_full_disk_says_so_keeps_the_warehouse_and_the_next_load_succeeds(tmp_path, fixture_warehouse, deliveries):
    with tmpfs(tmp_path / "disk", "size=64m,mode=0755") as disk:
        db = disk.mountpoint / "data" / "warehouse.duckdb"
        seen = disk.path(db)
        copy_warehouse(fixture_warehouse, seen.parent)  # the earlier warehouse, its load log and key
        before = file_digest(seen)
        free = os.statvfs(seen.parent)
        ballast = seen.parent / "ballast"
        with ballast.open("wb") as handle:
            os.posix_fallocate(handle.fileno(), 0, free.f_bavail * free.f_frsize - SPARE_BYTES)

        full = disk.load(deliveries, db)

        assert full.returncode == 5, full.stdout + full.stderr  # faults.EXIT_DISK_FULL
        assert full.stderr.splitlines() == [
            f"Speicherplatz erschöpft beim Laden nach {db.parent}. Das liegt nicht an der Lieferung; "
            "das Lager bleibt unverändert. Bitte Platz schaffen und erneut laden."
        ]
        assert file_digest(seen) == before
        assert _leftovers(seen.parent) == []
        runs, warnings = load_log.read_checked(load_log_path(seen))
        assert warnings == []
        assert [r["status"] for r in runs] == ["loaded", "aborted"]

        ballast.unlink()  # room made, as the message asks
        again = disk.load(deliveries, db)

        assert again.returncode == 0, again.stderr
        assert file_digest(seen) != before
        assert _leftovers(seen.parent) == []
        runs, warnings = load_log.read_checked(load_log_path(seen))
        assert (warnings, [r["status"] for r in runs]) == ([], ["loaded", "aborted", "loaded"])


@pytest.mark.parametrize("data_folder", [".", "new/data"], ids=["existing folder", "folder to be created"])
def test_a_data_folder_on_a_read_only_mount_names_itself(tmp_path, deliveries, data_folder):
    with tmpfs(tmp_path / "disk", "size=1m,ro") as disk:
        db = disk.mountpoint / data_folder / "warehouse.duckdb"

        refused = disk.load(deliveries, db)

        assert refused.returncode == 4, refused.stdout + refused.stderr  # faults.EXIT_NOT_WRITABLE
        assert refused.stderr.splitlines() == [
            f"Datenordner {db.parent}: liegt auf einem schreibgeschützt eingehängten Laufwerk. Das Lager bleibt "
            "unverändert; bitte beschreibbar einhängen (oder COCKPIT_WAREHOUSE auf einen beschreibbaren Ort setzen)."
        ]
        assert list(disk.path(disk.mountpoint).iterdir()) == []
