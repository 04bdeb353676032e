"""Raw answers and per-call options of the resource methods.

``client.residents.with_raw_response.get(id)`` sends the same request as
``client.residents.get(id)`` and returns an `APIResponse`: the status code, the headers (an
`httpx.Headers`), the bytes, and `APIResponse.parse()`, which gives the model the plain method
returns (parsed when asked, by the operation's own parser). A non-2xx answer raises the same
`APIStatusError` as the plain method.

Every resource method also takes per-call options (keywords, all optional):

- ``timeout``: seconds (or an ``httpx.Timeout``) for this call instead of the client's;
- ``max_retries``: retries after the first attempt for this call;
- ``extra_headers``: headers added to this call's request (not Authorization);
- ``extra_query``: query parameters added to this call's URL.

They are checked before the request is sent (a bad one is the client's ``ConfigurationError``
naming the option) and apply through the client's own views (``with_options``), so the token,
pacing, retries and the size cap stay as they are. This module is copied into the generated
package by ``scripts/_resources.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import errors

if TYPE_CHECKING:
    from .client import AuthenticatedClient

T = TypeVar("T")


class APIResponse(Generic[T]):
    """One answer as it came (2xx; credentials dropped from its request), and its model."""

    __slots__ = ("_parse", "http_response", "operation")

    def __init__(
        self, operation: str, http_response: httpx.Response, parse: Callable[..., T]
    ) -> None:
        self.operation = operation
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def request(self) -> httpx.Request:
        return self.http_response.request

    def parse(self) -> T:
        """The model the plain method returns (`ResponseValidationError` if it does not fit)."""
        return self._parse(response=self.http_response)

    def __repr__(self) -> str:
        return f"<APIResponse {self.operation} [{self.status_code}]>"


def options_client(
    client: AuthenticatedClient,
    *,
    timeout: httpx.Timeout | float | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
) -> AuthenticatedClient:
    """`client`, or a view of it with this call's options (none given: `client` itself)."""
    if timeout is None and max_retries is None and not extra_headers and not extra_query:
        return client
    view: Callable[..., AuthenticatedClient] | None = getattr(client, "with_request_options", None)
    if view is None:
        raise TypeError(
            "per-call options need the api of a propexo.PropexoClient or AsyncPropexoClient"
        )
    return view(
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def send(
    client: AuthenticatedClient, operation: str, kwargs: dict[str, Any], parse: Callable[..., T]
) -> APIResponse[T]:
    with errors.sending(operation):
        response = client.get_httpx_client().request(**kwargs)
    if not response.is_success:
        raise errors.status_error(operation, response)
    return APIResponse(operation, response, parse)


async def asend(
    client: AuthenticatedClient, operation: str, kwargs: dict[str, Any], parse: Callable[..., T]
) -> APIResponse[T]:
    with errors.sending(operation):
        response = await client.get_async_httpx_client().request(**kwargs)
    if not response.is_success:
        raise errors.status_error(operation, response)
    return APIResponse(operation, response, parse)
