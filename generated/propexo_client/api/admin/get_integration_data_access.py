from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_integration_data_access_response import GetIntegrationDataAccessResponse
from ...types import Response


def _get_kwargs(
    integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/integrations/{integration_id}/data-access".format(
            integration_id=errors.path_segment("integration_id", integration_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetIntegrationDataAccessResponse | None:
    with errors.parsing("get_integration_data_access", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = GetIntegrationDataAccessResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("get_integration_data_access", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetIntegrationDataAccessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetIntegrationDataAccessResponse]:
    """Get data access information for an integration.

    Args:
        integration_id (str):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationDataAccessResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> GetIntegrationDataAccessResponse:
    if not response.is_success:
        raise errors.status_error("get_integration_data_access", response)
    with errors.parsing("get_integration_data_access"):
        response_200 = GetIntegrationDataAccessResponse.from_dict(response.json())

        return response_200


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntegrationDataAccessResponse:
    """Get data access information for an integration.

    Args:
        integration_id (str):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetIntegrationDataAccessResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    with errors.sending("get_integration_data_access"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetIntegrationDataAccessResponse]:
    """Get data access information for an integration.

    Args:
        integration_id (str):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetIntegrationDataAccessResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
) -> GetIntegrationDataAccessResponse:
    """Get data access information for an integration.

    Args:
        integration_id (str):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetIntegrationDataAccessResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
    )

    with errors.sending("get_integration_data_access"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
