from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_payable_registers_payable_register_id_put_input import V1PayableRegistersPayableRegisterIdPutInput
from ...models.v1_payable_registers_payable_register_id_put_output import V1PayableRegistersPayableRegisterIdPutOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    payable_register_id: str,
    *,
    body: V1PayableRegistersPayableRegisterIdPutInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/payable-registers/{payable_register_id}".format(
            payable_register_id=quote(str(payable_register_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput | None:
    if response.status_code == 200:
        response_200 = V1PayableRegistersPayableRegisterIdPutOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput]:
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
    body: V1PayableRegistersPayableRegisterIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput]:
    """Update a payable register

    Args:
        payable_register_id (str):
        body (V1PayableRegistersPayableRegisterIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput]
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PayableRegistersPayableRegisterIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput | None:
    """Update a payable register

    Args:
        payable_register_id (str):
        body (V1PayableRegistersPayableRegisterIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput
    """

    return sync_detailed(
        payable_register_id=payable_register_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PayableRegistersPayableRegisterIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput]:
    """Update a payable register

    Args:
        payable_register_id (str):
        body (V1PayableRegistersPayableRegisterIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput]
    """

    kwargs = _get_kwargs(
        payable_register_id=payable_register_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payable_register_id: str,
    *,
    client: AuthenticatedClient,
    body: V1PayableRegistersPayableRegisterIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput | None:
    """Update a payable register

    Args:
        payable_register_id (str):
        body (V1PayableRegistersPayableRegisterIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1PayableRegistersPayableRegisterIdPutOutput
    """

    return (
        await asyncio_detailed(
            payable_register_id=payable_register_id,
            client=client,
            body=body,
        )
    ).parsed
