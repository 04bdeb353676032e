"""Waiting for one job over real HTTP against the fake, on a manual clock: exact poll times,
final statuses with their errors, timeouts, unknown ids, malformed answers and 5xx."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from propexo import (
    APIStatusError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PropexoClient,
    ResponseValidationError,
)
from propexo._errors import is_transient, job_of
from propexo._flow import Flow
from propexo.jobs import (
    JobHooks,
    JobStatus,
    JobTimeoutError,
    PollPolicy,
    WriteStatus,
)
from propexo.jobs._base import TrackerBase
from propexo.jobs._schedule import Polled, Schedule, Tracked

from tests.conftest import TOKEN
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault, ManualClock, Outcome
from tests.jobs_support import (
    atracker_for,
    client_for,
    manual_fake,
    status_polls,
    status_route,
)


@pytest.fixture
def manual() -> Iterator[FakePropexo]:
    """The fake on a manual clock (every sleep of client and tracker advances it)."""
    with manual_fake(2, 3) as server:
        yield server


@pytest.fixture
def client(manual: FakePropexo) -> Iterator[PropexoClient]:
    with client_for(manual) as c:
        yield c


def one_job(fake: FakePropexo, outcome: Outcome) -> str:
    fake.queue_job_outcomes(outcome)
    [job_id] = fake.create_jobs(1)
    return job_id


def poll_times(fake: FakePropexo, job_id: str) -> list[float]:
    """When the fake saw each status request of the job, from the first one."""
    times = [
        r.time
        for r in fake.requests("/v1/admin/write-status/{root_job_id}")
        if r.path.endswith(job_id)
    ]
    return [round(t - times[0], 3) for t in times]


def test_wait_backs_off_exponentially_and_returns_the_final_status(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS", delay=20, created_record_id="rec-42"))
    final = driver.tracker(client).wait(job_id, timeout=600)
    assert final.write_status is WriteStatus.SUCCESS and final.ok and final.final
    assert (final.job_id, final.errors, final.created_record_id) == (job_id, (), "rec-42")
    assert poll_times(manual, job_id) == [0, 1, 3, 7, 12, 17, 22]  # 1, 2, 4, then the 5 s cap
    assert final.polls == 7 == status_polls(manual, job_id)
    assert final.elapsed == pytest.approx(22, abs=0.01)  # seen 2 s after its end: < the cap


def test_the_interval_stops_growing_at_the_cap(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS", delay=40))
    final = driver.tracker(client, PollPolicy(initial=2, factor=3, cap=10, jitter=0)).wait(job_id)
    assert poll_times(manual, job_id) == [0, 2, 8, 18, 28, 38, 48]
    assert final.polls == 7


@pytest.mark.parametrize(
    ("outcome", "errors"),
    [
        (
            Outcome("PARTIAL_SUCCESS", delay=2, failed_indices=(0,)),
            ("charges[0]: rejected by the property management system",),
        ),
        (
            Outcome("FAILURE", delay=2, errors=("Rent Manager: charge code closed", "try later")),
            ("Rent Manager: charge code closed", "try later"),
        ),
    ],
)
def test_partial_success_and_failure_come_back_with_their_errors(
    driver: Driver,
    manual: FakePropexo,
    client: PropexoClient,
    outcome: Outcome,
    errors: tuple[str, ...],
) -> None:
    job_id = one_job(manual, outcome)
    final = driver.tracker(client).wait(job_id)
    assert final.write_status == outcome.status and not final.ok
    assert final.errors == errors and final.created_record_id is None


def test_still_pending_at_the_timeout_raises_with_the_last_status(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS", delay=100))
    tracker = driver.tracker(client)
    with pytest.raises(JobTimeoutError) as caught:
        tracker.wait(job_id, timeout=20)
    last = caught.value.last
    assert isinstance(last, JobStatus) and last.write_status is WriteStatus.PENDING
    # 0, 1, 3, 7, 12, 17, then one last look right at the deadline instead of at 22
    assert poll_times(manual, job_id) == [0, 1, 3, 7, 12, 17, 20]
    assert last.polls == 7 and last.elapsed == pytest.approx(20, abs=0.01)
    assert caught.value.job_id == job_id and isinstance(caught.value, TimeoutError)
    assert f"job {job_id}: still PENDING after 20 s (7 polls)" == str(caught.value)
    with pytest.raises(JobTimeoutError) as at_once:
        tracker.wait(job_id, timeout=0)
    assert at_once.value.last is not None and at_once.value.last.polls == 1
    assert tracker.wait(job_id, timeout=None).write_status is WriteStatus.SUCCESS


def test_status_asks_once(driver: Driver, manual: FakePropexo, client: PropexoClient) -> None:
    job_id = one_job(manual, Outcome("FAILURE", delay=5, errors=("nope",)))
    tracker = driver.tracker(client)
    assert tracker.status(job_id).write_status is WriteStatus.PENDING
    manual.clock.advance(5)  # type: ignore[attr-defined]
    now = tracker.status(job_id)
    assert (now.write_status, now.errors, now.polls) == (WriteStatus.FAILURE, ("nope",), 1)
    assert status_polls(manual) == 2


@pytest.mark.parametrize("answer_status", [400, 404])
def test_an_unknown_job_id_is_a_clear_error_and_not_retried(
    driver: Driver, answer_status: int
) -> None:
    with (
        FakePropexo(
            token=TOKEN, clock=ManualClock(), rate_limit=None, unknown_job_status=answer_status
        ) as fake,
        client_for(fake) as client,
    ):
        with pytest.raises(APIStatusError) as caught:
            driver.tracker(client).wait("job-does-not-exist")
        assert status_polls(fake) == 1
    error = caught.value
    assert type(error) is {400: BadRequestError, 404: NotFoundError}[answer_status]
    assert (job_of(error), error.status_code) == ("job-does-not-exist", answer_status)
    assert "no write job job-does-not-exist" in str(error)


MALFORMED: list[tuple[Any, str]] = [
    ({"errors": [], "created_record_id": None}, "no 'write_status' field"),
    ({"write_status": " ", "errors": [], "created_record_id": None}, "' ' is not a status name"),
    ({"write_status": ["DONE"], "errors": [], "created_record_id": None}, "got list"),
    (
        {"write_status": "SUCCESS", "errors": "boom", "created_record_id": None},
        "errors: expected an array, got a string",
    ),
    (
        {"write_status": "SUCCESS", "errors": [1], "created_record_id": None},
        "errors: expected a string, got a number",
    ),
    (
        {"write_status": "SUCCESS", "errors": [], "created_record_id": 42},
        "created_record_id: expected a string, got a number",
    ),
    ({"write_status": "SUCCESS", "errors": []}, "no 'created_record_id' field"),
    ("<html>maintenance</html>", "not JSON"),
    ([], "no 'created_record_id' field"),
]


def _unlisted() -> dict[str, Any]:
    return {"write_status": "IN_PROGRESS", "errors": [], "created_record_id": None}


def test_a_status_the_spec_does_not_list_is_not_final_polled_on_and_logged_once(
    driver: Driver,
    manual: FakePropexo,
    client: PropexoClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A release may add a status (IN_PROGRESS): the wait keeps polling until a final one."""
    job_id = one_job(manual, Outcome("SUCCESS", delay=20))
    manual.inject(Fault.reply(_unlisted()), status_route(job_id), times=3)
    seen: list[object] = []

    class Hook(JobHooks):
        def on_status(self, status: JobStatus) -> None:
            seen.append(status.write_status)

    with caplog.at_level("INFO", logger="propexo"):
        final = driver.tracker(client, hooks=[Hook()]).wait(job_id, timeout=600)

    assert final.write_status is WriteStatus.SUCCESS
    assert seen[:3] == ["IN_PROGRESS"] * 3 and seen[-1] is WriteStatus.SUCCESS
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert [r.getMessage() for r in warnings] == [
        f"job {job_id}: write status 'IN_PROGRESS' is not one the spec lists; "
        "taken as not final, polling on"
    ]


def test_status_returns_a_status_the_spec_does_not_list_as_not_final(
    driver: Driver,
    manual: FakePropexo,
    client: PropexoClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS", delay=20))
    manual.inject(Fault.reply(_unlisted()), status_route(job_id))

    with caplog.at_level("WARNING", logger="propexo"):
        status = driver.tracker(client).status(job_id)

    assert (status.write_status, status.final, status.ok) == ("IN_PROGRESS", False, False)
    assert len([r for r in caplog.records if "IN_PROGRESS" in r.getMessage()]) == 1


@pytest.mark.parametrize(("body", "detail"), MALFORMED)
def test_a_malformed_status_answer_is_a_clear_error(
    driver: Driver, manual: FakePropexo, client: PropexoClient, body: Any, detail: str
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS"))
    fault = Fault.reply(raw=body) if isinstance(body, str) else Fault.reply(body)
    manual.inject(fault, status_route(job_id))
    with pytest.raises(ResponseValidationError) as caught:
        driver.tracker(client).wait(job_id)
    message = str(caught.value)
    assert message.startswith(f"job {job_id}: ") and detail in message, message
    assert status_polls(manual) == 1  # a 200 that makes no sense is not retried


def test_5xx_and_dropped_connections_are_retried_by_the_client(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS"))
    for fault in (Fault.http(500), Fault.http(502), Fault.drop_before(), Fault.http(503)):
        manual.inject(fault, status_route(job_id))
    final = driver.tracker(client).wait(job_id)
    assert final.write_status is WriteStatus.SUCCESS
    assert status_polls(manual) == 5 and final.polls == 1  # four retries inside one poll
    assert client.stats.retries == 4


def test_a_failing_poll_is_tolerated_up_to_the_policy_limit_then_reported(
    driver: Driver,
    manual: FakePropexo,
) -> None:
    job_id = one_job(manual, Outcome("SUCCESS", delay=1))
    with client_for(manual, max_retries=0) as client:
        manual.inject(Fault.http(500), status_route(job_id), times=2)
        tracker = driver.tracker(client, PollPolicy(jitter=0, max_failed_polls=2))
        final = tracker.wait(job_id)
        assert final.write_status is WriteStatus.SUCCESS and final.polls == 3
        manual.inject(Fault.http(500), status_route(job_id), times=None)
        with pytest.raises(InternalServerError) as caught:
            tracker.wait(job_id)
    assert caught.value.status_code == 500 and is_transient(caught.value)
    assert job_of(caught.value) == job_id
    assert status_polls(manual, job_id) == 3 + 3  # two tolerated failures, the third reported


def test_the_async_tracker_polls_on_the_same_schedule(
    manual: FakePropexo, client: PropexoClient
) -> None:
    ok = one_job(manual, Outcome("PARTIAL_SUCCESS", delay=6, errors=("charges[0]: closed",)))
    slow = one_job(manual, Outcome("SUCCESS", delay=500))
    tracker = atracker_for(client)

    async def run() -> tuple[JobStatus, JobTimeoutError]:
        final = await tracker.wait(ok)
        with pytest.raises(JobTimeoutError) as caught:
            await tracker.wait(slow, timeout=10)
        return final, caught.value

    final, timed_out = asyncio.run(run())
    assert (final.write_status, final.errors) == (
        WriteStatus.PARTIAL_SUCCESS,
        ("charges[0]: closed",),
    )
    assert poll_times(manual, ok) == [0, 1, 3, 7]
    assert timed_out.last is not None and timed_out.last.polls == 5  # 0, 1, 3, 7, 10


def test_bad_arguments_are_refused_before_any_request(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    tracker = driver.tracker(client)
    for bad, error in [
        ("", ValueError),
        (" job-1", ValueError),
        ("job\n1", ValueError),
        (42, TypeError),
        (None, TypeError),
    ]:
        with pytest.raises(error, match="job id"):
            tracker.wait(bad)  # type: ignore[arg-type]
    for timeout in (-1, float("nan"), float("inf"), "10", True):
        with pytest.raises(ValueError, match="timeout"):
            tracker.wait("job-1", timeout=timeout)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not one string"):
        tracker.watch("job-000001")
    with pytest.raises(ValueError, match="concurrency"):
        driver.tracker(client, concurrency=0)
    with pytest.raises(ValueError, match="retries"):
        tracker.follow("job-1", retries=-1)
    assert manual.requests() == []


def test_the_token_shows_in_no_repr_status_or_error(
    driver: Driver, manual: FakePropexo, client: PropexoClient
) -> None:
    job_id = one_job(manual, Outcome("FAILURE", errors=("x",)))
    tracker = driver.tracker(client)
    texts = [
        repr(tracker),
        repr(tracker.status(job_id)),
        json.dumps(tracker.status(job_id).to_json()),
    ]
    for call in (lambda: tracker.wait("job-nope"), lambda: tracker.retry("job-nope")):
        with pytest.raises(BadRequestError) as caught:
            call()
        texts += [str(caught.value), repr(caught.value)]
    assert all(TOKEN not in text for text in texts)
    assert "PropexoClient(base_url=" in texts[0] and "policy=PollPolicy(" in texts[0]


def test_a_bug_while_watching_ends_the_watch_with_it(
    driver: Driver, manual: FakePropexo, client: PropexoClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a job's error (those are reports): an exception of the poller's own (a bug) rises
    from the watch and ends it, under both drivers' pools."""
    fine, broken = manual.create_jobs(2)
    poll_flow = TrackerBase._poll_flow

    def buggy(self: TrackerBase, schedule: Schedule, job: Tracked) -> Flow[Polled]:
        if job.job_id == broken:
            raise ZeroDivisionError("a bug in the poller")
        return poll_flow(self, schedule, job)

    monkeypatch.setattr(TrackerBase, "_poll_flow", buggy)
    with pytest.raises(ZeroDivisionError, match="a bug in the poller"):
        driver.tracker(client, concurrency=2).wait_all([fine, broken], timeout=60)
