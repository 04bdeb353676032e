"""Properties of the planner: a partition of the input, order kept, minimal chunks, stable."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st
from propexo.charges import Charge, plan_charges
from propexo.charges._plan import DEFAULT_MAX_BATCH_SIZE, make_plan

from tests.conftest import DATES

WHEN = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def _charges(locations: list[int]) -> tuple[list[Charge], list[str]]:
    charges = [
        Charge(
            resident_id=f"res-{n}",
            charge_code_id="cc",
            transaction_date=WHEN,
            notes=f"note {n}",
            amount_in_cents=100 + n,
            reference_number=f"REF-{n}",
        )
        for n in range(len(locations))
    ]
    return charges, [f"loc-{x}" for x in locations]


inputs = st.tuples(st.lists(st.integers(0, 7), max_size=300), st.integers(1, 40))


@settings(max_examples=150, deadline=None)
@given(inputs)
def test_every_charge_is_in_exactly_one_chunk_of_its_location(
    data: tuple[list[int], int],
) -> None:
    locations, size = data
    charges, partitions = _charges(locations)
    plan = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size
    )
    rows = [row for chunk in plan.chunks for row in chunk.rows]
    assert sorted(rows) == list(range(1, len(charges) + 1))
    for chunk in plan.chunks:
        assert 1 <= len(chunk) <= size
        assert {partitions[row - 1] for row in chunk.rows} == {chunk.partition}
        assert list(chunk.charges) == [charges[row - 1] for row in chunk.rows]


@settings(max_examples=150, deadline=None)
@given(inputs)
def test_order_and_number_of_chunks(data: tuple[list[int], int]) -> None:
    locations, size = data
    charges, partitions = _charges(locations)
    plan = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size
    )
    per_location = Counter(partitions)
    assert len(plan.chunks) == sum(math.ceil(n / size) for n in per_location.values())
    # locations in order of first appearance, input order inside each location
    assert list(plan.partitions) == list(dict.fromkeys(partitions))
    rows = [row for chunk in plan.chunks for row in chunk.rows]
    for location in per_location:
        mine = [r for r in rows if partitions[r - 1] == location]
        assert mine == sorted(mine)
    # only a location's last chunk may be short
    for chunk, following in zip(plan.chunks, plan.chunks[1:], strict=False):
        if following.partition == chunk.partition:
            assert len(chunk) == size
            assert following.part == chunk.part + 1
    assert [c.index for c in plan.chunks] == list(range(len(plan.chunks)))


@settings(max_examples=60, deadline=None)
@given(inputs)
def test_same_input_same_plan_byte_for_byte(data: tuple[list[int], int]) -> None:
    locations, size = data
    charges, partitions = _charges(locations)
    first = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size
    )
    again_charges, again_partitions = _charges(list(locations))
    second = make_plan(
        again_charges,
        again_partitions,
        vendor="rentmanager",
        integration_id="i",
        max_batch_size=size,
    )
    assert first.dumps(charges=True) == second.dumps(charges=True)
    assert first.fingerprint == second.fingerprint
    assert [c.id for c in first.chunks] == [c.id for c in second.chunks]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=2, max_size=60), st.integers(1, 10))
def test_fingerprints_follow_content(locations: list[int], size: int) -> None:
    charges, partitions = _charges(locations)
    plan = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size
    )
    changed = list(charges)
    changed[-1] = Charge(
        resident_id=changed[-1].resident_id,
        charge_code_id="cc",
        transaction_date=WHEN,
        notes="other note",
        amount_in_cents=1,
        reference_number="REF-X",
    )
    other = make_plan(
        changed, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size
    )
    assert other.input_fingerprint != plan.input_fingerprint
    assert other.fingerprint != plan.fingerprint
    # only the chunk holding the changed charge changes
    differs = [
        a.fingerprint != b.fingerprint for a, b in zip(plan.chunks, other.chunks, strict=True)
    ]
    last_row = len(charges)
    assert differs == [last_row in c.rows for c in plan.chunks]
    resized = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="i", max_batch_size=size + 1
    )
    assert resized.input_fingerprint == plan.input_fingerprint
    assert resized.fingerprint != plan.fingerprint
    elsewhere = make_plan(
        charges, partitions, vendor="rentmanager", integration_id="j", max_batch_size=size
    )
    assert {c.fingerprint for c in elsewhere.chunks}.isdisjoint(c.fingerprint for c in plan.chunks)


def test_plan_without_network_when_locations_are_given() -> None:
    rows = [
        {
            "resident_id": f"r{n}",
            "charge_code_id": "cc",
            "notes": "",
            "transaction_date": "2026-02-01T09:30:00-05:00",
            "amount_in_cents": 5 + n,
            "reference_number": f"R{n}",
            "location_id": f"L{n % 3}",
        }
        for n in range(250)
    ]
    plan = plan_charges(rows, integration_id="i", transaction_dates=DATES)  # no client: no sending
    assert plan.max_batch_size == DEFAULT_MAX_BATCH_SIZE
    assert [len(c) for c in plan.chunks] == [84, 83, 83]
    assert (
        plan.dumps()
        == plan_charges(list(rows), integration_id="i", transaction_dates=DATES).dumps()
    )
    assert '"transaction_date":"2026-02-01T09:30:00-05:00"' in plan.dumps(charges=True)
