"""The demo generator: deterministic files that cover every contract and tell the intended story.

Reads the demo deliveries that tests/test_demo_warehouse.py loads (generated once per session).
"""

import datetime as dt
import hashlib
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from etl.contracts import load_contracts
from etl.demo import generate_demo
from tests.fixture_deliveries import DEMO_SCALE, DEMO_TODAY, demo_deliveries

TODAY = DEMO_TODAY
SCALE = DEMO_SCALE
WATCHED_STATUSES = ["Status gesamt", "Status Termine", "Status Budget", "Status Umfang/Qualität", "Status Risiken"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    return demo_deliveries(tmp_path_factory, SCALE, seed=2016, today=TODAY)


def _encoding(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xff\xfe"):
        return "utf-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _first_rows(path: Path) -> list[list[str]]:
    """The first two rows of a delivery, as text."""
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path, read_only=True).active
        return [[c for c in row if c is not None] for row in sheet.iter_rows(max_row=2, values_only=True)]
    lines = path.read_bytes().decode(_encoding(path)).split("\r\n")[:2]
    return [line.split(";") for line in lines]


def _read_csvs(demo_dir: Path, pattern: str) -> pd.DataFrame:
    frames = [
        pd.read_csv(p, sep=";", dtype=str, keep_default_na=False, encoding=_encoding(p))
        for p in sorted(demo_dir.glob(pattern))
    ]
    return pd.concat(frames, ignore_index=True)


def _projects(demo_dir: Path) -> pd.DataFrame:
    return pd.read_excel(demo_dir / "projects.xlsx", header=1, dtype=str)


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_same_seed_and_day_give_identical_bytes(demo_dir, tmp_path):
    paths = generate_demo(tmp_path / "again", seed=2016, scale=SCALE, today=TODAY)
    assert {p.name for p in paths} == set(_digest(demo_dir))
    assert _digest(tmp_path / "again") == _digest(demo_dir)


def test_every_contract_has_a_file_whose_header_row_is_its_labels(demo_dir):
    found = set()
    for path in demo_dir.iterdir():
        for row in _first_rows(path):
            found |= {name for name, c in load_contracts().items() if row == [col.label for col in c.columns]}
    assert found == set(load_contracts())


def test_encodings_are_mixed_as_offices_send_them(demo_dir):
    encodings = {_encoding(p) for p in demo_dir.glob("*.csv")}
    assert {"cp1252", "utf-8-sig", "utf-16", "utf-8"} <= encodings


def test_an_xlsx_has_a_title_line_above_the_header(demo_dir):
    title, header = _first_rows(demo_dir / "projects.xlsx")
    assert title[0].startswith("Projektliste Smart City, Stand 31.10.2026")
    assert header == [c.label for c in load_contracts()["projects"].columns]


def test_exactly_one_project_was_stopped(demo_dir):
    assert (_projects(demo_dir)["Phase"] == "Eingestellt").sum() == 1


def test_smart_living_is_the_only_field_without_an_active_project(demo_dir):
    projects = _projects(demo_dir)
    active = projects[projects["Phase"].isin(["Planung", "Umsetzung", "Betrieb"])]
    fields = load_contracts()["projects"].column("field_primary").enum
    uncovered = set(fields) - set(active["Handlungsfeld"])
    assert uncovered == {"Smart Living"}
    assert "Smart Living" not in set(active["Weiteres Handlungsfeld"])


def test_every_status_change_has_a_reason(demo_dir):
    reports = _read_csvs(demo_dir, "status_reports_*.csv")
    reports["month"] = pd.to_datetime(reports["Berichtsmonat"], format="%m.%Y")
    reports = reports.sort_values(["Projekt-ID", "Bewertung durch", "month"])
    previous = reports.groupby(["Projekt-ID", "Bewertung durch"])[WATCHED_STATUSES].shift()
    changed = (previous.notna().all(axis=1)) & (previous != reports[WATCHED_STATUSES]).any(axis=1)
    assert changed.sum() > 20
    assert (reports.loc[changed, "Begründung"] != "").all()


def test_stabsstelle_is_sometimes_stricter_than_the_department(demo_dir):
    reports = _read_csvs(demo_dir, "status_reports_*.csv")
    both = reports.pivot_table(
        index=["Projekt-ID", "Berichtsmonat"], columns="Bewertung durch", values="Status gesamt", aggfunc="first"
    ).dropna()
    assert ((both["Fachbereich"] == "grün") & (both["Stabsstelle"] == "gelb")).any()


def test_nothing_is_reported_after_the_delivery_day(demo_dir):
    reports = _read_csvs(demo_dir, "status_reports_*.csv")
    assert pd.to_datetime(reports["Berichtsmonat"], format="%m.%Y").max() == pd.Timestamp(2026, 10, 1)
    usage = _read_csvs(demo_dir, "wlan_usage_*.csv")
    days = pd.to_datetime(usage["Datum"], format="%d.%m.%Y", errors="coerce")
    assert days.max() == pd.Timestamp(TODAY - dt.timedelta(days=1))


def test_board_decisions_always_carry_their_question(demo_dir):
    reports = _read_csvs(demo_dir, "status_reports_*.csv")
    needs = reports[reports["Entscheidung Board nötig"] == "ja"]
    assert 3 <= len(needs) <= 10
    assert (needs["Entscheidungsbedarf"] != "").all()


def test_scale_shrinks_the_parking_feed(demo_dir):
    transactions = _read_csvs(demo_dir, "parking_transactions_2024.csv")
    assert abs(len(transactions) - 530_000 * SCALE) < 0.05 * 530_000 * SCALE


def test_the_fast_csv_writer_writes_the_same_bytes_as_pandas_and_leaves_quoting_to_it():
    import csv

    import numpy as np

    from etl.demo.writers import _plain_csv

    rows = 12_000
    frame = pd.DataFrame(
        {
            "Transaktions-ID": np.array([f"HP{i:09d}" for i in range(rows)], dtype=object),
            "Parkgebühr (€)": np.array(["1,35", None, ""] * (rows // 3), dtype=object),
            "Kennzeichen": np.array(["BS-AB 12", "SZ-KT 9"] * (rows // 2), dtype=object),
        }
    )
    expected = frame.to_csv(sep=";", index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    assert _plain_csv(frame) == expected
    frame.loc[5, "Kennzeichen"] = 'BS; "X"'  # needs quotes: left to pandas
    assert _plain_csv(frame) is None
