from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_deposit_summaries_integration_vendor import ListDepositSummariesIntegrationVendor
from ...models.list_deposit_summaries_response import ListDepositSummariesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListDepositSummariesIntegrationVendor | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    invoice_id_not_null: bool | str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    refund_is_due: bool | str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    x_building_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    json_integration_vendor: str | Unset = UNSET
    if not isinstance(integration_vendor, Unset):
        json_integration_vendor = integration_vendor

    params["integration_vendor"] = json_integration_vendor

    params["invoice_id"] = invoice_id

    json_invoice_id_not_null: bool | str | Unset
    if isinstance(invoice_id_not_null, Unset):
        json_invoice_id_not_null = UNSET
    else:
        json_invoice_id_not_null = invoice_id_not_null
    params["invoice_id_not_null"] = json_invoice_id_not_null

    params["lease_id"] = lease_id

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

    params["property_id"] = property_id

    json_refund_is_due: bool | str | Unset
    if isinstance(refund_is_due, Unset):
        json_refund_is_due = UNSET
    else:
        json_refund_is_due = refund_is_due
    params["refund_is_due"] = json_refund_is_due

    params["resident_id"] = resident_id

    params["x_building_id"] = x_building_id

    params["x_property_id"] = x_property_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/deposit-summaries/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListDepositSummariesResponse | None:
    with errors.parsing("list_deposit_summaries", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListDepositSummariesResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_deposit_summaries", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListDepositSummariesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListDepositSummariesIntegrationVendor | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    invoice_id_not_null: bool | str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    refund_is_due: bool | str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    x_building_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListDepositSummariesResponse]:
    """Get all deposit summaries

    Args:
        integration_id (str | Unset):
        integration_vendor (ListDepositSummariesIntegrationVendor | Unset): One of 'SAMPLE2',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_id (str | Unset):
        invoice_id_not_null (bool | str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        refund_is_due (bool | str | Unset):
        resident_id (str | Unset):
        x_building_id (str | Unset):
        x_property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListDepositSummariesResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        invoice_id=invoice_id,
        invoice_id_not_null=invoice_id_not_null,
        lease_id=lease_id,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        refund_is_due=refund_is_due,
        resident_id=resident_id,
        x_building_id=x_building_id,
        x_property_id=x_property_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> ListDepositSummariesResponse:
    if not response.is_success:
        raise errors.status_error("list_deposit_summaries", response)
    with errors.parsing("list_deposit_summaries"):
        response_200 = ListDepositSummariesResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListDepositSummariesIntegrationVendor | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    invoice_id_not_null: bool | str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    refund_is_due: bool | str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    x_building_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
) -> ListDepositSummariesResponse:
    """Get all deposit summaries

    Args:
        integration_id (str | Unset):
        integration_vendor (ListDepositSummariesIntegrationVendor | Unset): One of 'SAMPLE2',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_id (str | Unset):
        invoice_id_not_null (bool | str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        refund_is_due (bool | str | Unset):
        resident_id (str | Unset):
        x_building_id (str | Unset):
        x_property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListDepositSummariesResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        invoice_id=invoice_id,
        invoice_id_not_null=invoice_id_not_null,
        lease_id=lease_id,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        refund_is_due=refund_is_due,
        resident_id=resident_id,
        x_building_id=x_building_id,
        x_property_id=x_property_id,
    )

    with errors.sending("list_deposit_summaries"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListDepositSummariesIntegrationVendor | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    invoice_id_not_null: bool | str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    refund_is_due: bool | str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    x_building_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListDepositSummariesResponse]:
    """Get all deposit summaries

    Args:
        integration_id (str | Unset):
        integration_vendor (ListDepositSummariesIntegrationVendor | Unset): One of 'SAMPLE2',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_id (str | Unset):
        invoice_id_not_null (bool | str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        refund_is_due (bool | str | Unset):
        resident_id (str | Unset):
        x_building_id (str | Unset):
        x_property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListDepositSummariesResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        invoice_id=invoice_id,
        invoice_id_not_null=invoice_id_not_null,
        lease_id=lease_id,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        refund_is_due=refund_is_due,
        resident_id=resident_id,
        x_building_id=x_building_id,
        x_property_id=x_property_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListDepositSummariesIntegrationVendor | Unset = UNSET,
    invoice_id: str | Unset = UNSET,
    invoice_id_not_null: bool | str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    refund_is_due: bool | str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    x_building_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
) -> ListDepositSummariesResponse:
    """Get all deposit summaries

    Args:
        integration_id (str | Unset):
        integration_vendor (ListDepositSummariesIntegrationVendor | Unset): One of 'SAMPLE2',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoice_id (str | Unset):
        invoice_id_not_null (bool | str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        refund_is_due (bool | str | Unset):
        resident_id (str | Unset):
        x_building_id (str | Unset):
        x_property_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListDepositSummariesResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        invoice_id=invoice_id,
        invoice_id_not_null=invoice_id_not_null,
        lease_id=lease_id,
        limit=limit,
        location_id=location_id,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        refund_is_due=refund_is_due,
        resident_id=resident_id,
        x_building_id=x_building_id,
        x_property_id=x_property_id,
    )

    with errors.sending("list_deposit_summaries"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
