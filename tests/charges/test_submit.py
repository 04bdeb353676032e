"""Submission against the fake: one location per request, every charge accepted once."""

from __future__ import annotations

import asyncio
import math
import random
import threading
from collections import Counter
from typing import Any, ClassVar

import pytest
from propexo import PropexoClient, asubmit_charges, submit_charges
from propexo.charges import Chunk, ChunkResult, Outcome, plan_charges

from tests.conftest import DATES, RESMAN, RM, Sleeps, charge_row, make_client, residents_by_location
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo

BATCH_RM = "/v1/resident-charges/batch/rentmanager/"


def _location_of(fake: FakePropexo) -> dict[str, str]:
    return {
        rid: loc for loc, ids in residents_by_location(fake, "int-rm-big").items() for rid in ids
    }


@pytest.mark.slow
def test_ten_thousand_charges_over_37_locations(
    driver: Driver, fake: FakePropexo, sleeps: Sleeps
) -> None:
    fake.seed_rentmanager(37, 270, integration_id="int-rm-big", seed=7)
    location_of = _location_of(fake)
    residents = sorted(location_of)
    rnd = random.Random(3)
    rows = [charge_row(rnd.choice(residents), n) for n in range(10_000)]
    size = 100
    with make_client(fake, sleeps) as client:
        result = driver.submit_charges(
            client, rows, integration_id="int-rm-big", max_batch_size=size, transaction_dates=DATES
        )

    assert result.ok and len(result.rows()) == 10_000
    per_location = Counter(location_of[r["resident_id"]] for r in rows)
    batches = fake.batch_requests()
    assert len(batches) == sum(math.ceil(n / size) for n in per_location.values())
    for request in batches:
        charges = request.body["charges"]
        assert 1 <= len(charges) <= size
        assert len({location_of[c["resident_id"]] for c in charges}) == 1
        assert request.status == 200
    accepted = Counter(a.charge["reference_number"] for a in fake.accepted_charges())
    assert accepted == Counter(r["reference_number"] for r in rows)  # each exactly once
    assert fake.mixed_location_batches_seen == 0
    # lookups: one request per page of locations and per page of a location's residents
    gets = [r for r in fake.requests() if r.method == "GET"]
    location_pages = [r for r in gets if r.route == "/v1/locations/rentmanager/"]
    resident_pages = Counter(r.query["location_id"][0] for r in gets if r.route == "/v1/residents/")
    assert len(location_pages) == 1
    assert resident_pages == {loc: 2 for loc in per_location}  # 270 residents: pages of 250 + 20
    assert len(gets) == 1 + 2 * 37
    # every row maps to its location, chunk and the job the fake created for that chunk
    job_of_request = {
        tuple(c["reference_number"] for c in r.body["charges"]): r.job_id for r in batches
    }
    for chunk in result.chunks:
        refs = tuple(rows[i - 1]["reference_number"] for i in chunk.rows)
        assert job_of_request[refs] == chunk.job_id
    for row in result.rows():
        assert row.partition == location_of[rows[row.row - 1]["resident_id"]]
        assert row.outcome is Outcome.ACCEPTED and row.job_id


def test_interleaved_locations_never_make_a_mixed_batch(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    by_location = residents_by_location(fake)
    rows = []
    for n in range(60):  # every row in another location than the previous one
        location = sorted(by_location)[n % 3]
        rows.append(charge_row(by_location[location][n % 5], n))
    result = driver.submit_charges(
        client, rows, integration_id=RM, max_batch_size=7, transaction_dates=DATES
    )
    assert result.ok
    assert fake.mixed_location_batches_seen == 0
    assert len(fake.batch_requests()) == 3 * math.ceil(20 / 7)
    assert [c.partition for c in result.chunks] == [
        p for p in sorted(by_location) for _ in range(3)
    ]


def test_a_rejected_chunk_keeps_its_error_and_the_others_go_on(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    by_location = residents_by_location(fake)
    first, second = sorted(by_location)[:2]
    rows = [charge_row(r, n) for n, r in enumerate(by_location[first])]
    rows.append(charge_row("ghost", 50, location_id=second))  # the API does not know it
    rows += [charge_row(r, 60 + n) for n, r in enumerate(by_location[second][:3])]
    result = driver.submit_charges(
        client, rows, integration_id=RM, max_batch_size=2, transaction_dates=DATES
    )
    outcomes = [(c.partition, c.outcome) for c in result.chunks]
    assert outcomes == [(first, Outcome.ACCEPTED)] * 3 + [
        (second, Outcome.REJECTED),
        (second, Outcome.ACCEPTED),
    ]
    rejected = result.chunks[3]
    assert rejected.status_code == 400 and rejected.job_id is None
    assert "ghost" in (rejected.error or "")
    assert [r.outcome for r in result.rows() if r.row in rejected.rows] == [Outcome.REJECTED] * 2
    assert len(fake.accepted_charges()) == len(rows) - 2
    assert not result.ok


def test_resman_partitions_by_property_with_the_same_machinery(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    with fake.state.lock:
        residents = sorted(
            r.id for r in fake.state.residents.values() if r.integration_id == RESMAN
        )
        property_of = {r.id: r.property_id for r in fake.state.residents.values()}
    rows = [charge_row(residents[(n * 3) % len(residents)], n) for n in range(30)]
    result = driver.submit_charges(
        client,
        rows,
        integration_id=RESMAN,
        vendor="resman",
        max_batch_size=4,
        transaction_dates=DATES,
    )
    assert result.ok
    assert fake.mixed_property_batches_seen == 0
    batches = fake.batch_requests()
    assert {r.route for r in batches} == {"/v1/resident-charges/batch/resman/"}
    assert len(batches) == len(result.chunks) == 8  # 15 charges per property, 4 per request
    by_batch_id = {r.body["charges"][0]["batch_id"]: r.body["charges"] for r in batches}
    for chunk in result.chunks:
        charges = by_batch_id[f"propexo-{chunk.chunk_id}"]
        assert {property_of[c["resident_id"]] for c in charges} == {chunk.partition}
        assert {c["batch_id"] for c in charges} == {f"propexo-{chunk.chunk_id}"}
        assert [c["reference_number"] for c in charges] == [
            rows[i - 1]["reference_number"] for i in chunk.rows
        ]
        assert all(c["description"] == c["notes"] for c in charges)
    assert len(fake.accepted_charges()) == 30


class _Recorder:
    """Hooks that check the write-ahead order and measure how many chunks are in flight."""

    def __init__(self, fake: FakePropexo) -> None:
        self.fake = fake
        self.lock = threading.Lock()
        self.events: list[tuple[str, str]] = []
        self.in_flight = 0
        self.most = 0

    def _sent(self, chunk: Chunk) -> bool:
        refs = [c.reference_number for c in chunk.charges]
        return any(
            r.body and [c["reference_number"] for c in r.body["charges"]] == refs
            for r in self.fake.batch_requests()
        )

    def before_send(self, chunk: Chunk) -> None:
        assert not self._sent(chunk)
        with self.lock:
            self.events.append(("before", chunk.id))
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        assert self._sent(chunk) and result.chunk_id == chunk.id
        with self.lock:
            self.events.append(("after", chunk.id))
            self.in_flight -= 1


def _rows(fake: FakePropexo, count: int) -> list[dict[str, Any]]:
    residents = [r for ids in residents_by_location(fake).values() for r in ids]
    return [charge_row(residents[n % len(residents)], n) for n in range(count)]


def test_hooks_run_before_and_after_each_request_within_the_concurrency_bound(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    plan = plan_charges(
        _rows(fake, 90), integration_id=RM, client=client, max_batch_size=3, transaction_dates=DATES
    )
    recorder = _Recorder(fake)
    result = driver.submit_plan(client, plan, concurrency=3, hooks=[recorder])
    assert result.ok and len(result.chunks) == 30
    assert 1 <= recorder.most <= 3
    for chunk in plan.chunks:
        assert recorder.events.index(("before", chunk.id)) < recorder.events.index(
            ("after", chunk.id)
        )


def test_a_failing_hook_stops_the_run_without_sending_its_chunk(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    plan = plan_charges(
        _rows(fake, 30), integration_id=RM, client=client, max_batch_size=3, transaction_dates=DATES
    )

    class Boom:
        def before_send(self, chunk: Chunk) -> None:
            if chunk.index == 2:
                raise OSError("journal disk full")

        def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
            pass

    with pytest.raises(OSError, match="journal disk full"):
        driver.submit_plan(client, plan, concurrency=1, hooks=[Boom()])
    assert len(fake.batch_requests()) == 2


def test_asyncio_submission_matches_sync(fake: FakePropexo, sleeps: Sleeps) -> None:
    rows = _rows(fake, 200)
    recorder = _Recorder(fake)

    async def run() -> Any:
        async with make_client(fake, sleeps) as client:
            return await asubmit_charges(
                client,
                rows,
                integration_id=RM,
                max_batch_size=9,
                concurrency=5,
                hooks=[recorder],
                transaction_dates=DATES,
                journal=None,
            )

    result = asyncio.run(run())
    assert result.ok and 1 <= recorder.most <= 5
    expected = plan_charges(
        rows,
        integration_id=RM,
        max_batch_size=9,
        client=make_client(fake, sleeps),
        transaction_dates=DATES,
    )
    assert result.plan.dumps() == expected.dumps()
    assert Counter(a.charge["reference_number"] for a in fake.accepted_charges()) == Counter(
        r["reference_number"] for r in rows
    )
    assert fake.mixed_location_batches_seen == 0


def test_lookups_are_fetched_once_per_client(
    fake: FakePropexo, client: PropexoClient, sleeps: Sleeps
) -> None:
    rows = _rows(fake, 20)
    first = plan_charges(rows, integration_id=RM, client=client, transaction_dates=DATES)
    lookups = len(fake.requests())
    assert lookups == 1 + 3  # one page of locations, one page of residents per location
    submit_charges(client, rows[:10], integration_id=RM, transaction_dates=DATES, journal=None)
    second = plan_charges(rows, integration_id=RM, client=client, transaction_dates=DATES)
    assert first.dumps() == second.dumps()
    assert len([r for r in fake.requests() if r.method == "GET"]) == lookups
    with make_client(fake, sleeps) as fresh:  # another client fetches for itself
        plan_charges(rows, integration_id=RM, client=fresh, transaction_dates=DATES)
    assert len([r for r in fake.requests() if r.method == "GET"]) == 2 * lookups


def test_an_empty_integration_id_is_refused_before_any_request(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    from propexo import ConfigurationError

    with pytest.raises(ConfigurationError, match="integration_id"):
        driver.submit_charges(client, _rows(fake, 3), integration_id=" ", transaction_dates=DATES)
    assert fake.requests() == []


class _CountedRow(dict[str, Any]):
    """An input row that counts how often it is read as a row (validation reads its keys
    once to hold them to the vendor's fields)."""

    reads: ClassVar[Counter[str]] = Counter()

    def keys(self) -> Any:
        _CountedRow.reads[str(self["reference_number"])] += 1
        return super().keys()


@pytest.mark.parametrize("lookups", [False, True], ids=["located", "looked-up"])
def test_a_new_journaled_submit_validates_each_row_once(
    driver: Driver, fake: FakePropexo, client: PropexoClient, tmp_path: Any, lookups: bool
) -> None:
    location_of = {r: loc for loc, ids in residents_by_location(fake).items() for r in ids}
    rows = [
        _CountedRow(charge_row(resident, n), **({} if lookups else {"location_id": location}))
        for n, (resident, location) in enumerate(sorted(location_of.items())[:6])
    ]
    _CountedRow.reads.clear()
    result = driver.submit_charges(
        client,
        rows,
        integration_id=RM,
        transaction_dates=DATES,
        journal=tmp_path / "j.journal",
    )
    assert result.ok and result.plan.charge_count == len(rows)
    assert _CountedRow.reads == {str(r["reference_number"]): 1 for r in rows}
