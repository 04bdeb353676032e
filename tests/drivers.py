"""One behaviour test, both drivers: the `driver` fixture ("sync" | "async") hands tests the
overlay's verbs with a blocking face, so that the same test body runs the sync functions and
the asyncio ones (through an `AsyncPropexoClient` sharing the test client's settings: same
fake, clock, sleeps, pacer and stats).

Each async call runs in its own `asyncio.run`, then closes that loop's pool: a second
`asyncio.run` on the same client must work (a pool per loop).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any, TypeVar

import httpx
from propexo import AsyncPager, AsyncPropexoClient, PropexoClient, SyncPager, stop_on_signals
from propexo._paging import afetch_all, fetch_all
from propexo.charges import Plan, SubmissionResult
from propexo.jobs import AsyncJobTracker, JobTracker, PollPolicy
from propexo.journal import (
    JournaledSubmission,
    asubmit_charges,
    asubmit_plan,
    submit_charges,
    submit_plan,
)

T = TypeVar("T")

DRIVERS = ("sync", "async")
#: Poll intervals 1, 2, 4, 8, 16, ... exactly (no jitter).
EXACT = PollPolicy(jitter=0.0)


def run_async(client: PropexoClient, call: Callable[[AsyncPropexoClient], Awaitable[T]]) -> T:
    """`call` with an `AsyncPropexoClient` on `client`'s settings, in a fresh event loop."""
    aclient = AsyncPropexoClient(settings=client.settings)

    async def go() -> T:
        try:
            return await call(aclient)
        finally:
            await aclient.aclose()

    return asyncio.run(go())


class BlockingTracker:
    """An `AsyncJobTracker` with `JobTracker`'s blocking methods."""

    def __init__(self, client: PropexoClient, options: dict[str, Any]) -> None:
        self._client = client
        self._options = options
        sleep = options.pop("sleep", None)
        if sleep is not None:

            async def asleep(seconds: float) -> None:
                sleep(seconds)

            options["sleep"] = asleep
        self._check = AsyncJobTracker(client, **options)  # argument errors, at once
        self._current: AsyncJobTracker | None = None  # the tracker of the call under way

    def _run(self, call: Callable[[AsyncJobTracker], Awaitable[T]]) -> T:
        def start(a: AsyncPropexoClient) -> Awaitable[T]:
            self._current = AsyncJobTracker(a, **self._options)
            return call(self._current)

        return run_async(self._client, start)

    def notify(self, event: Any) -> bool:
        """The tracker of the call under way takes the event (from any thread)."""
        current = self._current
        return current.notify(event) if current is not None else False

    def status(self, job_id: str) -> Any:
        return self._run(lambda t: t.status(job_id))

    def wait(self, job_id: str, **kw: Any) -> Any:
        return self._run(lambda t: t.wait(job_id, **kw))

    def retry(self, job: Any) -> Any:
        return self._run(lambda t: t.retry(job))

    def follow(self, job_id: str, **kw: Any) -> Any:
        return self._run(lambda t: t.follow(job_id, **kw))

    def wait_all(self, job_ids: Iterable[str], **kw: Any) -> Any:
        return self._run(lambda t: t.wait_all(job_ids, **kw))

    def wait_submission(self, submission: Any, **kw: Any) -> Any:
        return self._run(lambda t: t.wait_submission(submission, **kw))

    def watch(self, job_ids: Iterable[str], **kw: Any) -> Iterator[Any]:
        self._check.watch(job_ids, **kw)  # bad ids raise here, before any request

        async def collect(t: AsyncJobTracker) -> list[Any]:
            return [r async for r in t.watch(job_ids, **kw)]

        return iter(self._run(collect))

    def __repr__(self) -> str:
        return repr(self._check)


class BlockingPager:
    """An `AsyncPager` with `SyncPager`'s blocking face. Each walk (a ``for`` loop, a `pages()`
    call) runs on an event loop of its own, kept for the whole walk, so that it can be stepped
    item by item; the loop's pool of `client` is closed when the walk ends or is closed.
    `first_page()` and `to_list()` run in one `asyncio.run` each."""

    def __init__(self, pager: AsyncPager[Any], client: AsyncPropexoClient | None = None) -> None:
        self.pager = pager
        self._client = client

    def _walk(self, items: AsyncIterator[Any]) -> Iterator[Any]:
        async def step() -> Any:
            return await anext(items)

        async def close() -> None:
            await items.aclose()  # type: ignore[attr-defined]  # an async generator's
            if self._client is not None:
                await self._client.aclose()

        with asyncio.Runner() as runner:
            try:
                while True:
                    try:
                        item = runner.run(step())
                    except StopAsyncIteration:
                        return
                    yield item
            finally:
                runner.run(close())

    def __iter__(self) -> Iterator[Any]:
        return self._walk(aiter(self.pager))

    def pages(self) -> Iterator[Any]:
        return self._walk(self.pager.pages())

    def _run(self, call: Callable[[], Awaitable[T]]) -> T:
        async def go() -> T:
            try:
                return await call()
            finally:
                if self._client is not None:
                    await self._client.aclose()

        return asyncio.run(go())

    def first_page(self) -> Any:
        return self._run(self.pager.first_page)

    def to_list(self) -> list[Any]:
        return self._run(self.pager.to_list)

    def __repr__(self) -> str:
        return repr(self.pager)


def _awaitable(fetch: Callable[..., T]) -> Callable[..., Awaitable[T]]:
    async def afetch(*args: Any) -> T:
        return fetch(*args)

    return afetch


class Driver:
    """The overlay's verbs, run by the sync driver or the async one."""

    def __init__(self, name: str) -> None:
        assert name in DRIVERS
        self.name = name

    @property
    def is_async(self) -> bool:
        return self.name == "async"

    def __repr__(self) -> str:
        return f"Driver({self.name!r})"

    # jobs
    def tracker(
        self, client: PropexoClient, policy: PollPolicy = EXACT, **options: Any
    ) -> JobTracker | BlockingTracker:
        options = {"policy": policy, "jitter": lambda: 0.0, **options}
        if self.is_async:
            return BlockingTracker(client, options)
        return JobTracker(client, **options)

    # charges
    def submit_plan(self, client: PropexoClient, plan: Plan, **kw: Any) -> SubmissionResult:
        """`submit_plan` (without a journal unless `journal=` is given)."""
        kw.setdefault("journal", None)
        if self.is_async:
            return run_async(client, lambda a: asubmit_plan(a, plan, **kw))
        return submit_plan(client, plan, **kw)

    def submit_charges(self, client: PropexoClient, charges: Any, **kw: Any) -> SubmissionResult:
        """`submit_charges` (without a journal unless `journal=` is given)."""
        kw.setdefault("journal", None)
        if self.is_async:
            return run_async(client, lambda a: asubmit_charges(a, charges, **kw))
        return submit_charges(client, charges, **kw)

    # journal
    def submit_run(
        self, run: JournaledSubmission, client: PropexoClient, **kw: Any
    ) -> SubmissionResult:
        if self.is_async:
            return run_async(client, lambda a: run.asubmit(a, **kw))
        return run.submit(client, **kw)

    def submit_run_on_signals(
        self, run: JournaledSubmission, client: PropexoClient, **kw: Any
    ) -> SubmissionResult:
        """`submit_run` inside `stop_on_signals()` (`async with` for the async driver)."""
        if self.is_async:

            async def go(a: AsyncPropexoClient) -> SubmissionResult:
                async with stop_on_signals():
                    return await run.asubmit(a, **kw)

            return run_async(client, go)
        with stop_on_signals():
            return run.submit(client, **kw)

    # transport
    def request(self, client: PropexoClient, method: str, url: str, **kw: Any) -> httpx.Response:
        """One request through the client's paced, retrying transport."""
        if self.is_async:

            async def go(a: AsyncPropexoClient) -> httpx.Response:
                return await a.api.get_async_httpx_client().request(method, url, **kw)

            return run_async(client, go)
        return client.api.get_httpx_client().request(method, url, **kw)

    # paging
    def list_pager(self, client: PropexoClient, call: Callable[[Any], Any]) -> Any:
        """The pager `call(client)` returns (a list method of the client's resources): a
        `SyncPager`, or a `BlockingPager` over the `AsyncPager` of an `AsyncPropexoClient`."""
        if self.is_async:
            aclient = AsyncPropexoClient(settings=client.settings)
            return BlockingPager(call(aclient), aclient)
        return call(client)

    def pager(self, fetch: Callable[[int, int], Any], **kw: Any) -> Any:
        """A pager over `fetch(offset, limit)` (made async for the async driver)."""
        if self.is_async:
            return BlockingPager(AsyncPager(_awaitable(fetch), **kw))
        return SyncPager(fetch, **kw)

    def fetch_all(self, what: str, fetch: Callable[[int, int], Any], *args: Any, **kw: Any) -> Any:
        """The overlay's `fetch_all` or `afetch_all` (for the lookups) over `fetch`."""
        if self.is_async:
            return asyncio.run(afetch_all(what, _awaitable(fetch), *args, **kw))
        return fetch_all(what, fetch, *args, **kw)
