"""How the pagers are typed for their users, checked twice: pytest runs these tests, and the
``typecheck`` session runs ``mypy --strict`` (and pyright) on this file as on a user's code.

A generated list method returns `SyncPager[Model]` (`AsyncPager[Model]` on the async client),
and every method of the pager keeps the item type. `assert_type` is checked by the type
checkers and is a no-op when run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_type

from propexo import AsyncPager, AsyncPropexoClient, PropexoClient, SyncPager
from propexo_client.models import Resident
from propexo_client.pagination import Page


def _pages_of_residents(client: PropexoClient) -> None:
    """Type-checked, never called: what a list method's pager gives, sync."""
    pager = assert_type(client.residents.list(integration_id="int-1"), SyncPager[Resident])
    for resident in pager:
        assert_type(resident, Resident)
    page = assert_type(pager.first_page(), Page[Resident])
    assert_type(page.results, Sequence[Resident])
    assert_type(page.has_next_page(), bool)
    assert_type(pager.to_list(), list[Resident])
    for each in pager.pages():
        assert_type(each, Page[Resident])


async def _apages_of_residents(client: AsyncPropexoClient) -> None:
    """Type-checked, never called: the same for the asyncio pager."""
    pager = assert_type(client.residents.list(integration_id="int-1"), AsyncPager[Resident])
    async for resident in pager:
        assert_type(resident, Resident)
    page = assert_type(await pager.first_page(), Page[Resident])
    assert_type(page.results, Sequence[Resident])
    assert_type(await pager.to_list(), list[Resident])
    async for each in pager.pages():
        assert_type(each, Page[Resident])


class _Item:
    def __init__(self, n: int) -> None:
        self.id = n


class _Answer:
    """A one-page list: three items, hasMore false."""

    def __init__(self) -> None:
        self.results = [_Item(n) for n in range(3)]
        self.meta = None


def test_a_pager_over_a_typed_fetch_keeps_the_item_type() -> None:
    pager: SyncPager[_Item] = SyncPager(lambda offset, limit: _Answer(), operation="list_things")

    items = assert_type(pager.to_list(), list[_Item])

    assert [item.id for item in items] == [0, 1, 2]
    assert [item.id for item in assert_type(pager.first_page().results, Sequence[_Item])] == [
        0,
        1,
        2,
    ]
