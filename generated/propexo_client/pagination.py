"""Lazy iteration over the items of an offset/limit list operation, sync and asyncio.

A pager asks for the next page only when the items of the previous one are used up, so
``for resident in client.residents.list(): ...`` holds one page in memory at a time.
The walk ends on the first of: ``meta.hasMore`` false (else ``meta.total`` reached, else a short
page), an empty page, or a server that answers the same page again (it ignores the offset).
More than ``max_pages`` pages is a `PaginationError`, never an endless loop.

Every decision is made once, by `_walk`: a generator that does no I/O, yields "fetch the page at
this offset" and is sent the page, a flow like the overlay's (``propexo._flow``, which generated
code must not import). `SyncPager` and `AsyncPager` are its two drivers: they fetch what it asks
for and hand the pages on. This module is copied into the generated package by
``scripts/_resources.py``: it imports only the package's errors, and the overlay (``propexo``)
re-exports it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from .errors import PropexoError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Propexo's largest page (``limit`` is 1..250 on most list operations).
MAX_PAGE_SIZE = 250
#: Pages one walk may fetch before it is stopped: 2.5 million items at 250 a page.
DEFAULT_MAX_PAGES = 10_000


class PaginationError(PropexoError):
    """A list operation's pages cannot be walked to the end: a page without ``results``, a
    server that answers the same page again and again, or more pages than ``max_pages``."""

    def __init__(self, operation: str, message: str) -> None:
        self.operation = operation
        self.message = message
        super().__init__(f"{operation}: {message}")


class Page(Protocol[T_co]):
    """What a list operation answers: ``results`` and a ``meta`` with ``has_more``/``total``."""

    @property
    def results(self) -> Sequence[T_co]: ...

    @property
    def meta(self) -> Any: ...


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Fetch(NamedTuple):
    """The effect the walk yields: fetch the page of `limit` items starting at `offset`."""

    offset: int
    limit: int


#: The walk: yields `_Fetch` effects, is sent each fetched page, returns after the last one.
_Walk = Generator[_Fetch, object, None]


def _walk(operation: str, limit: int, max_pages: int) -> _Walk:
    """Every paging decision, with no I/O: yields where the next page starts and is sent that
    page (as httpx's ``Auth.auth_flow`` is sent responses). It returns after the last page and
    raises `PaginationError` when the pages cannot be walked to the end. `SyncPager` and
    `AsyncPager` only fetch what it asks for."""
    offset = 0
    pages = 0
    previous: tuple[object, ...] | None = None
    while True:
        page = yield _Fetch(offset, limit)
        results = getattr(page, "results", None)
        if not isinstance(results, list | tuple):
            raise PaginationError(
                operation,
                f"the page at offset {offset} has no results list (got {type(page).__name__})",
            )
        pages += 1
        if not results:
            return  # nothing at this offset: the offset would stop moving
        ids = tuple(getattr(item, "id", None) for item in results)
        if ids == previous:  # items without ids are never compared (previous is None then)
            raise PaginationError(
                operation,
                f"the server answered the same page at offsets {offset - len(ids)} and "
                f"{offset} (it ignores the offset); stopped",
            )
        previous = ids if None not in ids else None
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
            return
        if pages >= max_pages:
            raise PaginationError(
                operation,
                f"still more after {pages} pages ({offset} items); stopped (pass a larger max_pages to walk further)",
            )


def _advance(walk: _Walk, page: object) -> _Fetch | None:
    """Send `page` to the walk: the next page to fetch, or None after the last one."""
    try:
        return walk.send(page)
    except StopIteration:
        return None


def _checked_sizes(operation: str, page_size: int, max_page_size: int, max_pages: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"{operation}: page_size must be an integer, got {page_size!r}")
    if not 1 <= page_size <= max_page_size:
        raise ValueError(f"{operation}: page_size must be between 1 and {max_page_size}, got {page_size}")
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"{operation}: max_pages must be a positive integer, got {max_pages!r}")


class _Pager(Generic[T]):
    """What both pagers share: the checked sizes, the walk they start, their repr."""

    def __init__(self, operation: str, page_size: int, max_page_size: int, max_pages: int) -> None:
        _checked_sizes(operation, page_size, max_page_size, max_pages)
        self.operation = operation
        self.page_size = page_size
        self.max_pages = max_pages

    def _start(self) -> _Walk:
        return _walk(self.operation, self.page_size, self.max_pages)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.operation}, page_size={self.page_size})"


class SyncPager(_Pager[T]):
    """Every item of a list operation, fetched page by page as iteration needs them.

    ``fetch(offset, limit)`` returns one page. Each ``for`` loop (or `pages()` call) starts a
    new walk from the first page.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], object],
        *,
        operation: str,
        page_size: int = MAX_PAGE_SIZE,
        max_page_size: int = MAX_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(operation, page_size, max_page_size, max_pages)
        self._fetch = fetch

    def pages(self) -> Iterator[Page[T]]:
        """The pages themselves (``.results``, ``.meta``), one request each."""
        walk = self._start()
        request: _Fetch | None = next(walk)
        while request is not None:
            page = self._fetch(request.offset, request.limit)
            request = _advance(walk, page)
            yield cast("Page[T]", page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.results


class AsyncPager(_Pager[T]):
    """The asyncio form of `SyncPager`: ``async for item in pager``, ``pager.pages()``."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[object]],
        *,
        operation: str,
        page_size: int = MAX_PAGE_SIZE,
        max_page_size: int = MAX_PAGE_SIZE,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        super().__init__(operation, page_size, max_page_size, max_pages)
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages themselves (``.results``, ``.meta``), one request each."""
        walk = self._start()
        request: _Fetch | None = next(walk)
        while request is not None:
            page = await self._fetch(request.offset, request.limit)
            request = _advance(walk, page)
            yield cast("Page[T]", page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.results:
                yield item

    async def to_list(self) -> list[T]:
        """Every item, in one list."""
        return [item async for item in self]
