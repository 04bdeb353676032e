from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_invoices_invoice_id_put_input import V1InvoicesInvoiceIdPutInput
from ...models.v1_invoices_invoice_id_put_output import V1InvoicesInvoiceIdPutOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    invoice_id: str,
    *,
    body: V1InvoicesInvoiceIdPutInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1InvoicesInvoiceIdPutOutput | None:
    if response.status_code == 200:
        response_200 = V1InvoicesInvoiceIdPutOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1InvoicesInvoiceIdPutOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1InvoicesInvoiceIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1InvoicesInvoiceIdPutOutput]:
    """Update invoice

    Args:
        invoice_id (str):
        body (V1InvoicesInvoiceIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1InvoicesInvoiceIdPutOutput]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1InvoicesInvoiceIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1InvoicesInvoiceIdPutOutput | None:
    """Update invoice

    Args:
        invoice_id (str):
        body (V1InvoicesInvoiceIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1InvoicesInvoiceIdPutOutput
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1InvoicesInvoiceIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1InvoicesInvoiceIdPutOutput]:
    """Update invoice

    Args:
        invoice_id (str):
        body (V1InvoicesInvoiceIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1InvoicesInvoiceIdPutOutput]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: V1InvoicesInvoiceIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1InvoicesInvoiceIdPutOutput | None:
    """Update invoice

    Args:
        invoice_id (str):
        body (V1InvoicesInvoiceIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1InvoicesInvoiceIdPutOutput
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
