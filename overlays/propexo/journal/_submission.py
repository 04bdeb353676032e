"""Submitting charges: every submit goes through a journal, so that a rerun, a crash or a
deploy never loses a charge or posts one twice.

`submit_charges` / `submit_plan` (and their `a...` twins for asyncio) are the one way to send
charges. The first run with a journal file plans the input and writes the plan to it; every
later run with the same file resumes it: it checks that the input (or plan) is the one
journaled, then sends only chunks that were certainly not accepted (planned, or rejected).
Chunks in doubt ("sending" when a process died, or "unknown") are left alone and reported,
until the user reconciles them (`reconcile`) or asks for them to be sent again
(`resend_unknown=True`). `journal=None` is the explicit choice to go without: the same path
with a journal in a temporary directory, deleted afterwards, so a rerun cannot tell what was
accepted and posts it again.

`JournaledSubmission` is the journal of one input, for callers that also reconcile or wait on
the jobs through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypedDict, Unpack, cast

import attrs

from .._client import AnyClient, PropexoClient
from .._closing import Closing
from .._options import refuse_unknown_keywords
from ..charges import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BATCH_SIZE,
    Charge,
    Chunk,
    ChunkHooks,
    ChunkResult,
    DateWindow,
    Outcome,
    PartitionDirectory,
    Plan,
    SubmissionResult,
    aplan_charges,
    plan_charges,
    validate_charges,
)
from ..charges.internal import (
    Row,
    Vendor,
    asend_chunks,
    get_vendor,
    input_fingerprint,
    send_chunks,
)
from ..jobs import (
    DEFAULT_WAIT_TIMEOUT,
    JobError,
    JobStatus,
    JobTracker,
    PollPolicy,
)
from ..jobs.internal import OnProgress
from ._errors import JournalMismatchError
from ._hooks import JournalHooks
from ._jobs import JournalJobHooks
from ._journal import Journal
from ._lock import JournalLock
from ._model import ChunkEntry, ChunkState
from ._reconcile import Reconciliation, reconcile

_log = logging.getLogger(__name__)

#: The outcome of a chunk in each journaled state: "sending" (its process ended mid-request)
#: is in doubt as "unknown" is; "planned" was never sent.
_OUTCOME = {
    ChunkState.PLANNED: Outcome.NOT_SENT,
    ChunkState.SENDING: Outcome.UNKNOWN,
    ChunkState.ACCEPTED: Outcome.ACCEPTED,
    ChunkState.REJECTED: Outcome.REJECTED,
    ChunkState.UNKNOWN: Outcome.UNKNOWN,
}


class SendOptions(TypedDict, total=False):
    """How a submit sends: the keywords every submit takes (all optional). At most
    `concurrency` requests in flight (default `DEFAULT_CONCURRENCY`); the chunks in doubt
    sent again only with `resend_unknown` (default False); `hooks` run around each chunk's
    request."""

    concurrency: int
    resend_unknown: bool
    hooks: Sequence[ChunkHooks]


class SubmitOptions(SendOptions, total=False):
    """`submit_charges`' keywords besides the integration and the journal: how the input is
    planned (see `plan_charges`; `vendor=None` and `max_batch_size=None` mean the journal's,
    for a new one Rent Manager and the default size) and how it is sent (`SendOptions`)."""

    vendor: str | Vendor | None
    max_batch_size: int | None
    directory: PartitionDirectory | None
    transaction_dates: DateWindow | None


_SEND_OPTIONS = frozenset(SendOptions.__annotations__)
_SUBMIT_OPTIONS = frozenset(SubmitOptions.__annotations__)


def _send_options(options: SubmitOptions) -> SendOptions:
    """The sending part of `submit_charges`' options."""
    return cast("SendOptions", {k: v for k, v in options.items() if k in _SEND_OPTIONS})


def _concurrency(options: SendOptions) -> int:
    return options.get("concurrency", DEFAULT_CONCURRENCY)


def chunk_result(entry: ChunkEntry, chunk: Chunk) -> ChunkResult:
    """A journaled chunk as a submit's result reports it."""
    error = entry.error
    if entry.state is ChunkState.SENDING and not error:
        error = "the process ended while sending it: the request may have been processed"
    return ChunkResult(
        entry.chunk_id,
        entry.partition,
        chunk.rows,
        _OUTCOME[entry.state],
        entry.job_id,
        entry.status_code,
        error,
    )


def _check_resume(
    journal: Journal,
    charges: Sequence[Charge],
    *,
    integration_id: str,
    vendor: Vendor | None,
    max_batch_size: int | None,
    base_url: str | None,
) -> None:
    """Refuse a journal made for anything but this input, plan, integration and API."""
    run = journal.run
    found = input_fingerprint(charges)
    if found != run.input_fingerprint:
        raise JournalMismatchError(
            journal.path,
            f"was made for another input ({run.charge_count} charges, "
            f"fingerprint {run.input_fingerprint[:16]}); this input has {len(charges)} "
            f"charges, fingerprint {found[:16]}. A journal resumes only its own input: use a "
            "new journal for a new input",
        )
    if vendor is not None and vendor.name != run.vendor:
        raise JournalMismatchError(
            journal.path, f"was planned for vendor {run.vendor}, not {vendor.name}"
        )
    if integration_id != run.integration_id:
        raise JournalMismatchError(
            journal.path, f"was planned for integration {run.integration_id}, not {integration_id}"
        )
    if max_batch_size is not None and max_batch_size != run.max_batch_size:
        raise JournalMismatchError(
            journal.path,
            f"was planned with max_batch_size {run.max_batch_size}; "
            f"{max_batch_size} would cut the same input into other chunks (another plan). "
            f"Resume with max_batch_size {run.max_batch_size}, or use a new journal",
        )
    if base_url is not None:
        _check_base_url(journal, base_url)


def _check_plan(journal: Journal, plan: Plan, base_url: str) -> None:
    """Refuse a journal made for another plan (or API) than `plan`."""
    run = journal.run
    if plan.fingerprint != run.plan_fingerprint:
        raise JournalMismatchError(
            journal.path,
            f"was made for another plan ({run.charge_count} charges in {run.chunk_count} "
            f"chunks, fingerprint {run.plan_fingerprint[:16]}); this plan has "
            f"{plan.charge_count} charges in {len(plan.chunks)} chunks, fingerprint "
            f"{plan.fingerprint[:16]}. A journal resumes only its own plan: use a new journal "
            "for a new input",
        )
    _check_base_url(journal, base_url)


class JournaledSubmission(Closing):
    """A crash-safe submission of one input through one journal file.

    `start()` creates the journal (planning the input) or resumes it (checking the input
    against it); the journal stays locked until `close()`.
    """

    def __init__(self, journal: Journal, *, resumed: bool) -> None:
        self.journal = journal
        self.resumed = resumed

    @classmethod
    def start(
        cls,
        path: str | Path,
        charges: Iterable[Charge | Row],
        *,
        integration_id: str,
        vendor: str | Vendor | None = None,
        max_batch_size: int | None = None,
        client: PropexoClient | None = None,
        base_url: str | None = None,
        directory: PartitionDirectory | None = None,
        transaction_dates: DateWindow | None = None,
    ) -> JournaledSubmission:
        """Resume the journal at `path`, or create it (planning `charges`).

        `vendor=None` and `max_batch_size=None` mean the journal's (for a new one: Rent
        Manager and the default size). Raises `JournalMismatchError`, `JournalLockedError`,
        `JournalError` (`damaged`) or `InvalidChargesError`."""
        path = Path(path)
        chosen = None if vendor is None else get_vendor(vendor)
        base_url = base_url or (client.base_url if client is not None else None)
        lock = JournalLock(path).acquire()
        try:
            if path.exists():
                journal = Journal.open(path, lock=lock)
                try:
                    _check_resume(
                        journal,
                        validate_charges(
                            charges,
                            vendor=chosen or journal.run.vendor,
                            transaction_dates=transaction_dates,
                        ),
                        integration_id=integration_id,
                        vendor=chosen,
                        max_batch_size=max_batch_size,
                        base_url=base_url,
                    )
                except BaseException:
                    journal.close()
                    raise
                return cls(journal, resumed=True)
            if base_url is None:
                raise ValueError("a new journal needs the client (or base_url) it is for")
            plan = plan_charges(
                charges,
                integration_id=integration_id,
                vendor=chosen or "rentmanager",
                max_batch_size=(
                    DEFAULT_MAX_BATCH_SIZE if max_batch_size is None else max_batch_size
                ),
                client=client,
                directory=directory,
                transaction_dates=transaction_dates,
            )
            return cls(Journal.create(path, plan, base_url=base_url, lock=lock), resumed=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def for_plan(cls, path: str | Path, plan: Plan, *, base_url: str) -> JournaledSubmission:
        """Resume the journal at `path` when it was made for `plan` (and this API), or create
        it for `plan`. Raises `JournalMismatchError`, `JournalLockedError` or
        `JournalError` (`damaged`)."""
        path = Path(path)
        lock = JournalLock(path).acquire()
        try:
            if path.exists():
                journal = Journal.open(path, lock=lock)
                try:
                    _check_plan(journal, plan, base_url)
                except BaseException:
                    journal.close()
                    raise
                return cls(journal, resumed=True)
            return cls(Journal.create(path, plan, base_url=base_url, lock=lock), resumed=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def resume(cls, path: str | Path) -> JournaledSubmission:
        """The journal at `path` as it is, without its input (to reconcile or inspect it)."""
        return cls(Journal.open(path), resumed=True)

    @property
    def path(self) -> Path:
        return self.journal.path

    @property
    def plan(self) -> Plan:
        return self.journal.plan()

    def chunks(self) -> tuple[ChunkEntry, ...]:
        return self.journal.chunks()

    def in_doubt(self) -> tuple[ChunkEntry, ...]:
        """Chunks whose request may or may not have been processed."""
        return tuple(c for c in self.journal.chunks() if c.state.in_doubt)

    def todo(self, *, resend_unknown: bool = False) -> tuple[Chunk, ...]:
        """The chunks a submit would send now, in plan order: never an accepted one."""
        plan = self.plan
        return tuple(
            plan.chunks[e.index]
            for e in self.journal.chunks()
            if e.state.sendable or (resend_unknown and e.state.in_doubt)
        )

    def submit(self, client: PropexoClient, **options: Unpack[SendOptions]) -> SubmissionResult:
        """Send every chunk that is certainly not accepted (and the in-doubt ones only with
        `resend_unknown`); each is journaled "sending" before its request."""
        plan, journal_hooks, todo = self._sending(client, options)
        sent = send_chunks(
            client, plan, concurrency=_concurrency(options), hooks=journal_hooks, chunks=todo
        )
        return self.result(sent)

    async def asubmit(self, client: AnyClient, **options: Unpack[SendOptions]) -> SubmissionResult:
        """`submit` from asyncio (`client`: either client). No journal read or write runs in
        the event loop: the check before each chunk, its "sending" and "not sent" marks
        (after the pacing slot, before the bytes leave) and the write of its outcome (one
        small fsynced transaction each) run in a worker thread, and the chunk's task waits
        for each; `hooks` run in that worker thread too. A cancellation lets the requests in
        flight finish and their outcomes be written (see `asend_chunks`)."""
        plan, journal_hooks, todo = await asyncio.to_thread(self._sending, client, options)
        sent = await asend_chunks(
            client, plan, concurrency=_concurrency(options), hooks=journal_hooks, chunks=todo
        )
        return await asyncio.to_thread(self.result, sent)

    def _sending(
        self, client: AnyClient, options: SendOptions
    ) -> tuple[Plan, list[ChunkHooks], tuple[Chunk, ...]]:
        """What both submits send (read from the journal): the plan, the journal's hooks,
        and the chunks to do."""
        refuse_unknown_keywords(options, _SEND_OPTIONS, "submit")
        _check_base_url(self.journal, client.base_url)
        resend_unknown = options.get("resend_unknown", False)
        journal_hooks = JournalHooks(
            self.journal, resend_unknown=resend_unknown, around=options.get("hooks", ())
        )
        return self.plan, [journal_hooks], self.todo(resend_unknown=resend_unknown)

    def result(self, sent: Iterable[ChunkResult] = ()) -> SubmissionResult:
        """Every chunk's journaled state now, with `sent` as this call's requests."""
        plan = self.plan
        return SubmissionResult(
            plan,
            tuple(chunk_result(e, plan.chunks[e.index]) for e in self.journal.chunks()),
            sent=tuple(r.chunk_id for r in sent),
            journal=self.path,
            resumed=self.resumed,
        )

    def unfinished_jobs(self) -> tuple[str, ...]:
        """The newest job of each accepted chunk whose write has not ended (as journaled)."""
        return tuple(j.job_id for j in self.journal.jobs() if j.current and not j.final)

    def wait_jobs(
        self,
        client: PropexoClient,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        policy: PollPolicy | None = None,
        on_progress: OnProgress | None = None,
    ) -> dict[str, JobStatus | JobError]:
        """Track the unfinished jobs until they end, journaling each status change; after a
        crash, the next call picks up the jobs still unfinished. Sends no write."""
        _check_base_url(self.journal, client.base_url)
        tracker = JobTracker(client, policy=policy, hooks=[JournalJobHooks(self.journal)])
        return tracker.wait_all(self.unfinished_jobs(), timeout=timeout, on_progress=on_progress)

    def reconcile(self, client: PropexoClient) -> Reconciliation:
        """Look for the in-doubt chunks' charges at Propexo (see `reconcile`)."""
        _check_base_url(self.journal, client.base_url)
        return reconcile(self.journal, client)

    def close(self) -> None:
        self.journal.close()

    def __repr__(self) -> str:
        return f"JournaledSubmission({str(self.path)!r}, resumed={self.resumed})"


def _check_base_url(journal: Journal, base_url: str) -> None:
    journal.check_base_url(base_url)


@contextlib.contextmanager
def journal_file(journal: str | Path | None) -> Iterator[Path]:
    """The journal's path: the one given, or (`None`) one in a temporary directory that is
    deleted afterwards."""
    if journal is not None:
        yield Path(journal)
        return
    _log.info("submitting without a journal: a rerun cannot tell what was accepted")
    with tempfile.TemporaryDirectory(prefix="propexo-submit-") as scratch:
        yield Path(scratch) / "submit.journal.sqlite"


def _kept(result: SubmissionResult, journal: str | Path | None) -> SubmissionResult:
    """A result whose temporary journal is gone says so (journal None)."""
    return result if journal is not None else attrs.evolve(result, journal=None)


def submit_plan(
    client: PropexoClient, plan: Plan, *, journal: str | Path | None, **options: Unpack[SendOptions]
) -> SubmissionResult:
    """Send `plan` (from `plan_charges`) through the journal file `journal`: one batch
    request per chunk not yet accepted, at most `concurrency` in flight.

    Run it again with the same plan and journal after a crash, an interrupt or a success: it
    sends only what was certainly not accepted, and reports chunks in doubt without resending
    them (unless `resend_unknown`). `journal=None` goes without one, explicitly: the same
    sending, but a rerun posts every charge again. A journal made for another plan or API is
    refused (`JournalMismatchError`)."""
    refuse_unknown_keywords(options, _SEND_OPTIONS, "submit_plan")
    with (
        journal_file(journal) as path,
        JournaledSubmission.for_plan(path, plan, base_url=client.base_url) as run,
    ):
        result = run.submit(client, **options)
    return _kept(result, journal)


async def asubmit_plan(
    client: AnyClient, plan: Plan, *, journal: str | Path | None, **options: Unpack[SendOptions]
) -> SubmissionResult:
    """`submit_plan` from asyncio (`client`: either client); the journal's reads and writes
    run in a worker thread, never on the event loop."""
    refuse_unknown_keywords(options, _SEND_OPTIONS, "asubmit_plan")
    async with _ajournal_file(journal) as path:
        run = await asyncio.to_thread(
            JournaledSubmission.for_plan, path, plan, base_url=client.base_url
        )
        try:
            result = await run.asubmit(client, **options)
        finally:
            await asyncio.to_thread(run.close)
    return _kept(result, journal)


def submit_charges(
    client: PropexoClient,
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    journal: str | Path | None,
    **options: Unpack[SubmitOptions],
) -> SubmissionResult:
    """Validate and plan `charges` (see `plan_charges`), then send them through the journal
    file `journal` (see `submit_plan`).

    A new journal is planned from the input; an existing one is resumed when the input is the
    one it was made for (no lookups needed), else refused (`JournalMismatchError`).
    `vendor=None` and `max_batch_size=None` mean the journal's (for a new one: Rent Manager
    and the default size). `journal=None` goes without one, explicitly: a rerun posts every
    charge again. The options: `SubmitOptions`."""
    refuse_unknown_keywords(options, _SUBMIT_OPTIONS, "submit_charges")
    with (
        journal_file(journal) as path,
        JournaledSubmission.start(
            path,
            charges,
            integration_id=integration_id,
            vendor=options.get("vendor"),
            max_batch_size=options.get("max_batch_size"),
            client=client,
            directory=options.get("directory"),
            transaction_dates=options.get("transaction_dates"),
        ) as run,
    ):
        result = run.submit(client, **_send_options(options))
    return _kept(result, journal)


class _Planning(TypedDict):
    """How a new journal's input is planned (`plan_charges`' options but its lookups)."""

    integration_id: str
    vendor: str | Vendor
    max_batch_size: int
    transaction_dates: DateWindow | None


async def asubmit_charges(
    client: AnyClient,
    charges: Iterable[Charge | Row],
    *,
    integration_id: str,
    journal: str | Path | None,
    **options: Unpack[SubmitOptions],
) -> SubmissionResult:
    """`submit_charges` from asyncio (`client`: an `AsyncPropexoClient`, or a
    `PropexoClient`). Nothing blocks the event loop while it plans: a new journal's input is
    planned once, by `aplan_charges` (validation and planning in a worker thread, the
    client's lookups awaited; a given `directory` is asked in the worker thread), and the
    journal is made for that plan (`for_plan`); an existing one is resumed, the input checked
    against it. The journal's creation, locking and closing run in a worker thread too."""
    refuse_unknown_keywords(options, _SUBMIT_OPTIONS, "asubmit_charges")
    vendor, max_batch_size = options.get("vendor"), options.get("max_batch_size")
    directory, transaction_dates = options.get("directory"), options.get("transaction_dates")
    rows = list(charges)
    async with _ajournal_file(journal) as path:
        if await asyncio.to_thread(path.exists):
            run = await asyncio.to_thread(
                JournaledSubmission.start,
                path,
                rows,
                integration_id=integration_id,
                vendor=vendor,
                max_batch_size=max_batch_size,
                base_url=client.base_url,
                transaction_dates=transaction_dates,
            )
        else:
            planning = _Planning(
                integration_id=integration_id,
                vendor=vendor or "rentmanager",
                max_batch_size=DEFAULT_MAX_BATCH_SIZE if max_batch_size is None else max_batch_size,
                transaction_dates=transaction_dates,
            )
            # A given directory is asked as planning asks it, in the worker thread; the
            # client's lookups are awaited.
            plan = await (
                aplan_charges(rows, client=client, **planning)
                if directory is None
                else asyncio.to_thread(plan_charges, rows, directory=directory, **planning)
            )
            run = await asyncio.to_thread(
                JournaledSubmission.for_plan, path, plan, base_url=client.base_url
            )
        try:
            result = await run.asubmit(client, **_send_options(options))
        finally:
            await asyncio.to_thread(run.close)
    return _kept(result, journal)


@contextlib.asynccontextmanager
async def _ajournal_file(journal: str | Path | None) -> AsyncIterator[Path]:
    """`journal_file` from asyncio: the temporary directory is made and removed in a worker
    thread."""
    files = journal_file(journal)
    path = await asyncio.to_thread(files.__enter__)
    try:
        yield path
    finally:
        await asyncio.to_thread(files.__exit__, None, None, None)
