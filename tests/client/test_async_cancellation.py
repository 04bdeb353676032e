"""Cancelling asyncio requests leaves the client usable: httpcore's pool loses a connection
for good when a request is cancelled at the wrong moment inside it (encode/httpcore#830,
#1093), so the async transport runs each send as a task of its own that ends by itself.

The cancellation points are event-loop ticks after the walk starts, swept one by one: the same
points every run, with no clock, and among them the ones that used to lose the connection."""

from __future__ import annotations

import asyncio

from propexo import AsyncPropexoClient

from tests.conftest import RM, TOKEN
from tests.fake_propexo import FakePropexo

#: Event-loop ticks after which a walk is cancelled: from before its first request is sent to
#: after its last page is read (a walk of 3 pages takes about 30 ticks on the fake).
TICKS = range(0, 80)


async def _walk(client: AsyncPropexoClient) -> list[str]:
    return [r.id async for r in client.residents.list(integration_id=RM, page_size=5)]


async def _cancelled_after(ticks: int, client: AsyncPropexoClient) -> None:
    walk = asyncio.create_task(_walk(client))
    for _ in range(ticks):
        await asyncio.sleep(0)
    walk.cancel()
    await asyncio.gather(walk, return_exceptions=True)


def test_walks_cancelled_at_any_point_leave_the_pool_usable(fake: FakePropexo) -> None:
    async def run() -> tuple[list[str], list[str]]:
        async with AsyncPropexoClient(
            TOKEN, base_url=fake.url, rate_limit=1e6, max_connections=1
        ) as client:
            first = await _walk(client)  # one connection, now idle
            for ticks in TICKS:
                await _cancelled_after(ticks, client)
            # generous: a pool that lost its connection never answers
            after = await asyncio.wait_for(_walk(client), timeout=10)
        return first, after

    first, after = asyncio.run(run())

    assert len(first) == 15 and after == first
