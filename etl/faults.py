"""Faults of the machine, not of the delivery: each names itself and has its own exit code.

Exit codes of `python -m etl load`:
0 loaded, 1 delivery rejected, 2 another load running, 3 pseudonym key missing,
4 no write permission in the data folder, 5 disk full, 130 interrupted (Ctrl-C).
"""

import errno
import os
from pathlib import Path

EXIT_LOADED = 0
EXIT_REJECTED = 1
EXIT_RUNNING = 2
EXIT_KEY_MISSING = 3
EXIT_NOT_WRITABLE = 4
EXIT_DISK_FULL = 5
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = (
    "Exit-Codes: 0 geladen; 1 Lieferung abgelehnt (Lager unverändert); 2 ein anderer Ladelauf läuft; "
    "3 Pseudonym-Schlüssel fehlt; 4 keine Schreibrechte im Datenordner; 5 Speicherplatz erschöpft; "
    "130 abgebrochen (Strg+C). In allen Fehlerfällen bleibt das Lager unverändert."
)
INTERRUPTED_MESSAGE = "Ladelauf abgebrochen, Lager unverändert"
DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
NOT_WRITABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}  # no permission, or a read-only mount


class LoadFault(Exception):
    """A fault of the machine or its setup; the warehouse is unchanged."""

    exit_code = 1


class PseudonymKeyMissing(LoadFault):
    exit_code = EXIT_KEY_MISSING


class DataFolderNotWritable(LoadFault):
    exit_code = EXIT_NOT_WRITABLE

    def __init__(self, folder: Path):
        if _on_read_only_mount(folder):
            problem, remedy = "liegt auf einem schreibgeschützt eingehängten Laufwerk", "beschreibbar einhängen"
        else:
            problem, remedy = "keine Schreibrechte", "dem Ladekonto Schreibrechte auf diesen Ordner geben"
        super().__init__(
            f"Datenordner {folder}: {problem}. Das Lager bleibt unverändert; bitte {remedy} "
            "(oder COCKPIT_WAREHOUSE auf einen beschreibbaren Ort setzen)."
        )


def _on_read_only_mount(folder: Path) -> bool:
    """Whether folder (or, if it does not exist yet, its nearest existing parent) is on a read-only mount."""
    for place in (folder, *folder.parents):
        try:
            return bool(os.statvfs(place).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False


class DiskFull(LoadFault):
    exit_code = EXIT_DISK_FULL

    def __init__(self, folder: Path):
        super().__init__(
            f"Speicherplatz erschöpft beim Laden nach {folder}. Das liegt nicht an der Lieferung; das Lager bleibt "
            "unverändert. Bitte Platz schaffen und erneut laden."
        )


def is_disk_full(error: BaseException) -> bool:
    """An OSError with ENOSPC/EDQUOT, or a DuckDB error that says the disk is full."""
    if isinstance(error, OSError) and error.errno in DISK_FULL_ERRNOS:
        return True
    text = str(error)
    return "No space left on device" in text or "Disk quota exceeded" in text


def is_not_writable(error: BaseException) -> bool:
    """An OSError for missing permissions or a read-only file system (EROFS), or a DuckDB error saying so."""
    if isinstance(error, OSError) and error.errno in NOT_WRITABLE_ERRNOS:
        return True
    return "Read-only file system" in str(error)


def writable_folder(db_path: Path) -> Path:
    """The warehouse's folder, created if need be; DataFolderNotWritable if the load may not write there."""
    folder = db_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if not is_not_writable(error):
            raise
        raise DataFolderNotWritable(folder) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataFolderNotWritable(folder)
    return folder
