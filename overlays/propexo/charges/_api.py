"""The whole job in one call: validate, resolve partitions, plan, and (for submit) send."""

from __future__ import annotations

import asyncio
import logging
import operator
import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import Any, cast

from .._client import AnyClient, PropexoClient
from .._errors import ConfigurationError
from ._directory import Memberships, PartitionDirectory
from ._model import Charge, ChargeProblem, InvalidChargesError
from ._plan import DEFAULT_MAX_BATCH_SIZE, Plan, make_plan
from ._submit import (
    DEFAULT_CONCURRENCY,
    ChunkHooks,
    SubmissionResult,
    asubmit_plan,
    submit_plan,
)
from ._validate import DateWindow, Row, validate_charges
from ._vendors import Vendor, get_vendor

_log = logging.getLogger(__name__)


def _values(charges: Sequence[Charge], name: str) -> list[Any]:
    return list(map(operator.attrgetter(name), charges))


def assign_partitions(
    charges: Sequence[Charge],
    vendor: str | Vendor,
    memberships: Memberships | None,
) -> list[str]:
    """Each charge's partition: as given in the charge, else its resident's only one.

    A resident found in no partition, or in more than one, is an error naming its rows.
    """
    vendor = get_vendor(vendor)
    places_of = {} if memberships is None else memberships
    givens: list[str | None] = _values(charges, vendor.charge_field)
    missing = givens.count(None)
    if not missing:
        return cast("list[str]", givens)
    residents: list[str] = _values(charges, "resident_id")
    # Each resident's partition, "" if it has none or several: worked out once per resident,
    # then given to each charge by a C-level map (100,000 charges are common).
    of_resident = {
        resident: (p[0] if p is not None and len(p) == 1 else "")
        for resident in dict.fromkeys(residents)
        for p in (places_of.get(resident, ()),)
    }
    found = list(map(of_resident.__getitem__, residents))
    if missing < len(givens):
        found = [f if given is None else given for given, f in zip(givens, found, strict=True)]
    if "" not in found:
        return found
    problems: list[ChargeProblem] = []
    for row, (partition, resident) in enumerate(zip(found, residents, strict=True), start=1):
        if partition:
            continue
        p = places_of.get(resident, ())
        if p:
            message = (
                f"resident {resident!r} is in {len(p)} {vendor.label} "
                f"{vendor.partition}s ({', '.join(p)}); give {vendor.charge_field}"
            )
        else:
            message = (
                f"resident {resident!r} has no {vendor.label} "
                f"{vendor.partition} (not found in the integration)"
            )
        problems.append(ChargeProblem(row, "resident_id", message))
    raise InvalidChargesError(problems)


def needs_lookup(charges: Sequence[Charge], vendor: Vendor) -> bool:
    """Whether some charge does not name its partition (its resident's is looked up)."""
    return None in _values(charges, vendor.charge_field)


#: One directory per client, vendor and integration: locations and residents are fetched
#: once per client, however many plans it makes. Pass `directory=` to control freshness.
_DIRECTORIES: weakref.WeakKeyDictionary[AnyClient, dict[tuple[str, str], PartitionDirectory]] = (
    weakref.WeakKeyDictionary()
)
_DIRECTORIES_LOCK = threading.Lock()


def directory_for(
    client: AnyClient, vendor: str | Vendor, integration_id: str
) -> PartitionDirectory:
    """The client's cached directory of the integration's residents."""
    vendor = get_vendor(vendor)
    with _DIRECTORIES_LOCK:
        known = _DIRECTORIES.setdefault(client, {})
        key = (vendor.name, integration_id)
        if key not in known:
            known[key] = vendor.directory(client, integration_id)
        return known[key]


def _directory(
    client: AnyClient | None,
    vendor: Vendor,
    integration_id: str,
    directory: PartitionDirectory | None,
) -> PartitionDirectory:
    if directory is not None:
        return directory
    if client is None:
        raise ValueError(
            f"some charges have no {vendor.charge_field}: a client is needed to look up "
            f"each resident's {vendor.label} {vendor.partition}"
        )
    return directory_for(client, vendor, integration_id)


def _checked(
    charges: Iterable[Charge | Row],
    vendor: str | Vendor,
    integration_id: str,
    transaction_dates: DateWindow | None,
) -> tuple[Vendor, list[Charge]]:
    """The vendor and the charges (rows made `Charge`s, the input's own checks passed);
    nothing is asked of the API before this passes."""
    if not isinstance(integration_id, str) or not integration_id.strip():
        raise ConfigurationError("integration_id must be a non-empty string")
    return get_vendor(vendor), validate_charges(charges, transaction_dates=transaction_dates)


def _planned(
    charges: list[Charge],
    vendor: Vendor,
    memberships: Memberships | None,
    integration_id: str,
    max_batch_size: int,
) -> Plan:
    partitions = assign_partitions(charges, vendor, memberships)
    plan = make_plan(
        charges,
        partitions,
        vendor=vendor.name,
        integration_id=integration_id,
        max_batch_size=max_batch_size,
    )
    _log.info(
        "planned %d charges in %d chunks over %d %ss (%s, integration %s)",
        plan.charge_count,
        len(plan.chunks),
        len(plan.partitions),
        vendor.partition,
        vendor.name,
        integration_id,
    )
    return plan


def plan_charges(
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    vendor: str | Vendor = "rentmanager",
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
    client: PropexoClient | None = None,
    directory: PartitionDirectory | None = None,
    transaction_dates: DateWindow | None = None,
) -> Plan:
    """Validate every charge, find each one's partition (the API is asked only for charges
    without one, once), and make the plan. Sends no write; raises `InvalidChargesError`.

    `transaction_dates` is the window of plausible dates (default: `DateWindow.around()`
    today, from 5 years before to 1 year after; `DateWindow()` accepts any date)."""
    found, valid = _checked(charges, vendor, integration_id, transaction_dates)
    memberships = None
    if needs_lookup(valid, found):
        memberships = _directory(client, found, integration_id, directory).memberships()
    return _planned(valid, found, memberships, integration_id, max_batch_size)


async def aplan_charges(
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    vendor: str | Vendor = "rentmanager",
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
    client: AnyClient | None = None,
    directory: PartitionDirectory | None = None,
    transaction_dates: DateWindow | None = None,
) -> Plan:
    """`plan_charges` from asyncio (`client`: either client). Nothing blocks the event loop:
    validation and planning run in a worker thread (`asyncio.to_thread`), the lookups are
    awaited (a few locations at once)."""
    found, valid = await asyncio.to_thread(
        _checked, charges, vendor, integration_id, transaction_dates
    )
    memberships = None
    if needs_lookup(valid, found):
        memberships = await _directory(client, found, integration_id, directory).amemberships()
    return await asyncio.to_thread(
        _planned, valid, found, memberships, integration_id, max_batch_size
    )


def submit_charges(
    client: PropexoClient,
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    vendor: str | Vendor = "rentmanager",
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    directory: PartitionDirectory | None = None,
    hooks: Sequence[ChunkHooks] = (),
    transaction_dates: DateWindow | None = None,
) -> SubmissionResult:
    """Plan (see `plan_charges`), then send one batch request per chunk."""
    plan = plan_charges(
        charges,
        integration_id=integration_id,
        vendor=vendor,
        max_batch_size=max_batch_size,
        client=client,
        directory=directory,
        transaction_dates=transaction_dates,
    )
    return submit_plan(client, plan, concurrency=concurrency, hooks=hooks)


async def asubmit_charges(
    client: AnyClient,
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    vendor: str | Vendor = "rentmanager",
    max_batch_size: int = DEFAULT_MAX_BATCH_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
    directory: PartitionDirectory | None = None,
    hooks: Sequence[ChunkHooks] = (),
    transaction_dates: DateWindow | None = None,
) -> SubmissionResult:
    """`submit_charges` from asyncio (`client`: an `AsyncPropexoClient`, or a
    `PropexoClient`)."""
    plan = await aplan_charges(
        charges,
        integration_id=integration_id,
        vendor=vendor,
        max_batch_size=max_batch_size,
        client=client,
        directory=directory,
        transaction_dates=transaction_dates,
    )
    return await asubmit_plan(client, plan, concurrency=concurrency, hooks=hooks)
