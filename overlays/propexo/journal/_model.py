"""Value classes of a journal: the run it records, each chunk's state, each job's status."""

from __future__ import annotations

import enum
from collections import Counter

import attrs


class ChunkState(enum.StrEnum):
    """Where a chunk is in its write-ahead life.

    planned -> sending -> accepted | rejected | unknown. "sending" is written (and synced to
    disk) before the request; a chunk still "sending" when a run starts was interrupted
    mid-request. "sending" and "unknown" chunks are in doubt: their body may have reached
    Propexo, so they are sent again only when the user says so (or reconciliation finds them).
    """

    PLANNED = "planned"
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNKNOWN = "unknown"

    @property
    def in_doubt(self) -> bool:
        return self in (ChunkState.SENDING, ChunkState.UNKNOWN)

    @property
    def sendable(self) -> bool:
        """Certainly not accepted, so safe to send without asking anyone."""
        return self in (ChunkState.PLANNED, ChunkState.REJECTED)


@attrs.frozen
class RunInfo:
    """What the journal was made for; a resume must match every field it checks."""

    schema_version: int
    created_at: str  # ISO 8601, UTC
    client_version: str
    base_url: str
    vendor: str
    integration_id: str
    max_batch_size: int
    input_fingerprint: str
    plan_fingerprint: str
    charge_count: int
    chunk_count: int


@attrs.frozen
class ChunkEntry:
    """One chunk as journaled: its place in the plan and its latest state.

    `attempts` counts the times it was marked "sending"; `resolved_by` says how its outcome
    became known: "response", "write_log" or "synced_charges" (reconciliation).
    """

    index: int
    chunk_id: str
    partition: str
    size: int
    fingerprint: str
    state: ChunkState
    job_id: str | None = None
    status_code: int | None = None
    error: str | None = None
    attempts: int = 0
    resolved_by: str | None = None
    updated_at: str = ""


#: Write statuses after which a job changes no more.
FINAL_STATUSES = frozenset({"SUCCESS", "PARTIAL_SUCCESS", "FAILURE"})


@attrs.frozen
class JobEntry:
    """A write job of an accepted chunk and its last tracked status (None: not tracked yet).

    `retry` is None until the job is retried, "sending" while a retry request is out (or
    when its process ended before the answer), then the new job's id.
    """

    job_id: str
    chunk_id: str
    root_job_id: str
    write_status: str | None = None
    errors: tuple[str, ...] = ()
    created_record_id: str | None = None
    checked_at: str | None = None
    retry: str | None = None

    @property
    def final(self) -> bool:
        return self.write_status in FINAL_STATUSES

    @property
    def current(self) -> bool:
        """Whether this is the newest job of its chain (never retried)."""
        return self.retry is None


@attrs.frozen
class Event:
    """One line of the journal's append-only history."""

    seq: int
    at: str
    kind: str  # created, opened, sending, outcome, resolved, job
    chunk_id: str | None
    state: str | None
    detail: str | None


def count_states(chunks: tuple[ChunkEntry, ...]) -> Counter[ChunkState]:
    """Chunks per state, every state present (zero included), in lifecycle order."""
    counts: Counter[ChunkState] = Counter(dict.fromkeys(ChunkState, 0))
    counts.update(c.state for c in chunks)
    return counts
