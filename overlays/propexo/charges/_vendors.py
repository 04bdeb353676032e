"""Per-vendor parts of batch submission: the partition key, the endpoint, the request body.

Every PMS batch endpoint takes charges of one partition per request: one Rent Manager
location, or one ResMan property. Everything else (validation, planning, sending, results) is
the same code; a `Vendor` only says how to find a charge's partition and how to post a chunk.
"""

from __future__ import annotations

from collections.abc import Callable
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

from .._client import AnyClient
from .._errors import ConfigurationError
from ._directory import PartitionDirectory, RentManagerLocations, ResManProperties
from ._model import Charge, sent_values
from ._plan import Chunk

#: The generated operation's request builder: method, URL, headers and JSON body of a call.
BuildRequest = Callable[..., dict[str, Any]]


@attrs.frozen
class Vendor:
    """What differs between PMS batch endpoints."""

    name: str  # as on the command line: "rentmanager"
    label: str  # for people: "Rent Manager"
    partition: str  # what one request is limited to: "location" or "property"
    charge_field: str  # the Charge field that may name the partition up front
    directory: Callable[[AnyClient, str], PartitionDirectory] = attrs.field(repr=False)
    body: Callable[[str, Chunk], Any] = attrs.field(repr=False)  # generated input model
    # The generated batch operation's own request builder (`_get_kwargs(body=...)`): the
    # request is built in full, and any error in doing so raised, before anything is sent.
    build_request: BuildRequest = attrs.field(repr=False)

    def request(self, integration_id: str, chunk: Chunk) -> dict[str, Any]:
        """The batch request of `chunk` (keyword arguments of `httpx.Client.request`)."""
        return self.build_request(body=self.body(integration_id, chunk))

    def partition_noun(self, count: int) -> str:
        """The partition's noun for `count` of them: "location" for 1, else "locations"
        ("properties")."""
        word = self.partition
        if count == 1:
            return word
        return word[:-1] + "ies" if word.endswith("y") else word + "s"

    def partition_of(self, charge: Charge) -> str | None:
        value: str | None = getattr(charge, self.charge_field)
        return value


def _rentmanager_body(
    integration_id: str, chunk: Chunk
) -> BatchCreateResidentChargesRentmanagerRequest:
    return BatchCreateResidentChargesRentmanagerRequest(
        integration_id=integration_id,
        charges=[
            BatchCreateResidentChargesRentmanagerRequestChargesItems(**sent_values(c))
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
                **sent_values(c),
                batch_id=batch_id,
                description=c.notes or c.reference_number,
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
    build_request=rentmanager_batch._get_kwargs,
)
RESMAN = Vendor(
    name="resman",
    label="ResMan",
    partition="property",
    charge_field="property_id",
    directory=lambda client, iid: ResManProperties(client, iid),
    body=_resman_body,
    build_request=resman_batch._get_kwargs,
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
