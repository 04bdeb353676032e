"""Rows become `Charge`s once: each field checked once, every problem of every row named, and
the same `Charge` objects planned, chunked and sent; the canonical lines and fingerprints are
those of `json.dumps` of each charge's values."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from propexo.charges import Charge, plan_charges, validate_charges
from propexo.charges._model import (
    FIELDS,
    MAX_CENTS,
    ChargeProblem,
    InvalidChargesError,
    check_notes,
)
from propexo.charges._plan import FORMAT, charge_lines, make_plan
from propexo.charges._validate import DateWindow, check_rows

WINDOW = DateWindow(dt.date(2020, 1, 1), dt.date(2030, 12, 31))
ZONES = [dt.UTC, dt.timezone(dt.timedelta(hours=-5)), dt.timezone(dt.timedelta(hours=5.5))]


class Text(str):
    """A str subclass: valid where a str is, and kept as given."""


class Incomparable:
    """A value that cannot even be compared (as a numpy array in a row)."""

    def __eq__(self, other: object) -> bool:
        raise ValueError("the truth value is ambiguous")

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "Incomparable()"


class Cents(enum.IntEnum):
    RENT = 125_000


def _checked(rows: list[Any]) -> tuple[list[Charge], list[ChargeProblem]]:
    problems: list[ChargeProblem] = []
    return check_rows(rows, problems, WINDOW), problems


# Odd values for each field (valid ones among them), drawn uniformly: every one turns up.
IDS: list[Any] = ["res-1", "a b", "a  b", "ü-7", 'x"y', "back\\slash", "", " ", " x", "x "]
IDS += ["a\tb", "a\nb", "a\u200eb", "a\x00b", "\u3000x", "x\u00a0", Text("res-1"), Text(" x")]
IDS += [None, 7, 1.5, True]
ODD: dict[str, list[Any]] = {
    "resident_id": IDS,
    "charge_code_id": IDS,
    "transaction_date": [
        "2026-03-01T00:00:00-05:00",
        "2026-03-01T12:30:15.250000+05:30",
        "2026-03-01",
        "2026-03-01T00:00:00",
        " 2026-03-01T00:00:00Z",
        "2026-03-01T00:00:00Z ",
        "1999-01-01T00:00:00Z",
        "2031-06-01T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "\uff12026-03-01T00:00:00Z",
        dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
        dt.datetime(2026, 3, 1),
        dt.datetime(1999, 3, 1, tzinfo=dt.UTC),
        dt.date(2026, 3, 1),
        Text("2026-03-01T00:00:00Z"),
        20260301,
        None,
    ],
    "notes": [
        *["", 'say "hi"', "tab\there", "line\nbreak", "\u2028", "nul\x00", "bidi\u202e"],
        *["del\x7f", "\x85", "\udc80", Text("rent"), None, 3],
    ],
    "amount_in_cents": [1, 0, -1, MAX_CENTS, MAX_CENTS + 1, True, 12.5, "1250", Cents.RENT, None],
    "reference_number": [*IDS, "REF-1", "REF-2"],
    "location_id": [None, "", "L1", " L1", "L\x00", 5, Text("L1"), Incomparable()],
    "property_id": [None, "", "P1", "P 1", "P1 ", []],
}
GOOD = {
    "resident_id": "res-1",
    "charge_code_id": "cc",
    "transaction_date": "2026-03-01T00:00:00Z",
    "notes": "rent",
    "amount_in_cents": 100,
}
ODD_VALUES = [(name, value) for name, values in ODD.items() for value in values]
plain_rows = st.fixed_dictionaries(
    {
        "resident_id": st.sampled_from(["res-1", "res-2", "a b"]),
        "charge_code_id": st.just("cc-rent"),
        "transaction_date": st.sampled_from(
            ["2026-03-01T00:00:00-05:00", "2026-03-01T05:00:00Z", "2027-01-31T23:59:59+05:30"]
        ),
        "notes": st.sampled_from(["March rent", 'a "quoted" note', "two\nlines", ""]),
        "amount_in_cents": st.integers(1, MAX_CENTS),
        # Now and then a reference given twice, also to rows bad in other fields.
        "reference_number": st.one_of(st.uuids().map(str), st.sampled_from(["R1", "R2"])),
    },
    optional={"location_id": st.sampled_from([None, "", "L1"]), "property_id": st.just("P1")},
)


@st.composite
def inputs(draw: st.DrawFn) -> list[Any]:
    """Plainly valid rows (so that whole blocks pass), a few of them made odd."""
    rows: list[Any] = draw(st.lists(plain_rows, min_size=2, max_size=40))
    for _ in range(draw(st.integers(1, 3))):
        n = draw(st.integers(0, len(rows) - 1))
        row = dict(rows[n]) if isinstance(rows[n], dict) else {}
        change = draw(st.integers(0, 9))
        if change == 0:
            rows[n] = draw(st.sampled_from([ChargeProblem(n + 1, None, "unreadable"), [], 5]))
            continue
        if change == 1:
            row.pop(draw(st.sampled_from(FIELDS)), None)
        elif change == 2:
            row[draw(st.sampled_from(["extra", None, "Notes"]))] = "x"
        else:
            for name, value in draw(st.lists(st.sampled_from(ODD_VALUES), min_size=1, max_size=2)):
                row[name] = value
        rows[n] = row
    return rows


def _duplicate(problem: ChargeProblem) -> bool:
    return problem.message.startswith("duplicate reference_number")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs())
def test_an_input_s_problems_are_its_rows_own_and_its_duplicate_references(
    rows: list[Any],
) -> None:
    charges, problems = _checked(rows)
    alone = [_checked([row]) for row in rows]  # each row validated by itself
    assert [(p.row, p.field, p.message) for p in problems if not _duplicate(p)] == [
        (n, p.field, p.message) for n, (_, own) in enumerate(alone, start=1) for p in own
    ]
    assert charges == [charge for own, _ in alone for charge in own]
    first: dict[str, int] = {}
    twice = []  # each row whose reference number an earlier row gave, bad rows too
    for n, row in enumerate(rows, start=1):
        ref = row.get("reference_number") if isinstance(row, dict) else None
        if isinstance(ref, str) and ref.strip() and first.setdefault(ref, n) != n:
            twice.append((n, f"duplicate reference_number {ref!r} (first in row {first[ref]})"))
    assert [(p.row, p.message) for p in problems if _duplicate(p)] == twice


def test_every_odd_value_between_plain_rows_is_named_on_its_row_and_field_alone() -> None:
    plain = [
        {**GOOD, "reference_number": "R1"},
        {**GOOD, "reference_number": "R2", "location_id": "L1"},
        {**GOOD, "reference_number": "R3"},
    ]
    refused = 0
    for name, value in ODD_VALUES:
        rows = [plain[0], {**plain[1], name: value}, plain[2]]
        charges, problems = _checked(rows)
        if problems:
            refused += 1
            assert {(p.row, p.field) for p in problems} == {(2, name)}, (name, value)
            assert [c.reference_number for c in charges] == ["R1", "R3"], (name, value)
        else:
            assert len(charges) == 3, (name, value)
            kept = getattr(charges[1], name)
            expected = value
            if name in ("location_id", "property_id") and value == "":
                expected = None  # an empty option is no option
            if name == "transaction_date" and isinstance(value, str):
                expected = dt.datetime.fromisoformat(value.strip())
            assert (type(kept), kept) == (type(expected), expected), (name, value)
    assert 0 < refused < len(ODD_VALUES)


def test_large_inputs_name_the_odd_rows_and_share_one_datetime_per_date_text() -> None:
    rows: list[Any] = [{**GOOD, "reference_number": f"R{n}"} for n in range(10_000)]
    rows[7_000] = {**rows[7_000], "notes": "bad\x00"}
    rows[9_999] = {**rows[9_999], "reference_number": "R5"}
    charges, problems = _checked(rows)
    assert [(p.row, p.field) for p in problems] == [
        (7_001, "notes"),
        (10_000, "reference_number"),
    ]
    assert "first in row 6" in problems[1].message
    assert len(charges) == 9_999  # a duplicate is a good charge: the input is at fault
    assert len({id(c.transaction_date) for c in charges}) == 1


texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
visible = st.characters(exclude_categories=["Cs", "Cc", "Cf", "Co", "Cn", "Zl", "Zp", "Zs"])
printable_ids = st.text(st.one_of(visible, st.just(" ")), min_size=1, max_size=8).filter(
    lambda s: s == s.strip()
)


def _notes_pass(text: str) -> bool:
    try:
        check_notes(text)
    except ValueError:
        return False
    return True


shared = dt.datetime(2026, 3, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
same_instant = dt.datetime(2026, 3, 1, 5, tzinfo=dt.UTC)  # == shared, another text
charges = st.builds(
    Charge,
    resident_id=st.one_of(printable_ids, st.builds(Text, printable_ids)),
    charge_code_id=printable_ids,
    transaction_date=st.one_of(
        st.sampled_from([shared, same_instant]),
        st.datetimes(timezones=st.sampled_from(ZONES)),
    ),
    notes=st.one_of(texts, st.sampled_from(['a "q"\tb\\', "two\r\nlines"])).filter(_notes_pass),
    amount_in_cents=st.one_of(st.integers(1, MAX_CENTS), st.just(Cents.RENT)),
    reference_number=printable_ids,
    location_id=st.one_of(st.none(), printable_ids),
    property_id=st.one_of(st.none(), printable_ids),
)


def _line(charge: Charge) -> bytes:
    """The canonical line by definition: json.dumps of the values, compact, not ASCII-escaped."""
    values = charge.values()
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()


def _sha(*parts: bytes) -> str:
    return hashlib.sha256(b"".join(parts)).hexdigest()


@settings(max_examples=150, deadline=None)
@given(st.lists(charges, max_size=30), st.integers(1, 4), st.integers(1, 3))
def test_canonical_lines_and_fingerprints_are_those_of_json_dumps(
    charges: list[Charge], partitions: int, size: int
) -> None:
    lines = [_line(c) for c in charges]
    assert charge_lines(charges) == lines
    where = [f"loc-{n % partitions}" for n in range(len(charges))]
    plan = make_plan(charges, where, vendor="rentmanager", integration_id="i", max_batch_size=size)
    whole = _sha(b"propexo-charges/1\n", *(line + b"\n" for line in lines))
    assert plan.input_fingerprint == whole
    groups: dict[str, list[int]] = {}
    for row, partition in enumerate(where, start=1):
        groups.setdefault(partition, []).append(row)
    cut = [rows[n : n + size] for rows in groups.values() for n in range(0, len(rows), size)]
    assert [list(chunk.rows) for chunk in plan.chunks] == cut
    header = f"{FORMAT}\nrentmanager\ni\n".encode()
    for chunk in plan.chunks:
        assert list(chunk.charges) == [charges[row - 1] for row in chunk.rows]
        picked = [lines[row - 1] + b"\n" for row in chunk.rows]
        assert chunk.fingerprint == _sha(header, chunk.partition.encode(), b"\n", *picked)
    ids = "".join(f"\n{c.id}" for c in plan.chunks)
    assert plan.fingerprint == _sha(header, f"{size}\n{whole}{ids}".encode())


@settings(max_examples=150, deadline=None)
@given(st.lists(charges, max_size=30, unique_by=lambda c: c.reference_number), st.integers(1, 3))
def test_planning_rows_gives_the_lines_and_fingerprints_of_their_charges(
    charges: list[Charge], size: int
) -> None:
    # Rows as read from a file, dates written otherwise than their ISO text
    # ("2026-03-01 00:00:00Z"), as people do: the lines are those of the charges.
    rows = [
        {
            **c.to_json(),
            "transaction_date": c.transaction_date.isoformat(" ").replace("+00:00", "Z"),
        }
        for c in charges
    ]
    checked = validate_charges(rows, transaction_dates=DateWindow())
    assert checked == charges
    assert charge_lines(checked) == [_line(c) for c in charges]
    where = [f"loc-{n % 2}" for n in range(len(charges))]
    options: dict[str, Any] = {"vendor": "rentmanager", "integration_id": "i"}
    from_rows = make_plan(checked, where, max_batch_size=size, **options)
    assert from_rows == make_plan(charges, where, max_batch_size=size, **options)


def test_a_charge_names_every_field_that_fails_its_check_at_once() -> None:
    with pytest.raises(InvalidChargesError) as caught:
        Charge(
            resident_id="",
            charge_code_id="cc",
            transaction_date="soon",
            notes="n",
            amount_in_cents=1.0,  # type: ignore[arg-type]
            reference_number=" R1",
        )
    assert [problem.field for problem in caught.value.problems] == [
        "resident_id",
        "transaction_date",
        "amount_in_cents",
        "reference_number",
    ]
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, ValueError)
    assert "amount_in_cents: must be an integer number of cents" in str(caught.value)
    # Whether a field is missing is the vendor's to say: Rent Manager requires notes.
    without_notes = Charge(
        resident_id="r",
        charge_code_id="cc",
        transaction_date="2026-03-01T00:00:00Z",
        notes=None,
        amount_in_cents=1,
        reference_number="R1",
    )
    with pytest.raises(InvalidChargesError, match=r"row 1, notes: is missing"):
        validate_charges([without_notes], vendor="rentmanager", transaction_dates=DateWindow())


class Counted(str):
    """An id that counts how often it is checked (`check_id` asks `isprintable` once)."""

    checks: ClassVar[int] = 0

    def isprintable(self) -> bool:
        Counted.checks += 1
        return super().isprintable()


def test_each_field_is_checked_once_from_row_to_chunk_and_the_chunks_hold_those_charges() -> None:
    Counted.checks = 0
    rows = [
        {**GOOD, "resident_id": Counted("res-1"), "reference_number": f"R{n}", "location_id": "L1"}
        for n in (1, 2)
    ]
    charges = validate_charges(rows, transaction_dates=WINDOW)
    assert Counted.checks == 2
    planned = plan_charges(charges, integration_id="i", transaction_dates=WINDOW)
    assert Counted.checks == 2  # planning valid charges checks none of their fields again
    [chunk] = planned.chunks
    assert all(a is b for a, b in zip(chunk.charges, charges, strict=True))  # nor remakes them
    plan_charges(rows, integration_id="i", transaction_dates=WINDOW)
    assert Counted.checks == 4  # rows: each made a charge, and checked, once
