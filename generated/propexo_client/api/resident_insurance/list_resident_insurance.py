from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_resident_insurance_response import ListResidentInsuranceResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    integration_id: str | Unset = UNSET,
    integration_vendor: str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["integration_id"] = integration_id

    params["integration_vendor"] = integration_vendor

    params["lease_id"] = lease_id

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

    params["property_id"] = property_id

    params["resident_id"] = resident_id

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/resident-insurance/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListResidentInsuranceResponse | None:
    with errors.parsing("list_resident_insurance", error_status=not response.is_success):
        if response.status_code == 200:
            response_200 = ListResidentInsuranceResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        if client.raise_on_unexpected_status:
            raise errors.status_error("list_resident_insurance", response)
        else:
            return None
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListResidentInsuranceResponse]:
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
    integration_vendor: str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListResidentInsuranceResponse]:
    """Get all resident insurance

    Args:
        integration_id (str | Unset):
        integration_vendor (str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListResidentInsuranceResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        lease_id=lease_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        unit_id=unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _parse_success(*, response: httpx.Response) -> ListResidentInsuranceResponse:
    if not response.is_success:
        raise errors.status_error("list_resident_insurance", response)
    with errors.parsing("list_resident_insurance"):
        response_200 = ListResidentInsuranceResponse.from_dict(response.json())

        return response_200


def sync(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> ListResidentInsuranceResponse:
    """Get all resident insurance

    Args:
        integration_id (str | Unset):
        integration_vendor (str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListResidentInsuranceResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        lease_id=lease_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        unit_id=unit_id,
    )

    with errors.sending("list_resident_insurance"):
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _parse_success(response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListResidentInsuranceResponse]:
    """Get all resident insurance

    Args:
        integration_id (str | Unset):
        integration_vendor (str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: An undocumented status (its subclass: NotFoundError for 404, ...), when
            Client.raise_on_unexpected_status is True.
        propexo_client.errors.ResponseValidationError: A documented answer whose body does not fit the spec.
        httpx.TimeoutException: No answer within Client.timeout.

    Returns:
        Response[ErrorResponse | ListResidentInsuranceResponse]
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        lease_id=lease_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    integration_id: str | Unset = UNSET,
    integration_vendor: str | Unset = UNSET,
    lease_id: str | Unset = UNSET,
    limit: int | None | Unset = 100,
    offset: int | None | Unset = 0,
    order_by: str | Unset = "created_at:desc",
    property_id: str | Unset = UNSET,
    resident_id: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> ListResidentInsuranceResponse:
    """Get all resident insurance

    Args:
        integration_id (str | Unset):
        integration_vendor (str | Unset):
        lease_id (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        unit_id (str | Unset):

    Raises:
        propexo_client.errors.APIStatusError: Any non-2xx answer (BadRequestError for 400, AuthenticationError for
            401, ..., InternalServerError for 5xx).
        propexo_client.errors.APIConnectionError: No answer (APITimeoutError: none within Client.timeout).
        propexo_client.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        ListResidentInsuranceResponse
    """

    kwargs = _get_kwargs(
        integration_id=integration_id,
        integration_vendor=integration_vendor,
        lease_id=lease_id,
        limit=limit,
        offset=offset,
        order_by=order_by,
        property_id=property_id,
        resident_id=resident_id,
        unit_id=unit_id,
    )

    with errors.sending("list_resident_insurance"):
        response = await client.get_async_httpx_client().request(**kwargs)

    return _parse_success(response=response)
