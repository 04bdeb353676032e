"""`PropexoClient` and `AsyncPropexoClient`: base URL, token, timeouts, pacing and retries.

Both are built from one `ClientSettings` (token, base URL, timeout, pacer, retry policy, ...), made
from the keywords of `ClientOptions` (declared once, in `_options`), so a sync and an async client
made from the same settings share one rate budget. Each owns one
connection pool and its lifecycle (the transport of a user's `http_client=`, else its own):
`PropexoClient` an `httpx.HTTPTransport` (`close()`, `with`),
`AsyncPropexoClient` an `httpx.AsyncHTTPTransport` per event loop (`aclose()`, `async with`; a
second `asyncio.run(...)` gets a fresh pool instead of the dead loop's connections).

Every request goes through a `PacedTransport` over that pool. Views of a client
(`with_options(...)`, a resource method's per-call options through `_Api.with_request_options`,
and the generated client's `with_headers`/`with_timeout`) build their own
`httpx` client over the same pool, pacer and token: they never lose auth, pacing or retries and
never change the client they came from; closing a view leaves the pool open, and closing the
client makes its views refuse to send (`ClientClosedError`) instead of opening connections
that nobody would close.
"""

from __future__ import annotations

import asyncio
import os
import random
import time
import weakref
from collections.abc import Generator, Mapping
from typing import Any, Generic, Never, Self, TypeVar, Unpack, overload

import attrs
import httpx
from propexo_client import AuthenticatedClient
from propexo_client.resources import AsyncResources, Resources

from ._closing import AsyncClosing, Closing
from ._errors import ClientClosedError, ConfigurationError
from ._options import (
    POOL_OPTIONS,
    ClientOptions,
    check_names,
    checked_max_retries,
    checked_timeout,
)
from ._pacing import DEFAULT_RATE_LIMIT, DEFAULT_WINDOW, AsyncSleep, Clock, Pacer, Sleep
from ._pacing import sleep as stoppable_sleep
from ._retry import Jitter, RetryPolicy
from ._secret import REDACTED, Token
from ._transport import (
    DEFAULT_MAX_RESPONSE_SIZE,
    AsyncPacedTransport,
    PacedTransport,
    TransportPolicy,
    TransportStats,
)
from ._urls import resolve_base_url
from ._version import __version__

#: The generated client has no timeout at all. Connecting should take seconds; a batch write is
#: queued as a job and answered at once, but Propexo adds ~2 s past 80 % of the rate limit, so
#: reads and writes get a minute before the outcome is declared unknown.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
T = TypeVar("T")
USER_AGENT = f"propexo-client/{__version__} (python-httpx/{httpx.__version__})"
#: Environment variables read when no token or base URL is given.
TOKEN_VARIABLE = "PROPEXO_API_TOKEN"
BASE_URL_VARIABLE = "PROPEXO_BASE_URL"


def _token(value: object) -> Token:
    """The token, wrapped; from PROPEXO_API_TOKEN when `value` is None."""
    if value is None:
        value = os.environ.get(TOKEN_VARIABLE)
        if value is None:
            raise ConfigurationError(
                f"no API token: pass token=... or set {TOKEN_VARIABLE} in the environment"
            )
    if isinstance(value, Token):
        return value
    try:
        return Token(value)  # type: ignore[arg-type]  # checked by Token itself
    except ValueError as exc:
        problem = str(exc)
    # Raised outside the except block, with the raw value dropped: no frame or exception
    # context of this error holds the string.
    value = None
    raise ConfigurationError(problem)


#: Characters of an HTTP header name (RFC 9110 `token`).
_NAME_CHARACTERS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
#: Headers that only the client sets (lowercase name -> where they come from).
_RESERVED_HEADERS = {
    "authorization": "the Authorization header comes from the client's token",
    "proxy-authorization": "the Proxy-Authorization header comes from the client's proxy=",
}


def _checked_headers(headers: Mapping[str, str], option: str = "headers") -> dict[str, str]:
    """Extra headers of a view, checked now: a name that is not an HTTP token, or a value with
    a control character (CR LF would end the header, NUL is refused by the server), would
    make every request of the view fail with no answer. Values are never echoed."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{option} must be a mapping of header names to values")
    checked: dict[str, str] = {}
    for raw_name, value in headers.items():
        name = raw_name.strip() if isinstance(raw_name, str) else raw_name
        if not isinstance(name, str) or not name or not set(name) <= _NAME_CHARACTERS:
            raise ConfigurationError(
                f"{option}: header name {raw_name!r} is not a valid HTTP header name "
                "(letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        if name.lower() in _RESERVED_HEADERS:
            raise ConfigurationError(f"{_RESERVED_HEADERS[name.lower()]}, not from {option}=")
        if not isinstance(value, str):
            raise ConfigurationError(f"{option}: header {name}: the value must be a string")
        if any((c < " " and c != "\t") or c == "\x7f" for c in value):
            raise ConfigurationError(
                f"{option}: header {name}: the value holds a control character (CR, LF, NUL, ...); "
                "refused (the value is not shown)"
            )
        checked[name] = value
    return checked


def _checked_query(query: Mapping[str, str]) -> dict[str, str]:
    """A call's extra query parameters: names and values must be strings (sent as given,
    percent-encoded by httpx)."""
    if not isinstance(query, Mapping):
        raise ConfigurationError("extra_query must be a mapping of parameter names to values")
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise ConfigurationError(
                f"extra_query: parameter name {name!r} must be a non-empty string"
            )
        if not isinstance(value, str):
            raise ConfigurationError(f"extra_query: parameter {name}: the value must be a string")
    return dict(query)


def _checked_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError("max_response_size must be an integer (bytes)")
    if value < 1:
        raise ConfigurationError("max_response_size must be at least 1 byte")
    return value


def _retry_policy(policy: object, max_retries: object) -> RetryPolicy:
    """The retry policy, its attempts set by `max_retries` (retries after the first) if given."""
    if not isinstance(policy, RetryPolicy):
        raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(policy).__name__}")
    if max_retries is None:
        return policy
    return attrs.evolve(policy, max_attempts=checked_max_retries(max_retries) + 1)


@attrs.frozen(eq=False)  # compared by identity: two settings are two rate budgets
class ClientSettings:
    """What a sync and an async client share: one token, one pacer (one rate budget), one
    retry policy, one stats counter; `evolve` makes a variant (another timeout, say)."""

    token: Token
    base_url: str
    timeout: httpx.Timeout = DEFAULT_TIMEOUT
    pacer: Pacer = attrs.field(factory=lambda: Pacer(DEFAULT_RATE_LIMIT, DEFAULT_WINDOW))
    retry_policy: RetryPolicy = attrs.field(factory=RetryPolicy)
    stats: TransportStats = attrs.field(factory=TransportStats, eq=False)
    headers: Mapping[str, str] = attrs.field(factory=dict)
    #: Query parameters added to every request (a call's `extra_query=`).
    params: Mapping[str, str] = attrs.field(factory=dict)
    max_connections: int = 16
    proxy: str | None = None
    user_agent: str = USER_AGENT
    #: Caps every answer's body, in bytes.
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    #: An `http_client=` given by the user: its transport is the pool (else the client makes
    #: one), and closing the client closes it.
    http_client: httpx.Client | httpx.AsyncClient | None = attrs.field(default=None, repr=False)
    sleep: Sleep = attrs.field(default=stoppable_sleep, repr=False, eq=False)
    async_sleep: AsyncSleep = attrs.field(default=asyncio.sleep, repr=False, eq=False)
    clock: Clock = attrs.field(default=time.monotonic, repr=False, eq=False)
    jitter: Jitter = attrs.field(default=random.random, repr=False, eq=False)

    @classmethod
    def create(
        cls, token: str | Token | None = None, **options: Unpack[ClientOptions]
    ) -> ClientSettings:
        """Settings from keyword arguments (`ClientOptions`), each checked now
        (`ConfigurationError` naming the option); token and base URL from PROPEXO_API_TOKEN
        and PROPEXO_BASE_URL when not given (base URL default: production)."""
        try:
            token = _token(token)  # first: no frame keeps the raw string past this line
        except ConfigurationError:
            token = None
            raise
        check_names(options, "ClientSettings.create")
        max_connections = options.get("max_connections", 16)
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise ConfigurationError("max_connections must be an integer")
        if max_connections < 1:
            raise ConfigurationError("max_connections must be at least 1")
        max_response_size = _checked_size(
            options.get("max_response_size", DEFAULT_MAX_RESPONSE_SIZE)
        )
        base_url = options.get("base_url")
        url = resolve_base_url(
            base_url if base_url is not None else os.environ.get(BASE_URL_VARIABLE, "production")
        )
        clock = options.get("clock", time.monotonic)
        pacer = options.get("pacer") or Pacer(
            options.get("rate_limit", DEFAULT_RATE_LIMIT),
            options.get("rate_window", DEFAULT_WINDOW),
            clock=clock,
        )
        http_client = options.get("http_client")
        if http_client is not None:
            if not isinstance(http_client, httpx.Client | httpx.AsyncClient):
                raise ConfigurationError(
                    "http_client must be an httpx.Client or httpx.AsyncClient, got "
                    f"{type(http_client).__name__}"
                )
            for option in ("proxy", "max_connections"):
                if option in options:
                    raise ConfigurationError(
                        f"pass {option}= to the httpx client given as http_client=, not beside it"
                    )
        return cls(
            token=token,
            base_url=url,
            timeout=checked_timeout(options.get("timeout", DEFAULT_TIMEOUT)),
            pacer=pacer,
            retry_policy=_retry_policy(
                options.get("retry_policy", RetryPolicy()), options.get("max_retries")
            ),
            headers=_checked_headers(options.get("default_headers", {}), "default_headers"),
            max_connections=max_connections,
            proxy=options.get("proxy"),
            user_agent=options.get("user_agent") or USER_AGENT,
            max_response_size=max_response_size,
            http_client=http_client,
            sleep=options.get("sleep", stoppable_sleep),
            async_sleep=options.get("async_sleep", asyncio.sleep),
            clock=clock,
            jitter=options.get("jitter", random.random),
        )

    def evolve(self, **changes: Any) -> ClientSettings:
        return attrs.evolve(self, **changes)

    @property
    def transport_policy(self) -> TransportPolicy:
        return TransportPolicy(
            self.pacer, self.retry_policy, self.jitter, self.stats, self.max_response_size
        )

    @property
    def limits(self) -> httpx.Limits:
        n = self.max_connections
        return httpx.Limits(max_connections=n, max_keepalive_connections=n)


class _BearerAuth(httpx.Auth):
    """Adds the Authorization header per request; the token lives only in the `Token`."""

    def __init__(self, token: Token) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth(token=***)"


class _Borrowed(httpx.BaseTransport):
    """A client's pool as a view sees it: closing the view leaves the pool open."""

    def __init__(self, pool: httpx.BaseTransport) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pool.handle_request(request)


class _AsyncBorrowed(httpx.AsyncBaseTransport):
    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool.handle_async_request(request)


def _client_options(settings: ClientSettings) -> dict[str, Any]:
    headers = {"User-Agent": settings.user_agent, "Accept": "application/json"}
    headers.update(settings.headers)
    # trust_env=False: proxies from the environment would bypass these transports (and send
    # test traffic elsewhere); pass `proxy` explicitly instead.
    return {
        "base_url": settings.base_url,
        "auth": _BearerAuth(settings.token),
        "headers": headers,
        "params": dict(settings.params),
        "timeout": settings.timeout,
        "follow_redirects": False,
        "trust_env": False,
    }


class _Api(AuthenticatedClient):
    """The generated client, wired to its owner: every request goes through the owner's
    pacing, retries and token; `with_headers`/`with_timeout` make views of the owner."""

    def __init__(self, owner: _BaseClient) -> None:
        # The generated client gets a placeholder token: its attrs repr shows that field, and
        # the real header comes from the owner's httpx clients' auth.
        super().__init__(base_url=owner.base_url, token=REDACTED)
        self._owner = owner

    def get_httpx_client(self) -> httpx.Client:
        return self._owner._sync_http()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._owner._async_http()

    def with_headers(self, headers: dict[str, str]) -> _Api:
        return _api_of(self._owner.with_options(default_headers=headers))

    def with_timeout(self, timeout: httpx.Timeout) -> _Api:
        return _api_of(self._owner.with_options(timeout=timeout))

    def with_request_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _Api:
        """The client of one call with the resource methods' per-call options (see
        `propexo_client.raw`): a view of the owner, each option checked before anything is
        sent (`ConfigurationError` naming it)."""
        options: ClientOptions = {}
        if timeout is not None:
            options["timeout"] = timeout
        if max_retries is not None:
            options["max_retries"] = max_retries
        if extra_headers:
            options["default_headers"] = _checked_headers(extra_headers, "extra_headers")
        view = self._owner.with_options(**options)
        if extra_query:
            view = view._view(params={**view.settings.params, **_checked_query(extra_query)})
        return _api_of(view)

    def with_cookies(self, cookies: dict[str, str]) -> _Api:
        raise TypeError("the Propexo API does not use cookies; a cookie client is not supported")

    def set_httpx_client(self, client: httpx.Client) -> Self:
        raise TypeError("this client's httpx clients are owned by its PropexoClient")

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        raise TypeError("this client's httpx clients are owned by its AsyncPropexoClient")

    def __enter__(self) -> Self:
        return self  # the owning PropexoClient closes the pool

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        return None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        return None


class _Setting(Generic[T]):
    """A read-only client attribute: the field of the same name of its `ClientSettings`."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: _BaseClient, owner: type | None = None) -> T: ...
    def __get__(self, client: _BaseClient | None, owner: type | None = None) -> T | Self:
        if client is None:
            return self  # looked up on the class (documentation tools)
        value: T = getattr(client._settings, self._name)
        return value

    def __set__(self, client: _BaseClient, value: Never) -> None:
        raise AttributeError(f"{self._name} comes from the client's settings: use with_options")


def _api_of(client: _BaseClient) -> _Api:
    api = client.api
    assert isinstance(api, _Api)
    return api


class _BaseClient:
    """What both clients share: settings, their attributes, views and a repr that never fails."""

    _settings: ClientSettings
    api: AuthenticatedClient
    #: What `http_client=` must be for this kind of client.
    _http_client_type: type[httpx.Client | httpx.AsyncClient]

    def __init__(
        self,
        token: str | Token | None = None,
        *,
        settings: ClientSettings | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        # Wrapped first, so that this frame's locals (shown by tools that capture tracebacks
        # with locals) hold a Token, never the raw string, whatever fails below.
        try:
            token = None if token is None else _token(token)
        except ConfigurationError:
            token = None
            raise
        if settings is None:
            given = options.get("http_client")
            if given is not None and not isinstance(given, self._http_client_type):
                raise ConfigurationError(
                    f"http_client of a {type(self).__name__} must be an "
                    f"httpx.{self._http_client_type.__name__}, got {type(given).__name__}"
                )
            settings = ClientSettings.create(token, **options)
        elif options or token is not None:
            raise ConfigurationError("pass settings= alone, or options without settings=")
        self._settings = settings
        self._root: _BaseClient = self
        self._open()
        self.api = _Api(self)

    def _open(self) -> None:
        raise NotImplementedError

    # Attributes the overlay reads (jobs, charges, journal): all from the shared settings.
    @property
    def settings(self) -> ClientSettings:
        return self._settings

    base_url: _Setting[str] = _Setting()
    token: _Setting[Token] = _Setting()
    timeout: _Setting[httpx.Timeout] = _Setting()
    pacer: _Setting[Pacer] = _Setting()
    retry_policy: _Setting[RetryPolicy] = _Setting()
    stats: _Setting[TransportStats] = _Setting()
    sleep: _Setting[Sleep] = _Setting()
    async_sleep: _Setting[AsyncSleep] = _Setting()
    clock: _Setting[Clock] = _Setting()
    jitter: _Setting[Jitter] = _Setting()

    def with_options(self, **options: Unpack[ClientOptions]) -> Self:
        """A view of this client for some calls: same token, pacer (rate budget), stats and
        connection pool; any other option changed (another timeout, `max_retries`, more
        `default_headers`, ...), each checked now (`ConfigurationError` naming it). The pool
        and the rate budget are shared, so `http_client`, `max_connections`, `proxy`,
        `rate_limit` and `rate_window` are refused here (make a new client for those). This
        client is not changed; closing the view is optional and leaves the pool open; once
        this client is closed, the view refuses to send."""
        check_names(options, "with_options")
        shared = sorted(set(options) & (POOL_OPTIONS | {"rate_limit", "rate_window"}))
        if shared:
            raise ConfigurationError(
                f"with_options: {', '.join(shared)} cannot change on a view (it shares its "
                "client's pool and rate budget): make a new client"
            )
        current = self._settings
        changes: dict[str, Any] = {}
        if "timeout" in options:
            changes["timeout"] = checked_timeout(options["timeout"])
        if "retry_policy" in options or "max_retries" in options:
            changes["retry_policy"] = _retry_policy(
                options.get("retry_policy", current.retry_policy), options.get("max_retries")
            )
        if "default_headers" in options:
            added = _checked_headers(options["default_headers"], "default_headers")
            changes["headers"] = {**current.headers, **added}
        base_url = options.get("base_url")
        if base_url is not None:
            changes["base_url"] = resolve_base_url(base_url)
        if options.get("user_agent") is not None:
            changes["user_agent"] = options["user_agent"]
        if "max_response_size" in options:
            changes["max_response_size"] = _checked_size(options["max_response_size"])
        for name in ("pacer", "sleep", "async_sleep", "clock", "jitter"):
            if name in options:
                changes[name] = options[name]
        return self._view(**changes)

    def _view(self, **changes: Any) -> Self:
        """A view on the same root (pool), with these settings changed."""
        view = object.__new__(type(self))
        view._settings = self._settings.evolve(**changes)
        view._root = self._root
        view._open()
        view.api = _Api(view)
        return view

    #: `copy(...)` is `with_options(...)`, as in openai-python.
    copy = with_options

    def _sync_http(self) -> httpx.Client:
        raise TypeError(
            f"{type(self).__name__} sends asyncio requests only (use the asyncio functions, "
            "or a PropexoClient for sync calls)"
        )

    def _async_http(self) -> httpx.AsyncClient:
        raise TypeError(f"{type(self).__name__} has no asyncio pool")

    def __repr__(self) -> str:
        settings = self.__dict__.get("_settings")
        if not isinstance(settings, ClientSettings):
            return f"{type(self).__name__}(<not configured>)"
        return (
            f"{type(self).__name__}(base_url={settings.base_url!r}, token={REDACTED!r}, "
            f"rate_limit={settings.pacer.limit:g}/{settings.pacer.window:g}s)"
        )


class PropexoClient(Resources, _BaseClient, Closing, AsyncClosing):
    """A configured Propexo API client for sync code (threads welcome).

    The operations are methods grouped as the generated modules are: `client.residents.list()`
    (every resident, page by page), `client.residents.get(id)`,
    `client.admin.get_write_status(job_id)`, ... `api` is the generated `AuthenticatedClient` for
    the module functions (`list_residents.sync(client=client.api)`). All requests share one
    `Pacer` (rate limit, adapted to `x-ratelimit-*`) and one retry policy (429 for any method,
    since the API did not process it; 503 and other transient failures for reads only: a
    write is never retried once it may have been processed). The token defaults to
    PROPEXO_API_TOKEN, the base URL to PROPEXO_BASE_URL (else production). `sleep`, `clock` and
    `jitter` are injectable so that tests are deterministic; the default `sleep` is `time.sleep`
    cut short when the batch it delays is interrupted (`propexo._pacing.sleep`), an injected one
    is not (the request it delays is still never sent).

    Compatibility: the overlay's asyncio functions still accept a `PropexoClient`; its asyncio
    requests then go through an `AsyncPropexoClient` made on first use from the same settings
    (same rate budget), closed by `aclose()`. New asyncio code should use `AsyncPropexoClient`.
    """

    _http: httpx.Client
    _http_client_type = httpx.Client

    def _open(self) -> None:
        settings = self._settings
        if self._root is self:
            given = settings.http_client
            # The user's client's transport: what httpx built from its transport=/proxy=/verify=.
            self._pool: httpx.BaseTransport = (
                given._transport
                if isinstance(given, httpx.Client)
                else httpx.HTTPTransport(limits=settings.limits, proxy=settings.proxy)
            )
        root = self._root
        assert isinstance(root, PropexoClient)
        self._http = httpx.Client(
            transport=PacedTransport(
                _Borrowed(root._pool), settings.transport_policy, settings.sleep
            ),
            **_client_options(settings),
        )
        self._twin: AsyncPropexoClient | None = None
        self._closed = False

    def _refuse_if_closed(self) -> None:
        root = self._root
        assert isinstance(root, PropexoClient)
        if root._closed or self._closed:
            raise ClientClosedError(
                f"this {type(self).__name__} (or the client it is a view of) is closed: "
                "nothing was sent"
            )

    def _sync_http(self) -> httpx.Client:
        self._refuse_if_closed()
        return self._http

    def _async_http(self) -> httpx.AsyncClient:
        self._refuse_if_closed()
        if self._twin is None:
            self._twin = AsyncPropexoClient(settings=self._settings)
        return self._twin._async_http()

    def close(self) -> None:
        """Close the connection pool (a view closes only its own httpx client); every view
        of a closed client refuses to send. Closing twice is harmless."""
        self._closed = True
        self._http.close()
        if self._root is self:
            self._pool.close()
            if isinstance(self._settings.http_client, httpx.Client):
                self._settings.http_client.close()

    async def aclose(self) -> None:
        """Close the asyncio twin (if the compatibility path made one), then the pool."""
        if self._twin is not None:
            await self._twin.aclose()
        self.close()


async def _aclose_in_loop(
    by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any],
) -> None:
    """Close (and forget) what `by_loop` holds for the running event loop, if anything."""
    found = by_loop.pop(asyncio.get_running_loop(), None)
    if found is not None:
        await found.aclose()


class _LoopPools:
    """An `AsyncPropexoClient`'s pools, one per event loop: connections belong to the loop
    that opened them, so a new `asyncio.run` gets a new pool; pools of closed loops are
    dropped (their sockets died with the loop). Once closed in a loop (`aclose`), no pool is
    opened again in that loop: the client and its views refuse to send there."""

    def __init__(self, settings: ClientSettings) -> None:
        self._settings = settings
        self._pools: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, httpx.AsyncBaseTransport
        ] = weakref.WeakKeyDictionary()
        self._closed: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()

    def current(self) -> httpx.AsyncBaseTransport:
        loop = asyncio.get_running_loop()
        if loop in self._closed:
            raise ClientClosedError(
                "this AsyncPropexoClient (or the client it is a view of) was closed in this "
                "event loop: nothing was sent"
            )
        for old in [other for other in self._pools if other.is_closed()]:
            del self._pools[old]
        pool = self._pools.get(loop)
        if pool is None:
            given = self._settings.http_client
            # A user's http_client= transport is used as given (in the loop the user runs it).
            pool = (
                given._transport
                if isinstance(given, httpx.AsyncClient)
                else httpx.AsyncHTTPTransport(
                    limits=self._settings.limits, proxy=self._settings.proxy
                )
            )
            self._pools[loop] = pool
        return pool

    async def aclose(self) -> None:
        self._closed.add(asyncio.get_running_loop())
        await _aclose_in_loop(self._pools)
        if isinstance(self._settings.http_client, httpx.AsyncClient):
            await self._settings.http_client.aclose()


class AsyncPropexoClient(AsyncResources, _BaseClient, AsyncClosing):
    """The asyncio client: the same operations as `PropexoClient`, awaited
    (`await client.residents.get(id)`, `async for r in client.residents.list()`), the same
    settings (pass `settings=sync_client.settings` to share its rate budget)."""

    _http_client_type = httpx.AsyncClient

    def _open(self) -> None:
        if self._root is self:
            self._pools = _LoopPools(self._settings)
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def _async_http(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        root = self._root
        assert isinstance(root, AsyncPropexoClient)
        pool = root._pools.current()  # refuses once the client was closed in this loop
        client = self._clients.get(loop)
        if client is None:
            settings = self._settings
            client = httpx.AsyncClient(
                transport=AsyncPacedTransport(
                    _AsyncBorrowed(pool), settings.transport_policy, settings.async_sleep
                ),
                **_client_options(settings),
            )
            self._clients[loop] = client
        return client

    async def aclose(self) -> None:
        """Close this event loop's pool (a view closes only its own httpx client)."""
        await _aclose_in_loop(self._clients)
        if self._root is self:
            await self._pools.aclose()


#: Either client: what the asyncio functions of the overlay accept.
AnyClient = PropexoClient | AsyncPropexoClient
