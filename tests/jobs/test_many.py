"""Watching many jobs at once over real HTTP: a thousand under the fake's rate limit without a
429, each job reported as soon as it ends, errors kept to their own job.

Time runs faster for everyone (fake, client pacing, tracker) with `RealClock(speed)` in the
rate-limited tests; the others run on the fake's manual clock with one poller, exactly. The
rate-limit window stays 6 s of real time, so that scheduling noise on a busy machine (a few
ms) is small against the pacer's 2 % headroom, as a real 60 s window is.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import AsyncGenerator, Generator, Iterator
from typing import Any

import pytest
from propexo import BadRequestError, ResponseValidationError
from propexo.jobs import (
    JobError,
    JobStatus,
    JobTimeoutError,
    PollPolicy,
    Progress,
    WriteStatus,
)
from propexo.jobs._schedule import report_job_id

from tests.conftest import RM, TOKEN
from tests.fake_propexo import (
    FakePropexo,
    Fault,
    ManualClock,
    Outcome,
    RandomOutcomes,
    RealClock,
)
from tests.jobs_support import (
    atracker_for,
    client_for,
    status_polls,
    status_route,
    tracker_for,
)

SPEED = 10
#: Propexo's 150 a minute scaled by ten, and everything that depends on it with it: the ~2 s
#: slow-down past 80 %, job durations (up to 30 s instead of 5 min) and the poll intervals.
SCALE = 10
LIMIT, WINDOW = 150 * SCALE, 60.0
SCALED = PollPolicy(initial=1 / SCALE, cap=30 / SCALE)


def limited_fake(seed: int) -> FakePropexo:
    fake = FakePropexo(
        token=TOKEN,
        clock=RealClock(speed=SPEED),
        rate_limit=LIMIT,
        rate_window=WINDOW,
        throttle_delay=2.0 / SCALE,
        job_outcome=RandomOutcomes(seed, success=0.7, partial=0.2, failure=0.1, delay=(0, 30)),
    )
    fake.start()
    fake.seed_rentmanager(1, 2, integration_id=RM)
    return fake


def expected(fake: FakePropexo, job_id: str) -> tuple[str, tuple[str, ...]]:
    with fake.state.lock:
        job = fake.state.jobs[job_id]
        return job.outcome.status, tuple(job.outcome.error_list(len(job.charges)))


@pytest.mark.slow
def test_a_thousand_jobs_are_all_detected_under_the_rate_limit_without_a_429() -> None:
    fake = limited_fake(seed=4)
    try:
        ids = fake.create_jobs(1000)
        progress: list[Progress] = []
        with client_for(fake, rate_limit=LIMIT, rate_window=WINDOW) as client:
            started = fake.clock.now()
            reports = list(
                tracker_for(client, SCALED).watch(ids, timeout=None, on_progress=progress.append)
            )
            took = fake.clock.now() - started
        assert fake.rate_limited_count == 0 and fake.too_many_requests_count == 0
        assert sorted(report_job_id(r) for r in reports) == sorted(ids)  # each exactly once
        assert all(isinstance(r, JobStatus) and r.final for r in reports)
        for report in reports:
            assert isinstance(report, JobStatus)
            assert (report.write_status, report.errors) == expected(fake, report.job_id)
        polls = status_polls(fake)
        finals = Counter(r.write_status for r in reports if isinstance(r, JobStatus))
        assert progress[-1] == Progress(
            1000,
            success=finals[WriteStatus.SUCCESS],
            partial_success=finals[WriteStatus.PARTIAL_SUCCESS],
            failure=finals[WriteStatus.FAILURE],
            polls=polls,
        )
        assert min(finals.values()) > 50  # the random outcomes gave each final status
        assert len(progress) == polls and progress[-1].pending == 0
        # The limit bound the run: a window's free budget is spent at once, then each window
        # allows LIMIT more, so the polls beyond the first window's took their windows.
        assert took >= 0.95 * (polls - LIMIT) / LIMIT * WINDOW
        assert fake.limiter.throttled > 0  # and the server's 80 % slow-down was met
    finally:
        fake.stop()


@pytest.mark.slow
def test_the_async_tracker_shares_the_same_pacing() -> None:
    fake = limited_fake(seed=5)
    try:
        ids = fake.create_jobs(300)
        with client_for(fake, rate_limit=LIMIT, rate_window=WINDOW) as client:

            async def run() -> list[JobStatus | JobError]:
                tracker = atracker_for(client, SCALED)
                return [r async for r in tracker.watch(ids, timeout=None)]

            reports = asyncio.run(run())
        assert fake.rate_limited_count == 0 and fake.too_many_requests_count == 0
        assert sorted(report_job_id(r) for r in reports) == sorted(ids)
        for report in reports:
            assert isinstance(report, JobStatus)
            assert (report.write_status, report.errors) == expected(fake, report.job_id)
    finally:
        fake.stop()


@pytest.fixture
def manual() -> Iterator[FakePropexo]:
    """The fake on a manual clock (sleeps advance it), no rate limit: with one poller, every
    poll happens at its scheduled time exactly, whatever the machine's load."""
    with FakePropexo(token=TOKEN, clock=ManualClock(), rate_limit=None) as server:
        server.seed_rentmanager(1, 2, integration_id=RM)
        yield server


def test_one_slow_job_does_not_hold_back_the_others(manual: FakePropexo) -> None:
    cap = 2.0  # polls at 0, 0.5, 1.5, 3.5, 5.5, 7.5, ... s: one per job below
    with client_for(manual) as client:
        policy = PollPolicy(initial=0.5, cap=cap, jitter=0)
        tracker = tracker_for(client, policy, concurrency=1)
        tracker.status(manual.create_jobs(1)[0])  # connect first: time the jobs, not the setup
        manual.queue_job_outcomes(
            Outcome("SUCCESS", delay=10_000),
            *(Outcome("SUCCESS", delay=d) for d in (7, 1, 5, 3)),
        )
        started = manual.clock.now()
        slow, *quick = manual.create_jobs(5)
        seen: list[tuple[str, float]] = []
        for report in tracker.watch([slow, *quick], timeout=15):
            if report_job_id(report) == slow:
                assert isinstance(report, JobTimeoutError)
                assert report.last is not None and report.last.write_status == "PENDING"
                seen.append((report.job_id, manual.clock.now() - started))
            else:  # when the poll that saw it end was answered
                assert isinstance(report, JobStatus)
                seen.append((report.job_id, report.checked_at - started))
    assert [job for job, _ in seen] == [quick[1], quick[3], quick[2], quick[0], slow]
    for (job, at), delay in zip(seen, (1, 3, 5, 7), strict=False):
        assert delay <= at < delay + cap, (job, at)  # within one capped interval
    assert seen[-1][1] >= 15


def test_each_job_reports_its_own_errors_and_one_bad_job_stops_nothing(
    manual: FakePropexo,
) -> None:
    manual.queue_job_outcomes(
        Outcome("SUCCESS", delay=1, created_record_id="rec-1"),
        Outcome("PARTIAL_SUCCESS", delay=2, errors=("charges[0]: closed period",)),
        Outcome("FAILURE", delay=1, errors=("Rent Manager unavailable",)),
        Outcome("SUCCESS", delay=1),
    )
    ok, partial, failed, garbled = manual.create_jobs(4)
    maybe: dict[str, object] = {"write_status": 7, "errors": [], "created_record_id": None}
    manual.inject(Fault.reply(maybe), status_route(garbled))
    with client_for(manual) as client:
        reports = tracker_for(client, PollPolicy(initial=0.5, cap=1), concurrency=1).wait_all(
            [ok, partial, "job-unknown", failed, garbled, ok], timeout=30
        )
    assert list(reports) == [ok, partial, "job-unknown", failed, garbled]  # input order, once
    assert isinstance(reports["job-unknown"], BadRequestError)
    assert isinstance(reports[garbled], ResponseValidationError)
    assert "Expected a string, got int" in str(reports[garbled])
    found = {j: r for j, r in reports.items() if isinstance(r, JobStatus)}
    assert found[ok].created_record_id == "rec-1" and found[ok].ok
    assert (found[partial].write_status, found[partial].errors) == (
        WriteStatus.PARTIAL_SUCCESS,
        ("charges[0]: closed period",),
    )
    assert (found[failed].write_status, found[failed].errors) == (
        WriteStatus.FAILURE,
        ("Rent Manager unavailable",),
    )


def test_stopping_early_stops_the_polling(manual: FakePropexo) -> None:
    # One poller on the manual clock: both jobs are polled at 0, 0.2, 0.4, ... exactly.
    fake = manual
    with client_for(fake) as client:
        tracker = tracker_for(client, PollPolicy(initial=0.2, cap=0.2, jitter=0), concurrency=1)
        tracker.status(fake.create_jobs(1)[0])  # connect first
        fake.queue_job_outcomes(Outcome("SUCCESS", delay=10_000), Outcome("SUCCESS", delay=1))
        slow, quick = fake.create_jobs(2)
        watch = tracker.watch([slow, quick], timeout=None)
        assert isinstance(watch, Generator)  # closing it stops the polling
        first = next(watch)
        watch.close()
        polls = status_polls(fake, slow)
        # On this clock the poller would go on at once and for ever: it must end instead.
        for poller in [t for t in threading.enumerate() if t.name.startswith("propexo-jobs-")]:
            poller.join(timeout=10)
            assert not poller.is_alive(), "the poller goes on after the watch was closed"
        after = status_polls(fake, slow)
    assert isinstance(first, JobStatus) and first.job_id == quick and first.ok
    assert polls >= 3 and after <= polls + 1  # at most the poll already under way


def test_closing_an_async_watch_cancels_its_pollers(manual: FakePropexo) -> None:
    fake = manual
    with client_for(fake) as client:
        tracker = atracker_for(client, PollPolicy(initial=0.2, cap=0.2, jitter=0), concurrency=2)
        fake.queue_job_outcomes(Outcome("SUCCESS", delay=10_000), Outcome("SUCCESS", delay=1))
        slow, quick = fake.create_jobs(2)

        async def go() -> tuple[JobStatus | JobError, list[asyncio.Task[Any]]]:
            watch = tracker.watch([slow, quick], timeout=None)
            assert isinstance(watch, AsyncGenerator)  # closing it stops the polling
            first = await anext(watch)
            await watch.aclose()
            # A request already on the wire may end by itself (the transport's own send task,
            # which frees its connection); no poller may go on.
            return first, [
                t
                for t in asyncio.all_tasks()
                if t is not asyncio.current_task()
                and t.get_coro().__qualname__ != "AsyncPacedTransport._send"  # type: ignore[union-attr]
            ]

        first, left = asyncio.run(go())
    assert isinstance(first, JobStatus) and first.job_id == quick and first.ok
    assert left == []  # no poller outlives the watch
