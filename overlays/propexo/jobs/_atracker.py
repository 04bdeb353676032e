"""`AsyncJobTracker`: the asyncio twin of `JobTracker` (same schedule, same decisions)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable, Sequence

from .._client import PropexoClient
from .._errors import JobError, JobTimeoutError, NotRetryableError
from .._pacing import AsyncSleep, Clock
from .._retry import Jitter
from ..charges import SubmissionResult
from ._base import (
    DEFAULT_CONCURRENCY,
    OnProgress,
    TrackerBase,
    check_count,
    check_timeout,
    submission_job_ids,
)
from ._batch import SubmissionStatus, submission_status
from ._calls import afetch_status, apost_retry, check_job_id
from ._hooks import JobHooks
from ._model import JobChain, JobStatus, Progress, WriteStatus
from ._policy import DEFAULT_WAIT_TIMEOUT, PollPolicy
from ._schedule import Polled, Report, Schedule, Tracked, count, unique_job_ids


class AsyncJobTracker(TrackerBase):
    """Tracks write jobs from asyncio through a `PropexoClient` (its pacing, 429 handling
    and retries). Same methods as `JobTracker`, awaited; `watch` is an async iterator whose
    `concurrency` polling tasks run in the caller's event loop."""

    def __init__(
        self,
        client: PropexoClient,
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

    async def status(self, job_id: str) -> JobStatus:
        """The job's write status now (one request)."""
        job_id = check_job_id(job_id)
        started = self.clock()
        answer = await afetch_status(self.client, job_id)
        status = JobStatus(
            job_id,
            answer.write_status,
            answer.errors,
            answer.created_record_id,
            1,
            started,
            self.clock(),
        )
        self._seen(status)
        return status

    async def wait(self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> JobStatus:
        """Poll until the job ends; see `JobTracker.wait`."""
        job_id = check_job_id(job_id)
        schedule = self._schedule([job_id], check_timeout(timeout))
        while (job := schedule.take()) is not None:
            polled = await self._poll(schedule, job)
            self._seen(polled.seen)
            if isinstance(polled.report, JobError):
                raise polled.report
            if polled.report is not None:
                return polled.report
        raise AssertionError("a schedule ends every job it takes")  # pragma: no cover

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
        reports = {r.job_id: r async for r in self._watch(ids, check_timeout(timeout), on_progress)}
        return {job_id: reports[job_id] for job_id in ids}

    async def retry(self, job: str | JobChain) -> JobChain:
        """Requeue a write that ended in FAILURE; see `JobTracker.retry`."""
        chain = job if isinstance(job, JobChain) else JobChain.start(check_job_id(job))
        status = await self.status(chain.current_job_id)
        if status.write_status is not WriteStatus.FAILURE:
            raise NotRetryableError(status.job_id, str(status.write_status))
        return await self._retry(chain if chain.final else chain.finished(status), status)

    async def follow(
        self, job_id: str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT, retries: int = 1
    ) -> JobChain:
        """Wait, and retry while it ends in FAILURE; see `JobTracker.follow`."""
        chain = JobChain.start(check_job_id(job_id))
        timeout = check_timeout(timeout)
        check_count("retries", retries, 0)
        deadline = None if timeout is None else self.clock() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - self.clock())
            try:
                final = await self.wait(chain.current_job_id, timeout=left)
            except JobTimeoutError as error:
                assert timeout is not None
                raise JobTimeoutError(error.job_id, timeout, error.last, chain) from None
            chain = chain.finished(final)
            if final.write_status is not WriteStatus.FAILURE or chain.retries >= retries:
                return chain
            chain = await self._retry(chain, final)

    async def wait_submission(
        self,
        submission: SubmissionResult,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> SubmissionStatus:
        """Wait for the jobs of a batch submission; see `JobTracker.wait_submission`."""
        ids = submission_job_ids(submission)
        reports = await self.wait_all(ids, timeout=timeout, on_progress=on_progress)
        return submission_status(submission, reports)

    # -- internals ---------------------------------------------------------------------------

    async def _retry(self, chain: JobChain, status: JobStatus) -> JobChain:
        self._before_retry(status)
        chain = chain.retried(await apost_retry(self.client, status.job_id))
        self._after_retry(chain)
        return chain

    async def _poll(self, schedule: Schedule, job: Tracked) -> Polled:
        delay = schedule.delay(job)
        if delay > 0:
            await self.sleep(delay)
        try:
            answer = await afetch_status(self.client, job.job_id)
        except JobError as error:
            return schedule.record(job, error)
        return schedule.record(job, answer)

    async def _watch(
        self, ids: list[str], timeout: float | None, on_progress: OnProgress | None
    ) -> AsyncIterator[Report]:
        schedule = self._schedule(ids, timeout)
        events: asyncio.Queue[Polled | BaseException] = asyncio.Queue()

        async def work() -> None:
            while (job := schedule.take()) is not None:
                try:
                    events.put_nowait(await self._poll(schedule, job))
                except asyncio.CancelledError:
                    raise
                except BaseException as exc:  # a bug, not a job's error: end the watch
                    events.put_nowait(exc)
                    return

        tasks = [asyncio.create_task(work()) for _ in range(min(self.concurrency, len(ids)))]
        progress = Progress(len(ids))
        try:
            left = len(ids)
            while left:
                event = await events.get()
                if isinstance(event, BaseException):
                    raise event
                progress = count(progress, event)
                self._seen(event.seen)
                if on_progress is not None:
                    on_progress(progress)
                if event.report is not None:
                    left -= 1
                    yield event.report
        finally:
            for task in tasks:
                task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.gather(*tasks, return_exceptions=True)
