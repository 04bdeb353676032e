"""What a client refuses before it sends anything, against the fake over real HTTP: tokens and
headers that no request could carry, ids that would name another path, and views of a client
that was closed. Each refusal is a clear, typed error that never echoes the token."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

import propexo
import pytest
from click.testing import CliRunner
from propexo import AsyncPropexoClient, ConfigurationError, PropexoClient
from propexo.cli._app import app
from propexo_client.api.admin import get_write_status

from tests.conftest import DATES_OPTION, RM, TOKEN, Sleeps, charge_row, make_client
from tests.drivers import Driver, run_async
from tests.fake_propexo import FakePropexo

RESIDENT = f"{RM}-prop-000-res-000"


def _get(driver: Driver, client: PropexoClient, resident_id: str = RESIDENT) -> Any:
    if driver.is_async:

        async def go(a: AsyncPropexoClient) -> Any:
            return await a.residents.get(resident_id)

        return run_async(client, go)
    return client.residents.get(resident_id)


# --- the token ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spaced",
    [f"  {TOKEN} ", f"{TOKEN}\n", f"\t{TOKEN}\r\n"],
    ids=["spaces", "newline", "tab-crlf"],
)
def test_a_token_with_surrounding_whitespace_is_stripped_and_works(
    driver: Driver, fake: FakePropexo, spaced: str
) -> None:
    with PropexoClient(spaced, base_url=fake.url, rate_limit=1e6, sleep=Sleeps()) as client:
        assert _get(driver, client).results.id == RESIDENT
    assert client.token.reveal() == TOKEN
    assert fake.requests()[-1].status == 200


@pytest.mark.parametrize("inside", ["\x00", " ", "\t", "\x7f", "\u00e9", "\u202e"], ids=repr)
def test_a_token_holding_a_control_or_non_ascii_character_is_refused_unechoed(
    fake: FakePropexo, inside: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PropexoClient(TOKEN[:10] + inside + TOKEN[10:], base_url=fake.url)
    assert "visible ASCII" in str(caught.value)
    assert TOKEN[:10] not in str(caught.value) and TOKEN[10:] not in str(caught.value)
    assert fake.requests() == []


# --- ids stay one path segment ------------------------------------------------------------------


@pytest.mark.parametrize("resident_id", ["", ".", ".."], ids=["empty", "dot", "dotdot"])
def test_an_empty_or_dot_id_is_refused_before_sending(
    driver: Driver, fake: FakePropexo, client: PropexoClient, resident_id: str
) -> None:
    with pytest.raises(propexo.InvalidParameterError) as caught:
        _get(driver, client, resident_id)
    assert caught.value.parameter == "id"
    assert str(caught.value).startswith("id: an id cannot be")
    assert fake.requests() == []


def test_a_dot_id_is_refused_by_the_detailed_functions_too(
    fake: FakePropexo, client: PropexoClient
) -> None:
    with pytest.raises(propexo.InvalidParameterError, match="root_job_id"):
        get_write_status.sync_detailed("..", client=client.api)
    assert fake.requests() == []


@pytest.mark.parametrize("resident_id", ["a/b", "../x", "..%2F", "a?b#c"])
def test_an_id_with_path_characters_stays_one_segment(
    fake: FakePropexo, client: PropexoClient, resident_id: str
) -> None:
    with pytest.raises(propexo.NotFoundError, match="no such resident"):
        client.residents.get(resident_id)  # routed to the one-resident route, not elsewhere
    [request] = fake.requests()
    assert request.route == "/v1/residents/{id}"


def test_jobs_status_refuses_a_dot_job_id_as_bad_usage(fake: FakePropexo) -> None:
    env = {"PROPEXO_API_TOKEN": TOKEN, "PROPEXO_BASE_URL": fake.url}
    result = CliRunner().invoke(app, ["jobs", "status", ".."], env=env)
    assert result.exit_code == 2
    assert "job id: an id cannot be '..'" in result.output
    assert fake.requests() == []


# --- headers of a view --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "words"),
    [
        ({"authorization ": "x"}, "Authorization header comes from the client's token"),
        ({" AUTHORIZATION": "x"}, "Authorization header comes from the client's token"),
        ({"Proxy-Authorization": "x"}, "Proxy-Authorization header comes from"),
        ({"X-A B": "x"}, "not a valid HTTP header name"),
        ({"X-Ä": "x"}, "not a valid HTTP header name"),
        ({"": "x"}, "not a valid HTTP header name"),
        ({"X-Split": "a\r\nX-Evil: 1"}, "header X-Split: the value holds a control character"),
        ({"X-Nul": "a\x00b"}, "header X-Nul: the value holds a control character"),
    ],
)
def test_a_view_refuses_headers_no_request_could_carry(
    fake: FakePropexo, client: PropexoClient, headers: Mapping[str, str], words: str
) -> None:
    with pytest.raises(ConfigurationError, match=words) as caught:
        client.with_options(default_headers=headers)
    assert "X-Evil" not in str(caught.value)  # values are not echoed
    assert fake.requests() == []


def test_a_header_name_is_stripped_and_sent(fake: FakePropexo, client: PropexoClient) -> None:
    view = client.with_options(default_headers={" X-Source ": "billing\tjob"})
    view.residents.get(RESIDENT)
    sent = {k.lower(): v for k, v in fake.requests()[-1].headers.items()}
    assert sent["x-source"] == "billing\tjob"


# --- views of a closed client -------------------------------------------------------------------


def test_a_view_of_a_closed_client_refuses_to_send(fake: FakePropexo) -> None:
    client = make_client(fake)
    view = client.with_options(timeout=5.0)
    assert view.residents.get(RESIDENT).results.id == RESIDENT
    client.close()
    client.close()  # closing twice is harmless
    with pytest.raises(propexo.ClientClosedError, match="closed: nothing was sent"):
        view.residents.get(RESIDENT)
    with pytest.raises(propexo.ClientClosedError):
        client.with_options(timeout=1.0).residents.get(RESIDENT)

    async def compatibility_path() -> Any:  # a sync client's asyncio requests
        return await get_write_status.asyncio_detailed("job-1", client=view.api)

    with pytest.raises(propexo.ClientClosedError):
        asyncio.run(compatibility_path())
    assert len(fake.requests()) == 1


def test_a_view_of_an_async_client_closed_in_its_loop_refuses_to_send(
    fake: FakePropexo,
) -> None:
    client = AsyncPropexoClient(TOKEN, base_url=fake.url, rate_limit=1e6)

    async def run() -> None:
        view = client.with_options(timeout=5.0)
        assert (await view.residents.get(RESIDENT)).results.id == RESIDENT
        await client.aclose()
        await client.aclose()  # twice: harmless
        with pytest.raises(propexo.ClientClosedError):
            await view.residents.get(RESIDENT)

    asyncio.run(run())
    assert len(fake.requests()) == 1


# --- the command's refused token ----------------------------------------------------------------


def test_a_refused_token_names_the_variable_to_check(tmp_path: Any, fake: FakePropexo) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(charge_row(RESIDENT, 1)) + "\n", encoding="utf-8")
    env = {"PROPEXO_API_TOKEN": "pxo-wrong-0000-token", "PROPEXO_BASE_URL": fake.url}
    result = CliRunner().invoke(
        app,
        ["charges", "plan", str(source), "--integration-id", RM, *DATES_OPTION],
        env=env,
    )
    assert result.exit_code == 3, result.output
    assert "HTTP 401: missing or invalid bearer token (check PROPEXO_API_TOKEN)" in result.output
