"""The errors every generated operation raises; `propexo` re-exports them.

`sync()` and `asyncio()` raise `APIStatusError` (a subclass per status) on any non-2xx answer,
`APIConnectionError` / `APITimeoutError` when no answer came, and `ResponseValidationError` when
a 2xx body lacks what the spec requires. `sync_detailed()` and `asyncio_detailed()` return the raw
answer whatever its status. No error holds the bearer token: the response kept on an
`APIStatusError` is a copy without the Authorization header.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx


class PropexoError(Exception):
    """Base class of every error the client raises on purpose."""


class APIStatusError(PropexoError):
    """The API answered with a non-2xx status.

    `status_code`, `message` (the API's `error.message`, or an excerpt of the body), `body` (the
    decoded JSON body, None when it was not JSON) and `response` (the answer, without the
    Authorization header; None when built by hand).
    """

    body: Any = None
    response: httpx.Response | None = None

    def __init__(
        self,
        operation: str,
        status_code: int,
        message: str,
        *,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.operation = operation
        self.status_code = status_code
        self.message = message
        self.body = body
        self.response = response
        super().__init__(f"{operation}: HTTP {status_code}: {message}")


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429, after the client's own retries."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class UnexpectedStatus(APIStatusError):
    """Raised by `sync_detailed()` / `asyncio_detailed()` for an undocumented status when
    `Client.raise_on_unexpected_status` is True."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.content = content
        super().__init__("request", status_code, _excerpt(content) or "undocumented status")


class APIConnectionError(PropexoError):
    """No answer: the connection failed or broke (after the client's own retries)."""

    def __init__(self, operation: str, cause: Exception | None = None) -> None:
        self.operation = operation
        reason = f": {type(cause).__name__}" if cause is not None else ""
        super().__init__(f"{operation}: {self._what}{reason}")

    _what = "no answer from the API"


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout."""

    _what = "the API did not answer in time"


class ResponseValidationError(PropexoError, ValueError):
    """A 2xx answer that does not fit the spec: a required property is missing, or a value has
    the wrong type. `operation`, `model` and `field` name where (None when not known)."""

    def __init__(
        self,
        detail: str,
        *,
        operation: str | None = None,
        model: str | None = None,
        field: str | None = None,
    ) -> None:
        self.detail = detail
        self.operation = operation
        self.model = model
        self.field = field
        super().__init__(detail)

    def __str__(self) -> str:
        where = ".".join(part for part in (self.model, self.field) if part)
        head = ": ".join(part for part in (self.operation, where) if part)
        return f"{head}: {self.detail}" if head else self.detail


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The `APIStatusError` subclass for a status (`InternalServerError` for any 5xx)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def status_error(operation: str, response: httpx.Response) -> APIStatusError:
    """The error for a non-2xx `response` to `operation`."""
    content = response.content
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to parse
        body = None
    message = _message(body) or _excerpt(content) or response.reason_phrase
    return status_error_class(response.status_code)(
        operation, response.status_code, message, body=body, response=_without_auth(response)
    )


def _message(body: Any) -> str | None:
    error = body.get("error") if isinstance(body, Mapping) else None
    message = error.get("message") if isinstance(error, Mapping) else None
    return str(message)[:500] if message is not None else None


def _excerpt(content: bytes) -> str:
    return content.decode("utf-8", "replace").strip()[:200]


def _without_auth(response: httpx.Response) -> httpx.Response:
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    if request is not None:
        headers = {k: v for k, v in request.headers.items() if k.lower() != "authorization"}
        request = httpx.Request(request.method, request.url, headers=headers)
    # The content is already decoded: the copy must not decode it again.
    kept = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(response.status_code, headers=kept, content=response.content, request=request)


def pop_required(data: dict[str, Any], key: str, model: str) -> Any:
    """`data.pop(key)` for a property the spec requires; its absence names model and field."""
    try:
        return data.pop(key)
    except KeyError:
        raise ResponseValidationError("required property missing", model=model, field=key) from None


@contextmanager
def parsing(operation: str) -> Iterator[None]:
    """Turn any failure to read a response body into a `ResponseValidationError`."""
    try:
        yield
    except ResponseValidationError as error:
        if error.operation is None:
            error.operation = operation
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ResponseValidationError(f"{type(error).__name__}: {error}"[:300], operation=operation) from error


@contextmanager
def sending(operation: str) -> Iterator[None]:
    """Turn transport failures (after the client's retries) into `APIConnectionError`s."""
    try:
        yield
    except httpx.TimeoutException as error:
        raise APITimeoutError(operation, error) from error
    except httpx.TransportError as error:
        raise APIConnectionError(operation, error) from error


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "status_error",
    "status_error_class",
]
