"""Reads (lookups) that end in a clear error, whatever the server did.

An HTTP error status is an `APIStatusError`. No answer after the client's retries (connection
refused, reset, timed out) is an `APIConnectionError` (`APITimeoutError`) naming the operation,
as every generated operation raises it; an answer this client refuses (too large, a 200 whose
body is not what the operation returns: a list, a page without `results`, not JSON) is a
`ResponseValidationError` naming the operation. Nothing is written on a read, so none of these
leaves anything in doubt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from propexo_client.errors import APIConnectionError, ResponseValidationError, sending

from ._sanitize import clean_text

#: The old name of a lookup's "no usable answer": the one "no answer" error of the library.
LookupFailedError = APIConnectionError


def _describe(error: BaseException) -> str:
    name = type(error).__name__
    text = clean_text(str(error), limit=200)
    return f"the answer is not what this operation returns ({name}: {text})"


@contextlib.contextmanager
def lookup(operation: str) -> Iterator[None]:
    """Around a generated read call and the reading of its result: transport errors become
    `APIConnectionError`s and unreadable bodies `ResponseValidationError`s, naming
    `operation`."""
    try:
        with sending(operation):
            yield
    except ResponseValidationError as error:
        if error.operation in (None, operation):
            error.operation = operation
            raise
        # The generated operation's name goes after the lookup's: "list Rent Manager
        # locations (list_locations_rentmanager): ResponseMeta.orderBy: ...".
        where = f"{operation} ({error.operation})"
        raise ResponseValidationError(
            error.detail, operation=where, model=error.model, field=error.field
        ) from error
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        RecursionError,
    ) as error:  # (json.JSONDecodeError is a ValueError)
        raise ResponseValidationError(_describe(error), operation=operation) from error
