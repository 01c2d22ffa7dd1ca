"""The SQL layers: every mart declares the marts it reads, and a layer is built in dependency order."""

import re
from pathlib import Path

import duckdb
import pytest

from etl.sql_files import SQL_DIR, LayerDependencyError, build_layer, build_order, declared_dependencies, layer_files

MART_FILES = sorted((SQL_DIR / "marts").glob("*.sql"))


def _marts_read(path: Path) -> set[str]:
    """The marts a file's SQL reads, found independently of etl.sql_files: comments left out."""
    code = "\n".join(line.split("--", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return set(re.findall(r'\bmarts\s*\.\s*"?([a-z_][a-z0-9_]*)', code))


def _write_layer(folder: Path, files: dict[str, str]) -> Path:
    (folder / "marts").mkdir(parents=True)
    for name, text in files.items():
        (folder / "marts" / f"{name}.sql").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("path", MART_FILES, ids=[p.stem for p in MART_FILES])
def test_every_mart_declares_exactly_the_marts_it_reads(path):
    declared = declared_dependencies(path, "marts")
    assert declared is not None, f"{path.name} has no '-- depends on:' line"
    assert set(declared) == _marts_read(path), f"{path.name}: declared {sorted(declared)}"


def test_every_mart_still_starts_with_its_grain():
    for path in MART_FILES:
        assert path.read_text(encoding="utf-8").startswith("-- One row per"), path.name


def test_the_marts_are_built_after_what_they_depend_on_and_otherwise_by_name():
    ordered = [f.name for f in build_order(layer_files("marts"), "marts")]
    assert sorted(ordered) == [p.stem for p in MART_FILES]
    for f in layer_files("marts"):
        for dependency in f.depends_on:
            assert ordered.index(dependency) < ordered.index(f.name)
    independent = [f.name for f in layer_files("marts") if not f.depends_on]
    assert [name for name in ordered if name in independent] == sorted(independent)


def test_a_mart_depending_on_a_later_name_is_built_after_it(tmp_path):
    sql_dir = _write_layer(
        tmp_path,
        {
            "a_forecast": "-- depends on: marts.z_lines\nselect amount * 2 as forecast from marts.z_lines",
            "m_other": "-- One row per nothing.\n-- depends on: nothing\nselect 1 as one",
            "z_lines": "-- One row per line.\n-- depends on: nothing\nselect 21 as amount",
        },
    )
    con = duckdb.connect()
    assert build_layer(con, "marts", sql_dir) == ["m_other", "z_lines", "a_forecast"]
    assert con.execute("select forecast from marts.a_forecast").fetchall() == [(42,)]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        pytest.param(
            {"a": "-- One row per a.\nselect 1 as one"},
            "marts/a.sql: no '-- depends on:' line",
            id="missing-header",
        ),
        pytest.param(
            {
                "a": "-- depends on: marts.b\nselect * from marts.b",
                "b": "-- depends on: marts.a\nselect * from marts.a",
            },
            "marts: the dependencies of a, b form a cycle",
            id="cycle",
        ),
        pytest.param(
            {"a": "-- depends on: marts.a\nselect 1 as one from marts.a"},
            "marts: the dependencies of a form a cycle",
            id="itself",
        ),
        pytest.param(
            {"a": "-- depends on: marts.missing\nselect 1 as one"},
            "marts/a.sql depends on marts.missing, which is not a file in etl/sql/marts/",
            id="unknown",
        ),
        pytest.param(
            {"a": "-- depends on: nothing\nselect * from marts.b", "b": "-- depends on: nothing\nselect 1 as one"},
            "marts/a.sql reads marts.b without declaring it in its '-- depends on:' line",
            id="undeclared",
        ),
        pytest.param(
            {"a": "-- depends on: staging.projects\nselect 1 as one"},
            "marts/a.sql: '-- depends on:' lists 'staging.projects'; expected marts.<table>",
            id="other-layer",
        ),
    ],
)
def test_a_wrong_dependency_fails_before_anything_is_built(tmp_path, files, message):
    sql_dir = _write_layer(tmp_path, files)
    con = duckdb.connect()
    with pytest.raises(LayerDependencyError) as error:
        build_layer(con, "marts", sql_dir)
    assert message in str(error.value)
    assert con.execute("select count(*) from information_schema.tables where table_schema = 'marts'").fetchone() == (0,)


def test_a_mart_named_in_a_comment_is_no_dependency(tmp_path):
    sql_dir = _write_layer(
        tmp_path,
        {
            "a": "-- One row per a (breakdowns read marts.b).\n-- depends on: nothing\nselect 1 as one -- not marts.b",
            "b": "-- One row per b.\n-- depends on: nothing\nselect 2 as two",
        },
    )
    assert [f.name for f in build_order(layer_files("marts", sql_dir), "marts")] == ["a", "b"]
