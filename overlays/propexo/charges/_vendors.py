"""Per-vendor parts of batch submission: the partition key, the endpoint, the request body.

Every PMS batch endpoint takes charges of one partition per request: one Rent Manager
location, or one ResMan property. Everything else (validation, planning, sending, results) is
the same code; a `Vendor` only says how to find a charge's partition and how to post a chunk.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_rentmanager as rentmanager_batch,
)
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_resman as resman_batch,
)
from propexo_client.models import (
    BatchCreateResidentChargesRentmanagerRequest,
    BatchCreateResidentChargesRentmanagerRequestChargesItems,
    BatchCreateResidentChargesResmanRequest,
    BatchCreateResidentChargesResmanRequestChargesItems,
)
from propexo_client.types import Response

from .._client import PropexoClient
from .._errors import ConfigurationError
from ._directory import PartitionDirectory, RentManagerLocations, ResManProperties
from ._model import Charge
from ._plan import Chunk

SendSync = Callable[[PropexoClient, Any], Response[Any]]
SendAsync = Callable[[PropexoClient, Any], Awaitable[Response[Any]]]


@attrs.frozen
class Vendor:
    """What differs between PMS batch endpoints."""

    name: str  # as on the command line: "rentmanager"
    label: str  # for people: "Rent Manager"
    partition: str  # what one request is limited to: "location" or "property"
    charge_field: str  # the Charge field that may name the partition up front
    directory: Callable[[PropexoClient, str], PartitionDirectory] = attrs.field(repr=False)
    body: Callable[[str, Chunk], Any] = attrs.field(repr=False)  # generated input model
    send: SendSync = attrs.field(repr=False)
    asend: SendAsync = attrs.field(repr=False)

    def partition_of(self, charge: Charge) -> str | None:
        value: str | None = getattr(charge, self.charge_field)
        return value


def _rentmanager_body(
    integration_id: str, chunk: Chunk
) -> BatchCreateResidentChargesRentmanagerRequest:
    return BatchCreateResidentChargesRentmanagerRequest(
        integration_id=integration_id,
        charges=[
            BatchCreateResidentChargesRentmanagerRequestChargesItems(
                resident_id=c.resident_id,
                charge_code_id=c.charge_code_id,
                transaction_date=c.transaction_date,
                notes=c.notes,
                amount_in_cents=c.amount_in_cents,
                reference_number=c.reference_number,
            )
            for c in chunk.charges
        ],
    )


def resman_batch_id(chunk: Chunk) -> str:
    """ResMan wants a batch id "unique to your system": the chunk's id is stable per content."""
    return f"propexo-{chunk.id}"


def _resman_body(integration_id: str, chunk: Chunk) -> BatchCreateResidentChargesResmanRequest:
    batch_id = resman_batch_id(chunk)
    return BatchCreateResidentChargesResmanRequest(
        integration_id=integration_id,
        charges=[
            BatchCreateResidentChargesResmanRequestChargesItems(
                resident_id=c.resident_id,
                charge_code_id=c.charge_code_id,
                batch_id=batch_id,
                transaction_date=c.transaction_date,
                description=c.notes or c.reference_number,
                notes=c.notes,
                amount_in_cents=c.amount_in_cents,
                reference_number=c.reference_number,
            )
            for c in chunk.charges
        ],
    )


RENTMANAGER = Vendor(
    name="rentmanager",
    label="Rent Manager",
    partition="location",
    charge_field="location_id",
    directory=lambda client, iid: RentManagerLocations(client, iid),
    body=_rentmanager_body,
    send=lambda client, body: rentmanager_batch.sync_detailed(client=client.api, body=body),
    asend=lambda client, body: rentmanager_batch.asyncio_detailed(client=client.api, body=body),
)
RESMAN = Vendor(
    name="resman",
    label="ResMan",
    partition="property",
    charge_field="property_id",
    directory=lambda client, iid: ResManProperties(client, iid),
    body=_resman_body,
    send=lambda client, body: resman_batch.sync_detailed(client=client.api, body=body),
    asend=lambda client, body: resman_batch.asyncio_detailed(client=client.api, body=body),
)
VENDORS = {v.name: v for v in (RENTMANAGER, RESMAN)}


def get_vendor(vendor: str | Vendor) -> Vendor:
    """A vendor by name ("rentmanager", "RESMAN", ...) or as given."""
    if isinstance(vendor, Vendor):
        return vendor
    found = VENDORS.get(vendor.strip().lower().replace("_", "").replace(" ", ""))
    if found is None:
        raise ConfigurationError(
            f"unknown vendor {vendor!r}; batch charges are supported for {', '.join(VENDORS)}"
        )
    return found
