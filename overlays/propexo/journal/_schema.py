"""The journal's SQLite schema, and the checks that tell a journal from anything else.

One file per run. `run` holds one row: what the journal was made for. `chunks` and `rows` are
the plan (each row keeps its charge, so the plan can be rebuilt and checked against its
fingerprint, and reconciled without the input file). `jobs` holds each accepted chunk's write
job and its last tracked status (`retry`: NULL, "sending" while a retry request is out, then
the retried job's id); `events` is the append-only history. The token is never
stored anywhere in it.

The statements are written out for each format version, never derived from `Charge`: the
bytes of a journal are its format. How a `Charge` becomes a `rows` row and back is here too
(`row_values`, `stored_charge`): a change to `Charge` that changes what a journal stores (a
field added, renamed or dropped) changes `CHARGE_FIELDS`, the statements and `SCHEMA_VERSION`
together (tests/test_journal_schema.py pins each version's format).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from ..charges import Charge
from ._errors import JournalError, corrupt

SCHEMA_VERSION = 1
APPLICATION_ID = 0x50584A31  # "PXJ1" in the SQLite header: a quick "is this a journal" check
SQLITE_MAGIC = b"SQLite format 3\x00"

#: The `Charge` fields a journal of this version stores, in `Charge` order: each charge whole
#: as `Charge.to_json()` (JSON, unset options left out) in `rows.charge`.
CHARGE_FIELDS = (
    "resident_id",
    "charge_code_id",
    "transaction_date",
    "notes",
    "amount_in_cents",
    "reference_number",
    "location_id",
    "property_id",
    "unit_id",
    "financial_account_id",
    "lease_id",
    "description",
    "post_month",
)
#: The fields `rows` also keeps in columns of their own (as their JSON values), for queries
#: by hand and reconciliation; older journals list them in this order too.
ROW_COLUMNS = ("resident_id", "transaction_date", "amount_in_cents", "reference_number")
#: Format version 1, as every journal of it holds it.
DDL = """
CREATE TABLE schema_version (
    version     INTEGER NOT NULL
);
CREATE TABLE run (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    created_at          TEXT NOT NULL,
    client_version      TEXT NOT NULL,
    base_url            TEXT NOT NULL,
    vendor              TEXT NOT NULL,
    integration_id      TEXT NOT NULL,
    max_batch_size      INTEGER NOT NULL CHECK (max_batch_size >= 1),
    input_fingerprint   TEXT NOT NULL,
    plan_fingerprint    TEXT NOT NULL,
    charge_count        INTEGER NOT NULL,
    chunk_count         INTEGER NOT NULL
);
CREATE TABLE chunks (
    idx             INTEGER PRIMARY KEY,
    chunk_id        TEXT NOT NULL UNIQUE,
    partition       TEXT NOT NULL,
    part            INTEGER NOT NULL,
    size            INTEGER NOT NULL CHECK (size >= 1),
    fingerprint     TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'accepted', \
'rejected', 'unknown')),
    job_id          TEXT,
    status_code     INTEGER,
    error           TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    resolved_by     TEXT,
    updated_at      TEXT NOT NULL
);
CREATE TABLE rows (
    row                 INTEGER PRIMARY KEY,
    chunk_idx           INTEGER NOT NULL REFERENCES chunks(idx),
    position            INTEGER NOT NULL,
    resident_id         TEXT,
    transaction_date    TEXT NOT NULL,
    amount_in_cents     INTEGER NOT NULL,
    reference_number    TEXT,
    charge              TEXT NOT NULL,
    UNIQUE (chunk_idx, position)
);
CREATE TABLE jobs (
    job_id              TEXT PRIMARY KEY,
    chunk_idx           INTEGER NOT NULL REFERENCES chunks(idx),
    root_job_id         TEXT NOT NULL,
    write_status        TEXT,
    errors              TEXT NOT NULL DEFAULT '[]',
    created_record_id   TEXT,
    checked_at          TEXT,
    retry               TEXT
);
CREATE TABLE events (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    chunk_idx   INTEGER,
    state       TEXT,
    detail      TEXT
);
CREATE INDEX rows_by_chunk ON rows (chunk_idx, position);
CREATE INDEX jobs_by_chunk ON jobs (chunk_idx);
"""
TABLES = frozenset({"schema_version", "run", "chunks", "rows", "jobs", "events"})
#: How a new journal's rows are written: the row, its chunk and place, `row_values`.
INSERT_ROW = (
    f"INSERT INTO rows (row, chunk_idx, position, {', '.join(ROW_COLUMNS)}, charge) "
    f"VALUES ({', '.join('?' * (len(ROW_COLUMNS) + 4))})"
)


def row_values(charge: Charge) -> tuple[Any, ...]:
    """What `rows` stores of `charge`: the `ROW_COLUMNS` values, then the whole charge."""
    data = charge.to_json()
    return (
        *(data.get(name) for name in ROW_COLUMNS),
        json.dumps(data, ensure_ascii=False, sort_keys=True),
    )


def stored_charge(text: str) -> Charge:
    """The `Charge` a `rows.charge` holds (raises TypeError or ValueError when it is not
    one)."""
    return Charge(**json.loads(text))


def create_schema(conn: sqlite3.Connection) -> None:
    """Tables and version of a new journal (inside the caller's transaction)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))


def check_header(path: Path) -> None:
    """Cheap checks before SQLite sees the file: an empty, short or foreign file is refused
    (SQLite would treat an empty file as a new, empty database: a silent fresh start)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(100)
            size = stream.seek(0, 2)
    except OSError as exc:
        raise corrupt(path, f"cannot be read: {exc.strerror or exc}") from None
    if size == 0:
        raise corrupt(
            path,
            "is empty (0 bytes): not a journal; a journal is "
            "never started afresh over an existing file",
        )
    if not SQLITE_MAGIC.startswith(head[: len(SQLITE_MAGIC)]):
        raise corrupt(path, "is not a journal (not an SQLite database)")
    if len(head) < 100:
        raise corrupt(path, f"is truncated ({size} bytes: not even its header)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The header's page count is exact when it is valid for the last change and no file beside
    # it holds pages not yet in it: a hot rollback journal (a process killed mid-commit: SQLite
    # rolls it back on open) or the WAL of an older journal (pages not yet copied back).
    valid = head[92:96] == head[24:28] and pages > 0
    pending = any(_nonempty(path.with_name(path.name + s)) for s in ("-journal", "-wal"))
    if page_size < 512 or size % page_size or (valid and not pending and size < page_size * pages):
        raise corrupt(
            path,
            f"is truncated ({size} bytes; its header promises {pages} page(s) of "
            f"{page_size} bytes)",
        )
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise corrupt(path, "is an SQLite database but not a propexo journal")


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """The file is a whole journal of a version this client reads."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise corrupt(path, "is damaged: " + "; ".join(problems[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_version", "run"} <= tables:
            raise corrupt(path, "is not a journal (its tables are missing)")
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_version")]
    except sqlite3.DatabaseError as exc:
        raise corrupt(path, f"is damaged ({exc})") from None
    if len(versions) != 1:
        raise corrupt(path, f"has {len(versions)} schema versions, not one")
    if versions[0] != SCHEMA_VERSION:
        newer = "a newer" if versions[0] > SCHEMA_VERSION else "an older"
        raise JournalError(
            path,
            f"has schema version {versions[0]} ({newer} client wrote it); this client "
            f"reads version {SCHEMA_VERSION}",
        )
    if missing := TABLES - tables:
        raise corrupt(path, f"lacks tables: {', '.join(sorted(missing))}")
