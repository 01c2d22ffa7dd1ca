"""The one-pass load keeps what the careful path did: spaces around values (also where the survey's byte check must
see them), NFC across the survey's chunks, non-ASCII rows in Windows-1252, UTF-8 with a BOM, and a delivery's small
files read in one statement that falls back to one file at a time."""

import codecs
import copy

import duckdb
import pytest

from etl.contracts import load_contracts
from etl.findings import LoadRejected
from etl.load import load
from etl.survey import CHUNK_BYTES
from tests.conftest import FIXTURE_DATE
from tests.fixture_deliveries import FIXTURE, write_delivery, write_fixture


def _rows(path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_values_with_spaces_around_them_load_as_if_typed_without(tmp_path):
    rows = copy.deepcopy(FIXTURE["parking_transactions"])
    rows[0].update(zone=" I a ", parking_fee_eur="1,80 ", channel=" App", number_plate=" BS-AB 1234 ")
    rows[1].update(zone="Zone X ")
    folder = write_fixture(tmp_path / "deliveries", parking_transactions=rows)
    db = tmp_path / "warehouse.duckdb"

    load(folder, db, FIXTURE_DATE)

    first = _rows(db, "select zone, parking_fee_eur, channel from staging.parking_transactions where source_row = 2")
    assert first == [("I a", 1.8, "App")]
    keys = _rows(db, "select count(distinct vehicle_key) from staging.parking_transactions")
    assert keys == [(1,)]  # the padded plate is the same vehicle as the others
    assert _rows(db, "select source_row, value, message from marts.quarantine") == [
        (3, "Zone X", '"Zone X" ist kein erlaubter Wert; erwartet: eins von I, I a, I b, II')
    ]


def test_a_windows_1252_export_with_umlauts_in_its_rows_loads_them_as_written(tmp_path):
    rows = copy.deepcopy(FIXTURE["parking_transactions"])
    rows[0].update(transaction_id="T-Ä1", number_plate="GÖ-ÄB 12")
    folder = write_fixture(tmp_path / "deliveries")
    write_delivery(folder, "parking_transactions", rows, encoding="cp1252")
    db = tmp_path / "warehouse.duckdb"

    result = load(folder, db, FIXTURE_DATE)

    ids = _rows(db, "select transaction_id from staging.parking_transactions order by source_row")
    assert ids[0] == ("T-Ä1",)
    assert len(ids) == len(rows)
    parking = next(f for f in result.files if f["delivery"] == "parking_transactions")
    assert (parking["encoding"], parking["rows_loaded"], parking["rows_quarantined"]) == ("cp1252", len(rows), 0)


def test_a_delivery_in_several_files_loads_each_whole_and_names_the_row_with_too_many_fields(tmp_path):
    folder = write_fixture(tmp_path / "deliveries")
    november = [{**row, "transaction_id": row["transaction_id"] + "-N"} for row in FIXTURE["parking_transactions"]]
    path = write_delivery(folder, "parking_transactions", november, file_name="parking_november.csv")
    with path.open("a", encoding="utf-8") as handle:  # the small files of a delivery are read in one statement
        handle.write("T-X;I a;02.11.2026 09:00;02.11.2026 10:00;1,00;0,10;App;BS-AB 1234;zu viel\r\n")
    db = tmp_path / "warehouse.duckdb"

    result = load(folder, db, FIXTURE_DATE)

    files = {
        f["file"]: (f["rows_loaded"], f["rows_quarantined"])
        for f in result.files
        if f["delivery"] == "parking_transactions"
    }
    assert files == {
        "parking_transactions.csv": (len(november), 0),
        "parking_november.csv": (len(november), 1),
    }
    assert _rows(db, "select source_file, source_row, message from marts.quarantine") == [
        ("parking_november.csv", len(november) + 2, "Zeile hat 9 Felder; erwartet: 8 wie die Kopfzeile")
    ]
    loaded = _rows(db, "select source_file, count(*) from staging.parking_transactions group by all order by all")
    assert loaded == [("parking_november.csv", len(november)), ("parking_transactions.csv", len(november))]


def test_the_small_files_of_a_delivery_read_in_one_statement_keep_their_own_counts(tmp_path):
    folder = write_fixture(tmp_path / "deliveries")
    template = FIXTURE["parking_transactions"][0]
    november = [{**template, "transaction_id": f"T-N{n}"} for n in range(3)]
    write_delivery(folder, "parking_transactions", november, file_name="parking_november.csv")
    db = tmp_path / "warehouse.duckdb"

    result = load(folder, db, FIXTURE_DATE)

    files = {f["file"]: f["rows_loaded"] for f in result.files if f["delivery"] == "parking_transactions"}
    assert files == {"parking_transactions.csv": len(FIXTURE["parking_transactions"]), "parking_november.csv": 3}
    rows = "select source_file, min(source_row), max(source_row) from staging.parking_transactions group by 1"
    assert sorted(_rows(db, rows)) == [("parking_november.csv", 2, 4), ("parking_transactions.csv", 2, 3)]


def _parking_csv(rows: list[dict], end: str = "\r\n") -> str:
    """Parking transactions as a UTF-8 CSV without BOM, the channel last (a column order of the file's own)."""
    columns = sorted(load_contracts()["parking_transactions"].columns, key=lambda c: c.name == "channel")
    lines = [";".join(c.label for c in columns)] + [";".join(row[c.name] for c in columns) for row in rows]
    return "\r\n".join(lines) + end


@pytest.mark.parametrize(("row", "column", "value"), [(0, "transaction_id", " T-1"), (-1, "channel", "SMS ")])
def test_a_space_at_the_start_of_a_line_or_the_end_of_the_file_is_trimmed(tmp_path, row, column, value):
    rows = copy.deepcopy(FIXTURE["parking_transactions"])
    rows[row][column] = value  # the first value of the first row, or the last value of the file (no line break)
    folder = write_fixture(tmp_path / "deliveries")
    (folder / "parking_transactions.csv").write_text(_parking_csv(rows, end=""), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"

    load(folder, db, FIXTURE_DATE)

    assert _rows(db, "select count(*) from marts.quarantine") == [(0,)]
    loaded = _rows(db, f"select {column} from staging.parking_transactions order by source_row")
    assert loaded[row] == (value.strip(),)


def test_a_decomposed_umlaut_across_the_surveys_chunks_is_loaded_composed(tmp_path):
    template = FIXTURE["parking_transactions"][0]
    many = [{**template, "transaction_id": f"T-{n}"} for n in range(2 * CHUNK_BYTES // 60)]
    head = _parking_csv(many).encode("utf-8")[: 2 * CHUNK_BYTES - 300]
    head = head[: head.rindex(b"\r\n") + 2]  # whole rows, ending a little before the second chunk's end
    rest_of_row = len(_parking_csv([{**template, "transaction_id": ""}]).split("\r\n")[1]) + 2
    filler = {**template, "transaction_id": "F-" + "x" * (2 * CHUNK_BYTES - 3 - len(head) - rest_of_row - 2)}
    # the header's umlauts in the first chunk; the second all ASCII, ending with "T-A"; the third begins with the mark
    decomposed = {**template, "transaction_id": "T-A\u0308"}
    tail = _parking_csv([filler, decomposed]).split("\r\n", 1)[1].encode("utf-8")
    data = head + tail
    assert data[CHUNK_BYTES : 2 * CHUNK_BYTES].isascii() and data[: 2 * CHUNK_BYTES].endswith(b"T-A")
    assert data[2 * CHUNK_BYTES :].startswith("\u0308".encode())
    folder = write_fixture(tmp_path / "deliveries")
    (folder / "parking_transactions.csv").write_bytes(data)
    db = tmp_path / "warehouse.duckdb"

    load(folder, db, FIXTURE_DATE)

    assert _rows(db, "select count(*) from staging.parking_transactions where transaction_id = 'T-\u00c4'") == [(1,)]


def test_a_file_with_a_utf8_bom_and_bytes_that_are_no_utf8_is_refused_by_name(tmp_path):
    template = FIXTURE["parking_transactions"][0]
    rows = [{**template, "transaction_id": f"T-{n}"} for n in range(400)]  # the bad byte well below the sniffed head
    rows[-1]["channel"] = "Äpp"
    folder = write_fixture(tmp_path / "deliveries")
    path = folder / "parking_transactions.csv"
    data = _parking_csv(rows).encode("utf-8").replace("Äpp".encode(), "Äpp".encode("cp1252"))
    path.write_bytes(codecs.BOM_UTF8 + data)  # a BOM as Excel's "CSV UTF-8" writes it, then a Windows-1252 byte
    db = tmp_path / "warehouse.duckdb"

    with pytest.raises(LoadRejected) as rejected:
        load(folder, db, FIXTURE_DATE)

    assert [f.file for f in rejected.value.findings if "nicht lesbar" in f.message] == ["parking_transactions.csv"]
    assert not db.exists()
