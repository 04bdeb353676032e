from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_construction_job_details_integration_vendor import ListConstructionJobDetailsIntegrationVendor
from ...models.list_construction_job_details_response import ListConstructionJobDetailsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    construction_job_id: str,
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListConstructionJobDetailsIntegrationVendor | Unset = UNSET,
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
        "url": "/v1/construction-jobs/{construction_job_id}/details".format(
            construction_job_id=errors.path_segment("construction_job_id", construction_job_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListConstructionJobDetailsResponse | None:
    with errors.parsing("list_construction_job_details", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListConstructionJobDetailsResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_construction_job_details", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListConstructionJobDetailsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    construction_job_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListConstructionJobDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListConstructionJobDetailsResponse]:
    """Get all construction job details for a specific construction job

    Args:
        construction_job_id (str):
        integration_id (str | Unset):
        integration_vendor (ListConstructionJobDetailsIntegrationVendor | Unset): One of
            'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListConstructionJobDetailsResponse]
    """

    kwargs = _get_kwargs(
        construction_job_id=construction_job_id,
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


def _parse_success(*, response: httpx.Response) -> ListConstructionJobDetailsResponse:
    if not response.is_success:
        raise errors.status_error("list_construction_job_details", response)
    with errors.parsing("list_construction_job_details"):
        response_200 = ListConstructionJobDetailsResponse.from_dict(response.json())

        return response_200


def sync(
    construction_job_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListConstructionJobDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> ListConstructionJobDetailsResponse:
    """Get all construction job details for a specific construction job

    Args:
        construction_job_id (str):
        integration_id (str | Unset):
        integration_vendor (ListConstructionJobDetailsIntegrationVendor | Unset): One of
            'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListConstructionJobDetailsResponse
    """

    kwargs = _get_kwargs(
        construction_job_id=construction_job_id,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
    )

    with errors.sending("list_construction_job_details"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    construction_job_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListConstructionJobDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListConstructionJobDetailsResponse]:
    """Get all construction job details for a specific construction job

    Args:
        construction_job_id (str):
        integration_id (str | Unset):
        integration_vendor (ListConstructionJobDetailsIntegrationVendor | Unset): One of
            'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListConstructionJobDetailsResponse]
    """

    kwargs = _get_kwargs(
        construction_job_id=construction_job_id,
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
    construction_job_id: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListConstructionJobDetailsIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
) -> ListConstructionJobDetailsResponse:
    """Get all construction job details for a specific construction job

    Args:
        construction_job_id (str):
        integration_id (str | Unset):
        integration_vendor (ListConstructionJobDetailsIntegrationVendor | Unset): One of
            'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListConstructionJobDetailsResponse
    """

    kwargs = _get_kwargs(
        construction_job_id=construction_job_id,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
    )

    with errors.sending("list_construction_job_details"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
