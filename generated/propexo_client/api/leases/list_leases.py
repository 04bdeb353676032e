import warnings
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_leases_integration_vendor import ListLeasesIntegrationVendor
from ...models.list_leases_response import ListLeasesResponse
from ...models.list_leases_status_normalized import ListLeasesStatusNormalized
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after_move_in_date: None | str | Unset = UNSET,
    after_move_out_date: None | str | Unset = UNSET,
    before_move_in_date: None | str | Unset = UNSET,
    before_move_out_date: None | str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLeasesIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    only_null_move_outs: bool | str | Unset = UNSET,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    status_normalized: ListLeasesStatusNormalized | Unset = UNSET,
    status_raw: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    unit_number: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
    x_unit_id: str | Unset = UNSET,
) -> dict[str, Any]:
    if x_property_id is not UNSET:
        warnings.warn("list_leases: parameter x_property_id is deprecated", DeprecationWarning, stacklevel=3)
    if x_unit_id is not UNSET:
        warnings.warn("list_leases: parameter x_unit_id is deprecated", DeprecationWarning, stacklevel=3)

    params: dict[str, Any] = {}

    json_after_move_in_date: None | str | Unset
    if isinstance(after_move_in_date, Unset):
        json_after_move_in_date = UNSET
    else:
        json_after_move_in_date = after_move_in_date
    params["after_move_in_date"] = json_after_move_in_date

    json_after_move_out_date: None | str | Unset
    if isinstance(after_move_out_date, Unset):
        json_after_move_out_date = UNSET
    else:
        json_after_move_out_date = after_move_out_date
    params["after_move_out_date"] = json_after_move_out_date

    json_before_move_in_date: None | str | Unset
    if isinstance(before_move_in_date, Unset):
        json_before_move_in_date = UNSET
    else:
        json_before_move_in_date = before_move_in_date
    params["before_move_in_date"] = json_before_move_in_date

    json_before_move_out_date: None | str | Unset
    if isinstance(before_move_out_date, Unset):
        json_before_move_out_date = UNSET
    else:
        json_before_move_out_date = before_move_out_date
    params["before_move_out_date"] = json_before_move_out_date

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

    json_only_null_move_outs: bool | str | Unset
    if isinstance(only_null_move_outs, Unset):
        json_only_null_move_outs = UNSET
    else:
        json_only_null_move_outs = only_null_move_outs
    params["only_null_move_outs"] = json_only_null_move_outs

    params["order-by"] = order_by

    params["property_id"] = property_id

    params["resident_id"] = resident_id

    json_status_normalized: str | Unset = UNSET
    if not isinstance(status_normalized, Unset):
        json_status_normalized = status_normalized

    params["status_normalized"] = json_status_normalized

    params["status_raw"] = status_raw

    params["unit_id"] = unit_id

    params["unit_number"] = unit_number

    params["x_id"] = x_id

    params["x_property_id"] = x_property_id

    params["x_unit_id"] = x_unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/leases/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListLeasesResponse | None:
    with errors.parsing("list_leases", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListLeasesResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_leases", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListLeasesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after_move_in_date: None | str | Unset = UNSET,
    after_move_out_date: None | str | Unset = UNSET,
    before_move_in_date: None | str | Unset = UNSET,
    before_move_out_date: None | str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLeasesIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    only_null_move_outs: bool | str | Unset = UNSET,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    status_normalized: ListLeasesStatusNormalized | Unset = UNSET,
    status_raw: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    unit_number: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
    x_unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListLeasesResponse]:
    """Get all leases

    Args:
        after_move_in_date (None | str | Unset):
        after_move_out_date (None | str | Unset):
        before_move_in_date (None | str | Unset):
        before_move_out_date (None | str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListLeasesIntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM',
            'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX',
            'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        only_null_move_outs (bool | str | Unset):
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        status_normalized (ListLeasesStatusNormalized | Unset): One of 'ACTIVE', 'INACTIVE',
            'OTHER', 'PENDING', 'EVICTED'.
        status_raw (str | Unset):
        unit_id (str | Unset):
        unit_number (str | Unset):
        x_id (str | Unset):
        x_property_id (str | Unset): Deprecated.
        x_unit_id (str | Unset): Deprecated.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListLeasesResponse]
    """

    kwargs = _get_kwargs(
        after_move_in_date=after_move_in_date,
        after_move_out_date=after_move_out_date,
        before_move_in_date=before_move_in_date,
        before_move_out_date=before_move_out_date,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        only_null_move_outs=only_null_move_outs,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        status_normalized=status_normalized,
        status_raw=status_raw,
        unit_id=unit_id,
        unit_number=unit_number,
        x_id=x_id,
        x_property_id=x_property_id,
        x_unit_id=x_unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> ListLeasesResponse:
    if not response.is_success:
        raise errors.status_error("list_leases", response)
    with errors.parsing("list_leases"):
        response_200 = ListLeasesResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    after_move_in_date: None | str | Unset = UNSET,
    after_move_out_date: None | str | Unset = UNSET,
    before_move_in_date: None | str | Unset = UNSET,
    before_move_out_date: None | str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLeasesIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    only_null_move_outs: bool | str | Unset = UNSET,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    status_normalized: ListLeasesStatusNormalized | Unset = UNSET,
    status_raw: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    unit_number: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
    x_unit_id: str | Unset = UNSET,
) -> ListLeasesResponse:
    """Get all leases

    Args:
        after_move_in_date (None | str | Unset):
        after_move_out_date (None | str | Unset):
        before_move_in_date (None | str | Unset):
        before_move_out_date (None | str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListLeasesIntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM',
            'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX',
            'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        only_null_move_outs (bool | str | Unset):
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        status_normalized (ListLeasesStatusNormalized | Unset): One of 'ACTIVE', 'INACTIVE',
            'OTHER', 'PENDING', 'EVICTED'.
        status_raw (str | Unset):
        unit_id (str | Unset):
        unit_number (str | Unset):
        x_id (str | Unset):
        x_property_id (str | Unset): Deprecated.
        x_unit_id (str | Unset): Deprecated.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListLeasesResponse
    """

    kwargs = _get_kwargs(
        after_move_in_date=after_move_in_date,
        after_move_out_date=after_move_out_date,
        before_move_in_date=before_move_in_date,
        before_move_out_date=before_move_out_date,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        only_null_move_outs=only_null_move_outs,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        status_normalized=status_normalized,
        status_raw=status_raw,
        unit_id=unit_id,
        unit_number=unit_number,
        x_id=x_id,
        x_property_id=x_property_id,
        x_unit_id=x_unit_id,
    )

    with errors.sending("list_leases"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after_move_in_date: None | str | Unset = UNSET,
    after_move_out_date: None | str | Unset = UNSET,
    before_move_in_date: None | str | Unset = UNSET,
    before_move_out_date: None | str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLeasesIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    only_null_move_outs: bool | str | Unset = UNSET,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    status_normalized: ListLeasesStatusNormalized | Unset = UNSET,
    status_raw: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    unit_number: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
    x_unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListLeasesResponse]:
    """Get all leases

    Args:
        after_move_in_date (None | str | Unset):
        after_move_out_date (None | str | Unset):
        before_move_in_date (None | str | Unset):
        before_move_out_date (None | str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListLeasesIntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM',
            'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX',
            'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        only_null_move_outs (bool | str | Unset):
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        status_normalized (ListLeasesStatusNormalized | Unset): One of 'ACTIVE', 'INACTIVE',
            'OTHER', 'PENDING', 'EVICTED'.
        status_raw (str | Unset):
        unit_id (str | Unset):
        unit_number (str | Unset):
        x_id (str | Unset):
        x_property_id (str | Unset): Deprecated.
        x_unit_id (str | Unset): Deprecated.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListLeasesResponse]
    """

    kwargs = _get_kwargs(
        after_move_in_date=after_move_in_date,
        after_move_out_date=after_move_out_date,
        before_move_in_date=before_move_in_date,
        before_move_out_date=before_move_out_date,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        only_null_move_outs=only_null_move_outs,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        status_normalized=status_normalized,
        status_raw=status_raw,
        unit_id=unit_id,
        unit_number=unit_number,
        x_id=x_id,
        x_property_id=x_property_id,
        x_unit_id=x_unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after_move_in_date: None | str | Unset = UNSET,
    after_move_out_date: None | str | Unset = UNSET,
    before_move_in_date: None | str | Unset = UNSET,
    before_move_out_date: None | str | Unset = UNSET,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLeasesIntegrationVendor | Unset = UNSET,
    limit: int | None | Unset = 100,
    location_id: str | Unset = UNSET,
    offset: int | None | Unset = 0,
    only_null_move_outs: bool | str | Unset = UNSET,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    status_normalized: ListLeasesStatusNormalized | Unset = UNSET,
    status_raw: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    unit_number: str | Unset = UNSET,
    x_id: str | Unset = UNSET,
    x_property_id: str | Unset = UNSET,
    x_unit_id: str | Unset = UNSET,
) -> ListLeasesResponse:
    """Get all leases

    Args:
        after_move_in_date (None | str | Unset):
        after_move_out_date (None | str | Unset):
        before_move_in_date (None | str | Unset):
        before_move_out_date (None | str | Unset):
        integration_id (str | Unset):
        integration_vendor (ListLeasesIntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM',
            'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX',
            'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        only_null_move_outs (bool | str | Unset):
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        status_normalized (ListLeasesStatusNormalized | Unset): One of 'ACTIVE', 'INACTIVE',
            'OTHER', 'PENDING', 'EVICTED'.
        status_raw (str | Unset):
        unit_id (str | Unset):
        unit_number (str | Unset):
        x_id (str | Unset):
        x_property_id (str | Unset): Deprecated.
        x_unit_id (str | Unset): Deprecated.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListLeasesResponse
    """

    kwargs = _get_kwargs(
        after_move_in_date=after_move_in_date,
        after_move_out_date=after_move_out_date,
        before_move_in_date=before_move_in_date,
        before_move_out_date=before_move_out_date,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        limit=limit,
        location_id=location_id,
        offset=offset,
        only_null_move_outs=only_null_move_outs,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        status_normalized=status_normalized,
        status_raw=status_raw,
        unit_id=unit_id,
        unit_number=unit_number,
        x_id=x_id,
        x_property_id=x_property_id,
        x_unit_id=x_unit_id,
    )

    with errors.sending("list_leases"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
