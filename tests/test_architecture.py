"""The layer rule as tests: layers only point down, no import cycles, small modules, one clock.

pages -> cockpit.ui / cockpit.views -> cockpit.board -> cockpit.data_access
      -> cockpit.viewer / cockpit.i18n / cockpit.presentation -> common
etl -> common. Imports are read with ast (also those inside functions); relative imports are resolved.
Only project modules count: common, etl, cockpit, pages and dashboard.
"""

import ast
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from common import clock

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PACKAGES = ("common", "etl", "cockpit", "pages")
SKIPPED_FOLDERS = {".venv", "tests", "data", "__pycache__", ".git"}
MAX_PAGE_LINES = 80
MAX_MODULE_LINES = 300


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    is_package: bool


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _project_modules() -> dict[str, Module]:
    paths = [ROOT / "dashboard.py"]
    for package in PROJECT_PACKAGES:
        paths += [p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts]
    modules = {}
    for path in paths:
        name, is_package = _module_name(path)
        modules[name] = Module(name, path, is_package)
    return modules


MODULES = _project_modules()


def _is_project(name: str) -> bool:
    return name == "dashboard" or name.split(".")[0] in PROJECT_PACKAGES


def _imported_names(module: Module) -> list[tuple[str, int]]:
    """Every module name this module imports (absolute, relative ones resolved), with its line number.

    `from a.b import c` gives a.b.c when that is a module, else a.b (c is a name defined in a.b).
    """
    tree = ast.parse(module.path.read_text(encoding="utf-8"), filename=str(module.path))
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base_parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}" if base else alias.name
                found.append((candidate if candidate in MODULES else base, node.lineno))
    return found


IMPORTS = {name: _imported_names(module) for name, module in MODULES.items()}


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def _offenders(importers: list[str], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{importer} ({MODULES[importer].path.relative_to(ROOT)}:{line}) imports {imported}"
        for importer in importers
        for imported, line in IMPORTS[importer]
        if _within(imported, forbidden)
    ]


def _modules_in(*prefixes: str) -> list[str]:
    return sorted(name for name in MODULES if _within(name, prefixes))


def test_the_project_modules_are_found():
    assert {"dashboard", "common.clock", "cockpit.viewer", "cockpit.data_access", "etl.load"} <= set(MODULES)
    assert any(name.startswith("pages.") for name in MODULES)


def test_imports_inside_functions_and_relative_imports_are_resolved(tmp_path):
    source = tmp_path / "example.py"
    source.write_text(
        "from . import common\n"
        "from ..viewer import Viewer\n"
        "from cockpit.data_access import portfolio, warehouse_version\n"
        "def show():\n"
        "    import streamlit as st\n"
        "    from .. import i18n\n",
        encoding="utf-8",
    )
    module = Module("cockpit.views.example", source, is_package=False)
    assert sorted(name for name, _ in _imported_names(module)) == [
        "cockpit.data_access",
        "cockpit.data_access.portfolio",
        "cockpit.i18n",
        "cockpit.viewer",
        "cockpit.views.common",
        "streamlit",
    ]
    package = Module("cockpit.views", source, is_package=True)
    assert "cockpit.views.common" in {name for name, _ in _imported_names(package)}


LAYER_RULES = {
    "etl imports nothing of cockpit": (_modules_in("etl"), ("cockpit",)),
    "cockpit imports nothing of etl": (_modules_in("cockpit"), ("etl",)),
    "common imports nothing of cockpit, etl or streamlit": (_modules_in("common"), ("cockpit", "etl", "streamlit")),
    "data access is plain: no streamlit, no ui, views, texts, i18n or presentation": (
        _modules_in("cockpit.data_access"),
        ("streamlit", "cockpit.ui", "cockpit.views", "cockpit.texts", "cockpit.i18n", "cockpit.presentation"),
    ),
    "viewer, i18n, presentation, board, access and audit are plain: no streamlit, ui or views": (
        _modules_in(
            "cockpit.viewer", "cockpit.i18n", "cockpit.presentation", "cockpit.board", "cockpit.access", "cockpit.audit"
        ),
        ("streamlit", "cockpit.ui", "cockpit.views"),
    ),
    "pages hold no SQL engine and no ETL": (_modules_in("pages"), ("duckdb", "etl")),
}


@pytest.mark.parametrize("rule", LAYER_RULES, ids=list(LAYER_RULES))
def test_layers_only_point_down(rule):
    importers, forbidden = LAYER_RULES[rule]
    assert importers, f"{rule}: no modules found"
    offenders = _offenders(importers, forbidden)
    assert not offenders, f"{rule}:\n" + "\n".join(offenders)


def _strongly_connected_components(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (no recursion limit for long chains)."""
    index: dict[str, int] = {}
    lowlink: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = lowlink[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = lowlink[successor] = counter
                    counter += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    advanced = True
                    break
                if successor in on_stack:
                    lowlink[node] = min(lowlink[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                lowlink[parent] = min(lowlink[parent], lowlink[node])
            if lowlink[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def _parent_packages(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _import_graph() -> dict[str, set[str]]:
    """Who imports whom. Importing a.b.c first runs the __init__ of a and a.b: those count as imported too,
    except the importer's own packages (a package's submodules import their siblings while it initialises)."""
    graph = {}
    for name in MODULES:
        own = set(_parent_packages(name))
        edges = set()
        for imported, _ in IMPORTS[name]:
            edges |= {p for p in _parent_packages(imported) if p in MODULES and p not in own}
            edges.add(imported)
        graph[name] = {imported for imported in edges if imported in MODULES and imported != name}
    return graph


def test_cycle_finder_finds_a_cycle_and_leaves_a_chain_alone():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    components = _strongly_connected_components(graph)
    assert [c for c in components if len(c) > 1] == [["a", "b", "c"]]


def test_no_import_cycles_among_project_modules():
    graph = _import_graph()
    cycles = [component for component in _strongly_connected_components(graph) if len(component) > 1]
    described = []
    for component in cycles:
        members = set(component)
        edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a] & members)]
        described.append(f"cycle among {', '.join(component)}: " + "; ".join(edges))
    assert not cycles, "\n".join(described)


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _project_files(suffix: str) -> list[Path]:
    files = []
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS and not d.startswith("."))
        files += [Path(folder) / name for name in sorted(names) if name.endswith(suffix)]
    return files


def test_every_page_is_at_most_80_lines():
    pages = sorted((ROOT / "pages").glob("*.py"))
    assert pages
    too_long = {str(p.relative_to(ROOT)): _line_count(p) for p in pages if _line_count(p) > MAX_PAGE_LINES}
    assert not too_long, f"pages over {MAX_PAGE_LINES} lines (move the detail to cockpit/views/): {too_long}"


def test_no_module_is_over_300_lines():
    modules = _project_files(".py")
    assert ROOT / "dashboard.py" in modules and ROOT / "common" / "clock.py" in modules
    too_long = {str(p.relative_to(ROOT)): _line_count(p) for p in modules if _line_count(p) > MAX_MODULE_LINES}
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines: {too_long}"


# The machine's date, in Python and in DuckDB's SQL; `clock.timestamp()` and `clock.today()` are the way to ask.
PYTHON_CLOCK_READS = re.compile(r"date\.today\(|datetime\.now\(|datetime\.today\(|\bcurrent_date\b|\bnow\(\)")
SQL_CLOCK_READS = re.compile(
    r"\bcurrent_date\b|\bcurrent_timestamp\b|\bnow\s*\(\s*\)|\btoday\s*\(\s*\)|\bget_current_timestamp\b",
    re.IGNORECASE,
)
CLOCK_MODULE = ROOT / "common" / "clock.py"


def _clock_reads(paths: list[Path], pattern: re.Pattern) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in paths
        if path != CLOCK_MODULE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]


def test_the_clock_pattern_sees_what_it_should():
    assert PYTHON_CLOCK_READS.search("day = dt.date.today()")
    assert PYTHON_CLOCK_READS.search("stamp = datetime.now()")
    assert PYTHON_CLOCK_READS.search("where day <= current_date")
    assert PYTHON_CLOCK_READS.search("select now()")
    assert not PYTHON_CLOCK_READS.search("created_at=clock.timestamp(),")
    assert not PYTHON_CLOCK_READS.search("day = clock.today()")
    assert SQL_CLOCK_READS.search("where x < CURRENT_DATE") and SQL_CLOCK_READS.search("select today()")
    assert not SQL_CLOCK_READS.search("where report_date <= getvariable('as_of')")


def test_only_common_clock_reads_the_machines_date():
    python_files, sql_files = _project_files(".py"), _project_files(".sql")
    assert CLOCK_MODULE in python_files and sql_files
    reads = _clock_reads(python_files, PYTHON_CLOCK_READS) + _clock_reads(sql_files, SQL_CLOCK_READS)
    assert not reads, "read the day from common.clock (or the viewer's day), not the machine:\n" + "\n".join(reads)


def test_data_access_slides_and_the_etl_load_without_streamlit():
    code = """
import importlib, pkgutil, sys
import cockpit.data_access
for info in pkgutil.iter_modules(cockpit.data_access.__path__, "cockpit.data_access."):
    importlib.import_module(info.name)
import cockpit.board.slides
import etl.load
loaded = sorted(name for name in sys.modules if name.startswith("cockpit.data_access."))
print(",".join(loaded))
print("streamlit" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded, streamlit_loaded = result.stdout.strip().splitlines()[-2:]
    expected = {f"cockpit.data_access.{p.stem}" for p in (ROOT / "cockpit" / "data_access").glob("*.py")}
    assert expected - {"cockpit.data_access.__init__"} <= set(loaded.split(","))
    assert streamlit_loaded == "False", "streamlit is imported by the plain layers"


def test_clock_reads_the_pinned_day(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, "2026-11-26")
    assert clock.today().isoformat() == "2026-11-26"
    assert clock.timestamp().date().isoformat() == "2026-11-26"
    monkeypatch.setenv(clock.ENVIRONMENT_VARIABLE, "26.11.2026")
    assert clock.today().isoformat() == "2026-11-26"


@pytest.mark.parametrize("malformed", ["2026-13-45", "morgen", "26/11/2026"])
def test_malformed_pinned_day_names_the_variable(monkeypatch, malformed):
    monkeypatch.setenv("COCKPIT_TODAY", malformed)
    with pytest.raises(clock.ClockConfigurationError, match="COCKPIT_TODAY"):
        clock.today()
    with pytest.raises(clock.ClockConfigurationError, match="COCKPIT_TODAY"):
        clock.timestamp()
