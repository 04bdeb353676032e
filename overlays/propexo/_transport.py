"""httpx transports that pace every request and retry the ones that certainly did no harm.

They sit under the generated client's httpx clients, so every generated operation gets
pacing, 429 handling and safe retries without knowing about them.
"""

from __future__ import annotations

import threading
from collections import Counter

import httpx

from ._pacing import AsyncSleep, Pacer, Sleep
from ._retry import Jitter, RetryPolicy, retryable_error, retryable_status


class TransportStats:
    """Counters of what the transports did (thread-safe); handy in logs and benchmarks."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.attempts: int = 0  # requests handed to the network, retries included
        self.retries: int = 0
        self.waited: float = 0.0  # seconds spent waiting for pacing slots and backoff
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()  # transport error class names

    def _add(
        self,
        *,
        attempt: bool = False,
        retry: bool = False,
        waited: float = 0.0,
        status: int | None = None,
        error: BaseException | None = None,
    ) -> None:
        with self._lock:
            self.attempts += attempt
            self.retries += retry
            self.waited += waited
            if status is not None:
                self.statuses[status] += 1
            if error is not None:
                self.errors[type(error).__name__] += 1

    def __repr__(self) -> str:
        return (
            f"TransportStats(attempts={self.attempts}, retries={self.retries}, "
            f"statuses={dict(self.statuses)}, errors={dict(self.errors)})"
        )


class _Policy:
    """What both transports share: decide after each attempt whether and how long to wait."""

    def __init__(
        self, pacer: Pacer, policy: RetryPolicy, jitter: Jitter, stats: TransportStats
    ) -> None:
        self.pacer = pacer
        self.policy = policy
        self.jitter = jitter
        self.stats = stats

    def after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to back off before retrying, or None to hand the response back."""
        self.pacer.observe(response.headers)
        self.stats._add(status=response.status_code)
        if attempt >= self.policy.max_attempts or not retryable_status(
            request.method, response.status_code
        ):
            return None
        asked = self.policy.retry_after(response.headers)
        if asked is not None:
            # The server named a time: hold *every* request until then, not only this one.
            spread = self.jitter() * min(1.0, 0.1 * asked)
            self.pacer.pause_for(asked + spread)
            return 0.0
        if response.status_code == 429:
            self.pacer.pause_for(self.policy.backoff(attempt, self.jitter()))
            return 0.0
        return self.policy.backoff(attempt, self.jitter())

    def after_error(
        self, request: httpx.Request, error: httpx.TransportError, attempt: int
    ) -> float | None:
        self.stats._add(error=error)
        if attempt >= self.policy.max_attempts or not retryable_error(request.method, error):
            return None
        return self.policy.backoff(attempt, self.jitter())


class PacedTransport(httpx.BaseTransport):
    """Sync transport: pacing slot, send, and retry while `RetryPolicy` allows it."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        pacer: Pacer,
        policy: RetryPolicy,
        sleep: Sleep,
        jitter: Jitter,
        stats: TransportStats,
    ) -> None:
        self._inner = inner
        self._sleep = sleep
        self._decide = _Policy(pacer, policy, jitter, stats)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        decide, stats = self._decide, self._decide.stats
        attempt = 0
        while True:
            attempt += 1
            stats._add(attempt=True, waited=decide.pacer.wait(self._sleep))
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                delay = decide.after_error(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = decide.after_response(request, response, attempt)
                if delay is None:
                    return response
                response.read()
                response.close()
            stats._add(retry=True, waited=delay)
            if delay > 0:
                self._sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `PacedTransport` (same pacer, same decisions)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        pacer: Pacer,
        policy: RetryPolicy,
        sleep: AsyncSleep,
        jitter: Jitter,
        stats: TransportStats,
    ) -> None:
        self._inner = inner
        self._sleep = sleep
        self._decide = _Policy(pacer, policy, jitter, stats)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        decide, stats = self._decide, self._decide.stats
        attempt = 0
        while True:
            attempt += 1
            stats._add(attempt=True, waited=await decide.pacer.await_slot(self._sleep))
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay = decide.after_error(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = decide.after_response(request, response, attempt)
                if delay is None:
                    return response
                await response.aread()
                await response.aclose()
            stats._add(retry=True, waited=delay)
            if delay > 0:
                await self._sleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
