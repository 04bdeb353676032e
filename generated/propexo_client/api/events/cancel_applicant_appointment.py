from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_events_appointments_applicants_cancel_post_input import V1EventsAppointmentsApplicantsCancelPostInput
from ...models.v1_events_appointments_applicants_cancel_post_output import (
    V1EventsAppointmentsApplicantsCancelPostOutput,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: V1EventsAppointmentsApplicantsCancelPostInput | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/appointments/applicants/cancel",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput | None:
    if response.status_code == 200:
        response_200 = V1EventsAppointmentsApplicantsCancelPostOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: V1EventsAppointmentsApplicantsCancelPostInput | Unset = UNSET,
) -> Response[ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput]:
    """Cancel an appointment for an applicant

    Args:
        body (V1EventsAppointmentsApplicantsCancelPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput]
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
    body: V1EventsAppointmentsApplicantsCancelPostInput | Unset = UNSET,
) -> ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput | None:
    """Cancel an appointment for an applicant

    Args:
        body (V1EventsAppointmentsApplicantsCancelPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: V1EventsAppointmentsApplicantsCancelPostInput | Unset = UNSET,
) -> Response[ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput]:
    """Cancel an appointment for an applicant

    Args:
        body (V1EventsAppointmentsApplicantsCancelPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: V1EventsAppointmentsApplicantsCancelPostInput | Unset = UNSET,
) -> ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput | None:
    """Cancel an appointment for an applicant

    Args:
        body (V1EventsAppointmentsApplicantsCancelPostInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1EventsAppointmentsApplicantsCancelPostOutput
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
