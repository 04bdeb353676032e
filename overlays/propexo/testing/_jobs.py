"""Write jobs: their configured outcomes and the policies that choose them."""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

FinalStatus = Literal["SUCCESS", "PARTIAL_SUCCESS", "FAILURE"]
FINAL_STATUSES: tuple[FinalStatus, ...] = ("SUCCESS", "PARTIAL_SUCCESS", "FAILURE")


@dataclass(frozen=True)
class Outcome:
    """How a job ends, `delay` clock seconds after it was created (PENDING until then).

    For PARTIAL_SUCCESS, `failed_indices` names the charges that failed (default: the last one).
    Errors default to one message per failed charge (FAILURE: one message).
    """

    status: FinalStatus = "SUCCESS"
    delay: float = 0.0
    errors: tuple[str, ...] = ()
    failed_indices: tuple[int, ...] | None = None
    created_record_id: str | None = None

    def failed(self, charge_count: int) -> set[int]:
        if self.status == "SUCCESS":
            return set()
        if self.status == "FAILURE":
            return set(range(charge_count))
        if self.failed_indices is not None:
            return set(self.failed_indices)
        return {charge_count - 1}

    def error_list(self, charge_count: int) -> list[str]:
        if self.errors or self.status == "SUCCESS":
            return list(self.errors)
        if self.status == "FAILURE":
            return ["The property management system rejected the write"]
        return [
            f"charges[{i}]: rejected by the property management system"
            for i in sorted(self.failed(charge_count))
        ]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outcome:
        failed = data.get("failed_indices")
        return cls(
            status=data.get("status", "SUCCESS"),
            delay=float(data.get("delay", 0.0)),
            errors=tuple(data.get("errors", ())),
            failed_indices=None if failed is None else tuple(failed),
            created_record_id=data.get("created_record_id"),
        )


@dataclass(frozen=True)
class JobRequest:
    """What a policy sees when it picks the outcome of a new job."""

    job_id: str
    integration_id: str
    vendor: str
    charge_count: int
    retry_of: str | None


Policy = Callable[[JobRequest], Outcome]


class RandomOutcomes:
    """A seeded random policy: weights per final status, delay uniform in a range."""

    def __init__(
        self,
        seed: int = 0,
        *,
        success: float = 0.8,
        partial: float = 0.1,
        failure: float = 0.1,
        delay: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        self._random = random.Random(seed)
        self._weights = (success, partial, failure)
        self._delay = delay
        self._lock = threading.Lock()

    def __call__(self, job: JobRequest) -> Outcome:
        with self._lock:
            status = self._random.choices(FINAL_STATUSES, self._weights)[0]
            delay = self._random.uniform(*self._delay)
            failed = (self._random.randrange(job.charge_count),) if job.charge_count else ()
        if status == "PARTIAL_SUCCESS" and job.charge_count > 1:
            return Outcome("PARTIAL_SUCCESS", delay, failed_indices=failed)
        return Outcome("FAILURE" if status == "PARTIAL_SUCCESS" else status, delay)


@dataclass
class JobOutcomes:
    """Outcome choice: queued outcomes for the next jobs first, then the default policy."""

    default: Outcome | Policy = field(default_factory=Outcome)
    queued: deque[Outcome] = field(default_factory=deque)

    def choose(self, job: JobRequest) -> Outcome:
        if self.queued:
            return self.queued.popleft()
        return self.default if isinstance(self.default, Outcome) else self.default(job)
