"""The errors every generated operation raises; `propexo` re-exports them.

`sync()` and `asyncio()` raise `APIStatusError` (a subclass per status) on any non-2xx answer,
`APIConnectionError` / `APITimeoutError` when no answer came, and `ResponseValidationError` when
a 2xx body lacks what the spec requires. `sync_detailed()` and `asyncio_detailed()` return the raw
answer whatever its status (an error body that does not fit the spec's error schema is
`parsed=None`, not an exception); an argument that cannot be sent is a `ConfigurationError`
before any request. No error holds the bearer token: the response kept on an
`APIStatusError` is a copy without the Authorization, Cookie and Set-Cookie headers, and its
message is server text cleaned by `text.clean_text`.

Every error pickles (a worker process's error reaches its parent whole): `PropexoError.__reduce__`
rebuilds it from its message and attributes, not by calling `__init__` again. This module is
copied into the generated package by the regeneration (``scripts/static/``); the overlay
(``propexo._errors``) declares the rest of the library's errors on `PropexoError`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import httpx

from .text import clean_text, decode_json, error_message
from .types import Unset


class PropexoError(Exception):
    """Base class of every error the client raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds with `type(self)(*self.args)`: wrong for an `__init__` that takes
        # other arguments than the message (a TypeError in the parent, a broken process pool).
        return _rebuilt, (type(self), self.args), self.__dict__


def _rebuilt(cls: type[PropexoError], args: tuple[Any, ...]) -> PropexoError:
    """An error of `cls` with `args`, its `__init__` not called (`__reduce__` adds its state)."""
    error = cls.__new__(cls, *args)
    error.args = args
    return error


class APIStatusError(PropexoError):
    """The API answered with a non-2xx status.

    `status_code`, `message` (the API's `error.message`, a proxy's top-level `message`, or an
    excerpt of the body; cleaned, see `text.error_message`), `body` (the decoded JSON body, None
    when it was not JSON) and `response` (the answer, without credential headers; None when
    built by hand); from it `request` (the request, without credential headers), `headers`
    (the answer's) and `code` (Propexo's `error.code`, when the body has one).
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

    @property
    def request(self) -> httpx.Request | None:
        """The request that was answered, without credential headers (None when unknown)."""
        try:
            return None if self.response is None else self.response.request
        except RuntimeError:  # a response built without its request
            return None

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers, without credential headers (empty when built by hand)."""
        return httpx.Headers() if self.response is None else self.response.headers

    @property
    def code(self) -> str | None:
        """Propexo's machine-readable `error.code` (a string or integer in the body, at most
        200 characters), else None."""
        error = self.body.get("error") if isinstance(self.body, dict) else None
        found = error.get("code") if isinstance(error, dict) else None
        if isinstance(found, bool) or not isinstance(found, str | int):
            return None
        text = str(found)
        return text if 0 < len(text) <= 200 and text.isprintable() else None


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


class APIConnectionError(PropexoError):
    """No answer: the connection failed or broke (after the client's own retries), for every
    request of the library (an operation, a lookup, a job's status). `operation` names the
    request; the message adds the cause's type and text (cleaned, see `text.clean_text`), then
    `note` (what the caller should know, such as whether a write may have been processed)."""

    def __init__(self, operation: str, cause: BaseException | None = None, *, note: str = "") -> None:
        self.operation = operation
        reason = ""
        if cause is not None:
            text = clean_text(str(cause), limit=200)
            reason = f": {type(cause).__name__}: {text}" if text else f": {type(cause).__name__}"
        super().__init__(f"{operation}: {self._what}{reason}{note}")

    _what = "no answer from the API"


class APITimeoutError(APIConnectionError):
    """No answer within the client's timeout."""

    _what = "the API did not answer in time"


class ConfigurationError(PropexoError, ValueError):
    """A setting or an argument is unusable (a plain-http URL to a remote host, a bad limit, an
    empty, "." or ".." path id): raised before any request. `parameter` names the argument of
    an operation at fault (None for a client setting)."""

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        self.parameter = parameter
        super().__init__(message)


#: The earlier name of a `ConfigurationError` about an argument of an operation.
InvalidParameterError = ConfigurationError


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


#: The name of an undocumented status's error before it was folded into `APIStatusError` (each
#: status has its subclass: an undocumented 404 is a `NotFoundError`).
UnexpectedStatus = APIStatusError


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The `APIStatusError` subclass for a status (`InternalServerError` for any 5xx)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def status_error(operation: str, response: httpx.Response) -> APIStatusError:
    """The error for a non-2xx `response` to `operation`."""
    content = response.content
    body = decode_json(content)
    message = error_message(body, content) or response.reason_phrase
    return status_error_class(response.status_code)(
        operation, response.status_code, message, body=body, response=_without_credentials(response)
    )


#: Headers that carry credentials one way or the other: never kept on an error.
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
#: Headers of the decoded content that a copy must not carry (it would be decoded again).
_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _without_credentials(response: httpx.Response) -> httpx.Response:
    """A copy of `response` (and of its request) without credential headers: a server or a
    proxy may echo the Authorization header back."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    if request is not None:
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in CREDENTIAL_HEADERS]
        request = httpx.Request(request.method, request.url, headers=headers)
    dropped = CREDENTIAL_HEADERS | _ENCODING_HEADERS
    kept = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in dropped]
    return httpx.Response(response.status_code, headers=kept, content=response.content, request=request)


def pop_required(data: dict[str, Any], key: str, model: str) -> Any:
    """`data.pop(key)` for a property the spec requires; its absence names model and field."""
    try:
        return data.pop(key)
    except KeyError:
        raise ResponseValidationError("required property missing", model=model, field=key) from None


def path_segment(parameter: str, value: object) -> str:
    """`value` as one percent-encoded path segment (`/` and `%` encoded). An empty, "." or ".."
    id would name another path (`/v1/residents/..` is `/v1`): refused, naming `parameter`."""
    text = str(value)
    if text in ("", ".", ".."):
        shown = "empty" if not text else f"{text!r}"
        detail = f"an id cannot be {shown} (nothing was sent)"
        raise ConfigurationError(f"{parameter}: {detail}", parameter=parameter)
    return quote(text, safe="")


#: What a value of each primitive type is called in a `ResponseValidationError`.
_KINDS = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}
_INTEGER = re.compile(r"[+-]?[0-9]{1,30}")
_NUMBER = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?(?:[eE][+-]?[0-9]{1,3})?")


def _shown(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number" if isinstance(value, int) or math.isfinite(value) else "NaN or infinity"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _fits(value: object, kind: str) -> bool:
    if kind == "bool" or isinstance(value, bool):  # a JSON boolean is no number
        return kind == "bool" and isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int)
    if kind == "float":
        return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))
    return kind == "str" and isinstance(value, str)


def _converted(value: object, kind: str) -> object:
    """`value` as `kind` when that loses nothing, else None."""
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
    if kind == "float" and isinstance(value, str) and _NUMBER.fullmatch(value):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def conform(value: Any, *kinds: str) -> Any:
    """`value` as a response property of one of the primitive `kinds` ("str", "int", "float",
    "bool") wants it, or `TypeError` (which `from_dict` turns into a `ResponseValidationError`
    naming model and field).

    The rule: a value of the right type is kept (an int is a number; a boolean is neither);
    a value that converts without loss is converted ("125" or 125.0 for an integer -> 125,
    "12.5" for a number -> 12.5); anything else (null where null is not allowed, "12.5" for an
    integer, 123 for a string, NaN) is refused. `UNSET` (an absent optional property) passes."""
    if isinstance(value, Unset):
        return value
    for kind in kinds:
        if _fits(value, kind):
            return value
    for kind in kinds:
        converted = _converted(value, kind)
        if converted is not None:
            return converted
    wanted = " or ".join(_KINDS[kind] for kind in kinds)
    raise TypeError(f"expected {wanted}, got {_shown(value)}")


def conform_list(value: Any, *kinds: str) -> Any:
    """`value` as a list property wants it: an array (`TypeError` otherwise), each item
    through `conform(item, *kinds)` (items of any type when no `kinds`). `UNSET` passes."""
    if isinstance(value, Unset):
        return value
    if not isinstance(value, list):
        raise TypeError(f"expected an array, got {_shown(value)}")
    return [conform(item, *kinds) for item in value] if kinds else value


def field_error(error: Exception, model: str, field: str) -> ResponseValidationError:
    """The `ResponseValidationError` for `error`, raised while reading `field` of `model`."""
    detail = clean_text(str(error), limit=200) or type(error).__name__
    return ResponseValidationError(detail, model=model, field=field)


@contextmanager
def parsing(operation: str, *, error_status: bool = False) -> Iterator[None]:
    """Turn any failure to read a response body into a `ResponseValidationError` naming
    `operation`; a body nested too deep for the JSON parser (RecursionError) too.

    With `error_status` (the answer is an error), a body that does not fit the error schema
    is not an error of its own: the block's failure is swallowed, and the caller reads the
    status and the raw body instead (`parsed=None`)."""
    try:
        yield
    except ResponseValidationError as error:
        if error_status:
            return
        if error.operation is None:
            error.operation = operation
        raise
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        if error_status:
            return
        if isinstance(error, RecursionError):  # its own text says nothing more
            detail = "the body is nested too deep to read"
            raise ResponseValidationError(detail, operation=operation) from None
        detail = f"{type(error).__name__}: {error}"[:300]
        raise ResponseValidationError(detail, operation=operation) from error


@contextmanager
def sending(operation: str) -> Iterator[None]:
    """Turn transport failures (after the client's retries) into `APIConnectionError`s; an
    answer the transport refused (too large) is a `ResponseValidationError` naming `operation`."""
    try:
        yield
    except ResponseValidationError as error:
        if error.operation is None:
            error.operation = operation
        raise
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
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PropexoError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "conform",
    "conform_list",
    "field_error",
    "path_segment",
    "status_error",
    "status_error_class",
]
