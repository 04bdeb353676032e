"""Where each resident belongs: its Rent Manager location(s) or its ResMan property.

The API has no "location of a resident" field: a Rent Manager location's residents are listed
with `GET /v1/residents/?location_id=`. A directory therefore lists the integration's locations
once, then each location's residents (pages of 250), and caches the whole map for a while
(`DEFAULT_MAX_AGE`), looking again when asked for residents it lacks. ResMan residents carry
their `property_id`, so one walk over the integration's residents suffices.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Protocol

import attrs
from propexo_client.api.locations import list_locations_rentmanager
from propexo_client.api.residents import list_residents

from .._client import AnyClient
from .._effects import AsyncPerform, Each, FetchAll, Perform
from .._flow import Flow, arun, run
from .._paging import MAX_PAGE_SIZE

Memberships = Mapping[str, tuple[str, ...]]  # resident id -> partitions it belongs to
#: Seconds since the epoch (`time.time`); injected by tests.
Clock = Callable[[], float]
#: How long a directory's map is used before it is looked up again: residents move in and
#: out, and a long-lived client (a service) plans again and again. 15 minutes.
DEFAULT_MAX_AGE = 15 * 60.0


class PartitionDirectory(Protocol):
    """Maps resident ids to the partitions (locations or properties) they belong to.

    `residents` are the ones the caller needs: a directory may look again for those it lacks
    (a cached map older than they are)."""

    def memberships(self, residents: Collection[str] = ()) -> Memberships: ...

    async def amemberships(self, residents: Collection[str] = ()) -> Memberships: ...


@attrs.frozen(eq=False)
class Lookup(Mapping[str, tuple[str, ...]]):
    """What a directory found: each resident's partitions (a mapping), the integration's
    number of partitions, and when it was looked up (seconds since the epoch: the lookup the
    map came from, then the one made for this call when it looked again), so that a resident
    found in none is refused with what was searched."""

    found: Mapping[str, tuple[str, ...]] = attrs.field(repr=False)
    integration_id: str
    partitions: int
    looked_up_at: tuple[float, ...]

    def __getitem__(self, resident: str) -> tuple[str, ...]:
        return self.found[resident]

    def __iter__(self) -> Iterator[str]:
        return iter(self.found)

    def __len__(self) -> int:
        return len(self.found)


@attrs.frozen
class Known:
    """A directory of memberships found already (from asyncio, for planning in a thread):
    it asks the API nothing."""

    found: Memberships

    def memberships(self, residents: Collection[str] = ()) -> Memberships:
        return self.found

    async def amemberships(self, residents: Collection[str] = ()) -> Memberships:
        return self.found


class _Cached:
    """Look up, then serve the cached map (from threads and tasks).

    The map is looked up again when it is `max_age` seconds old (`DEFAULT_MAX_AGE`: 15
    minutes), and when a call needs residents it lacks (a resident added since): once per
    call, one lookup for all of them, unless the map was looked up in that very call. A
    resident still in none is then the caller's to refuse (`Lookup` says what was searched).
    The lookup is a flow (see `propexo._flow`): `memberships` drives it with the sync driver,
    `amemberships` with the async one. `clock` (seconds since the epoch) is injectable."""

    def __init__(
        self,
        client: AnyClient,
        integration_id: str,
        *,
        max_age: float = DEFAULT_MAX_AGE,
        clock: Clock = time.time,
    ) -> None:
        self._client = client
        self._integration_id = integration_id
        self.max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self._current: Lookup | None = None

    def memberships(self, residents: Collection[str] = ()) -> Lookup:
        with self._lock:
            return run(self._lookup(residents), Perform(self._client, self._client.sleep))

    async def amemberships(self, residents: Collection[str] = ()) -> Lookup:
        if self._alock is None:
            self._alock = asyncio.Lock()
        async with self._alock:
            perform = AsyncPerform(self._client, self._client.async_sleep)
            return await arun(self._lookup(residents), perform)

    def _lookup(self, residents: Collection[str]) -> Flow[Lookup]:
        current = self._current
        if current is None or self._clock() - current.looked_up_at[-1] >= self.max_age:
            self._current = yield from self._fetch()
            return self._current
        if all(resident in current for resident in residents):
            return current
        self._current = yield from self._fetch()
        return attrs.evolve(
            self._current, looked_up_at=(current.looked_up_at[-1], *self._current.looked_up_at)
        )

    def _fetch(self) -> Flow[Lookup]:
        at = self._clock()
        found, partitions = yield from self._flow()
        return Lookup(found, self._integration_id, partitions, (at,))

    def _flow(self) -> Flow[tuple[dict[str, tuple[str, ...]], int]]:
        """Each resident's partitions, and how many partitions the integration has."""
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
    asyncio, one after the other from the sync driver).

    Cached: the whole map is looked up again once it is `max_age` seconds old (default
    `DEFAULT_MAX_AGE`, 15 minutes), and once per call that needs residents it lacks (all of
    them in one lookup), so that a long-lived client plans charges of residents added since
    its last plan. `clock` (seconds since the epoch, default `time.time`) is injectable."""

    def __init__(
        self,
        client: AnyClient,
        integration_id: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        concurrency: int = 4,
        max_age: float = DEFAULT_MAX_AGE,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(client, integration_id, max_age=max_age, clock=clock)
        self._page_size = page_size
        self._concurrency = max(1, concurrency)
        self.location_ids: tuple[str, ...] = ()

    def _flow(self) -> Flow[tuple[dict[str, tuple[str, ...]], int]]:
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
        return found, len(self.location_ids)

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
    """Residents of a ResMan integration by property: 1 request per page of residents.
    Cached and looked up again as `RentManagerLocations` is (`max_age`, `clock`)."""

    def __init__(
        self,
        client: AnyClient,
        integration_id: str,
        *,
        page_size: int = MAX_PAGE_SIZE,
        max_age: float = DEFAULT_MAX_AGE,
        clock: Clock = time.time,
    ) -> None:
        super().__init__(client, integration_id, max_age=max_age, clock=clock)
        self._page_size = page_size

    def _flow(self) -> Flow[tuple[dict[str, tuple[str, ...]], int]]:
        residents = yield FetchAll(
            "list residents",
            list_residents,
            {"integration_id": self._integration_id, "order_by": OLDEST_FIRST},
            self._page_size,
        )
        found: dict[str, tuple[str, ...]] = {}
        for resident in residents:
            _add(found, resident.id, resident.property_id)
        return found, len({p for places in found.values() for p in places})
