"""Domain records of the fake and their JSON shapes in Propexo's API."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Self

from ._clock import iso
from ._jobs import Outcome

RENTMANAGER = "RENTMANAGER"
RESMAN = "RESMAN"
YARDI = "YARDI"
#: A Propertyware REST lease is kept as a `Resident` record (its id the lease id): the fake
#: needs only which property and integration it belongs to.
PROPERTYWARE_REST = "PROPERTYWARE_REST"


class Record:
    """JSON round-trip for the plain dataclasses below."""

    id: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Integration(Record):
    id: str
    vendor: str  # RENTMANAGER, RESMAN, YARDI or PROPERTYWARE_REST


@dataclass
class _Entity(Record):
    """A record of one integration, with its id in the property-management system."""

    id: str
    integration_id: str
    x_id: str


@dataclass
class Location(_Entity):
    """A Rent Manager location (a client property group the integration is narrowed to)."""

    name: str | None = None
    created_at: float = 0.0


@dataclass
class Property(_Entity):
    name: str | None = None
    location_id: str | None = None
    created_at: float = 0.0


@dataclass
class Resident(_Entity):
    """A resident; `location_ids` normally holds one id (Rent Manager) or none (ResMan)."""

    property_id: str
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    location_ids: list[str] = field(default_factory=list)
    created_at: float = 0.0


@dataclass
class ChargeCode(_Entity):
    property_id: str
    name: str | None = None
    created_at: float = 0.0


@dataclass
class Job(Record):
    """A batch write job; a retry is a new job with the same charges and `retry_of` set."""

    id: str
    integration_id: str
    vendor: str
    body: dict[str, Any]
    scope_id: str  # the location (Rent Manager) or property (ResMan) of every charge
    created_at: float
    outcome: Outcome
    retry_of: str | None = None

    @property
    def charges(self) -> list[dict[str, Any]]:
        charges: list[dict[str, Any]] = self.body["charges"]
        return charges

    @property
    def done_at(self) -> float:
        return self.created_at + self.outcome.delay

    def status(self, now: float) -> str:
        return "PENDING" if now < self.done_at else self.outcome.status

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["outcome"] = self.outcome.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        data = {**data, "outcome": Outcome.from_json(data.get("outcome", {}))}
        return super().from_json(data)


@dataclass
class AcceptedCharge(Record):
    """One charge of an accepted batch request."""

    job_id: str
    index: int
    integration_id: str
    vendor: str
    resident_id: str
    location_id: str | None
    property_id: str
    charge: dict[str, Any]
    accepted_at: float


def stamps(created_at: float) -> dict[str, Any]:
    text = iso(created_at)
    return {"created_at": text, "updated_at": text, "last_seen": text}


def location_json(loc: Location, vendor: str) -> dict[str, Any]:
    return {
        "id": loc.id,
        **stamps(loc.created_at),
        "x_id": loc.x_id,
        "name": loc.name,
        "integration_id": loc.integration_id,
        "integration_vendor": vendor,
    }


_RESIDENT_NULLS = [
    "x_lease_id",
    "address_1_alternate",
    "address_1",
    "address_2_alternate",
    "address_2",
    "balance_in_cents",
    "city_alternate",
    "city",
    "country_alternate",
    "country",
    "custom_data",
    "date_of_birth",
    "email_2",
    "is_employee",
    "late_balance_in_cents",
    "middle_name",
    "notes",
    "phone_2",
    "state_alternate",
    "state",
    "zip_alternate",
    "zip",
]


def resident_json(res: Resident, vendor: str) -> dict[str, Any]:
    return {
        "id": res.id,
        **stamps(res.created_at),
        "x_id": res.x_id,
        **dict.fromkeys(_RESIDENT_NULLS),
        "leases_meta_data": [],
        "first_name": res.first_name,
        "last_name": res.last_name,
        "email_1": res.email,
        # the spec's enums for phone types omit null, so both always carry a value
        "phone_1": res.phone,
        "phone_1_type": "MOBILE",
        "phone_2_type": "HOME",
        "pets": [],
        "vehicles": [],
        "integration_id": res.integration_id,
        "integration_vendor": vendor,
        "property_id": res.property_id,
    }


def charge_code_json(code: ChargeCode, vendor: str, prop: Property | None) -> dict[str, Any]:
    return {
        "id": code.id,
        **stamps(code.created_at),
        "x_id": code.x_id,
        "x_property_id": prop.x_id if prop else "",
        "x_location_id": None,
        "debit_gl_account": None,
        "credit_gl_account": None,
        "name": code.name,
        "description": code.name,
        "custom_data": None,
        "property_id": code.property_id,
        "integration_id": code.integration_id,
        "integration_vendor": vendor,
    }


def cents_raw(cents: int | float) -> str:
    return f"{cents / 100:.2f}"


def resident_charge_json(
    job: Job,
    index: int,
    resident: Resident | None,
    prop: Property | None,
    location: Location | None,
    code: ChargeCode | None,
) -> dict[str, Any]:
    """A synced charge as `GET /v1/resident-charges/` lists it (ResidentCharge schema)."""
    charge = job.charges[index]
    amount = charge["amount_in_cents"]
    return {
        "id": f"rc-{job.id}-{index}",
        **stamps(job.done_at),
        "x_id": f"x-{job.id}-{index}",
        "x_property_id": prop.x_id if prop else "",
        "x_gl_account_id": None,
        "x_location_id": location.x_id if location else None,
        "x_lease_id": None,
        "x_resident_id": resident.x_id if resident else None,
        "x_unit_id": None,
        "x_charge_code_id": code.x_id if code else None,
        "amount_in_cents": amount,
        "amount_raw": cents_raw(amount),
        "amount_open_in_cents": amount,
        "amount_open_raw": cents_raw(amount),
        "amount_paid_in_cents": 0,
        "amount_paid_raw": "0.00",
        "due_date": charge["transaction_date"],
        "name": code.name if code else None,
        "description": charge.get("description", charge.get("notes")),
        "reference_number": charge.get("reference_number"),
        "transaction_date": charge["transaction_date"],
        "transaction_source": None,
        "is_open": True,
        "post_month": charge.get("post_month"),
        "custom_data": None,
        "integration_id": job.integration_id,
        "integration_vendor": job.vendor,
        "property_id": resident.property_id if resident else "",
        "resident_id": charge.get("resident_id"),
        "financial_account_id": charge.get("financial_account_id"),
        "unit_id": charge.get("unit_id"),
        "lease_id": charge.get("lease_id"),
        "charge_code_id": charge.get("charge_code_id"),
        "allocations": [],
    }
