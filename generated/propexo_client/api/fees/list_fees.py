from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_fees_response import ListFeesResponse
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
) -> ErrorResponse | ListFeesResponse | None:
    with errors.parsing("list_fees", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListFeesResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_fees", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListFeesResponse]:
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
) -> Response[ErrorResponse | ListFeesResponse]:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListFeesResponse]
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


def _parse_success(*, response: httpx.Response) -> ListFeesResponse:
    if not response.is_success:
        raise errors.status_error("list_fees", response)
    with errors.parsing("list_fees"):
        response_200 = ListFeesResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> ListFeesResponse:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListFeesResponse
    """

    kwargs = _get_kwargs(
        charge_code_id=charge_code_id,
        floor_plan_id=floor_plan_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        unit_id=unit_id,
    )

    with errors.sending("list_fees"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    charge_code_id: str | Unset = UNSET,
    floor_plan_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListFeesResponse]:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListFeesResponse]
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
) -> ListFeesResponse:
    """Get all fees

    Args:
        charge_code_id (str | Unset):
        floor_plan_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListFeesResponse
    """

    kwargs = _get_kwargs(
        charge_code_id=charge_code_id,
        floor_plan_id=floor_plan_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        unit_id=unit_id,
    )

    with errors.sending("list_fees"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
