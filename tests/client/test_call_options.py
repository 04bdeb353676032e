"""Per-call options of every resource method (`timeout`, `max_retries`, `extra_headers`,
`extra_query`) and raw answers (`client.<group>.with_raw_response.<method>(...)`), sync and
async, against the fake over real HTTP; and what an `APIStatusError` carries (`code`, the
redacted `request`, the answer's `headers`)."""

from __future__ import annotations

import asyncio
import importlib.util
from typing import Any

import httpx
import pytest
from propexo import (
    AsyncPropexoClient,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PropexoClient,
)

from tests.conftest import RM, ROOT, TOKEN
from tests.drivers import run_async
from tests.fake_propexo import FakePropexo, Fault

RESIDENT = f"{RM}-prop-000-res-000"
RESIDENT_PATH = f"/v1/residents/{RESIDENT}"
RESIDENT_ROUTE = "/v1/residents/{id}"
FLAVOURS = ["sync", "async"]


def _call(flavour: str, client: PropexoClient, call: Any) -> Any:
    """`call(c)` with `c` the sync client, or an async client on its settings (awaited)."""
    if flavour == "sync":
        return call(client)

    async def go(aclient: AsyncPropexoClient) -> Any:
        return await call(aclient)

    return run_async(client, go)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_raw_response_gives_status_headers_and_the_model_the_plain_method_returns(
    flavour: str, client: PropexoClient
) -> None:
    raw = _call(flavour, client, lambda c: c.residents.with_raw_response.get(RESIDENT))

    assert raw.status_code == 200
    assert isinstance(raw.headers, httpx.Headers)
    assert raw.headers["Content-Type"].startswith("application/json")
    assert "authorization" not in raw.request.headers
    assert raw.parse().to_dict() == client.residents.get(RESIDENT).to_dict()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_a_raw_list_response_is_one_page_of_the_given_size(
    flavour: str, client: PropexoClient
) -> None:
    raw = _call(flavour, client, lambda c: c.residents.with_raw_response.list(limit=2))

    assert raw.status_code == 200
    assert len(raw.parse().results) == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_an_error_answer_carries_propexos_code_the_redacted_request_and_the_headers(
    flavour: str, client: PropexoClient
) -> None:
    with pytest.raises(NotFoundError) as caught:
        _call(flavour, client, lambda c: c.residents.with_raw_response.get("nobody"))

    error = caught.value
    assert error.code == "NOT_FOUND"
    assert error.request is not None
    assert error.request.method == "GET"
    assert error.request.url.path == "/v1/residents/nobody"
    assert "authorization" not in error.request.headers
    assert TOKEN not in repr(error.request.headers)
    assert isinstance(error.headers, httpx.Headers)
    assert error.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_extra_headers_and_extra_query_reach_the_server_for_that_call_only(
    flavour: str, fake: FakePropexo, client: PropexoClient
) -> None:
    _call(
        flavour,
        client,
        lambda c: c.residents.get(
            RESIDENT, extra_headers={"X-Call": "c-1"}, extra_query={"trace": "t 1"}
        ),
    )
    _call(flavour, client, lambda c: c.residents.get(RESIDENT))

    with_options, without = fake.requests(RESIDENT_ROUTE)[-2:]
    assert {k.lower(): v for k, v in with_options.headers.items()}["x-call"] == "c-1"
    assert with_options.query["trace"] == ["t 1"]
    assert "x-call" not in {k.lower() for k in without.headers}
    assert "trace" not in without.query


def test_extra_query_goes_with_every_page_of_a_list(
    fake: FakePropexo, client: PropexoClient
) -> None:
    items = list(client.residents.list(page_size=4, extra_query={"trace": "walk"}))

    pages = fake.requests("/v1/residents/")
    assert len(items) == 25
    assert len(pages) >= 7
    assert all(page.query["trace"] == ["walk"] for page in pages)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_max_retries_of_one_call_bounds_its_attempts(
    flavour: str, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.http(503), f"GET {RESIDENT_PATH}", times=5)

    with pytest.raises(InternalServerError):
        _call(flavour, client, lambda c: c.residents.get(RESIDENT, max_retries=1))

    assert [r.status for r in fake.requests(RESIDENT_ROUTE)] == [503, 503]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"timeout": -1}, r"^timeout must be a finite number"),
        ({"timeout": float("nan")}, r"^timeout must be a finite number"),
        ({"max_retries": -1}, r"^max_retries must be a non-negative integer"),
        ({"extra_headers": {"Authorization": "Bearer x"}}, r"not from extra_headers="),
        ({"extra_headers": {"X-A": "a\nb"}}, r"^extra_headers: header X-A: the value holds"),
        ({"extra_query": {"trace": 1}}, r"^extra_query: parameter trace: the value must be"),
    ],
)
def test_a_bad_per_call_option_is_refused_before_any_request(
    fake: FakePropexo, client: PropexoClient, options: dict[str, Any], words: str
) -> None:
    with pytest.raises(ConfigurationError, match=words):
        client.residents.get(RESIDENT, **options)
    with pytest.raises(ConfigurationError, match=words):
        client.residents.with_raw_response.get(RESIDENT, **options)

    assert fake.requests(RESIDENT_ROUTE) == []


def test_a_per_call_timeout_applies_to_that_call(fake: FakePropexo, client: PropexoClient) -> None:
    fake.inject(Fault.slow(3.0), f"GET {RESIDENT_PATH}", times=1)

    with pytest.raises(Exception, match=r"(?i)timed out|timeout"):
        client.residents.get(RESIDENT, timeout=0.5, max_retries=0)
    assert client.residents.get(RESIDENT).to_dict()["results"]  # the next call has its time


def test_the_typed_options_example_runs_against_its_mock_transport() -> None:
    """examples/client_options.py (checked by mypy --strict and pyright in `nox -s typecheck`)
    does what it shows: per-call options, http_client=, a raw answer, an error's code."""
    path = ROOT / "examples" / "client_options.py"
    spec = importlib.util.spec_from_file_location("client_options_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    assert module.main() == [
        "res-1: Ada",
        "1 resident(s)",
        "res-1: Ada",
        "200 application/json res-1: Ada",
        "404 NOT_FOUND GET r-9",
    ]
    assert asyncio.run(module.amain()) == ["res-1: Ada", "res-1: Ada", "200 res-1: Ada"]
