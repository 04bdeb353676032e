"""Sending a plan: one batch request per chunk, each outcome accepted, rejected or unknown.

* accepted: the API answered 200 with a job id; the charges are queued as that job.
* rejected: certainly not accepted: a 4xx answer (a 400 keeps its error), 429 or a
  connection that never opened after every retry. Safe to send again once fixed.
* unknown: the body may have reached the server but no usable answer came (timeout, reset,
  any 5xx, 503 included: proxies answer 503 after the upstream received the request; a 200
  without a job id). Never resent automatically: check before sending again.
* not sent: the run stopped (an interrupt, a signal, an error) before the chunk's request left,
  maybe while it waited for its rate-limit slot or a retry's pause (`STOPPED_WAITING`).

Only transport errors become outcomes; an error raised before the request is sent (building
the body, a hook) is a bug or a stop and propagates. Each outcome is logged
(`propexo.charges._submit`).

`ChunkSender` is the reusable step; its hooks run right before each request and right after
its outcome is known (never on the event loop), which is where a write-ahead journal checks
the chunk and records its outcome; the "sending" mark comes from the `SendGate` its hook gives
back, which the request carries to the transport. The chunks of a plan
go through one worker pool (`propexo._pool`): threads for `send_chunks`, tasks for
`asend_chunks`. Those two are the journal's sending step, not a public way to submit: every
submit goes through a journal (`propexo.submit_charges`, `propexo.submit_plan`), and
`SubmissionResult` is what every submit returns.
"""

from __future__ import annotations

import enum
import functools
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any, Protocol, TypedDict, Unpack

import attrs
import httpx
from propexo_client.text import decode_json
from propexo_client.types import Response

from .._client import AnyClient, PropexoClient
from .._effects import AsyncPerform, Perform, Request
from .._errors import ResponseValidationError, error_message
from .._flow import Blocking, Flow, arun, run
from .._options import refuse_unknown_keywords
from .._pacing import WaitStopped
from .._pool import Pool, run_tasks, run_threads
from .._retry import certainly_not_sent
from .._sanitize import clean_text
from .._transport import SendGate, with_send_gates
from ._plan import Chunk, Plan
from ._vendors import Vendor, get_vendor

_log = logging.getLogger(__name__)

#: The error of a chunk whose run stopped (an interrupt) while it waited for its rate-limit
#: slot or in a retry's pause: its request never left, so it is safe to send.
STOPPED_WAITING = "not sent: the run stopped while it waited for its turn (rate limit or retry)"

#: Batch requests in flight at once. Pacing, not concurrency, sets the request rate; a few
#: parallel requests only hide latency and Propexo's ~2 s slow-down past 80 % of the limit.
DEFAULT_CONCURRENCY = 4


class Outcome(enum.StrEnum):
    """What became of a chunk (and so of each of its rows)."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"
    NOT_SENT = "not sent"

    @property
    def in_doubt(self) -> bool:
        """Whether the chunk's request may or may not have been processed."""
        return self is Outcome.UNKNOWN


@attrs.frozen
class ChunkResult:
    """What became of one chunk's request."""

    chunk_id: str
    partition: str
    rows: tuple[int, ...] = attrs.field(repr=False)
    outcome: Outcome
    job_id: str | None = None
    status_code: int | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "chunk": self.chunk_id,
            "partition": self.partition,
            "outcome": str(self.outcome),
            "job_id": self.job_id,
            "status_code": self.status_code,
            "error": self.error,
            "rows": list(self.rows),
        }


@attrs.frozen
class RowResult:
    """One input row: where it went and what became of it."""

    row: int
    reference_number: str
    partition: str
    chunk_id: str
    outcome: Outcome
    job_id: str | None
    error: str | None


@attrs.frozen
class SubmissionResult:
    """What a submit did: every chunk of the plan as it stands afterwards, in plan order,
    and the per-row view of them. The one result of every submit (journaled or not, sync or
    async); `propexo.JobTracker.wait_submission` waits on its jobs.

    `chunks` has one result per chunk of the plan, accepted in this call or an earlier one
    (a resumed journal), rejected, unknown (in doubt: check it, `propexo charges reconcile`)
    or not sent. `sent` names the chunks whose request this call made. `journal` is the
    journal file, None when the submit went without one (`journal=None`)."""

    plan: Plan = attrs.field(repr=False)
    chunks: tuple[ChunkResult, ...]
    sent: tuple[str, ...] = attrs.field(default=(), repr=False)
    journal: Path | None = None
    resumed: bool = False

    @property
    def ok(self) -> bool:
        """Whether every chunk of the plan is accepted."""
        return all(c.outcome is Outcome.ACCEPTED for c in self.chunks)

    @property
    def in_doubt(self) -> tuple[ChunkResult, ...]:
        """The chunks whose request may or may not have been processed."""
        return self.with_outcome(Outcome.UNKNOWN)

    def counts(self) -> Counter[Outcome]:
        """Chunks per outcome."""
        return Counter(c.outcome for c in self.chunks)

    def with_outcome(self, outcome: Outcome) -> tuple[ChunkResult, ...]:
        return tuple(c for c in self.chunks if c.outcome is outcome)

    def rows(self) -> list[RowResult]:
        """One result per input row, in input order."""
        found: list[RowResult] = []
        chunks = {c.id: c for c in self.plan.chunks}
        for result in self.chunks:
            chunk = chunks[result.chunk_id]
            for row, charge in zip(chunk.rows, chunk.charges, strict=True):
                found.append(
                    RowResult(
                        row,
                        charge.reference_number or "",  # Yardi charges have none
                        result.partition,
                        result.chunk_id,
                        result.outcome,
                        result.job_id,
                        result.error,
                    )
                )
        found.sort(key=lambda r: r.row)
        return found


class ChunkHooks(Protocol):
    """Called around each chunk's request, each call a blocking step of the chunk's flow: in
    the sending worker thread (sync), in a worker thread under asyncio (never on the event
    loop: a journal's fsynced write may block); the chunk goes on once the call returns."""

    def before_send(self, chunk: Chunk) -> SendGate | None:
        """Right before the request; raising here keeps the chunk unsent and stops the run.
        A hook that must know when the request's bytes leave returns a `SendGate`, which the
        request carries to the transport (`propexo._transport.SEND_GATES`)."""

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        """Right after the outcome is known."""


def _job_id(response: httpx.Response) -> str | None:
    """`meta.job_id` of an answer, when it is a non-empty string (null, absent, or a body that
    is not JSON or is nested too deep to parse: None, and the chunk is unknown)."""
    body = decode_json(response.content)
    meta = body.get("meta") if isinstance(body, dict) else None
    found = meta.get("job_id") if isinstance(meta, dict) else None
    return found if isinstance(found, str) and found else None


def _error_text(response: httpx.Response) -> str:
    try:
        status = HTTPStatus(response.status_code)
    except ValueError:  # a code HTTP does not define
        return clean_text(response.content.decode("utf-8", "replace"), limit=200) or "(no text)"
    return error_message(Response(status, response.content, response.headers, None))


def classify_response(chunk: Chunk, response: httpx.Response) -> ChunkResult:
    """The outcome of an answered request (read from its status and bytes: cannot fail).

    A 200 with a job id is accepted. A 200 whose `meta.job_id` is missing, null or not a
    string is unknown: the write may have happened, but it cannot be tracked. So is a 200
    whose body cannot be parsed at all (not JSON, or nested deeper than the parser goes):
    no job id can be read from it."""
    status = int(response.status_code)
    result = attrs.evolve(_base(chunk), status_code=status)
    if status == 200:
        job_id = _job_id(response)
        if job_id is not None:
            return attrs.evolve(result, outcome=Outcome.ACCEPTED, job_id=job_id)
        return attrs.evolve(
            result,
            error="HTTP 200 without a job_id: the write may have happened but cannot be "
            "tracked (the request may have been processed)",
        )
    message = f"HTTP {status}: {_error_text(response)}"
    if 400 <= status < 500:
        return attrs.evolve(result, outcome=Outcome.REJECTED, error=message)
    return attrs.evolve(result, error=message + " (the request may have been processed)")


def classify_error(chunk: Chunk, error: httpx.TransportError) -> ChunkResult:
    """The outcome of a request that got no answer: rejected when it certainly never left
    (the connection did not open), else unknown."""
    name = type(error).__name__
    if certainly_not_sent(error):
        return attrs.evolve(
            _base(chunk), outcome=Outcome.REJECTED, error=f"not sent: {name}: {error}"
        )
    return attrs.evolve(
        _base(chunk), error=f"no answer ({name}: {error}); the request may have been processed"
    )


def _base(chunk: Chunk) -> ChunkResult:
    return ChunkResult(chunk.id, chunk.partition, chunk.rows, Outcome.UNKNOWN)


def log_outcome(result: ChunkResult) -> None:
    """One line per chunk outcome: info when accepted, warning otherwise."""
    rows = len(result.rows)
    if result.outcome is Outcome.ACCEPTED:
        _log.info(
            "chunk %s (%s, %d charges): accepted as job %s",
            result.chunk_id,
            result.partition,
            rows,
            result.job_id,
        )
    else:
        _log.warning(
            "chunk %s (%s, %d charges): %s: %s",
            result.chunk_id,
            result.partition,
            rows,
            result.outcome,
            result.error,
        )


class ChunkSender:
    """Posts one chunk as one batch request, with hooks around it.

    Only a transport error (`httpx.TransportError`) or an answer too large to read (the
    transport's `ResponseValidationError`) becomes an outcome: the request may have left.
    Anything raised while building the request (a bug, e.g. a renamed generated parameter) or
    by a hook propagates with nothing sent for that chunk; the answer itself is classified
    from its status and bytes, which cannot raise.
    """

    def __init__(
        self,
        client: AnyClient,
        vendor: str | Vendor,
        integration_id: str,
        hooks: Sequence[ChunkHooks] = (),
    ) -> None:
        self.client = client
        self.vendor: Vendor = get_vendor(vendor)
        self.integration_id = integration_id
        self.hooks: tuple[ChunkHooks, ...] = tuple(hooks)

    def flow(self, chunk: Chunk) -> Flow[ChunkResult]:
        """Send `chunk` (a flow: see `propexo._flow`): hooks, the request (with the gates the
        hooks gave), its outcome, hooks; each hook call a `Blocking` step."""
        request = self.vendor.request(self.integration_id, chunk)
        gates: list[SendGate] = []
        for hook in self.hooks:
            gate = yield Blocking(functools.partial(hook.before_send, chunk))
            if gate is not None:
                gates.append(gate)
        _log.debug("chunk %s (%s, %d charges): sending", chunk.id, chunk.partition, len(chunk))
        try:
            response = yield Request(with_send_gates(request, gates))
        except httpx.TransportError as error:
            result = classify_error(chunk, error)
        except ResponseValidationError as error:  # an answer too large to read: it was sent
            detail = f"{error}; the request may have been processed"
            result = attrs.evolve(_base(chunk), error=detail)
        except WaitStopped:  # the run stopped while it waited for its slot: never left
            result = attrs.evolve(_base(chunk), outcome=Outcome.NOT_SENT, error=STOPPED_WAITING)
        else:
            result = classify_response(chunk, response)
        log_outcome(result)
        for hook in self.hooks:
            yield Blocking(functools.partial(hook.after_send, chunk, result))
        return result

    def send(self, chunk: Chunk) -> ChunkResult:
        """`flow` with the sync driver."""
        return run(self.flow(chunk), Perform(self.client, self.client.sleep))

    async def asend(self, chunk: Chunk) -> ChunkResult:
        """`flow` with the async driver."""
        return await arun(self.flow(chunk), AsyncPerform(self.client, self.client.async_sleep))


def _check_concurrency(concurrency: int) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be a positive integer, got {concurrency!r}")
    return concurrency


class Sending(TypedDict, total=False):
    """How `send_chunks` and `asend_chunks` send: at most `concurrency` requests in flight
    (default `DEFAULT_CONCURRENCY`), `hooks` around each chunk's request, and `chunks` the
    plan's chunks to send (default all of them)."""

    concurrency: int
    hooks: Sequence[ChunkHooks]
    chunks: Iterable[Chunk] | None


def _sending(
    client: AnyClient, plan: Plan, options: Sending
) -> tuple[ChunkSender, Pool[Chunk, ChunkResult], int]:
    """What both submits run: the sender, the pool of the chunks to send (writes: on an
    interrupt the requests in flight finish and get their outcome), and how many workers."""
    refuse_unknown_keywords(options, Sending.__annotations__, "send_chunks")
    concurrency = options.get("concurrency", DEFAULT_CONCURRENCY)
    _check_concurrency(concurrency)
    sender = ChunkSender(client, plan.vendor, plan.integration_id, options.get("hooks", ()))
    chunks = options.get("chunks")
    todo = list(plan.chunks if chunks is None else chunks)
    return sender, Pool.of(todo, finish_in_flight=True), min(concurrency, len(todo))


def send_chunks(
    client: PropexoClient, plan: Plan, **options: Unpack[Sending]
) -> tuple[ChunkResult, ...]:
    """Send the plan's chunks (or the given subset) with at most `concurrency` in flight:
    the journal's sending step (a submit without a journal has no way to tell, on a rerun,
    what was accepted).

    A rejected or unknown chunk does not stop the others. An exception from a hook, or an
    interrupt, stops taking new chunks; requests already in flight finish first.
    """
    sender, pool, workers = _sending(client, plan, options)
    return tuple(run_threads(pool, sender.send, workers, name="propexo-submit"))


async def asend_chunks(
    client: AnyClient, plan: Plan, **options: Unpack[Sending]
) -> tuple[ChunkResult, ...]:
    """`send_chunks` from asyncio (`client`: either client; hooks run in worker threads;
    tasks instead of threads, the same `ChunkSender.flow` per chunk and the same pool). A
    cancellation (Ctrl-C under `asyncio.run`) is the interrupt: no new chunk is taken and the
    requests in flight finish first; a second cancellation cancels them."""
    sender, pool, workers = _sending(client, plan, options)
    return tuple(await run_tasks(pool, sender.asend, workers))
