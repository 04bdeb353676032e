from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.retry_write_request import RetryWriteRequest
from ...models.retry_write_response import RetryWriteResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    root_job_id: str,
    *,
    body: RetryWriteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/admin/retry-write/{root_job_id}".format(
            root_job_id=errors.path_segment("root_job_id", root_job_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RetryWriteResponse | None:
    with errors.parsing("retry_write", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = RetryWriteResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("retry_write", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RetryWriteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    root_job_id: str,
    *,
    client: AuthenticatedClient,
    body: RetryWriteRequest | Unset = UNSET,
) -> Response[ErrorResponse | RetryWriteResponse]:
    """Retry a write operation

    Args:
        root_job_id (str):
        body (RetryWriteRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | RetryWriteResponse]
    """

    kwargs = _get_kwargs(
        root_job_id=root_job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> RetryWriteResponse:
    if not response.is_success:
        raise errors.status_error("retry_write", response)
    with errors.parsing("retry_write"):
        response_200 = RetryWriteResponse.from_dict(response.json())

        return response_200


def sync(
    root_job_id: str,
    *,
    client: AuthenticatedClient,
    body: RetryWriteRequest | Unset = UNSET,
) -> RetryWriteResponse:
    """Retry a write operation

    Args:
        root_job_id (str):
        body (RetryWriteRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        RetryWriteResponse
    """

    kwargs = _get_kwargs(
        root_job_id=root_job_id,
        body=body,
    )

    with errors.sending("retry_write"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    root_job_id: str,
    *,
    client: AuthenticatedClient,
    body: RetryWriteRequest | Unset = UNSET,
) -> Response[ErrorResponse | RetryWriteResponse]:
    """Retry a write operation

    Args:
        root_job_id (str):
        body (RetryWriteRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | RetryWriteResponse]
    """

    kwargs = _get_kwargs(
        root_job_id=root_job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    root_job_id: str,
    *,
    client: AuthenticatedClient,
    body: RetryWriteRequest | Unset = UNSET,
) -> RetryWriteResponse:
    """Retry a write operation

    Args:
        root_job_id (str):
        body (RetryWriteRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        RetryWriteResponse
    """

    kwargs = _get_kwargs(
        root_job_id=root_job_id,
        body=body,
    )

    with errors.sending("retry_write"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
