"""`AsyncJobTracker`: the async driver of the trackers' flows (`TrackerBase`), tasks for `watch`."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterable, Sequence

from .._client import AsyncPropexoClient, PropexoClient
from .._errors import JobError
from .._flow import arun
from .._pacing import AsyncSleep, Clock
from .._pool import tasks
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
from ._wake import AsyncNapPerform, LoopBell


class AsyncJobTracker(TrackerBase):
    """Tracks write jobs from asyncio through an `AsyncPropexoClient` (or a `PropexoClient`:
    its pacing, 429 handling and retries). Same methods as `JobTracker`, awaited; `watch` is
    an async iterator whose `concurrency` polling tasks run in the caller's event loop.
    `notify` (not awaited) may be called from the loop or from any other thread."""

    def __init__(
        self,
        client: PropexoClient | AsyncPropexoClient,
        *,
        policy: PollPolicy | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        hooks: Sequence[JobHooks] = (),
        clock: Clock | None = None,
        sleep: AsyncSleep | None = None,
        jitter: Jitter | None = None,
    ) -> None:
        super().__init__(
            client, policy=policy, concurrency=concurrency, hooks=hooks, clock=clock, jitter=jitter
        )
        self.sleep: AsyncSleep = sleep or client.async_sleep
        self._perform = AsyncNapPerform(client, self.sleep)

    async def status(self, job_id: str) -> JobStatus:
        """The job's write status now (one request)."""
        return await arun(self._status_flow(job_id), self._perform)

    async def wait(self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> JobStatus:
        """Poll until the job ends; see `JobTracker.wait`."""
        return await arun(self._wait_flow(job_id, timeout), self._perform)

    def watch(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> AsyncIterator[JobStatus | JobError]:
        """Track many jobs at once; yield each report as soon as tracking it ends (see
        `JobTracker.watch`). Bad ids are an error here, before iteration starts."""
        ids = unique_job_ids(job_ids)
        return self._watch(ids, check_timeout(timeout), on_progress)

    async def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> dict[str, JobStatus | JobError]:
        """`watch` to the end; the reports by job id, in the order of `job_ids`."""
        ids = unique_job_ids(job_ids)
        reports = {
            report_job_id(r): r async for r in self._watch(ids, check_timeout(timeout), on_progress)
        }
        return {job_id: reports[job_id] for job_id in ids}

    async def retry(self, job: str | JobChain) -> JobChain:
        """Requeue a write that ended in FAILURE; see `JobTracker.retry`."""
        return await arun(self._retry_flow(job), self._perform)

    async def follow(
        self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, retries: int = 1
    ) -> JobChain:
        """Wait, and retry while it ends in FAILURE; see `JobTracker.follow`."""
        return await arun(self._follow_flow(job_id, timeout, retries), self._perform)

    async def wait_submission(
        self,
        submission: Submission,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> SubmissionStatus:
        """Wait for the jobs of a batch submission; see `JobTracker.wait_submission`."""
        ids = submission_job_ids(submission)
        reports = await self.wait_all(ids, timeout=timeout, on_progress=on_progress)
        return submission_status(submission, reports)

    # -- internals ---------------------------------------------------------------------------

    def _bell(self) -> LoopBell:
        return LoopBell(self.sleep)

    async def _watch(
        self, ids: list[str], timeout: float | None, on_progress: OnProgress | None
    ) -> AsyncIterator[Report]:
        schedule, pool = self._pollers(ids, timeout)

        async def poll(job: Tracked) -> Polled:
            return await arun(self._poll_flow(schedule, job), self._perform)

        progress = Progress(len(ids))
        workers = min(self.concurrency, len(ids))
        async with contextlib.aclosing(tasks(pool, poll, workers)) as polls:
            async for polled in polls:
                took = self._took(polled, progress, on_progress)
                progress, report = await arun(took, self._perform)
                if report is not None:
                    yield report
