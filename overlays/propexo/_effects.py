"""The effects of flows that go through a client, and the two drivers that perform them.

`propexo._flow` drives flows and knows nothing of the client; this module sits above
`propexo._client` and gives its flows what they need from one: a generated operation (`Call`),
a raw request (`Request`), every page of a list (`FetchAll`), several flows at once (`Each`).
`Perform` performs them with the sync driver, `AsyncPerform` with the async one, besides the
kernel's own `Wait` and `Blocking`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

import attrs

from ._client import AnyClient
from ._flow import Blocking, Flow, Wait, arun, in_thread, run
from ._pacing import AsyncSleep, Sleep, apause, pause
from ._paging import MAX_PAGE_SIZE, afetch_all, fetch_all, paged


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
            return effect.call()
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
            return await in_thread(effect.call)
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
