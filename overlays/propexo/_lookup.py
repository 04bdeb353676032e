"""Reads (lookups) that end in a clear error, whatever the server did.

An HTTP error status is an `ApiError`. Everything else that can go wrong with a read is a
`LookupFailedError` naming the operation: no answer after the client's retries (connection
refused, reset, timed out), an answer too large to accept, or a 200 whose body is not what the
operation returns (a list, a page without `results`, not JSON). Nothing is written on a read,
so none of these leaves anything in doubt.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx

from ._errors import PropexoError
from ._sanitize import clean_text


class LookupFailedError(PropexoError):
    """A read got no answer this client can use; `cause` is the underlying error."""

    def __init__(self, operation: str, message: str, cause: BaseException) -> None:
        self.operation = operation
        self.message = message
        self.cause = cause
        super().__init__(f"{operation}: {message}")


def _describe(error: BaseException) -> str:
    name = type(error).__name__
    text = clean_text(str(error), limit=200)
    if isinstance(error, httpx.TransportError):
        return f"no usable answer ({name}: {text})" if text else f"no usable answer ({name})"
    return f"the answer is not what this operation returns ({name}: {text})"


@contextlib.contextmanager
def lookup(operation: str) -> Iterator[None]:
    """Around a generated read call and the reading of its result: transport errors and
    unreadable bodies become `LookupFailedError`."""
    try:
        yield
    except httpx.TransportError as error:
        raise LookupFailedError(operation, _describe(error), error) from error
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        RecursionError,
    ) as error:  # (json.JSONDecodeError is a ValueError)
        raise LookupFailedError(operation, _describe(error), error) from error
