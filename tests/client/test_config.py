"""Base URLs, headers, timeouts, and the token kept out of every repr, error and record."""

from __future__ import annotations

import asyncio
import logging
import pickle
from typing import Any

import httpx
import pytest
from propexo import (
    ApiError,
    ConfigurationError,
    PropexoClient,
    plan_charges,
)
from propexo._secret import Token
from propexo._urls import resolve_base_url
from propexo_client.api.locations import list_locations_rentmanager

from tests.conftest import DATES, RM, TOKEN, charge_row
from tests.fake_propexo import FakePropexo


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("production", "https://api.propexo.com"),
        ("sandbox", "https://api.sandbox.propexo.com"),
        (" Sandbox ", "https://api.sandbox.propexo.com"),
        ("https://proxy.example.com/propexo/", "https://proxy.example.com/propexo"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9", "http://localhost:9"),
        ("http://[::1]:9", "http://[::1]:9"),
    ],
)
def test_base_urls(given: str, expected: str) -> None:
    assert resolve_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("http://api.propexo.com", "plain http"),
        ("http://10.0.0.8:8000", "plain http"),
        ("ftp://api.propexo.com", "http(s) URL"),
        ("staging", "http(s) URL"),
        ("https://user:pw@api.propexo.com", "credentials"),
    ],
)
def test_refused_base_urls(given: str, words: str) -> None:
    with pytest.raises(ConfigurationError, match=r"refused|must") as caught:
        PropexoClient(TOKEN, base_url=given)
    assert words in str(caught.value)


def test_token_never_shows(
    fake: FakePropexo, client: PropexoClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = Token(TOKEN)
    assert TOKEN not in repr(token) and TOKEN not in str(token) and TOKEN not in f"{token}"
    assert token.reveal() == TOKEN
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(token)
    for text in (repr(client), str(client), repr(client.api), repr(client.stats)):
        assert TOKEN not in text
    plan_charges(
        [charge_row("int-rm-1-prop-000-res-000", 1)],
        integration_id=RM,
        client=client,
        transaction_dates=DATES,
    )
    assert fake.requests()  # the lookups went through, so the header was sent
    for record in fake.requests():
        assert TOKEN not in repr(record)
    assert TOKEN not in caplog.text  # httpx/httpcore debug logs included


def test_wrong_token_is_a_clear_error_without_any_token(fake: FakePropexo) -> None:
    other = "pxo-wrong-0000-SECRET"
    with (
        PropexoClient(other, base_url=fake.url, rate_limit=1e6) as client,
        pytest.raises(ApiError) as caught,
    ):
        plan_charges(
            [charge_row("x", 1)], integration_id=RM, client=client, transaction_dates=DATES
        )
    assert caught.value.status_code == 401
    assert other not in str(caught.value) and other not in repr(caught.value)


def test_user_agent_accept_and_timeout(fake: FakePropexo, client: PropexoClient) -> None:
    answer = list_locations_rentmanager.sync_detailed(client=client.api, integration_id=RM)
    assert answer.status_code == 200
    headers = {k.lower(): v for k, v in fake.requests()[-1].headers.items()}
    assert headers["user-agent"].startswith("propexo-client/")
    assert "authorization" not in headers  # the fake strips it; the call above was authorised
    assert client.timeout.read == 60.0 and client.timeout.connect == 10.0
    with PropexoClient(TOKEN, base_url=fake.url, timeout=2.5) as short:
        assert short.timeout.read == 2.5


def test_generated_operations_work_sync_and_async(fake: FakePropexo, client: PropexoClient) -> None:
    sync = list_locations_rentmanager.sync(client=client.api, integration_id=RM)

    async def run() -> Any:
        try:
            return await list_locations_rentmanager.asyncio(client=client.api, integration_id=RM)
        finally:
            await client.aclose()

    again = asyncio.run(run())
    assert [loc.id for loc in sync.results] == [loc.id for loc in again.results]
    assert len(fake.requests("/v1/locations/rentmanager/")) == 2


def test_empty_or_multiline_tokens_are_refused() -> None:
    for bad in ("", "   ", "abc\r\nX-Evil: 1"):
        with pytest.raises(ValueError, match="token"):
            Token(bad)


def test_environment_proxies_are_not_used(
    monkeypatch: pytest.MonkeyPatch, fake: FakePropexo
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.255.255.1:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.255.255.1:3128")
    with PropexoClient(
        TOKEN, base_url=fake.url, rate_limit=1e6, timeout=httpx.Timeout(2.0)
    ) as client:
        answer = list_locations_rentmanager.sync_detailed(client=client.api, integration_id=RM)
    assert answer.status_code == 200
