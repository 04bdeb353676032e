"""What the sync and asyncio trackers share: settings, argument checks, hooks."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from .._client import PropexoClient
from .._pacing import Clock
from .._retry import Jitter
from ..charges import Outcome, SubmissionResult
from ._hooks import JobHooks
from ._model import JobChain, JobStatus, Progress
from ._policy import PollPolicy
from ._schedule import Schedule

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


def submission_job_ids(submission: SubmissionResult) -> list[str]:
    """The job ids of a submission's accepted chunks, in plan order."""
    if not isinstance(submission, SubmissionResult):
        raise TypeError(
            f"expected a propexo.charges.SubmissionResult, got {type(submission).__name__}"
        )
    return [
        c.job_id
        for c in submission.chunks
        if c.outcome is Outcome.ACCEPTED and c.job_id is not None
    ]


class TrackerBase:
    """Settings of a tracker; time and randomness default to the client's own."""

    def __init__(
        self,
        client: PropexoClient,
        *,
        policy: PollPolicy | None,
        concurrency: int,
        hooks: Sequence[JobHooks],
        clock: Clock | None,
        jitter: Jitter | None,
    ) -> None:
        if not isinstance(client, PropexoClient):
            raise TypeError(f"expected a PropexoClient, got {type(client).__name__}")
        self.client = client
        self.policy: PollPolicy = policy if policy is not None else PollPolicy()
        self.concurrency: int = check_count("concurrency", concurrency, 1)
        self.hooks: tuple[JobHooks, ...] = tuple(hooks)
        self.clock: Clock = clock or client.clock
        self.jitter: Jitter = jitter or client.jitter

    def _schedule(self, job_ids: list[str], timeout: float | None) -> Schedule:
        return Schedule(job_ids, self.policy, self.clock, self.jitter, timeout)

    def _seen(self, status: JobStatus | None) -> None:
        if status is not None:
            for hook in self.hooks:
                hook.on_status(status)

    def _before_retry(self, status: JobStatus) -> None:
        for hook in self.hooks:
            hook.before_retry(status)

    def _after_retry(self, chain: JobChain) -> None:
        for hook in self.hooks:
            hook.after_retry(chain)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client={self.client!r}, policy={self.policy!r}, "
            f"concurrency={self.concurrency})"
        )
