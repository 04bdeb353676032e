"""Answers a hostile server (or proxy) may send, against the fake over real HTTP: success bodies
nested too deep to parse, error bodies outside the error schema, server text with escapes and
credentials, and headers echoing the token. Each ends in the library's typed error (never a
bare RecursionError or a traceback), and no error holds the token."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import propexo
import pytest
from propexo import AsyncPropexoClient, PropexoClient
from propexo._paging import fetch_all, paged
from propexo_client.api.residents import get_resident, list_residents

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.drivers import Driver, run_async
from tests.fake_propexo import FakePropexo, Fault

RESIDENT = f"{RM}-prop-000-res-000"
RESIDENT_ROUTE = f"GET /v1/residents/{RESIDENT}"
#: A 2xx body that a JSON parser cannot read: it recurses past Python's limit.
DEEP = '{"meta":{"job_id":"j"},"result":' + "[" * 200_000
HOSTILE = "\x1b[31mred\x1b]0;title\x07 \u202eevil\u202c Bearer sk_live_0123456789abcdef"


def _get(driver: Driver, client: PropexoClient, resident_id: str = RESIDENT) -> Any:
    """`client.residents.get(resident_id)`, sync or awaited."""
    if driver.is_async:

        async def go(a: AsyncPropexoClient) -> Any:
            return await a.residents.get(resident_id)

        return run_async(client, go)
    return client.residents.get(resident_id)


# --- bodies nested too deep ---------------------------------------------------------------------


def test_a_success_body_nested_too_deep_is_a_validation_error_naming_the_operation(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(raw=DEEP), RESIDENT_ROUTE)
    with pytest.raises(propexo.ResponseValidationError) as caught:
        _get(driver, client)
    assert caught.value.operation == "get_resident"
    assert "nested too deep" in str(caught.value)


def test_a_detailed_answer_nested_too_deep_is_a_validation_error_too(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(raw=DEEP), RESIDENT_ROUTE)
    with pytest.raises(propexo.ResponseValidationError, match="get_resident"):
        get_resident.sync_detailed(RESIDENT, client=client.api)


def test_a_page_nested_too_deep_ends_the_walk_with_a_validation_error(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(raw=DEEP), "GET /v1/residents/")
    with pytest.raises(propexo.ResponseValidationError) as caught:
        list(client.residents.list(integration_id=RM))
    assert caught.value.operation == "list_residents"


def test_a_write_status_nested_too_deep_is_a_malformed_status(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    [job] = fake.create_jobs(1)
    fake.inject(Fault.reply(raw=DEEP), "GET /v1/admin/write-status/*")
    with pytest.raises(propexo.ResponseValidationError) as caught:
        driver.tracker(client).status(job)
    assert "nested too deep" in str(caught.value)


def test_an_accepted_chunk_whose_answer_is_nested_too_deep_is_unknown_not_a_crash(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(raw=DEEP), "POST /v1/resident-charges/batch/*")
    result = driver.submit_charges(
        client, [charge_row(RESIDENT, 1)], integration_id=RM, transaction_dates=DATES
    )
    [chunk] = result.chunks
    assert str(chunk.outcome) == "unknown" and chunk.status_code == 200
    assert chunk.job_id is None and "cannot be tracked" in (chunk.error or "")


# --- error bodies outside the error schema ------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, propexo.BadRequestError), (403, propexo.PermissionDeniedError)],
)
def test_an_error_body_outside_the_error_schema_still_gives_the_status_error(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    status: int,
    error: type[propexo.APIStatusError],
) -> None:
    fake.inject(Fault.reply({"message": "Forbidden by policy"}, status=status), RESIDENT_ROUTE)
    with pytest.raises(error) as caught:
        _get(driver, client)
    assert str(caught.value) == f"get_resident: HTTP {status}: Forbidden by policy"


def test_a_lookup_refused_by_a_proxy_reports_the_status_and_its_message(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply({"message": "Forbidden by policy"}, status=400), "GET /v1/residents/")
    fetch = paged(list_residents.sync_detailed, client=client.api, integration_id=RM)
    with pytest.raises(propexo.ApiError) as caught:
        fetch_all("list_residents", fetch)
    assert caught.value.status_code == 400
    assert str(caught.value) == "list_residents: HTTP 400: Forbidden by policy"


def test_a_detailed_answer_outside_the_error_schema_is_parsed_as_none(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply({"message": "Forbidden by policy"}, status=400), RESIDENT_ROUTE)
    answer = get_resident.sync_detailed(RESIDENT, client=client.api)
    assert answer.status_code == 400 and answer.parsed is None


# --- server text ----------------------------------------------------------------------------------


def test_the_message_of_a_generated_operations_error_is_cleaned(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply({"error": {"message": HOSTILE}}, status=400), RESIDENT_ROUTE)
    with pytest.raises(propexo.BadRequestError) as caught:
        _get(driver, client)
    text = str(caught.value)
    assert text == "get_resident: HTTP 400: [31mred]0;title evil Bearer ***"
    assert caught.value.message == "[31mred]0;title evil Bearer ***"


# --- credentials the server hands back ------------------------------------------------------------

ECHO = {
    "Authorization": f"Bearer {TOKEN}",
    "Proxy-Authorization": "Basic cHJveHk6c2VjcmV0",
    "Set-Cookie": "session=abc123; HttpOnly",
    "X-Echo": f"you sent {TOKEN}",
}


def test_headers_echoing_credentials_are_not_kept_on_an_error(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fault = Fault("reply", status=400, text='{"error": {"message": "no"}}', headers=ECHO)
    fake.inject(fault, RESIDENT_ROUTE)
    with pytest.raises(propexo.BadRequestError) as caught:
        client.residents.get(RESIDENT)
    response = caught.value.response
    assert response is not None
    names = {name.lower() for name in response.headers}
    assert not names & {"authorization", "proxy-authorization", "set-cookie"}
    assert response.headers["x-echo"] == "you sent ***"
    assert "authorization" not in {name.lower() for name in response.request.headers}


def test_a_header_echoing_the_token_is_redacted_in_raw_answers_too(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.with_headers({"X-Echo": f"Bearer {TOKEN}"}), RESIDENT_ROUTE)
    answer = get_resident.sync_detailed(RESIDENT, client=client.api)
    assert answer.status_code == 200
    assert answer.headers["x-echo"] == "Bearer ***"


def _reachable(error: BaseException) -> Iterator[object]:
    """Every object reachable from `error` through what code or a debugger would look at:
    causes, contexts, arguments, attributes, requests, responses and their headers."""
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        item = stack.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, *item.args]
        if isinstance(item, (httpx.RequestError, httpx.HTTPStatusError)):
            with contextlib.suppress(RuntimeError):
                stack.append(item.request)
        if isinstance(item, httpx.Response):
            stack += [item.headers, item.content]
            with contextlib.suppress(RuntimeError):
                stack.append(item.request)
        if isinstance(item, httpx.Request):
            stack += [item.headers, str(item.url)]
        if isinstance(item, httpx.Headers):
            stack += [f"{k}: {v}" for k, v in item.multi_items()]
        if isinstance(item, (list, tuple)):
            stack += list(item)
        if isinstance(item, dict):
            stack += [*item.keys(), *item.values()]
        if hasattr(item, "__dict__") and not isinstance(item, type):
            stack += list(vars(item).values())


def _holds_token(error: BaseException) -> list[str]:
    found = []
    for item in _reachable(error):
        text = item.decode("latin-1") if isinstance(item, bytes) else item
        if isinstance(text, str) and TOKEN in text:
            found.append(text[:80])
    return found


FAILURES: dict[str, Callable[[FakePropexo], object]] = {
    "dropped": lambda fake: fake.inject(Fault.drop_before(), RESIDENT_ROUTE),
    "status": lambda fake: fake.inject(Fault.http(400), RESIDENT_ROUTE),
    "unreadable": lambda fake: fake.inject(Fault.reply(raw=DEEP), RESIDENT_ROUTE),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_no_reachable_part_of_a_raised_error_holds_the_token(
    driver: Driver, fake: FakePropexo, client: PropexoClient, failure: str
) -> None:
    FAILURES[failure](fake)
    view = client.with_options(max_retries=0)
    with pytest.raises(propexo.PropexoError) as caught:
        _get(driver, view)
    assert _holds_token(caught.value) == []


def test_a_refused_connection_keeps_no_token_in_its_cause(fake: FakePropexo) -> None:
    with socket_port() as port:
        client = PropexoClient(
            TOKEN, base_url=f"http://127.0.0.1:{port}", rate_limit=1e6
        ).with_options(max_retries=0)
        with pytest.raises(propexo.APIConnectionError) as caught:
            client.residents.get(RESIDENT)
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert "authorization" not in {k.lower() for k in cause.request.headers}
    assert _holds_token(caught.value) == []


class socket_port:
    """A loopback port that nothing listens on (bound, never listening, while in use)."""

    def __enter__(self) -> int:
        import socket

        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        return int(self._socket.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self._socket.close()


# --- values that do not fit the spec --------------------------------------------------------------


def _resident_answer(fake: FakePropexo, client: PropexoClient, **changes: Any) -> None:
    """Serve the real answer about RESIDENT, with `changes` to its record (or to `meta`)."""
    answer = get_resident.sync_detailed(RESIDENT, client=client.api)
    body = json.loads(answer.content)
    meta = changes.pop("meta", {})
    body["results"].update(changes)
    body["meta"].update(meta)
    fake.inject(Fault.reply(body), RESIDENT_ROUTE)


def test_values_that_convert_without_loss_are_converted(
    driver: Driver, fake: FakePropexo, client: PropexoClient
) -> None:
    _resident_answer(fake, client, balance_in_cents="12.5", meta={"total": "7", "limit": 100.0})
    answer = _get(driver, client)
    assert answer.results.balance_in_cents == 12.5
    assert answer.meta.total == 7 and type(answer.meta.limit) is int


RESULTS = "Resident"


@pytest.mark.parametrize(
    ("changes", "model", "field", "words"),
    [
        ({"id": None}, RESULTS, "id", "expected a string, got null"),
        ({"integration_id": 123}, RESULTS, "integration_id", "expected a string, got a number"),
        ({"balance_in_cents": "twelve"}, RESULTS, "balance_in_cents", "got a string"),
        ({"balance_in_cents": True}, RESULTS, "balance_in_cents", "got a boolean"),
        ({"phone_1_type": None}, RESULTS, "phone_1_type", "Expected a string"),
        ({"phone_1_type": 5}, RESULTS, "phone_1_type", "Expected a string"),
        ({"meta": {"total": "12.5"}}, "ResponseMeta", "total", "expected an integer"),
        ({"pets": 3}, RESULTS, "pets", "not iterable"),
    ],
    ids=["null-id", "number-id", "text-number", "bool-number", "null-enum", "number-enum",
         "lossy-int", "number-list"],
)  # fmt: skip
def test_a_value_that_does_not_fit_names_operation_model_and_field(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    changes: dict[str, Any],
    model: str,
    field: str,
    words: str,
) -> None:
    _resident_answer(fake, client, **changes)
    with pytest.raises(propexo.ResponseValidationError) as caught:
        _get(driver, client)
    error = caught.value
    assert (error.operation, error.model, error.field) == ("get_resident", model, field)
    assert words in str(error)
