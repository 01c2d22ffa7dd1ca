"""SQL helpers: quoting, and running the .sql files of a layer (one file = one table).

A file that reads another table of its own layer says so in a header line of its leading comment,
`-- depends on: marts.projects, marts.status_reports` (or `-- depends on: nothing`); every mart file
carries one. The layer is built in dependency order, ties by name, so no file relies on the alphabet.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from common.sql import ident

SQL_DIR = Path(__file__).with_name("sql")
LAYERS = ("staging", "marts")
LAYERS_WITH_REQUIRED_HEADER = ("marts",)
HEADER_PREFIX = "-- depends on:"
NO_DEPENDENCIES = "nothing"


class LayerDependencyError(ValueError):
    """A layer's declared dependencies are missing, wrong or circular."""


@dataclass(frozen=True)
class LayerFile:
    """One .sql file of a layer: the table it creates and the tables of its own layer it reads."""

    path: Path
    name: str
    depends_on: tuple[str, ...]
    references: tuple[str, ...]


def run_macros(con: duckdb.DuckDBPyConnection) -> None:
    con.execute((SQL_DIR / "macros.sql").read_text(encoding="utf-8"))


def _leading_comment(sql: str) -> list[str]:
    lines = []
    for line in sql.splitlines():
        if not line.strip().startswith("--"):
            break
        lines.append(line.strip())
    return lines


def declared_dependencies(path: Path, layer: str) -> tuple[str, ...] | None:
    """The tables of `layer` named in the file's `-- depends on:` line; None if it has none."""
    headers = [line for line in _leading_comment(path.read_text(encoding="utf-8")) if line.startswith(HEADER_PREFIX)]
    if not headers:
        return None
    if len(headers) > 1:
        raise LayerDependencyError(f"{layer}/{path.name}: more than one '{HEADER_PREFIX}' line")
    text = headers[0].removeprefix(HEADER_PREFIX).strip()
    if text == NO_DEPENDENCIES:
        return ()
    names = []
    for item in (part.strip() for part in text.split(",")):
        schema, _, name = item.partition(".")
        if schema != layer or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise LayerDependencyError(
                f"{layer}/{path.name}: '{HEADER_PREFIX}' lists {item!r}; expected {layer}.<table> "
                f"names separated by commas, or '{NO_DEPENDENCIES}'"
            )
        names.append(name)
    return tuple(names)


def referenced_tables(sql: str, layer: str) -> tuple[str, ...]:
    """The tables of `layer` the SQL reads (`marts.x` or `marts."x"`), comments left out."""
    code = re.sub(r"--[^\n]*", "", sql)
    found = re.findall(rf'\b{re.escape(layer)}\s*\.\s*"?([A-Za-z_][A-Za-z0-9_]*)"?', code)
    return tuple(sorted(set(found)))


def layer_files(layer: str, sql_dir: Path = SQL_DIR) -> list[LayerFile]:
    """The layer's files with their declared dependencies and actual references, by file name."""
    files = []
    for path in sorted((sql_dir / layer).glob("*.sql")):
        declared = declared_dependencies(path, layer)
        if declared is None and layer in LAYERS_WITH_REQUIRED_HEADER:
            raise LayerDependencyError(
                f"{layer}/{path.name}: no '{HEADER_PREFIX}' line; add one to its leading comment, "
                f"e.g. '{HEADER_PREFIX} {layer}.projects' or '{HEADER_PREFIX} {NO_DEPENDENCIES}'"
            )
        references = referenced_tables(path.read_text(encoding="utf-8"), layer)
        files.append(LayerFile(path, path.stem, declared or (), references))
    return files


def build_order(files: list[LayerFile], layer: str) -> list[LayerFile]:
    """The files in dependency order (each after everything it depends on), ties by name.

    Raises LayerDependencyError for a dependency that is not a file of the layer, a table read
    but not declared, or a cycle.
    """
    by_name = {f.name: f for f in files}
    for f in files:
        unknown = [d for d in f.depends_on if d not in by_name]
        if unknown:
            raise LayerDependencyError(
                f"{layer}/{f.path.name} depends on {', '.join(f'{layer}.{d}' for d in unknown)}, "
                f"which is not a file in etl/sql/{layer}/"
            )
        undeclared = [r for r in f.references if r not in f.depends_on]
        if undeclared:
            raise LayerDependencyError(
                f"{layer}/{f.path.name} reads {', '.join(f'{layer}.{r}' for r in undeclared)} "
                f"without declaring it in its '{HEADER_PREFIX}' line"
            )
    ordered: list[LayerFile] = []
    done: set[str] = set()
    waiting = sorted(by_name)
    while waiting:
        ready = [name for name in waiting if set(by_name[name].depends_on) <= done]
        if not ready:
            raise LayerDependencyError(f"{layer}: the dependencies of {', '.join(waiting)} form a cycle")
        name = ready[0]  # the first ready file by name: a stable order
        ordered.append(by_name[name])
        done.add(name)
        waiting.remove(name)
    return ordered


def build_layer(con: duckdb.DuckDBPyConnection, layer: str, sql_dir: Path = SQL_DIR) -> list[str]:
    """Create one table per .sql file of the layer, each after the tables its `-- depends on:` line
    names (ties by file name); returns the table names in build order.

    Each file holds a single select (import CTEs, one CTE per step, `select * from final`). The
    order is checked before anything is built: an undeclared, unknown or circular dependency
    raises LayerDependencyError.
    """
    ordered = build_order(layer_files(layer, sql_dir), layer)
    con.execute(f"create schema if not exists {layer}")
    for f in ordered:
        con.execute(f"create or replace table {layer}.{ident(f.name)} as\n{f.path.read_text(encoding='utf-8')}")
    return [f.name for f in ordered]
