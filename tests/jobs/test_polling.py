"""Jobs that finish at random times are each seen within one capped poll interval of their
end, with at most a third of the polls a fixed 1-second poll needs. Real HTTP against the
fake on a manual clock: every wait advances the fake's time, so minutes take milliseconds
and the counts are exact. (`tests/bench/bench_jobs.py` prints the same figures.)"""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterator

import pytest
from propexo import PropexoClient
from propexo.jobs import JobStatus, JobTracker, PollPolicy

from tests.conftest import RM, TOKEN
from tests.fake_propexo import FakePropexo, ManualClock, Outcome
from tests.jobs_support import client_for, status_polls

JOBS = 25
LONGEST = 100.0  # seconds a job may take


@pytest.fixture
def manual() -> Iterator[FakePropexo]:
    with FakePropexo(token=TOKEN, clock=ManualClock(), rate_limit=None) as server:
        server.seed_rentmanager(1, 2, integration_id=RM)
        yield server


@pytest.fixture
def client(manual: FakePropexo) -> Iterator[PropexoClient]:
    with client_for(manual) as c:
        yield c


def run(fake: FakePropexo, tracker: JobTracker, durations: list[float]) -> list[float]:
    """Start one job per duration, wait for each; how long after its end each was seen."""
    late = []
    for duration in durations:
        fake.queue_job_outcomes(Outcome("SUCCESS", delay=duration))
        [job_id] = fake.create_jobs(1)
        ended = fake.clock.now() + duration
        final = tracker.wait(job_id, timeout=None)
        assert isinstance(final, JobStatus) and final.ok
        late.append(final.checked_at - ended)
    return late


def test_random_finish_times_are_seen_within_the_cap_with_a_third_of_fixed_polls(
    manual: FakePropexo, client: PropexoClient
) -> None:
    draw = random.Random(11)
    durations = [draw.uniform(0.5, LONGEST) for _ in range(JOBS)]
    assert len(set(durations)) == JOBS
    policy = PollPolicy()  # the default: 1, 2, 4, ... s, capped at 5 s, 20 % jitter
    backoff = JobTracker(client, policy=policy, jitter=random.Random(3).random)
    late = run(manual, backoff, durations)
    ours = status_polls(manual)

    fixed = JobTracker(client, policy=PollPolicy.fixed(1.0))
    fixed_late = run(manual, fixed, durations)
    baseline = status_polls(manual) - ours

    assert all(0 <= lag <= policy.cap + 0.01 for lag in late), max(late)
    assert all(0 <= lag <= 1.01 for lag in fixed_late)
    assert baseline >= sum(int(d) + 1 for d in durations)  # one poll per started second
    assert ours <= baseline / 3, (ours, baseline)
    assert max(late) > 1.01  # what backoff trades for fewer polls: later, but capped
    assert statistics.fmean(late) <= 3.0  # and on average within 3 s of the job's end


def test_jitter_only_ever_shortens_an_interval() -> None:
    policy = PollPolicy(initial=1, factor=2, cap=30, jitter=0.2)
    assert [policy.interval(n, 0.0) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert [policy.interval(n, 0.999999) for n in (1, 6)] == pytest.approx([0.8, 24.0])
    assert policy.interval(10**6, 0.5) == 27.0  # far past the cap: no overflow
    assert [PollPolicy.fixed(1.0).interval(n, 0.7) for n in (1, 50)] == [1.0, 1.0]
    assert PollPolicy(factor=1, cap=10, jitter=0).interval(9, 0.3) == 1.0  # never grows


@pytest.mark.parametrize(
    "options",
    [
        {"initial": 0},
        {"initial": -1},
        {"initial": float("nan")},
        {"initial": True},
        {"factor": 0.5},
        {"cap": 0.5},
        {"jitter": 1.0},
        {"jitter": -0.1},
        {"first_delay": -1},
        {"max_failed_polls": -1},
        {"max_failed_polls": 1.5},
    ],
)
def test_a_bad_policy_is_refused_with_the_field_named(options: dict[str, object]) -> None:
    (name,) = options
    with pytest.raises(ValueError, match=f"PollPolicy.{name}"):
        PollPolicy(**options)  # type: ignore[arg-type]
