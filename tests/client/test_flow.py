"""The I/O-free cores on their own: flows stepped by hand (no server, no driver), and the two
drivers (`run`, `arun`) on toy flows."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Generator
from http import HTTPStatus
from typing import Any, cast

import httpx
import pytest
from propexo import RetryPolicy
from propexo._effects import AsyncPerform, Call, Request
from propexo._flow import Blocking, Wait, arun, run
from propexo._pacing import Pacer
from propexo._transport import SEND_GATES, TransportPolicy, TransportStats, _Attempts, _Send
from propexo.charges import Outcome, plan_charges
from propexo.charges._submit import ChunkSender
from propexo.jobs import JobStatus, PollPolicy, WriteStatus
from propexo.jobs._base import TrackerBase
from propexo_client.api.admin import get_write_status
from propexo_client.models.get_write_status_response import GetWriteStatusResponse
from propexo_client.types import Response

from tests.conftest import DATES, RM, charge_row

# -- the drivers --------------------------------------------------------------------------------


def _toy() -> Generator[Any, Any, str]:
    first = yield "a"
    try:
        yield "boom"
    except KeyError as error:
        return f"{first}+caught {error.args[0]}"
    raise AssertionError("not reached")  # pragma: no cover


def _perform(effect: str) -> str:
    if effect == "boom":
        raise KeyError("k")
    return effect.upper()


async def _aperform(effect: str) -> str:
    return _perform(effect)


def test_both_drivers_send_results_in_and_throw_errors_in_where_the_flow_yielded() -> None:
    assert run(_toy(), _perform) == "A+caught k"
    assert asyncio.run(arun(_toy(), _aperform)) == "A+caught k"


def test_what_the_flow_does_not_catch_rises_from_the_driver() -> None:
    def flow() -> Generator[Any, Any, None]:
        yield "x"

    def fail(effect: object) -> None:
        raise ValueError("from the effect")

    with pytest.raises(ValueError, match="from the effect"):
        run(flow(), fail)


def test_a_flow_without_effects_just_answers() -> None:
    def flow() -> Generator[Any, Any, int]:
        return 7
        yield  # pragma: no cover

    assert run(flow(), _perform) == 7


# -- the transport's attempt loop ---------------------------------------------------------------


class _Gate:
    def __init__(self) -> None:
        self.events: list[str] = []

    def sending(self) -> None:
        self.events.append("sending")

    def not_sent(self) -> None:
        self.events.append("not_sent")


def _policy(**retry: Any) -> TransportPolicy:
    clock = [0.0]
    pacer = Pacer(1e6, 60.0, clock=lambda: clock[0])
    return TransportPolicy(pacer, RetryPolicy(**retry), lambda: 0.5, TransportStats(), 1 << 20)


def _to_send(flow: Generator[Any, Any, httpx.Response], effect: Any) -> _Send:
    """Perform waits (pacing slots, backoff) and blocking calls (the gate) up to the next send."""
    while isinstance(effect, Wait | Blocking):
        if isinstance(effect, Blocking):
            effect.call()
        effect = flow.send(None)
    assert isinstance(effect, _Send)
    return effect


def _first_send(flow: Generator[Any, Any, httpx.Response]) -> _Send:
    return _to_send(flow, next(flow))


def test_a_503_to_a_read_waits_its_backoff_then_sends_again_and_hands_back_the_answer() -> None:
    request = httpx.Request("GET", "https://api.test/v1/residents/")
    flow = _Attempts(_policy(), request).flow()
    send = _first_send(flow)
    assert send.request is request
    backoff = flow.send(httpx.Response(503))
    assert isinstance(backoff, Wait) and backoff.seconds > 0
    again = flow.send(None)
    while isinstance(again, Wait):
        again = flow.send(None)
    assert isinstance(again, _Send)
    with pytest.raises(StopIteration) as done:
        flow.send(httpx.Response(200, content=b"{}"))
    assert done.value.value.status_code == 200


def test_a_write_marks_sending_before_its_send_and_unmarks_an_attempt_that_did_not_count() -> None:
    gate = _Gate()
    url = "https://api.test/v1/resident-charges/batch/x/"
    request = httpx.Request("POST", url, extensions={SEND_GATES: (gate,)})
    flow = _Attempts(_policy(), request).flow()
    _first_send(flow)
    assert gate.events == ["sending"]  # before the bytes leave
    # never connected: certainly not sent; unmarked, then marked again before the retry
    _to_send(flow, flow.throw(httpx.ConnectError("refused")))
    assert gate.events == ["sending", "not_sent", "sending"]
    # a drop after the body may have arrived is not retried: it rises from the flow
    with pytest.raises(httpx.ReadError):
        flow.throw(httpx.ReadError("reset"))
    assert gate.events[-1] == "sending"


def test_a_read_never_reports_to_a_send_gate_even_if_it_carries_one() -> None:
    gate = _Gate()
    request = httpx.Request(
        "GET", "https://api.test/v1/residents/", extensions={SEND_GATES: (gate,)}
    )
    flow = _Attempts(_policy(), request).flow()
    _first_send(flow)
    assert gate.events == []


def test_the_last_allowed_attempt_hands_back_the_failure_answer() -> None:
    request = httpx.Request("GET", "https://api.test/v1/residents/")
    flow = _Attempts(_policy(max_attempts=1), request).flow()
    _first_send(flow)
    with pytest.raises(StopIteration) as done:
        flow.send(httpx.Response(503))
    assert done.value.value.status_code == 503


# -- the tracker's decisions --------------------------------------------------------------------


class _Tracker(TrackerBase):
    """A tracker core with no driver: only its flows are used."""

    accepts = (object,)

    def __init__(self, now: list[float]) -> None:
        super().__init__(
            object(),  # type: ignore[arg-type]
            policy=PollPolicy(jitter=0.0),
            concurrency=1,
            hooks=(),
            clock=lambda: now[0],
            jitter=lambda: 0.0,
        )


def _status(write_status: str) -> Response[Any]:
    parsed = GetWriteStatusResponse(
        created_record_id=None,
        errors=[],
        write_status=write_status,
    )
    return Response(HTTPStatus.OK, b"", httpx.Headers(), parsed)


def test_wait_polls_on_its_schedule_until_the_job_ends() -> None:
    now = [0.0]
    flow = _Tracker(now)._wait_flow("job-1", timeout=None)
    effect = next(flow)
    waits: list[float] = []
    polls = 0
    final: JobStatus | None = None
    while final is None:
        if isinstance(effect, Wait):
            waits.append(effect.seconds)
            now[0] += effect.seconds
            effect = flow.send(None)
            continue
        assert effect == Call(get_write_status, ("job-1",))
        polls += 1
        try:
            effect = flow.send(_status("SUCCESS" if polls == 4 else "PENDING"))
        except StopIteration as done:
            final = done.value
    assert final.write_status is WriteStatus.SUCCESS and final.polls == 4
    assert waits == [1.0, 2.0, 4.0]


def test_a_dropped_status_request_is_a_job_error_after_the_tolerated_failures() -> None:
    from propexo import APIConnectionError

    now = [0.0]
    flow = _Tracker(now)._wait_flow("job-1", timeout=None)
    effect = next(flow)
    with pytest.raises(APIConnectionError):
        for _ in range(100):
            if isinstance(effect, Wait):
                now[0] += effect.seconds
                effect = flow.send(None)
            else:
                effect = flow.throw(httpx.ReadError("reset"))


# -- sending a chunk ----------------------------------------------------------------------------


def _chunk_flow() -> tuple[Any, Generator[Any, Any, Any]]:
    plan = plan_charges(
        [charge_row("res-1", 1, location_id="loc-1")],
        integration_id=RM,
        client=None,
        transaction_dates=DATES,
    )
    sender = ChunkSender(object(), "rentmanager", RM)  # type: ignore[arg-type]
    chunk = plan.chunks[0]
    return chunk, sender.flow(chunk)


def test_a_chunk_is_one_request_and_its_answer_decides_the_outcome() -> None:
    _, flow = _chunk_flow()
    effect = next(flow)
    assert isinstance(effect, Request) and effect.options["method"].upper() == "POST"
    with pytest.raises(StopIteration) as done:
        flow.send(httpx.Response(200, json={"meta": {"job_id": "job-9"}}))
    assert (done.value.value.outcome, done.value.value.job_id) == (Outcome.ACCEPTED, "job-9")


def test_a_chunk_that_never_connected_is_rejected_and_one_that_dropped_is_unknown() -> None:
    for error, outcome in [
        (httpx.ConnectError("refused"), Outcome.REJECTED),
        (httpx.ReadTimeout("slow"), Outcome.UNKNOWN),
    ]:
        _, flow = _chunk_flow()
        next(flow)
        with pytest.raises(StopIteration) as done:
            flow.throw(error)
        assert done.value.value.outcome is outcome


def test_a_cancelled_blocking_effect_ends_before_the_cancellation_rises() -> None:
    """A journal's write in a worker thread is never left running behind its flow."""
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def write() -> None:
        started.set()
        release.wait()
        order.append("written")

    def flow() -> Generator[Any, Any, None]:
        yield Blocking(write)
        order.append("flow went on")  # pragma: no cover (cancelled where it yielded)

    async def go() -> None:
        perform = AsyncPerform(cast(Any, None), _no_sleep)  # Blocking needs no client
        task = asyncio.create_task(arun(flow(), perform))
        task.add_done_callback(lambda _: order.append("task ended"))
        await asyncio.to_thread(started.wait)
        task.cancel()
        try:
            for _ in range(5):  # the task gets every chance to end on its own
                await asyncio.sleep(0)
            assert not task.done()
        finally:
            release.set()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(go())
    assert order == ["written", "task ended"]


async def _no_sleep(seconds: float) -> None:  # pragma: no cover (never waits)
    pass
