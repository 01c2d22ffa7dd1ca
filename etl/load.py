"""Build the warehouse from a folder of deliveries: whole or not at all.

The new warehouse is built into a hidden file beside the old one and swapped in with
os.replace, so a crash or kill at any moment leaves the previous warehouse untouched and a
reader sees either the old or the new file. A lock refuses a second load while one runs.
"""

import datetime as dt
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from common import clock
from common.settings import load_log_path
from common.sql import literal as _lit
from etl import inbox, load_log, precedence
from etl.contracts import load_contracts
from etl.faults import DataFolderNotWritable, DiskFull, is_disk_full, is_not_writable, writable_folder
from etl.findings import Finding, LoadRejected
from etl.folder import folder_findings
from etl.leftovers import remove_build, remove_leftovers, swap_in, work_prefix
from etl.lock import WarehouseLock
from etl.pseudonym import pseudonym_key
from etl.raw import create_raw_tables, header_findings, load_seeds
from etl.reader import PreparedFile, UnreadableFile, delivered_files, prepare_file
from etl.reconcile import load_raw
from etl.sql_files import build_layer, run_macros
from etl.staging import build_staging
from etl.validate import valid_rows_views, validate

SEEDS_DIR = Path(__file__).with_name("seeds")
Progress = Callable[[Iterable, str], Iterable]
# DuckDB's buffer pool, sized to the deliveries within these bounds: written blocks are evicted (they are on
# disk) and large aggregations spill, so the load does not keep the whole warehouse in memory.
MEMORY_MIB = (384, 1024)


@dataclass
class LoadResult:
    run_id: str
    status: str
    files: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    started: float = 0.0
    submissions: list[str] = field(default_factory=list)  # ids of the inbox submissions applied

    @property
    def rows_loaded(self) -> int:
        return sum(f["rows_loaded"] for f in self.files)

    @property
    def rows_quarantined(self) -> int:
        return sum(f["rows_quarantined"] for f in self.files)


def _no_progress(items: Iterable, _label: str) -> Iterable:
    return items


def _prepare(path: Path, work_dir: Path) -> PreparedFile | Finding:
    try:
        return prepare_file(path, work_dir)
    except UnreadableFile as error:
        return error.finding


def _prepare_all(files: list[Path], work_dir: Path, progress: Progress):
    """Every file surveyed and recognised, two at a time (checksums and copies run outside Python's lock)."""
    prepared, findings = [], folder_findings(files[0].parent) if files else []
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(_prepare, path, work_dir) for path in progress(files, "Dateien lesen")]
        for future in futures:
            item = future.result()
            if isinstance(item, Finding):
                findings.append(item)
                continue
            findings += header_findings(item) + item.problems
            prepared.append(item)
    return prepared, findings


def _record_malformed(con, prepared: list[PreparedFile]) -> None:
    for item in prepared:
        for f in item.malformed:
            con.execute(
                "insert into raw.findings values (?, ?, ?, ?, ?, ?)",
                [item.contract.name, f.file, f.row, f.column, f.value, f.message],
            )


def _strict_findings(con) -> list[Finding]:
    strict = [c.name for c in load_contracts().values() if c.is_strict]
    rows = con.execute(
        "select source_file, source_row, column_label, coalesce(value, ''), message "
        "from raw.findings where list_contains(?, delivery)",
        [strict],
    ).fetchall()
    return [Finding(*row) for row in rows]


def _quarantine(con) -> None:
    con.execute("create or replace table raw.quarantine as select * from raw.findings")
    valid_rows_views(con)


def _file_counts(con, prepared: list[PreparedFile], names: dict[str, str], superseded: dict) -> list[dict]:
    """Rows loaded, quarantined and superseded per source file (a malformed row is quarantined, never read)."""
    quarantined = {
        (delivery, file): rows
        for delivery, file, rows in con.execute(
            "select delivery, source_file, count(distinct source_row) from raw.quarantine group by all"
        ).fetchall()
    }
    files = []
    for item in prepared:
        name = names.get(item.path.name, item.path.name)
        set_aside = quarantined.get((item.contract.name, name), 0)
        replaced = superseded.get((item.contract.name, name), 0)
        files.append(
            {
                "file": name,
                "delivery": item.contract.name,
                "sha256": item.sha256,
                "encoding": item.encoding,
                "rows_loaded": item.rows_inserted - set_aside + len(item.malformed) - replaced,
                "rows_quarantined": set_aside,
                "rows_superseded": replaced,
            }
        )
    return files


def _memory_limit(files: list[Path]) -> str:
    delivered = sum(p.stat().st_size for p in files) * 3 // 2 >> 20
    return f"{min(max(delivered, MEMORY_MIB[0]), MEMORY_MIB[1])}MB"


def _connect_build(build_path: Path, memory_limit: str = f"{MEMORY_MIB[1]}MB") -> duckdb.DuckDBPyConnection:
    """The build file under a fixed catalog name: a warehouse named e.g. ref.duckdb would otherwise give a
    catalog "ref" that clashes with the schema ref of the reference data."""
    con = duckdb.connect(":memory:")
    con.execute(f"set temp_directory = {_lit(str(build_path) + '.tmp')}")
    con.execute(f"set memory_limit = {_lit(memory_limit)}")
    con.execute(f"attach {_lit(str(build_path))} as cockpit_build")
    con.execute("use cockpit_build")
    return con


def _build(
    source_dir: Path,
    build_path: Path,
    delivery_date: dt.date,
    key: str,
    result: LoadResult,
    earlier_runs: list[dict],
    progress: Progress,
    checking: bool = False,
    inbox_dir: Path | None = None,
    inspect: Callable | None = None,
) -> None:
    """Read, validate and build every layer into build_path, the inbox's submissions applied on top of the
    delivered files (etl/inbox.py); raises LoadRejected on strict findings. inspect(con) runs after the
    validation, before strict findings refuse (etl/check.py reads the rows there)."""
    files = delivered_files(source_dir) if source_dir.is_dir() else []
    if not files:
        raise LoadRejected(
            [Finding(str(source_dir), 0, "", "", "keine Lieferdateien gefunden; erwartet: .csv oder .xlsx")]
            + (folder_findings(source_dir) if source_dir.is_dir() else [])
        )
    submissions, inbox_findings = inbox.read_inbox(inbox_dir)
    with tempfile.TemporaryDirectory(dir=build_path.parent, prefix=work_prefix(build_path)) as work:
        work_dir = Path(work)
        names = inbox.copy_files(submissions, work_dir / "inbox")  # copy's name -> inbox/<folder>/<file>
        inbox_files = [work_dir / "inbox" / name for name in names]
        with inbox.naming_inbox_files(names):
            prepared, findings = _prepare_all(files + inbox_files, work_dir, progress)
            findings += inbox_findings + inbox.wrong_contracts(prepared, names)
            if findings:
                raise LoadRejected(findings)
            con = _connect_build(build_path, _memory_limit(files + inbox_files))
            try:
                run_macros(con)
                load_seeds(con, SEEDS_DIR)
                create_raw_tables(con)
                prepared = load_raw(con, prepared, work_dir, key, delivery_date, progress)
                precedence.name_sources(con, names)
                superseded = precedence.supersede(con, submissions, names)
                validate(con)
                precedence.add_findings(con, submissions)
                if inspect:
                    inspect(con)
                _record_malformed(con, prepared)
                strict = _strict_findings(con)
                if strict:
                    raise LoadRejected(strict)
                _quarantine(con)
                precedence.write_submissions(con, submissions, result.run_id)
                result.files = _file_counts(con, prepared, names, superseded)
                result.submissions = [s.submission_id for s in submissions]
                if checking:
                    result.findings = [
                        Finding(*row)
                        for row in con.execute(
                            "select source_file, source_row, column_label, coalesce(value, ''), message "
                            "from raw.quarantine order by all"
                        ).fetchall()
                    ]
                    return
                result.status = "loaded"
                result.seconds = time.monotonic() - result.started
                load_log.write_tables(con, earlier_runs + [load_log.entry(result, source_dir, delivery_date)])
                for layer in progress(["staging", "marts"], "Schichten bauen"):
                    build_staging(con) if layer == "staging" else build_layer(con, layer)
                con.execute("checkpoint")
            finally:
                con.close()


def load(
    source_dir: Path,
    db_path: Path,
    delivery_date: dt.date | None = None,
    progress: Progress = _no_progress,
    new_pseudonym_key: bool = False,
    inbox_dir: Path | None = None,
) -> LoadResult:
    """Validate every delivery in source_dir, with the submissions of inbox_dir applied on top (etl/inbox.py;
    None: no inbox), and, if the strict ones are clean, swap in a new warehouse.

    new_pseudonym_key: start a new pseudonym key deliberately when the key of an earlier load is missing.
    """
    folder = writable_folder(db_path)
    delivery_date = delivery_date or clock.today()
    run_id = f"{clock.timestamp():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"
    result = LoadResult(run_id, "rejected", started=time.monotonic())
    log_path = load_log_path(db_path)
    with WarehouseLock(db_path):
        remove_leftovers(db_path)
        earlier_runs, result.warnings = load_log.read_checked(log_path)
        loaded_before = db_path.exists() or any(r["status"] == "loaded" for r in earlier_runs)
        key = pseudonym_key(db_path, loaded_before, new_pseudonym_key)
        build_path = db_path.with_name(f".{db_path.name}.build-{run_id}")
        try:
            _build(source_dir, build_path, delivery_date, key, result, earlier_runs, progress, inbox_dir=inbox_dir)
            swap_in(build_path, db_path)
        except LoadRejected as rejected:
            result.findings = rejected.findings
            raise
        except BaseException as error:
            result.status = "aborted"
            if is_disk_full(error):
                raise DiskFull(folder) from error
            if is_not_writable(error):  # EACCES, EPERM, EROFS
                raise DataFolderNotWritable(folder) from error
            if isinstance(error, duckdb.InterruptException):
                raise KeyboardInterrupt from error
            raise
        finally:
            remove_build(build_path)
            result.seconds = time.monotonic() - result.started
            try:
                load_log.append(log_path, load_log.entry(result, source_dir, delivery_date))
            except OSError:
                result.warnings.append(f"Ladeprotokoll {log_path} konnte nicht geschrieben werden")
    return result
