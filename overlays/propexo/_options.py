"""The client's options, declared once: `ClientOptions` is what `PropexoClient(...)`,
`AsyncPropexoClient(...)`, `ClientSettings.create(...)` and `with_options(...)` take as keywords
(through `Unpack`, so type checkers and IDEs see every one), and the checks that refuse a bad
value when the client or view is made (`ConfigurationError` naming the option), not at the
first request.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TypedDict

import httpx

from ._errors import ConfigurationError
from ._pacing import AsyncSleep, Clock, Pacer, Sleep
from ._retry import Jitter, RetryPolicy


class ClientOptions(TypedDict, total=False):
    """Every keyword a client takes besides the token (all optional).

    `max_retries` is the number of retries after the first attempt (the one spelling of the
    retry budget); `retry_policy` holds the finer settings (backoff, Retry-After cap, error
    budget) and its `max_attempts` is replaced by `max_retries` when both are given.
    `http_client` is an `httpx.Client` (sync client) or `httpx.AsyncClient` (async client)
    whose transport carries the requests (a `MockTransport` in tests, custom TLS, ...): pacing,
    retries, the token, the size cap and the timeouts still apply; the client closes it.
    """

    base_url: str | None
    timeout: httpx.Timeout | float
    max_retries: int
    retry_policy: RetryPolicy
    default_headers: Mapping[str, str]
    http_client: httpx.Client | httpx.AsyncClient
    rate_limit: float
    rate_window: float
    pacer: Pacer
    max_connections: int
    proxy: str | None
    user_agent: str | None
    max_response_size: int
    sleep: Sleep
    async_sleep: AsyncSleep
    clock: Clock
    jitter: Jitter


#: The option names, for refusing a misspelt keyword with the list of good ones.
OPTION_NAMES = frozenset(ClientOptions.__annotations__)
#: Options that shape a client's connection pool: a view shares its client's pool.
POOL_OPTIONS = frozenset({"http_client", "max_connections", "proxy"})


def refuse_unknown_keywords(
    options: Mapping[str, object], known: Iterable[str], where: str
) -> None:
    """Refuse a keyword that is not in `known`, as Python refuses an unknown keyword argument
    (`TypeError`): for functions that take their keywords through a `TypedDict` and `Unpack`,
    which Python itself does not check."""
    names = frozenset(known)
    for name in options:
        if name not in names:
            raise TypeError(f"{where}() got an unexpected keyword argument {name!r}")


def check_names(options: Mapping[str, object], where: str) -> None:
    """Refuse a keyword that is not an option (a typo would otherwise be silently ignored)."""
    unknown = sorted(set(options) - OPTION_NAMES)
    if unknown:
        raise ConfigurationError(
            f"{where}: unknown option {', '.join(unknown)} "
            f"(options: {', '.join(sorted(OPTION_NAMES))})"
        )


def checked_timeout(value: object, option: str = "timeout") -> httpx.Timeout:
    """A timeout whose every part (connect, read, write, pool) is a finite number of seconds
    above zero: a negative, NaN or infinite value would fail only at the first request, and no
    timeout at all would let an unanswering server hold a call forever."""
    if isinstance(value, httpx.Timeout):
        parts = {
            "connect": value.connect,
            "read": value.read,
            "write": value.write,
            "pool": value.pool,
        }
    elif isinstance(value, int | float) and not isinstance(value, bool):
        parts = {"": value}
    else:
        raise ConfigurationError(
            f"{option} must be a number of seconds or an httpx.Timeout, got {type(value).__name__}"
        )
    for part, seconds in parts.items():
        name = f"{option} ({part})" if part else option
        if seconds is None:
            raise ConfigurationError(f"{name} must be set: a wait without end is refused")
        if not math.isfinite(seconds) or seconds <= 0:
            raise ConfigurationError(
                f"{name} must be a finite number of seconds above 0, got {seconds!r}"
            )
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(float(value))


def checked_max_retries(value: object, option: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{option} must be a non-negative integer, got {value!r}")
    return value
