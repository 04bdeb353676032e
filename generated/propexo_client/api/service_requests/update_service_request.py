from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_service_requests_service_request_id_put_input import V1ServiceRequestsServiceRequestIdPutInput
from ...models.v1_service_requests_service_request_id_put_output import V1ServiceRequestsServiceRequestIdPutOutput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    service_request_id: str,
    *,
    body: V1ServiceRequestsServiceRequestIdPutInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/service-requests/{service_request_id}".format(
            service_request_id=quote(str(service_request_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput | None:
    if response.status_code == 200:
        response_200 = V1ServiceRequestsServiceRequestIdPutOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_request_id: str,
    *,
    client: AuthenticatedClient,
    body: V1ServiceRequestsServiceRequestIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput]:
    """Update service request

    Args:
        service_request_id (str):
        body (V1ServiceRequestsServiceRequestIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput]
    """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service_request_id: str,
    *,
    client: AuthenticatedClient,
    body: V1ServiceRequestsServiceRequestIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput | None:
    """Update service request

    Args:
        service_request_id (str):
        body (V1ServiceRequestsServiceRequestIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput
    """

    return sync_detailed(
        service_request_id=service_request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    service_request_id: str,
    *,
    client: AuthenticatedClient,
    body: V1ServiceRequestsServiceRequestIdPutInput | Unset = UNSET,
) -> Response[ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput]:
    """Update service request

    Args:
        service_request_id (str):
        body (V1ServiceRequestsServiceRequestIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput]
    """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service_request_id: str,
    *,
    client: AuthenticatedClient,
    body: V1ServiceRequestsServiceRequestIdPutInput | Unset = UNSET,
) -> ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput | None:
    """Update service request

    Args:
        service_request_id (str):
        body (V1ServiceRequestsServiceRequestIdPutInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1ServiceRequestsServiceRequestIdPutOutput
    """

    return (
        await asyncio_detailed(
            service_request_id=service_request_id,
            client=client,
            body=body,
        )
    ).parsed
