"""What becomes "unknown": only a transport error once the request may have
left. A bug before sending propagates, with nothing sent and nothing journaled as in doubt."""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import pytest
from propexo import PropexoClient
from propexo.charges import plan_charges
from propexo.charges._submit import ChunkSender, Outcome
from propexo.charges._vendors import RENTMANAGER

from tests.conftest import DATES, RM, charge_row
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault

RESIDENT = "int-rm-1-prop-000-res-000"
BATCH = "POST /v1/resident-charges/batch/*"


def _plan() -> Any:
    rows = [charge_row(RESIDENT, 1, location_id="int-rm-1-loc-000")]
    return plan_charges(rows, integration_id=RM, transaction_dates=DATES)


class _Recorder:
    def __init__(self) -> None:
        self.before: list[str] = []
        self.after: list[tuple[str, Outcome]] = []

    def before_send(self, chunk: Any) -> None:
        self.before.append(chunk.id)

    def after_send(self, chunk: Any, result: Any) -> None:
        self.after.append((chunk.id, result.outcome))


def test_an_error_while_building_the_request_propagates_and_nothing_is_sent(
    fake: FakePropexo, client: PropexoClient
) -> None:
    def renamed(**kw: Any) -> dict[str, Any]:  # as if the generated parameter were renamed
        raise TypeError("_get_kwargs() got an unexpected keyword argument 'body'")

    vendor = attrs.evolve(RENTMANAGER, build_request=renamed)
    hooks = _Recorder()
    [chunk] = _plan().chunks
    with pytest.raises(TypeError, match="unexpected keyword"):
        ChunkSender(client, vendor, RM, [hooks]).send(chunk)
    assert hooks.before == [] and hooks.after == []  # never marked as sending, nor as unknown
    assert fake.requests(BATCH) == []


def test_an_error_while_building_the_body_propagates_too(
    fake: FakePropexo, client: PropexoClient
) -> None:
    def body(integration_id: str, chunk: Any) -> Any:
        raise AttributeError("'Charge' object has no attribute 'amount'")

    [chunk] = _plan().chunks
    with pytest.raises(AttributeError):
        ChunkSender(client, attrs.evolve(RENTMANAGER, body=body), RM).send(chunk)
    assert fake.requests(BATCH) == []


@pytest.mark.parametrize(
    ("fault", "outcome", "words"),
    [
        (Fault.reply(raw="<html>oops</html>", status=200), "unknown", "without a job_id"),
        (Fault.reply(raw="{", status=200), "unknown", "without a job_id"),
        (Fault.reply(raw="[1, 2]", status=200), "unknown", "without a job_id"),
        (Fault.reply(raw="strange", status=599), "unknown", "HTTP 599: strange"),
        (Fault.reply({"error": {"message": "no"}}, status=502), "unknown", "HTTP 502: no"),
        (Fault.drop_after(), "unknown", "no answer"),
        (Fault.reply({"error": {"message": "bad row"}}, status=400), "rejected", "bad row"),
    ],
    ids=["html-200", "broken-json-200", "list-200", "599", "502", "dropped", "400"],
)
def test_answers_and_transport_errors_after_sending_are_classified(
    driver: Driver, fake: FakePropexo, client: PropexoClient, fault: Fault, outcome: str, words: str
) -> None:
    fake.inject(fault, BATCH, times=None)
    hooks = _Recorder()
    result = driver.submit_plan(client, _plan(), hooks=[hooks])
    [chunk] = result.chunks
    assert str(chunk.outcome) == outcome
    assert words in (chunk.error or "")
    assert hooks.after == [(chunk.chunk_id, chunk.outcome)]


def test_async_sending_classifies_the_same(fake: FakePropexo, client: PropexoClient) -> None:
    import asyncio

    from propexo import asubmit_charges

    fake.inject(Fault.reply({"meta": {"job_id": None}}, status=200), BATCH)
    rows = [charge_row(RESIDENT, 1, location_id="int-rm-1-loc-000")]
    result = asyncio.run(
        asubmit_charges(client, rows, integration_id=RM, transaction_dates=DATES, journal=None)
    )
    assert [str(c.outcome) for c in result.chunks] == ["unknown"]


def test_chunk_hooks_run_off_the_event_loop_and_a_returned_gate_marks_the_request(
    fake: FakePropexo, client: PropexoClient
) -> None:
    """Under asyncio a hook (a journal's fsynced write) never blocks the loop; the gate a hook
    gives back travels with the chunk's request and is told when its bytes leave."""
    import asyncio
    import threading

    seen: list[tuple[str, int]] = []

    class Gate:
        def sending(self) -> None:
            seen.append(("sending", threading.get_ident()))

        def not_sent(self) -> None:  # pragma: no cover (every attempt is answered)
            seen.append(("not_sent", threading.get_ident()))

    class Hooks:
        def before_send(self, chunk: Any) -> Gate:
            seen.append(("before", threading.get_ident()))
            return Gate()

        def after_send(self, chunk: Any, result: Any) -> None:
            seen.append(("after", threading.get_ident()))

    [chunk] = _plan().chunks

    async def go() -> tuple[Outcome, int]:
        result = await ChunkSender(client, RENTMANAGER, RM, [Hooks()]).asend(chunk)
        return result.outcome, threading.get_ident()

    outcome, loop = asyncio.run(go())
    assert outcome is Outcome.ACCEPTED
    assert [name for name, _ in seen] == ["before", "sending", "after"]
    assert all(thread != loop for _, thread in seen)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_misspelt_sending_option_is_refused_before_any_request(
    mode: str, fake: FakePropexo, client: PropexoClient
) -> None:
    from propexo.charges.internal import asend_chunks, send_chunks

    options: Any = {"concurency": 2}  # as a caller without a type checker might write it
    with pytest.raises(TypeError, match="concurency"):
        if mode == "sync":
            send_chunks(client, _plan(), **options)
        else:
            asyncio.run(asend_chunks(client, _plan(), **options))
    assert fake.batch_requests() == []
