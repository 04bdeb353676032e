from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_webhook_request import DeleteWebhookRequest
from ...models.delete_webhook_response import DeleteWebhookResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    webhook_id: str,
    *,
    body: DeleteWebhookRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/webhooks/{webhook_id}".format(
            webhook_id=errors.path_segment("webhook_id", webhook_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteWebhookResponse | ErrorResponse | None:
    with errors.parsing("delete_webhook", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = DeleteWebhookResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("delete_webhook", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteWebhookResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest | Unset = UNSET,
) -> Response[DeleteWebhookResponse | ErrorResponse]:
    """Delete a webhook

    Args:
        webhook_id (str):
        body (DeleteWebhookRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[DeleteWebhookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> DeleteWebhookResponse:
    if not response.is_success:
        raise errors.status_error("delete_webhook", response)
    with errors.parsing("delete_webhook"):
        response_200 = DeleteWebhookResponse.from_dict(response.json())

        return response_200


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest | Unset = UNSET,
) -> DeleteWebhookResponse:
    """Delete a webhook

    Args:
        webhook_id (str):
        body (DeleteWebhookRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        DeleteWebhookResponse
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    with errors.sending("delete_webhook"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest | Unset = UNSET,
) -> Response[DeleteWebhookResponse | ErrorResponse]:
    """Delete a webhook

    Args:
        webhook_id (str):
        body (DeleteWebhookRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[DeleteWebhookResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteWebhookRequest | Unset = UNSET,
) -> DeleteWebhookResponse:
    """Delete a webhook

    Args:
        webhook_id (str):
        body (DeleteWebhookRequest | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        DeleteWebhookResponse
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
    )

    with errors.sending("delete_webhook"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
