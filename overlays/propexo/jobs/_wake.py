"""Waking a tracker's sleeping pollers when a webhook event names one of its jobs.

A poller waits for its job's next poll with a `Nap` effect instead of a plain `Wait`: a nap
ends early when the schedule's bell rings (`Schedule.hint`, from `JobTracker.notify`, in any
thread). `ThreadBell` serves the sync tracker (a `threading.Condition`), `LoopBell` the asyncio
tracker (an `asyncio.Event` set through `loop.call_soon_threadsafe`, so that a receiver thread
may ring it). A nap remembers how often the bell had rung when its caller looked at the
schedule (`since`), so a ring between that look and the nap is never missed.

The asyncio nap races the tracker's `sleep` against the bell, whatever the sleep is. A sync
sleep cannot be cut short: the sync nap waits on the condition when the tracker sleeps in real
time (`time.sleep`, the default), and otherwise (an injected sleep: a test's manual clock)
calls the sleep and sees the ring when it returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from typing import Any

import attrs

from .._effects import AsyncPerform, Perform
from .._flow import Wait
from .._pacing import AsyncSleep, Sleep


class Bell:
    """Rung when an event hints a job of one schedule; `rings` counts the rings. This base
    wakes nobody (a schedule whose pollers nap with plain waits)."""

    rings: int = 0

    def ring(self) -> None:
        self.rings += 1


class ThreadBell(Bell):
    """The sync tracker's bell; `sleep` is the tracker's (real time: the nap is cut short)."""

    def __init__(self, sleep: Sleep) -> None:
        self._sleep = sleep
        self._interruptible = sleep is time.sleep
        self._ringing = threading.Condition()

    def ring(self) -> None:
        with self._ringing:
            self.rings += 1
            self._ringing.notify_all()

    def nap(self, seconds: float, since: int) -> bool:
        """Sleep `seconds` or until rung after `since`; True if it was rung."""
        if self._interruptible:
            with self._ringing:
                self._ringing.wait_for(lambda: self.rings != since, timeout=seconds)
        elif self.rings == since:
            self._sleep(seconds)
        return self.rings != since


class LoopBell(Bell):
    """The asyncio tracker's bell, bound to the running event loop; ring it from any thread."""

    def __init__(self, sleep: AsyncSleep) -> None:
        self._sleep = sleep
        self._loop = asyncio.get_running_loop()
        self._rung = asyncio.Event()

    def ring(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is asleep
            self._loop.call_soon_threadsafe(self._ring)

    def _ring(self) -> None:
        self.rings += 1
        self._rung.set()
        self._rung = asyncio.Event()

    async def nap(self, seconds: float, since: int) -> bool:
        """Sleep `seconds` or until rung after `since`; True if it was rung."""
        if self.rings != since:
            return True
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        rung = asyncio.ensure_future(self._rung.wait())
        try:
            await asyncio.wait((sleeper, rung), return_when=asyncio.FIRST_COMPLETED)
            if sleeper.done():
                sleeper.result()  # a failed sleep raises here
        finally:
            for task in (sleeper, rung):
                task.cancel()
            await asyncio.gather(sleeper, rung, return_exceptions=True)
        return self.rings != since


@attrs.frozen
class Nap(Wait):
    """Wait `seconds` for a job's next poll, or less if `bell` rings after `since` rings.
    Answers True if it was rung. A driver that knows only `Wait` sleeps it through and
    answers None (not rung): the nap is then a plain wait."""

    bell: Bell
    since: int


class NapPerform(Perform):
    """The sync driver's effects, and `Nap` on a `ThreadBell`."""

    def __call__(self, effect: object) -> Any:
        if isinstance(effect, Nap):
            assert isinstance(effect.bell, ThreadBell)
            return effect.bell.nap(effect.seconds, effect.since)
        return super().__call__(effect)


class AsyncNapPerform(AsyncPerform):
    """The async driver's effects, and `Nap` on a `LoopBell`."""

    async def __call__(self, effect: object) -> Any:
        if isinstance(effect, Nap):
            assert isinstance(effect.bell, LoopBell)
            return await effect.bell.nap(effect.seconds, effect.since)
        return await super().__call__(effect)
