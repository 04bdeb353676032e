"""`PropexoClient`: the one place that owns base URL, token, timeouts, pacing and retries."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Generator
from types import TracebackType
from typing import Self

import httpx
from propexo_client import AuthenticatedClient

from ._errors import ConfigurationError
from ._pacing import DEFAULT_RATE_LIMIT, DEFAULT_WINDOW, AsyncSleep, Clock, Pacer, Sleep
from ._retry import Jitter, RetryPolicy
from ._secret import REDACTED, Token
from ._transport import AsyncPacedTransport, PacedTransport, TransportStats
from ._urls import resolve_base_url
from ._version import __version__

#: The generated client has no timeout at all. Connecting should take seconds; a batch write is
#: queued as a job and answered at once, but Propexo adds ~2 s past 80 % of the rate limit, so
#: reads and writes get a minute before the outcome is declared unknown.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"propexo-client/{__version__} (python-httpx/{httpx.__version__})"


class _BearerAuth(httpx.Auth):
    """Adds the Authorization header per request; the token lives only in the `Token`."""

    def __init__(self, token: Token) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth(token=***)"


class PropexoClient:
    """A configured Propexo API client, usable from threads and asyncio alike.

    `api` is the generated `AuthenticatedClient` to pass to any generated operation
    (`sync_detailed` and `asyncio_detailed` both work). All its requests share one `Pacer`
    (rate limit, adapted to `x-ratelimit-*`) and one retry policy (429 with Retry-After and
    503 for any method, other transient failures for reads only). `sleep`, `async_sleep`,
    `clock` and `jitter` are injectable so that tests are deterministic.
    """

    def __init__(
        self,
        token: str | Token,
        *,
        base_url: str = "production",
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        rate_limit: float = DEFAULT_RATE_LIMIT,
        rate_window: float = DEFAULT_WINDOW,
        retry: RetryPolicy | None = None,
        max_connections: int = 16,
        proxy: str | None = None,
        user_agent: str | None = None,
        pacer: Pacer | None = None,
        sleep: Sleep = time.sleep,
        async_sleep: AsyncSleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        jitter: Jitter = random.random,
    ) -> None:
        self._token = Token(token) if not isinstance(token, Token) else token
        self._base_url = resolve_base_url(base_url)
        if max_connections < 1:
            raise ConfigurationError("max_connections must be at least 1")
        self.timeout: httpx.Timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        )
        self.pacer: Pacer = pacer or Pacer(rate_limit, rate_window, clock=clock)
        self.retry_policy: RetryPolicy = retry or RetryPolicy()
        self.stats: TransportStats = TransportStats()
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.clock = clock
        self.jitter = jitter
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        headers = {"User-Agent": user_agent or USER_AGENT, "Accept": "application/json"}
        auth = _BearerAuth(self._token)
        # trust_env=False: proxies from the environment would bypass these transports (and
        # send test traffic elsewhere); pass `proxy` explicitly instead.
        self._http = httpx.Client(
            base_url=self._base_url,
            auth=auth,
            headers=headers,
            timeout=self.timeout,
            follow_redirects=False,
            trust_env=False,
            transport=PacedTransport(
                httpx.HTTPTransport(limits=limits, proxy=proxy),
                sleep=sleep,
                pacer=self.pacer,
                policy=self.retry_policy,
                jitter=jitter,
                stats=self.stats,
            ),
        )
        self._async_http = httpx.AsyncClient(
            base_url=self._base_url,
            auth=auth,
            headers=headers,
            timeout=self.timeout,
            follow_redirects=False,
            trust_env=False,
            transport=AsyncPacedTransport(
                httpx.AsyncHTTPTransport(limits=limits, proxy=proxy),
                sleep=async_sleep,
                pacer=self.pacer,
                policy=self.retry_policy,
                jitter=jitter,
                stats=self.stats,
            ),
        )
        # The generated client gets a placeholder token: its attrs repr shows that field, and
        # the real header comes from our httpx clients' auth.
        self.api: AuthenticatedClient = AuthenticatedClient(base_url=self._base_url, token=REDACTED)
        self.api.set_httpx_client(self._http)
        self.api.set_async_httpx_client(self._async_http)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def token(self) -> Token:
        return self._token

    def close(self) -> None:
        self._http.close()

    async def aclose(self) -> None:
        await self._async_http.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
        self.close()

    def __repr__(self) -> str:
        return (
            f"PropexoClient(base_url={self._base_url!r}, token={REDACTED!r}, "
            f"rate_limit={self.pacer.limit:g}/{self.pacer.window:g}s)"
        )
