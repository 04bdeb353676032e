from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_application_request import UpdateApplicationRequest
from ...models.update_application_response import UpdateApplicationResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: UpdateApplicationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/applications/{id}".format(
            id=errors.path_segment("id", id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateApplicationResponse | None:
    with errors.parsing("update_application", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = UpdateApplicationResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("update_application", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UpdateApplicationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApplicationRequest | Unset = UNSET,
) -> Response[ErrorResponse | UpdateApplicationResponse]:
    """Update Application

    Args:
        id (str):
        body (UpdateApplicationRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateApplicationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> UpdateApplicationResponse:
    if not response.is_success:
        raise errors.status_error("update_application", response)
    with errors.parsing("update_application"):
        response_200 = UpdateApplicationResponse.from_dict(response.json())

        return response_200


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApplicationRequest | Unset = UNSET,
) -> UpdateApplicationResponse:
    """Update Application

    Args:
        id (str):
        body (UpdateApplicationRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        UpdateApplicationResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    with errors.sending("update_application"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApplicationRequest | Unset = UNSET,
) -> Response[ErrorResponse | UpdateApplicationResponse]:
    """Update Application

    Args:
        id (str):
        body (UpdateApplicationRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateApplicationResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateApplicationRequest | Unset = UNSET,
) -> UpdateApplicationResponse:
    """Update Application

    Args:
        id (str):
        body (UpdateApplicationRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        UpdateApplicationResponse
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    with errors.sending("update_application"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
