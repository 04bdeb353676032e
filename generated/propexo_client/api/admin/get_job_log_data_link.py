from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_job_log_data_link_response import GetJobLogDataLinkResponse
from ...types import Response


def _get_kwargs(
    job_log_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/job-logs/{job_log_id}/data".format(
            job_log_id=errors.path_segment("job_log_id", job_log_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetJobLogDataLinkResponse | None:
    with errors.parsing("get_job_log_data_link", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = GetJobLogDataLinkResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("get_job_log_data_link", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetJobLogDataLinkResponse]:
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
) -> Response[ErrorResponse | GetJobLogDataLinkResponse]:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetJobLogDataLinkResponse]
    """

    kwargs = _get_kwargs(
        job_log_id=job_log_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> GetJobLogDataLinkResponse:
    if not response.is_success:
        raise errors.status_error("get_job_log_data_link", response)
    with errors.parsing("get_job_log_data_link"):
        response_200 = GetJobLogDataLinkResponse.from_dict(response.json())

        return response_200


def sync(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> GetJobLogDataLinkResponse:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetJobLogDataLinkResponse
    """

    kwargs = _get_kwargs(
        job_log_id=job_log_id,
    )

    with errors.sending("get_job_log_data_link"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    job_log_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetJobLogDataLinkResponse]:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetJobLogDataLinkResponse]
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
) -> GetJobLogDataLinkResponse:
    """Get a link to the job log raw request and response data of a write job.

    Args:
        job_log_id (str):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetJobLogDataLinkResponse
    """

    kwargs = _get_kwargs(
        job_log_id=job_log_id,
    )

    with errors.sending("get_job_log_data_link"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
