"""The journal's on-disk format is its literal schema, one per format version.

What a journal stores of a `Charge` (its fields, the `rows` columns) belongs to the format:
a change to `Charge` that would change it fails here until `SCHEMA_VERSION` is bumped and the
new format is pinned beside the old ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import attrs
from propexo import Charge
from propexo.journal._schema import (
    CHARGE_FIELDS,
    DDL,
    INSERT_ROW,
    ROW_COLUMNS,
    SCHEMA_VERSION,
    create_schema,
    row_values,
    stored_charge,
)

#: Each format version's digest of its statements and stored charge fields. A new format is
#: a new entry: an entry is never edited (journals of that version exist).
FORMATS = {1: "31c4479e66eba193c98f911afcbe0c13ee9c18c5ab97f7dff5e87317dff7d6b6"}
V1_JOURNAL = Path(__file__).parents[1] / "charges" / "data" / "charges_v1" / "journal.sqlite"


def _format_digest() -> str:
    return hashlib.sha256(f"{DDL}\n{CHARGE_FIELDS}\n{ROW_COLUMNS}".encode()).hexdigest()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def test_the_format_of_the_current_version_is_the_one_pinned_for_it() -> None:
    assert FORMATS[SCHEMA_VERSION] == _format_digest(), (
        "the journal's format changed: bump SCHEMA_VERSION and pin the new format"
    )


def test_the_journal_stores_every_charge_field_and_no_other() -> None:
    # A field added to `Charge` is stored (in `rows.charge`) by a journal that does not
    # know it: that changes the format, so it changes CHARGE_FIELDS (and the version).
    assert tuple(f.name for f in attrs.fields(Charge)) == CHARGE_FIELDS
    assert set(ROW_COLUMNS) <= set(CHARGE_FIELDS)


def test_the_rows_table_has_the_columns_its_insert_fills() -> None:
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    assert _columns(conn, "rows") == ["row", "chunk_idx", "position", *ROW_COLUMNS, "charge"]
    charge = Charge(
        resident_id="res-1",
        transaction_date="2026-03-01T00:00:00-05:00",
        amount_in_cents=125000,
        notes="März",
        location_id="L1",
        post_month="2026-03",
    )
    conn.execute(
        "INSERT INTO chunks VALUES (0, 'c', 'L1', 1, 1, 'f', 'planned', "
        "NULL, NULL, NULL, 0, NULL, 'now')"
    )
    conn.execute(INSERT_ROW, (1, 0, 0, *row_values(charge)))
    stored = conn.execute(f"SELECT {', '.join(ROW_COLUMNS)}, charge FROM rows").fetchone()
    assert stored[:-1] == ("res-1", "2026-03-01T00:00:00-05:00", 125000, None)
    assert stored_charge(stored[-1]) == charge
    assert stored_charge(stored[-1]).transaction_date == dt.datetime.fromisoformat(
        "2026-03-01T00:00:00-05:00"
    )


def test_a_journal_written_by_an_earlier_release_has_the_tables_and_columns_of_its_version(
    tmp_path: Path,
) -> None:
    # A copy: even a read-only open of a WAL journal writes files beside it.
    copy = tmp_path / "v1.journal"
    shutil.copyfile(V1_JOURNAL, copy)
    earlier = sqlite3.connect(copy)
    fresh = sqlite3.connect(":memory:")
    create_schema(fresh)
    tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    names = [r[0] for r in fresh.execute(tables)]
    assert [r[0] for r in earlier.execute(tables)] == names
    assert earlier.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    for table in names:
        assert _columns(earlier, table) == _columns(fresh, table), table
