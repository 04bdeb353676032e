"""Inputs planned and journals written by earlier releases stay the same run.

`tests/charges/data/charges_v1/` was made once by the code of before `Charge` became the one
representation of a charge (the column fast path): `input.jsonl` (odd but valid values: quotes,
backslashes, tabs, CR LF, U+2028, zero-width and non-ASCII text, a date written with a space,
fractional seconds, four offsets, 2**53 - 1 cents, empty and null options), `expected.json` (what
that code made of it: each charge's canonical line, the input and plan fingerprints, the chunks)
and `journal.sqlite` (the journal it wrote for that plan, max_batch_size 2, with its first chunk
recorded accepted). Fingerprints are made of canonical lines: any byte that changes in a line
makes every journal written before refuse to resume.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from propexo.charges import plan_charges, read_charges
from propexo.charges._plan import charge_lines
from propexo.journal import JournaledSubmission

from tests.conftest import DATES

DATA = Path(__file__).parent / "data" / "charges_v1"


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    found: dict[str, Any] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
    return found


def test_canonical_lines_are_byte_for_byte_those_of_the_earlier_code(
    expected: dict[str, Any],
) -> None:
    charges = read_charges(DATA / "input.jsonl", transaction_dates=DATES)
    assert charge_lines(charges) == [line.encode() for line in expected["lines"]]


def test_the_plan_of_the_input_has_the_earlier_fingerprints_and_chunk_ids(
    expected: dict[str, Any],
) -> None:
    rows = [json.loads(line) for line in (DATA / "input.jsonl").read_text("utf-8").splitlines()]
    for charges in (rows, read_charges(DATA / "input.jsonl", transaction_dates=DATES)):
        plan = plan_charges(
            charges,
            integration_id=expected["integration_id"],
            max_batch_size=expected["max_batch_size"],
            transaction_dates=DATES,
        )
        assert plan.input_fingerprint == expected["input_fingerprint"]
        assert plan.fingerprint == expected["plan_fingerprint"]
        chunks = [(c.id, c.partition, list(c.rows), c.fingerprint) for c in plan.chunks]
        assert chunks == [
            (c["id"], c["partition"], c["rows"], c["fingerprint"]) for c in expected["chunks"]
        ]


def test_a_journal_written_by_the_earlier_code_resumes_without_its_accepted_chunk(
    tmp_path: Path, expected: dict[str, Any]
) -> None:
    journal = tmp_path / "charges.journal.sqlite"
    shutil.copyfile(DATA / "journal.sqlite", journal)  # opening it writes to it: a copy
    charges = read_charges(DATA / "input.jsonl", transaction_dates=DATES)
    with JournaledSubmission.start(
        journal,
        charges,
        integration_id=expected["integration_id"],
        base_url=expected["base_url"],
        transaction_dates=DATES,
    ) as run:
        assert run.resumed
        assert run.plan.fingerprint == expected["plan_fingerprint"]
        assert run.plan.input_fingerprint == expected["input_fingerprint"]
        assert run.plan.max_batch_size == expected["max_batch_size"]
        assert [c.id for c in run.plan.chunks] == [c["id"] for c in expected["chunks"]]
        # The charges rebuilt from the journal are the input's, in the same chunks.
        assert [c for chunk in run.plan.chunks for c in chunk.charges] == [
            charges[row - 1] for chunk in expected["chunks"] for row in chunk["rows"]
        ]
        todo = [c.id for c in run.todo()]
    assert todo == [c["id"] for c in expected["chunks"] if c["id"] not in expected["accepted"]]
