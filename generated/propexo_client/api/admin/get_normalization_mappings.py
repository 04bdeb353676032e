from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_normalization_mappings_response import GetNormalizationMappingsResponse
from ...models.integration_vendor import IntegrationVendor
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model: str,
    field: str,
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: IntegrationVendor,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    json_integration_vendor: str = integration_vendor
    params["integration_vendor"] = json_integration_vendor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/normalization/{model}/{field}".format(
            model=errors.path_segment("model", model),
            field=errors.path_segment("field", field),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetNormalizationMappingsResponse | None:
    with errors.parsing("get_normalization_mappings", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = GetNormalizationMappingsResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("get_normalization_mappings", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetNormalizationMappingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: IntegrationVendor,
) -> Response[ErrorResponse | GetNormalizationMappingsResponse]:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER',
            'RENTVINE', 'RESMAN', 'SAMPLE1'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetNormalizationMappingsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> GetNormalizationMappingsResponse:
    if not response.is_success:
        raise errors.status_error("get_normalization_mappings", response)
    with errors.parsing("get_normalization_mappings"):
        response_200 = GetNormalizationMappingsResponse.from_dict(response.json())

        return response_200


def sync(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: IntegrationVendor,
) -> GetNormalizationMappingsResponse:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER',
            'RENTVINE', 'RESMAN', 'SAMPLE1'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetNormalizationMappingsResponse
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    with errors.sending("get_normalization_mappings"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: IntegrationVendor,
) -> Response[ErrorResponse | GetNormalizationMappingsResponse]:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER',
            'RENTVINE', 'RESMAN', 'SAMPLE1'.

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | GetNormalizationMappingsResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    field: str,
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: IntegrationVendor,
) -> GetNormalizationMappingsResponse:
    """Get custom enum mappings for normalizing PMS-specific field values

    Args:
        model (str):
        field (str):
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER',
            'RENTVINE', 'RESMAN', 'SAMPLE1'.

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        GetNormalizationMappingsResponse
    """

    kwargs = _get_kwargs(
        model=model,
        field=field,
        integration_id=integration_id,
        integration_vendor=integration_vendor,
    )

    with errors.sending("get_normalization_mappings"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
