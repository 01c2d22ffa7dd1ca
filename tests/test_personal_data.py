"""Number plates never reach the warehouse; repeat parkers can still be counted."""

import duckdb

from etl.contracts import load_contracts

PLATE_SPELLINGS = ("BS-AB 1234", "BS AB1234", "BSAB1234")


def _all_text(path) -> list[str]:
    """Every text value and every column name in every table of the warehouse."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        texts = []
        for schema, table, column, data_type in con.execute(
            "select table_schema, table_name, column_name, data_type from information_schema.columns"
        ).fetchall():
            texts.append(column)
            if data_type.startswith("VARCHAR"):
                rows = con.execute(f'select distinct cast("{column}" as varchar) from {schema}."{table}"').fetchall()
                texts += [r[0] for r in rows if r[0] is not None]
        return texts
    finally:
        con.close()


def test_no_number_plate_is_stored_anywhere(fixture_warehouse):
    texts = _all_text(fixture_warehouse)
    assert not [t for t in texts if any(p in t for p in PLATE_SPELLINGS)]
    assert "number_plate" not in texts
    assert "Kennzeichen" not in texts


def test_the_same_plate_in_different_spellings_gets_one_vehicle_key(fixture_warehouse):
    con = duckdb.connect(str(fixture_warehouse), read_only=True)
    keys = con.execute("select distinct vehicle_key from staging.parking_transactions").fetchall()
    con.close()
    assert len(keys) == 1
    assert isinstance(keys[0][0], int) and 0 <= keys[0][0] < 2**64  # a 64-bit pseudonym, not the plate


def test_only_the_pseudonymised_column_holds_personal_data():
    personal = [(c.name, c.name) for contract in load_contracts().values() for c in contract.columns if c.personal]
    assert personal == [("number_plate", "number_plate")]
    assert load_contracts()["parking_transactions"].column("number_plate").stored_name == "vehicle_key"
