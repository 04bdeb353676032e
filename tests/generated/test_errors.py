"""Generated `sync()` / `asyncio()` raise typed errors, all of them `propexo.PropexoError`s;
`sync_detailed()` stays raw. Real HTTP against the fake, with its faults."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import propexo
import pytest
from propexo import PropexoClient
from propexo_client.api.locations import list_locations_rentmanager

from tests.conftest import DATES, RM, TOKEN, charge_row, make_client
from tests.fake_propexo import FakePropexo, Fault

ROUTE = "/v1/locations/rentmanager/"

STATUSES: list[tuple[int, type[propexo.APIStatusError]]] = [
    (400, propexo.BadRequestError),
    (401, propexo.AuthenticationError),
    (403, propexo.PermissionDeniedError),
    (404, propexo.NotFoundError),
    (409, propexo.ConflictError),
    (422, propexo.UnprocessableEntityError),
    (429, propexo.RateLimitError),
    (500, propexo.InternalServerError),
    (503, propexo.InternalServerError),
    (418, propexo.APIStatusError),
]


def _sync(client: PropexoClient) -> Any:
    return list_locations_rentmanager.sync(client=client.api, integration_id=RM)


def _async(client: PropexoClient) -> Any:
    async def run() -> Any:
        try:
            return await list_locations_rentmanager.asyncio(client=client.api, integration_id=RM)
        finally:
            await client.aclose()

    return asyncio.run(run())


CALLS: list[Callable[[PropexoClient], Any]] = [_sync, _async]


@pytest.mark.parametrize("call", CALLS, ids=["sync", "asyncio"])
@pytest.mark.parametrize(("status", "error"), STATUSES, ids=[str(s) for s, _ in STATUSES])
def test_each_status_raises_its_error(
    fake: FakePropexo,
    client: PropexoClient,
    call: Callable[[PropexoClient], Any],
    status: int,
    error: type[propexo.APIStatusError],
) -> None:
    body = {"error": {"message": f"refused with {status}"}}
    fake.inject(Fault.reply(body, status=status), ROUTE, times=None)
    with pytest.raises(error) as caught:
        call(client)
    exc = caught.value
    assert type(exc) is error
    assert isinstance(exc, propexo.PropexoError) and isinstance(exc, propexo.ApiError)
    assert exc.status_code == status
    assert exc.message == f"refused with {status}"
    assert exc.body == body
    assert exc.operation == "list_locations_rentmanager"
    assert exc.response is not None and exc.response.status_code == status
    assert exc.response.json() == body
    assert "authorization" not in {k.lower() for k in exc.response.request.headers}
    assert TOKEN not in str(exc) and TOKEN not in repr(exc)


def test_a_body_that_is_not_json_still_gives_a_message(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(status=401, raw="<html>nope</html>"), ROUTE)
    with pytest.raises(propexo.AuthenticationError) as caught:
        _sync(client)
    assert caught.value.body is None
    assert caught.value.message == "<html>nope</html>"


def test_a_body_nested_too_deep_to_parse_is_still_a_status_error(
    fake: FakePropexo, client: PropexoClient
) -> None:
    # JSON nested deeper than Python's recursion limit: json.loads raises RecursionError.
    deep = "[" * 100_000 + "]" * 100_000
    fake.inject(Fault.reply(status=400, raw=deep), ROUTE)
    with pytest.raises(propexo.BadRequestError) as caught:
        _sync(client)
    assert caught.value.body is None
    assert caught.value.message == deep[:200]


def test_success_returns_the_model_only(fake: FakePropexo, client: PropexoClient) -> None:
    page = _sync(client)
    assert type(page).__name__ != "ErrorResponse" and len(page.results) == 3


def test_sync_detailed_stays_raw(fake: FakePropexo, client: PropexoClient) -> None:
    fake.inject(Fault.reply({"error": {"code": "BAD", "message": "bad"}}, status=400), ROUTE)
    answer = list_locations_rentmanager.sync_detailed(client=client.api, integration_id=RM)
    assert answer.status_code == 400
    assert type(answer.parsed).__name__ == "ErrorResponse"


def test_wrong_token_is_an_authentication_error(fake: FakePropexo) -> None:
    other = "pxo-wrong-0000-SECRET"
    with (
        PropexoClient(other, base_url=fake.url, rate_limit=1e6) as client,
        pytest.raises(propexo.AuthenticationError) as caught,
    ):
        _sync(client)
    assert caught.value.status_code == 401
    assert other not in str(caught.value) and other not in repr(caught.value)


def test_plan_charges_lookups_raise_the_status_error(fake: FakePropexo) -> None:
    with (
        PropexoClient("pxo-wrong-1111", base_url=fake.url, rate_limit=1e6) as client,
        pytest.raises(propexo.AuthenticationError),
    ):
        propexo.plan_charges(
            [charge_row("x", 1)], integration_id=RM, client=client, transaction_dates=DATES
        )


@pytest.mark.parametrize("call", CALLS, ids=["sync", "asyncio"])
def test_no_answer_is_a_connection_error(
    fake: FakePropexo, client: PropexoClient, call: Callable[[PropexoClient], Any]
) -> None:
    fake.inject(Fault.drop_before(), ROUTE, times=None)
    with pytest.raises(propexo.APIConnectionError) as caught:
        call(client)
    assert not isinstance(caught.value, propexo.APITimeoutError)
    assert isinstance(caught.value, propexo.PropexoError)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert "list_locations_rentmanager" in str(caught.value)


@pytest.mark.parametrize("call", CALLS, ids=["sync", "asyncio"])
def test_no_answer_in_time_is_a_timeout_error(
    fake: FakePropexo, call: Callable[[PropexoClient], Any]
) -> None:
    fake.inject(Fault.slow(1.0), ROUTE, times=None)
    with make_client(fake, timeout=0.05) as client, pytest.raises(propexo.APITimeoutError) as c:
        call(client)
    assert isinstance(c.value, propexo.APIConnectionError)
    assert isinstance(c.value.__cause__, httpx.TimeoutException)


def test_the_hierarchy_is_one_and_exported() -> None:
    import propexo_client.errors as generated

    for name in (
        "PropexoError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseValidationError",
        "ConfigurationError",
    ):
        assert getattr(propexo, name) is getattr(generated, name)
        assert name in propexo.__all__
        assert issubclass(getattr(propexo, name), propexo.PropexoError)
    for overlay_error in (propexo.ClientClosedError, propexo.JobTimeoutError):
        assert issubclass(overlay_error, propexo.PropexoError)
    # folded: an undocumented status is its status's error, a job's status 4xx too
    assert generated.UnexpectedStatus is propexo.UnknownJobError is propexo.APIStatusError
