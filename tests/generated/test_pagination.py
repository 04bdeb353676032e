"""The pager's decisions alone (`propexo_client.pagination._walk`), with no HTTP and no driver:
the walk is sent made-up pages and says which page to fetch next, or that it is done, or raises
`PaginationError`. The drivers' behaviour against the fake is in ../client/test_paging.py."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from propexo import PaginationError
from propexo_client.pagination import STALLED_PAGES, _Fetch, _Step, _walk

LIMIT = 3


@attrs.frozen
class _Item:
    id: str | None


@attrs.frozen
class _Meta:
    has_more: object = None
    total: object = None


@attrs.frozen
class _Page:
    results: Sequence[_Item]
    meta: _Meta = _Meta()


def _items(start: int, count: int) -> list[_Item]:
    return [_Item(f"item-{n}") for n in range(start, start + count)]


def _asked(pages: Sequence[object], *, limit: int = LIMIT, max_pages: int = 100) -> list[_Fetch]:
    """Every fetch the walk asks for while being sent `pages` in turn, until it is done."""
    steps = _steps(pages, limit=limit, max_pages=max_pages)
    return [step.fetch for step in steps if step.fetch is not None]


def _steps(pages: Sequence[object], *, limit: int = LIMIT, max_pages: int = 100) -> list[_Step]:
    """Every step of the walk while it is sent `pages` in turn, until it is done."""
    walk = _walk("list_things", limit, max_pages)
    steps = [next(walk)]
    for page in pages:
        steps.append(walk.send(page))
        if steps[-1].fetch is None:
            return steps
    raise AssertionError(f"the walk still asks for a page after {len(pages)}: {steps[-1]}")


def _stopped(pages: Sequence[object], **kw: Any) -> tuple[_Step, str]:
    """The last step of a walk that was stopped, and its error's message."""
    last = _steps(pages, **kw)[-1]
    assert last.fetch is None and last.stop is not None, f"the walk was not stopped: {last}"
    return last, str(last.stop)


def _yielded(pages: Sequence[object], **kw: Any) -> list[str | None]:
    """The ids of the items the walk hands on, in order."""
    return [item.id for step in _steps(pages, **kw) for item in step.items]


def test_the_first_page_is_asked_for_at_offset_zero_with_the_page_size() -> None:
    assert next(_walk("list_things", 7, 10)) == _Step([], _Fetch(offset=0, limit=7))


def test_each_page_moves_the_offset_by_the_items_it_held() -> None:
    pages = [
        _Page(_items(0, 3), _Meta(has_more=True)),
        _Page(_items(3, 2), _Meta(has_more=True)),  # a short page does not end a hasMore walk
        _Page(_items(5, 3), _Meta(has_more=False)),
    ]

    assert _asked(pages) == [_Fetch(0, 3), _Fetch(3, 3), _Fetch(5, 3)]


@pytest.mark.parametrize(
    ("metas", "pages"),
    [
        ([_Meta(has_more=False, total=100)], 1),  # hasMore is believed before total
        ([_Meta(has_more=True, total=3), _Meta(has_more=False, total=3)], 2),
        ([_Meta(total=6)] * 2, 2),  # no hasMore: the total is reached
        ([_Meta(total=True)] * 3, 3),  # a bool is no count: only the short page ends it
        ([_Meta(has_more="yes")] * 3, 3),  # nor is a hasMore that is not a bool
        ([_Meta()] * 3, 3),  # neither: the short page (1 of 3) ends the walk
    ],
)
def test_the_last_page_is_known_from_has_more_else_total_else_a_short_page(
    metas: list[_Meta], pages: int
) -> None:
    served = [_Page(_items(0, 3)), _Page(_items(3, 3)), _Page(_items(6, 1))]
    served = [attrs.evolve(page, meta=meta) for page, meta in zip(served, metas, strict=False)]

    assert len(_asked(served)) == pages


def test_an_empty_page_ends_the_walk_even_when_the_server_says_has_more() -> None:
    pages = [_Page(_items(0, 3), _Meta(has_more=True)), _Page([], _Meta(has_more=True))]

    assert _asked(pages) == [_Fetch(0, 3), _Fetch(3, 3)]


def test_the_same_items_again_is_a_server_that_ignores_the_offset() -> None:
    same = _Page(_items(0, 3), _Meta(has_more=True))

    with pytest.raises(
        PaginationError,
        match=r"^list_things: the server answered the same page at offsets 0 and 3 ",
    ):
        _asked([same, same])


def test_items_without_ids_are_never_taken_for_a_repeated_page() -> None:
    anonymous = _Page([_Item(None)] * 3, _Meta(has_more=True))
    last = _Page([_Item(None)], _Meta(has_more=False))

    assert len(_asked([anonymous, anonymous, last])) == 3


def test_an_item_whose_id_came_earlier_in_the_walk_is_not_handed_on_again() -> None:
    # newest first, two items created between the pages: the second page starts with the
    # last two of the first again
    pages = [
        _Page(_items(0, 3), _Meta(has_more=True)),
        _Page([*_items(1, 2), _Item("item-3")], _Meta(has_more=True)),
        _Page([_Item("item-3"), *_items(4, 1)], _Meta(has_more=False)),
    ]

    assert _yielded(pages) == ["item-0", "item-1", "item-2", "item-3", "item-4"]


def test_an_id_twice_on_one_page_is_handed_on_once_and_items_without_ids_always() -> None:
    page = _Page([_Item("a"), _Item(None), _Item("a"), _Item(None)], _Meta(has_more=False))

    assert _yielded([page]) == ["a", None, None]


def test_pages_of_only_items_already_sent_stop_the_walk_as_going_in_circles() -> None:
    # a server that ignores the offset and shuffles the same three items on every page
    shuffles = [["a", "b", "c"], ["c", "a", "b"], ["b", "c", "a"], ["a", "c", "b"]]
    pages = [_Page([_Item(i) for i in ids], _Meta(has_more=True)) for ids in shuffles * 5]

    last, message = _stopped(pages)

    assert re.match(
        rf"^list_things: {STALLED_PAGES} pages in a row up to offset 12 held only items "
        r"already sent in this walk \(the server ignores the offset or goes in circles\)",
        message,
    )
    assert last.items == []


def test_fewer_pages_in_a_row_of_items_already_sent_do_not_stop_the_walk() -> None:
    # a list that grew by whole pages while it was walked: one page of repeats, then new items
    pages = [
        _Page(_items(0, 3), _Meta(has_more=True)),
        *[
            _Page([*_items(0, 3)[k:], *_items(0, 3)[:k]], _Meta(has_more=True))
            for k in range(1, STALLED_PAGES)
        ],
        _Page(_items(3, 2), _Meta(has_more=False)),
    ]

    assert _yielded(pages) == [f"item-{n}" for n in range(5)]


@pytest.mark.parametrize(
    "page",
    [object(), _Meta(), {"results": [1]}, SimpleNamespace(results={"logs": []}), _Item("x")],
)
def test_a_page_without_a_results_list_is_refused(page: object) -> None:
    with pytest.raises(
        PaginationError, match=r"^list_things: the page at offset 0 has no results list \(got "
    ):
        _asked([page])


def test_more_pages_than_max_pages_is_an_error_naming_pages_and_items() -> None:
    endless = [_Page(_items(n * 3, 3), _Meta(has_more=True)) for n in range(10)]

    _, message = _stopped(endless, max_pages=4)

    assert re.search(r"still more after 4 pages \(12 items\); stopped", message)


def test_the_new_items_of_the_last_allowed_page_are_handed_on_before_the_walk_stops() -> None:
    endless = [_Page(_items(n * 3, 3), _Meta(has_more=True)) for n in range(10)]

    steps = _steps(endless, max_pages=2)

    assert [item.id for step in steps for item in step.items] == [f"item-{n}" for n in range(6)]
    assert [step.fetch is None for step in steps] == [False, False, True]
    assert isinstance(steps[-1].stop, PaginationError)


def test_a_walk_that_ends_on_its_last_allowed_page_is_not_an_error() -> None:
    pages = [_Page(_items(0, 3), _Meta(has_more=True)), _Page(_items(3, 3), _Meta(has_more=False))]

    assert len(_asked(pages, max_pages=2)) == 2


def test_the_walk_is_done_after_the_last_page() -> None:
    walk = _walk("list_things", LIMIT, 10)
    next(walk)

    assert walk.send(_Page(_items(0, 1))).fetch is None
    with pytest.raises(StopIteration):
        walk.send(_Page(_items(1, 1)))  # a finished walk asks for nothing more


def _served(total: int, limit: int, meta: str) -> list[_Page]:
    """A well-behaved server's pages of `total` items, with hasMore, total or neither."""
    pages = []
    for offset in range(0, total + limit, limit):
        count = max(0, min(limit, total - offset))
        more = offset + count < total
        info: dict[str, Any] = {"has_more": more} if meta == "has_more" else {}
        if meta == "total":
            info["total"] = total
        pages.append(_Page(_items(offset, count), _Meta(**info)))
    return pages


@given(
    total=st.integers(0, 60),
    limit=st.integers(1, 12),
    meta=st.sampled_from(["has_more", "total", "neither"]),
)
def test_a_well_behaved_server_is_walked_in_ceil_n_over_limit_requests(
    total: int, limit: int, meta: str
) -> None:
    asked = _asked(_served(total, limit, meta), limit=limit)

    # without hasMore or total, a last page that is full needs one more (empty) page to tell
    extra = 1 if meta == "neither" and total % limit == 0 else 0
    expected = max(1, math.ceil(total / limit) + extra)
    assert len(asked) == expected
    assert asked == [_Fetch(n * limit, limit) for n in range(expected)]
