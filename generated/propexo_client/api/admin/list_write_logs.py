from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_write_logs_status import ListWriteLogsStatus
from ...models.list_write_logs_time_range import ListWriteLogsTimeRange
from ...models.list_write_logs_write_category import ListWriteLogsWriteCategory
from ...models.v1_admin_logs_writes_get_output import V1AdminLogsWritesGetOutput
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
) -> ErrorResponse | V1AdminLogsWritesGetOutput | None:
    if response.status_code == 200:
        response_200 = V1AdminLogsWritesGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1AdminLogsWritesGetOutput]:
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
) -> Response[ErrorResponse | V1AdminLogsWritesGetOutput]:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        status (ListWriteLogsStatus | Unset):
        time_range (ListWriteLogsTimeRange | Unset):
        write_category (ListWriteLogsWriteCategory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminLogsWritesGetOutput]
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


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> ErrorResponse | V1AdminLogsWritesGetOutput | None:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        status (ListWriteLogsStatus | Unset):
        time_range (ListWriteLogsTimeRange | Unset):
        write_category (ListWriteLogsWriteCategory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminLogsWritesGetOutput
    """

    return sync_detailed(
        client=client,
        integration_id=integration_id,
        limit=limit,
        offset=offset,
        status=status,
        time_range=time_range,
        write_category=write_category,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
    status: ListWriteLogsStatus | Unset = UNSET,
    time_range: ListWriteLogsTimeRange | Unset = UNSET,
    write_category: ListWriteLogsWriteCategory | Unset = UNSET,
) -> Response[ErrorResponse | V1AdminLogsWritesGetOutput]:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        status (ListWriteLogsStatus | Unset):
        time_range (ListWriteLogsTimeRange | Unset):
        write_category (ListWriteLogsWriteCategory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminLogsWritesGetOutput]
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
) -> ErrorResponse | V1AdminLogsWritesGetOutput | None:
    """Query write job logs

    Args:
        integration_id (str | Unset):
        limit (int | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        status (ListWriteLogsStatus | Unset):
        time_range (ListWriteLogsTimeRange | Unset):
        write_category (ListWriteLogsWriteCategory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminLogsWritesGetOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            integration_id=integration_id,
            limit=limit,
            offset=offset,
            status=status,
            time_range=time_range,
            write_category=write_category,
        )
    ).parsed
