"""Per-call options and the client's construction: `with_options`, the generated client's
`with_headers`/`with_timeout` (auth, pacing and retries kept), a repr that never fails and a
token that never sits raw in a frame, the environment variables, and the two clients' lifecycles."""

from __future__ import annotations

import asyncio
import sys
import traceback

import httpx
import pytest
from propexo import AsyncPropexoClient, ConfigurationError, PropexoClient
from propexo_client.api.locations import list_locations_rentmanager
from propexo_client.api.residents import list_residents

from tests.conftest import RM, TOKEN, Sleeps, make_client
from tests.fake_propexo import FakePropexo, Fault

LOCATIONS = "/v1/locations/rentmanager/"


def _headers(fake: FakePropexo) -> dict[str, str]:
    return {k.lower(): v for k, v in fake.requests()[-1].headers.items()}


def test_with_options_keeps_auth_pacing_and_the_pool(
    fake: FakePropexo, client: PropexoClient
) -> None:
    view = client.with_options(timeout=5.0, default_headers={"X-Request-Source": "billing"})

    locations = view.locations.list_rentmanager(integration_id=RM)

    assert sorted(str(loc.id) for loc in locations) == [f"{RM}-loc-{i:03d}" for i in range(3)]
    assert fake.requests()[-1].status == 200  # authorised: the token came along
    assert _headers(fake)["x-request-source"] == "billing"
    assert view.pacer is client.pacer and view.stats is client.stats
    assert client.stats.attempts == 1  # counted by the shared stats: paced by the shared pacer
    assert view.timeout.read == 5.0 and client.timeout.read == 60.0  # the client is unchanged
    view.close()  # a view's close leaves the shared pool open
    assert list(client.locations.list_rentmanager(integration_id=RM))


def test_with_options_max_retries_changes_only_the_view(fake: FakePropexo) -> None:
    sleeps = Sleeps()
    with make_client(fake, sleeps) as client:
        fake.inject(Fault.http(503), f"GET {LOCATIONS}", times=2)
        once = list_locations_rentmanager.sync_detailed(
            client=client.with_options(max_retries=0).api, integration_id=RM
        )
        retried = list_locations_rentmanager.sync_detailed(client=client.api, integration_id=RM)

    assert once.status_code == 503  # no retry on the view
    assert retried.status_code == 200  # the client still retries (one 503 left, then 200)
    assert [r.status for r in fake.requests(LOCATIONS)] == [503, 503, 200]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"max_retries": -1}, "max_retries must be a non-negative integer"),
        ({"default_headers": {"authorization": "Bearer x"}}, "Authorization header comes from the"),
    ],
)
def test_bad_options_are_refused(
    client: PropexoClient, options: dict[str, object], words: str
) -> None:
    with pytest.raises(ConfigurationError, match=words):
        client.with_options(**options)  # type: ignore[arg-type]


def test_with_headers_keeps_auth_pacing_and_retries(
    fake: FakePropexo, client: PropexoClient
) -> None:
    traced = client.api.with_headers({"X-Trace": "t-1"})
    fake.inject(Fault.http(503), f"GET {LOCATIONS}", times=1)

    answer = list_locations_rentmanager.sync_detailed(client=traced, integration_id=RM)

    assert answer.status_code == 200  # retried after the 503, and authorised
    assert [r.status for r in fake.requests(LOCATIONS)] == [503, 200]
    assert _headers(fake)["x-trace"] == "t-1"
    assert client.stats.attempts == 2  # through the client's paced transport
    plain = list_locations_rentmanager.sync_detailed(client=client.api, integration_id=RM)
    assert plain.status_code == 200 and "x-trace" not in _headers(fake)  # not shared


def test_with_timeout_never_changes_the_shared_client(
    fake: FakePropexo, client: PropexoClient
) -> None:
    before = client.api.get_httpx_client().timeout
    short = client.api.with_timeout(httpx.Timeout(3.0))

    answer = list_residents.sync_detailed(client=short, integration_id=RM, limit=1)

    assert answer.status_code == 200
    assert short.get_httpx_client().timeout.read == 3.0
    assert client.api.get_httpx_client().timeout == before
    assert client.api.get_httpx_client().timeout.read == 60.0


def test_with_cookies_is_refused_loudly(client: PropexoClient) -> None:
    with pytest.raises(TypeError, match="cookies"):
        client.api.with_cookies({"a": "b"})


def test_repr_of_a_partly_built_client_never_fails() -> None:
    for cls in (PropexoClient, AsyncPropexoClient):
        bare = cls.__new__(cls)
        assert repr(bare) == f"{cls.__name__}(<not configured>)"


def _frames_hold_the_token(error: BaseException) -> list[str]:
    """Locals of the client's own frames (as traceback-with-locals tools show them)."""
    found = []
    seen: BaseException | None = error
    while seen is not None:
        for frame, _ in traceback.walk_tb(seen.__traceback__):
            if "overlays" not in frame.f_code.co_filename:
                continue  # the test's own frame holds the token it passed
            for name, value in frame.f_locals.items():
                if TOKEN in repr(value) or (isinstance(value, str) and TOKEN in value):
                    found.append(f"{frame.f_code.co_name}: {name}")
        seen = seen.__context__ or seen.__cause__
    return found


@pytest.mark.parametrize(
    "bad", [{"max_connections": 0}, {"base_url": "http://evil.example"}, {"rate_limit": -1.0}]
)
def test_no_frame_keeps_the_raw_token_when_construction_fails(
    bad: dict[str, object],
) -> None:
    with pytest.raises(Exception) as caught:  # any failure: the frames are what matters
        PropexoClient(TOKEN, **bad)  # type: ignore[arg-type]

    assert _frames_hold_the_token(caught.value) == []
    assert TOKEN not in "".join(traceback.format_exception(caught.value))


def test_a_bad_token_is_not_kept_either() -> None:
    bad = TOKEN + "\nX-Evil: 1"
    with pytest.raises(ConfigurationError, match="line break") as caught:
        PropexoClient(bad, base_url="sandbox")
    assert _frames_hold_the_token(caught.value) == []


def test_token_and_base_url_come_from_the_environment(
    fake: FakePropexo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROPEXO_API_TOKEN", TOKEN)
    monkeypatch.setenv("PROPEXO_BASE_URL", fake.url)

    with PropexoClient(rate_limit=1e6) as client:
        assert client.base_url == fake.url
        assert list(client.locations.list_rentmanager(integration_id=RM))
    assert fake.requests()[-1].status == 200


def test_a_missing_token_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROPEXO_API_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="set PROPEXO_API_TOKEN"):
        PropexoClient()


def test_the_base_url_defaults_to_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROPEXO_BASE_URL", raising=False)
    with PropexoClient(TOKEN) as client:
        assert client.base_url == "https://api.propexo.com"


def test_an_async_client_survives_a_second_asyncio_run(fake: FakePropexo) -> None:
    client = AsyncPropexoClient(TOKEN, base_url=fake.url, rate_limit=1e6)

    async def count() -> int:
        return len(await client.locations.list_rentmanager(integration_id=RM).to_list())

    assert asyncio.run(count()) == 3
    assert asyncio.run(count()) == 3  # a new loop: a new pool, not the dead loop's connections

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())


def test_the_compatibility_async_path_of_a_sync_client_survives_two_runs(
    fake: FakePropexo, client: PropexoClient
) -> None:
    async def run() -> int:
        answer = await list_locations_rentmanager.asyncio_detailed(
            client=client.api, integration_id=RM
        )
        return int(answer.status_code)

    assert asyncio.run(run()) == 200
    assert asyncio.run(run()) == 200

    async def close() -> None:
        await client.aclose()

    asyncio.run(close())


def test_sync_and_async_clients_share_one_rate_budget(fake: FakePropexo) -> None:
    with PropexoClient(TOKEN, base_url=fake.url, rate_limit=1e6) as sync_client:
        async_client = AsyncPropexoClient(settings=sync_client.settings)

        async def run() -> None:
            async with async_client:
                assert [r async for r in async_client.residents.list(integration_id=RM)]

        list(sync_client.locations.list_rentmanager(integration_id=RM))
        asyncio.run(run())

    assert async_client.pacer is sync_client.pacer
    assert sync_client.stats.attempts == 2  # both clients' requests counted in one place


def test_an_async_client_refuses_sync_calls_clearly(fake: FakePropexo) -> None:
    client = AsyncPropexoClient(TOKEN, base_url=fake.url)
    with pytest.raises(TypeError, match="AsyncPropexoClient sends asyncio requests only"):
        list_locations_rentmanager.sync(client=client.api, integration_id=RM)


def test_closing_a_client_closes_its_pool(fake: FakePropexo) -> None:
    client = PropexoClient(TOKEN, base_url=fake.url, rate_limit=1e6)
    assert list(client.locations.list_rentmanager(integration_id=RM))
    client.close()
    with pytest.raises(RuntimeError):
        list(client.locations.list_rentmanager(integration_id=RM))


assert sys.version_info >= (3, 11)
