"""The pager of the generated package (`propexo.SyncPager`/`AsyncPager`) against the fake:
lazy, one request per page, ceil(N/page) requests for N items, and bounded when the server
never says the list ended. Each behaviour test runs against both drivers
(the `driver` fixture); the walk's decisions alone are tested in ../generated/test_pagination.py."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from propexo import (
    AsyncPager,
    PaginationError,
    PropexoClient,
    ResponseValidationError,
    SyncPager,
)

from tests.conftest import RM, TOKEN, Sleeps, make_client
from tests.drivers import Driver, run_async
from tests.fake_propexo import FakePropexo, Fault

RESIDENTS = "/v1/residents/"


def _resident_requests(fake: FakePropexo) -> list[dict[str, list[str]]]:
    return [r.query for r in fake.requests() if r.path.startswith(RESIDENTS)]


@pytest.mark.parametrize("page_size", [1, 4, 5, 15, 250])
def test_list_makes_ceil_n_over_page_requests_then_stops(
    fake: FakePropexo, client: PropexoClient, driver: Driver, page_size: int
) -> None:
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=page_size)
    )
    residents = list(pager)

    assert len(residents) == 15 == len({r.id for r in residents})
    queries = _resident_requests(fake)
    assert len(queries) == math.ceil(15 / page_size)
    assert [q["offset"] for q in queries] == [[str(n * page_size)] for n in range(len(queries))]
    assert {q["limit"][0] for q in queries} == {str(page_size)}


def test_the_pager_fetches_a_page_only_when_its_items_are_needed(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=5))
    assert _resident_requests(fake) == []  # nothing sent until iterated

    items = iter(pager)
    first = [next(items) for _ in range(5)]
    assert len(_resident_requests(fake)) == 1
    next(items)
    assert len(_resident_requests(fake)) == 2 and len(first) == 5
    items.close()  # a generator (both drivers): ends the walk here


def test_pages_gives_each_page_with_its_meta(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=6))
    pages = list(pager.pages())

    assert [len(p.results) for p in pages] == [6, 6, 3]
    assert [p.meta.has_more for p in pages] == [True, True, False]
    assert len(_resident_requests(fake)) == 3


def test_pages_say_where_they_start_and_whether_another_follows(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=6))

    pages = list(pager.pages())

    assert [p.offset for p in pages] == [0, 6, 12]
    assert [p.has_next_page() for p in pages] == [True, True, False]


def test_first_page_fetches_the_first_page_alone(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=4))

    page = pager.first_page()

    assert len(page.results) == 4 and page.offset == 0 and page.has_next_page()
    assert [q["offset"] for q in _resident_requests(fake)] == [["0"]]
    assert [r.id for r in page.results] == [r.id for r in pager][:4]  # a walk's first items


def test_the_first_page_of_a_short_list_has_no_next_page(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM))

    page = pager.first_page()

    assert len(page.results) == 15 and not page.has_next_page()
    assert len(_resident_requests(fake)) == 1


def test_to_list_gives_every_item_once_in_one_list(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=4))

    residents = pager.to_list()

    assert isinstance(residents, list)
    assert len(residents) == 15 == len({r.id for r in residents})
    assert len(_resident_requests(fake)) == 4


def test_the_sync_and_async_pagers_have_the_same_methods() -> None:
    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")}

    assert public(SyncPager) == public(AsyncPager) == {"pages", "first_page", "to_list"}
    assert hasattr(SyncPager, "__iter__") and hasattr(AsyncPager, "__aiter__")


def test_each_walk_starts_again_from_the_first_page(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=10))

    first, second = [r.id for r in pager], [r.id for r in pager]

    assert first == second and len(first) == 15
    assert [q["offset"] for q in _resident_requests(fake)] == [["0"], ["10"], ["0"], ["10"]]


def test_max_pages_stops_a_list_that_has_more(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=2, max_pages=3)
    )

    with pytest.raises(
        PaginationError, match=r"list_residents: still more after 3 pages \(6 items\)"
    ):
        list(pager)
    assert len(_resident_requests(fake)) == 3


def test_the_items_of_the_last_allowed_page_come_before_max_pages_stops_the_walk(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=2, max_pages=3)
    )
    yielded: list[str] = []
    pages: list[Any] = []

    with pytest.raises(PaginationError, match=r"still more after 3 pages \(6 items\)"):
        for resident in pager:
            yielded.append(resident.id)
    with pytest.raises(PaginationError, match=r"still more after 3 pages"):
        for page in pager.pages():
            pages.append(page)

    assert len(yielded) == 6 == len(set(yielded))
    assert [p.offset for p in pages] == [0, 2, 4]
    assert pages[-1].has_next_page()  # the list goes on; the walk stopped


def test_the_first_page_is_given_even_when_max_pages_is_one(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=5, max_pages=1)
    )

    page = pager.first_page()

    assert len(page.results) == 5 and page.has_next_page()
    assert len(_resident_requests(fake)) == 1


def test_a_walk_that_ends_on_its_last_allowed_page_is_not_an_error(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=5, max_pages=3)
    )

    assert len(list(pager)) == 15
    assert len(_resident_requests(fake)) == 3


@pytest.mark.parametrize("page_size", [0, 251, -1])
def test_a_page_size_outside_the_spec_range_is_refused_before_sending(
    fake: FakePropexo, client: PropexoClient, driver: Driver, page_size: int
) -> None:
    with pytest.raises(ValueError, match=r"list_residents: page_size must be between 1 and 250"):
        driver.list_pager(client, lambda c: c.residents.list(page_size=page_size))
    assert fake.requests() == []


def test_a_list_whose_results_are_not_items_stays_a_plain_call(
    fake: FakePropexo, client: PropexoClient
) -> None:
    """Write logs answer `results: {logs: [...]}`, not a list of items: no pager, one call."""
    answer = client.admin.list_write_logs(integration_id=RM, limit=5)

    assert not isinstance(answer, SyncPager)
    assert len([r for r in fake.requests() if r.path.startswith("/v1/admin/logs/writes")]) == 1


def _endless_page(fake: FakePropexo, *, results: bool) -> dict[str, Any]:
    """A real residents page from the fake, made to say `hasMore: true`."""
    body: dict[str, Any] = httpx.get(
        f"{fake.url}{RESIDENTS}",
        params={"integration_id": RM, "limit": 3},
        headers={"Authorization": f"Bearer {TOKEN}"},
    ).json()
    body["meta"]["hasMore"] = True
    if not results:
        body["results"] = []
    return body


def test_a_server_that_repeats_a_page_with_has_more_is_stopped(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    fake.inject(Fault.reply(_endless_page(fake, results=True)), f"GET {RESIDENTS}", times=None)
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=3))

    with pytest.raises(PaginationError, match=r"list_residents: the server answered the same page"):
        list(pager)
    assert len(_resident_requests(fake)) == 2 + 1  # the probe above, then two pages


def test_an_empty_page_with_has_more_ends_the_walk(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    fake.inject(Fault.reply(_endless_page(fake, results=False)), f"GET {RESIDENTS}", times=None)

    assert list(driver.list_pager(client, lambda c: c.residents.list(integration_id=RM))) == []
    assert len(_resident_requests(fake)) == 1 + 1


class _Item:
    def __init__(self, n: int) -> None:
        self.id = f"item-{n}"


class _Meta:
    has_more = True
    total = None


class _EndlessPage:
    """New items on every page and `hasMore` forever (a server that never stops)."""

    def __init__(self, offset: int, limit: int) -> None:
        self.results = [_Item(offset + i) for i in range(limit)]
        self.meta = _Meta()


def test_pages_beyond_the_cap_raise_a_clear_error(driver: Driver) -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int) -> _EndlessPage:
        calls.append(offset)
        assert len(calls) <= 50, "the walk did not stop"
        return _EndlessPage(offset, limit)

    pager = driver.pager(fetch, operation="list_things", page_size=2, max_pages=7)
    with pytest.raises(
        PaginationError, match=r"list_things: still more after 7 pages \(14 items\)"
    ):
        list(pager)
    assert calls == [0, 2, 4, 6, 8, 10, 12]


def test_the_overlays_lookups_are_bounded_too(driver: Driver) -> None:
    """`fetch_all` (plan_charges' directory lookups) stops endless pages with a
    ResponseValidationError naming the lookup, which the CLI reports as a lookup failure."""
    calls: list[int] = []

    class _Response:
        status_code = 200

        def __init__(self, offset: int, limit: int) -> None:
            self.parsed = _EndlessPage(offset, limit)

    def fetch(offset: int, limit: int) -> Any:
        calls.append(offset)
        assert len(calls) <= 50, "the walk did not stop"
        return _Response(offset, limit)

    with pytest.raises(ResponseValidationError, match=r"^list residents: still more after 5 pages"):
        driver.fetch_all("list residents", fetch, 10, max_pages=5)
    assert len(calls) == 5


def test_plan_charges_lookups_page_through_the_pager(fake: FakePropexo, driver: Driver) -> None:
    from propexo.charges._directory import RentManagerLocations

    with make_client(fake, Sleeps()) as client:
        if driver.is_async:
            memberships = run_async(
                client, lambda a: RentManagerLocations(a, RM, page_size=2).amemberships()
            )
        else:
            memberships = RentManagerLocations(client, RM, page_size=2).memberships()

    assert len(memberships) == 15
    # 3 locations in pages of 2 (2 requests), 5 residents each in pages of 2 (3 requests each)
    assert len([r for r in fake.requests() if r.path.startswith("/v1/locations/")]) == 2
    assert len(_resident_requests(fake)) == 3 * 3


def test_a_server_that_ignores_the_offset_and_shuffles_the_same_items_is_stopped(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    fake.inject(Fault.shuffle(), f"GET {RESIDENTS}", times=None)
    pager = driver.list_pager(
        client, lambda c: c.residents.list(integration_id=RM, page_size=5, max_pages=50)
    )
    yielded: list[str] = []

    with pytest.raises(PaginationError, match=r"list_residents: 3 pages in a row up to offset"):
        for resident in pager:
            yielded.append(resident.id)
    assert len(yielded) == 5 == len(set(yielded))  # the first page's items, once each
    assert len(_resident_requests(fake)) == 1 + 3


def test_records_created_newest_first_during_a_walk_are_yielded_once(
    fake: FakePropexo, client: PropexoClient, driver: Driver
) -> None:
    """The default order is newest first: each record created while the walk is between pages
    pushes one already yielded onto the next page."""
    before = {
        r.id for r in driver.list_pager(client, lambda c: c.residents.list(integration_id=RM))
    }
    pager = driver.list_pager(client, lambda c: c.residents.list(integration_id=RM, page_size=5))
    yielded: list[str] = []
    for n, resident in enumerate(pager):
        yielded.append(resident.id)
        if n % 5 == 4:  # a page used up: three residents arrive before the next is fetched
            for k in range(3):
                fake.add_resident(f"new-{n}-{k}", RM, f"{RM}-prop-000")

    assert len(yielded) == len(set(yielded)) == 15
    assert set(yielded) == before
