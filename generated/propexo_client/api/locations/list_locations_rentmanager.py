from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_locations_rentmanager_integration_vendor import ListLocationsRentmanagerIntegrationVendor
from ...models.list_locations_rentmanager_response import ListLocationsRentmanagerResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLocationsRentmanagerIntegrationVendor | Unset = UNSET,
    last_seen_gte: None | str | Unset = UNSET,
    last_seen_lte: None | str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    updated_at_gte: None | str | Unset = UNSET,
    updated_at_lte: None | str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    json_integration_vendor: str | Unset = UNSET
    if not isinstance(integration_vendor, Unset):
        json_integration_vendor = integration_vendor

    params["integration_vendor"] = json_integration_vendor

    json_last_seen_gte: None | str | Unset
    if isinstance(last_seen_gte, Unset):
        json_last_seen_gte = UNSET
    else:
        json_last_seen_gte = last_seen_gte
    params["last_seen_gte"] = json_last_seen_gte

    json_last_seen_lte: None | str | Unset
    if isinstance(last_seen_lte, Unset):
        json_last_seen_lte = UNSET
    else:
        json_last_seen_lte = last_seen_lte
    params["last_seen_lte"] = json_last_seen_lte

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["order-by"] = order_by

    json_updated_at_gte: None | str | Unset
    if isinstance(updated_at_gte, Unset):
        json_updated_at_gte = UNSET
    else:
        json_updated_at_gte = updated_at_gte
    params["updated_at_gte"] = json_updated_at_gte

    json_updated_at_lte: None | str | Unset
    if isinstance(updated_at_lte, Unset):
        json_updated_at_lte = UNSET
    else:
        json_updated_at_lte = updated_at_lte
    params["updated_at_lte"] = json_updated_at_lte

    params["x_id"] = x_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/locations/rentmanager/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListLocationsRentmanagerResponse | None:
    with errors.parsing("list_locations_rentmanager", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListLocationsRentmanagerResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_locations_rentmanager", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListLocationsRentmanagerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLocationsRentmanagerIntegrationVendor | Unset = UNSET,
    last_seen_gte: None | str | Unset = UNSET,
    last_seen_lte: None | str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    updated_at_gte: None | str | Unset = UNSET,
    updated_at_lte: None | str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListLocationsRentmanagerResponse]:
    """Get all locations: Rent Manager

    Args:
        integration_id (str | Unset):
        integration_vendor (ListLocationsRentmanagerIntegrationVendor | Unset): One of 'APPFOLIO',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'YARDI', 'YARDI_REST'.
        last_seen_gte (None | str | Unset):
        last_seen_lte (None | str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        updated_at_gte (None | str | Unset):
        updated_at_lte (None | str | Unset):
        x_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListLocationsRentmanagerResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        last_seen_gte=last_seen_gte,
        last_seen_lte=last_seen_lte,
        limit=limit,
        offset=offset,
        order_by=order_by,
        updated_at_gte=updated_at_gte,
        updated_at_lte=updated_at_lte,
        x_id=x_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> ListLocationsRentmanagerResponse:
    if not response.is_success:
        raise errors.status_error("list_locations_rentmanager", response)
    with errors.parsing("list_locations_rentmanager"):
        response_200 = ListLocationsRentmanagerResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLocationsRentmanagerIntegrationVendor | Unset = UNSET,
    last_seen_gte: None | str | Unset = UNSET,
    last_seen_lte: None | str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    updated_at_gte: None | str | Unset = UNSET,
    updated_at_lte: None | str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> ListLocationsRentmanagerResponse:
    """Get all locations: Rent Manager

    Args:
        integration_id (str | Unset):
        integration_vendor (ListLocationsRentmanagerIntegrationVendor | Unset): One of 'APPFOLIO',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'YARDI', 'YARDI_REST'.
        last_seen_gte (None | str | Unset):
        last_seen_lte (None | str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        updated_at_gte (None | str | Unset):
        updated_at_lte (None | str | Unset):
        x_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListLocationsRentmanagerResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        last_seen_gte=last_seen_gte,
        last_seen_lte=last_seen_lte,
        limit=limit,
        offset=offset,
        order_by=order_by,
        updated_at_gte=updated_at_gte,
        updated_at_lte=updated_at_lte,
        x_id=x_id,
    )

    with errors.sending("list_locations_rentmanager"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLocationsRentmanagerIntegrationVendor | Unset = UNSET,
    last_seen_gte: None | str | Unset = UNSET,
    last_seen_lte: None | str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    updated_at_gte: None | str | Unset = UNSET,
    updated_at_lte: None | str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListLocationsRentmanagerResponse]:
    """Get all locations: Rent Manager

    Args:
        integration_id (str | Unset):
        integration_vendor (ListLocationsRentmanagerIntegrationVendor | Unset): One of 'APPFOLIO',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'YARDI', 'YARDI_REST'.
        last_seen_gte (None | str | Unset):
        last_seen_lte (None | str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        updated_at_gte (None | str | Unset):
        updated_at_lte (None | str | Unset):
        x_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListLocationsRentmanagerResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        last_seen_gte=last_seen_gte,
        last_seen_lte=last_seen_lte,
        limit=limit,
        offset=offset,
        order_by=order_by,
        updated_at_gte=updated_at_gte,
        updated_at_lte=updated_at_lte,
        x_id=x_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: ListLocationsRentmanagerIntegrationVendor | Unset = UNSET,
    last_seen_gte: None | str | Unset = UNSET,
    last_seen_lte: None | str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    updated_at_gte: None | str | Unset = UNSET,
    updated_at_lte: None | str | Unset = UNSET,
    x_id: str | Unset = UNSET,
) -> ListLocationsRentmanagerResponse:
    """Get all locations: Rent Manager

    Args:
        integration_id (str | Unset):
        integration_vendor (ListLocationsRentmanagerIntegrationVendor | Unset): One of 'APPFOLIO',
            'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE',
            'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'YARDI', 'YARDI_REST'.
        last_seen_gte (None | str | Unset):
        last_seen_lte (None | str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        updated_at_gte (None | str | Unset):
        updated_at_lte (None | str | Unset):
        x_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListLocationsRentmanagerResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        last_seen_gte=last_seen_gte,
        last_seen_lte=last_seen_lte,
        limit=limit,
        offset=offset,
        order_by=order_by,
        updated_at_gte=updated_at_gte,
        updated_at_lte=updated_at_lte,
        x_id=x_id,
    )

    with errors.sending("list_locations_rentmanager"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
