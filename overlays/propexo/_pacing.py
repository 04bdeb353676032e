"""Client-side pacing: spend the server's free rate budget at once, space requests as it runs low.

Propexo allows a number of requests per minute (150 by default, more or fewer by contract),
says on every answer how many (`x-ratelimit-limit`) and how many are left in the current
minute (`x-ratelimit-remaining`), slows answers past 80 % of it and answers 429 past 100 %
until the minute resets. That budget belongs to the token, not to a process: a billing job,
a sync worker and a web app sharing a token share it. So the `Pacer` paces to what the
server says is left rather than to the whole limit:

* free budget is spent at once: while more than `reserve` (the 20 % that Propexo slows
  down) of the limit is left, a request is not held back at all, so a short walk runs at
  network speed and never meets the slow-down;
* as the budget runs low, what is left is spread over the time until the window resets
  (estimated, see below), so a bulk run uses the whole budget of every window;
* when `remaining` falls faster than our own requests explain, others spend the same
  budget: nothing is free any more (whoever came first to a window would take it all);
  we spread our part of what is left until the reset, a part that grows as our share of
  the recent spending shrinks (`_part`), so that clients pacing the same way converge to
  a fair split whatever split they start from, and leave the last request of a window
  alone, which racing clients would all take;
* a client starved by others probes for the reset halfway to the latest moment it can
  come instead of waiting that long, and a 429's Retry-After tells it the reset;
* our own requests never exceed the limit in any window (a sliding count, widened by
  `headroom`), so a lone client gets no 429 from a fixed or a sliding window;
* a spent budget waits for the reset; a 429's Retry-After pauses every request.

The reset time is not sent: it is estimated conservatively as one window (plus headroom)
after the latest moment the current window can have begun: the answer on which
`remaining` went up, or our first request of a window we assumed fresh. A wrong estimate
costs at worst a 429, whose Retry-After then holds every request.

No server or daemon is involved: every process reads the budget from Propexo's own headers.
An optional shared store (a file lock or Redis holding the token's budget) could later let
processes on one host book slots from one ledger instead of inferring each other from
`remaining`, which would make the split exact and spare the few 429s of racing processes.

What the server says is bounded: an `x-ratelimit-limit` below `MIN_SERVER_LIMIT` requests a
window (or not a finite number) is ignored, and the configured `rate_limit` is assumed until
the server says otherwise. One `Pacer` is shared by every request of a client (sync and async
alike): `book()` books a slot without blocking, the caller sleeps. Time comes from the
injected `clock`, so tests run on a manual one.

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

import attrs

from ._errors import ConfigurationError
from ._sanitize import clean_text

Clock = Callable[[], float]
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

DEFAULT_RATE_LIMIT = 150
DEFAULT_WINDOW = 60.0
#: Fraction by which windows are taken longer than stated, so that clock skew and network
#: latency never push a request into a window the server still counts as spent.
DEFAULT_HEADROOM = 0.02
#: The share of the limit kept for spacing: Propexo slows answers past 80 % of it.
DEFAULT_RESERVE = 0.2
#: Below this share of the recent spending a client sharing the budget is starved: it
#: probes for the reset instead of waiting for the latest moment it can come.
STARVED = 0.1
#: The lowest `x-ratelimit-limit` believed: fewer than one request a window is nonsense.
MIN_SERVER_LIMIT = 1.0

log = logging.getLogger(__name__)


@attrs.frozen
class Booking:
    """A booked send slot: how long to wait for it, whether a pause the server asked for
    (rather than the budget) holds it back, and its ticket for `Pacer.observe`."""

    wait: float
    paused: bool
    ticket: int


class Pacer:
    """Books send slots against the server's rate budget (see the module docstring)."""

    def __init__(
        self,
        limit: float = DEFAULT_RATE_LIMIT,
        window: float = DEFAULT_WINDOW,
        *,
        headroom: float = DEFAULT_HEADROOM,
        reserve: float = DEFAULT_RESERVE,
        clock: Clock = time.monotonic,
    ) -> None:
        if not limit > 0 or not window > 0:
            raise ConfigurationError("the rate limit and its window must be positive")
        if not 0 <= headroom < 1:
            raise ConfigurationError("headroom must be in [0, 1)")
        if not 0 <= reserve < 1:
            raise ConfigurationError("reserve must be in [0, 1)")
        self._configured = float(limit)
        self._server_limit: float | None = None
        self._window = float(window)
        self._span = self._window * (1.0 + headroom)  # a window, as long as we count it
        self._reserve = reserve
        self._clock = clock
        self._lock = threading.Lock()
        self._last = float("-inf")  # the latest booked slot (slots never go backwards)
        self._paused_until = float("-inf")
        self._recent: deque[float] = deque()  # our own slots within the last window
        self._booked = 0  # tickets handed out
        self._budget = float(limit)  # requests left in the window of `_last`, after ours
        self._reset = float("-inf")  # when that window ends, at the latest
        self._first = 0  # the ticket of our first booking in that window
        self._answered = 0  # answers observed (at most the tickets handed out)
        # (ticket, remaining, when, requests open by then) of the newest answer
        self._seen: tuple[int, float, float, int] | None = None
        self._spent: deque[tuple[float, int, int]] = deque()  # (when, ours, others) in a window
        self._warned = False  # about an x-ratelimit-limit ignored (once per pacer)

    @property
    def limit(self) -> float:
        """Requests per window: the server's `x-ratelimit-limit` once one was believed,
        the configured limit until then."""
        return self._configured if self._server_limit is None else self._server_limit

    @property
    def window(self) -> float:
        return self._window

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def share(self) -> float:
        """Our share of the budget spent within the last window (1.0 alone)."""
        with self._lock:
            return self._share(self._clock())

    def reserve(self) -> float:
        """Book the next slot; return how long the caller must wait before sending."""
        return self.book().wait

    def book(self) -> Booking:
        """Book the next slot (pass its ticket to `observe` with the answer)."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._last, self._paused_until)
            limit = self.limit
            while self._recent and self._recent[0] <= slot - self._span:
                self._recent.popleft()
            if len(self._recent) >= limit:  # our own count: never more than the limit
                slot = max(slot, self._recent[-math.floor(limit)] + self._span)
            share = self._share(now)
            part = _part(share)
            if slot >= self._reset:
                self._fresh_window(slot)
            elif self._budget < 1:  # spent: the next window
                slot = self._next_window(slot, share)
            elif self._budget <= self._reserve * limit or part < 1:
                # running low, or shared: spread our part of what is left until the reset
                # (shared, the last request is left alone: racing clients would all take it)
                count = (self._budget - (part < 1)) * part  # requests of ours until the reset
                if count >= 1:  # evenly between the latest slot and the reset, both excluded
                    slot = max(slot, self._last + (self._reset - self._last) / (count + 1))
                else:
                    slot = self._next_window(slot, share)
            self._budget -= 1
            self._last = slot
            self._recent.append(slot)
            self._booked += 1
            return Booking(slot - now, slot == self._paused_until > now, self._booked)

    def _next_window(self, slot: float, share: float) -> float:
        """The slot of a request that waits for the next window: its start at the latest,
        or, for a starved client (others spent nearly all of the budget, so that the reset
        may come well before the latest we assume), halfway there: a probe whose answer
        tells the budget, or whose 429's Retry-After tells the reset (see `pause_until`)."""
        if share < STARVED:
            return (slot + self._reset) / 2
        slot = max(slot, self._reset)
        self._fresh_window(slot)
        return slot

    def _fresh_window(self, slot: float) -> None:
        """Assume the window that `slot` falls in is fresh: full budget, ending a window
        after the slot at the latest (an answer corrects both)."""
        self._budget = self.limit
        self._reset = slot + self._span
        self._first = self._booked + 1

    def _share(self, now: float) -> float:
        self._forget(now)
        ours = sum(s[1] for s in self._spent)
        others = sum(s[2] for s in self._spent)
        return 1.0 if others == 0 else max(ours, 1) / (max(ours, 1) + others)

    def _forget(self, now: float) -> None:
        """Drop the spending older than a window (it says nothing of the current one)."""
        while self._spent and self._spent[0][0] <= now - self._window:
            self._spent.popleft()

    def pause_until(self, when: float) -> None:
        """Hold every request until the clock reaches `when` (a 429's Retry-After): a spent
        budget is back when the pause ends (the reset may come long before we assume)."""
        with self._lock:
            self._paused_until = max(self._paused_until, when)
            if self._budget < 1:
                self._reset = min(self._reset, when)

    def pause_for(self, seconds: float) -> None:
        self.pause_until(self._clock() + max(0.0, seconds))

    def observe(self, headers: Mapping[str, str], ticket: int | None = None) -> None:
        """Learn from the answer to booking `ticket` (None: the latest booking):
        `x-ratelimit-limit` replaces the assumed limit, `x-ratelimit-remaining` is the
        budget left, less our bookings the server may not have counted yet; how fast it
        fell, against our own bookings, is the spending of others."""
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
        if remaining is None:
            return
        with self._lock:
            now = self._clock()
            self._answered = min(self._answered + 1, self._booked)
            ticket = self._booked if ticket is None else ticket
            remaining = min(max(remaining, 0.0), self.limit)
            if self._seen is not None:
                seen_ticket, seen_remaining, seen_when, seen_open = self._seen
                if ticket <= seen_ticket:
                    return  # an older request's answer, overtaken by a newer one's
                ours = ticket - seen_ticket
                # since the previous answer, the server may have counted any of ours booked
                # since, and of those open (booked, not answered) then or when it was sent
                # (concurrent requests overtake each other on the way): not others'
                maybe_ours = ours + (self._booked - ticket) + 2 * seen_open
                used = seen_remaining - remaining
                if now - seen_when >= self._window:
                    # a window or more since the previous answer: the window was reset, and
                    # what was spent of it that our requests do not explain, others spent
                    self._reset = now + self._span
                    used = self.limit - remaining
                elif used < 0:
                    # reset since: it began by now at the latest (who spent what of it is
                    # unclear: answers to concurrent requests overtake each other)
                    self._reset = now + self._span
                    used = 0
                self._spent.append((now, ours, max(0, math.ceil(used) - maybe_ours)))
                self._forget(now)
            self._seen = (ticket, remaining, now, self._booked - self._answered)
            if self._last < self._reset and ticket >= self._first:
                # our later bookings fall in the window of this answer (an answer from a
                # window before the one we book in says nothing of its budget)
                self._budget = remaining - (self._booked - ticket)

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


def _part(share: float) -> float:
    """The part of the budget left that a client with `share` of the recent spending takes:
    all of it alone; shared, at most half (there is someone else), less only when its share
    is below a sixteenth: the fourth root of it. A client that spent little so takes
    relatively more and one that spent much less, so that clients pacing the same way
    converge to an even split in a few windows (the ratio of two shares goes to its fourth
    root each window) instead of keeping any split, as taking the share itself would."""
    return 1.0 if share == 1 else min(0.5, share**0.25)


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
