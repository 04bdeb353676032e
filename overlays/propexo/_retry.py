"""When a request may be sent again, and how long to wait first.

The rule that keeps charges from being posted twice: a request is retried only when it was
certainly not acted upon. That is so for 429 (rate limited) answers and for connections that
never opened. Reads (GET, HEAD, OPTIONS) are safe to repeat, so they are also retried on
transient 5xx answers (503 among them), timeouts and dropped connections. A write whose body
may have reached the server (timeout, reset, any 5xx) is never retried here: the caller reports
it as an unknown outcome. A 503 counts as "may have been processed" for writes: Propexo does not
document it as "not processed", and proxies answer 503 after the upstream received the request.

Requests that get no answer at all are retried only within `RetryPolicy.error_budget` seconds
of their first attempt, so that a server that is down fails a lookup in seconds, not minutes.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping

import attrs
import httpx

Jitter = Callable[[], float]  # uniform in [0, 1)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Statuses that mean "not processed, try later" for any method.
NOT_PROCESSED_STATUSES = frozenset({429})
#: Further statuses worth retrying for reads only.
TRANSIENT_READ_STATUSES = frozenset({500, 502, 503, 504})
#: Errors raised before any byte of the request left this machine.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


@attrs.frozen
class RetryPolicy:
    """How often and how long to retry; `backoff` doubles per attempt up to `backoff_cap`.

    `error_budget`: seconds from a request's first attempt within which a transport error
    (connection refused or reset, timeout) is retried; past it the error is raised.
    """

    max_attempts: int = attrs.field(default=8, validator=attrs.validators.ge(1))
    backoff_base: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_cap: float = attrs.field(default=30.0, validator=attrs.validators.ge(0))
    #: Longest Retry-After honoured as given; longer values are cut to this.
    max_retry_after: float = attrs.field(default=120.0, validator=attrs.validators.ge(0))
    error_budget: float = attrs.field(default=10.0, validator=attrs.validators.ge(0))

    def backoff(self, attempt: int, jitter: float) -> float:
        """Delay after failed attempt number `attempt` (1-based): "equal jitter", so that
        concurrent clients spread out but none retries immediately."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling / 2 + ceiling / 2 * jitter

    def retry_after(self, headers: Mapping[str, str], now: float | None = None) -> float | None:
        """Seconds a Retry-After header asks for (delta-seconds or HTTP-date), capped."""
        seconds = parse_retry_after(headers.get("retry-after"), now)
        return None if seconds is None else min(seconds, self.max_retry_after)


def is_safe(method: str) -> bool:
    return method.upper() in SAFE_METHODS


def retryable_status(method: str, status: int) -> bool:
    if status in NOT_PROCESSED_STATUSES:
        return True
    return is_safe(method) and status in TRANSIENT_READ_STATUSES


def certainly_not_sent(error: BaseException) -> bool:
    """Whether `error` happened before the request could reach the server."""
    return isinstance(error, NOT_SENT_ERRORS)


def retryable_error(method: str, error: BaseException) -> bool:
    if certainly_not_sent(error):
        return True
    return is_safe(method) and isinstance(error, httpx.TransportError)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))
