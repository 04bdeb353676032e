from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enum_1 import Enum1
from ...models.error_response import ErrorResponse
from ...models.v1_admin_normalization_model_field_get_output import V1AdminNormalizationModelFieldGetOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model: str,
    field: str,
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: Enum1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    json_integration_vendor: str = integration_vendor
    params["integration_vendor"] = json_integration_vendor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/normalization/{model}/{field}".format(
            model=quote(str(model), safe=""),
            field=quote(str(field), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1AdminNormalizationModelFieldGetOutput | None:
    if response.status_code == 200:
        response_200 = V1AdminNormalizationModelFieldGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1AdminNormalizationModelFieldGetOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: Enum1,
) -> Response[ErrorResponse | V1AdminNormalizationModelFieldGetOutput]:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (Enum1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminNormalizationModelFieldGetOutput]
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: Enum1,
) -> ErrorResponse | V1AdminNormalizationModelFieldGetOutput | None:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (Enum1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminNormalizationModelFieldGetOutput
    """

    return sync_detailed(
        model=model,
        field=field,
        client=client,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    ).parsed


async def asyncio_detailed(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: Enum1,
) -> Response[ErrorResponse | V1AdminNormalizationModelFieldGetOutput]:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (Enum1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminNormalizationModelFieldGetOutput]
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: Enum1,
) -> ErrorResponse | V1AdminNormalizationModelFieldGetOutput | None:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (Enum1):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminNormalizationModelFieldGetOutput
    """

    return (
        await asyncio_detailed(
            model=model,
            field=field,
            client=client,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
        )
    ).parsed
