"""Sync and asyncio from one mechanism: I/O-free flows, a thin sync driver, a thin async one.

A *flow* is a generator that makes every decision and does no I/O: it yields an *effect* ("call
this operation", "send this request", "sleep that long", "run these flows") and is sent the
effect's result, or has the effect's exception thrown into it where it yielded, as httpx's
`Auth.auth_flow` does. `run` drives a flow with a sync `perform`, `arun` with an async one;
`Perform`/`AsyncPerform` perform the common effects through a client, and modules with effects
of their own (the transport's "send and read") wrap them.

So the retry, polling, job-chain, sending and directory decisions are written once, and each
is tested once per driver by the same test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._pacing import AsyncSleep, Sleep, apause, pause
from ._paging import MAX_PAGE_SIZE, afetch_all, fetch_all, paged

if TYPE_CHECKING:
    from ._client import AnyClient

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
    driver, in a worker thread from the async one (`in_thread`). Answers None."""

    call: Callable[[], object]


def blocking(effect: object) -> None:
    """The sync `perform` of a flow that yields only `Blocking` effects (a hook's step)."""
    if not isinstance(effect, Blocking):
        raise TypeError(f"not a Blocking effect: {effect!r}")
    effect.call()


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


@attrs.frozen
class Call:
    """Call a generated operation: `sync_detailed` from the sync driver, `asyncio_detailed`
    from the async one, with the client's `api`. The result is its `Response`."""

    operation: ModuleType
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Request:
    """One raw request (keyword arguments of `httpx.Client.request`) through the client's
    paced httpx client. The result is the `httpx.Response`."""

    options: Mapping[str, Any]


@attrs.frozen
class FetchAll:
    """Every item of a generated list operation, page by page (`fetch_all`/`afetch_all`)."""

    what: str
    operation: ModuleType
    kwargs: Mapping[str, Any]
    page_size: int = MAX_PAGE_SIZE


@attrs.frozen
class Each:
    """Run these flows and return their answers in order: one after the other from the sync
    driver, at most `concurrency` at once from the async one."""

    flows: Sequence[Flow[Any]]
    concurrency: int = 1


def run(flow: Flow[T], perform: Callable[[Any], Any]) -> T:
    """Drive `flow` to its answer, performing each effect with `perform`."""
    try:
        effect = next(flow)
        while True:
            try:
                result = perform(effect)
            except BaseException as error:  # the flow decides; what it does not catch rises
                effect = flow.throw(error)
            else:
                effect = flow.send(result)
    except StopIteration as end:
        answer: T = end.value
        return answer


async def arun(flow: Flow[T], perform: Callable[[Any], Awaitable[Any]]) -> T:
    """`run` for asyncio: the same flow, each effect awaited."""
    try:
        effect = next(flow)
        while True:
            try:
                result = await perform(effect)
            except BaseException as error:
                effect = flow.throw(error)
            else:
                effect = flow.send(result)
    except StopIteration as end:
        answer: T = end.value
        return answer


class Perform:
    """The sync driver's effects, through a `PropexoClient` (an `AsyncPropexoClient` refuses
    sync requests with a clear `TypeError`)."""

    def __init__(self, client: AnyClient, sleep: Sleep) -> None:
        self.client = client
        self.sleep = sleep

    def __call__(self, effect: object) -> Any:
        if isinstance(effect, Call):
            call = effect.operation.sync_detailed
            return call(*effect.args, client=self.client.api, **effect.kwargs)
        if isinstance(effect, Request):
            return self.client.api.get_httpx_client().request(**effect.options)
        if isinstance(effect, Wait):
            if effect.seconds > 0:
                pause(self.sleep, effect.seconds)
            return None
        if isinstance(effect, Blocking):
            effect.call()
            return None
        if isinstance(effect, FetchAll):
            fetch = paged(effect.operation.sync_detailed, client=self.client.api, **effect.kwargs)
            return fetch_all(effect.what, fetch, effect.page_size)
        if isinstance(effect, Each):
            return [run(flow, self) for flow in effect.flows]
        raise TypeError(f"not an effect: {effect!r}")


class AsyncPerform:
    """The async driver's effects, through a `PropexoClient` or an `AsyncPropexoClient`."""

    def __init__(self, client: AnyClient, sleep: AsyncSleep) -> None:
        self.client = client
        self.sleep = sleep

    async def __call__(self, effect: object) -> Any:
        if isinstance(effect, Call):
            call = effect.operation.asyncio_detailed
            return await call(*effect.args, client=self.client.api, **effect.kwargs)
        if isinstance(effect, Request):
            return await self.client.api.get_async_httpx_client().request(**effect.options)
        if isinstance(effect, Wait):
            if effect.seconds > 0:
                await apause(self.sleep, effect.seconds)
            return None
        if isinstance(effect, Blocking):
            await in_thread(effect.call)
            return None
        if isinstance(effect, FetchAll):
            call = effect.operation.asyncio_detailed
            fetch = paged(call, client=self.client.api, **effect.kwargs)
            return await afetch_all(effect.what, fetch, effect.page_size)
        if isinstance(effect, Each):
            gate = asyncio.Semaphore(max(1, effect.concurrency))

            async def one(flow: Flow[Any]) -> Any:
                async with gate:
                    return await arun(flow, self)

            return list(await asyncio.gather(*(one(flow) for flow in effect.flows)))
        raise TypeError(f"not an effect: {effect!r}")
