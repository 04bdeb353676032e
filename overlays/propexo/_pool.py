"""Worker pools for sync and asyncio from one mechanism: the decisions once, two thin drivers.

`Pool` makes every decision and does no I/O, no threading, no awaiting: which item a worker
takes next, where each result goes, when to stop taking items, what the waiter hands out and
what it raises. `threads` (worker threads) and `tasks` (asyncio tasks) only spawn the workers,
wake the waiter when the pool changed and, when the waiter is interrupted, wait for the items
in flight (or cancel them); each yields the results as they finish, and `run_threads` /
`run_tasks` run one to the end for every result in order. The thread driver calls the pool
under one lock; the asyncio driver from the event loop only.

Invariants:

* every item is taken once, in the source's order, each with a ticket: `results` answers in
  that order, whatever order the items finished in;
* the waiter is handed each result once, in the order the items finished (`ready`); a failure
  is raised once the results that finished before it were handed out;
* after the first failure (a worker's exception) or an interrupt of the waiter (Ctrl-C, a
  stop signal, a cancellation, a consumer that left), no worker takes another item; each
  item in flight ends and is recorded. With `finish_in_flight` (writes: their outcome
  matters) the waiter waits for them before it raises; without (reads) it raises at once;
* an interrupt ends the workers' waits at once (`propexo._pacing.Stop`): an item still
  waiting for its rate-limit slot or in a retry's pause is not sent (`WaitStopped` rises in
  it), while a request already on the wire finishes (bounded by its timeout);
* the waiter stops once the pool is `over`: nothing in flight, nothing left to hand out, and
  nothing more to take (stopped, or a take found the source empty after the last item
  ended: an item that ends may give the source more, as a watched job queued for its next
  poll).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable
from typing import Generic, TypeVar

from ._pacing import Stop

T = TypeVar("T")
R = TypeVar("R")


class _Failed:
    """A failure's place among the finished results."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Pool(Generic[T, R]):
    """The decisions of one pool run: items from `source` (None: none left for now)."""

    def __init__(self, source: Callable[[], T | None], *, finish_in_flight: bool) -> None:
        self._source = source
        #: On an interrupt, whether the waiter waits for the items in flight before raising.
        self.finish_in_flight = finish_in_flight
        self._tickets = 0
        self._in_flight = 0
        self._empty = False  # the last take found the source empty, and no item ended since
        self._failure: BaseException | None = None
        self._results: dict[int, R] = {}
        self._ready: deque[R | _Failed] = deque()

    @classmethod
    def of(cls, items: Iterable[T], *, finish_in_flight: bool) -> Pool[T, R]:
        """A pool over a fixed sequence of items."""
        found = iter(items)
        return cls(lambda: next(found, None), finish_in_flight=finish_in_flight)

    @property
    def stopped(self) -> bool:
        """No item will be taken any more (a failure or an interrupt)."""
        return self._failure is not None

    @property
    def idle(self) -> bool:
        """No item is in flight."""
        return self._in_flight == 0

    @property
    def over(self) -> bool:
        """Nothing in flight, nothing to hand out, nothing more to take: the waiter is done."""
        return self.idle and not self._ready and (self.stopped or self._empty)

    def take(self) -> tuple[int, T] | None:
        """A worker's next item and its ticket; None: the worker ends."""
        if self.stopped:
            return None
        try:
            item = self._source()
        except BaseException as error:  # a broken source fails the run like a worker would
            self._fail(error)
            return None
        if item is None:
            self._empty = True
            return None
        ticket, self._tickets = self._tickets, self._tickets + 1
        self._in_flight += 1
        return ticket, item

    def done(self, ticket: int, result: R) -> None:
        """The item of `ticket` ended with `result`."""
        self._ended()
        self._results[ticket] = result
        self._ready.append(result)

    def failed(self, error: BaseException) -> None:
        """An item in flight raised `error`: no new item is taken."""
        self._ended()
        self._fail(error)

    def interrupt(self, error: BaseException) -> None:
        """The waiter was interrupted by `error` (Ctrl-C, a cancellation, its consumer left):
        no new item is taken; the items in flight end as they will."""
        if self._failure is None:
            self._failure = error

    def ready(self) -> list[R]:
        """The results finished since the last call, in the order they finished. Raises the
        first failure once every result that finished before it was handed out."""
        found: list[R] = []
        while self._ready:
            head = self._ready[0]
            if isinstance(head, _Failed):
                if found:
                    break
                self._ready.popleft()
                raise head.error
            self._ready.popleft()
            found.append(head)
        return found

    def results(self) -> list[R]:
        """Every item's result, in the order the items were taken; raises the first failure."""
        if self._failure is not None:
            raise self._failure
        return [self._results[ticket] for ticket in range(self._tickets)]

    def _ended(self) -> None:
        self._in_flight -= 1
        self._empty = False  # the source may have more now: a take must look again

    def _fail(self, error: BaseException) -> None:
        if self._failure is None:
            self._failure = error
            self._ready.append(_Failed(error))


def threads(
    pool: Pool[T, R], work: Callable[[T], R], workers: int, *, name: str
) -> Generator[R, None, None]:
    """Run `pool` with `workers` threads (at least one) calling `work` on each item; yield the
    results as they finish (`Pool.ready`) until the pool is over."""
    lock = threading.Lock()
    woke: queue.SimpleQueue[None] = queue.SimpleQueue()  # one put after each change of `pool`
    stop = Stop()

    def worker() -> None:
        stop.enter()
        try:
            while True:
                with lock:
                    taken = pool.take()
                if taken is None:
                    return
                ticket, item = taken
                try:
                    result = work(item)
                except BaseException as error:
                    with lock:
                        pool.failed(error)
                else:
                    with lock:
                        pool.done(ticket, result)
                woke.put(None)
        finally:
            woke.put(None)

    spawned = [
        threading.Thread(target=worker, name=f"{name}-{n}", daemon=True)
        for n in range(max(1, workers))
    ]
    try:
        for thread in spawned:
            thread.start()
        while True:
            with lock:
                if pool.over:
                    return
                finished = pool.ready()
            if finished:
                yield from finished
            else:
                woke.get()
    except BaseException as error:  # Ctrl-C, a worker's failure, or the consumer left
        with lock:
            pool.interrupt(error)
        stop.stop()  # items still waiting for a slot or a retry end now, unsent
        # Not join(): a join interrupted by Ctrl-C marks its thread as ended (CPython
        # bpo-45274), so a second join would return while the request is still in flight. The
        # pool counts the items in flight; a thread that has not begun will take none.
        while pool.finish_in_flight:
            with lock:
                if pool.idle:
                    break
            woke.get()
        raise


async def tasks(
    pool: Pool[T, R], work: Callable[[T], Awaitable[R]], workers: int
) -> AsyncGenerator[R, None]:
    """`threads` for asyncio: `workers` tasks (at least one) awaiting `work` on each item. A
    second cancellation while the items in flight finish cancels them."""
    woke = asyncio.Event()  # set after each change of `pool`
    stop = Stop()

    async def worker() -> None:
        stop.enter()
        try:
            while (taken := pool.take()) is not None:
                ticket, item = taken
                try:
                    result = await work(item)
                except BaseException as error:
                    pool.failed(error)
                else:
                    pool.done(ticket, result)
                woke.set()
        finally:
            woke.set()

    spawned = [asyncio.create_task(worker()) for _ in range(max(1, workers))]
    try:
        while True:
            woke.clear()
            if pool.over:
                return
            finished = pool.ready()
            if finished:
                for result in finished:
                    yield result
            else:
                await woke.wait()
    except BaseException as error:  # a cancellation, a worker's failure, or the consumer left
        pool.interrupt(error)
        stop.stop()  # items still waiting for a slot or a retry end now, unsent
        while pool.finish_in_flight:
            woke.clear()
            if pool.idle:
                break
            await woke.wait()
        raise
    finally:
        for task in spawned:
            task.cancel()
        await asyncio.gather(*spawned, return_exceptions=True)


def run_threads(pool: Pool[T, R], work: Callable[[T], R], workers: int, *, name: str) -> list[R]:
    """`threads` to the end: every result, in the order the items were taken. An interrupt
    anywhere in here reaches the pool (the stream is closed, not left to the collector)."""
    with contextlib.closing(threads(pool, work, workers, name=name)) as stream:
        for _ in stream:
            pass
    return pool.results()


async def run_tasks(pool: Pool[T, R], work: Callable[[T], Awaitable[R]], workers: int) -> list[R]:
    """`tasks` to the end: every result, in the order the items were taken."""
    async with contextlib.aclosing(tasks(pool, work, workers)) as stream:
        async for _ in stream:
            pass
    return pool.results()
