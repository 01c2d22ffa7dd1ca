"""Load benchmark: the ETL load against a bare DuckDB read and a pandas path of the same files.

    python bench/load_benchmark.py --scales 1 10 --out bench/out [--runs 3]

For each scale K the demo deliveries are generated once (bench/out/scale-K, marker .complete). Then, in
alternating runs (load, bare, pandas, load, bare, pandas, ...), each path runs as its own process into a
fresh DuckDB file, and the script takes its CPU seconds (user + system), wall seconds and peak memory
(maximum resident set) from the operating system:

- load:   `python -m etl load` (reading, validation, quarantine, plates, staging, marts, atomic swap);
- bare:   DuckDB's read_csv of every CSV file into one typed table per delivery (German decimals and dates
          set, rows that do not convert skipped), Windows-1252 files transcoded in 4 MiB chunks first,
          .xlsx via openpyxl; no validation, no plates, no staging or marts;
- pandas: pandas.read_csv of every CSV file (decimal comma, thousands dot, dates parsed), .xlsx via
          pandas.read_excel, each delivery inserted into DuckDB.

It prints the medians and the ratios load/bare and pandas/load; see bench/README.md.
"""

import argparse
import codecs
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from etl.contracts import load_contracts  # noqa: E402
from etl.reader import _find_header, _xlsx_head, delivered_files  # noqa: E402

TODAY = "26.11.2026"
PATHS = ("load", "bare", "pandas")
BARE_TYPES = {"int": "BIGINT", "decimal": "DOUBLE", "date": "DATE", "timestamp": "TIMESTAMP"}


def _deliveries(source: Path) -> dict[str, list[tuple[Path, int]]]:
    """Files by delivery with their header row, recognised from the first lines (as an office's script would)."""
    found: dict[str, list[tuple[Path, int]]] = {}
    for path in delivered_files(source):
        if path.suffix.lower() == ".xlsx":
            rows = _xlsx_head(path)
        else:
            with path.open("rb") as handle:
                head = handle.read(1 << 16)
            try:
                encoding = _encoding(path)
                text = head.decode(encoding, "ignore" if encoding == "utf-16" else "strict")
            except UnicodeDecodeError:
                text = head.decode("cp1252")
            rows = [line.split(";") for line in text.splitlines()[:10]]
        header_row, contract, _labels = _find_header(rows, path)
        found.setdefault(contract.name, []).append((path, header_row))
    return found


def _encoding(path: Path) -> str:
    with path.open("rb") as handle:
        start = handle.read(4)
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


def _utf8(path: Path, work: Path) -> Path:
    """The file as DuckDB's read_csv can decode it: as delivered, or transcoded from Windows-1252 in chunks."""
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(1 << 22):
                chunk.decode("utf-8")  # a chunk boundary inside a character only costs a transcode
            return path
        except UnicodeDecodeError:
            pass
    copy = work / path.name
    with path.open("rb") as src, copy.open("wb") as dst:
        while chunk := src.read(1 << 22):
            dst.write(chunk.decode("cp1252").encode("utf-8"))
    return copy


def _xlsx_frame(path: Path, header_row: int):
    import pandas as pd

    return pd.read_excel(path, header=header_row - 1, dtype=str, engine="openpyxl")


def bare(source: Path, db: Path) -> None:
    import duckdb

    con = duckdb.connect(str(db))
    work = db.parent / f"{db.stem}.utf8"
    work.mkdir(exist_ok=True)
    for name, files in _deliveries(source).items():
        contract = load_contracts()[name]
        columns = {c.label: BARE_TYPES.get(c.type, "VARCHAR") for c in contract.columns}
        for index, (path, header_row) in enumerate(files):
            target = f'"{name}"'
            if path.suffix.lower() == ".xlsx":
                frame = _xlsx_frame(path, header_row)  # noqa: F841 (read by DuckDB below)
                select = "select * from frame"
            else:
                encoding = _encoding(path)
                readable = path if encoding == "utf-16" else _utf8(path, work)
                select = (
                    f"select * from read_csv('{readable}', delim=';', header=true, skip={header_row - 1}, "
                    f"encoding='{encoding}', decimal_separator=',', dateformat='%d.%m.%Y', "
                    f"timestampformat='%d.%m.%Y %H:%M', columns={columns!r}, auto_detect=false, ignore_errors=true)"
                )
            con.execute(f"{'create table ' + target + ' as' if index == 0 else 'insert into ' + target} {select}")
    con.close()
    shutil.rmtree(work)


def pandas_path(source: Path, db: Path) -> None:
    import warnings

    import duckdb
    import pandas as pd

    warnings.simplefilter("ignore")  # mixed types and date formats: what a quick dashboard script lives with
    con = duckdb.connect(str(db))
    for name, files in _deliveries(source).items():
        contract = load_contracts()[name]
        frames = []
        for path, header_row in files:
            if path.suffix.lower() == ".xlsx":
                frames.append(_xlsx_frame(path, header_row))
                continue
            options = {"sep": ";", "decimal": ",", "thousands": ".", "skiprows": header_row - 1}
            try:
                frame = pd.read_csv(path, encoding=_encoding(path), **options)
            except UnicodeDecodeError:
                frame = pd.read_csv(path, encoding="cp1252", **options)
            for column in contract.columns:
                if column.type in ("date", "timestamp") and column.label in frame:
                    form = "%d.%m.%Y" if column.type == "date" else "%d.%m.%Y %H:%M"
                    frame[column.label] = pd.to_datetime(frame[column.label], format=form, errors="coerce")
            frames.append(frame)
        data = pd.concat(frames, ignore_index=True)  # noqa: F841 (read by DuckDB below)
        con.execute(f'create table "{name}" as select * from data')
    con.close()


def run_path(path: str, source: Path, db: Path) -> dict:
    """One path as its own process: CPU, wall and peak memory of that process from the operating system."""
    for leftover in db.parent.glob(f"{db.name}*"):
        leftover.unlink() if leftover.is_file() else shutil.rmtree(leftover)
    if path == "load":
        command = [sys.executable, "-m", "etl", "load", "--source", str(source), "--db", str(db)]
        command += ["--delivery-date", TODAY]
    else:
        command = [sys.executable, __file__, "--path", path, "--source", str(source), "--db", str(db)]
    errors = db.parent / f"{db.name}.stderr"
    with errors.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=stderr)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{errors.read_text(errors='replace')}")
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall, "peak_mib": usage.ru_maxrss / 1024}


def generate(scale: float, out: Path) -> Path:
    source = out / f"scale-{scale:g}"
    if (source / ".complete").exists():
        return source
    shutil.rmtree(source, ignore_errors=True)
    command = [sys.executable, "-m", "etl", "generate", "--out", str(source), "--scale", f"{scale:g}"]
    subprocess.run(command + ["--today", TODAY], cwd=PROJECT_ROOT, check=True, capture_output=True)
    (source / ".complete").touch()
    return source


def benchmark(scale: float, out: Path, runs: int) -> dict:
    source = generate(scale, out)
    measured: dict[str, list[dict]] = {p: [] for p in PATHS}
    for round_number in range(1, runs + 1):
        for path in PATHS:
            figures = run_path(path, source, _db(out, scale, path))
            measured[path].append(figures)
            print(f"scale {scale:g} run {round_number} {path:6}: " + _line(figures), flush=True)
    medians = {p: {k: statistics.median(r[k] for r in measured[p]) for k in ("cpu", "wall", "peak_mib")} for p in PATHS}
    rows = _rows_loaded(_db(out, scale, "load"))
    return {"scale": scale, "rows": rows, "files": len(delivered_files(source)), "medians": medians, "runs": measured}


def _db(out: Path, scale: float, path: str) -> Path:
    """The load's warehouse is bench/out/scale-K.duckdb (page_benchmark.py reads it); the others beside it."""
    return out / (f"scale-{scale:g}.duckdb" if path == "load" else f"scale-{scale:g}-{path}.duckdb")


def _rows_loaded(db: Path) -> int:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select sum(rows_loaded + rows_quarantined) from marts.delivery_overview").fetchone()[0]


def _line(figures: dict) -> str:
    return f"CPU {figures['cpu']:6.1f} s  wall {figures['wall']:6.1f} s  peak {figures['peak_mib']:6.0f} MiB"


def report(result: dict) -> str:
    m = result["medians"]
    rows = f"{result['rows']:,}".replace(",", ".")
    lines = [f"scale {result['scale']:g}: {result['files']} files, {rows} rows (medians)"]
    lines += [f"  {p:6}  {_line(m[p])}" for p in PATHS]
    for key, label in (("cpu", "CPU"), ("wall", "wall"), ("peak_mib", "peak memory")):
        lines.append(
            f"  {label:11}  load/bare {m['load'][key] / m['bare'][key]:4.2f}  "
            f"pandas/load {m['pandas'][key] / m['load'][key]:4.2f}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the ETL load against a bare DuckDB read and a pandas path")
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 10.0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "out")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--path", choices=("bare", "pandas"), help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.path:
        (bare if args.path == "bare" else pandas_path)(args.source, args.db)
        return 0
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    results = [benchmark(scale, out, args.runs) for scale in args.scales]
    print()
    print("\n\n".join(report(r) for r in results))
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
