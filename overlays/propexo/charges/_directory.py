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

from .._client import PropexoClient
from .._paging import MAX_PAGE_SIZE, afetch_all, fetch_all, paged

Memberships = Mapping[str, tuple[str, ...]]  # resident id -> partitions it belongs to


class PartitionDirectory(Protocol):
    """Maps resident ids to the partitions (locations or properties) they belong to."""

    def memberships(self) -> Memberships: ...

    async def amemberships(self) -> Memberships: ...


class _Cached:
    """Fetch once, then serve the cached map (from threads and tasks)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._map: dict[str, tuple[str, ...]] | None = None

    def memberships(self) -> Memberships:
        with self._lock:
            if self._map is None:
                self._map = self._fetch()
            return self._map

    async def amemberships(self) -> Memberships:
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            if self._map is None:
                self._map = await self._afetch()
            return self._map

    def _fetch(self) -> dict[str, tuple[str, ...]]:
        raise NotImplementedError

    async def _afetch(self) -> dict[str, tuple[str, ...]]:
        raise NotImplementedError


#: Oldest first: items created while we page then land on the last page, not between pages.
OLDEST_FIRST = "created_at:asc"


def _add(found: dict[str, tuple[str, ...]], resident_id: str, partition: str) -> None:
    known = found.get(resident_id, ())
    if partition not in known:
        found[resident_id] = (*known, partition)


class RentManagerLocations(_Cached):
    """Residents of a Rent Manager integration by location: 1 request per page of locations,
    plus 1 per page of each location's residents."""

    def __init__(
        self,
        client: PropexoClient,
        integration_id: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        concurrency: int = 4,
    ) -> None:
        super().__init__()
        self._client = client
        self._integration_id = integration_id
        self._page_size = page_size
        self._concurrency = max(1, concurrency)
        self.location_ids: tuple[str, ...] = ()

    def _fetch(self) -> dict[str, tuple[str, ...]]:
        api, iid = self._client.api, self._integration_id
        locations = fetch_all(
            "list Rent Manager locations",
            paged(
                list_locations_rentmanager.sync_detailed,
                client=api,
                integration_id=iid,
                order_by=OLDEST_FIRST,
            ),
            self._page_size,
        )
        self.location_ids = tuple(str(loc.id) for loc in locations)
        found: dict[str, tuple[str, ...]] = {}
        for location_id in self.location_ids:
            residents = fetch_all(
                f"list residents of location {location_id}",
                paged(
                    list_residents.sync_detailed,
                    client=api,
                    integration_id=iid,
                    location_id=location_id,
                    order_by=OLDEST_FIRST,
                ),
                self._page_size,
            )
            for resident in residents:
                _add(found, resident.id, location_id)
        return found

    async def _afetch(self) -> dict[str, tuple[str, ...]]:
        api, iid = self._client.api, self._integration_id
        locations = await afetch_all(
            "list Rent Manager locations",
            paged(
                list_locations_rentmanager.asyncio_detailed,
                client=api,
                integration_id=iid,
                order_by=OLDEST_FIRST,
            ),
            self._page_size,
        )
        self.location_ids = tuple(str(loc.id) for loc in locations)
        gate = asyncio.Semaphore(self._concurrency)

        async def residents_of(location_id: str) -> list[str]:
            async with gate:
                residents = await afetch_all(
                    f"list residents of location {location_id}",
                    paged(
                        list_residents.asyncio_detailed,
                        client=api,
                        integration_id=iid,
                        location_id=location_id,
                        order_by=OLDEST_FIRST,
                    ),
                    self._page_size,
                )
            return [r.id for r in residents]

        lists = await asyncio.gather(*(residents_of(lid) for lid in self.location_ids))
        found: dict[str, tuple[str, ...]] = {}
        for location_id, resident_ids in zip(self.location_ids, lists, strict=True):
            for resident_id in resident_ids:
                _add(found, resident_id, location_id)
        return found


class ResManProperties(_Cached):
    """Residents of a ResMan integration by property: 1 request per page of residents."""

    def __init__(
        self, client: PropexoClient, integration_id: str, *, page_size: int = MAX_PAGE_SIZE
    ) -> None:
        super().__init__()
        self._client = client
        self._integration_id = integration_id
        self._page_size = page_size

    def _fetch(self) -> dict[str, tuple[str, ...]]:
        api, iid = self._client.api, self._integration_id
        residents = fetch_all(
            "list residents",
            paged(
                list_residents.sync_detailed, client=api, integration_id=iid, order_by=OLDEST_FIRST
            ),
            self._page_size,
        )
        found: dict[str, tuple[str, ...]] = {}
        for resident in residents:
            _add(found, resident.id, resident.property_id)
        return found

    async def _afetch(self) -> dict[str, tuple[str, ...]]:
        api, iid = self._client.api, self._integration_id
        residents = await afetch_all(
            "list residents",
            paged(
                list_residents.asyncio_detailed,
                client=api,
                integration_id=iid,
                order_by=OLDEST_FIRST,
            ),
            self._page_size,
        )
        found: dict[str, tuple[str, ...]] = {}
        for resident in residents:
            _add(found, resident.id, resident.property_id)
        return found
