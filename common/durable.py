"""Writes that survive a crash, shared by the ETL and the cockpit: a folder's entry list made durable after a
rename, and one whole line appended to a log that a crash can never tear in two."""

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file inside folder durable (the folder's entry list reaches the disk)."""
    directory = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def append_line(path: Path, line: bytes, mode: int) -> None:
    """Append one line (ending in a newline) in a single O_APPEND write, then fsync. A torn last line left by a
    crash of an earlier writer is closed with a newline first, so this line stays whole. mode: for a new file."""
    handle = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, mode)
    try:
        size = os.fstat(handle).st_size
        if size and os.pread(handle, 1, size - 1) != b"\n":
            line = b"\n" + line
        os.write(handle, line)
        os.fsync(handle)
    finally:
        os.close(handle)
