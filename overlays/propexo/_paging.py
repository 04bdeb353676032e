"""Walking Propexo's offset/limit list pages through a generated list operation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from propexo_client.types import Response

from ._errors import ApiError, error_message
from ._lookup import lookup

#: Propexo's largest page.
MAX_PAGE_SIZE = 250
T = TypeVar("T")


def paged(call: Callable[..., T], **arguments: Any) -> Callable[[int, int], T]:
    """`call` (a generated list operation) with its other arguments bound: the
    `fetch(offset, limit)` that `fetch_all` and `afetch_all` walk."""
    return lambda offset, limit: call(offset=offset, limit=limit, **arguments)


def _checked(operation: str, response: Response[Any]) -> Any:
    parsed = response.parsed
    if response.status_code != 200 or parsed is None or not hasattr(parsed, "results"):
        raise ApiError(operation, int(response.status_code), error_message(response))
    return response.parsed


def _last(page: Any, offset: int, limit: int) -> bool:
    meta = page.meta
    if isinstance(meta.has_more, bool):
        return not meta.has_more
    if isinstance(meta.total, int):
        return offset + len(page.results) >= meta.total
    return len(page.results) < limit


def fetch_all(
    operation: str, fetch: Callable[[int, int], Response[Any]], limit: int = MAX_PAGE_SIZE
) -> list[Any]:
    """Every item of a list endpoint; `fetch(offset, limit)` calls the generated operation.
    One request per page: the last page is recognised from `meta` without an extra call."""
    items: list[Any] = []
    offset = 0
    while True:
        with lookup(operation):
            page = _checked(operation, fetch(offset, limit))
            items.extend(page.results)
            last = _last(page, offset, limit) or not page.results
        if last:
            return items
        offset += len(page.results)


async def afetch_all(
    operation: str,
    fetch: Callable[[int, int], Awaitable[Response[Any]]],
    limit: int = MAX_PAGE_SIZE,
) -> list[Any]:
    """The asyncio twin of `fetch_all`."""
    items: list[Any] = []
    offset = 0
    while True:
        with lookup(operation):
            page = _checked(operation, await fetch(offset, limit))
            items.extend(page.results)
            last = _last(page, offset, limit) or not page.results
        if last:
            return items
        offset += len(page.results)
