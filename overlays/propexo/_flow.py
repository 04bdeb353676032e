"""Sync and asyncio from one mechanism: I/O-free flows and two tiny drivers.

A *flow* is a generator that makes every decision and does no I/O: it yields an *effect*
("send this request", "wait that long", ...) and is sent the effect's result, or has the
effect's exception thrown into it where it yielded, as httpx's `Auth.auth_flow` does. `run`
drives a flow with a sync `perform`, `arun` with an async one. So a loop of decisions around
I/O (the transport's retries, a tracker's polling) is written once and tested once per driver.

This module knows nothing of the client: the effects it defines are the two every driver
performs (`Wait`, `Blocking`); effects that need a client live with their drivers
(`propexo._effects`, the transport's own send).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

import attrs

T = TypeVar("T")

#: A flow: yields effects, is sent their results, returns its answer.
Flow = Generator[Any, Any, T]


@attrs.frozen
class Wait:
    """Wait `seconds` (the driver's injected sleep; nothing when not positive). In a pool's
    worker the wait ends early when the run stops, raising `propexo._pacing.WaitStopped`."""

    seconds: float


@attrs.frozen
class Blocking:
    """Run `call()`, which may block (a journal's fsynced write): directly from the sync
    driver, in a worker thread from the async one (`in_thread`). Answers what `call` returns."""

    call: Callable[[], object]


async def in_thread(call: Callable[[], T]) -> T:
    """`call()` in a worker thread (`asyncio.to_thread`), for the async drivers' `Blocking`
    effects. A cancellation waits for the call to end before it propagates: a journal's write
    is never left running behind a flow that moved on (a second cancellation does not wait)."""
    done = asyncio.ensure_future(asyncio.to_thread(call))
    try:
        return await asyncio.shield(done)
    except asyncio.CancelledError:
        await asyncio.wait([done])
        if not done.cancelled():
            done.exception()  # retrieved: the cancellation is what rises
        raise


class _Step(Generic[T]):
    """A flow under way: the effect it waits on, or its answer once it has returned."""

    def __init__(self, flow: Flow[T]) -> None:
        self._flow = flow
        self.pending = True
        self.effect: Any = None
        self.answer: Any = None
        self.resume(None, None)

    def resume(self, result: Any, error: BaseException | None) -> None:
        """Send the effect's result into the flow, or throw its error in where it yielded
        (the flow decides; what it does not catch rises from here)."""
        try:
            self.effect = self._flow.send(result) if error is None else self._flow.throw(error)
        except StopIteration as end:
            self.pending, self.answer = False, end.value


def _outcome(perform: Callable[[Any], Any], effect: object) -> tuple[Any, BaseException | None]:
    try:
        return perform(effect), None
    except BaseException as error:  # handed to the flow, which may catch it
        return None, error


async def _aoutcome(
    perform: Callable[[Any], Awaitable[Any]], effect: object
) -> tuple[Any, BaseException | None]:
    try:
        return await perform(effect), None
    except BaseException as error:
        return None, error


def run(flow: Flow[T], perform: Callable[[Any], Any]) -> T:
    """Drive `flow` to its answer, performing each effect with `perform`."""
    step = _Step(flow)
    while step.pending:
        step.resume(*_outcome(perform, step.effect))
    answer: T = step.answer
    return answer


async def arun(flow: Flow[T], perform: Callable[[Any], Awaitable[Any]]) -> T:
    """`run` for asyncio: the same flow, each effect awaited."""
    step = _Step(flow)
    while step.pending:
        step.resume(*await _aoutcome(perform, step.effect))
    answer: T = step.answer
    return answer
