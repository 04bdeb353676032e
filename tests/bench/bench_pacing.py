"""Pacing under Propexo's rate limit, for `nox -s bench` (not collected by pytest).

Ratios in one run, real HTTP to the fake (which enforces the limit as Propexo does: per
window, `x-ratelimit-*` on every answer, answers slowed past 80 %, 429 past 100 %):

* a lone client's 20-request walk under Propexo's own 150 a minute, against the same walk
  with no limit at all (best of 5 each). Aim: at most 1.5x;
* a lone client's 1,000 requests (four worker threads over one client) under 150 requests a
  2-second window (the fake's "minute", the client told the same window; the 2 s slow-down
  scaled with it), against the floor that the limit sets (requests / limit x window). Aim:
  at most 1.05x and not one 429;
* four processes sharing one token, each requesting as fast as its pacer lets it for ten
  such windows: together against the limit (aim >= 0.9x), 429s against the requests (aim
  <= 1 %), and the slowest process against the limit (aim >= 0.15x; a fair share is 0.25x).

Run: `python -m tests.bench.bench_pacing`. The figures are wall-clock ratios on a machine that
may be busy: read them as such.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from propexo import PropexoClient  # noqa: E402

from tests.bench._measure import best_of, ratio_line  # noqa: E402
from tests.fake_propexo import FakePropexo  # noqa: E402

TOKEN = "bench-token-not-a-secret"
INTEGRATION = "int-rm-bench"
PAGE = "/v1/locations/rentmanager/"
LIMIT = 150
WINDOW = 2.0  # the fake's "minute" in the bulk and shared runs, in real seconds
THROTTLE = 2.0 * WINDOW / 60.0  # Propexo's 2 s slow-down, scaled with the window
PROCESSES = 4
SHARED_WINDOWS = 10


def _fake(limit: int | None, window: float, throttle: float) -> FakePropexo:
    fake = FakePropexo(token=TOKEN, rate_limit=limit, rate_window=window, throttle_delay=throttle)
    fake.start()
    fake.seed_rentmanager(1, 2, integration_id=INTEGRATION)
    return fake


def _client(fake: FakePropexo, limit: float, window: float) -> PropexoClient:
    return PropexoClient(TOKEN, base_url=fake.url, rate_limit=limit, rate_window=window)


def _walk(fake: FakePropexo, limit: float, window: float, pages: int) -> None:
    fake.limiter.reset()  # each walk starts on a fresh budget, as a short walk would
    with _client(fake, limit, window) as client:
        http = client.api.get_httpx_client()
        for _ in range(pages):
            http.get(PAGE).raise_for_status()


def short_walk() -> None:
    free = _fake(None, 60.0, 0.0)
    limited = _fake(LIMIT, 60.0, 2.0)
    try:
        unthrottled = best_of(5, lambda: _walk(free, 1e9, 60.0, 20))
        paced = best_of(5, lambda: _walk(limited, LIMIT, 60.0, 20))
        rejected, slowed = limited.rate_limited_count, limited.limiter.throttled
    finally:
        free.stop()
        limited.stop()
    print(
        f"a lone client's 20-request walk under {LIMIT} a minute ({rejected} 429s, {slowed} slowed)"
    )
    print(ratio_line("  paced vs no limit at all", paced, unthrottled, "s", aim=1.5))


def bulk_run(requests: int = 1000, workers: int = 4) -> None:
    fake = _fake(LIMIT, WINDOW, THROTTLE)
    try:
        with _client(fake, LIMIT, WINDOW) as client:
            http = client.api.get_httpx_client()
            started = time.perf_counter()
            with ThreadPoolExecutor(workers) as pool:
                statuses = list(pool.map(lambda _: http.get(PAGE).status_code, range(requests)))
            took = time.perf_counter() - started
        rejected = fake.rate_limited_count
    finally:
        fake.stop()
    floor = requests / LIMIT * WINDOW
    ok = statuses.count(200)
    print(
        f"a lone client's {requests} requests ({workers} threads) under {LIMIT} per {WINDOW:g} s: "
        f"{ok} answered 200, {rejected} answered 429"
    )
    print(ratio_line("  time taken vs the rate-limit floor", took, floor, "s", aim=1.05))


def _worker(url: str, start: float, end: float) -> None:
    """One of the processes sharing the token: request until `end` (wall clock), then print
    how many answers of each status it got."""
    with PropexoClient(TOKEN, base_url=url, rate_limit=LIMIT, rate_window=WINDOW) as client:
        http = client.api.get_httpx_client()
        time.sleep(max(0.0, start - time.time()))
        done = 0
        while time.time() < end:
            if http.get(PAGE).status_code == 200:
                done += 1
        print(json.dumps({"ok": done, "attempts": client.stats.attempts}))


def shared_token() -> None:
    fake = _fake(LIMIT, WINDOW, THROTTLE)
    span = SHARED_WINDOWS * WINDOW
    start = time.time() + 3.0  # every process imported and connected before it begins
    path = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    try:
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.bench.bench_pacing",
                    "--worker",
                    fake.url,
                    repr(start),
                    repr(start + span),
                ],
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(PROCESSES)
        ]
        outs = [json.loads(p.communicate(timeout=span + 120)[0]) for p in procs]
        rejected = fake.rate_limited_count
    finally:
        fake.stop()
    budget = LIMIT * SHARED_WINDOWS
    done = [o["ok"] for o in outs]
    attempts = sum(o["attempts"] for o in outs)
    print(
        f"{PROCESSES} processes sharing one token for {SHARED_WINDOWS} windows of {LIMIT} per "
        f"{WINDOW:g} s: {done} answered 200, {rejected} of {attempts} requests answered 429"
    )
    together = sum(done) / budget
    print(f"  together vs the limit: {together:.2f}x  (aim >= 0.9x: {_met(together >= 0.9)})")
    share = rejected / max(1, attempts)
    print(f"  429s vs requests: {share:.2%}  (aim <= 1 %: {_met(share <= 0.01)})")
    slowest = min(done) / budget
    print(
        f"  slowest process vs the limit: {slowest:.2f}x  (aim >= 0.15x: {_met(slowest >= 0.15)})"
    )


def _met(met: bool) -> str:
    return "met" if met else "NOT met"


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        _worker(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
        return
    short_walk()
    bulk_run()
    shared_token()


if __name__ == "__main__":
    main()
