from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_contract_details_integration_vendor import (
    ListContractDetailsIntegrationVendor,
)
from ...models.v1_construction_jobs_contracts_contract_id_details_get_output import (
    V1ConstructionJobsContractsContractIdDetailsGetOutput,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contract_id: str,
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListContractDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["order-by"] = order_by

    params["property_id"] = property_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/construction-jobs/contracts/{contract_id}/details".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput | None:
    if response.status_code == 200:
        response_200 = V1ConstructionJobsContractsContractIdDetailsGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListContractDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput]:
    """Get all contract details for a specific contract

    Args:
        contract_id (str):
        integration_id (str | Unset):
        integration_vendor (ListContractDetailsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListContractDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput | None:
    """Get all contract details for a specific contract

    Args:
        contract_id (str):
        integration_id (str | Unset):
        integration_vendor (ListContractDetailsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput
    """

    return sync_detailed(
        contract_id=contract_id,
        client=client,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
    ).parsed


async def asyncio_detailed(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListContractDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput]:
    """Get all contract details for a specific contract

    Args:
        contract_id (str):
        integration_id (str | Unset):
        integration_vendor (ListContractDetailsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput]
    """

    kwargs = _get_kwargs(
        contract_id=contract_id,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contract_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListContractDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput | None:
    """Get all contract details for a specific contract

    Args:
        contract_id (str):
        integration_id (str | Unset):
        integration_vendor (ListContractDetailsIntegrationVendor | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ConstructionJobsContractsContractIdDetailsGetOutput
    """

    return (
        await asyncio_detailed(
            contract_id=contract_id,
            client=client,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            limit=limit,
            offset=offset,
            order_by=order_by,
            property_id=property_id,
        )
    ).parsed
