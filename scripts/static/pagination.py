"""Lazy iteration over the items of an offset/limit list operation, sync and asyncio.

A pager asks for the next page only when the items of the previous one are used up, so
``for resident in client.residents.list(): ...`` holds one page in memory at a time.
The walk ends on the first of: ``meta.hasMore`` false (else ``meta.total`` reached, else a short
page) or an empty page. Iterating a pager yields each item once per walk: an item whose ``id``
came earlier in the walk is skipped (offset pages over a list that grows while it is walked,
newest first by default, repeat items; the walk keeps only the ids). A server that goes in circles
is a `ResponseValidationError` (``PaginationError`` is its old name), never an endless loop: the
same page again (it ignores the offset), `STALLED_PAGES` pages in a row without an item not seen
before (it shuffles the same items), or more than ``max_pages`` pages; it is raised once the new
items of the last page taken are handed on, so that a loop over the items sees every item the
walk fetched.

`SyncPager` and `AsyncPager` have the same methods (the async ones awaited, or iterated with
``async for``): iterating a pager gives the items; ``pages()`` gives each `Page`: its
``results`` and ``meta`` as the server sent them, the ``offset`` it was fetched at and
``has_next_page()`` (as openai-python's pages have it); ``first_page()`` fetches the first page
alone; ``to_list()`` gives every item in one list. Nothing is fetched until one of them is used,
and each use starts a new walk from the first page.

Every decision is made once, by `_walk`: a generator that does no I/O, yields "fetch the page at
this offset" and is sent the page, a flow like the overlay's (``propexo._flow``, which generated
code must not import). `SyncPager` and `AsyncPager` are its two drivers: they fetch what it asks
for and hand on the pages, or the items the walk says are new. This module is copied into the
generated package by ``scripts/_resources.py``: it imports only attrs and the package's errors,
and the overlay (``propexo``) re-exports it.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Sequence,
)
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from .errors import ResponseValidationError

T = TypeVar("T")
#: What a pager's ``fetch`` is: a function, or a coroutine function, of (offset, limit).
F = TypeVar("F")

#: Propexo's largest page (``limit`` is 1..250 on most list operations).
MAX_PAGE_SIZE = 250
#: Pages one walk may fetch before it is stopped: 2.5 million items at 250 a page.
DEFAULT_MAX_PAGES = 10_000
#: Pages in a row without an item not seen before in the walk that stop it: a list that grows
#: by a page or two while it is walked is still walked; a server shuffling the same items is not.
STALLED_PAGES = 3


#: The old name of the error a walk that cannot end raises: the server sent pages this client
#: refuses (a page without ``results``, the same page again, only items already sent
#: `STALLED_PAGES` pages in a row) or more pages than ``max_pages``.
PaginationError = ResponseValidationError


def _stopped(operation: str, detail: str) -> ResponseValidationError:
    return ResponseValidationError(detail, operation=operation)


@attrs.frozen
class Page(Generic[T]):
    """One page of a walk: its ``results`` and ``meta`` as the server sent them, the
    ``offset`` it was asked for at, and whether the list goes on after it."""

    results: Sequence[T]
    meta: Any
    offset: int
    _has_next: bool = attrs.field(alias="has_next", repr=False)

    def has_next_page(self) -> bool:
        """Whether the list goes on after this page: ``meta.hasMore``, else ``meta.total`` not
        reached, else a full page, and not empty. When the walk was stopped here (``max_pages``,
        a server going in circles), it raises `ResponseValidationError` instead of fetching it."""
        return self._has_next


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Fetch(NamedTuple):
    """The effect the walk yields: fetch the page of `limit` items starting at `offset`."""

    offset: int
    limit: int


class _Step(NamedTuple):
    """What the walk yields: the items of the page it was sent that this walk has not yielded
    before (none before the first page), and the page to fetch next (None after the last).
    `stop` is the error that ends a walk the server would have gone on with (``max_pages``
    reached, a server going in circles): raised once this page's items are handed on."""

    items: list[Any]
    fetch: _Fetch | None
    stop: ResponseValidationError | None = None


#: The walk: yields a `_Step` for the start and for each page it is sent, then returns.
_Walk = Generator[_Step, object, None]


def _key(item: object) -> str | int | None:
    """The item's ``id`` when it can tell items apart (a string or an integer), else None."""
    key = getattr(item, "id", None)
    if isinstance(key, str) or (isinstance(key, int) and not isinstance(key, bool)):
        return key
    return None


def _walk(operation: str, limit: int, max_pages: int) -> _Walk:
    """Every paging decision, with no I/O: yields where the next page starts and is sent that
    page (as httpx's ``Auth.auth_flow`` is sent responses). Each step also carries the page's
    items whose ids this walk has not yielded yet (items without an id always). It returns
    after the last page. A page it cannot take (no results list, the same page again) raises
    `ResponseValidationError` at once; a walk stopped after a page it took (``max_pages``, pages of
    only repeats) ends with a step whose `stop` is that error, so that the page's new items
    are handed on first. `SyncPager` and `AsyncPager` only fetch what it asks for."""
    offset = 0
    pages = 0
    stalled = 0
    seen: set[str | int] = set()
    previous: tuple[object, ...] | None = None
    page = yield _Step([], _Fetch(offset, limit))
    while True:
        results = getattr(page, "results", None)
        if not isinstance(results, list | tuple):
            raise _stopped(
                operation,
                f"the page at offset {offset} has no results list (got {type(page).__name__})",
            )
        pages += 1
        if not results:
            yield _Step([], None)  # nothing at this offset: the offset would stop moving
            return
        ids = tuple(_key(item) for item in results)
        if ids == previous:  # items without ids are never compared (previous is None then)
            raise _stopped(
                operation,
                f"the server answered the same page at offsets {offset - len(ids)} and "
                f"{offset} (it ignores the offset); stopped",
            )
        previous = ids if None not in ids else None
        fresh = []
        for item, key in zip(results, ids, strict=True):
            if key is None or key not in seen:
                fresh.append(item)
            if key is not None:
                seen.add(key)
        stalled = stalled + 1 if previous is not None and not fresh else 0
        meta = getattr(page, "meta", None)
        has_more = getattr(meta, "has_more", None)
        total = _count(getattr(meta, "total", None))
        if isinstance(has_more, bool):
            last = not has_more
        elif total is not None:
            last = offset + len(results) >= total
        else:
            last = len(results) < limit
        offset += len(results)
        if last:
            yield _Step(fresh, None)
            return
        stop = None
        if stalled >= STALLED_PAGES:
            stop = _stopped(
                operation,
                f"{stalled} pages in a row up to offset {offset} held only items already "
                "sent in this walk (the server ignores the offset or goes in circles); stopped",
            )
        elif pages >= max_pages:
            stop = _stopped(
                operation,
                f"still more after {pages} pages ({offset} items); stopped "
                "(pass a larger max_pages to walk further)",
            )
        if stop is not None:
            yield _Step(fresh, None, stop)
            return
        page = yield _Step(fresh, _Fetch(offset, limit))


def _checked_sizes(operation: str, page_size: int, max_page_size: int, max_pages: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"{operation}: page_size must be an integer, got {page_size!r}")
    if not 1 <= page_size <= max_page_size:
        raise ValueError(
            f"{operation}: page_size must be between 1 and {max_page_size}, got {page_size}"
        )
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"{operation}: max_pages must be a positive integer, got {max_pages!r}")


def _page(answer: Any, offset: int, step: _Step) -> Page[Any]:
    """The `Page` of a list operation's answer at `offset`, once the walk has been sent it
    (and so has checked its ``results``) and has said in `step` whether it goes on."""
    return Page(
        tuple(answer.results),
        getattr(answer, "meta", None),
        offset,
        has_next=step.fetch is not None or step.stop is not None,
    )


class _Pager(Generic[T, F]):
    """What both pagers share: the checked sizes, the fetch and the walk they start, their repr."""

    def __init__(
        self,
        fetch: F,
        *,
        operation: str,
        page_size: int = MAX_PAGE_SIZE,
        max_page_size: int = MAX_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        _checked_sizes(operation, page_size, max_page_size, max_pages)
        self.operation = operation
        self.page_size = page_size
        self.max_pages = max_pages
        self._fetch = fetch

    def _start(self) -> _Walk:
        return _walk(self.operation, self.page_size, self.max_pages)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operation}, page_size={self.page_size})"


class SyncPager(_Pager[T, Callable[[int, int], object]]):
    """Every item of a list operation, fetched page by page as iteration needs them.

    ``fetch(offset, limit)`` returns one page. Nothing is fetched until the pager is used, and
    each use (a ``for`` loop, `pages()`, `first_page()`, `to_list()`) starts a new walk from
    the first page.
    """

    def _steps(self) -> Generator[tuple[Page[T], list[T]], None, None]:
        """Each page of one walk, with its items not yielded before in the walk."""
        walk = self._start()
        step = next(walk)
        while step.fetch is not None:
            offset = step.fetch.offset
            answer = self._fetch(offset, step.fetch.limit)
            step = walk.send(answer)
            yield _page(answer, offset, step), step.items
        if step.stop is not None:
            raise step.stop

    def __iter__(self) -> Iterator[T]:
        for _, items in self._steps():
            yield from items

    def pages(self) -> Iterator[Page[T]]:
        """Each `Page`, one request each; the walk stops where iterating the items would."""
        for page, _ in self._steps():
            yield page

    def first_page(self) -> Page[T]:
        """The first page alone (one request); `Page.has_next_page()` tells whether there are
        more."""
        steps = self._steps()
        try:
            page, _ = next(steps)
            return page
        finally:
            steps.close()

    def to_list(self) -> list[T]:
        """Every item, in one list."""
        return list(self)


class AsyncPager(_Pager[T, Callable[[int, int], Awaitable[object]]]):
    """The asyncio form of `SyncPager`, with the same methods: ``async for item in pager``,
    ``pager.pages()`` (``async for``), ``await pager.first_page()``, ``await pager.to_list()``.
    """

    async def _steps(self) -> AsyncGenerator[tuple[Page[T], list[T]], None]:
        """Each page of one walk, with its items not yielded before in the walk."""
        walk = self._start()
        step = next(walk)
        while step.fetch is not None:
            offset = step.fetch.offset
            answer = await self._fetch(offset, step.fetch.limit)
            step = walk.send(answer)
            yield _page(answer, offset, step), step.items
        if step.stop is not None:
            raise step.stop

    async def __aiter__(self) -> AsyncIterator[T]:
        async for _, items in self._steps():
            for item in items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Each `Page`, one request each; the walk stops where iterating the items would."""
        async for page, _ in self._steps():
            yield page

    async def first_page(self) -> Page[T]:
        """The first page alone (one request); `Page.has_next_page()` tells whether there are
        more."""
        steps = self._steps()
        try:
            page, _ = await anext(steps)
            return page
        finally:
            await steps.aclose()

    async def to_list(self) -> list[T]:
        """Every item, in one list."""
        return [item async for item in self]
