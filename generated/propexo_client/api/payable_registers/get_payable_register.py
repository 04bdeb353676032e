from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_payable_register_response import GetPayableRegisterResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    payable_register_id: str,
    *,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payable-registers/{payable_register_id}".format(
            payable_register_id=errors.path_segment("payable_register_id", payable_register_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetPayableRegisterResponse | None:
    with errors.parsing("get_payable_register", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = GetPayableRegisterResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("get_payable_register", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetPayableRegisterResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
) -> Response[ErrorResponse | GetPayableRegisterResponse]:
    """Get a payable register by ID

    Args:
        payable_register_id (str):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetPayableRegisterResponse]
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> GetPayableRegisterResponse:
    if not response.is_success:
        raise errors.status_error("get_payable_register", response)
    with errors.parsing("get_payable_register"):
        response_200 = GetPayableRegisterResponse.from_dict(response.json())

        return response_200


def sync(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
) -> GetPayableRegisterResponse:
    """Get a payable register by ID

    Args:
        payable_register_id (str):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetPayableRegisterResponse
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    with errors.sending("get_payable_register"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
) -> Response[ErrorResponse | GetPayableRegisterResponse]:
    """Get a payable register by ID

    Args:
        payable_register_id (str):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetPayableRegisterResponse]
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
) -> GetPayableRegisterResponse:
    """Get a payable register by ID

    Args:
        payable_register_id (str):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetPayableRegisterResponse
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    with errors.sending("get_payable_register"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
