"""Which job to poll next, and what each answer means: the tracker's logic without any I/O.

The sync and asyncio trackers both drive a `Schedule`: take the job due first, sleep until it
is due, poll it, `record` the answer. Jobs are ordered by due time, so a job polled rarely
(backed off to the cap) never delays one that is due now, and whichever job finishes is
reported at once. The request rate is not decided here: every poll waits for a slot of the
client's shared `Pacer`.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
from collections.abc import Iterable

import attrs

from .._errors import JobError, JobTimeoutError, is_transient, job_of
from .._pacing import Clock
from .._retry import Jitter
from ._calls import Answer, check_job_id
from ._model import JobStatus, Progress, WriteStatus
from ._policy import PollPolicy
from ._wake import Bell

Report = JobStatus | JobError  # how tracking one job ended


def report_job_id(report: Report) -> str:
    """The job a report is about (a status's own, or the one its error was about)."""
    return report.job_id if isinstance(report, JobStatus) else job_of(report) or ""


_log = logging.getLogger(__name__)


@attrs.define
class Tracked:
    """The changing state of one tracked job (internal to a schedule)."""

    job_id: str
    started_at: float
    due: float
    polls: int = 0
    failures: int = 0  # transient failures in a row
    last: JobStatus | None = None
    at_deadline: bool = False  # this poll is the last one the deadline allows
    unlisted: bool = False  # a write status the spec does not list was logged for this job


@attrs.frozen
class Polled:
    """What one poll brought: the status seen (if any) and, when tracking ended, the report."""

    job_id: str
    seen: JobStatus | None
    report: Report | None


class Schedule:
    """The jobs of one wait or watch, ordered by when each is due; safe to share by threads."""

    def __init__(
        self,
        job_ids: Iterable[str],
        policy: PollPolicy,
        clock: Clock,
        jitter: Jitter,
        timeout: float | None,
        bell: Bell | None = None,
    ) -> None:
        self.policy = policy
        #: Rung by `hint`: the pollers asleep on this schedule's jobs look again.
        self.bell: Bell = bell if bell is not None else Bell()
        self._clock = clock
        self._jitter = jitter
        self.timeout = timeout
        now = clock()
        self.deadline = None if timeout is None else now + timeout
        first = now + policy.first_delay
        if self.deadline is not None:
            first = min(first, self.deadline)
        self._lock = threading.Lock()
        self._order = itertools.count()
        self._heap: list[tuple[float, int, Tracked]] = []
        self._tracked: dict[str, Tracked] = {}  # the jobs whose tracking has not ended
        for job_id in job_ids:
            self._tracked[job_id] = Tracked(job_id, now, first)
            self._push(self._tracked[job_id])
        self.total = len(self._heap)

    def _push(self, job: Tracked) -> None:
        heapq.heappush(self._heap, (job.due, next(self._order), job))

    def take(self) -> Tracked | None:
        """The job due first (now its poller's until `record`), or None if none is waiting."""
        with self._lock:
            return heapq.heappop(self._heap)[2] if self._heap else None

    def delay(self, job: Tracked) -> float:
        """Seconds until `job` is due."""
        return max(0.0, job.due - self._clock())

    def hint(self, job_id: str) -> bool:
        """An event says the job may have ended: make it due now and wake the pollers.
        False if the job is not tracked here (unknown, or its tracking has ended). A job
        whose status request is in flight keeps its schedule: that answer, or the next
        regular poll, covers the event."""
        with self._lock:
            job = self._tracked.get(job_id)
            if job is None:
                return False
            now = self._clock()
            if job.due > now:
                job.due = now
                self._heap = [(j.due, order, j) for _, order, j in self._heap]
                heapq.heapify(self._heap)
        _log.info("job %s: an event names it; polling it now", job_id)
        self.bell.ring()
        return True

    def sooner(self, job: Tracked) -> Tracked:
        """`job`, or the waiting job due before it (a hinted one), which its poller then takes
        instead, putting `job` back: a watch's pollers may all be asleep on other jobs."""
        with self._lock:
            if self._heap and self._heap[0][0] < job.due:
                taken = heapq.heapreplace(self._heap, (job.due, next(self._order), job))[2]
                return taken
            return job

    def record(self, job: Tracked, answer: Answer | JobError) -> Polled:
        """Account for one poll of `job`; the job is queued again unless tracking it ended."""
        with self._lock:
            now = self._clock()
            job.polls += 1
            if isinstance(answer, JobError):
                failures_left = job.failures < self.policy.max_failed_polls
                if is_transient(answer) and failures_left and self._again(job, now):
                    job.failures += 1
                    _log.info(
                        "job %s: poll %d failed (%s); polling again", job.job_id, job.polls, answer
                    )
                    return Polled(job.job_id, None, None)
                _log.warning("job %s: tracking ended in an error: %s", job.job_id, answer)
                del self._tracked[job.job_id]
                return Polled(job.job_id, None, answer)
            job.failures = 0
            status = JobStatus(
                job.job_id,
                answer.write_status,
                answer.errors,
                answer.created_record_id,
                job.polls,
                job.started_at,
                now,
            )
            if job.last is None or job.last.write_status != status.write_status:
                _log.log(
                    logging.INFO if status.final else logging.DEBUG,
                    "job %s: %s after %d poll(s), %.1f s",
                    job.job_id,
                    status.write_status,
                    job.polls,
                    now - job.started_at,
                )
            if not job.unlisted:
                job.unlisted = warn_unlisted(status)
            job.last = status
            if not status.final and self._again(job, now):
                return Polled(job.job_id, status, None)
            del self._tracked[job.job_id]
            if status.final:
                return Polled(job.job_id, status, status)
            assert self.timeout is not None  # only a deadline stops a pending job
            _log.warning(
                "job %s: still %s after %g s; giving up",
                job.job_id,
                status.write_status,
                self.timeout,
            )
            return Polled(job.job_id, status, JobTimeoutError(job.job_id, self.timeout, status))

    def _again(self, job: Tracked, now: float) -> bool:
        """Queue `job` for its next poll; False when the deadline allows none."""
        due = now + self.policy.interval(job.polls, self._jitter())
        if self.deadline is not None and due >= self.deadline:
            if job.at_deadline or now >= self.deadline:
                return False
            due, job.at_deadline = self.deadline, True  # one last look right at the deadline
        job.due = due
        self._push(job)
        return True


def warn_unlisted(status: JobStatus) -> bool:
    """Log a write status the spec does not list (WARNING: the client may need a release that
    knows it), taken as not final; whether it was one. Trackers log it once per job."""
    if isinstance(status.write_status, WriteStatus):
        return False
    _log.warning(
        "job %s: write status %r is not one the spec lists; taken as not final, polling on",
        status.job_id,
        status.write_status,
    )
    return True


def count(progress: Progress, polled: Polled) -> Progress:
    """`progress` after one more poll."""
    report = polled.report
    if report is None:
        return attrs.evolve(progress, polls=progress.polls + 1)
    done = attrs.evolve(progress, polls=progress.polls + 1)
    if isinstance(report, JobError):
        return attrs.evolve(done, errors=done.errors + 1)
    field = {  # a report is final: one of these (is_final)
        WriteStatus.SUCCESS: "success",
        WriteStatus.PARTIAL_SUCCESS: "partial_success",
        WriteStatus.FAILURE: "failure",
    }[WriteStatus(report.write_status)]
    return attrs.evolve(done, **{field: getattr(done, field) + 1})


def unique_job_ids(job_ids: Iterable[str]) -> list[str]:
    """The ids in order, each once; a bad id is an error before any request."""
    if isinstance(job_ids, str):
        raise TypeError("job_ids must be a collection of job ids, not one string")
    return list(dict.fromkeys(check_job_id(j) for j in job_ids))
