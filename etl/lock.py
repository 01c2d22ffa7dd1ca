"""One load at a time: an exclusive lock file beside the warehouse, released even if the process dies."""

import fcntl
import os
from pathlib import Path

from common import clock
from etl.faults import DataFolderNotWritable
from etl.findings import LoadAlreadyRunning


class WarehouseLock:
    """An exclusive, non-blocking lock beside the warehouse; released even if the process dies."""

    def __init__(self, db_path: Path):
        self.path = db_path.with_name(db_path.name + ".lock")

    def __enter__(self):
        try:
            self.handle = self.path.open("a+")
        except PermissionError as error:
            raise DataFolderNotWritable(self.path.parent) from error
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "unbekannt"
            self.handle.close()
            raise LoadAlreadyRunning(
                f"Ein anderer Ladelauf läuft bereits für {self.path.with_suffix('').name} ({holder}). "
                "Bitte warten, bis er endet, und dann erneut laden."
            ) from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"PID {os.getpid()}, gestartet {clock.timestamp():%d.%m.%Y %H:%M:%S}")
        self.handle.flush()
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()
