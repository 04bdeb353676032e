from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_applicants_integration_vendor import (
    ListApplicantsIntegrationVendor,
)
from ...models.v1_applicants_get_output import V1ApplicantsGetOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    email_1: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListApplicantsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    phone_1: str | Unset = UNSET,
    property_id: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email_1"] = email_1

    params["integration_id"] = integration_id

    json_integration_vendor: str | Unset = UNSET
    if not isinstance(integration_vendor, Unset):
        json_integration_vendor = integration_vendor

    params["integration_vendor"] = json_integration_vendor

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params["location_id"] = location_id

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["order-by"] = order_by

    params["phone_1"] = phone_1

    params["property_id"] = property_id

    params["x_id"] = x_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/applicants/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1ApplicantsGetOutput | None:
    if response.status_code == 200:
        response_200 = V1ApplicantsGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1ApplicantsGetOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    email_1: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListApplicantsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    phone_1: str | Unset = UNSET,
    property_id: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1ApplicantsGetOutput]:
    """Get all applicants

    Args:
        email_1 (str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListApplicantsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        phone_1 (str | Unset):
        property_id (str | Unset):
        x_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ApplicantsGetOutput]
    """

    kwargs = _get_kwargs(
        email_1=email_1,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        phone_1=phone_1,
        property_id=property_id,
        x_id=x_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    email_1: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListApplicantsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    phone_1: str | Unset = UNSET,
    property_id: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> ErrorResponse | V1ApplicantsGetOutput | None:
    """Get all applicants

    Args:
        email_1 (str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListApplicantsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        phone_1 (str | Unset):
        property_id (str | Unset):
        x_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ApplicantsGetOutput
    """

    return sync_detailed(
        client=client,
        email_1=email_1,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        phone_1=phone_1,
        property_id=property_id,
        x_id=x_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    email_1: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListApplicantsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    phone_1: str | Unset = UNSET,
    property_id: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1ApplicantsGetOutput]:
    """Get all applicants

    Args:
        email_1 (str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListApplicantsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        phone_1 (str | Unset):
        property_id (str | Unset):
        x_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ApplicantsGetOutput]
    """

    kwargs = _get_kwargs(
        email_1=email_1,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        phone_1=phone_1,
        property_id=property_id,
        x_id=x_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    email_1: str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListApplicantsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    phone_1: str | Unset = UNSET,
    property_id: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> ErrorResponse | V1ApplicantsGetOutput | None:
    """Get all applicants

    Args:
        email_1 (str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListApplicantsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        phone_1 (str | Unset):
        property_id (str | Unset):
        x_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ApplicantsGetOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            email_1=email_1,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            limit=limit,
            location_id=location_id,
            offset=offset,
            order_by=order_by,
            phone_1=phone_1,
            property_id=property_id,
            x_id=x_id,
        )
    ).parsed
