"""Reconciliation: find out at Propexo whether an in-doubt chunk's request was processed.

Two sources, read only:

1. Write logs (`GET /v1/admin/logs/writes/`): each entry carries its request's parameters and
   its job id. A chunk is found when an entry's parameters hold exactly its charges (same
   integration, and per charge the vendor's `key` fields: for Rent Manager resident, charge
   code, date, amount, notes and reference number). Only finished writes are listed: a
   write still PENDING is not there yet.
2. Synced charges (`GET /v1/resident-charges/` per resident, or per lease for Propertyware
   REST, and date range): a charge with a reference number is matched on it, its resident
   or lease and amount; one without (Yardi) on every `key` field the record carries
   (property, unit, account, resident, charge code, date, amount, description). A chunk is
   found when every one of its charges is there (the job id is then not known).

Without a reference number two records may fit one charge: when a vendor's charges need
none (Yardi, Propertyware REST), a chunk that two write logs fit, or a charge that more
synced records fit than the chunk holds, is ambiguous and stays in doubt with a note saying
so, rather than a guess. Found means accepted; anything less stays in doubt, with a note
saying what was seen. Nothing is ever sent from here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs
import httpx
from propexo_client.api.admin import list_write_logs
from propexo_client.api.resident_charges import list_resident_charges
from propexo_client.models.list_write_logs_time_range import ListWriteLogsTimeRange
from propexo_client.types import UNSET

from .._client import PropexoClient
from .._errors import APIConnectionError, ApiError, error_message
from .._paging import MAX_PAGE_SIZE, fetch_all, paged
from ..charges import Charge, Chunk
from ..charges.internal import SPECS, Vendor, get_vendor
from ._journal import Journal
from ._model import ChunkEntry

WRITE_LOG = "write_log"
SYNCED_CHARGES = "synced_charges"
#: Write logs come in pages of at most 100.
LOG_PAGE_SIZE = 100
#: Clocks differ: look this much further back than the chunk's own journal time.
CLOCK_MARGIN = dt.timedelta(minutes=15)
_RANGES: tuple[tuple[ListWriteLogsTimeRange, dt.timedelta], ...] = (
    ("hour", dt.timedelta(hours=1)),
    ("day", dt.timedelta(days=1)),
    ("week", dt.timedelta(days=7)),
    ("month", dt.timedelta(days=30)),
)

ChargeKey = tuple[object, ...]  # the values of a vendor's `key`, a date-time as its instant


@attrs.frozen
class Finding:
    """What reconciliation learnt about one in-doubt chunk."""

    chunk_id: str
    found: bool
    source: str | None  # "write_log" or "synced_charges" when found
    job_id: str | None
    matched: int  # charges of the chunk seen at Propexo
    size: int
    note: str


@attrs.frozen
class Reconciliation:
    """Every in-doubt chunk's finding, in plan order."""

    findings: tuple[Finding, ...]

    @property
    def resolved(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.found)

    @property
    def unresolved(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.found)


def _key_value(value: object) -> object:
    return value.timestamp() if isinstance(value, dt.datetime) else value


def charge_key(charge: Charge, fields: tuple[str, ...]) -> ChargeKey:
    """The charge's values of `fields` (a vendor's `key`); a date-time as its instant."""
    return tuple(_key_value(getattr(charge, name)) for name in fields)


def _record_key(item: Any, fields: tuple[str, ...]) -> ChargeKey | None:
    """The same key of a charge in Propexo's records (a write log's item, a synced charge),
    or None when a field fails its declared check (then it cannot be one of ours)."""
    if not isinstance(item, dict):
        return None
    try:
        return tuple(_key_value(SPECS[name].check(item.get(name))) for name in fields)
    except (TypeError, ValueError):
        return None


def _unique(vendor: Vendor) -> bool:
    """Whether every charge of `vendor` carries a reference number (unique in an input):
    then two records fitting one chunk mean it was posted twice, not that it is unclear."""
    return "reference_number" in vendor.required


def _signature(integration_id: str, keys: Iterable[ChargeKey]) -> tuple[Any, ...]:
    return (integration_id, tuple(sorted(Counter(keys).items())))


@attrs.frozen
class _Log:
    job_id: str
    created_at: str
    status: str
    signature: tuple[Any, ...]


def _parse_logs(content: bytes) -> list[dict[str, Any]]:
    logs = json.loads(content)["results"]["logs"]
    if not isinstance(logs, list):
        raise TypeError("results.logs is not a list")
    return [log for log in logs if isinstance(log, dict)]


def _log_of(entry: dict[str, Any], key: tuple[str, ...]) -> _Log | None:
    params = entry.get("parameters")
    if isinstance(params, str):
        try:
            params = json.loads(params)
        except ValueError:
            return None
    if not isinstance(params, dict) or not isinstance(params.get("charges"), list):
        return None
    keys = [_record_key(c, key) for c in params["charges"]]
    job_id = entry.get("job_id")
    if not isinstance(job_id, str) or not keys or any(k is None for k in keys):
        return None
    integration = params.get("integration_id", entry.get("integration_id"))
    return _Log(
        job_id,
        str(entry.get("created_at", "")),
        str(entry.get("status", "")),
        _signature(str(integration), [k for k in keys if k is not None]),
    )


def _time_range(oldest: dt.datetime) -> ListWriteLogsTimeRange | None:
    age = dt.datetime.now(dt.UTC) - oldest + CLOCK_MARGIN
    return next((name for name, span in _RANGES if age <= span), None)


def fetch_write_logs(
    client: PropexoClient,
    integration_id: str,
    time_range: ListWriteLogsTimeRange | None,
    key: tuple[str, ...],
) -> list[_Log]:
    """Every resident-charge write log of the integration (in the time range), all pages,
    its charges read as `key` values."""
    found: list[_Log] = []
    offset = 0
    while True:
        response = list_write_logs.sync_detailed(
            client=client.api,
            integration_id=integration_id,
            limit=LOG_PAGE_SIZE,
            offset=offset,
            write_category="resident_charges",
            time_range=time_range or UNSET,
        )
        if response.status_code != 200:
            raise ApiError("list write logs", int(response.status_code), error_message(response))
        page = _parse_logs(response.content)
        found.extend(log for entry in page if (log := _log_of(entry, key)) is not None)
        if len(page) < LOG_PAGE_SIZE:
            return found
        offset += len(page)


def _owner(vendor: Vendor) -> str:
    """The field synced charges are listed by: the resident, or (Propertyware REST, whose
    charges name none) the lease."""
    return "resident_id" if "resident_id" in vendor.required else "lease_id"


#: What a charge with a reference number is matched on among the synced charges.
_REFERENCED = ("amount_in_cents", "reference_number")


def _synced(
    client: PropexoClient, integration_id: str, chunk: Chunk, vendor: Vendor
) -> tuple[set[ChargeKey], Counter[ChargeKey]]:
    """The synced charges of the chunk's residents (or leases) around its dates, one list
    walk per resident: keyed by owner, amount and reference number (those that have one),
    and counted by the vendor's whole `key` (for charges without one)."""
    owner = _owner(vendor)
    dates: dict[str, list[dt.datetime]] = {}
    for charge in chunk.charges:
        dates.setdefault(getattr(charge, owner) or "", []).append(charge.transaction_date)
    referenced: set[ChargeKey] = set()
    keyed: Counter[ChargeKey] = Counter()
    for who, when in dates.items():
        start = (min(when).astimezone(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
        end = (max(when).astimezone(dt.UTC) + dt.timedelta(days=1)).date().isoformat()

        fetch = paged(
            list_resident_charges.sync_detailed,
            client=client.api,
            integration_id=integration_id,
            transaction_date_start=start,
            transaction_date_end=end,
            **{owner: who},
        )
        for item in fetch_all("list resident charges", fetch, MAX_PAGE_SIZE):
            record = item.to_dict()
            if isinstance(cents := record.get("amount_in_cents"), float) and cents.is_integer():
                record["amount_in_cents"] = int(cents)
            if (found := _record_key(record, (owner, *_REFERENCED))) is not None:
                referenced.add(found)
            if (found := _record_key(record, vendor.key)) is not None:
                keyed[found] += 1
    return referenced, keyed


def _updated(entry: ChunkEntry) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(entry.updated_at)
    except ValueError:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def reconcile(
    journal: Journal, client: PropexoClient, *, chunk_ids: Iterable[str] | None = None
) -> Reconciliation:
    """Look for each in-doubt chunk (or those of `chunk_ids`) at Propexo; mark the found ones
    accepted in the journal (with their job id when a write log names it). Refuses
    (`JournalMismatchError`) a client of another API than the journal's."""
    journal.check_base_url(client.base_url)
    wanted = None if chunk_ids is None else set(chunk_ids)
    doubtful = [
        e for e in journal.chunks() if e.state.in_doubt and (wanted is None or e.chunk_id in wanted)
    ]
    if not doubtful:
        return Reconciliation(())
    plan = journal.plan()
    integration_id = journal.run.integration_id
    vendor = get_vendor(journal.run.vendor)
    claimed = {e.job_id for e in journal.chunks() if e.job_id}
    claimed |= {j.job_id for j in journal.jobs()}
    logs: list[_Log] | None = None
    log_problem = ""
    try:
        logs = fetch_write_logs(
            client, integration_id, _time_range(min(_updated(e) for e in doubtful)), vendor.key
        )
    except (ApiError, APIConnectionError, httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        log_problem = f"write logs unreadable ({exc}); "
    findings = []
    for entry in doubtful:
        finding = _reconcile_chunk(
            client, plan.chunks[entry.index], integration_id, logs, claimed, log_problem, vendor
        )
        if finding.found:
            journal.record_found(
                entry.chunk_id,
                source=finding.source or "",
                job_id=finding.job_id,
                detail=finding.note,
            )
            if finding.job_id:
                claimed.add(finding.job_id)
        findings.append(finding)
    return Reconciliation(tuple(findings))


def _reconcile_chunk(
    client: PropexoClient,
    chunk: Chunk,
    integration_id: str,
    logs: list[_Log] | None,
    claimed: set[str],
    log_problem: str,
    vendor: Vendor,
) -> Finding:
    """What became of one in-doubt chunk: told by a write log when one not yet claimed fits
    it, else by the synced charges."""
    if logs is not None:
        found = _in_write_logs(chunk, integration_id, logs, claimed, vendor)
        if found is not None:
            return found
    try:
        referenced, keyed = _synced(client, integration_id, chunk, vendor)
    except (ApiError, APIConnectionError, httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        note = f"{log_problem}synced charges unreadable ({exc}); still in doubt"
        return Finding(chunk.id, False, None, None, 0, len(chunk), note)
    where = "in no write log" if logs is not None else log_problem.rstrip("; ")
    return _among_synced(chunk, vendor, referenced, keyed, where)


def _in_write_logs(
    chunk: Chunk, integration_id: str, logs: list[_Log], claimed: set[str], vendor: Vendor
) -> Finding | None:
    """The chunk found in the write log of a job no other chunk claims (the oldest); still
    in doubt when several fit and the vendor's charges cannot tell them apart; None when
    none fits."""
    size = len(chunk)
    want = _signature(integration_id, (charge_key(c, vendor.key) for c in chunk.charges))
    matches = sorted(
        (log for log in logs if log.signature == want),
        key=lambda log: (log.created_at, log.job_id),
    )
    fresh = [log for log in matches if log.job_id not in claimed]
    if not fresh:
        return None
    if len(fresh) > 1 and not _unique(vendor):
        jobs = ", ".join(log.job_id for log in fresh)
        note = (
            f"ambiguous: write logs of {len(fresh)} jobs ({jobs}) fit its {size} charges "
            f"and {vendor.label} charges have no reference number to tell them apart; "
            "still in doubt: check which one is this run's before resending"
        )
        return Finding(chunk.id, False, None, None, size, size, note)
    pick = fresh[0]
    note = f"write log of job {pick.job_id} ({pick.status}) holds its {size} charges"
    if len(matches) > 1:
        others = ", ".join(m.job_id for m in matches if m is not pick)
        note += f"; also logged as job(s) {others}: posted more than once"
    return Finding(chunk.id, True, WRITE_LOG, pick.job_id, size, size, note)


def _matched(
    chunk: Chunk, vendor: Vendor, referenced: set[ChargeKey], keyed: Counter[ChargeKey]
) -> tuple[int, list[int]]:
    """How many of the chunk's charges are among the synced ones (by owner, amount and
    reference number; without one, by the vendor's key, each synced charge counted once),
    and the rows whose key more synced charges fit than the chunk holds."""
    owner = _owner(vendor)
    wanted = Counter(charge_key(c, vendor.key) for c in chunk.charges if not c.reference_number)
    matched = sum(
        (getattr(c, owner), c.amount_in_cents, c.reference_number) in referenced
        for c in chunk.charges
        if c.reference_number
    ) + sum(min(count, keyed[key]) for key, count in wanted.items())
    crowded = {key for key, count in wanted.items() if keyed[key] > count}
    rows = [
        row
        for row, c in zip(chunk.rows, chunk.charges, strict=True)
        if crowded and charge_key(c, vendor.key) in crowded
    ]
    return matched, rows


def _among_synced(
    chunk: Chunk,
    vendor: Vendor,
    referenced: set[ChargeKey],
    keyed: Counter[ChargeKey],
    where: str,
) -> Finding:
    """The chunk found when every charge of it is among the synced charges, and none of them
    ambiguously; `where` says what the write logs told."""
    size = len(chunk)
    matched, crowded = _matched(chunk, vendor, referenced, keyed)
    if matched == size and crowded:
        note = (
            f"ambiguous: more synced charges than it holds fit row(s) "
            f"{', '.join(map(str, crowded))} and {vendor.label} charges have no reference "
            "number to tell them apart; still in doubt: check before resending"
        )
        return Finding(chunk.id, False, None, None, matched, size, note)
    if matched == size:
        note = f"all {size} charges are among the synced resident charges"
        return Finding(chunk.id, True, SYNCED_CHARGES, None, size, size, note)
    if matched:
        note = (
            f"{where}; {matched} of its {size} charges are among the synced charges: "
            "partly written, or posted by something else; check before resending"
        )
    else:
        note = (
            f"{where} and not among the synced charges; a write still PENDING is not "
            "listed yet: reconcile again later, or resend it if it never reached Propexo"
        )
    return Finding(chunk.id, False, None, None, matched, size, note)
