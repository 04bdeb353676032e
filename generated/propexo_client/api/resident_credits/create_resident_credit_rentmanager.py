from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_resident_credits_rentmanager_post_input import V1ResidentCreditsRentmanagerPostInput
from ...models.v1_resident_credits_rentmanager_post_output import V1ResidentCreditsRentmanagerPostOutput
from ...types import Response


def _get_kwargs(
    *,
    body: V1ResidentCreditsRentmanagerPostInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/resident-credits/rentmanager/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1ResidentCreditsRentmanagerPostOutput | None:
    if response.status_code == 200:
        response_200 = V1ResidentCreditsRentmanagerPostOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1ResidentCreditsRentmanagerPostOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: V1ResidentCreditsRentmanagerPostInput,
) -> Response[ErrorResponse | V1ResidentCreditsRentmanagerPostOutput]:
    """Create Resident Credit: Rent Manager

    Args:
        body (V1ResidentCreditsRentmanagerPostInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ResidentCreditsRentmanagerPostOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: V1ResidentCreditsRentmanagerPostInput,
) -> ErrorResponse | V1ResidentCreditsRentmanagerPostOutput | None:
    """Create Resident Credit: Rent Manager

    Args:
        body (V1ResidentCreditsRentmanagerPostInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ResidentCreditsRentmanagerPostOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: V1ResidentCreditsRentmanagerPostInput,
) -> Response[ErrorResponse | V1ResidentCreditsRentmanagerPostOutput]:
    """Create Resident Credit: Rent Manager

    Args:
        body (V1ResidentCreditsRentmanagerPostInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ResidentCreditsRentmanagerPostOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: V1ResidentCreditsRentmanagerPostInput,
) -> ErrorResponse | V1ResidentCreditsRentmanagerPostOutput | None:
    """Create Resident Credit: Rent Manager

    Args:
        body (V1ResidentCreditsRentmanagerPostInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ResidentCreditsRentmanagerPostOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
