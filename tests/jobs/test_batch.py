"""Waiting on a batch submission's jobs: each chunk's final status and each input row's fate
(landed, failed, partially failed, unknown), over real HTTP against the fake."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import pytest
from propexo import PropexoClient, submit_charges
from propexo.charges import Outcome as Sent
from propexo.charges import SubmissionResult
from propexo.jobs import (
    JobTimeoutError,
    RowFate,
    RowStatus,
    SubmissionStatus,
    WriteStatus,
    submission_status,
)
from propexo.jobs._batch import Submission

from tests.conftest import DATES, RM, TOKEN, charge_row, residents_by_location
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault, ManualClock, Outcome
from tests.jobs_support import atracker_for, client_for

BATCH = "/v1/resident-charges/batch/rentmanager/"


@pytest.fixture
def manual() -> Iterator[FakePropexo]:
    with FakePropexo(token=TOKEN, clock=ManualClock(), rate_limit=None) as server:
        server.seed_rentmanager(3, 6, integration_id=RM)
        server.set_job_policy(Outcome("SUCCESS", delay=10**6))  # each test decides
        yield server
    assert not server.internal_errors


@pytest.fixture
def client(manual: FakePropexo) -> Iterator[PropexoClient]:
    with client_for(manual) as c:
        yield c


def first_ref(ref: str) -> object:
    """A fault predicate: the batch whose first charge has reference number `ref`."""
    return lambda info: info.body["charges"][0]["reference_number"] == ref


def submit_seven_chunks(fake: FakePropexo, client: PropexoClient) -> SubmissionResult:
    """14 charges in 3 locations (6, 4, 4) in chunks of 2: 7 chunks, refs REF-000000.. in
    plan order. The 6th chunk is refused (400), the 7th accepted but its answer lost."""
    locations = residents_by_location(fake)
    rows, n = [], 0
    for location, count in zip(sorted(locations), (6, 4, 4), strict=True):
        for resident in locations[location][:count]:
            rows.append(charge_row(resident, n, location_id=location))
            n += 1
    fake.inject(Fault.http(400), BATCH, when=first_ref("REF-000010"))
    fake.inject(Fault.drop_after(), BATCH, when=first_ref("REF-000012"))
    result = submit_charges(
        client,
        rows,
        integration_id=RM,
        max_batch_size=2,
        concurrency=1,
        transaction_dates=DATES,
        journal=None,
    )
    assert [c.outcome for c in result.chunks] == [Sent.ACCEPTED] * 5 + [
        Sent.REJECTED,
        Sent.UNKNOWN,
    ]
    return result


def row_view(rows: list[RowStatus]) -> list[tuple[str, RowFate, tuple[str, ...]]]:
    return [(r.reference_number, r.fate, r.errors) for r in rows]


def test_every_row_gets_its_fate_from_its_chunk_and_job(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    result = submit_seven_chunks(manual, client)
    landed, partial, vague, failed, slow = (c.job_id for c in result.chunks[:5])
    for job_id, outcome in [
        (landed, Outcome("SUCCESS", delay=4)),
        (partial, Outcome("PARTIAL_SUCCESS", delay=9, errors=("charges[1]: code closed",))),
        (vague, Outcome("PARTIAL_SUCCESS", delay=2, errors=("some charges were refused",))),
        (failed, Outcome("FAILURE", delay=5, errors=("Rent Manager is down",))),
        (slow, Outcome("SUCCESS", delay=10_000)),
    ]:
        assert job_id is not None
        manual.set_job_outcome(job_id, outcome)

    status = driver.tracker(client).wait_submission(result, timeout=120)

    chunks = status.chunks
    assert [c.fate for c in chunks] == [
        RowFate.LANDED,
        RowFate.PARTIALLY_FAILED,
        RowFate.PARTIALLY_FAILED,
        RowFate.FAILED,
        RowFate.UNKNOWN,
        RowFate.FAILED,
        RowFate.UNKNOWN,
    ]
    assert chunks[1].job is not None and chunks[1].job.write_status is WriteStatus.PARTIAL_SUCCESS
    assert isinstance(chunks[4].error, JobTimeoutError) and chunks[4].job is None
    assert chunks[5].job is None and chunks[5].error is None  # refused: there is no job
    rows = status.rows()
    assert [r.row for r in rows] == list(range(1, 15))  # every input row once, in order
    assert [r.job_id for r in rows[:10]] == [c.job_id for c in result.chunks[:5] for _ in "ab"]
    assert row_view(rows)[:8] == [
        ("REF-000000", RowFate.LANDED, ()),
        ("REF-000001", RowFate.LANDED, ()),
        ("REF-000002", RowFate.LANDED, ()),  # the error names charges[1] only
        ("REF-000003", RowFate.FAILED, ("charges[1]: code closed",)),
        ("REF-000004", RowFate.PARTIALLY_FAILED, ("some charges were refused",)),
        ("REF-000005", RowFate.PARTIALLY_FAILED, ("some charges were refused",)),
        ("REF-000006", RowFate.FAILED, ("Rent Manager is down",)),
        ("REF-000007", RowFate.FAILED, ("Rent Manager is down",)),
    ]
    timed_out, refused, lost = rows[8], rows[10], rows[12]
    assert timed_out.fate is RowFate.UNKNOWN and "still PENDING after 120 s" in timed_out.errors[0]
    assert refused.fate is RowFate.FAILED and refused.job_id is None
    assert refused.errors[0].startswith("HTTP 400")
    assert lost.fate is RowFate.UNKNOWN and "may have been processed" in lost.errors[0]
    assert status.counts() == Counter(
        {RowFate.LANDED: 3, RowFate.FAILED: 5, RowFate.PARTIALLY_FAILED: 2, RowFate.UNKNOWN: 4}
    )
    assert not status.ok

    # The asyncio twin reads the same jobs (all but the slow one final) to the same rows.
    again = asyncio.run(atracker_for(client).wait_submission(result, timeout=10))
    assert [r.fate for r in again.rows()] == [r.fate for r in rows]
    assert row_view(again.rows())[:8] == row_view(rows)[:8]


def test_a_submission_whose_jobs_all_succeed_is_ok(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    manual.set_job_policy(Outcome("SUCCESS", delay=3))
    residents = residents_by_location(manual)[f"{RM}-loc-001"]
    rows = [charge_row(r, n) for n, r in enumerate(residents)]
    result = submit_charges(
        client, rows, integration_id=RM, max_batch_size=2, transaction_dates=DATES, journal=None
    )
    status = driver.tracker(client).wait_submission(result)
    assert status.ok and status.counts() == Counter({RowFate.LANDED: 6})
    assert len(status.chunks) == 3 and all(c.job and c.job.ok for c in status.chunks)


def test_reports_are_matched_to_chunks_by_job_id(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    manual.set_job_policy(Outcome("SUCCESS"))
    residents = residents_by_location(manual)[f"{RM}-loc-000"]
    result = submit_charges(
        client,
        [charge_row(r, n) for n, r in enumerate(residents)],
        integration_id=RM,
        max_batch_size=5,
        transaction_dates=DATES,
        journal=None,
    )
    assert submission_status(result, {}).chunks[0].fate is RowFate.UNKNOWN  # nothing known yet
    with pytest.raises(TypeError, match="SubmissionResult"):
        driver.tracker(client).wait_submission(result.chunks)  # type: ignore[arg-type]
    assert isinstance(driver.tracker(client).wait_submission(result), SubmissionStatus)


def test_a_charges_submission_is_what_jobs_waits_on(
    manual: FakePropexo, client: PropexoClient
) -> None:
    """jobs does not import charges: a `SubmissionResult` satisfies its `Submission` protocol
    (statically too: mypy checks the assignment), rows and outcomes included."""
    result = submit_seven_chunks(manual, client)
    submission: Submission = result
    assert isinstance(submission, Submission)
    status = submission_status(submission, {})
    assert [r.row for r in status.rows()] == [r.row for r in result.rows()]
    assert [r.reference_number for r in status.rows()] == [
        r.reference_number for r in result.rows()
    ]
