"""Lazy iteration over the items of an offset/limit list operation, sync and asyncio.

A pager asks for the next page only when the items of the previous one are used up, so
``for resident in client.residents.list(): ...`` holds one page in memory at a time.
The walk ends on the first of: ``meta.hasMore`` false (else ``meta.total`` reached, else a short
page), an empty page, or a server that answers the same page again (it ignores the offset).
More than ``max_pages`` pages is a `PaginationError`, never an endless loop.

The decisions live in `_Walk`, which does no I/O; `SyncPager` and `AsyncPager` only fetch.
This module is copied into the generated package by ``scripts/_resources.py``: it imports nothing
from the package, and the overlay (``propexo``) re-exports it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar, cast

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


class _Walk:
    """Where the next page starts and whether there is one; fed each page as it arrives."""

    def __init__(self, operation: str, page_size: int, max_pages: int) -> None:
        self.operation = operation
        self.limit = page_size
        self.max_pages = max_pages
        self.offset = 0
        self.pages = 0
        self.done = False
        self._previous: tuple[object, ...] | None = None

    def take(self, page: object) -> Sequence[Any]:
        """The items of `page` (fetched at `offset`); advances the walk or ends it."""
        results = getattr(page, "results", None)
        if not isinstance(results, list | tuple):
            raise PaginationError(
                self.operation,
                f"the page at offset {self.offset} has no results list (got {type(page).__name__})",
            )
        self.pages += 1
        meta = getattr(page, "meta", None)
        has_more = getattr(meta, "has_more", None)
        total = _count(getattr(meta, "total", None))
        if not results:
            self.done = True  # nothing at this offset: the offset would stop moving
            return results
        ids = tuple(getattr(item, "id", None) for item in results)
        if None not in ids and ids == self._previous:
            raise PaginationError(
                self.operation,
                f"the server answered the same page at offsets {self.offset - len(ids)} and "
                f"{self.offset} (it ignores the offset); stopped",
            )
        self._previous = ids if None not in ids else None
        if isinstance(has_more, bool):
            last = not has_more
        elif total is not None:
            last = self.offset + len(results) >= total
        else:
            last = len(results) < self.limit
        self.offset += len(results)
        if last:
            self.done = True
        elif self.pages >= self.max_pages:
            raise PaginationError(
                self.operation,
                f"still more after {self.pages} pages ({self.offset} items); stopped "
                "(pass a larger max_pages to walk further)",
            )
        return results


def _checked_sizes(operation: str, page_size: int, max_page_size: int, max_pages: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"{operation}: page_size must be an integer, got {page_size!r}")
    if not 1 <= page_size <= max_page_size:
        raise ValueError(f"{operation}: page_size must be between 1 and {max_page_size}, got {page_size}")
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"{operation}: max_pages must be a positive integer, got {max_pages!r}")


class SyncPager(Generic[T]):
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
        _checked_sizes(operation, page_size, max_page_size, max_pages)
        self._fetch = fetch
        self.operation = operation
        self.page_size = page_size
        self.max_pages = max_pages

    def pages(self) -> Iterator[Page[T]]:
        """The pages themselves (``.results``, ``.meta``), one request each."""
        walk = _Walk(self.operation, self.page_size, self.max_pages)
        while not walk.done:
            page = self._fetch(walk.offset, walk.limit)
            walk.take(page)
            yield cast("Page[T]", page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.results

    def __repr__(self) -> str:
        return f"SyncPager({self.operation}, page_size={self.page_size})"


class AsyncPager(Generic[T]):
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
        _checked_sizes(operation, page_size, max_page_size, max_pages)
        self._fetch = fetch
        self.operation = operation
        self.page_size = page_size
        self.max_pages = max_pages

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages themselves (``.results``, ``.meta``), one request each."""
        walk = _Walk(self.operation, self.page_size, self.max_pages)
        while not walk.done:
            page = await self._fetch(walk.offset, walk.limit)
            walk.take(page)
            yield cast("Page[T]", page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.results:
                yield item

    async def to_list(self) -> list[T]:
        """Every item, in one list."""
        return [item async for item in self]

    def __repr__(self) -> str:
        return f"AsyncPager({self.operation}, page_size={self.page_size})"
