"""`Charge` declared once: what is derived from its fields' metadata, and the fingerprints and
journal files that must not change because of it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import attrs
from propexo import Charge, plan_charges
from propexo.charges._model import (
    FIELDS,
    OPTIONAL_FIELDS,
    REQUIRED_FIELDS,
    SPECS,
)
from propexo.charges._plan import charge_line, charge_lines
from propexo.charges._vendors import RENTMANAGER, RESMAN, VENDORS
from propexo.journal import JournaledSubmission
from propexo.journal._reconcile import _record_key, charge_key

from tests.conftest import DATES

#: Three rows and what the code before the declaration made of them (same plan, same bytes).
ROWS: list[dict[str, Any]] = [
    {
        "resident_id": "res-1",
        "charge_code_id": "rent",
        "transaction_date": "2026-03-01T00:00:00-05:00",
        "notes": 'M\u00e4rz rent \u2028 "q"',
        "amount_in_cents": 125000,
        "reference_number": "R1",
        "location_id": "L1",
    },
    {
        "resident_id": "res-2",
        "charge_code_id": "rent",
        "transaction_date": "2026-03-01T00:00:00Z",
        "notes": "",
        "amount_in_cents": 1,
        "reference_number": "R2",
        "location_id": "L2",
    },
    {
        "resident_id": "res-3",
        "charge_code_id": "fee",
        "transaction_date": "2026-03-01T12:30:15.250000+05:30",
        "notes": "fee",
        "amount_in_cents": 2**53 - 1,
        "reference_number": "R3",
        "location_id": "L1",
    },
]
INPUT_FINGERPRINT = "1b70e008b356fc4a34727b16b7900e1e51ce50694442bb43d4db172502918778"
PLAN_FINGERPRINT = "f4770f770d044fea8f9392cc3289a8e653b6131ef38f3ce3cc3d0550e01046f2"
CHUNK_IDS = ["0001-8adc58112d77", "0002-773dab3a9ba0", "0003-3fc9a148092c"]


def test_fingerprints_are_those_of_before_the_declaration() -> None:
    plan = plan_charges(ROWS, integration_id="int-rm-1", max_batch_size=1, transaction_dates=DATES)
    assert plan.input_fingerprint == INPUT_FINGERPRINT
    assert plan.fingerprint == PLAN_FINGERPRINT
    assert [c.id for c in plan.chunks] == CHUNK_IDS


def test_the_canonical_line_is_the_json_list_of_the_fields_in_order() -> None:
    plan = plan_charges(ROWS, integration_id="i", max_batch_size=5, transaction_dates=DATES)
    [charge, *_] = plan.chunks[0].charges
    assert (
        charge_line(charge)
        == (
            '["res-1","rent","2026-03-01T00:00:00-05:00","M\u00e4rz rent \u2028 \\"q\\"",125000,'
            '"R1","L1",null]'
        ).encode()
    )
    charges = [Charge(**row) for row in ROWS]
    assert charge_lines(charges) == [charge_line(c) for c in charges]


def test_every_list_is_derived_from_the_declaration() -> None:
    declared = [f.name for f in attrs.fields(Charge)]
    assert list(FIELDS) == declared == list(SPECS)
    # Only what every vendor requires is required of a `Charge`; the rest is each vendor's.
    assert REQUIRED_FIELDS == ("transaction_date", "amount_in_cents")
    assert set(REQUIRED_FIELDS) | set(OPTIONAL_FIELDS) == set(FIELDS)
    for vendor in VENDORS.values():
        assert set(REQUIRED_FIELDS) <= set(vendor.required)
        assert set(vendor.key) <= set(vendor.item_fields)
        assert vendor.charge_field in vendor.fields


def test_vendor_bodies_carry_every_sent_field() -> None:
    plan = plan_charges(ROWS, integration_id="int-rm-1", max_batch_size=5, transaction_dates=DATES)
    chunk = plan.chunks[0]
    for vendor in (RENTMANAGER, RESMAN):
        body = vendor.request("int-rm-1", chunk)["json"]
        item = body["charges"][0]
        assert {name: item[name] for name in RENTMANAGER.item_fields} == {
            **{name: ROWS[0][name] for name in RENTMANAGER.item_fields},
            "transaction_date": "2026-03-01T00:00:00-05:00",
        }
        assert "location_id" not in item
    resman = RESMAN.request("int-rm-1", chunk)["json"]["charges"][0]
    assert resman["batch_id"] == f"propexo-{chunk.id}" and resman["description"] == ROWS[0]["notes"]


def test_the_reconciliation_key_of_a_charge_and_of_its_logged_copy_agree() -> None:
    charge = Charge(**ROWS[0])
    key = RENTMANAGER.key
    logged = {**ROWS[0], "transaction_date": "2026-03-01T05:00:00Z", "extra": 1}
    assert _record_key(logged, key) == charge_key(charge, key)
    assert _record_key({**logged, "amount_in_cents": 125001}, key) != charge_key(charge, key)
    assert _record_key({**logged, "amount_in_cents": "125000"}, key) is None
    assert _record_key({**logged, "transaction_date": "soon"}, key) is None


def test_a_journal_with_the_former_column_order_still_resumes(tmp_path: Path) -> None:
    """Journals written before the declaration list the row columns in another order."""
    path = tmp_path / "old.journal"

    def start() -> JournaledSubmission:
        return JournaledSubmission.start(
            path,
            ROWS,
            integration_id="int-rm-1",
            base_url="http://127.0.0.1:9",
            transaction_dates=DATES,
        )

    with start() as run:
        fingerprint = run.plan.fingerprint
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(
            """
            CREATE TABLE rows_old (
                row                 INTEGER PRIMARY KEY,
                chunk_idx           INTEGER NOT NULL REFERENCES chunks(idx),
                position            INTEGER NOT NULL,
                reference_number    TEXT NOT NULL,
                resident_id         TEXT NOT NULL,
                transaction_date    TEXT NOT NULL,
                amount_in_cents     INTEGER NOT NULL,
                charge              TEXT NOT NULL,
                UNIQUE (chunk_idx, position)
            );
            INSERT INTO rows_old SELECT row, chunk_idx, position, reference_number, resident_id,
                transaction_date, amount_in_cents, charge FROM rows;
            DROP TABLE rows;
            ALTER TABLE rows_old RENAME TO rows;
            CREATE INDEX rows_by_chunk ON rows (chunk_idx, position);
            """
        )
    conn.close()
    with start() as run:
        assert run.resumed and run.plan.fingerprint == fingerprint
        assert run.plan.chunks[0].charges[0].transaction_date == dt.datetime.fromisoformat(
            "2026-03-01T00:00:00-05:00"
        )
