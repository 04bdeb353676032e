"""Clocks for the fake: real (optionally sped up) or advanced by hand."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch, never going backwards."""
        ...

    def sleep(self, seconds: float) -> None: ...


class RealClock:
    """Wall-clock time that runs `speed` times faster than real time."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def now(self) -> float:
        return self._wall0 + (time.monotonic() - self._mono0) * self.speed

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds / self.speed)


class ManualClock:
    """Time that moves only when advanced; `sleep` advances it instead of waiting."""

    def __init__(self, start: float = datetime(2026, 1, 1, tzinfo=UTC).timestamp()) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += max(0.0, seconds)

    def sleep(self, seconds: float) -> None:
        self.advance(seconds)


def iso(timestamp: float) -> str:
    """ISO 8601 in UTC with milliseconds and a `Z`, as Propexo writes timestamps."""
    text = datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def parse_instant(text: str, *, end_of_day: bool = False) -> float:
    """Parse an ISO date or date-time (naive means UTC) into epoch seconds."""
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    stamp = parsed.timestamp()
    if end_of_day and "T" not in text.upper() and len(text) <= 10:
        stamp += 86400 - 0.001
    return stamp
