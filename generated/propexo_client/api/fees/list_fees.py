from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_fees_get_output import V1FeesGetOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["charge_code_id"] = charge_code_id

    params["floor_plan_id"] = floor_plan_id

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

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fees/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1FeesGetOutput | None:
    if response.status_code == 200:
        response_200 = V1FeesGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1FeesGetOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1FeesGetOutput]:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1FeesGetOutput]
    """

    kwargs = _get_kwargs(
        charge_code_id=charge_code_id,
        floor_plan_id=floor_plan_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        unit_id=unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> ErrorResponse | V1FeesGetOutput | None:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1FeesGetOutput
    """

    return sync_detailed(
        client=client,
        charge_code_id=charge_code_id,
        floor_plan_id=floor_plan_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        unit_id=unit_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | V1FeesGetOutput]:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1FeesGetOutput]
    """

    kwargs = _get_kwargs(
        charge_code_id=charge_code_id,
        floor_plan_id=floor_plan_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> ErrorResponse | V1FeesGetOutput | None:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset):  Default: 100.
        offset (int | None | Unset):  Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1FeesGetOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            charge_code_id=charge_code_id,
            floor_plan_id=floor_plan_id,
            limit=limit,
            offset=offset,
            order_by=order_by,
            unit_id=unit_id,
        )
    ).parsed
