"""What became of a batch submission once its jobs ended: per chunk and per input row.

A row *landed* when its chunk's job succeeded; it *failed* when its chunk was rejected (never
accepted) or its job ended in FAILURE; it *partially failed* when its job ended in
PARTIAL_SUCCESS and the errors do not tell which charges failed; it is *unknown* when the
chunk's request or the job's tracking gave no answer; it was *not sent* when the submit
stopped before its chunk's request left (a rerun with the same journal sends it). The write
status carries only error strings: when every error of a partial success names its charges
as `charges[N]` (N being the position in the batch), those rows failed and the others
landed.

`jobs` sits beside `charges`, not above it: what it reads of a submission is declared here as
small structural protocols (`Submission`, `SentChunk`, `SentRow`), which
`propexo.charges.SubmissionResult`, its `ChunkResult`s and `RowResult`s satisfy.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

import attrs

from .._errors import JobError
from ._model import JobStatus, WriteStatus

_INDEX = re.compile(r"\bcharges\[(\d+)\]")
#: The outcomes of a chunk that matter here (values of `propexo.charges.Outcome`, a str enum).
ACCEPTED, REJECTED, NOT_SENT = "accepted", "rejected", "not sent"


class SentChunk(Protocol):
    """What became of one chunk's request (`propexo.charges.ChunkResult`)."""

    @property
    def chunk_id(self) -> str: ...
    @property
    def partition(self) -> str: ...
    @property
    def rows(self) -> tuple[int, ...]:
        """The input rows of the chunk's charges, in batch order."""

    @property
    def outcome(self) -> str:
        """ "accepted", "rejected", "unknown" or "not sent"."""

    @property
    def job_id(self) -> str | None: ...
    @property
    def error(self) -> str | None: ...


class SentRow(Protocol):
    """One input row of a submission (`propexo.charges.RowResult`)."""

    @property
    def row(self) -> int: ...
    @property
    def reference_number(self) -> str: ...


@runtime_checkable
class Submission(Protocol):
    """A batch submission (`propexo.charges.SubmissionResult`): its chunks, and its rows."""

    @property
    def chunks(self) -> Sequence[SentChunk]: ...
    def rows(self) -> Sequence[SentRow]: ...


def submission_job_ids(submission: Submission) -> list[str]:
    """The job ids of a submission's accepted chunks (in this run or, through its journal,
    an earlier one), in plan order."""
    if not isinstance(submission, Submission):
        raise TypeError(
            f"expected a propexo.charges.SubmissionResult, got {type(submission).__name__}"
        )
    return [c.job_id for c in submission.chunks if c.outcome == ACCEPTED and c.job_id is not None]


class RowFate(enum.StrEnum):
    LANDED = "landed"
    FAILED = "failed"
    PARTIALLY_FAILED = "partially_failed"
    UNKNOWN = "unknown"
    NOT_SENT = "not_sent"


@attrs.frozen
class ChunkStatus:
    """One chunk: its submission result and its job's final status (or why it is unknown)."""

    result: SentChunk
    job: JobStatus | None = None
    error: JobError | None = None

    @property
    def chunk_id(self) -> str:
        return self.result.chunk_id

    @property
    def fate(self) -> RowFate:
        """The chunk's fate as a whole."""
        if self.result.outcome == REJECTED:
            return RowFate.FAILED
        if self.result.outcome == NOT_SENT:
            return RowFate.NOT_SENT
        if self.job is None:
            return RowFate.UNKNOWN
        fates: dict[str, RowFate] = {
            WriteStatus.SUCCESS: RowFate.LANDED,
            WriteStatus.FAILURE: RowFate.FAILED,
            WriteStatus.PARTIAL_SUCCESS: RowFate.PARTIALLY_FAILED,
        }
        return fates.get(self.job.write_status, RowFate.UNKNOWN)  # PENDING or not listed

    @property
    def errors(self) -> tuple[str, ...]:
        """The job's errors, or the reason the chunk failed or is unknown."""
        if self.job is not None and self.result.outcome == ACCEPTED:
            return self.job.errors
        if self.error is not None:
            return (str(self.error),)
        return (self.result.error,) if self.result.error else ()


@attrs.frozen
class RowStatus:
    """One input row: where it went and whether it landed."""

    row: int
    reference_number: str
    partition: str
    chunk_id: str
    job_id: str | None
    fate: RowFate
    errors: tuple[str, ...] = ()


@attrs.frozen
class SubmissionStatus:
    """Every chunk's final status, in plan order, and the per-row view of them."""

    submission: Submission = attrs.field(repr=False)
    chunks: tuple[ChunkStatus, ...]

    @property
    def ok(self) -> bool:
        """Whether every charge landed."""
        return all(c.fate is RowFate.LANDED for c in self.chunks)

    def rows(self) -> list[RowStatus]:
        """One status per input row, in input order."""
        found: list[RowStatus] = []
        references = {r.row: r.reference_number for r in self.submission.rows()}
        for status in self.chunks:
            found.extend(_rows(references, status))
        found.sort(key=lambda r: r.row)
        return found

    def counts(self) -> Counter[RowFate]:
        """Rows per fate."""
        return Counter(r.fate for r in self.rows())


def _attributed(errors: tuple[str, ...], size: int) -> dict[int, list[str]] | None:
    """Errors per charge position, when every error names positions inside the batch."""
    found: dict[int, list[str]] = {}
    for error in errors:
        named = {int(n) for n in _INDEX.findall(error)}
        if not named or any(n >= size for n in named):
            return None
        for n in named:
            found.setdefault(n, []).append(error)
    return found


def _rows(references: Mapping[int, str], status: ChunkStatus) -> list[RowStatus]:
    result = status.result
    fate, errors = status.fate, status.errors
    size = len(result.rows)
    by_index = _attributed(errors, size) if fate is RowFate.PARTIALLY_FAILED else None
    rows = []
    for index, row in enumerate(result.rows):
        row_fate, row_errors = fate, errors
        if by_index is not None:
            own = tuple(by_index.get(index, ()))
            row_fate, row_errors = (RowFate.FAILED, own) if own else (RowFate.LANDED, ())
        rows.append(
            RowStatus(
                row,
                references[row],
                result.partition,
                result.chunk_id,
                result.job_id,
                row_fate,
                row_errors,
            )
        )
    return rows


def submission_status(
    submission: Submission, reports: Mapping[str, JobStatus | JobError]
) -> SubmissionStatus:
    """Combine a submission with how tracking each of its jobs ended (by job id)."""
    chunks = []
    for result in submission.chunks:
        report = reports.get(result.job_id) if result.job_id else None
        if isinstance(report, JobError):
            chunks.append(ChunkStatus(result, error=report))
        else:
            chunks.append(ChunkStatus(result, job=report))
    return SubmissionStatus(submission, tuple(chunks))
