"""Retrying failed writes over real HTTP: only a FAILURE is retried (checked first, nothing
sent otherwise), and a chain root -> retried job is followed through to SUCCESS."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from propexo import BadRequestError, InternalServerError, PropexoClient
from propexo.jobs import (
    JobChain,
    JobHooks,
    JobStatus,
    JobTimeoutError,
    NotRetryableError,
    WriteStatus,
)

from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault, Outcome
from tests.jobs_support import (
    RETRY_WRITE,
    atracker_for,
    client_for,
    manual_fake,
    status_polls,
)


@pytest.fixture
def manual() -> Iterator[FakePropexo]:
    """The fake on a manual clock (every sleep of client and tracker advances it)."""
    with manual_fake(1, 2) as server:
        yield server


@pytest.fixture
def client(manual: FakePropexo) -> Iterator[PropexoClient]:
    with client_for(manual) as c:
        yield c


def job_with(fake: FakePropexo, *outcomes: Outcome) -> str:
    """A job with the first outcome; its retries get the next ones, in order."""
    fake.queue_job_outcomes(*outcomes)
    [job_id] = fake.create_jobs(1)
    return job_id


def retry_of(fake: FakePropexo, job_id: str) -> str | None:
    with fake.state.lock:
        return fake.state.jobs[job_id].retry_of


class Recorder(JobHooks):
    def __init__(self) -> None:
        self.events: list[str] = []

    def on_status(self, status: JobStatus) -> None:
        self.events.append(f"{status.job_id} {status.write_status}")

    def before_retry(self, status: JobStatus) -> None:
        self.events.append(f"retrying {status.job_id}")

    def after_retry(self, chain: JobChain) -> None:
        self.events.append(f"retried as {chain.current_job_id}")


@pytest.mark.parametrize(
    "outcome",
    [
        Outcome("SUCCESS", delay=100),  # still PENDING
        Outcome("SUCCESS"),
        Outcome("PARTIAL_SUCCESS", errors=("charges[0]: closed",)),
    ],
)
def test_only_a_failure_is_retried_and_anything_else_sends_nothing(
    driver: Driver, manual: FakePropexo, client: PropexoClient, outcome: Outcome
) -> None:
    job_id = job_with(manual, outcome)
    with pytest.raises(NotRetryableError) as caught:
        driver.tracker(client).retry(job_id)
    status = "PENDING" if outcome.delay else outcome.status
    assert caught.value.write_status == status and caught.value.job_id == job_id
    assert f"is {status}: only a FAILURE can be retried (no retry was sent)" in str(caught.value)
    assert manual.requests(RETRY_WRITE) == [] and status_polls(manual) == 1


def test_a_failure_is_retried_and_the_chain_holds_the_new_job(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    root = job_with(manual, Outcome("FAILURE", errors=("PMS down",)), Outcome("SUCCESS"))
    chain = driver.tracker(client).retry(root)
    assert chain.root_job_id == root and chain.retries == 1
    assert retry_of(manual, chain.current_job_id) == root
    assert [s.write_status for s in chain.statuses] == [WriteStatus.FAILURE]
    assert chain.statuses[0].errors == ("PMS down",) and chain.final is None
    assert len(manual.requests(RETRY_WRITE)) == 1


def test_a_chain_is_followed_through_to_success_with_its_history(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    root = job_with(
        manual,
        Outcome("FAILURE", delay=3, errors=("Rent Manager timed out",)),
        Outcome("FAILURE", delay=5, errors=("Rent Manager timed out again",)),
        Outcome("SUCCESS", delay=2, created_record_id="rec-9"),
    )
    hooks = Recorder()
    chain = driver.tracker(client, hooks=[hooks]).follow(root, retries=3)
    first, second, third = chain.job_ids
    assert first == root and retry_of(manual, second) == root and retry_of(manual, third) == second
    assert [(s.job_id, s.write_status, s.errors) for s in chain.statuses] == [
        (root, WriteStatus.FAILURE, ("Rent Manager timed out",)),
        (second, WriteStatus.FAILURE, ("Rent Manager timed out again",)),
        (third, WriteStatus.SUCCESS, ()),
    ]
    assert chain.final is not None and chain.final.ok and chain.final.created_record_id == "rec-9"
    assert chain.retries == 2 and len(manual.requests(RETRY_WRITE)) == 2  # one retry left unused
    assert hooks.events == [
        f"{root} PENDING", f"{root} PENDING", f"{root} FAILURE",  # polls at 0, 1, 3 s
        f"retrying {root}", f"retried as {second}",
        f"{second} PENDING", f"{second} PENDING", f"{second} PENDING", f"{second} FAILURE",  # 7
        f"retrying {second}", f"retried as {third}",
        f"{third} PENDING", f"{third} PENDING", f"{third} SUCCESS",
    ]  # fmt: skip


def test_follow_stops_when_the_retries_run_out(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    root = job_with(manual, Outcome("FAILURE", errors=("a",)), Outcome("FAILURE", errors=("b",)))
    tracker = driver.tracker(client)
    assert tracker.follow(root, retries=0).job_ids == (root,)
    assert manual.requests(RETRY_WRITE) == []
    chain = tracker.follow(root, retries=1)
    assert chain.final is not None and chain.final.write_status is WriteStatus.FAILURE
    assert [s.errors for s in chain.statuses] == [("a",), ("b",)]
    again = tracker.retry(chain)  # a chain is retried from its newest job
    assert again.job_ids[:2] == chain.job_ids and retry_of(manual, again.current_job_id) == (
        chain.current_job_id
    )


def test_a_timeout_while_following_carries_the_chain(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    root = job_with(manual, Outcome("FAILURE", delay=1), Outcome("SUCCESS", delay=1_000))
    with pytest.raises(JobTimeoutError) as caught:
        driver.tracker(client).follow(root, timeout=60)
    chain = caught.value.chain
    assert chain is not None and chain.retries == 1 and chain.final is None
    assert caught.value.job_id == chain.current_job_id != root
    assert caught.value.last is not None and caught.value.last.write_status == "PENDING"
    assert caught.value.last.checked_at - chain.statuses[0].started_at == pytest.approx(60, 0.01)


def test_retry_errors_say_whether_the_write_may_have_been_requeued(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    tracker = driver.tracker(client)
    root = job_with(manual, Outcome("FAILURE"))
    manual.inject(Fault.http(500), f"POST /v1/admin/retry-write/{root}")
    with pytest.raises(InternalServerError, match="may have been queued") as server_error:
        tracker.retry(root)
    assert server_error.value.status_code == 500
    assert len(manual.requests(RETRY_WRITE)) == 1  # a POST that may have worked is not resent
    manual.inject(Fault.http(503), f"POST /v1/admin/retry-write/{root}")  # maybe done too
    with pytest.raises(InternalServerError, match="may have been queued"):
        tracker.retry(root)
    assert len(manual.requests(RETRY_WRITE)) == 2  # not resent either: a 503 may have queued it
    manual.inject(Fault.too_many_requests(), f"POST /v1/admin/retry-write/{root}")  # not done
    assert tracker.retry(root).retries == 1 and len(manual.requests(RETRY_WRITE)) == 4
    manual.inject(Fault.http(400), f"POST /v1/admin/retry-write/{root}")
    with pytest.raises(BadRequestError) as refused:
        tracker.retry(root)
    assert refused.value.status_code == 400 and "may have been" not in str(refused.value)
    with pytest.raises(
        BadRequestError, match=r"^job job-404: GET /v1/admin/write-status: HTTP 400"
    ):
        tracker.retry("job-404")
    assert len(manual.requests(RETRY_WRITE)) == 5  # the unknown id was checked, not retried


def test_a_hook_that_raises_before_the_retry_keeps_it_unsent(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    class Refuse(JobHooks):
        def before_retry(self, status: JobStatus) -> None:
            raise RuntimeError("journal is read-only")

    root = job_with(manual, Outcome("FAILURE"))
    with pytest.raises(RuntimeError, match="read-only"):
        driver.tracker(client, hooks=[Refuse()]).retry(root)
    assert manual.requests(RETRY_WRITE) == []


def test_the_async_tracker_follows_a_chain_too(manual: FakePropexo, client: PropexoClient) -> None:
    root = job_with(manual, Outcome("FAILURE", delay=2), Outcome("SUCCESS", delay=2))
    pending = job_with(manual, Outcome("SUCCESS", delay=50))
    tracker = atracker_for(client)

    async def run() -> JobChain:
        with pytest.raises(NotRetryableError):
            await tracker.retry(pending)
        return await tracker.follow(root)

    chain = asyncio.run(run())
    assert [s.write_status for s in chain.statuses] == [WriteStatus.FAILURE, WriteStatus.SUCCESS]
    assert len(manual.requests(RETRY_WRITE)) == 1


class ThreadRecorder(Recorder):
    """A `Recorder` that also notes the thread each hook ran in."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[int] = set()

    def on_status(self, status: JobStatus) -> None:
        self.threads.add(threading.get_ident())
        super().on_status(status)

    def before_retry(self, status: JobStatus) -> None:
        self.threads.add(threading.get_ident())
        super().before_retry(status)

    def after_retry(self, chain: JobChain) -> None:
        self.threads.add(threading.get_ident())
        super().after_retry(chain)


def test_the_async_tracker_runs_its_hooks_off_the_event_loop_in_order(
    manual: FakePropexo, client: PropexoClient
) -> None:
    """A journal's hook writes and fsyncs: under asyncio it must never block the loop."""
    root = job_with(manual, Outcome("FAILURE"), Outcome("SUCCESS"))
    watched = job_with(manual, Outcome("SUCCESS"))
    hooks = ThreadRecorder()
    tracker = atracker_for(client, hooks=[hooks])

    async def run() -> tuple[JobChain, int]:
        chain = await tracker.follow(root)
        await tracker.wait_all([watched])
        return chain, threading.get_ident()

    chain, loop = asyncio.run(run())
    second = chain.current_job_id
    assert hooks.events == [
        f"{root} FAILURE", f"retrying {root}", f"retried as {second}", f"{second} SUCCESS",
        f"{watched} SUCCESS",
    ]  # fmt: skip
    assert hooks.threads and loop not in hooks.threads


def test_a_chain_keeps_its_history_consistent() -> None:
    failed = JobStatus("j1", WriteStatus.FAILURE, ("x",))
    chain = JobChain.start("j1").finished(failed).retried("j2")
    assert chain.job_ids == ("j1", "j2") and chain.final is None
    with pytest.raises(ValueError, match="FAILURE"):
        JobChain.start("j1").finished(JobStatus("j1", WriteStatus.SUCCESS)).retried("j2")
    with pytest.raises(ValueError, match="PENDING"):
        JobChain.start("j1").finished(JobStatus("j1", WriteStatus.PENDING))
    with pytest.raises(ValueError, match="out of place"):
        JobChain(("j1",), (JobStatus("j9", WriteStatus.FAILURE),))
    with pytest.raises(ValueError, match="root"):
        JobChain(())
