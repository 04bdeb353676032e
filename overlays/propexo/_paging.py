"""Walking Propexo's offset/limit list pages for the overlay's lookups (charges' directory).

The walk itself is the generated package's pager (`propexo_client.pagination`, re-exported as
`propexo.SyncPager`/`AsyncPager`): lazy, bounded (`max_pages`), each item once a walk, and stopped
by an empty page or a server that goes in circles. Here each page is checked first
(`APIStatusError` on an error status, as the CLI expects of lookups), and a walk that cannot end
is the pager's `ResponseValidationError`, naming the lookup too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from propexo_client.pagination import (
    DEFAULT_MAX_PAGES,
    MAX_PAGE_SIZE,
    AsyncPager,
    SyncPager,
)
from propexo_client.types import Response

from ._errors import api_error
from ._lookup import lookup

__all__ = ["DEFAULT_MAX_PAGES", "MAX_PAGE_SIZE", "afetch_all", "fetch_all", "paged"]

T = TypeVar("T")


def paged(call: Callable[..., T], **arguments: Any) -> Callable[[int, int], T]:
    """`call` (a generated list operation) with its other arguments bound: the
    `fetch(offset, limit)` that `fetch_all` and `afetch_all` walk."""
    return lambda offset, limit: call(offset=offset, limit=limit, **arguments)


def _checked(operation: str, response: Response[Any]) -> Any:
    parsed = response.parsed
    if response.status_code != 200 or parsed is None or not hasattr(parsed, "results"):
        raise api_error(operation, response)
    return parsed


def fetch_all(
    operation: str,
    fetch: Callable[[int, int], Response[Any]],
    limit: int = MAX_PAGE_SIZE,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> list[Any]:
    """Every item of a list endpoint; `fetch(offset, limit)` calls the generated operation.
    One request per page: the last page is recognised from `meta` without an extra call."""

    def page(offset: int, size: int) -> Any:
        with lookup(operation):
            return _checked(operation, fetch(offset, size))

    pager: SyncPager[Any] = SyncPager(
        page,
        operation=operation,
        page_size=limit,
        max_pages=max_pages,
    )
    return pager.to_list()


async def afetch_all(
    operation: str,
    fetch: Callable[[int, int], Awaitable[Response[Any]]],
    limit: int = MAX_PAGE_SIZE,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> list[Any]:
    """The asyncio form of `fetch_all`."""

    async def page(offset: int, size: int) -> Any:
        with lookup(operation):
            return _checked(operation, await fetch(offset, size))

    pager: AsyncPager[Any] = AsyncPager(
        page, operation=operation, page_size=limit, max_pages=max_pages
    )
    return await pager.to_list()
