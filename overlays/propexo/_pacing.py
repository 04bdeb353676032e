"""Client-side pacing: requests spaced evenly under the API's per-window rate limit.

Propexo allows a number of requests per minute (150 by default), slows answers past 80 % of it
and answers 429 past 100 %. Spacing requests `window / limit` apart (plus a little headroom)
keeps a client under both a fixed and a sliding window without bursts. One `Pacer` is shared by
every request of a client (lookups, batch writes and job status polls), from
threads and asyncio tasks alike: `reserve()` books a slot without blocking, the caller sleeps.

What the server says is bounded: an `x-ratelimit-limit` below `MIN_SERVER_LIMIT` requests a
window (or not a finite number) is ignored, so no header can make the client wait longer than
about one window per request; pauses are as long as the caller asks (Retry-After is capped by
the retry policy) and a spent budget pauses a quarter window.

Waits end early when the work they delay is called off. A pool run (`propexo._pool`) gives
each of its workers a `Stop`; when the run is interrupted (Ctrl-C, a stop signal, a
cancellation, a worker's failure), `Stop.stop()` ends every wait of those workers at once:
`pause` (threads: the default `sleep` returns early) and `apause` (tasks: the wait is
cancelled) raise `WaitStopped`, so that a request still waiting for its slot, or in a retry's
pause, is never sent. A request already on the wire is not a wait: it ends as it will.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar

from ._errors import ConfigurationError
from ._sanitize import clean_text

Clock = Callable[[], float]
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

DEFAULT_RATE_LIMIT = 150
DEFAULT_WINDOW = 60.0
#: Fraction by which requests are spaced wider than the bare limit allows, so that clock skew
#: and network jitter never push request N+1 into a window that already holds N.
DEFAULT_HEADROOM = 0.02
#: The lowest `x-ratelimit-limit` believed: fewer than one request a window is nonsense.
MIN_SERVER_LIMIT = 1.0

log = logging.getLogger(__name__)


class Pacer:
    """Books evenly spaced send slots; adapts to the server's `x-ratelimit-*` headers."""

    def __init__(
        self,
        limit: float = DEFAULT_RATE_LIMIT,
        window: float = DEFAULT_WINDOW,
        *,
        headroom: float = DEFAULT_HEADROOM,
        clock: Clock = time.monotonic,
    ) -> None:
        if not limit > 0 or not window > 0:
            raise ConfigurationError("the rate limit and its window must be positive")
        if not 0 <= headroom < 1:
            raise ConfigurationError("headroom must be in [0, 1)")
        self._configured = float(limit)
        self._server_limit: float | None = None
        self._window = float(window)
        self._headroom = headroom
        self._clock = clock
        self._lock = threading.Lock()
        self._last = float("-inf")  # start of the latest booked slot
        self._paused_until = float("-inf")
        self._recent: deque[float] = deque()  # our own slots within the last window
        self._warned = False  # about an x-ratelimit-limit ignored (once per pacer)

    @property
    def limit(self) -> float:
        """Requests per window actually used: the configured limit, or the server's if lower."""
        if self._server_limit is not None and self._server_limit < self._configured:
            return self._server_limit
        return self._configured

    @property
    def window(self) -> float:
        return self._window

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def interval(self) -> float:
        """Seconds between two consecutive request starts."""
        return self._window / self.limit * (1.0 + self._headroom)

    def reserve(self) -> float:
        """Book the next slot; return how long the caller must wait before sending."""
        return self.book()[0]

    def book(self) -> tuple[float, bool]:
        """Book the next slot: (seconds to wait, whether a pause the server asked for is
        what holds it back rather than plain spacing)."""
        with self._lock:
            now = self._clock()
            # From the last slot with the *current* interval: a lower limit learnt from the
            # server applies to the very next request.
            slot = max(now, self._last + self.interval, self._paused_until)
            self._last = slot
            self._recent.append(slot)
            while self._recent and self._recent[0] <= now - self._window:
                self._recent.popleft()
            return slot - now, slot == self._paused_until > now

    def pause_until(self, when: float) -> None:
        """Hold every request until the clock reaches `when` (a 429's Retry-After)."""
        with self._lock:
            self._paused_until = max(self._paused_until, when)

    def pause_for(self, seconds: float) -> None:
        self.pause_until(self._clock() + max(0.0, seconds))

    def observe(self, headers: Mapping[str, str]) -> None:
        """Learn from `x-ratelimit-limit` (a lower server limit wins) and
        `x-ratelimit-remaining`: 0 while we ourselves sent fewer than the limit in the last
        window means someone else shares the budget, so back off for a while."""
        limit = _number(headers.get("x-ratelimit-limit"))
        if limit is not None and limit >= MIN_SERVER_LIMIT:
            with self._lock:
                self._server_limit = limit
        elif (limit is not None or headers.get("x-ratelimit-limit")) and not self._warned:
            self._warned = True
            log.warning(
                "ignoring x-ratelimit-limit %r: not a number of at least %g",
                _excerpt(headers.get("x-ratelimit-limit")),
                MIN_SERVER_LIMIT,
            )
        remaining = _number(headers.get("x-ratelimit-remaining"))
        if remaining is not None and remaining <= 0:
            with self._lock:
                ours = len(self._recent)
            if ours < self.limit - 1:
                # Spent, but not by us. The reset time is unknown: wait a quarter window; if
                # that is not enough, a 429's Retry-After says how long exactly.
                log.warning(
                    "x-ratelimit-remaining is 0 after %d request(s) of ours in the last %g s: "
                    "someone else shares the budget; pausing every request for %g s",
                    ours,
                    self._window,
                    self._window / 4,
                )
                self.pause_for(self._window / 4)

    def wait(self, sleep: Sleep) -> float:
        """Book a slot and block the thread until it starts; return the time waited."""
        delay = self.reserve()
        if delay > 0:
            sleep(delay)
        return delay

    async def await_slot(self, sleep: AsyncSleep) -> float:
        """Book a slot and suspend the task until it starts; return the time waited."""
        delay = self.reserve()
        if delay > 0:
            await sleep(delay)
        return delay


class WaitStopped(BaseException):
    """A wait ended early: the pool run it belongs to stopped, and what it delayed (a
    request) was not done. A BaseException, as KeyboardInterrupt is, so that no
    `except Exception` on the way turns it into an outcome or a retry."""


class Stop:
    """Ends the waits of one pool run's workers (see the module docstring). `stop()` may be
    called from any thread for thread workers, and from the event loop for task workers."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._waiting: set[asyncio.Task[object]] = set()  # task workers in `apause`
        self._cancelled: set[asyncio.Task[object]] = set()  # ... that `stop()` cancelled

    @property
    def stopped(self) -> bool:
        return self._event.is_set()

    def enter(self) -> None:
        """Waits of the current thread or asyncio task end when this is stopped (a worker
        calls this first: threads and tasks each have their own context)."""
        _stop.set(self)

    def stop(self) -> None:
        """End every wait of the workers now, and refuse their later waits."""
        self._event.set()
        for task in self._waiting - self._cancelled:
            self._cancelled.add(task)
            task.cancel()

    def check(self) -> None:
        if self._event.is_set():
            raise WaitStopped("stopped while waiting: not sent")

    def sleep(self, seconds: float) -> None:
        self._event.wait(seconds)


_stop: ContextVar[Stop | None] = ContextVar("propexo_stop", default=None)


def sleep(seconds: float) -> None:
    """The clients' default `Sleep`: `time.sleep`, except that in a pool's worker it returns
    as soon as the run stops (`pause` then raises)."""
    stop = _stop.get()
    if stop is None:
        time.sleep(seconds)
    else:
        stop.sleep(seconds)


def pause(sleep: Sleep, seconds: float) -> None:
    """Wait `seconds` with `sleep`; raise `WaitStopped` when the worker's run stopped before
    or during the wait (an injected sleep is not cut short, but its end is checked)."""
    stop = _stop.get()
    if stop is not None:
        stop.check()
    sleep(seconds)
    if stop is not None:
        stop.check()


async def apause(sleep: AsyncSleep, seconds: float) -> None:
    """`pause` for asyncio: `Stop.stop()` cancels the wait, which raises `WaitStopped`
    instead (any other cancellation rises as it is)."""
    stop = _stop.get()
    task = asyncio.current_task()
    if stop is None or task is None:
        await sleep(seconds)
        return
    stop.check()
    stop._waiting.add(task)
    try:
        await sleep(seconds)
    except asyncio.CancelledError:
        if task in stop._cancelled and task.uncancel() == 0:
            raise WaitStopped("stopped while waiting: not sent") from None
        raise
    finally:
        stop._waiting.discard(task)
        stop._cancelled.discard(task)
    stop.check()


def _number(value: str | None) -> float | None:
    """A finite number, or None."""
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _excerpt(value: str | None) -> str:
    return clean_text(value or "", limit=40)
