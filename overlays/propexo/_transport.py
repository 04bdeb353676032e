"""httpx transports that pace every request and retry the ones that certainly did no harm.

They sit under the generated client's httpx clients, so every generated operation gets
pacing, 429 handling and safe retries without knowing about them. Each answer's body is read
here, inside the retry loop (a read that breaks off mid-body is retried like any dropped
read), capped at `max_response_size` bytes, and cleaned of the client's own token (body and
header values) before anything else sees it. Once the request is done, answered or not, its
Authorization header is dropped: the httpx exception of a failed request (kept as the
`__cause__` of the library's errors) and the answer's `request` hold no token.

The decisions live in `_Attempts.flow`, a flow (`propexo._flow`) that does no I/O: it yields
"wait that long" and "send this and read the answer"; `PacedTransport` and
`AsyncPacedTransport` are thin drivers that perform those two effects. Their waits (the pacing
slot, a retry's pause) end at once when the pool run they serve stops (`propexo._pacing.pause`):
`WaitStopped` then rises from the request, which was not sent.

Write-ahead journals learn the moment a write leaves through the `SendGate`s the request
carries in its extensions (`send_gates`: `extensions={SEND_GATES: (gate,)}`), so the
dependency travels with the request: `sending()` runs once the pacing slot is held, as the last
step before the request's bytes leave; `not_sent()` runs when an attempt was certainly not
processed (429, a connection that never opened) and is retried after a wait. Both may block (a
journal writes and fsyncs): the async driver runs them in a worker thread (`Blocking` effects,
`in_thread`), and the request waits for them. Reads (GET, HEAD, ...) never report to a gate.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import attrs
import httpx
from propexo_client.errors import ResponseValidationError

from ._flow import Blocking, Flow, Wait, arun, in_thread, run
from ._pacing import AsyncSleep, Pacer, Sleep, apause, pause
from ._retry import Jitter, RetryPolicy, is_safe, retryable_error, retryable_status
from ._sanitize import redact_secret, secret_forms

log = logging.getLogger(__name__)

#: Largest answer body accepted (bytes, after decompression): Propexo's pages hold at most 250
#: records; anything near this is not an answer to read but an attack or a fault.
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
#: Pacing waits longer than this are logged (INFO).
LOGGED_WAIT = 1.0
_DROPPED_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


#: The old name of the error for an answer larger than the client accepts (not read, not
#: retried): a `ResponseValidationError`, as the server sent something this client refuses.
ResponseTooLargeError = ResponseValidationError


class SendGate(Protocol):
    """Told when a write's bytes are about to leave, and when an attempt certainly did not
    count (see the module docstring)."""

    def sending(self) -> None: ...

    def not_sent(self) -> None: ...


#: The request extension (`httpx.Request.extensions`) holding a write's `SendGate`s.
SEND_GATES = "propexo.send_gates"


def with_send_gates(options: Mapping[str, Any], gates: Sequence[SendGate]) -> dict[str, Any]:
    """Keyword arguments of `httpx.Client.request` whose request reports to `gates`."""
    if not gates:
        return dict(options)
    extensions = {**options.get("extensions", {}), SEND_GATES: tuple(gates)}
    return {**options, "extensions": extensions}


def send_gates(request: httpx.Request) -> tuple[SendGate, ...]:
    """The gates a write carries (none for a read: it never marks anything)."""
    if is_safe(request.method):
        return ()
    return tuple(request.extensions.get(SEND_GATES, ()))


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


@attrs.frozen(eq=False)
class TransportPolicy:
    """What both transports decide with: the pacer, the retry policy, the jitter of its
    backoffs, the stats they count into and the largest answer they read."""

    pacer: Pacer
    policy: RetryPolicy
    jitter: Jitter
    stats: TransportStats
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE


class _Body:
    """An answer's body as it is read: capped, then cleaned of the client's token."""

    def __init__(self, response: httpx.Response, limit: int, secret: tuple[bytes, ...]) -> None:
        self._response = response
        self._limit = limit
        self._secret = secret
        self._chunks: list[bytes] = []
        self._size = 0
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            self._too_large(f"declares {int(declared)} bytes")

    def _too_large(self, what: str) -> None:
        raise ResponseValidationError(
            f"the answer (HTTP {self._response.status_code}) {what}, more than the "
            f"{self._limit} bytes accepted (max_response_size); not read"
        )

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            self._too_large(f"holds more than {self._limit} bytes")
        self._chunks.append(chunk)

    def response(self) -> httpx.Response:
        content = redact_secret(b"".join(self._chunks), self._secret)
        source = self._response
        headers = [
            (k, redact_secret(v, self._secret))
            for k, v in source.headers.raw
            if k.lower() not in _DROPPED_HEADERS
        ]
        return httpx.Response(
            source.status_code, headers=headers, content=content, extensions=source.extensions
        )


def _forget_token(request: httpx.Request) -> None:
    """Drop the Authorization header of a request that is done with: httpx keeps the request
    on its exceptions and responses, and the library's errors keep those."""
    request.headers.pop("authorization", None)


def _secret_of(request: httpx.Request) -> tuple[bytes, ...]:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or len(token.strip()) < 8:
        return ()
    return secret_forms(token.strip())


@attrs.frozen
class _Send:
    """The transport's own effect: send `request`, read its body into `body(response)`
    (capped, cleaned) and answer with the read response."""

    request: httpx.Request
    body: Callable[[httpx.Response], _Body]


class _Attempts:
    """One request's attempts: every decision of the retry loop, no I/O."""

    def __init__(self, policy: TransportPolicy, request: httpx.Request) -> None:
        self._p = policy
        self._request = request
        self._what = f"{request.method} {request.url.path}"
        self.gates = send_gates(request)
        self._started = policy.pacer.clock()
        self._secret = _secret_of(request)
        self.attempt = 0
        self._ticket: int | None = None  # the pacer's ticket of the attempt on the wire

    def slot(self) -> float:
        """Book this attempt's pacing slot: seconds to wait before sending."""
        self.attempt += 1
        booking = self._p.pacer.book()
        self._ticket, wait = booking.ticket, booking.wait
        self._p.stats._add(attempt=True, waited=max(0.0, wait))
        if wait > LOGGED_WAIT:
            why = "a pause the server asked for" if booking.paused else "a rate-limit slot"
            log.info("%s waits %.1f s for %s", self._what, wait, why)
        return wait

    def body(self, response: httpx.Response) -> _Body:
        return _Body(response, self._p.max_response_size, self._secret)

    def answered(self, response: httpx.Response) -> float | None:
        """Seconds to back off before retrying, or None to hand the response back."""
        p, status = self._p, response.status_code
        p.pacer.observe(response.headers, self._ticket)
        p.stats._add(status=status)
        if self.attempt >= p.policy.max_attempts or not retryable_status(
            self._request.method, status
        ):
            return None
        of = f"HTTP {status} to {self._what} (attempt {self.attempt} of {p.policy.max_attempts})"
        asked = p.policy.retry_after(response.headers)
        if asked is not None:
            # The server named a time: hold *every* request until then, not only this one.
            wait = asked + p.jitter() * min(1.0, 0.1 * asked)
            p.pacer.pause_for(wait)
            log.warning(
                "%s: every request waits %.1f s (Retry-After), then it is retried", of, wait
            )
            return self._retry(0.0)
        if status == 429:
            wait = p.policy.backoff(self.attempt, p.jitter())
            p.pacer.pause_for(wait)
            log.warning("%s without Retry-After: every request waits %.1f s", of, wait)
            return self._retry(0.0)
        delay = p.policy.backoff(self.attempt, p.jitter())
        log.warning("%s: retried in %.1f s", of, delay)
        return self._retry(delay)

    def failed(self, error: httpx.TransportError) -> float | None:
        """Seconds to back off before retrying, or None to raise `error`."""
        p = self._p
        p.stats._add(error=error)
        name = type(error).__name__
        if self.attempt >= p.policy.max_attempts or not retryable_error(
            self._request.method, error
        ):
            return None
        delay = p.policy.backoff(self.attempt, p.jitter())
        elapsed = p.pacer.clock() - self._started
        if elapsed + delay > p.policy.error_budget:
            log.warning(
                "%s: %s after %d attempt(s) in %.1f s: not retried (error budget %g s)",
                self._what,
                name,
                self.attempt,
                elapsed,
                p.policy.error_budget,
            )
            return None
        log.warning(
            "%s: %s (attempt %d of %d): retried in %.1f s",
            self._what,
            name,
            self.attempt,
            p.policy.max_attempts,
            delay,
        )
        return self._retry(delay)

    def flow(self) -> Flow[httpx.Response]:
        """The attempt loop: yields `Wait` and `_Send` effects, returns the answer to hand
        back (or raises the transport error that ends the request)."""
        while True:
            wait = self.slot()
            if wait > 0:
                yield Wait(wait)
            for gate in self.gates:  # the slot is held: the bytes leave next
                yield Blocking(gate.sending)
            try:
                answer: httpx.Response = yield _Send(self._request, self.body)
            except httpx.TransportError as error:
                delay = self.failed(error)
                if delay is None:
                    raise
            else:
                delay = self.answered(answer)
                if delay is None:
                    return answer
            # Writes are retried only when the attempt was certainly not processed.
            for gate in self.gates:
                yield Blocking(gate.not_sent)
            if delay > 0:
                yield Wait(delay)

    def _retry(self, delay: float) -> float:
        self._p.stats._add(retry=True, waited=delay)
        return delay


class PacedTransport(httpx.BaseTransport):
    """The sync driver of `_Attempts.flow`: pacing slot, send, read, and retry while
    `RetryPolicy` allows it."""

    def __init__(self, inner: httpx.BaseTransport, policy: TransportPolicy, sleep: Sleep) -> None:
        self._inner = inner
        self._sleep = sleep
        self._decide = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return run(_Attempts(self._decide, request).flow(), self._perform)
        finally:
            _forget_token(request)

    def _perform(self, effect: Wait | Blocking | _Send) -> httpx.Response | None:
        if isinstance(effect, Wait):
            pause(self._sleep, effect.seconds)
            return None
        if isinstance(effect, Blocking):
            effect.call()
            return None
        response = self._inner.handle_request(effect.request)
        try:
            body = effect.body(response)
            for chunk in response.iter_bytes():
                body.add(chunk)
        finally:
            response.close()
        return body.response()

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The asyncio driver of the same flow (same pacer, same `_Attempts`)."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, policy: TransportPolicy, sleep: AsyncSleep
    ) -> None:
        self._inner = inner
        self._sleep = sleep
        self._decide = policy
        self._sends: set[asyncio.Task[httpx.Response]] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await arun(_Attempts(self._decide, request).flow(), self._perform)
        finally:
            _forget_token(request)

    async def _perform(self, effect: Wait | Blocking | _Send) -> httpx.Response | None:
        if isinstance(effect, Wait):
            await apause(self._sleep, effect.seconds)
            return None
        if isinstance(effect, Blocking):
            await in_thread(effect.call)
            return None
        # httpcore's pool does not survive an asyncio cancellation inside it: a request
        # cancelled at the wrong moment stays in the pool with its connection ACTIVE for good,
        # and once max_connections are lost every request waits for a slot that never frees
        # (encode/httpcore#830, #1093). So each send runs as a task of its own: a cancelled
        # caller stops waiting at once, and the send ends by itself (within the client's
        # timeouts), reading and closing its answer and so releasing its connection. A write
        # cancelled that way may still land: as for any write cut off, its outcome is unknown.
        send = asyncio.ensure_future(self._send(effect))
        self._sends.add(send)
        send.add_done_callback(self._sent)
        return await asyncio.shield(send)

    async def _send(self, effect: _Send) -> httpx.Response:
        response = await self._inner.handle_async_request(effect.request)
        try:
            body = effect.body(response)
            async for chunk in response.aiter_bytes():
                body.add(chunk)
        finally:
            await response.aclose()
        return body.response()

    def _sent(self, send: asyncio.Task[httpx.Response]) -> None:
        self._sends.discard(send)
        if not send.cancelled():
            send.exception()  # retrieved: a send whose caller was cancelled fails quietly

    async def aclose(self) -> None:
        """Let the sends whose callers were cancelled end first (they hold connections)."""
        await asyncio.gather(*self._sends, return_exceptions=True)
        await self._inner.aclose()
