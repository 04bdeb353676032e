"""Domain state of the fake: seeded entities, accepted batches and their jobs."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from ._clock import iso
from ._jobs import JobOutcomes, JobRequest, Outcome
from ._models import (
    PROPERTYWARE_REST,
    RENTMANAGER,
    RESMAN,
    YARDI,
    AcceptedCharge,
    ChargeCode,
    Integration,
    Job,
    Location,
    Property,
    Record,
    Resident,
    resident_charge_json,
)
from ._webhooks import Webhooks

R = TypeVar("R", bound=Record)
SEED_EPOCH = 1735689600.0  # 2025-01-01T00:00:00Z: creation time of seeded records
JOB_NAMES = {
    RENTMANAGER: "Batch Create Resident Charges: Rent Manager",
    RESMAN: "Batch Create Resident Charges: ResMan",
    YARDI: "Batch Create Resident Charges: Yardi",
    PROPERTYWARE_REST: "Batch Create Resident Charges: Propertyware REST",
}
#: The field of a batch item that names its resident (or lease), per vendor.
_OWNER = {PROPERTYWARE_REST: "lease_id"}
_FIRST = [
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Eli",
    "Fay",
    "Gus",
    "Hana",
    "Ivo",
    "Jun",
    "Kai",
    "Lea",
    "Max",
    "Noa",
    "Omar",
    "Pia",
]
_LAST = [
    "Adams",
    "Brook",
    "Chen",
    "Diaz",
    "Evans",
    "Ford",
    "Garcia",
    "Hill",
    "Ito",
    "Jones",
    "Khan",
    "Lopez",
]


@dataclass(frozen=True)
class _Layout:
    """How a vendor's seeded integration is laid out."""

    x_id: str  # the prefix of its properties' x_ids, numbered from 1
    name: str | None  # its properties' names, `{}` their number (None: unnamed)
    located: bool = False  # each property in a location of its own (Rent Manager)
    leases: bool = False  # bare leases instead of named residents, and no charge codes


_LAYOUTS = {
    RENTMANAGER: _Layout("P", "Property {}", located=True),
    RESMAN: _Layout("RP", "ResMan property {}"),
    YARDI: _Layout("YP", None),
    PROPERTYWARE_REST: _Layout("PW", None, leases=True),
}


@dataclass
class ApiError(Exception):
    """An error answer: HTTP status and errorResponse code, message and details."""

    status: int
    code: str
    message: str
    details: dict[str, Any] | None = None

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}


class State:
    """All entities, jobs and accepted charges; callers hold `lock` around every use."""

    TABLES: ClassVar[dict[str, type[Record]]] = {
        "integrations": Integration,
        "locations": Location,
        "properties": Property,
        "residents": Resident,
        "charge_codes": ChargeCode,
        "jobs": Job,
    }

    def __init__(self) -> None:
        self.lock: threading.RLock = threading.RLock()
        self.integrations: dict[str, Integration] = {}
        self.locations: dict[str, Location] = {}
        self.properties: dict[str, Property] = {}
        self.residents: dict[str, Resident] = {}
        self.charge_codes: dict[str, ChargeCode] = {}
        self.jobs: dict[str, Job] = {}
        self.accepted: list[AcceptedCharge] = []
        self.outcomes: JobOutcomes = JobOutcomes()
        self.webhooks: Webhooks = Webhooks()
        self.mixed_scope_batches: dict[str, int] = dict.fromkeys(JOB_NAMES, 0)
        self.unresolved_scope_batches: int = 0
        self._serial = 0

    # -- seeding ---------------------------------------------------------------------------

    def _stamp(self) -> float:
        self._serial += 1
        return SEED_EPOCH + self._serial

    def add(self, record: R) -> R:
        """Store an entity (replacing one with its id); unset creation times count up."""
        table = next(t for t, cls in self.TABLES.items() if isinstance(record, cls))
        if getattr(record, "created_at", None) == 0.0:
            record.created_at = self._stamp()  # type: ignore[attr-defined]
        getattr(self, table)[record.id] = record
        return record

    def add_resident(
        self,
        resident_id: str,
        integration_id: str,
        property_id: str,
        location_ids: list[str] | None = None,
        **extra: Any,
    ) -> Resident:
        """A resident; pass `location_ids=[]` or two ids to seed an unresolvable resident."""
        if location_ids is None:
            prop = self.properties.get(property_id)
            location_ids = [prop.location_id] if prop and prop.location_id else []
        resident = Resident(
            resident_id,
            integration_id,
            property_id=property_id,
            x_id=extra.pop("x_id", resident_id),
            location_ids=list(location_ids),
            **extra,
        )
        return self.add(resident)

    def _residents(
        self, rng: random.Random, integration_id: str, prop: Property, count: int
    ) -> None:
        for n in range(count):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            self.add_resident(
                f"{prop.id}-res-{n:03d}",
                integration_id,
                prop.id,
                x_id=f"{prop.x_id}-{n:03d}",
                first_name=first,
                last_name=last,
                email=f"{first}.{last}.{n}@example.com".lower(),
                phone=f"{rng.randrange(2, 10)}{rng.randrange(10**9):09d}",
            )

    def _charge_codes(self, integration_id: str, property_id: str) -> None:
        for code in ("RENT", "LATE", "UTIL"):
            self.add(
                ChargeCode(
                    f"{integration_id}-cc-{code.lower()}",
                    integration_id,
                    property_id=property_id,
                    x_id=code,
                    name=f"{code.title()} charge",
                )
            )

    def seed_rentmanager(
        self,
        locations: int = 3,
        residents_per_location: int = 5,
        *,
        seed: int = 0,
        integration_id: str = "int-rm-1",
    ) -> Integration:
        """A Rent Manager integration with N locations (one property each) of M residents."""
        return self._seed(RENTMANAGER, integration_id, locations, residents_per_location, seed)

    def seed_resman(
        self,
        properties: int = 2,
        residents_per_property: int = 5,
        *,
        seed: int = 0,
        integration_id: str = "int-resman-1",
    ) -> Integration:
        """A ResMan integration with N properties of M residents (no locations)."""
        return self._seed(RESMAN, integration_id, properties, residents_per_property, seed)

    def seed_yardi(
        self,
        properties: int = 2,
        residents_per_property: int = 5,
        *,
        seed: int = 0,
        integration_id: str = "int-yardi-1",
    ) -> Integration:
        """A Yardi integration with N properties of M residents; a resident's unit is
        `<resident id>-unit`, and financial account `fa-rent` serves every property."""
        return self._seed(YARDI, integration_id, properties, residents_per_property, seed)

    def seed_propertyware_rest(
        self,
        properties: int = 2,
        leases_per_property: int = 3,
        *,
        integration_id: str = "int-pwr-1",
    ) -> Integration:
        """A Propertyware REST integration with N properties of M leases
        (`<property id>-lease-<n>`), kept as resident records."""
        return self._seed(PROPERTYWARE_REST, integration_id, properties, leases_per_property)

    def _seed(
        self, vendor: str, integration_id: str, count: int, per_property: int, seed: int = 0
    ) -> Integration:
        """An integration of `vendor` laid out as `_LAYOUTS` says: `count` properties (each in
        its own location for Rent Manager) of `per_property` residents (or bare leases), and
        charge codes of its first property. The same seed gives the same names and phones."""
        layout = _LAYOUTS[vendor]
        rng = random.Random(f"{seed}:{integration_id}")
        integration = self.add(Integration(integration_id, vendor))
        for i in range(count):
            location = self._location(integration_id, i) if layout.located else None
            prop = self.add(
                Property(
                    f"{integration_id}-prop-{i:03d}",
                    integration_id,
                    x_id=f"{layout.x_id}{i + 1}",
                    name=layout.name.format(i + 1) if layout.name else None,
                    location_id=location.id if location else None,
                )
            )
            if layout.leases:
                for n in range(per_property):
                    self.add_resident(f"{prop.id}-lease-{n}", integration_id, prop.id)
            else:
                self._residents(rng, integration_id, prop, per_property)
        if count and not layout.leases:
            self._charge_codes(integration_id, f"{integration_id}-prop-000")
        return integration

    def _location(self, integration_id: str, i: int) -> Location:
        return self.add(
            Location(
                f"{integration_id}-loc-{i:03d}",
                integration_id,
                x_id=str(i + 1),
                name=f"Location {i + 1}",
            )
        )

    # -- JSON ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            t: [r.to_json() for r in getattr(self, t).values()] for t in self.TABLES
        }
        data["accepted_charges"] = [a.to_json() for a in self.accepted]
        return data

    def load_json(self, data: dict[str, Any]) -> None:
        """Add entity lists (as `to_json` writes them) and `generate` entries such as
        `{"vendor": "RENTMANAGER", "locations": 3, "residents_per_location": 5, "seed": 1}`."""
        for table, cls in self.TABLES.items():
            for item in data.get(table, []):
                self.add(cls.from_json(item))
        self.accepted += [AcceptedCharge.from_json(a) for a in data.get("accepted_charges", [])]
        for spec in data.get("generate", []):
            spec = dict(spec)
            vendor = spec.pop("vendor", RENTMANAGER)
            _SEEDERS.get(vendor, State.seed_rentmanager)(self, **spec)

    # -- writes ----------------------------------------------------------------------------

    def _resolve_scope(
        self, vendor: str, integration_id: str, charges: list[dict[str, Any]]
    ) -> str:
        """The one location (Rent Manager), property (ResMan, Yardi) or lease (Propertyware
        REST: the client's chosen rule, enforced here so that a break of it shows) every charge
        belongs to."""
        scopes: dict[str, list[int]] = {}
        owner = _OWNER.get(vendor, "resident_id")
        for i, charge in enumerate(charges):
            resident = self.residents.get(charge[owner])
            if resident is None or resident.integration_id != integration_id:
                raise ApiError(
                    400,
                    "RESIDENT_NOT_FOUND",
                    f"charges[{i}]: {owner[:-3]} {charge[owner]} not found in integration",
                    {"index": i, owner: charge[owner]},
                )
            if vendor == YARDI and charge["property_id"] != resident.property_id:
                raise ApiError(
                    400,
                    "PROPERTY_MISMATCH",
                    f"charges[{i}]: resident {resident.id} is not in property "
                    f"{charge['property_id']}",
                )
            if vendor == PROPERTYWARE_REST:
                scopes.setdefault(resident.id, []).append(i)
            elif vendor in (RESMAN, YARDI):
                scopes.setdefault(resident.property_id, []).append(i)
            elif len(resident.location_ids) != 1:
                self.unresolved_scope_batches += 1
                raise ApiError(
                    400,
                    "LOCATION_NOT_RESOLVED",
                    f"charges[{i}]: resident {resident.id} does not resolve to exactly one "
                    f"Rent Manager location (has {len(resident.location_ids)})",
                    {"index": i, "location_ids": resident.location_ids},
                )
            else:
                scopes.setdefault(resident.location_ids[0], []).append(i)
        if len(scopes) > 1:
            self.mixed_scope_batches[vendor] += 1
            if vendor == PROPERTYWARE_REST:
                raise ApiError(400, "MIXED_LEASES", "charges of several leases in one batch")
            if vendor in (RESMAN, YARDI):
                raise ApiError(
                    400,
                    "MIXED_PROPERTIES",
                    "All charges must belong to the same property",
                    {"property_ids": sorted(scopes)},
                )
            raise ApiError(
                400,
                "MIXED_LOCATIONS",
                "All charges must resolve to the same Rent Manager location; "
                "charges in different locations need separate requests",
                {"location_ids": sorted(scopes)},
            )
        return next(iter(scopes))

    def _new_job(
        self,
        vendor: str,
        body: dict[str, Any],
        scope_id: str,
        now: float,
        retry_of: str | None = None,
    ) -> Job:
        job_id = f"job-{len(self.jobs) + 1:06d}"
        request = JobRequest(job_id, body["integration_id"], vendor, len(body["charges"]), retry_of)
        job = Job(
            job_id,
            body["integration_id"],
            vendor,
            body,
            scope_id,
            now,
            self.outcomes.choose(request),
            retry_of,
        )
        self.jobs[job_id] = job
        return job

    def accept_batch(self, vendor: str, body: dict[str, Any], now: float) -> Job:
        """Check a schema-valid batch body, then create its job and record its charges."""
        integration = self.integrations.get(body["integration_id"])
        if integration is None or integration.vendor != vendor:
            raise ApiError(
                400,
                "INTEGRATION_NOT_FOUND",
                f"integration {body['integration_id']} is not a {vendor} integration",
            )
        scope_id = self._resolve_scope(vendor, integration.id, body["charges"])
        job = self._new_job(vendor, body, scope_id, now)
        owner = _OWNER.get(vendor, "resident_id")
        for i, charge in enumerate(body["charges"]):
            resident = self.residents[charge[owner]]
            self.accepted.append(
                AcceptedCharge(
                    job.id,
                    i,
                    integration.id,
                    vendor,
                    resident.id,
                    scope_id if vendor == RENTMANAGER else None,
                    resident.property_id,
                    charge,
                    now,
                )
            )
        return job

    def accept_direct(self, count: int, integration_id: str, now: float) -> list[Job]:
        """Accept `count` one-charge batches for the integration's first resident that has
        one location, as the batch endpoint would, without a request."""
        integration = self.integrations[integration_id]
        resident = next(
            r
            for r in self.residents.values()
            if r.integration_id == integration_id
            and (integration.vendor == RESMAN or len(r.location_ids) == 1)
        )
        jobs = []
        for _ in range(count):
            charge = {
                "resident_id": resident.id,
                "charge_code_id": f"{integration_id}-cc-rent",
                "transaction_date": iso(now),
                "notes": "accepted without a request",
                "amount_in_cents": 100,
                "reference_number": f"direct-{len(self.jobs) + 1:06d}",
            }
            body = {"integration_id": integration_id, "charges": [charge]}
            jobs.append(self.accept_batch(integration.vendor, body, now))
        return jobs

    def job(self, job_id: str, unknown_status: int = 400) -> Job:
        if job_id not in self.jobs:
            raise ApiError(unknown_status, "JOB_NOT_FOUND", f"no write job {job_id}")
        return self.jobs[job_id]

    def retry(self, job_id: str, now: float, unknown_status: int = 400) -> Job:
        job = self.job(job_id, unknown_status)
        if job.status(now) != "FAILURE":
            raise ApiError(
                400,
                "NOT_RETRYABLE",
                f"only failed writes can be retried; {job_id} is {job.status(now)}",
            )
        return self._new_job(job.vendor, job.body, job.scope_id, now, retry_of=job.id)

    def set_outcome(self, job_id: str, outcome: Outcome) -> None:
        job = self.job(job_id)
        job.outcome = outcome

    # -- reads -----------------------------------------------------------------------------

    def synced_charges(self, now: float) -> list[dict[str, Any]]:
        """ResidentCharge records of the charges that finished jobs wrote to the PMS."""
        out = []
        for job in self.jobs.values():
            if job.status(now) in ("PENDING", "FAILURE"):
                continue
            failed = job.outcome.failed(len(job.charges))
            for i, charge in enumerate(job.charges):
                if i in failed:
                    continue
                resident = self.residents.get(charge[_OWNER.get(job.vendor, "resident_id")])
                prop = self.properties.get(resident.property_id) if resident else None
                location = self.locations.get(job.scope_id) if job.vendor == RENTMANAGER else None
                code = self.charge_codes.get(charge.get("charge_code_id", ""))
                out.append(resident_charge_json(job, i, resident, prop, location, code))
        return out

    def write_logs(self, now: float) -> list[dict[str, Any]]:
        """One log entry per finished job (the schema knows only SUCCESS and FAILURE)."""
        logs = []
        for job in self.jobs.values():
            status = job.status(now)
            if status == "PENDING":
                continue
            errors = job.outcome.error_list(len(job.charges))
            logs.append(
                {
                    "id": f"log-{job.id}",
                    "created_at": iso(job.done_at),
                    "job_id": job.id,
                    "job_log_id": f"joblog-{job.id}",
                    "status": "SUCCESS" if status == "SUCCESS" else "FAILURE",
                    "integration_id": job.integration_id,
                    "job_type": "resident_charges",
                    "parameters": job.body,
                    "error": "; ".join(errors) or None,
                    "name": JOB_NAMES[job.vendor],
                    "vendor": job.vendor,
                }
            )
        return logs


#: The seeding method of each vendor, for `State.load_json`'s `generate` entries.
_SEEDERS: dict[str, Callable[..., Integration]] = {
    RENTMANAGER: State.seed_rentmanager,
    RESMAN: State.seed_resman,
    YARDI: State.seed_yardi,
    PROPERTYWARE_REST: State.seed_propertyware_rest,
}
