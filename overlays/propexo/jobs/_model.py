"""Value classes of job tracking: a job's status, a retry chain, and progress counts."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs


class WriteStatus(enum.StrEnum):
    """`write_status` of `GET /v1/admin/write-status/{root_job_id}`."""

    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"
    FAILURE = "FAILURE"

    @property
    def final(self) -> bool:
        """Whether the write is over (anything but PENDING)."""
        return self is not WriteStatus.PENDING


def is_final(write_status: WriteStatus | str) -> bool:
    """Whether a write status ends the write: a status the spec does not list (a string, as
    ``IN_PROGRESS`` a release may add) is taken as still running, so trackers poll on."""
    return isinstance(write_status, WriteStatus) and write_status.final


@attrs.frozen
class JobStatus:
    """One job's write status as last seen by a tracker.

    `write_status` is a `WriteStatus`, or the API's text for a status the spec does not list
    (not final: see `is_final`). `polls` counts the status requests the tracker made for this
    job (failed ones included); `started_at` and `checked_at` are the tracker's clock when
    tracking began and when this answer arrived (monotonic seconds by default: use their
    difference, `elapsed`).
    """

    job_id: str
    write_status: WriteStatus | str
    errors: tuple[str, ...] = ()
    created_record_id: str | None = None
    polls: int = 1
    started_at: float = 0.0
    checked_at: float = 0.0

    @property
    def final(self) -> bool:
        return is_final(self.write_status)

    @property
    def ok(self) -> bool:
        """Whether the whole write landed."""
        return self.write_status is WriteStatus.SUCCESS

    @property
    def elapsed(self) -> float:
        """Seconds between the start of tracking and this answer."""
        return self.checked_at - self.started_at

    def to_json(self) -> dict[str, object]:
        """The status as JSON; `elapsed` seconds rather than the clock readings, which are
        monotonic (meaningless outside this process)."""
        return {
            "job_id": self.job_id,
            "write_status": str(self.write_status),
            "errors": list(self.errors),
            "created_record_id": self.created_record_id,
            "polls": self.polls,
            "elapsed": round(self.elapsed, 3),
        }


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _statuses(values: Iterable[JobStatus]) -> tuple[JobStatus, ...]:
    return tuple(values)


def _check_chain(chain: JobChain) -> None:
    if not chain.job_ids:
        raise ValueError("a job chain holds at least its root job")
    if len(chain.statuses) > len(chain.job_ids):
        raise ValueError("a job chain has at most one final status per job")
    for job_id, status in zip(chain.job_ids, chain.statuses, strict=False):
        if status.job_id != job_id:
            raise ValueError(f"status of {status.job_id} is out of place (expected {job_id})")
        if not status.final:
            raise ValueError(f"a job chain keeps final statuses only ({job_id} is PENDING)")


@attrs.frozen
class JobChain:
    """A write job and the jobs that retried it, root first, with the final status of each
    job that has finished. Every job but the newest ended in FAILURE (that is why it was
    retried); the newest is still running when `final` is None."""

    job_ids: tuple[str, ...] = attrs.field(converter=_ids)
    statuses: tuple[JobStatus, ...] = attrs.field(default=(), converter=_statuses)

    def __attrs_post_init__(self) -> None:
        _check_chain(self)

    @classmethod
    def start(cls, root_job_id: str) -> JobChain:
        return cls((root_job_id,))

    @property
    def root_job_id(self) -> str:
        return self.job_ids[0]

    @property
    def current_job_id(self) -> str:
        """The newest job: the one whose outcome is the write's outcome."""
        return self.job_ids[-1]

    @property
    def retries(self) -> int:
        return len(self.job_ids) - 1

    @property
    def final(self) -> JobStatus | None:
        """The newest job's final status, or None while it runs."""
        return self.statuses[-1] if len(self.statuses) == len(self.job_ids) else None

    def finished(self, status: JobStatus) -> JobChain:
        """This chain with the newest job's final status recorded."""
        return attrs.evolve(self, statuses=(*self.statuses, status))

    def retried(self, new_job_id: str) -> JobChain:
        """This chain after its newest job (finished in FAILURE) was retried as `new_job_id`."""
        final = self.final
        if final is None or final.write_status is not WriteStatus.FAILURE:
            raise ValueError(f"{self.current_job_id} did not end in FAILURE: cannot be retried")
        return attrs.evolve(self, job_ids=(*self.job_ids, new_job_id))


@attrs.frozen
class Progress:
    """Counts of a multi-job watch, for progress displays: finished jobs per final status,
    jobs that could not be tracked (errors, timeouts included), and polls so far."""

    total: int
    success: int = 0
    partial_success: int = 0
    failure: int = 0
    errors: int = 0
    polls: int = 0

    @property
    def done(self) -> int:
        return self.success + self.partial_success + self.failure + self.errors

    @property
    def pending(self) -> int:
        return self.total - self.done
