"""The trackers' core: settings, argument checks, hooks, and every decision as a flow.

`TrackerBase`'s `_*_flow` methods (status, wait, poll, retry, follow) do no I/O: they yield
`propexo._flow` effects, each hook call a `Blocking` one. `JobTracker` drives them with the sync
driver (and a pool of threads for `watch`), `AsyncJobTracker` with the async one (and a pool of
tasks: `propexo._pool`)."""

from __future__ import annotations

import functools
import math
import threading
import weakref
from collections.abc import Callable, Sequence

from .._client import AsyncPropexoClient, PropexoClient
from .._errors import JobError, JobTimeoutError, NotRetryableError
from .._flow import Blocking, Flow
from .._pacing import Clock
from .._pool import Pool
from .._retry import Jitter
from ..webhooks import JobFailure, WriteOperationFailure
from ._calls import check_job_id, retry_flow, status_flow
from ._hooks import JobHooks
from ._model import JobChain, JobStatus, Progress, WriteStatus
from ._policy import PollPolicy
from ._schedule import Polled, Report, Schedule, Tracked, count, warn_unlisted
from ._wake import Bell, Nap

#: Status requests in flight at once. The client's pacer, not this, sets the request rate;
#: a few parallel requests keep that rate when Propexo slows answers by ~2 s past 80 % of its
#: limit (at 150 a minute a request may start every 0.4 s: five cover a 2 s answer).
DEFAULT_CONCURRENCY = 8

OnProgress = Callable[[Progress], None]


def check_timeout(timeout: float | None) -> float | None:
    if timeout is None:
        return None
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not math.isfinite(timeout)
        or timeout < 0
    ):
        raise ValueError(f"timeout must be a number of seconds >= 0 or None, got {timeout!r}")
    return float(timeout)


def check_count(name: str, value: int, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


class TrackerBase:
    """Settings of a tracker and its decisions; time and randomness default to the client's."""

    #: The clients a tracker drives requests through.
    accepts: tuple[type, ...] = (PropexoClient, AsyncPropexoClient)

    def __init__(
        self,
        client: PropexoClient | AsyncPropexoClient,
        *,
        policy: PollPolicy | None,
        concurrency: int,
        hooks: Sequence[JobHooks],
        clock: Clock | None,
        jitter: Jitter | None,
    ) -> None:
        if not isinstance(client, self.accepts):
            wanted = " or ".join(kind.__name__ for kind in self.accepts)
            raise TypeError(f"expected a {wanted}, got {type(client).__name__}")
        self.client = client
        self.policy: PollPolicy = policy if policy is not None else PollPolicy()
        self.concurrency: int = check_count("concurrency", concurrency, 1)
        self.hooks: tuple[JobHooks, ...] = tuple(hooks)
        self.clock: Clock = clock or client.clock
        self.jitter: Jitter = jitter or client.jitter
        #: The schedules of the waits and watches under way, for `notify` (weakly held: a
        #: schedule stops listening when its wait or watch is gone).
        self._listening: weakref.WeakSet[Schedule] = weakref.WeakSet()
        self._listening_lock = threading.Lock()

    def notify(self, event: object) -> bool:
        """Take a webhook event as a hint: a `JobFailure` or `WriteOperationFailure` naming a
        job that a wait or watch of this tracker is polling makes that job due now and wakes
        its poller, which confirms with one status request (the write status decides, not
        the event; polling goes on as before when it is still PENDING). True if a tracked job
        was named. Other events, and failures naming no tracked job (their payloads are not
        documented: see `propexo.webhooks.JobFailure.job_ids`), are ignored. Safe from any thread.

        Polling stays the fallback: a tracker that gets no events works as without them.
        """
        if not isinstance(event, JobFailure | WriteOperationFailure):
            return False
        with self._listening_lock:
            schedules = list(self._listening)
        hinted = False
        for schedule in schedules:
            for job_id in event.job_ids:
                hinted = schedule.hint(job_id) or hinted
        return hinted

    def _bell(self) -> Bell:
        """The bell of a new schedule (the drivers' own; this one wakes nobody)."""
        return Bell()

    def _schedule(self, job_ids: list[str], timeout: float | None) -> Schedule:
        """A new schedule, listening for `notify` while it lives."""
        schedule = Schedule(job_ids, self.policy, self.clock, self.jitter, timeout, self._bell())
        with self._listening_lock:
            self._listening.add(schedule)
        return schedule

    def _pollers(
        self, job_ids: list[str], timeout: float | None
    ) -> tuple[Schedule, Pool[Tracked, Polled]]:
        """A watch's schedule, and the pool of its pollers: each takes whichever job is due
        first, and a poller that finds none left ends (the jobs still tracked are each with a
        poller that takes them again). Polls only read: when the watch ends early, the polls
        in flight are not waited for, and pollers asleep until their job is due poll no more."""
        schedule = self._schedule(job_ids, timeout)
        return schedule, Pool(schedule.take, finish_in_flight=False)

    # -- the decisions, as flows ----------------------------------------------------------------

    def _status_flow(self, job_id: str) -> Flow[JobStatus]:
        job_id = check_job_id(job_id)
        started = self.clock()
        answer = yield from status_flow(job_id)
        status = JobStatus(
            job_id,
            answer.write_status,
            answer.errors,
            answer.created_record_id,
            1,
            started,
            self.clock(),
        )
        warn_unlisted(status)
        yield from self._seen(status)
        return status

    def _wait_flow(self, job_id: str, timeout: float | None) -> Flow[JobStatus]:
        job_id = check_job_id(job_id)
        schedule = self._schedule([job_id], check_timeout(timeout))
        while (job := schedule.take()) is not None:
            polled = yield from self._poll_flow(schedule, job)
            yield from self._seen(polled.seen)
            if isinstance(polled.report, JobError):
                raise polled.report
            if polled.report is not None:
                return polled.report
        raise AssertionError("a schedule ends every job it takes")  # pragma: no cover

    def _poll_flow(self, schedule: Schedule, job: Tracked) -> Flow[Polled]:
        """Sleep until `job` is due, poll it once, and record the answer. A nap cut short by
        `notify` looks again: the job it holds may be due now, or another one sooner."""
        since = schedule.bell.rings
        while (delay := schedule.delay(job)) > 0:
            if not (yield Nap(delay, schedule.bell, since)):
                break  # slept its time
            since = schedule.bell.rings
            job = schedule.sooner(job)
        try:
            answer = yield from status_flow(job.job_id)
        except JobError as error:
            return schedule.record(job, error)
        return schedule.record(job, answer)

    def _retry_flow(self, job: str | JobChain) -> Flow[JobChain]:
        chain = job if isinstance(job, JobChain) else JobChain.start(check_job_id(job))
        status = yield from self._status_flow(chain.current_job_id)
        if status.write_status is not WriteStatus.FAILURE:
            raise NotRetryableError(status.job_id, str(status.write_status))
        return (
            yield from self._requeue_flow(chain if chain.final else chain.finished(status), status)
        )

    def _requeue_flow(self, chain: JobChain, status: JobStatus) -> Flow[JobChain]:
        yield from self._hooks(lambda hook: hook.before_retry(status))
        chain = chain.retried((yield from retry_flow(status.job_id)))
        yield from self._hooks(lambda hook: hook.after_retry(chain))
        return chain

    def _follow_flow(self, job_id: str, timeout: float | None, retries: int) -> Flow[JobChain]:
        chain = JobChain.start(check_job_id(job_id))
        timeout = check_timeout(timeout)
        check_count("retries", retries, 0)
        deadline = None if timeout is None else self.clock() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - self.clock())
            try:
                final = yield from self._wait_flow(chain.current_job_id, left)
            except JobTimeoutError as error:
                assert timeout is not None
                raise JobTimeoutError(error.job_id, timeout, error.last, chain) from None
            chain = chain.finished(final)
            if final.write_status is not WriteStatus.FAILURE or chain.retries >= retries:
                return chain
            chain = yield from self._requeue_flow(chain, final)

    def _took(
        self, polled: Polled, progress: Progress, on_progress: OnProgress | None
    ) -> Flow[tuple[Progress, Report | None]]:
        """What a watch does with each poll its workers report: the new counts, and the
        job's report when its tracking ended. (A worker's exception, a bug, ends the watch:
        its pool raises it, `propexo._pool`.)"""
        progress = count(progress, polled)
        yield from self._seen(polled.seen)
        if on_progress is not None:
            on_progress(progress)
        return progress, polled.report

    # -- hooks ----------------------------------------------------------------------------------

    def _hooks(self, step: Callable[[JobHooks], None]) -> Flow[None]:
        """`step` of each hook, each a `Blocking` effect: run in the caller's thread by the
        sync driver, in a worker thread by the async one (never on the event loop)."""
        for hook in self.hooks:
            yield Blocking(functools.partial(step, hook))

    def _seen(self, status: JobStatus | None) -> Flow[None]:
        if status is not None:
            yield from self._hooks(lambda hook: hook.on_status(status))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client={self.client!r}, policy={self.policy!r}, "
            f"concurrency={self.concurrency})"
        )
