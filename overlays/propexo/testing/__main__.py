"""Run the fake as a process: `python -m propexo.testing --port 0` prints its URL first."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from ._clock import RealClock
from ._jobs import Outcome
from ._server import FakePropexo
from ._state import State


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m propexo.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default="test-token")
    parser.add_argument("--seed-file", type=Path, help="JSON state to load (see State.load_json)")
    parser.add_argument("--state-out", type=Path, help="write the recorded state here on exit")
    parser.add_argument("--rate-limit", type=int, default=150)
    parser.add_argument("--rate-window", type=float, default=60.0)
    parser.add_argument("--throttle-delay", type=float, default=2.0)
    parser.add_argument("--job-delay", type=float, default=0.0, help="default job delay (s)")
    parser.add_argument("--clock-speed", type=float, default=1.0)
    args = parser.parse_args(argv)

    state = State()
    if args.seed_file:
        state.load_json(json.loads(args.seed_file.read_text(encoding="utf-8")))
    fake = FakePropexo(
        token=args.token,
        state=state,
        port=args.port,
        clock=RealClock(args.clock_speed),
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        throttle_delay=args.throttle_delay,
        job_outcome=Outcome(delay=args.job_delay),
    )
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with fake:
        print(fake.url, flush=True)
        stop.wait()
    if args.state_out:
        fake.dump_to(args.state_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
