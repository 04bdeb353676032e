"""The worker pool (`propexo._pool`): its decisions stepped by hand (no threads, no tasks), and
its two drivers on toy work under the `driver` fixture.

Toy work is a flow (`propexo._flow`) that may yield `Hold(name)`: wait until the gate `name`
is opened. The test opens gates from the waiter's side (after a result) or when the driver
asks the pool whether it is idle after a stop (`_Watched`), so every order below is forced,
never timed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Generator, Iterator
from typing import Any

import attrs
import pytest
from propexo._flow import Flow, arun, run
from propexo._pool import Pool, run_tasks, run_threads, tasks, threads

from tests.drivers import Driver

# -- the decisions ------------------------------------------------------------------------------


def test_items_are_taken_once_in_order_and_results_come_back_in_that_order() -> None:
    pool: Pool[str, str] = Pool.of("abc", finish_in_flight=True)
    taken = [pool.take(), pool.take(), pool.take()]
    assert taken == [(0, "a"), (1, "b"), (2, "c")]
    assert not pool.over  # three in flight
    pool.done(2, "C")
    pool.done(0, "A")
    assert pool.ready() == ["C", "A"]  # as they finished
    assert pool.ready() == []  # each once
    pool.done(1, "B")
    assert pool.take() is None and not pool.over  # "B" is still to hand out
    assert pool.ready() == ["B"]
    assert pool.over and pool.results() == ["A", "B", "C"]  # as they were taken


def test_the_first_failure_stops_taking_and_rises_after_the_results_before_it() -> None:
    pool: Pool[int, int] = Pool.of(range(10), finish_in_flight=True)
    for _ in range(3):
        pool.take()
    pool.done(0, 0)
    pool.failed(OSError("disk full"))
    assert pool.stopped and pool.take() is None  # no new item
    assert not pool.over  # item 2 is still in flight
    pool.failed(ValueError("second"))  # a later failure is not the one raised
    assert pool.ready() == [0]
    with pytest.raises(OSError, match="disk full"):
        pool.ready()
    assert pool.ready() == [] and pool.over
    with pytest.raises(OSError, match="disk full"):
        pool.results()


def test_an_interrupt_stops_taking_and_the_items_in_flight_still_count() -> None:
    pool: Pool[int, int] = Pool.of(range(5), finish_in_flight=True)
    pool.take()
    pool.take()
    pool.interrupt(KeyboardInterrupt())
    assert pool.take() is None and not pool.idle and not pool.over
    pool.done(0, 0)
    pool.done(1, 1)
    assert pool.idle and pool.ready() == [0, 1] and pool.over
    with pytest.raises(KeyboardInterrupt):
        pool.results()


def test_a_source_that_grows_when_an_item_ends_is_not_over_until_a_take_finds_it_empty() -> None:
    queued = ["job"]  # like a watched job, queued again after each poll until it ends
    pool: Pool[str, int] = Pool(lambda: queued.pop() if queued else None, finish_in_flight=False)
    assert pool.take() == (0, "job")
    assert pool.take() is None  # another worker finds nothing, for now
    queued.append("job")  # the poll queued it again...
    pool.done(0, 1)  # ...and ended
    assert pool.ready() == [1]
    assert not pool.over  # the source may have more: someone must look
    assert pool.take() == (1, "job")
    pool.done(1, 2)
    assert pool.ready() == [2] and pool.take() is None
    assert pool.over


def test_a_source_that_raises_fails_the_pool() -> None:
    def broken() -> int:
        raise RuntimeError("schedule broke")

    pool: Pool[int, int] = Pool(broken, finish_in_flight=True)
    assert pool.take() is None and pool.stopped and pool.idle
    with pytest.raises(RuntimeError, match="schedule broke"):
        pool.ready()
    assert pool.over


def test_an_empty_source_is_over_after_one_take() -> None:
    pool: Pool[int, int] = Pool.of([], finish_in_flight=True)
    assert not pool.over  # nobody looked yet
    assert pool.take() is None and pool.over and pool.results() == []


# -- the drivers --------------------------------------------------------------------------------


@attrs.frozen
class Hold:
    """Wait until the gate `name` is opened."""

    name: str


@attrs.frozen
class Open:
    """Open the gate `name`."""

    name: str


class Gates:
    """Named gates the toy work waits at: threading events for the thread driver, asyncio
    events for the task driver (opened from the event loop, or from the pool's lock)."""

    def __init__(self, driver: Driver) -> None:
        self.is_async = driver.is_async
        self._gates: dict[str, Any] = {}

    def _gate(self, name: str) -> Any:
        if name not in self._gates:
            self._gates[name] = asyncio.Event() if self.is_async else threading.Event()
        return self._gates[name]

    def open(self, name: str) -> None:
        self._gate(name).set()

    def perform(self, effect: Hold | Open) -> None:
        if isinstance(effect, Open):
            self.open(effect.name)
        else:
            self._gate(effect.name).wait()

    async def aperform(self, effect: Hold | Open) -> None:
        if isinstance(effect, Open):
            self.open(effect.name)
        else:
            await self._gate(effect.name).wait()


class _Watched(Pool[int, str]):
    """A pool that opens the gate "drained" when a driver asks whether it is idle after it
    stopped: only a driver that waits for the items in flight opens it."""

    gates: Gates

    @property
    def idle(self) -> bool:
        if self.stopped:
            self.gates.open("drained")
        return super().idle


def _pool(gates: Gates, items: range, *, finish_in_flight: bool) -> _Watched:
    found = iter(items)
    pool = _Watched(lambda: next(found, None), finish_in_flight=finish_in_flight)
    pool.gates = gates
    return pool


class Log:
    """What the toy work did, item by item (appends are atomic: safe from threads)."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def started(self) -> set[int]:
        return {int(e[len("start ") :]) for e in self.events if e.startswith("start ")}

    def ended(self) -> set[int]:
        return {int(e[len("end ") :]) for e in self.events if e.startswith("end ")}


Work = Callable[[int], Flow[str]]


def _drive(
    driver: Driver,
    gates: Gates,
    pool: Pool[int, str],
    work: Work,
    workers: int,
    consume: Callable[[str], None] = lambda result: None,
) -> list[str]:
    """Run `pool` with the driver's pool driver; `consume` sees each result the waiter is
    handed; `consume` raising `KeyboardInterrupt` is the waiter's interrupt (Ctrl-C for the
    threads, a cancellation of the waiting task for the tasks)."""
    seen: list[str] = []
    if not driver.is_async:
        stream = threads(pool, lambda item: run(work(item), gates.perform), workers, name="t")
        _consume_sync(stream, seen, consume)
        return seen

    async def go() -> None:
        async def one(item: int) -> str:
            return await arun(work(item), gates.aperform)

        stream = tasks(pool, one, workers)
        try:
            async for result in stream:
                seen.append(result)
                try:
                    consume(result)
                except KeyboardInterrupt:
                    current = asyncio.current_task()
                    assert current is not None
                    current.cancel()  # lands where the waiter awaits next
        finally:
            await stream.aclose()

    try:
        asyncio.run(go())
    except asyncio.CancelledError:
        raise KeyboardInterrupt from None
    return seen


def _consume_sync(stream: Iterator[str], seen: list[str], consume: Callable[[str], None]) -> None:
    for result in stream:
        seen.append(result)
        try:
            consume(result)
        except KeyboardInterrupt as interrupt:
            assert isinstance(stream, Generator)
            stream.throw(interrupt)  # as if Ctrl-C landed where the waiter waits


def _work(
    log: Log, hold: Callable[[int], str | None] = lambda item: None, fail: int | None = None
) -> Work:
    """Toy work: item `n` is logged, waits at the gate `hold(n)` (None: none), raises when
    it is `fail`, and ends as "rN"."""

    def work(item: int) -> Flow[str]:
        log.events.append(f"start {item}")
        gate = hold(item)
        if gate is not None:
            yield Hold(gate)
        if item == fail:
            raise OSError("journal disk full")
        log.events.append(f"end {item}")
        return f"r{item}"

    return work


def test_the_waiter_gets_results_as_they_finish_and_the_pool_keeps_the_input_order(
    driver: Driver,
) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(2), finish_in_flight=True)

    def after(result: str) -> None:
        if result == "r1":
            gates.open("first")  # item 0 ends only once item 1 was handed out

    work = _work(log, hold=lambda item: "first" if item == 0 else None)
    seen = _drive(driver, gates, pool, work, 2, after)
    assert seen == ["r1", "r0"]
    assert pool.results() == ["r0", "r1"]


def test_a_failure_stops_new_items_and_rises_once_the_items_in_flight_ended(
    driver: Driver,
) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(6), finish_in_flight=True)
    work = _work(log, hold=lambda item: "drained" if item == 0 else None, fail=1)
    with pytest.raises(OSError, match="journal disk full"):
        _drive(driver, gates, pool, work, 2)
    assert log.started() == {0, 1}  # nothing taken after the failure
    assert log.ended() == {0}  # the item in flight ended before the failure rose
    with pytest.raises(OSError, match="journal disk full"):
        pool.results()


def test_an_interrupt_takes_no_new_item_and_waits_for_the_items_in_flight(
    driver: Driver,
) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(6), finish_in_flight=True)

    def ctrl_c(result: str) -> None:
        raise KeyboardInterrupt

    # Every item but 1 is held until the driver waits for the items in flight.
    work = _work(log, hold=lambda item: None if item == 1 else "drained")
    with pytest.raises(KeyboardInterrupt):
        _drive(driver, gates, pool, work, 2, ctrl_c)
    # item 1 ended and was handed out; its worker may have taken item 2 before the interrupt
    assert {0, 1} <= log.started() <= {0, 1, 2}
    assert log.ended() == log.started()  # every item in flight ended before it rose
    assert pool.stopped and pool.take() is None


def test_without_finish_in_flight_a_waiter_that_leaves_does_not_wait(driver: Driver) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(6), finish_in_flight=False)

    def leave(result: str) -> None:
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            # held until a driver waits for the items in flight: this one must not
            work = _work(log, hold=lambda item: "drained" if item == 0 else None)
            _drive(driver, gates, pool, work, 2, leave)
        assert 0 not in log.ended()  # left while item 0 was held
        assert pool.stopped and pool.take() is None
    finally:
        if not driver.is_async:
            gates.open("drained")  # let the thread end (the tasks were cancelled)


def test_no_items_end_at_once(driver: Driver) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(0), finish_in_flight=True)
    assert _drive(driver, gates, pool, _work(log), 0) == []
    assert pool.results() == [] and log.events == []


def test_each_item_is_taken_by_exactly_one_worker(driver: Driver) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(200), finish_in_flight=True)
    seen = _drive(driver, gates, pool, _work(log), 8)
    assert sorted(seen) == sorted(f"r{n}" for n in range(200))
    assert pool.results() == [f"r{n}" for n in range(200)]
    assert sorted(log.events) == sorted(
        [f"start {n}" for n in range(200)] + [f"end {n}" for n in range(200)]
    )


def test_run_to_the_end_gives_every_result_in_the_order_taken(driver: Driver) -> None:
    gates, log = Gates(driver), Log()
    pool = _pool(gates, range(3), finish_in_flight=True)

    def work(item: int) -> Flow[str]:  # item 0 ends only after item 1 ended
        if item == 0:
            yield Hold("one ended")
        log.events.append(f"end {item}")
        if item == 1:
            yield Open("one ended")
        return f"r{item}"

    if driver.is_async:

        async def one(item: int) -> str:
            return await arun(work(item), gates.aperform)

        results = asyncio.run(run_tasks(pool, one, 2))
    else:
        results = run_threads(pool, lambda item: run(work(item), gates.perform), 2, name="t")
    assert results == ["r0", "r1", "r2"]
    assert log.events.index("end 1") < log.events.index("end 0")
