"""Bad input is reported whole (every row and field) before any request reaches the API."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from propexo import PropexoClient, submit_charges
from propexo.charges import Charge, InvalidChargesError, read_charges

from tests.conftest import DATES, RM, charge_row
from tests.fake_propexo import FakePropexo

RESIDENT = "int-rm-1-prop-000-res-000"


def _row(**changes: Any) -> dict[str, Any]:
    row = charge_row(RESIDENT, 2)
    for key, value in changes.items():
        if value is _DROP:
            row.pop(key)
        else:
            row[key] = value
    return row


_DROP = object()

# (case id, the bad row placed at row 2 of 3, the field the error must name, words it must say)
BAD_ROWS = [
    ("float cents", _row(amount_in_cents=12.5), "amount_in_cents", "integer"),
    ("whole float cents", _row(amount_in_cents=1250.0), "amount_in_cents", "integer"),
    ("string cents", _row(amount_in_cents="1250"), "amount_in_cents", "integer"),
    ("decimal string cents", _row(amount_in_cents="12.50"), "amount_in_cents", "decimal"),
    ("bool cents", _row(amount_in_cents=True), "amount_in_cents", "integer"),
    ("negative cents", _row(amount_in_cents=-500), "amount_in_cents", "greater than 0"),
    ("zero cents", _row(amount_in_cents=0), "amount_in_cents", "greater than 0"),
    ("huge cents", _row(amount_in_cents=2**60), "amount_in_cents", "at most"),
    ("missing cents", _row(amount_in_cents=_DROP), "amount_in_cents", "missing"),
    ("naive date", _row(transaction_date="2026-02-01T00:00:00"), "transaction_date", "timezone"),
    ("date only", _row(transaction_date="2026-02-01"), "transaction_date", "timezone"),
    ("unparseable date", _row(transaction_date="Feb 1st"), "transaction_date", "ISO 8601"),
    (
        "impossible date",
        _row(transaction_date="2026-02-30T00:00:00Z"),
        "transaction_date",
        "ISO 8601",
    ),
    ("number date", _row(transaction_date=20260201), "transaction_date", "string"),
    ("empty resident", _row(resident_id=""), "resident_id", "empty"),
    ("blank resident", _row(resident_id="   "), "resident_id", "empty"),
    ("padded resident", _row(resident_id=f" {RESIDENT}"), "resident_id", "whitespace"),
    ("int resident", _row(resident_id=42), "resident_id", "string"),
    ("missing resident", _row(resident_id=_DROP), "resident_id", "missing"),
    ("empty charge code", _row(charge_code_id=""), "charge_code_id", "empty"),
    ("null charge code", _row(charge_code_id=None), "charge_code_id", "missing"),
    ("empty reference", _row(reference_number=""), "reference_number", "empty"),
    ("missing notes", _row(notes=_DROP), "notes", "missing"),
    ("list notes", _row(notes=["a"]), "notes", "string"),
    ("duplicate reference", _row(reference_number="REF-000001"), "reference_number", "duplicate"),
    ("misspelt field", {**_row(), "ammount": 5}, "ammount", "unknown field"),
    ("blank location", _row(location_id="  "), "location_id", "empty"),
]


@pytest.mark.parametrize(
    ("row", "field", "words"), [c[1:] for c in BAD_ROWS], ids=[c[0] for c in BAD_ROWS]
)
def test_bad_row_is_named_and_nothing_is_sent(
    fake: FakePropexo, client: PropexoClient, row: dict[str, Any], field: str, words: str
) -> None:
    rows = [charge_row(RESIDENT, 1), row, charge_row(RESIDENT, 3)]
    with pytest.raises(InvalidChargesError) as caught:
        submit_charges(client, rows, integration_id=RM, transaction_dates=DATES, journal=None)
    problems = caught.value.problems
    assert [(p.row, p.field) for p in problems] == [(2, field)]
    assert words in problems[0].message
    assert f"row 2, {field}:" in str(caught.value)
    assert fake.requests() == []


def test_every_problem_of_every_row_is_reported_at_once(
    fake: FakePropexo, client: PropexoClient
) -> None:
    rows = [charge_row(RESIDENT, n) for n in range(1, 41)]
    rows[4]["amount_in_cents"] = 1.5
    rows[4]["transaction_date"] = "yesterday"
    rows[19]["resident_id"] = ""
    rows[39]["reference_number"] = rows[0]["reference_number"]
    with pytest.raises(InvalidChargesError) as caught:
        submit_charges(client, rows, integration_id=RM, transaction_dates=DATES, journal=None)
    found = [(p.row, p.field) for p in caught.value.problems]
    assert found == [
        (5, "transaction_date"),
        (5, "amount_in_cents"),
        (20, "resident_id"),
        (40, "reference_number"),
    ]
    assert "first in row 1" in caught.value.problems[-1].message
    assert "4 problem(s) in 3 row(s); nothing was sent" in str(caught.value)
    assert fake.requests() == []


def test_unresolvable_residents_are_named_and_nothing_is_written(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.add_resident("homeless", RM, "int-rm-1-prop-000", location_ids=[])
    fake.add_resident(
        "twice", RM, "int-rm-1-prop-000", location_ids=["int-rm-1-loc-000", "int-rm-1-loc-001"]
    )
    rows = [
        charge_row(RESIDENT, 1),
        charge_row("homeless", 2),
        charge_row("twice", 3),
        charge_row("nobody", 4),
    ]
    with pytest.raises(InvalidChargesError) as caught:
        submit_charges(client, rows, integration_id=RM, transaction_dates=DATES, journal=None)
    messages = {p.row: p.message for p in caught.value.problems}
    assert set(messages) == {2, 3, 4}
    assert "'homeless' has no Rent Manager location" in messages[2]
    assert "'twice' is in 2 Rent Manager locations" in messages[3]
    assert "int-rm-1-loc-000, int-rm-1-loc-001" in messages[3]
    assert "'nobody' has no Rent Manager location" in messages[4]
    assert fake.batch_requests() == []
    assert {r.method for r in fake.requests()} == {"GET"}


def test_charge_itself_refuses_bad_values() -> None:
    when = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    good = Charge(
        resident_id="r",
        charge_code_id="cc",
        transaction_date=when,
        notes="n",
        amount_in_cents=100,
        reference_number="ref",
    )
    assert good.transaction_date == when
    parsed = Charge(
        resident_id="r",
        charge_code_id="cc",
        transaction_date="2026-02-01T00:00:00+01:00",
        notes="n",
        amount_in_cents=1,
        reference_number="x",
    )
    assert parsed.transaction_date.utcoffset() == dt.timedelta(hours=1)
    with pytest.raises(TypeError, match="amount_in_cents"):
        Charge(
            resident_id="r",
            charge_code_id="cc",
            transaction_date=when,
            notes="n",
            amount_in_cents=1.0,  # type: ignore[arg-type]
            reference_number="ref",
        )
    with pytest.raises(ValueError, match="transaction_date: has no timezone"):
        Charge(
            resident_id="r",
            charge_code_id="cc",
            transaction_date=dt.datetime(2026, 2, 1),
            notes="n",
            amount_in_cents=100,
            reference_number="ref",
        )
    with pytest.raises(ValueError, match="resident_id: must not be empty"):
        Charge(
            resident_id="",
            charge_code_id="cc",
            transaction_date=when,
            notes="n",
            amount_in_cents=100,
            reference_number="ref",
        )


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_rows_are_numbered_from_the_first_data_line(tmp_path: Path) -> None:
    header = "resident_id,charge_code_id,transaction_date,notes,amount_in_cents,reference_number\n"
    path = _write(
        tmp_path / "c.csv",
        header
        + "r1,cc,2026-02-01T00:00:00Z,rent,1250,A1\n"
        + "r2,cc,2026-02-01T00:00:00Z,rent,12.50,A2\n"
        + "\n"
        + "r3,cc,2026-02-01,rent,-3,A3\n",
    )
    with pytest.raises(InvalidChargesError) as caught:
        read_charges(path, transaction_dates=DATES)
    assert [(p.row, p.field) for p in caught.value.problems] == [
        (2, "amount_in_cents"),
        (3, "transaction_date"),
        (3, "amount_in_cents"),
    ]


def test_csv_and_jsonl_read_the_same_charges(tmp_path: Path) -> None:
    rows = [charge_row("r1", 1), charge_row("r2", 2, location_id="L9")]
    jsonl = _write(tmp_path / "c.jsonl", "".join(json.dumps(r) + "\n\n" for r in rows))
    header = (
        "resident_id,charge_code_id,transaction_date,notes,amount_in_cents,reference_number,"
        "location_id\n"
    )
    csv_text = header + "".join(
        f"{r['resident_id']},{r['charge_code_id']},{r['transaction_date']},{r['notes']},"
        f"{r['amount_in_cents']},{r['reference_number']},{r.get('location_id', '')}\n"
        for r in rows
    )
    csv_file = _write(tmp_path / "c.csv", "\ufeff" + csv_text)  # with a BOM, as Excel writes
    from_json = read_charges(jsonl, transaction_dates=DATES)
    from_csv = read_charges(csv_file, transaction_dates=DATES)
    assert from_json == from_csv
    assert [c.location_id for c in from_csv] == [None, "L9"]
    assert from_csv[0].amount_in_cents == 10_001


def test_jsonl_bad_lines_are_rows_too(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.ndjson", json.dumps(charge_row("r", 1)) + "\n{not json\n[1]\n")
    with pytest.raises(InvalidChargesError) as caught:
        read_charges(path, transaction_dates=DATES)
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, None), (3, None)]
    assert "not valid JSON" in caught.value.problems[0].message


def test_duplicate_reference_is_found_even_between_rows_bad_in_other_fields(tmp_path: Path) -> None:
    path = tmp_path / "charges.jsonl"
    rows = [charge_row("r-1", 1, amount_in_cents=12.5), charge_row("r-2", 2, charge_code_id="")]
    rows[1]["reference_number"] = rows[0]["reference_number"]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(InvalidChargesError) as caught:
        read_charges(path, transaction_dates=DATES)
    found = {(p.row, p.field) for p in caught.value.problems}
    assert found == {(1, "amount_in_cents"), (2, "charge_code_id"), (2, "reference_number")}
