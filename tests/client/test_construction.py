"""Making a client as openai-python and stripe-python users expect: the options declared once
(`ClientOptions`), checked when the client or view is made (a bad timeout, header or retry
budget is a `ConfigurationError` naming the option, before any request), `max_retries=` as the
one retry spelling, `default_headers=`, and `http_client=` (a user's httpx client, here over an
`httpx.MockTransport`) that still gets the token, retries, pacing and the size cap."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from propexo import (
    APIStatusError,
    AsyncPropexoClient,
    ConfigurationError,
    PropexoClient,
    RetryPolicy,
)

from tests.conftest import RM, TOKEN, Sleeps, make_client
from tests.fake_propexo import FakePropexo, Fault

LOCATIONS = "/v1/locations/rentmanager/"
BASE = "https://propexo.invalid"


@pytest.mark.parametrize("bad", [-1, 0, math.nan, math.inf, -math.inf])
def test_a_timeout_that_is_not_a_finite_positive_number_is_refused_at_construction(
    bad: float,
) -> None:
    with pytest.raises(ConfigurationError, match=r"^timeout must be a finite number"):
        PropexoClient(TOKEN, base_url=BASE, timeout=bad)
    with pytest.raises(ConfigurationError, match=r"^timeout \(read\) must be a finite"):
        PropexoClient(TOKEN, base_url=BASE, timeout=httpx.Timeout(10.0, read=bad))


def test_a_timeout_without_end_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"timeout \(connect\) must be set"):
        PropexoClient(TOKEN, base_url=BASE, timeout=httpx.Timeout(None))


@pytest.mark.parametrize("bad", [-1, math.nan, math.inf])
def test_a_view_refuses_a_bad_timeout_when_made(bad: float) -> None:
    client = PropexoClient(TOKEN, base_url=BASE)
    with pytest.raises(ConfigurationError, match=r"^timeout must be a finite number"):
        client.with_options(timeout=bad)
    with pytest.raises(ConfigurationError, match=r"^timeout must be a finite number"):
        client.copy(timeout=bad)


def test_bad_default_headers_are_refused_at_construction_naming_the_option() -> None:
    with pytest.raises(ConfigurationError, match=r"^default_headers: header X-A: the value holds"):
        PropexoClient(TOKEN, base_url=BASE, default_headers={"X-A": "a\r\nInjected: 1"})
    with pytest.raises(ConfigurationError, match=r"not from default_headers="):
        PropexoClient(TOKEN, base_url=BASE, default_headers={"Authorization": "Bearer other"})


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_max_retries_must_be_a_non_negative_integer_on_the_constructor(bad: object) -> None:
    with pytest.raises(ConfigurationError, match=r"^max_retries must be a non-negative integer"):
        PropexoClient(TOKEN, base_url=BASE, max_retries=bad)  # type: ignore[arg-type]


def test_a_misspelt_option_is_refused_with_the_list_of_options() -> None:
    with pytest.raises(ConfigurationError, match=r"unknown option retries .*max_retries"):
        PropexoClient(TOKEN, base_url=BASE, retries=3)  # type: ignore[call-arg]
    client = PropexoClient(TOKEN, base_url=BASE)
    with pytest.raises(ConfigurationError, match=r"unknown option retry "):
        client.with_options(retry=RetryPolicy())  # type: ignore[call-arg]


def test_a_view_cannot_change_the_pool_or_the_rate_budget() -> None:
    client = PropexoClient(TOKEN, base_url=BASE)
    with pytest.raises(ConfigurationError, match=r"max_connections, rate_limit cannot change"):
        client.with_options(max_connections=2, rate_limit=5)


def test_max_retries_on_the_constructor_bounds_the_attempts(
    fake: FakePropexo, sleeps: Sleeps
) -> None:
    fake.inject(Fault.http(503), f"GET {LOCATIONS}", times=5)
    with make_client(fake, sleeps, max_retries=2) as client, pytest.raises(APIStatusError):
        list(client.locations.list_rentmanager(integration_id=RM))
    assert [r.status for r in fake.requests(LOCATIONS)] == [503, 503, 503]


def test_max_retries_replaces_the_attempts_of_a_given_retry_policy(
    fake: FakePropexo, sleeps: Sleeps
) -> None:
    policy = RetryPolicy(max_attempts=8, backoff_base=2.0)
    with make_client(fake, sleeps, retry_policy=policy, max_retries=1) as client:
        assert client.retry_policy.max_attempts == 2
        assert client.retry_policy.backoff_base == 2.0
        assert client.with_options(max_retries=0).retry_policy.max_attempts == 1


def test_default_headers_are_sent_and_a_view_adds_to_them(fake: FakePropexo) -> None:
    with make_client(fake, default_headers={"X-Team": "billing"}) as client:
        list(
            client.with_options(default_headers={"X-Run": "7"}).locations.list_rentmanager(
                integration_id=RM
            )
        )
    headers = {k.lower(): v for k, v in fake.requests(LOCATIONS)[-1].headers.items()}
    assert headers["x-team"] == "billing"
    assert headers["x-run"] == "7"


def _flaky_handler(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    """One 503, then an empty page of locations, whatever is asked. `seen` gets a copy of each
    request as it arrived (the client drops the Authorization header of a finished request)."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url, headers=request.headers))
        if len(seen) == 1:
            return httpx.Response(503, json={"error": {"code": "busy", "message": "busy"}})
        return httpx.Response(200, json={"results": [], "meta": {"total": 0, "orderBy": []}})

    return handle


def _list_with(flavour: str, http_client: Any, **options: Any) -> list[Any]:
    if flavour == "sync":
        with PropexoClient(
            TOKEN, base_url=BASE, http_client=http_client, sleep=Sleeps(), **options
        ) as client:
            return list(client.locations.list_rentmanager(integration_id=RM))

    async def go() -> list[Any]:
        async with AsyncPropexoClient(
            TOKEN, base_url=BASE, http_client=http_client, async_sleep=Sleeps().asleep, **options
        ) as client:
            return [loc async for loc in client.locations.list_rentmanager(integration_id=RM)]

    return asyncio.run(go())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_users_http_client_gets_the_token_user_agent_and_retries(flavour: str) -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_flaky_handler(seen))
    http_client = httpx.Client(transport=transport) if flavour == "sync" else None
    given = http_client or httpx.AsyncClient(transport=transport)

    assert _list_with(flavour, given) == []

    assert len(seen) == 2  # the 503 was retried through the user's transport
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in seen)
    assert all(r.headers["user-agent"].startswith("propexo-client/") for r in seen)
    assert str(seen[0].url).startswith(f"{BASE}/v1/locations/rentmanager/")
    assert given.is_closed  # the client closes what it was given


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_users_http_client_still_has_the_response_size_cap(flavour: str) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"results": [], "pad": "' + b"x" * 5000 + b'"}')

    transport = httpx.MockTransport(handle)
    given: Any = (
        httpx.Client(transport=transport)
        if flavour == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    with pytest.raises(Exception, match=r"(?i)large|size|bytes"):
        _list_with(flavour, given, max_response_size=1000)


def test_an_http_client_of_the_other_kind_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"must be an httpx.Client, got AsyncClient"):
        PropexoClient(TOKEN, base_url=BASE, http_client=httpx.AsyncClient())
    with pytest.raises(ConfigurationError, match=r"must be an httpx.AsyncClient, got Client"):
        AsyncPropexoClient(TOKEN, base_url=BASE, http_client=httpx.Client())


def test_proxy_beside_http_client_is_refused() -> None:
    with pytest.raises(ConfigurationError, match=r"pass proxy= to the httpx client"):
        PropexoClient(TOKEN, base_url=BASE, http_client=httpx.Client(), proxy="http://p:1")


def test_a_view_can_lower_the_response_size_cap_and_refuses_a_bad_one() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        body = b'{"results": [], "meta": {"orderBy": []}, "pad": "' + b"x" * 5000 + b'"}'
        return httpx.Response(200, content=body)

    given = httpx.Client(transport=httpx.MockTransport(handle))
    with PropexoClient(TOKEN, base_url=BASE, http_client=given) as client:
        assert list(client.locations.list_rentmanager(integration_id=RM)) == []
        small = client.with_options(max_response_size=1000)
        with pytest.raises(Exception, match=r"(?i)large|size|bytes"):
            list(small.locations.list_rentmanager(integration_id=RM))
        with pytest.raises(ConfigurationError, match=r"^max_response_size must be at least 1"):
            client.with_options(max_response_size=0)


def test_a_clients_settings_attributes_read_its_settings_and_cannot_be_set() -> None:
    """A client's `base_url`, `pacer`, `sleep`, ... are its shared settings' fields (so a view
    and its client agree); setting one on the client would fork them, so it is refused."""
    client = PropexoClient(TOKEN, base_url="http://127.0.0.1:9", rate_limit=7)
    view = client.with_options(timeout=5)
    assert client.base_url == view.base_url == client.settings.base_url
    assert client.pacer is view.pacer is client.settings.pacer and client.pacer.limit == 7
    assert view.timeout == httpx.Timeout(5) != client.timeout
    with pytest.raises(AttributeError, match="with_options"):
        client.base_url = "http://elsewhere"  # type: ignore[assignment]
    assert client.base_url == "http://127.0.0.1:9"
