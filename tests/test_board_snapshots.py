"""Frozen meeting snapshots: the slides of a prepared meeting stay the same after new loads,
a department's meeting holds nothing of other departments, and each viewer lists only their packs.
(Who may prepare, replace and find which meeting: tests/test_meeting_scopes.py.)"""

import ast
import datetime as dt
import os
import subprocess
import sys

import duckdb
import pytest

from cockpit.board.compare import compare_with_live
from cockpit.board.slides import SLIDE_KEYS, build_slides, portfolio_figures
from cockpit.board.snapshots import (
    MeetingExistsError,
    MeetingNotFoundError,
    list_meetings,
    open_meeting,
    prepare_meeting,
)
from cockpit.viewer import DEPARTMENT, Filters, Scope, Viewer
from common import settings
from common.settings import PROJECT_ROOT
from etl.load import load
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import BUDGET, STATUS_REPORTS, write_fixture

MEETING_DATE = dt.date(2026, 12, 9)
STABSSTELLE = Viewer()  # role CDO, everything: the command line's viewer
AS_OF = dt.date(2026, 10, 31)
OTHER_UNITS_TEXT = (
    "P-001",
    "P-003",
    "BS|ENERGY",
    "Freies WLAN in der Innenstadt",
    "Digitale Schulverwaltung",
    "FB 40",
    "100.000",
)


def slide_texts(slide) -> list[str]:
    """Every text a viewer reads on a slide: title, subtitle, bullets, status lines, table, chart labels."""
    texts = [slide.title, slide.subtitle, slide.footnote, *slide.bullets, *(i.text for i in slide.status_items)]
    if slide.table is not None:
        texts += [str(c) for c in slide.table.columns] + [str(v) for v in slide.table.to_numpy().ravel()]
    if slide.figure is not None:
        for trace in slide.figure.data:
            texts += [str(v) for v in (trace.x or ())] + [str(v) for v in (trace.text or ())]
    return texts


def by_key(slides):
    return {slide.key: slide for slide in slides}


@pytest.fixture
def meetings_dir(tmp_path):
    return tmp_path / "meetings"


@pytest.fixture
def live(monkeypatch, warehouse):
    monkeypatch.setattr(settings, "WAREHOUSE_PATH", warehouse)
    return warehouse


def reload_with_changes(tmp_path, warehouse):
    """A later delivery: P-002 is green again in October and its 2026 budget rose to 500.000 €."""
    reports = [
        dict(r, status_overall="grün", needs_board_decision="nein", board_decision_text="")
        if r["report_month"] == "10.2026"
        else r
        for r in STATUS_REPORTS
    ]
    budget = [dict(b, updated_plan_eur="500.000,00") if b["project_id"] == "P-002" else b for b in BUDGET]
    load(write_fixture(tmp_path / "later", status_reports=reports, budget=budget), warehouse, FIXTURE_DATE)


def department(*units: str) -> Viewer:
    return Viewer(role=DEPARTMENT, scope=Scope(units=units))


def test_a_snapshot_reopened_after_a_new_load_shows_the_frozen_figures(tmp_path, live, meetings_dir):
    earlier = dt.date(2026, 10, 7), dt.date(2026, 9, 30)  # slide 3's changes are since this prepared meeting
    prepare_meeting("Smart-City-Board 3/2026", *earlier, STABSSTELLE, warehouse=live, snapshots_dir=meetings_dir)
    prepared = prepare_meeting(
        "Smart-City-Board 4/2026", MEETING_DATE, AS_OF, STABSSTELLE, warehouse=live, snapshots_dir=meetings_dir
    )
    reload_with_changes(tmp_path, live)

    meeting = open_meeting(prepared.slug, STABSSTELLE, snapshots_dir=meetings_dir)
    slides = build_slides(meeting)
    assert [s.key for s in slides] == list(SLIDE_KEYS)
    assert all(s.subtitle == "Sitzung am 09.12.2026 · Datenstand 31.10.2026" for s in slides)
    frozen = by_key(slides)
    assert [(i.status, i.text.split(" (")[0]) for i in frozen["portfolio"].status_items][:3] == [
        ("rot", "1 Projekt"),
        ("gelb", "0 Projekte"),
        ("grün", "0 Projekte"),
    ]
    assert "Ansatz 2026 (fortgeschrieben): 320.000 €, davon 170.000 € Ist" in frozen["portfolio"].bullets
    assert [(i.status, i.text) for i in frozen["changes"].status_items] == [
        ("rot", "P-002 Geodatenportal: neu rot"),
        ("rot", "Neues hohes Risiko: P-002 – Lieferant fällt aus"),
    ]
    assert frozen["decisions"].table.iloc[0].tolist() == ["P-002 Geodatenportal", "✖ rot", "Neuvergabe freigeben"]

    now = {f.label: f.text for f in portfolio_figures(Viewer(filters=Filters(as_of=AS_OF)))}
    assert now["✖ rot"] == "0" and now["✔ grün"] == "1"
    assert now["Ansatz 2026 (fortgeschrieben)"] == "600.000 €"
    compared = compare_with_live(meeting, AS_OF).set_index("Kennzahl")
    assert compared.loc["✖ rot"].tolist() == ["1", "0", "−1"]
    assert compared.loc["Ansatz 2026 (fortgeschrieben)"].tolist() == ["320.000 €", "600.000 €", "+280.000 €"]


def test_a_department_meeting_shows_nothing_of_other_departments(live, meetings_dir):
    meeting = prepare_meeting(
        "FB 61 Jour fixe", MEETING_DATE, AS_OF, department("61"), warehouse=live, snapshots_dir=meetings_dir
    )
    slides = build_slides(meeting)
    texts = [text for slide in slides for text in slide_texts(slide)]
    leaks = [(needle, text) for text in texts for needle in OTHER_UNITS_TEXT if needle in text]
    assert leaks == []
    assert "Ansatz 2026 (fortgeschrieben): 220.000 €, davon 90.000 € Ist" in by_key(slides)["portfolio"].bullets
    assert "Sicht: Federführung 61" in by_key(slides)["title"].bullets
    with duckdb.connect(str(meeting.snapshot_path), read_only=True) as con:
        assert con.execute("select distinct lead_unit_id from marts.projects").fetchall() == [("61",)]
        assert con.execute("select distinct project_id from marts.budget_lines").fetchall() == [("P-002",)]


def test_each_viewer_lists_only_packs_of_their_scope(live, meetings_dir):
    def prepare(name, viewer):
        return prepare_meeting(name, MEETING_DATE, AS_OF, viewer, warehouse=live, snapshots_dir=meetings_dir)

    whole = prepare("Board", STABSSTELLE)
    fb61, fb61_65 = prepare("FB 61", department("61")), prepare("Forum 61 65", department("61", "65"))

    def listed(viewer):
        return {m.slug for m in list_meetings(viewer, snapshots_dir=meetings_dir)}

    assert listed(STABSSTELLE) == {whole.slug, fb61.slug, fb61_65.slug}
    assert listed(department("61")) == {fb61.slug}
    assert listed(department("61", "65")) == {fb61.slug, fb61_65.slug}
    assert listed(department("65")) == set()
    with pytest.raises(MeetingNotFoundError):
        open_meeting(whole.slug, department("61"), snapshots_dir=meetings_dir)
    with pytest.raises(MeetingNotFoundError):
        open_meeting("../warehouse", STABSSTELLE, snapshots_dir=meetings_dir)


def test_preparing_the_same_meeting_again_needs_replace(tmp_path, live, meetings_dir):
    first = prepare_meeting("Board", MEETING_DATE, AS_OF, STABSSTELLE, warehouse=live, snapshots_dir=meetings_dir)
    with pytest.raises(MeetingExistsError):
        prepare_meeting("Board", MEETING_DATE, AS_OF, STABSSTELLE, warehouse=live, snapshots_dir=meetings_dir)
    reload_with_changes(tmp_path, live)
    again = prepare_meeting(
        "Board", MEETING_DATE, AS_OF, STABSSTELLE, warehouse=live, snapshots_dir=meetings_dir, replace=True
    )
    assert again.slug == first.slug == "2026-12-09-board"
    assert sorted(p.name for p in meetings_dir.iterdir()) == ["2026-12-09-board.duckdb"]
    assert by_key(build_slides(again))["portfolio"].status_items[0].text == "0 Projekte"


# ---- the command line: python -m cockpit.board, without Streamlit ----------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The board command in its own process, as an administrator runs it (COCKPIT_TODAY as in the suite)."""
    return subprocess.run(
        [sys.executable, "-m", "cockpit.board", *args],
        cwd=PROJECT_ROOT,
        env={**os.environ, "COCKPIT_TODAY": FIXTURE_DATE.isoformat()},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_command_line_prepares_the_next_board_and_lists_it_without_streamlit(warehouse, meetings_dir):
    assert run_cli("--help").returncode == 0

    prepared = run_cli("--meetings-dir", str(meetings_dir), "prepare", "--db", str(warehouse))
    assert (prepared.returncode, prepared.stderr) == (0, "")
    assert "Vorbereitet: Smart-City-Board 4/2026 (Sitzung 09.12.2026, Datenstand 31.10.2026, gesamtes Portfolio)" in (
        prepared.stdout
    )

    listed = run_cli("--meetings-dir", str(meetings_dir), "list")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout.splitlines() == [
        "2026-12-09-smart-city-board-4-2026\tSmart-City-Board 4/2026\tSitzung 09.12.2026\t"
        "Datenstand 31.10.2026\tgesamtes Portfolio"
    ]


def test_the_command_line_prepares_a_department_meeting_beside_the_whole_portfolio_one(warehouse, meetings_dir):
    helped = run_cli("prepare", "--help")
    assert "--units" in helped.stdout and "gesamtes Portfolio" in helped.stdout
    whole = run_cli("--meetings-dir", str(meetings_dir), "prepare", "--db", str(warehouse))
    fb61 = run_cli("--meetings-dir", str(meetings_dir), "prepare", "--db", str(warehouse), "--units", "61")
    assert (whole.returncode, fb61.returncode, fb61.stderr) == (0, 0, "")
    assert "Sitzung 09.12.2026, Datenstand 31.10.2026, Federführung 61)" in fb61.stdout
    assert sorted(p.name for p in meetings_dir.iterdir()) == [
        "2026-12-09-smart-city-board-4-2026.duckdb",
        "2026-12-09-smart-city-board-4-2026_fb-61.duckdb",
    ]

    again = run_cli("--meetings-dir", str(meetings_dir), "prepare", "--db", str(warehouse), "--units", "61")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "Die Sitzung „Smart-City-Board 4/2026“ am 09.12.2026 (Federführung 61) ist schon vorbereitet; "
        "zum Ersetzen --replace angeben."
    )
    listed = run_cli("--meetings-dir", str(meetings_dir), "list", "--units", "61")
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["2026-12-09-smart-city-board-4-2026_fb-61"]


def test_the_board_package_imports_no_streamlit_and_has_no_import_cycle():
    imports = {}
    for path in (PROJECT_ROOT / "cockpit" / "board").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        upward = sorted(
            n for n in names if n.split(".")[0] == "streamlit" or n.startswith(("cockpit.ui", "cockpit.views"))
        )
        assert upward == [], f"cockpit/board/{path.name} imports {upward}"
        imports[f"cockpit.board.{path.stem}"] = {n for n in names if n.startswith("cockpit.board.")}

    def cycle_from(module, trail):
        for imported in imports.get(module, ()):
            if imported in trail:
                return [*trail, imported]
            if found := cycle_from(imported, [*trail, imported]):
                return found
        return None

    assert [cycle for module in imports if (cycle := cycle_from(module, [module]))] == []

    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, cockpit.board.__main__; print(sorted(m for m in sys.modules if 'streamlit' in m))",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
