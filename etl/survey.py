"""One pass over a delivered text file's bytes: checksum, encoding, rows, and whether DuckDB can read it as is.

The pass reads 4 MiB chunks once and does everything at C speed (hashlib, bytes.count, bytes.isascii, the
UTF-8 decoder, numpy), so a large export costs one read before DuckDB parses it. It also notes which bytes stand
beside a space and whether the text is NFC already: in a file where no space touches a delimiter or line break no
value needs trimming, in NFC text none needs normalising, and the typed pass leaves both out. A file DuckDB cannot
decode (UTF-16, Windows-1252 with non-ASCII data rows) is transcoded to UTF-8 in whole chunks, never row by row.
"""

import codecs
import errno
import hashlib
import os
import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from etl.limits import limit, scan_lines

CHUNK_BYTES = 1 << 22
NATIVE = ("utf-8", "utf-8-sig")
HEAD_LINES = 10
BLANK_LINE = re.compile(rb"\n\r?\n")  # one regular-expression scan: a third of two `in` tests
SPACE = ord(" ")
STREAM_SAFE = 32  # characters carried into the next chunk's NFC check (a combining sequence is at most 31)


@dataclass
class Survey:
    sha256: str
    encoding: str
    records: int  # lines, the last one counted also without a line break
    clean: bool  # no quotes, no blank lines, no line beyond the field limit
    long_line: bool
    ascii_from: int | None  # every byte from this offset on is ASCII (at most the first chunk's size); None: not
    line_ends: tuple[int, ...] = ()  # offsets of the first line breaks (where the header can be)
    space_neighbours: bytes | None = None  # every byte value found next to a space; None: not surveyed
    nfc: bool = False  # UTF-8 text in Unicode NFC throughout

    def padded(self, delimiter: str) -> bool:
        """A value may begin or end with a space: a space stands beside the delimiter or a line break."""
        if self.space_neighbours is None:
            return True
        return any(ord(c) in self.space_neighbours for c in delimiter + "\r\n")

    def ascii_after_line(self, line: int) -> bool:
        """Every byte after the given line (1-based) is ASCII, e.g. all data rows below the header."""
        if self.ascii_from is None or line > len(self.line_ends):
            return False
        return self.ascii_from <= self.line_ends[line - 1] + 1

    @property
    def native(self) -> bool:
        """DuckDB decodes the file itself."""
        return self.encoding in NATIVE


def _bom_encoding(start: bytes) -> str | None:
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(start) >= 2 and (start[0] == 0 or start[1] == 0):
        return "utf-16-le" if start[1] == 0 else "utf-16-be"
    return None


def _ascii_from(first: bytes, later_ascii: bool) -> int | None:
    """The offset from which the file is ASCII, found by halving within the first chunk; None if beyond it."""
    if not later_ascii:
        return None
    low, high = -1, len(first)  # first[high:] is ASCII, first[low:] is not (or low is -1)
    if first.isascii():
        return 0
    low = 0
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if first[middle:].isascii() else (middle, high)
    return high


def _mark_space_neighbours(text: bytes, neighbours: np.ndarray) -> None:
    """Set neighbours[b] for every byte value b directly before or after a space in text."""
    data = np.frombuffer(text, np.uint8)
    spaces = np.flatnonzero(data == SPACE)
    if spaces.size:
        neighbours[data[spaces[spaces > 0] - 1]] = True
        neighbours[data[spaces[spaces < data.size - 1] + 1]] = True


def survey(path: Path) -> Survey:
    """Checksum, encoding (BOM; else UTF-8 if the whole file decodes, else Windows-1252) and line facts. A UTF-8
    file with a BOM (Excel's "CSV UTF-8") is surveyed like one without: DuckDB reads it as it is."""
    digest = hashlib.sha256()
    most = limit("field_chars")
    block = max(most // 2, 1)
    with path.open("rb") as handle:
        first = handle.read(CHUNK_BYTES)
        encoding = _bom_encoding(first[:4])
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8, records, offset, line, long_line, quote, blank = True, 0, 0, 0, False, False, False
        later_ascii, tail, nfc, carried = True, b"", True, ""
        neighbours = np.zeros(256, dtype=bool)
        chunk = first
        while chunk:
            digest.update(chunk)
            if encoding in (None, "utf-8-sig"):
                is_ascii = chunk.isascii()
                later_ascii = later_ascii and (is_ascii or offset == 0)
                if utf8:
                    try:  # an ASCII chunk only has to close what the one before left open
                        decoded = decoder.decode(chunk[:4] if is_ascii else chunk)
                    except UnicodeDecodeError:
                        utf8 = False
                    else:  # the end of the chunk before goes with it: a combining mark may follow its letter
                        if nfc and not is_ascii:
                            nfc = unicodedata.is_normalized("NFC", carried + decoded)
                        carried = chunk[-STREAM_SAFE:].decode("ascii") if is_ascii else decoded[-STREAM_SAFE:]
                quote = quote or b'"' in chunk
                text = tail + chunk
                _mark_space_neighbours(text, neighbours)
                blank = blank or BLANK_LINE.search(text) is not None
                records += chunk.count(b"\n")
                newline = chunk.find(b"\n")
                long_line = long_line or line + (len(chunk) if newline < 0 else newline) > most
                line = line + len(chunk) if newline < 0 else len(chunk) - 1 - chunk.rfind(b"\n")
                if not long_line and any(
                    chunk.find(b"\n", a, a + block) < 0 for a in range(0, len(chunk) - block + 1, block)
                ):
                    long_line = max(map(len, chunk.split(b"\n")[1:-1]), default=0) > most
                tail = text[-2:]
            offset += len(chunk)
            chunk = handle.read(CHUNK_BYTES)
    if encoding not in (None, "utf-8-sig"):  # UTF-16: transcoded, then scanned as text
        return Survey(digest.hexdigest(), encoding, 0, False, False, None)
    if utf8:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if encoding == "utf-8-sig" and not utf8:  # a BOM before bytes that are no UTF-8: the careful way names them
        return Survey(digest.hexdigest(), encoding, 0, False, False, None)
    encoding = encoding or ("utf-8" if utf8 else "cp1252")
    long_line = long_line or line > most
    blank = blank or tail.endswith((b"\n\n", b"\n\r\n"))
    if tail.endswith(b" "):  # a value at the end of the file ends with a space
        neighbours[ord("\n")] = True
    records += 1 if tail and not tail.endswith(b"\n") else 0
    if long_line:  # bytes overstate characters: count exactly on the decoded text
        _records, long_line = scan_lines(path, encoding)
    clean = not (quote or blank or long_line)
    ends, position = [], -1
    while len(ends) < HEAD_LINES and (position := first.find(b"\n", position + 1)) >= 0:
        ends.append(position)
    ascii_from = _ascii_from(first, later_ascii)
    space_neighbours = bytes(np.flatnonzero(neighbours).tolist())
    return Survey(
        digest.hexdigest(), encoding, records, clean, long_line, ascii_from, tuple(ends), space_neighbours, utf8 and nfc
    )


def _copy_rest(src, dst) -> None:
    """The rest of src into dst inside the kernel (copy_file_range), without passing through Python."""
    position, size = src.tell(), os.fstat(src.fileno()).st_size
    try:
        while position < size:
            copied = os.copy_file_range(src.fileno(), dst.fileno(), size - position, position)
            if copied == 0:
                break
            position += copied
    except OSError as error:  # a file system without it
        if error.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
            raise
        src.seek(position)
        shutil.copyfileobj(src, dst, CHUNK_BYTES)


def transcode(path: Path, facts: Survey, out_path: Path) -> None:
    """The whole file as UTF-8 (no BOM): decoded and encoded in chunks of 4 MiB; where the rest of a file is
    ASCII (e.g. a Windows-1252 export with umlauts in its header only), the rest is copied as it is."""
    decoder = codecs.getincrementaldecoder(facts.encoding)()
    with path.open("rb") as src, out_path.open("wb") as dst:
        if facts.ascii_from is not None:
            dst.write(decoder.decode(src.read(facts.ascii_from), final=True).encode("utf-8"))
            dst.flush()
            _copy_rest(src, dst)
            return
        while chunk := src.read(CHUNK_BYTES):
            dst.write(decoder.decode(chunk).encode("utf-8"))
        dst.write(decoder.decode(b"", final=True).encode("utf-8"))
