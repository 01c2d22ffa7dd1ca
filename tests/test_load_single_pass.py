"""The one-pass load keeps what the careful path did: spaces around values, non-ASCII rows in Windows-1252."""

import copy

import duckdb

from etl.load import load
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
