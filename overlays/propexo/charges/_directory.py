"""Where each resident belongs: its Rent Manager location(s) or its ResMan property.

The API has no "location of a resident" field: a Rent Manager location's residents are listed
with `GET /v1/residents/?location_id=`. A directory therefore lists the integration's locations
once, then each location's residents (pages of 250), and caches the whole map. ResMan
residents carry their `property_id`, so one walk over the integration's residents suffices.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Protocol

from propexo_client.api.locations import list_locations_rentmanager
from propexo_client.api.residents import list_residents

from .._client import AnyClient
from .._flow import AsyncPerform, Each, FetchAll, Flow, Perform, arun, run
from .._paging import MAX_PAGE_SIZE

Memberships = Mapping[str, tuple[str, ...]]  # resident id -> partitions it belongs to


class PartitionDirectory(Protocol):
    """Maps resident ids to the partitions (locations or properties) they belong to."""

    def memberships(self) -> Memberships: ...

    async def amemberships(self) -> Memberships: ...


class _Cached:
    """Fetch once (a flow: see `propexo._flow`), then serve the cached map (from threads and
    tasks). `memberships` drives the fetch with the sync driver, `amemberships` with the
    async one."""

    def __init__(self, client: AnyClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._map: dict[str, tuple[str, ...]] | None = None

    def memberships(self) -> Memberships:
        with self._lock:
            if self._map is None:
                self._map = run(self._flow(), Perform(self._client, self._client.sleep))
            return self._map

    async def amemberships(self) -> Memberships:
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            if self._map is None:
                perform = AsyncPerform(self._client, self._client.async_sleep)
                self._map = await arun(self._flow(), perform)
            return self._map

    def _flow(self) -> Flow[dict[str, tuple[str, ...]]]:
        raise NotImplementedError


#: Oldest first: items created while we page then land on the last page, not between pages.
OLDEST_FIRST = "created_at:asc"


def _add(found: dict[str, tuple[str, ...]], resident_id: str, partition: str) -> None:
    known = found.get(resident_id, ())
    if partition not in known:
        found[resident_id] = (*known, partition)


class RentManagerLocations(_Cached):
    """Residents of a Rent Manager integration by location: 1 request per page of locations,
    plus 1 per page of each location's residents (`concurrency` locations at once from
    asyncio, one after the other from the sync driver)."""

    def __init__(
        self,
        client: AnyClient,
        integration_id: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        concurrency: int = 4,
    ) -> None:
        super().__init__(client)
        self._integration_id = integration_id
        self._page_size = page_size
        self._concurrency = max(1, concurrency)
        self.location_ids: tuple[str, ...] = ()

    def _flow(self) -> Flow[dict[str, tuple[str, ...]]]:
        locations = yield FetchAll(
            "list Rent Manager locations",
            list_locations_rentmanager,
            {"integration_id": self._integration_id, "order_by": OLDEST_FIRST},
            self._page_size,
        )
        self.location_ids = tuple(str(loc.id) for loc in locations)
        lists = yield Each(
            [self._residents_of(lid) for lid in self.location_ids], self._concurrency
        )
        found: dict[str, tuple[str, ...]] = {}
        for location_id, resident_ids in zip(self.location_ids, lists, strict=True):
            for resident_id in resident_ids:
                _add(found, resident_id, location_id)
        return found

    def _residents_of(self, location_id: str) -> Flow[list[str]]:
        residents = yield FetchAll(
            f"list residents of location {location_id}",
            list_residents,
            {
                "integration_id": self._integration_id,
                "location_id": location_id,
                "order_by": OLDEST_FIRST,
            },
            self._page_size,
        )
        return [r.id for r in residents]


class ResManProperties(_Cached):
    """Residents of a ResMan integration by property: 1 request per page of residents."""

    def __init__(
        self, client: AnyClient, integration_id: str, *, page_size: int = MAX_PAGE_SIZE
    ) -> None:
        super().__init__(client)
        self._integration_id = integration_id
        self._page_size = page_size

    def _flow(self) -> Flow[dict[str, tuple[str, ...]]]:
        residents = yield FetchAll(
            "list residents",
            list_residents,
            {"integration_id": self._integration_id, "order_by": OLDEST_FIRST},
            self._page_size,
        )
        found: dict[str, tuple[str, ...]] = {}
        for resident in residents:
            _add(found, resident.id, resident.property_id)
        return found
