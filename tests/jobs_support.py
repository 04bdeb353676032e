"""Helpers of the job-tracking tests: one clock shared by the fake, the client and the tracker.

With a `ManualClock` every sleep of the client (pacing, backoff) and of the tracker (poll
intervals) advances the fake's time instead of waiting, so a job that takes minutes is
tracked in milliseconds and poll times are exact. With a `RealClock(speed=k)` time runs k
times faster for everyone, for tests where many threads or tasks poll at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from propexo import PropexoClient
from propexo.jobs import AsyncJobTracker, JobTracker, PollPolicy

from tests.conftest import RM, TOKEN
from tests.fake_propexo import FakePropexo, ManualClock, RealClock

WRITE_STATUS = "/v1/admin/write-status/{root_job_id}"
RETRY_WRITE = "/v1/admin/retry-write/{root_job_id}"
#: Intervals 1, 2, 4, 8, 16, 30, 30, ... exactly (no jitter).
EXACT = PollPolicy(jitter=0.0)


def status_route(job_id: str) -> str:
    """The fault-injection route of one job's write status."""
    return f"GET /v1/admin/write-status/{job_id}"


@contextmanager
def manual_fake(locations: int, residents_per_location: int) -> Iterator[FakePropexo]:
    """The fake on a manual clock, seeded with `int-rm-1`; its answers checked against the spec."""
    with FakePropexo(
        token=TOKEN, clock=ManualClock(), rate_limit=None, validate_responses=True
    ) as server:
        server.seed_rentmanager(locations, residents_per_location, integration_id=RM)
        yield server
    assert not server.schema_violations and not server.internal_errors


def client_for(fake: FakePropexo, **options: Any) -> PropexoClient:
    """A client on the fake's own clock; pacing effectively off unless `rate_limit` is given."""
    clock = fake.clock
    if isinstance(clock, ManualClock):

        async def asleep(seconds: float) -> None:
            clock.advance(seconds)
    elif isinstance(clock, RealClock):
        speed = clock.speed

        async def asleep(seconds: float) -> None:
            await asyncio.sleep(seconds / speed)
    else:  # pragma: no cover
        raise TypeError(f"unexpected clock {clock!r}")
    settings: dict[str, Any] = {
        "rate_limit": 1e6,
        "clock": clock.now,
        "sleep": clock.sleep,
        "async_sleep": asleep,
        "jitter": lambda: 0.5,
        **options,
    }
    return PropexoClient(TOKEN, base_url=fake.url, **settings)


def tracker_for(client: PropexoClient, policy: PollPolicy = EXACT, **options: Any) -> JobTracker:
    return JobTracker(client, policy=policy, jitter=lambda: 0.0, **options)


def atracker_for(
    client: PropexoClient, policy: PollPolicy = EXACT, **options: Any
) -> AsyncJobTracker:
    return AsyncJobTracker(client, policy=policy, jitter=lambda: 0.0, **options)


def status_polls(fake: FakePropexo, job_id: str | None = None) -> int:
    """Write-status requests the fake saw (for one job, or in all)."""
    found = fake.requests(WRITE_STATUS)
    return len([r for r in found if job_id is None or r.path.endswith("/" + job_id)])
