"""Propexo's rate limit: N requests per window, slowed past 80 %, 429 past 100 %.

Propexo counts per token; the fake serves one token, so its one `RateLimiter` is that token's
budget, shared by every client (and process) that uses it. Time is the fake's clock: a
`ManualClock` in tests, a `RealClock` (optionally sped up) or a short `window` in benchmarks,
where the client is told the same window (`rate_window=`).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from ._clock import Clock


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    delay: float = 0.0  # clock seconds to hold the answer back (throttling)
    retry_after: int = 0  # whole seconds until the window resets (when not allowed)

    def headers(self) -> dict[str, str]:
        headers = {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(self.remaining),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.retry_after)
        return headers


class RateLimiter:
    """A fixed window that opens with the first request after the previous one ended."""

    def __init__(
        self,
        clock: Clock,
        limit: int = 150,
        window: float = 60.0,
        throttle_at: float = 0.8,
        throttle_delay: float = 2.0,
    ) -> None:
        self.clock = clock
        self.configure(
            limit=limit, window=window, throttle_at=throttle_at, throttle_delay=throttle_delay
        )
        self.rejected: int = 0  # requests answered 429 by the limiter
        self.throttled: int = 0  # requests slowed down past the throttle threshold
        self._lock = threading.Lock()
        self._start: float | None = None
        self._count = 0

    def configure(
        self,
        *,
        limit: int | None = None,
        window: float | None = None,
        throttle_at: float | None = None,
        throttle_delay: float | None = None,
    ) -> None:
        if limit is not None:
            self.limit = limit
        if window is not None:
            self.window = window
        if throttle_at is not None:
            self.throttle_at = throttle_at
        if throttle_delay is not None:
            self.throttle_delay = throttle_delay

    def reset(self) -> None:
        with self._lock:
            self._start, self._count = None, 0

    def _roll(self, now: float) -> None:
        if self._start is None or now >= self._start + self.window:
            self._start, self._count = now, 0

    def peek(self) -> Decision:
        """The current budget, without using any of it (for answers the limit does not count)."""
        with self._lock:
            self._roll(self.clock.now())
            return Decision(True, self.limit, max(0, self.limit - self._count))

    def acquire(self) -> Decision:
        with self._lock:
            now = self.clock.now()
            self._roll(now)
            assert self._start is not None
            if self._count >= self.limit:
                self.rejected += 1
                wait = max(1, math.ceil(self._start + self.window - now))
                return Decision(False, self.limit, 0, retry_after=wait)
            self._count += 1
            delay = 0.0
            if self._count > self.throttle_at * self.limit:
                self.throttled += 1
                delay = self.throttle_delay
            return Decision(True, self.limit, self.limit - self._count, delay=delay)
