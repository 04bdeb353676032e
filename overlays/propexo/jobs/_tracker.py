"""`JobTracker`: the sync driver of the trackers' flows (`TrackerBase`), threads for `watch`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence

from .._client import PropexoClient
from .._errors import JobError
from .._flow import run
from .._pacing import Clock, Sleep
from .._pool import threads
from .._retry import Jitter
from ._base import (
    DEFAULT_CONCURRENCY,
    OnProgress,
    TrackerBase,
    check_timeout,
)
from ._batch import Submission, SubmissionStatus, submission_job_ids, submission_status
from ._hooks import JobHooks
from ._model import JobChain, JobStatus, Progress
from ._policy import DEFAULT_WAIT_TIMEOUT, PollPolicy
from ._schedule import Polled, Report, Tracked, report_job_id, unique_job_ids
from ._wake import NapPerform, ThreadBell


class JobTracker(TrackerBase):
    """Tracks write jobs through a `PropexoClient`, sharing its pacing, 429 handling and
    retries: polling never adds a second request stream beside the client's rate limit.

    `wait` polls one job until it ends; `watch` polls many from `concurrency` worker threads
    and yields each as soon as it ends; `retry` requeues a FAILURE; `follow` waits and
    retries until a job succeeds or the retries run out. `notify` takes a webhook failure
    event from any thread and ends the sleep of the poller of the job it names. `clock`,
    `sleep` and `jitter` default to the client's (inject them for deterministic tests; an
    injected `sleep` is not cut short by `notify`: the event is seen when it returns).
    """

    accepts: tuple[type, ...] = (PropexoClient,)

    def __init__(
        self,
        client: PropexoClient,
        *,
        policy: PollPolicy | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        hooks: Sequence[JobHooks] = (),
        clock: Clock | None = None,
        sleep: Sleep | None = None,
        jitter: Jitter | None = None,
    ) -> None:
        super().__init__(
            client, policy=policy, concurrency=concurrency, hooks=hooks, clock=clock, jitter=jitter
        )
        self.sleep: Sleep = sleep or client.sleep
        self._perform = NapPerform(client, self.sleep)

    def status(self, job_id: str) -> JobStatus:
        """The job's write status now (one request)."""
        return run(self._status_flow(job_id), self._perform)

    def wait(self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> JobStatus:
        """Poll until the job ends and return its final status. Raises `JobTimeoutError`
        (with the last status seen) when it is still PENDING after `timeout` seconds (None:
        no limit), and the other `JobError`s when it cannot be tracked."""
        return run(self._wait_flow(job_id, timeout), self._perform)

    def watch(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> Iterator[JobStatus | JobError]:
        """Track many jobs at once; yield each one's report as soon as tracking it ends.

        Every distinct job id is reported exactly once: its final `JobStatus`, or the
        `JobError` that ended its tracking (`JobTimeoutError` when still PENDING after
        `timeout`, `UnknownJobError`, ...). One job's error never stops the others.
        `on_progress` gets the counts after every poll (in the iterating thread).
        """
        ids = unique_job_ids(job_ids)
        return self._watch(ids, check_timeout(timeout), on_progress)

    def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> dict[str, JobStatus | JobError]:
        """`watch` to the end; the reports by job id, in the order of `job_ids`."""
        ids = unique_job_ids(job_ids)
        reports = {
            report_job_id(r): r for r in self._watch(ids, check_timeout(timeout), on_progress)
        }
        return {job_id: reports[job_id] for job_id in ids}

    def retry(self, job: str | JobChain) -> JobChain:
        """Requeue a write that ended in FAILURE; the chain gains the new job.

        The status is checked first: anything but FAILURE raises `NotRetryableError` and
        sends nothing. Given a chain, its newest job is the one retried.
        """
        return run(self._retry_flow(job), self._perform)

    def follow(
        self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, retries: int = 1
    ) -> JobChain:
        """Wait for the job; while it ends in FAILURE and retries are left, retry it and wait
        for the new job. Returns the whole chain; `timeout` covers all of it."""
        return run(self._follow_flow(job_id, timeout, retries), self._perform)

    def wait_submission(
        self,
        submission: Submission,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> SubmissionStatus:
        """Wait for the jobs of a batch submission: each chunk's final status and each
        input row's fate (landed, failed, partially failed, unknown)."""
        ids = submission_job_ids(submission)
        reports = self.wait_all(ids, timeout=timeout, on_progress=on_progress)
        return submission_status(submission, reports)

    # -- internals ---------------------------------------------------------------------------

    def _bell(self) -> ThreadBell:
        return ThreadBell(self.sleep)

    def _watch(
        self, ids: list[str], timeout: float | None, on_progress: OnProgress | None
    ) -> Iterator[Report]:
        schedule, pool = self._pollers(ids, timeout)

        def poll(job: Tracked) -> Polled:
            return run(self._poll_flow(schedule, job), self._perform)

        progress = Progress(len(ids))
        workers = min(self.concurrency, len(ids))
        with contextlib.closing(threads(pool, poll, workers, name="propexo-jobs")) as polls:
            for polled in polls:
                took = self._took(polled, progress, on_progress)
                progress, report = run(took, self._perform)
                if report is not None:
                    yield report
