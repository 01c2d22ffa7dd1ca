"""Load benchmark: how fast does the ETL load the demo deliveries, against DuckDB's bare read_csv?

    python bench/load_benchmark.py --scales 1 10 --out bench/out

For each scale K: generate the demo deliveries once (bench/out/scale-K, marker .complete), time
`python -m etl load` into bench/out/scale-K.duckdb (wall time of the subprocess), read the rows it
loaded from the warehouse's marts.load_runs, and time DuckDB's read_csv of the same CSV files as the
ceiling (files DuckDB cannot decode are transcoded to UTF-8 first, outside the timer; .xlsx files
are left out of the ceiling). Prints one table row per scale; see bench/README.md.
"""

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from common.formats import number  # noqa: E402  (German: 1.234.567,8)
from etl.reader import delivered_files, detect_encoding  # noqa: E402

TODAY = "2026-11-26"
NATIVE_ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8"}  # what read_csv decodes itself
CSV_SUFFIXES = (".csv", ".txt")


@dataclass
class Figures:
    scale: float
    files: int
    rows: int
    load_seconds: float
    csv_files: int
    csv_rows: int
    read_csv_seconds: float
    xlsx_files: int

    @property
    def load_rows_per_s(self) -> float:
        return self.rows / self.load_seconds

    @property
    def read_csv_rows_per_s(self) -> float:
        return self.csv_rows / self.read_csv_seconds

    @property
    def ratio(self) -> float:
        """How many times more rows per second the bare read manages than the full load."""
        return self.read_csv_rows_per_s / self.load_rows_per_s


def run(command: list[str]) -> float:
    """Run a command from the repository root; return its wall time in seconds."""
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({completed.returncode}):\n{completed.stdout}\n{completed.stderr}")
    return seconds


def scale_name(scale: float) -> str:
    return f"scale-{scale:g}"


def generate(scale: float, out: Path) -> Path:
    """The demo deliveries for this scale, generated once (the marker is written only on success)."""
    source = out / scale_name(scale)
    marker = source / ".complete"
    if marker.exists():
        print(f"{source}: already generated")
        return source
    shutil.rmtree(source, ignore_errors=True)
    seconds = run(
        [sys.executable, "-m", "etl", "generate", "--out", str(source), "--scale", f"{scale:g}", "--today", TODAY]
    )
    marker.touch()
    print(f"{source}: generated in {seconds:.1f} s")
    return source


def time_load(source: Path, db: Path) -> tuple[float, int, int, int]:
    """Wall time of the full load; files and rows it reports in marts.load_runs; rows it read from CSV files."""
    seconds = run(
        [sys.executable, "-m", "etl", "load", "--source", str(source), "--db", str(db), "--delivery-date", TODAY]
    )
    with duckdb.connect(str(db), read_only=True) as con:
        run_id, files, rows = con.execute(
            "select run_id, files, rows_loaded from marts.load_runs order by finished_at desc limit 1"
        ).fetchone()
        (csv_rows,) = con.execute(
            "select coalesce(sum(rows_loaded + rows_quarantined), 0) from log.load_files "
            "where run_id = ? and encoding <> 'xlsx'",
            [run_id],
        ).fetchone()
    return seconds, files, rows, csv_rows


def utf8_copies(source: Path, work: Path) -> list[Path]:
    """The CSV files as read_csv can read them: as delivered if UTF-8, else transcoded (not timed)."""
    work.mkdir(parents=True, exist_ok=True)
    readable = []
    for path in delivered_files(source):
        if path.suffix.lower() not in CSV_SUFFIXES:
            continue
        encoding = detect_encoding(path)
        if encoding in NATIVE_ENCODINGS:
            readable.append(path)
            continue
        copy = work / path.name
        with path.open(encoding=encoding, newline="") as src, copy.open("w", encoding="utf-8", newline="") as dst:
            shutil.copyfileobj(src, dst, 1 << 22)
        readable.append(copy)
    return readable


def time_read_csv(paths: list[Path]) -> tuple[float, int]:
    """DuckDB's bare read_csv of every file: the ceiling for reading the rows at all."""
    con = duckdb.connect()
    rows = 0
    started = time.perf_counter()
    for path in paths:
        (count,) = con.execute(
            "select count(*) from read_csv(?, delim=';', header=true, all_varchar=true, encoding='utf-8')",
            [str(path)],
        ).fetchone()
        rows += count
    seconds = time.perf_counter() - started
    con.close()
    return seconds, rows


def benchmark(scale: float, out: Path) -> Figures:
    source = generate(scale, out)
    db = out / f"{scale_name(scale)}.duckdb"
    load_seconds, files, rows, loaded_csv_rows = time_load(source, db)
    csv_paths = utf8_copies(source, out / f"{scale_name(scale)}.utf8")
    read_seconds, csv_rows = time_read_csv(csv_paths)
    if csv_rows != loaded_csv_rows:
        print(f"note: read_csv counted {csv_rows} CSV rows, the load {loaded_csv_rows} (loaded + quarantined)")
    xlsx = sum(1 for p in delivered_files(source) if p.suffix.lower() == ".xlsx")
    return Figures(scale, files, rows, load_seconds, len(csv_paths), csv_rows, read_seconds, xlsx)


def table(results: list[Figures]) -> str:
    header = ["scale", "files", "rows", "load s", "load rows/s", "read_csv s", "read_csv rows/s", "ratio"]
    lines = [header]
    for r in results:
        lines.append(
            [
                f"{r.scale:g}",
                str(r.files),
                number(r.rows),
                number(r.load_seconds, 1),
                number(r.load_rows_per_s),
                number(r.read_csv_seconds, 2),
                number(r.read_csv_rows_per_s),
                number(r.ratio, 1),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    rendered = ["  ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)) for line in lines]
    rendered.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(rendered)


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the ETL load against DuckDB's bare read_csv")
    parser.add_argument("--scales", type=float, nargs="+", default=[1.0, 10.0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "out")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    results = [benchmark(scale, out) for scale in args.scales]
    print()
    print(table(results))
    excluded = {f"{r.scale:g}": r.xlsx_files for r in results}
    print(
        f"\nread_csv covers the CSV files only ({', '.join(f'{r.csv_files} of {r.files}' for r in results)});"
        f" .xlsx files excluded from the ceiling: {excluded}. ratio = read_csv rows/s ÷ load rows/s."
    )
    (out / "results.json").write_text(
        json.dumps(
            [
                {
                    **asdict(r),
                    "load_rows_per_s": r.load_rows_per_s,
                    "read_csv_rows_per_s": r.read_csv_rows_per_s,
                    "ratio": r.ratio,
                }
                for r in results
            ],
            indent=2,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
