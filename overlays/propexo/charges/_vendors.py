"""Per-vendor parts of batch submission: the item fields, the partition, the request body.

Four PMSs have a batch endpoint (`POST /v1/resident-charges/batch/{vendor}/`). Each takes
charges of one partition per request: one Rent Manager location, one ResMan property (both
stated by Propexo), one Yardi property and one Propertyware REST lease (not stated: the safe
choice, see `YARDI` and `PROPERTYWARE_REST`). Each declares here, once, the `Charge` fields its
items require and those it also takes; the fields' checks are `Charge`'s own. Everything else
(validation, planning, sending, results, the journal) is the same code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_propertyware_rest as propertyware_rest_batch,
)
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_rentmanager as rentmanager_batch,
)
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_resman as resman_batch,
)
from propexo_client.api.resident_charges import (
    batch_create_resident_charges_yardi as yardi_batch,
)
from propexo_client.models import (
    BatchCreateResidentChargesPropertywareRestRequest,
    BatchCreateResidentChargesPropertywareRestRequestChargesItems,
    BatchCreateResidentChargesRentmanagerRequest,
    BatchCreateResidentChargesRentmanagerRequestChargesItems,
    BatchCreateResidentChargesResmanRequest,
    BatchCreateResidentChargesResmanRequestChargesItems,
    BatchCreateResidentChargesYardiRequest,
    BatchCreateResidentChargesYardiRequestChargesItems,
)

from .._client import AnyClient
from .._errors import ConfigurationError
from ._directory import PartitionDirectory, RentManagerLocations, ResManProperties
from ._model import FIELDS, SPECS, Charge, sent_values
from ._plan import Chunk

#: The generated operation's request builder: method, URL, headers and JSON body of a call.
BuildRequest = Callable[..., dict[str, Any]]


@attrs.frozen
class Vendor:
    """What differs between PMS batch endpoints."""

    name: str  # as on the command line and in Propexo's path: "rentmanager"
    label: str  # for people: "Rent Manager"
    partition: str  # what one request is limited to: "location", "property", "lease"
    charge_field: str  # the Charge field that names (or may name) the partition
    # The `Charge` fields its batch items require, and those they may also carry, under the
    # same names; `extra`: input fields it takes that its items do not carry (a partition
    # named up front, a field its body makes something else of). A row giving any other
    # field is refused.
    required: tuple[str, ...]
    optional: tuple[str, ...]
    # What identifies one of its charges in Propexo's records (write logs and synced
    # charges): fields its items carry under their own names.
    key: tuple[str, ...]
    body: Callable[[str, Chunk], Any] = attrs.field(repr=False)  # generated input model
    # The generated batch operation's own request builder (`_get_kwargs(body=...)`): the
    # request is built in full, and any error in doing so raised, before anything is sent.
    build_request: BuildRequest = attrs.field(repr=False)
    extra: tuple[str, ...] = ()
    # Where a charge's partition is looked up when the charge does not name it (None: every
    # charge names it, as a required field).
    directory: Callable[[AnyClient, str], PartitionDirectory] | None = attrs.field(
        default=None, repr=False
    )

    def __attrs_post_init__(self) -> None:
        for name in (*self.fields, *self.key, self.charge_field):
            if name not in SPECS:
                raise ValueError(f"{self.name}: {name!r} is not a Charge field")

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field it takes, in `Charge`'s order."""
        taken = {*self.required, *self.optional, *self.extra}
        return tuple(name for name in FIELDS if name in taken)

    @property
    def item_fields(self) -> tuple[str, ...]:
        """The fields its batch items carry under their own names, in `Charge`'s order."""
        taken = {*self.required, *self.optional}
        return tuple(name for name in FIELDS if name in taken)

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
            BatchCreateResidentChargesRentmanagerRequestChargesItems(
                **sent_values(c, RENTMANAGER.item_fields)
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
                **sent_values(c, RESMAN.item_fields),
                batch_id=batch_id,
                description=c.description or c.notes or c.reference_number or "",
            )
            for c in chunk.charges
        ],
    )


def _yardi_body(integration_id: str, chunk: Chunk) -> BatchCreateResidentChargesYardiRequest:
    return BatchCreateResidentChargesYardiRequest(
        integration_id=integration_id,
        charges=[
            BatchCreateResidentChargesYardiRequestChargesItems(**sent_values(c, YARDI.item_fields))
            for c in chunk.charges
        ],
    )


def _propertyware_rest_body(
    integration_id: str, chunk: Chunk
) -> BatchCreateResidentChargesPropertywareRestRequest:
    items = []
    for c in chunk.charges:
        values = sent_values(c, PROPERTYWARE_REST.item_fields)
        # Its item's date is a text (date or date-time with offset), not a date-time.
        values["transaction_date"] = c.transaction_date.isoformat()
        items.append(BatchCreateResidentChargesPropertywareRestRequestChargesItems(**values))
    return BatchCreateResidentChargesPropertywareRestRequest(
        integration_id=integration_id, charges=items
    )


#: The fields of a Rent Manager or ResMan item (before ResMan's own batch id and
#: description), and what identifies their charges.
_RESIDENT_ITEM = (
    "resident_id",
    "charge_code_id",
    "transaction_date",
    "notes",
    "amount_in_cents",
    "reference_number",
)

RENTMANAGER = Vendor(
    name="rentmanager",
    label="Rent Manager",
    partition="location",
    charge_field="location_id",
    required=_RESIDENT_ITEM,
    optional=(),
    key=_RESIDENT_ITEM,
    body=_rentmanager_body,
    build_request=rentmanager_batch._get_kwargs,
    extra=("location_id", "property_id"),
    directory=lambda client, iid: RentManagerLocations(client, iid),
)
#: ResMan's item is Rent Manager's, partitioned by property, plus `batch_id` (one per chunk,
#: `resman_batch_id`) and `description` (the row's `description`, else its notes, else its
#: reference number).
RESMAN = attrs.evolve(
    RENTMANAGER,
    name="resman",
    label="ResMan",
    partition="property",
    charge_field="property_id",
    body=_resman_body,
    build_request=resman_batch._get_kwargs,
    extra=("location_id", "property_id", "description"),
    directory=lambda client, iid: ResManProperties(client, iid),
)
#: Yardi: every item names its property, unit and financial account; it has no reference
#: number and no notes (`description` and `post_month`, YYYY-MM, are optional). Propexo
#: states no partition rule for it (only that a batch is one call to Yardi's ImportCharge):
#: one Yardi property per request, the safe reading. Its charges are identified by
#: property, unit, account, resident, charge code, date, amount and description.
_YARDI_ITEM = (
    "resident_id",
    "charge_code_id",
    "transaction_date",
    "amount_in_cents",
    "property_id",
    "unit_id",
    "financial_account_id",
)
YARDI = Vendor(
    name="yardi",
    label="Yardi",
    partition="property",
    charge_field="property_id",
    required=_YARDI_ITEM,
    optional=("description", "post_month"),
    key=(*_YARDI_ITEM, "description"),
    body=_yardi_body,
    build_request=yardi_batch._get_kwargs,
)
#: Propertyware REST: items name a lease and a financial account (`description` and
#: `reference_number` optional), no resident. Propexo states no partition rule for it, and
#: its items carry nothing coarser than the lease: one lease per request, the safe reading
#: (a lease lies in one property and one portfolio, whatever the real rule is), at the cost
#: of a request per lease.
PROPERTYWARE_REST = Vendor(
    name="propertyware_rest",
    label="Propertyware REST",
    partition="lease",
    charge_field="lease_id",
    required=("transaction_date", "amount_in_cents", "financial_account_id", "lease_id"),
    optional=("reference_number", "description"),
    key=(
        "transaction_date",
        "amount_in_cents",
        "reference_number",
        "financial_account_id",
        "lease_id",
        "description",
    ),
    body=_propertyware_rest_body,
    build_request=propertyware_rest_batch._get_kwargs,
)
VENDORS = {v.name: v for v in (RENTMANAGER, RESMAN, YARDI, PROPERTYWARE_REST)}
_BY_SPELLING = {name.replace("_", ""): v for name, v in VENDORS.items()}


def get_vendor(vendor: str | Vendor) -> Vendor:
    """A vendor by name ("rentmanager", "RESMAN", ...) or as given."""
    if isinstance(vendor, Vendor):
        return vendor
    found = _BY_SPELLING.get(vendor.strip().lower().replace("_", "").replace(" ", ""))
    if found is None:
        raise ConfigurationError(
            f"unknown vendor {vendor!r}; batch charges are supported for {', '.join(VENDORS)}"
        )
    return found
