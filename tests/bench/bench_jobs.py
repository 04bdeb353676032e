"""Job tracking: polls and detection latency against a fixed 1-second poll, in the same run.

* status polls: jobs that finish at random times within five minutes, each waited for with
  the default `PollPolicy` (1, 2, 4, ... s capped at 5 s, 20 % jitter) and with a fixed 1 s
  poll; the same durations on both sides, real HTTP to the fake on a manual clock (exact);
* detection latency: how long after its end each job was seen, against the cap (worst) and
  against 3 s (mean);
* a thousand jobs watched at once under Propexo's 150 a minute (scaled ten times, with the job
  durations and the poll intervals, at ten times real speed): 429s and the time taken against
  the floor that the rate limit sets for the polls made.
"""

from __future__ import annotations

import random
import statistics

from propexo import PropexoClient
from propexo.jobs import JobStatus, JobTracker, PollPolicy

from tests.bench._measure import ratio_line
from tests.fake_propexo import FakePropexo, ManualClock, Outcome, RandomOutcomes, RealClock

TOKEN = "bench-token-not-a-secret"
INTEGRATION = "int-rm-bench"
JOBS = 100
LONGEST = 300.0
WRITE_STATUS = "/v1/admin/write-status/{root_job_id}"
MEAN_LATENCY_AIM = 3.0  # seconds, at no more than a third of the polls of a fixed 1 s poll


def _fake(**options: object) -> FakePropexo:
    fake = FakePropexo(token=TOKEN, **options)  # type: ignore[arg-type]
    fake.start()
    fake.seed_rentmanager(1, 2, integration_id=INTEGRATION)
    return fake


def _waits(fake: FakePropexo, tracker: JobTracker, durations: list[float]) -> list[float]:
    """Wait for one job per duration; how long after its end each one was seen."""
    late = []
    for duration in durations:
        fake.queue_job_outcomes(Outcome("SUCCESS", delay=duration))
        [job_id] = fake.create_jobs(1, INTEGRATION)
        ended = fake.clock.now() + duration
        final = tracker.wait(job_id, timeout=None)
        late.append(final.checked_at - ended)
    return late


def polls_against_fixed() -> None:
    clock = ManualClock()
    fake = _fake(clock=clock, rate_limit=None)
    try:
        with PropexoClient(
            TOKEN, base_url=fake.url, rate_limit=1e6, clock=clock.now, sleep=clock.sleep
        ) as client:
            draw = random.Random(1)
            durations = [draw.uniform(0, LONGEST) for _ in range(JOBS)]
            policy = PollPolicy()
            ours = JobTracker(client, policy=policy, jitter=random.Random(2).random)
            late = _waits(fake, ours, durations)
            polls = len(fake.requests(WRITE_STATUS))
            fixed_late = _waits(fake, JobTracker(client, policy=PollPolicy.fixed(1.0)), durations)
            fixed = len(fake.requests(WRITE_STATUS)) - polls
    finally:
        fake.stop()
    print(f"{JOBS} jobs ending at random within {LONGEST:g} s, waited for one by one")
    print(ratio_line("status polls, backoff vs fixed 1 s poll", polls, fixed, "polls", aim=0.33))
    print(
        ratio_line(
            "detection latency, worst, backoff vs its cap", max(late), policy.cap, "s", aim=1.0
        )
    )
    print(
        ratio_line(
            "detection latency, mean, backoff vs fixed 1 s poll",
            statistics.fmean(late),
            statistics.fmean(fixed_late),
            "s",
        )
    )
    mean = statistics.fmean(late)
    print(
        f"detection latency, mean, backoff: {mean:.3f} s  (aim <= {MEAN_LATENCY_AIM:g} s: "
        f"{'met' if mean <= MEAN_LATENCY_AIM else 'NOT met'})"
    )


def thousand_under_the_limit() -> None:
    scale, speed, window = 10, 10, 60.0
    limit = 150 * scale
    clock = RealClock(speed=speed)
    fake = _fake(
        clock=clock,
        rate_limit=limit,
        rate_window=window,
        throttle_delay=2.0 / scale,
        job_outcome=RandomOutcomes(3, delay=(0, LONGEST / scale)),
    )
    try:
        ids = fake.create_jobs(1000, INTEGRATION)
        with PropexoClient(
            TOKEN,
            base_url=fake.url,
            rate_limit=limit,
            rate_window=window,
            clock=clock.now,
            sleep=clock.sleep,
        ) as client:
            policy = PollPolicy(initial=1 / scale, cap=30 / scale)
            started = clock.now()
            reports = list(JobTracker(client, policy=policy).watch(ids, timeout=None))
            took = clock.now() - started
    finally:
        fake.stop()
    polls = len(fake.requests(WRITE_STATUS))
    detected = sum(isinstance(r, JobStatus) and r.final for r in reports)
    floor = polls / limit * window
    print(
        f"1000 jobs watched at once under {limit} requests / {window:g} s "
        f"(Propexo's 150 a minute x{scale}): {detected} detected, {polls} polls, "
        f"{fake.too_many_requests_count} answered 429"
    )
    print(
        ratio_line(
            "  time taken (on the sped-up clock) vs the rate-limit floor for those polls",
            took,
            floor,
            "s",
        )
    )


def main() -> None:
    polls_against_fixed()
    thousand_under_the_limit()


if __name__ == "__main__":
    main()
