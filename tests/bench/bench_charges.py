"""Benchmarks of batch charges, for `nox -s bench` (not collected by pytest).

(a) validate + plan 100,000 charges over 500 locations, against a baseline in the same run
    (parsing the same JSON Lines into dicts): wall time and peak memory (tracemalloc). Aim: at
    most 8x the time and 1.5x the memory of parsing. A guard, not a goal: Propexo's rate limit
    holds the submission of those charges to minutes, their validation and plan to seconds.
(b) submission wall time against the rate-limit floor (batch requests / limit) with the fake
    set to a low limit; its clock runs faster than real time and the client paces on it.
    Aim: at most 1.1x the floor and not one 429.

Run: `python -m tests.bench.bench_charges [--charges N] [--locations N] [--repeat N] [--limit N]
[--speed X]`; (a) is run `--repeat` times (3) and the range of its ratios printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import sys
import time
import tracemalloc
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from propexo import DateWindow, PropexoClient, plan_charges, submit_plan  # noqa: E402  # noqa: E402
from propexo.charges._directory import Memberships  # noqa: E402

from tests.fake_propexo import FakePropexo, RealClock  # noqa: E402

TOKEN = "bench-token"
TIME_AIM = 8.0  # parse + validate + plan within 8x the time of parsing the rows alone
MEMORY_AIM = 1.5  # and within 1.5x the peak memory
#: The rows are dated March 2026: they are validated in the default window as it is on that
#: day, so that the benchmarks run the same in any year.
DATES = DateWindow.around(dt.date(2026, 3, 1))


class _Directory:
    """Resident -> location, in memory: planning is measured without any HTTP."""

    def __init__(self, mapping: Mapping[str, tuple[str, ...]]) -> None:
        self._map = mapping

    def memberships(self, residents: Collection[str] = ()) -> Memberships:
        return self._map

    async def amemberships(self, residents: Collection[str] = ()) -> Memberships:
        return self._map


def _input(charges: int, locations: int, seed: int = 1) -> tuple[str, dict[str, tuple[str, ...]]]:
    """A JSON Lines text of `charges` rows over `locations` (10 residents each), no location_id."""
    rnd = random.Random(seed)
    residents = [f"res-{loc:04d}-{n:02d}" for loc in range(locations) for n in range(10)]
    where: dict[str, tuple[str, ...]] = {r: (f"loc-{r[4:8]}",) for r in residents}
    lines = []
    for n in range(charges):
        lines.append(
            json.dumps(
                {
                    "resident_id": rnd.choice(residents),
                    "charge_code_id": "cc-rent",
                    "transaction_date": "2026-03-01T00:00:00-05:00",
                    "notes": f"March rent {n}",
                    "amount_in_cents": rnd.randrange(50_000, 400_000),
                    "reference_number": f"INV-2026-03-{n:07d}",
                }
            )
        )
    return "\n".join(lines) + "\n", where


def _timed(func: Callable[[], Any]) -> tuple[float, float]:
    gc.collect()
    start, start_cpu = time.perf_counter(), time.process_time()
    func()
    return time.perf_counter() - start, time.process_time() - start_cpu


def _peak(func: Callable[[], Any]) -> int:
    """Peak traced memory of one run."""
    gc.collect()
    tracemalloc.start()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def _measure(
    base: Callable[[], Any], func: Callable[[], Any], rounds: int = 5
) -> tuple[tuple[float, int, float], tuple[float, int, float]]:
    """Wall time and CPU time (each the best of `rounds`, untraced) and peak traced memory (one
    traced run) of the baseline and of `func`, their runs taking turns: a machine whose load
    drifts meanwhile weighs on both sides alike. CPU time is what other processes on a shared
    machine disturb least."""
    times: dict[int, list[tuple[float, float]]] = {0: [], 1: []}
    for _ in range(rounds):
        for side, run in enumerate((base, func)):
            times[side].append(_timed(run))
    return (
        (min(t for t, _ in times[0]), _peak(base), min(c for _, c in times[0])),
        (min(t for t, _ in times[1]), _peak(func), min(c for _, c in times[1])),
    )


def bench_planning(charges: int = 100_000, locations: int = 500) -> dict[str, float]:
    text, where = _input(charges, locations)
    directory = _Directory(where)

    def parse() -> list[dict[str, Any]]:
        return [json.loads(line) for line in text.splitlines()]

    def parse_validate_plan() -> Any:
        return plan_charges(
            parse(), integration_id="int-bench", directory=directory, transaction_dates=DATES
        )

    (base_time, base_peak, base_cpu), (plan_time, plan_peak, plan_cpu) = _measure(
        parse, parse_validate_plan
    )
    plan = parse_validate_plan()
    assert plan.charge_count == charges and len(plan.partitions) == locations
    print(f"(a) {charges} charges over {locations} locations -> {len(plan.chunks)} chunks")
    print(f"    baseline parse rows:      {base_time:7.3f} s  peak {base_peak / 2**20:7.1f} MiB")
    print(f"    parse+validate+plan:      {plan_time:7.3f} s  peak {plan_peak / 2**20:7.1f} MiB")
    print(
        f"    ratio to baseline:        {plan_time / base_time:7.2f} x time, "
        f"{plan_peak / base_peak:5.2f} x memory; "
        f"{charges / plan_time:,.0f} charges/s"
    )
    print(f"    CPU time ratio:           {plan_cpu / base_cpu:7.2f} x")
    met = plan_time / base_time <= TIME_AIM and plan_peak / base_peak <= MEMORY_AIM
    print(
        f"    aim (<= {TIME_AIM:g}x time, <= {MEMORY_AIM:g}x memory): {'met' if met else 'NOT met'}"
    )
    return {
        "base_time": base_time,
        "plan_time": plan_time,
        "base_peak": base_peak,
        "plan_peak": plan_peak,
        "time_ratio": plan_time / base_time,
        "memory_ratio": plan_peak / base_peak,
        "cpu_ratio": plan_cpu / base_cpu,
    }


def bench_submission(
    requests: int = 60, limit: int = 30, speed: float = 20.0, concurrency: int = 4
) -> dict[str, float]:
    """`requests` batch requests of 50 charges at `limit` per (sped-up) minute."""
    clock = RealClock(speed)
    with FakePropexo(token=TOKEN, clock=clock, rate_limit=limit, rate_window=60.0) as fake:
        fake.seed_rentmanager(requests, 50, integration_id="int-bench")
        rows = []
        for loc in range(requests):
            for n in range(50):
                rows.append(
                    {
                        "resident_id": f"int-bench-prop-{loc:03d}-res-{n:03d}",
                        "charge_code_id": "int-bench-cc-rent",
                        "notes": "rent",
                        "transaction_date": "2026-03-01T00:00:00Z",
                        "amount_in_cents": 100_000 + n,
                        "reference_number": f"B{loc}-{n}",
                        "location_id": f"int-bench-loc-{loc:03d}",
                    }
                )
        plan = plan_charges(
            rows, integration_id="int-bench", max_batch_size=50, transaction_dates=DATES
        )
        with PropexoClient(
            TOKEN, base_url=fake.url, rate_limit=limit, clock=clock.now, sleep=clock.sleep
        ) as client:
            start = clock.now()
            result = submit_plan(client, plan, concurrency=concurrency, journal=None)
            elapsed = clock.now() - start
        floor = len(plan.chunks) / limit * 60.0
        too_many = fake.too_many_requests_count
        accepted = len(fake.accepted_charges())
    assert result.ok and accepted == len(rows), result.counts()
    print(
        f"(b) {len(plan.chunks)} batch requests at {limit}/min (clock x{speed:g}, "
        f"concurrency {concurrency})"
    )
    print(
        f"    floor {floor:7.1f} s, took {elapsed:7.1f} s (API clock): "
        f"{elapsed / floor:5.3f} x floor; 429 answers: {too_many}; "
        f"throttled answers: {fake.limiter.throttled}"
    )
    return {
        "floor": floor,
        "elapsed": elapsed,
        "ratio": elapsed / floor,
        "too_many_requests": too_many,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--charges", type=int, default=100_000)
    parser.add_argument("--locations", type=int, default=500)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--limit", type=int, default=30)
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument(
        "--repeat", type=int, default=3, help="planning runs (a shared machine varies a lot)"
    )
    args = parser.parse_args(argv)
    runs = [bench_planning(args.charges, args.locations) for _ in range(max(1, args.repeat))]
    if len(runs) > 1:
        times = sorted(run["time_ratio"] for run in runs)
        memory = sorted(run["memory_ratio"] for run in runs)
        cpu = sorted(run["cpu_ratio"] for run in runs)
        print(
            f"(a) over {len(runs)} runs: {times[0]:.2f}-{times[-1]:.2f} x time "
            f"(aim <= {TIME_AIM:g}), {memory[0]:.2f}-{memory[-1]:.2f} x memory "
            f"(aim <= {MEMORY_AIM:g}); CPU time {cpu[0]:.2f}-{cpu[-1]:.2f} x; best run "
            f"{'meets' if times[0] <= TIME_AIM and memory[0] <= MEMORY_AIM else 'misses'} it"
        )
    sub = bench_submission(args.requests, args.limit, args.speed, args.concurrency)
    ok = sub["ratio"] <= 1.1 and sub["too_many_requests"] == 0
    print("submission aim (<= 1.1 x floor, no 429):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
