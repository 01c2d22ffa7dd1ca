"""The delivery folder as a boundary: only regular files inside it are read.

A symbolic link (to /etc/passwd, to another office's share, …) or anything that resolves outside the
folder is refused with a finding naming it; it is never opened.
"""

from pathlib import Path

from etl.findings import Finding


def _is_hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


def is_inside(path: Path, folder: Path) -> bool:
    """A regular file (no symbolic link) whose real location is inside folder."""
    return not path.is_symlink() and path.resolve().parent == folder.resolve()


def folder_findings(source_dir: Path) -> list[Finding]:
    """A finding for every visible entry that is a symbolic link or resolves outside the folder."""
    findings = []
    for path in sorted(source_dir.iterdir()):
        if _is_hidden(path):
            continue
        if path.is_symlink():
            findings.append(
                Finding(
                    path.name,
                    0,
                    "",
                    "",
                    "symbolische Verknüpfung wird nicht gelesen; erwartet: die Datei selbst im Lieferordner",
                )
            )
        elif path.is_file() and not is_inside(path, source_dir):
            findings.append(
                Finding(
                    path.name,
                    0,
                    "",
                    "",
                    "liegt außerhalb des Lieferordners und wird nicht gelesen; erwartet: die Datei selbst im Ordner",
                )
            )
    return findings
