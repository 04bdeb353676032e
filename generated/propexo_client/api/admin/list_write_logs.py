from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_write_logs_response import ListWriteLogsResponse
from ...models.list_write_logs_status import ListWriteLogsStatus
from ...models.list_write_logs_time_range import ListWriteLogsTimeRange
from ...models.list_write_logs_write_category import ListWriteLogsWriteCategory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_time_range: str | Unset = UNSET
    if not isinstance(time_range, Unset):
        json_time_range = time_range

    params["time_range"] = json_time_range

    json_write_category: str | Unset = UNSET
    if not isinstance(write_category, Unset):
        json_write_category = write_category

    params["write_category"] = json_write_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/logs/writes/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListWriteLogsResponse | None:
    with errors.parsing("list_write_logs", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListWriteLogsResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_write_logs", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListWriteLogsResponse]:
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
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> Response[ErrorResponse | ListWriteLogsResponse]:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset): At least 1. At most 100. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        status (ListWriteLogsStatus | Unset): One of 'SUCCESS', 'FAILURE'.
        time_range (ListWriteLogsTimeRange | Unset): One of 'hour', 'month', 'week', 'day'.
        write_category (ListWriteLogsWriteCategory | Unset): One of 'amenities', 'applicants',
            'applications', 'contracts', 'crm_listings', 'deposit_summaries', 'event_types', 'events',
            'file_types', 'file_upload', 'invoices', 'leads', 'leases', 'listings', 'properties',
            'purchase_orders', 'recurring_resident_charges', 'resident_charges', 'resident_payments',
            'resident_pets', 'residents', 'service_request_vendors', 'service_requests',
            'transactions', 'units'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListWriteLogsResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        offset=offset,
        status=status,
        time_range=time_range,
        write_category=write_category,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> ListWriteLogsResponse:
    if not response.is_success:
        raise errors.status_error("list_write_logs", response)
    with errors.parsing("list_write_logs"):
        response_200 = ListWriteLogsResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> ListWriteLogsResponse:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset): At least 1. At most 100. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        status (ListWriteLogsStatus | Unset): One of 'SUCCESS', 'FAILURE'.
        time_range (ListWriteLogsTimeRange | Unset): One of 'hour', 'month', 'week', 'day'.
        write_category (ListWriteLogsWriteCategory | Unset): One of 'amenities', 'applicants',
            'applications', 'contracts', 'crm_listings', 'deposit_summaries', 'event_types', 'events',
            'file_types', 'file_upload', 'invoices', 'leads', 'leases', 'listings', 'properties',
            'purchase_orders', 'recurring_resident_charges', 'resident_charges', 'resident_payments',
            'resident_pets', 'residents', 'service_request_vendors', 'service_requests',
            'transactions', 'units'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListWriteLogsResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        offset=offset,
        status=status,
        time_range=time_range,
        write_category=write_category,
    )

    with errors.sending("list_write_logs"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> Response[ErrorResponse | ListWriteLogsResponse]:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset): At least 1. At most 100. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        status (ListWriteLogsStatus | Unset): One of 'SUCCESS', 'FAILURE'.
        time_range (ListWriteLogsTimeRange | Unset): One of 'hour', 'month', 'week', 'day'.
        write_category (ListWriteLogsWriteCategory | Unset): One of 'amenities', 'applicants',
            'applications', 'contracts', 'crm_listings', 'deposit_summaries', 'event_types', 'events',
            'file_types', 'file_upload', 'invoices', 'leads', 'leases', 'listings', 'properties',
            'purchase_orders', 'recurring_resident_charges', 'resident_charges', 'resident_payments',
            'resident_pets', 'residents', 'service_request_vendors', 'service_requests',
            'transactions', 'units'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListWriteLogsResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        offset=offset,
        status=status,
        time_range=time_range,
        write_category=write_category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> ListWriteLogsResponse:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset): At least 1. At most 100. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        status (ListWriteLogsStatus | Unset): One of 'SUCCESS', 'FAILURE'.
        time_range (ListWriteLogsTimeRange | Unset): One of 'hour', 'month', 'week', 'day'.
        write_category (ListWriteLogsWriteCategory | Unset): One of 'amenities', 'applicants',
            'applications', 'contracts', 'crm_listings', 'deposit_summaries', 'event_types', 'events',
            'file_types', 'file_upload', 'invoices', 'leads', 'leases', 'listings', 'properties',
            'purchase_orders', 'recurring_resident_charges', 'resident_charges', 'resident_payments',
            'resident_pets', 'residents', 'service_request_vendors', 'service_requests',
            'transactions', 'units'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListWriteLogsResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        limit=limit,
        offset=offset,
        status=status,
        time_range=time_range,
        write_category=write_category,
    )

    with errors.sending("list_write_logs"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
