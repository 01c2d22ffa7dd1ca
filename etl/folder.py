"""The delivery folder as a boundary: only regular files inside it are read.

A symbolic link (to /etc/passwd, to another office's share, …), a hard link (a second name for a file that
may live anywhere on the same disk) or anything that resolves outside the folder is refused with a finding
naming it; it is never opened.
"""

import stat
from pathlib import Path

from etl.findings import Finding

SYMLINK = "symbolische Verknüpfung wird nicht gelesen; erwartet: die Datei selbst im Lieferordner"
HARD_LINK = (
    "ist eine harte Verknüpfung (mehrfach verlinkte Datei) und wird nicht gelesen; "
    "erwartet: eine eigene Kopie der Datei im Lieferordner"
)
OUTSIDE = "liegt außerhalb des Lieferordners und wird nicht gelesen; erwartet: die Datei selbst im Ordner"


def _is_hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


def refusal(path: Path, folder: Path) -> str | None:
    """Why path may not be read as a delivery (symbolic link, hard link, outside folder), or None."""
    try:
        status = path.lstat()
    except OSError:
        return None  # gone or unreadable: the reader names it
    if stat.S_ISLNK(status.st_mode):
        return SYMLINK
    if stat.S_ISREG(status.st_mode) and status.st_nlink > 1:
        return HARD_LINK
    if path.resolve().parent != folder.resolve():
        return OUTSIDE
    return None


def is_inside(path: Path, folder: Path) -> bool:
    """A file of its own (no symbolic or hard link) whose real location is inside folder."""
    return refusal(path, folder) is None


def folder_findings(source_dir: Path) -> list[Finding]:
    """A finding for every visible entry that is a symbolic or hard link or resolves outside the folder."""
    findings = []
    for path in sorted(source_dir.iterdir()):
        if _is_hidden(path) or (path.is_dir() and not path.is_symlink()):
            continue
        reason = refusal(path, source_dir)
        if reason:
            findings.append(Finding(path.name, 0, "", "", reason))
    return findings
