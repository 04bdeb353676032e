"""Reconciliation: find out at Propexo whether an in-doubt chunk's request was processed.

Two sources, read only:

1. Write logs (`GET /v1/admin/logs/writes/`): each entry carries its request's parameters and
   its job id. A chunk is found when an entry's parameters hold exactly its charges (same
   integration, same resident, charge code, date, amount, notes and reference number per
   charge). Only finished writes are listed: a write still PENDING is not there yet.
2. Synced charges (`GET /v1/resident-charges/` per resident and date range), matched on
   `reference_number`, resident and amount: a chunk is found when every one of its charges
   is there (the job id is then not known).

Found means accepted; anything less stays in doubt, with a note saying what was seen.
Nothing is ever sent from here.
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
from .._errors import ApiError, error_message
from .._lookup import LookupFailedError
from .._paging import MAX_PAGE_SIZE, fetch_all, paged
from ..charges import Charge, Chunk
from ..charges._model import KEY_FIELDS, SPECS
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

ChargeKey = tuple[object, ...]  # the values of `KEY_FIELDS`, a date-time as its instant


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


def charge_key(charge: Charge) -> ChargeKey:
    """The declared key fields (`KEY_FIELDS`); a date-time as its instant."""
    return tuple(_key_value(getattr(charge, name)) for name in KEY_FIELDS)


def _logged_key(item: Any) -> ChargeKey | None:
    """The same key of a charge in Propexo's write log, or None when a field fails its
    declared check (then it cannot be one of ours)."""
    if not isinstance(item, dict):
        return None
    try:
        return tuple(_key_value(SPECS[name].check(item.get(name))) for name in KEY_FIELDS)
    except (TypeError, ValueError):
        return None


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


def _log_of(entry: dict[str, Any]) -> _Log | None:
    params = entry.get("parameters")
    if isinstance(params, str):
        try:
            params = json.loads(params)
        except ValueError:
            return None
    if not isinstance(params, dict) or not isinstance(params.get("charges"), list):
        return None
    keys = [_logged_key(c) for c in params["charges"]]
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
    client: PropexoClient, integration_id: str, time_range: ListWriteLogsTimeRange | None
) -> list[_Log]:
    """Every resident-charge write log of the integration (in the time range), all pages."""
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
        found.extend(log for log in map(_log_of, page) if log is not None)
        if len(page) < LOG_PAGE_SIZE:
            return found
        offset += len(page)


def _synced_references(
    client: PropexoClient, integration_id: str, chunk: Chunk
) -> set[tuple[str, str, int]]:
    """(resident, reference number, cents) of the synced charges of the chunk's residents
    around its dates: one list walk per resident."""
    dates: dict[str, list[dt.datetime]] = {}
    for charge in chunk.charges:
        dates.setdefault(charge.resident_id, []).append(charge.transaction_date)
    seen: set[tuple[str, str, int]] = set()
    for resident_id, when in dates.items():
        start = (min(when).astimezone(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
        end = (max(when).astimezone(dt.UTC) + dt.timedelta(days=1)).date().isoformat()

        fetch = paged(
            list_resident_charges.sync_detailed,
            client=client.api,
            integration_id=integration_id,
            resident_id=resident_id,
            transaction_date_start=start,
            transaction_date_end=end,
        )
        for item in fetch_all("list resident charges", fetch, MAX_PAGE_SIZE):
            cents = item.amount_in_cents
            if item.reference_number and item.resident_id and isinstance(cents, int | float):
                seen.add((item.resident_id, item.reference_number, int(cents)))
    return seen


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
    claimed = {e.job_id for e in journal.chunks() if e.job_id}
    claimed |= {j.job_id for j in journal.jobs()}
    logs: list[_Log] | None = None
    log_problem = ""
    try:
        logs = fetch_write_logs(
            client, integration_id, _time_range(min(_updated(e) for e in doubtful))
        )
    except (ApiError, LookupFailedError, httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        log_problem = f"write logs unreadable ({exc}); "
    findings = []
    for entry in doubtful:
        finding = _reconcile_chunk(
            client, plan.chunks[entry.index], integration_id, logs, claimed, log_problem
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
) -> Finding:
    size = len(chunk)
    if logs is not None:
        want = _signature(integration_id, map(charge_key, chunk.charges))
        matches = sorted(
            (log for log in logs if log.signature == want),
            key=lambda log: (log.created_at, log.job_id),
        )
        fresh = [log for log in matches if log.job_id not in claimed]
        if fresh:
            pick = fresh[0]
            note = f"write log of job {pick.job_id} ({pick.status}) holds its {size} charges"
            if len(matches) > 1:
                others = ", ".join(m.job_id for m in matches if m is not pick)
                note += f"; also logged as job(s) {others}: posted more than once"
            return Finding(chunk.id, True, WRITE_LOG, pick.job_id, size, size, note)
    try:
        synced = _synced_references(client, integration_id, chunk)
    except (ApiError, LookupFailedError, httpx.HTTPError, KeyError, TypeError, ValueError) as exc:
        return Finding(
            chunk.id,
            False,
            None,
            None,
            0,
            size,
            f"{log_problem}synced charges unreadable ({exc}); still in doubt",
        )
    matched = sum(
        (c.resident_id, c.reference_number, c.amount_in_cents) in synced for c in chunk.charges
    )
    if matched == size:
        return Finding(
            chunk.id,
            True,
            SYNCED_CHARGES,
            None,
            size,
            size,
            f"all {size} charges are among the synced resident charges",
        )
    where = "in no write log" if logs is not None else log_problem.rstrip("; ")
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
