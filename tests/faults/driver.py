"""A `propexo charges submit --journal` process that SIGKILLs itself at a chosen point.

    python -m tests.faults.driver [--kill KIND:N] -- CHARGES-SUBMIT-ARGS...

runs the real CLI (`propexo.cli.main`) in this process, with the journal's hooks wrapped so
that the process dies with SIGKILL (no cleanup, no flush) exactly at:

  before_mark:N    the N-th chunk, before its send starts (stays planned)
  slot_wait:N      the N-th chunk, while its request waits for its pacing slot, before the
                   journal marks it "sending" (stays planned: a plain resume sends it)
  after_mark:N     the N-th chunk, after "sending" is on disk (the last step before its
                   request leaves), before its bytes leave
  on_accept:N      the N-th chunk's request: the fake kills us once it accepted the body
                   (armed through the fake's /_fake/on-accept, right before the request)
  after_outcome:N  after the N-th outcome is on disk (between chunks)
  waiting:N        at the N-th job status seen while waiting on the jobs (--wait)

Job polls are made fast (the fake's jobs end within a fraction of a second). Exits with
the CLI's status.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import urllib.request
from collections.abc import Callable
from typing import Any

from propexo import PropexoClient
from propexo._transport import SendGate, _Attempts
from propexo.charges import Chunk, ChunkResult
from propexo.cli import main as cli_main
from propexo.jobs import JobStatus, PollPolicy
from propexo.journal import ChunkState, Journal, JournaledSubmission
from propexo.journal._hooks import JournalHooks
from propexo.journal._jobs import JournalJobHooks

KINDS = ("before_mark", "slot_wait", "after_mark", "on_accept", "after_outcome", "waiting")
#: Fast polling: the fake's jobs end within a fraction of a second.
POLICY = PollPolicy(initial=0.02, factor=1.5, cap=0.1, jitter=0.0)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def arm_on_accept(base_url: str) -> None:
    request = urllib.request.Request(
        f"{base_url}/_fake/on-accept",
        data=json.dumps({"kill_pid": os.getpid(), "signal": 9, "times": 1}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        answer.read()


def install(kind: str, at: int, base_url: str) -> None:
    """Wrap the journal's hooks so that the process dies at the chosen point."""
    counts = {"before": 0, "after": 0, "status": 0, "slot": 0, "mark": 0}
    before: Callable[[JournalHooks, Chunk], SendGate] = JournalHooks.before_send
    mark: Callable[..., ChunkState] = Journal.mark_sending
    slot: Callable[[_Attempts], float] = _Attempts.slot
    after: Callable[[JournalHooks, Chunk, ChunkResult], None] = JournalHooks.after_send
    seen: Callable[[JournalJobHooks, JobStatus], None] = JournalJobHooks.on_status

    def before_send(self: JournalHooks, chunk: Chunk) -> SendGate:
        counts["before"] += 1
        due = counts["before"] == at
        if due and kind == "before_mark":
            die()
        gate = before(self, chunk)
        if due and kind == "on_accept":
            arm_on_accept(base_url)
        return gate

    def slot_of(self: _Attempts) -> float:
        wait = slot(self)
        if self.gates:  # a chunk's request, not a lookup or a poll
            counts["slot"] += 1
            if kind == "slot_wait" and counts["slot"] == at:
                die()
        return wait

    def mark_sending(self: Journal, chunk: Chunk, *, resend: bool = False) -> ChunkState:
        state = mark(self, chunk, resend=resend)
        counts["mark"] += 1
        if kind == "after_mark" and counts["mark"] == at:
            die()
        return state

    def after_send(self: JournalHooks, chunk: Chunk, result: ChunkResult) -> None:
        after(self, chunk, result)
        counts["after"] += 1
        if kind == "after_outcome" and counts["after"] == at:
            die()

    def on_status(self: JournalJobHooks, status: JobStatus) -> None:
        seen(self, status)
        counts["status"] += 1
        if kind == "waiting" and counts["status"] == at:
            die()

    JournalHooks.before_send = before_send  # type: ignore[method-assign]
    _Attempts.slot = slot_of  # type: ignore[method-assign]
    Journal.mark_sending = mark_sending  # type: ignore[method-assign]
    JournalHooks.after_send = after_send  # type: ignore[method-assign]
    JournalJobHooks.on_status = on_status  # type: ignore[method-assign]


def poll_fast() -> None:
    """`submit --wait` polls with the default policy (1 s, 2 s, ...): too slow for many runs."""
    wait_jobs = JournaledSubmission.wait_jobs

    def fast(self: JournaledSubmission, client: PropexoClient, **options: Any) -> Any:
        return wait_jobs(self, client, **{**options, "policy": POLICY})

    JournaledSubmission.wait_jobs = fast  # type: ignore[method-assign]


def _option(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.driver")
    parser.add_argument("--kill", default="", help="KIND:N, KIND one of " + ", ".join(KINDS))
    parser.add_argument("cli", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    args: list[Any] = [a for a in options.cli if a != "--"]
    if options.kill:
        kind, _, at = options.kill.partition(":")
        if kind not in KINDS:
            parser.error(f"unknown kill point {kind!r}")
        install(kind, int(at), _option(args, "--base-url"))
    poll_fast()
    try:
        cli_main(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
