from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_admin_integrations_integration_id_property_lists_post_input import (
    V1AdminIntegrationsIntegrationIdPropertyListsPostInput,
)
from ...models.v1_admin_integrations_integration_id_property_lists_post_output import (
    V1AdminIntegrationsIntegrationIdPropertyListsPostOutput,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    integration_id: str,
    *,
    body: V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/integrations/{integration_id}/property-lists".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput | None:
    if response.status_code == 200:
        response_200 = V1AdminIntegrationsIntegrationIdPropertyListsPostOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput]:
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
    body: V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset = UNSET,
) -> Response[ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput]:
    """Create a property list configuration

    Args:
        integration_id (str):
        body (V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset = UNSET,
) -> ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput | None:
    """Create a property list configuration

    Args:
        integration_id (str):
        body (V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset = UNSET,
) -> Response[ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput]:
    """Create a property list configuration

    Args:
        integration_id (str):
        body (V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient,
    body: V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset = UNSET,
) -> ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput | None:
    """Create a property list configuration

    Args:
        integration_id (str):
        body (V1AdminIntegrationsIntegrationIdPropertyListsPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminIntegrationsIntegrationIdPropertyListsPostOutput
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
