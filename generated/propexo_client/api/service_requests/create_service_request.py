from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_request_request import CreateServiceRequestRequest
from ...models.create_service_request_response import CreateServiceRequestResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateServiceRequestRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/service-requests/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateServiceRequestResponse | ErrorResponse | None:
    with errors.parsing("create_service_request", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = CreateServiceRequestResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("create_service_request", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateServiceRequestResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateServiceRequestRequest | Unset = UNSET,
) -> Response[CreateServiceRequestResponse | ErrorResponse]:
    """Create service request

    Args:
        body (CreateServiceRequestRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[CreateServiceRequestResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> CreateServiceRequestResponse:
    if not response.is_success:
        raise errors.status_error("create_service_request", response)
    with errors.parsing("create_service_request"):
        response_200 = CreateServiceRequestResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateServiceRequestRequest | Unset = UNSET,
) -> CreateServiceRequestResponse:
    """Create service request

    Args:
        body (CreateServiceRequestRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        CreateServiceRequestResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with errors.sending("create_service_request"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateServiceRequestRequest | Unset = UNSET,
) -> Response[CreateServiceRequestResponse | ErrorResponse]:
    """Create service request

    Args:
        body (CreateServiceRequestRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[CreateServiceRequestResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateServiceRequestRequest | Unset = UNSET,
) -> CreateServiceRequestResponse:
    """Create service request

    Args:
        body (CreateServiceRequestRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        CreateServiceRequestResponse
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with errors.sending("create_service_request"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
