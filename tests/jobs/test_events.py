"""Job tracking that listens: a failure event naming a tracked job ends its wait at once,
through one confirming status request (the event is a hint; the write status decides), and
polling stays the fallback. Both drivers; polls are counted, never timed."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from propexo import PropexoClient
from propexo.jobs import JobHooks, JobStatus, PollPolicy, WriteStatus
from propexo.webhooks import construct_event

from tests.conftest import make_client
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Outcome
from tests.jobs_support import client_for, manual_fake, status_polls
from tests.webhooks.test_receiver import register
from tests.webhooks_support import SECRET, served_receiver, sign

#: One poll an hour: a wait that ends within the test ended because of the event.
HOURLY = PollPolicy(initial=3600, cap=3600, jitter=0.0)
#: How long a test waits for a thread it started before calling it stuck (a hang guard: never
#: reached when the code works, so no assertion depends on how fast the machine is).
STUCK = 120.0


def failure(job_id: str | None, trigger: str = "WRITE_OPERATION_FAILURE") -> Any:
    """A verified failure event naming `job_id` at the top level (None: naming no job)."""
    body = json.dumps({} if job_id is None else {"job_id": job_id}).encode()
    return construct_event(body, sign(body), SECRET, trigger=trigger)


def poll_offsets(fake: FakePropexo) -> list[float]:
    """When the fake saw each status request, in seconds from the first."""
    times = [r.time for r in fake.requests("/v1/admin/write-status/{root_job_id}")]
    return [round(t - times[0], 3) for t in times]


class OnStatus(JobHooks):
    """Calls `then` with each status a poll brought (in the waiting thread or loop)."""

    def __init__(self, then: Callable[[JobStatus], None]) -> None:
        self.then = then

    def on_status(self, status: JobStatus) -> None:
        self.then(status)


class InThread:
    """`call()` in a daemon thread; `result()` waits for it (at most `STUCK` seconds)."""

    def __init__(self, call: Callable[[], Any]) -> None:
        self._answer: list[Any] = []
        self._thread = threading.Thread(target=lambda: self._answer.append(call()), daemon=True)
        self._thread.start()

    def result(self) -> Any:
        self._thread.join(STUCK)
        assert not self._thread.is_alive(), "the wait did not end after the event"
        return self._answer[0]


@pytest.fixture
def real_time_client(fake: FakePropexo) -> Iterator[PropexoClient]:
    """A client that sleeps in real time (the tracker's nap is then cut short by an event)."""
    with make_client(fake, sleep=time.sleep, async_sleep=asyncio.sleep) as c:
        yield c


def test_a_delivered_failure_ends_a_long_wait_after_one_confirming_poll(
    driver: Driver, fake: FakePropexo, real_time_client: PropexoClient
) -> None:
    fake.queue_job_outcomes(Outcome("FAILURE", delay=10**6))  # PENDING until told otherwise
    [job_id] = fake.create_jobs(1)
    polled = threading.Event()
    tracker = driver.tracker(real_time_client, HOURLY, hooks=[OnStatus(lambda s: polled.set())])
    with served_receiver(on_failure=tracker.notify) as served:
        register(real_time_client, served.url, "WRITE_OPERATION_FAILURE")
        waiting = InThread(lambda: tracker.wait(job_id, timeout=None))
        assert polled.wait(STUCK)  # the first poll saw PENDING; the next is an hour away
        fake.set_job_outcome(job_id, Outcome("FAILURE"))  # the job fails now
        [delivery] = fake.deliver_webhooks()  # signed, over HTTP, to the example receiver
        final = waiting.result()
    assert delivery.status == 200 and [e.job_id for e in served.failures] == [job_id]
    assert final.write_status is WriteStatus.FAILURE
    assert final.polls == 2 == status_polls(fake, job_id)


def test_an_event_is_a_hint_a_pending_confirmation_keeps_polling(driver: Driver) -> None:
    with manual_fake(1, 2) as manual, client_for(manual) as client:
        manual.queue_job_outcomes(Outcome("SUCCESS", delay=20))
        [job_id] = manual.create_jobs(1)
        answers: list[bool] = []

        def after_first_poll(status: JobStatus) -> None:
            if status.polls == 1:
                answers.append(tracker.notify(failure(job_id)))

        tracker = driver.tracker(client, hooks=[OnStatus(after_first_poll)])
        final = tracker.wait(job_id, timeout=600)
    assert answers == [True]
    assert final.write_status is WriteStatus.SUCCESS  # the server's word, not the event's
    # polled again at once, then the backoff goes on (2, 4, then the 5 s cap) until it ends
    assert poll_offsets(manual) == [0, 0, 2, 6, 11, 16, 21]


def test_events_naming_no_tracked_job_are_ignored(driver: Driver) -> None:
    with manual_fake(1, 2) as manual, client_for(manual) as client:
        manual.queue_job_outcomes(Outcome("SUCCESS", delay=20))
        [job_id] = manual.create_jobs(1)
        answers: list[bool] = []
        others = [
            failure("job-elsewhere"),
            failure(None),
            failure(job_id, trigger="DATA_NEW"),  # not a failure: not a hint
            failure(job_id, trigger="NEW_KIND_OF_FAILURE"),
        ]

        def after_first_poll(status: JobStatus) -> None:
            if status.polls == 1:
                answers.extend(tracker.notify(event) for event in others)

        tracker = driver.tracker(client, hooks=[OnStatus(after_first_poll)])
        tracker.wait(job_id, timeout=600)
    assert answers == [False, False, False, False]
    assert poll_offsets(manual) == [0, 1, 3, 7, 12, 17, 22]  # as without events
    assert not tracker.notify(failure(job_id))  # its wait is over


def test_a_job_failure_naming_the_job_under_meta_is_a_hint_too(driver: Driver) -> None:
    body = json.dumps({"meta": {"job_id": "job-000001"}}).encode()
    event = construct_event(body, sign(body), SECRET, trigger="JOB_FAILURE")
    with manual_fake(1, 2) as manual, client_for(manual) as client:
        manual.queue_job_outcomes(Outcome("FAILURE", delay=20))
        [job_id] = manual.create_jobs(1)
        assert job_id == "job-000001"
        answers: list[bool] = []

        def after_first_poll(status: JobStatus) -> None:
            if status.polls == 1:
                answers.append(tracker.notify(event))

        tracker = driver.tracker(client, hooks=[OnStatus(after_first_poll)])
        tracker.wait(job_id, timeout=600)
    assert answers == [True] and poll_offsets(manual) == [0, 0, 2, 6, 11, 16, 21]


def test_an_event_reaches_a_watched_job_while_the_only_poller_sleeps_on_another(
    driver: Driver, fake: FakePropexo, real_time_client: PropexoClient
) -> None:
    fake.queue_job_outcomes(*[Outcome("FAILURE", delay=10**6)] * 2)
    first, second = fake.create_jobs(2)
    seen: list[JobStatus] = []

    def then(status: JobStatus) -> None:
        seen.append(status)
        if len(seen) == 2:  # both PENDING; the poller takes the first job and sleeps an hour
            fake.set_job_outcome(second, Outcome("FAILURE"))
            assert tracker.notify(failure(second))
        elif status.job_id == second and status.final:
            fake.set_job_outcome(first, Outcome("FAILURE"))
            assert tracker.notify(failure(first, trigger="JOB_FAILURE"))

    tracker = driver.tracker(real_time_client, HOURLY, concurrency=1, hooks=[OnStatus(then)])
    reports = InThread(lambda: tracker.wait_all([first, second], timeout=None)).result()
    assert [reports[j].write_status for j in (first, second)] == [WriteStatus.FAILURE] * 2
    assert (status_polls(fake, first), status_polls(fake, second)) == (2, 2)
