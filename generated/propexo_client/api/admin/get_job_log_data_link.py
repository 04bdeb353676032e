from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.v1_admin_job_logs_job_log_id_data_get_output import V1AdminJobLogsJobLogIdDataGetOutput
from ...types import Response


def _get_kwargs(
    job_log_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/job-logs/{job_log_id}/data".format(
            job_log_id=quote(str(job_log_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput | None:
    if response.status_code == 200:
        response_200 = V1AdminJobLogsJobLogIdDataGetOutput.from_dict(response.json())

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
) -> Response[ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput]:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput]
    """

    kwargs = _get_kwargs(
        job_log_id=job_log_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput | None:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput
    """

    return sync_detailed(
        job_log_id=job_log_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput]:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput]
    """

    kwargs = _get_kwargs(
        job_log_id=job_log_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput | None:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | V1AdminJobLogsJobLogIdDataGetOutput
    """

    return (
        await asyncio_detailed(
            job_log_id=job_log_id,
            client=client,
        )
    ).parsed
