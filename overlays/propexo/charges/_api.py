"""Planning in one call: validate, resolve partitions, plan. Sending goes through a journal
(`propexo.journal`: `submit_charges`, `submit_plan`)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import operator
import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import Any, cast

from .._client import AnyClient, PropexoClient
from .._errors import ConfigurationError
from ._directory import Lookup, Memberships, PartitionDirectory
from ._model import Charge, ChargeProblem, InvalidChargesError
from ._plan import DEFAULT_MAX_BATCH_SIZE, Plan, make_plan
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

    A resident found in no partition, or in more than one, is an error naming its rows; an
    integration without any partition is one error (its id is wrong, not every row).
    """
    vendor = get_vendor(vendor)
    places_of = {} if memberships is None else memberships
    givens: list[str | None] = _values(charges, vendor.charge_field)
    missing = givens.count(None)
    if not missing:
        return cast("list[str]", givens)
    residents: list[str] = [c.resident_id or "" for c in charges]
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
    if isinstance(memberships, Lookup) and memberships.partitions == 0:
        raise InvalidChargesError(
            [
                ChargeProblem(
                    0,
                    None,
                    f"integration {memberships.integration_id} has no {vendor.label} "
                    f"{vendor.partition_noun(0)}: check the integration id (--integration-id)",
                )
            ]
        )
    problems: list[ChargeProblem] = []
    for row, (partition, resident) in enumerate(zip(found, residents, strict=True), start=1):
        if partition:
            continue
        p = places_of.get(resident, ())
        if p:
            message = (
                f"resident {resident!r} is in {len(p)} {vendor.label} "
                f"{vendor.partition_noun(len(p))} ({', '.join(p)}); give {vendor.charge_field}"
            )
        else:
            message = (
                f"resident {resident!r} has no {vendor.label} {vendor.partition} "
                f"({_searched(memberships, vendor)})"
            )
        problems.append(ChargeProblem(row, "resident_id", message))
    raise InvalidChargesError(problems)


def _searched(memberships: Memberships | None, vendor: Vendor) -> str:
    """What was looked up, for a resident found in none."""
    if not isinstance(memberships, Lookup):
        return "not found in the integration"
    times = [f"{dt.datetime.fromtimestamp(t, dt.UTC):%H:%M} UTC" for t in memberships.looked_up_at]
    when = f"at {times[0]} and again now" if len(times) > 1 else f"at {times[0]}"
    count = memberships.partitions
    return (
        f"in none of the {count} {vendor.partition_noun(count)} of integration "
        f"{memberships.integration_id}, looked up {when}"
    )


def residents_to_look_up(charges: Sequence[Charge], vendor: Vendor) -> list[str]:
    """The residents (each once) of the charges that do not name their partition."""
    field = vendor.charge_field
    return list(
        dict.fromkeys(c.resident_id for c in charges if getattr(c, field) is None and c.resident_id)
    )


#: One directory per client, vendor and integration: locations and residents are fetched
#: once per client and kept for `DEFAULT_MAX_AGE` (looked up again sooner when a plan needs
#: residents they lack). Pass `directory=` to control freshness.
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
            if vendor.directory is None:
                raise ConfigurationError(
                    f"{vendor.label} charges name their {vendor.partition} "
                    f"({vendor.charge_field}): there is no directory to look it up in"
                )
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


def check_input(
    charges: Iterable[Charge | Row],
    vendor: str | Vendor,
    integration_id: str,
    transaction_dates: DateWindow | None,
) -> tuple[Vendor, list[Charge]]:
    """The vendor and the charges (rows made `Charge`s, the input's own checks passed);
    nothing is asked of the API before this passes."""
    if not isinstance(integration_id, str) or not integration_id.strip():
        raise ConfigurationError("integration_id must be a non-empty string")
    found = get_vendor(vendor)
    return found, validate_charges(charges, vendor=found, transaction_dates=transaction_dates)


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
        "planned %d charge%s in %d chunk%s over %d %s (%s, integration %s)",
        plan.charge_count,
        "" if plan.charge_count == 1 else "s",
        len(plan.chunks),
        "" if len(plan.chunks) == 1 else "s",
        len(plan.partitions),
        vendor.partition_noun(len(plan.partitions)),
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
    found, valid = check_input(charges, vendor, integration_id, transaction_dates)
    memberships = None
    if wanted := residents_to_look_up(valid, found):
        memberships = _directory(client, found, integration_id, directory).memberships(wanted)
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
        check_input, charges, vendor, integration_id, transaction_dates
    )
    memberships = None
    if wanted := residents_to_look_up(valid, found):
        looking = _directory(client, found, integration_id, directory)
        memberships = await looking.amemberships(wanted)
    return await asyncio.to_thread(
        _planned, valid, found, memberships, integration_id, max_batch_size
    )
