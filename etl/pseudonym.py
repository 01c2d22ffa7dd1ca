"""The pseudonym key for number plates: made once, atomically with mode 0600, never regenerated silently.

A missing key on a warehouse that was loaded before is an error: a new key would give every vehicle a new
pseudonym and silently break the repeat-parker counts. Restore the file, or start a new key deliberately.
"""

import os
import secrets
from pathlib import Path

from common.durable import fsync_folder
from common.settings import pseudonym_key_path
from etl.faults import PseudonymKeyMissing


def _missing_message(path: Path, db_path: Path) -> str:
    return (
        f"Pseudonym-Schlüssel fehlt: {path}. Das Lager {db_path.name} wurde schon mit einem Schlüssel geladen; "
        "ein neuer Schlüssel gäbe jedem Fahrzeug ein neues Pseudonym (Dauerparker-Auswertungen brechen). "
        "Bitte die Schlüsseldatei aus der Sicherung wiederherstellen (oder COCKPIT_PSEUDONYM_KEY_FILE auf ihren "
        "Ort setzen) und erneut laden. Nur wer bewusst neu beginnen will: "
        "python -m etl load --new-pseudonym-key. Lager unverändert."
    )


def _write_atomically(path: Path, text: str) -> None:
    """A temp file created 0600 from the start, fsynced, then renamed over the target."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(handle, 0o600)
        os.write(handle, text.encode("ascii"))
        os.fsync(handle)
    finally:
        os.close(handle)
    os.replace(temp, path)
    fsync_folder(path.parent)


def pseudonym_key(db_path: Path, loaded_before: bool, new_key: bool = False) -> str:
    """The secret for number plates: COCKPIT_PSEUDONYM_KEY, else the key file (made on the first load).

    loaded_before: the warehouse exists or the load log has a loaded run; then a missing key is refused
    unless new_key says to start a new one deliberately.
    """
    if os.environ.get("COCKPIT_PSEUDONYM_KEY"):
        return os.environ["COCKPIT_PSEUDONYM_KEY"]
    path = pseudonym_key_path(db_path)
    key = path.read_text(encoding="ascii").strip() if path.exists() else ""
    if key:
        return key
    if loaded_before and not new_key:
        raise PseudonymKeyMissing(_missing_message(path, db_path))
    key = secrets.token_hex(32)
    _write_atomically(path, key)
    return key
