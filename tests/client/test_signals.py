"""Stop signals (SIGINT, SIGTERM, SIGHUP) during sending and waiting, as `docker stop`, systemd,
Kubernetes, a deploy or a closed ssh session deliver them: real signals to real processes (or,
for the library, to this one inside `stop_on_signals`), against the fake on 127.0.0.1.

What must hold: requests on the wire end and are recorded; a chunk still waiting for its
rate-limit slot or in a retry's pause ends at once and is not sent (a journal never marks it
"sending"); the outcomes are printed and written (`--output`); the command exits 128 + the
signal's number; a second signal stops at once with the journal true. Waits are made long (a
minute) so that only an interrupted wait lets a test end within its subprocess timeout; no test
asserts on elapsed time.
"""

from __future__ import annotations

import asyncio
import csv
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from propexo import Interrupted, PropexoClient, stop_on_signals
from propexo._pacing import Stop, WaitStopped, apause, pause, sleep
from propexo.journal import ChunkState, JournaledSubmission

from tests.conftest import DATES, DATES_OPTION, RM, ROOT, TOKEN, charge_row, residents_by_location
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault, Outcome

BATCH = "POST /v1/resident-charges/batch/*"
#: Generous: a stopped wait ends within a second or two; an unstopped one takes a minute.
ENDS_WITHIN = 20
#: The child inherits the xdist worker's ignored SIGINT; a terminal's Ctrl-C finds Python's
#: handler, so the child puts it back (as tests/cli/test_adversarial.py does).
PROPEXO = (
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from propexo.cli import main; main()"
)
STATUS = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGHUP: 129}


def located_rows(fake: FakePropexo, count: int) -> list[dict[str, Any]]:
    """Rows that name their location: planning them looks nothing up (no request to pace)."""
    found = [(loc, r) for loc, ids in residents_by_location(fake).items() for r in ids]
    return [
        charge_row(found[n % len(found)][1], n, location_id=found[n % len(found)][0])
        for n in range(count)
    ]


def jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    return path


def states(journal: Path) -> list[str]:
    """Each chunk's state, read from the journal file as a later run would find it."""
    with sqlite3.connect(journal) as conn:
        return [s for (s,) in conn.execute("SELECT state FROM chunks ORDER BY idx")]


def written(output: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(output.read_text(encoding="utf-8").splitlines()))


def accepted_references(fake: FakePropexo) -> set[str]:
    return {c.charge["reference_number"] for c in fake.accepted_charges()}


# -- the library: a wait ends at once, its chunk unsent, both drivers -------------------------


@pytest.mark.parametrize("waiting_for", ["slot", "retry pause"])
def test_a_stop_signal_ends_a_submit_waiting_to_send_and_leaves_that_chunk_unsent(
    driver: Driver,
    fake: FakePropexo,
    client: PropexoClient,
    tmp_path: Path,
    waiting_for: str,
    sigterm_guard: Any,
) -> None:
    """slot: one request a minute, the second chunk waits for its slot when SIGTERM comes
    (sent by the fake as it accepts the first). retry pause: the only chunk is answered 429
    with Retry-After 60 and waits to be retried (SIGTERM sent as the chunk starts). Either
    way the run ends with `Interrupted` long before the wait would, and the waiting chunk is
    'planned' in the journal: never marked sending, sent by the next run."""
    rows = located_rows(fake, 4 if waiting_for == "slot" else 2)

    def kill(*_: object) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    if waiting_for == "slot":
        fake.on_accept(kill, times=1)
        options: dict[str, Any] = {"rate_limit": 1}  # one request a minute: real waits
        hooks: list[Any] = []
    else:
        fake.inject(Fault.too_many_requests(retry_after=60), BATCH)
        options = {}

        class Kill:
            def before_send(self, chunk: object) -> None:
                kill()

            def after_send(self, chunk: object, result: object) -> None:
                pass

        hooks = [Kill()]
    slow = PropexoClient(TOKEN, base_url=fake.url, jitter=lambda: 0.0, **options)
    with (
        slow,
        JournaledSubmission.start(
            tmp_path / "j.sqlite",
            rows,
            integration_id=RM,
            client=client,
            max_batch_size=2,
            transaction_dates=DATES,
        ) as run,
    ):
        if waiting_for == "slot":
            # The fake's budget says the same (one a minute), so the first answer cannot lift
            # the wait of a worker that books its slot after that answer came.
            fake.limiter.configure(limit=1, window=60)
            fake.limiter.reset()
        with pytest.raises(Interrupted) as stopped:
            driver.submit_run_on_signals(run, slow, concurrency=2, hooks=hooks)
        found = [c.state for c in run.chunks()]
    assert slow.stats.waited >= 59  # a wait of a minute was booked, and ended early
    assert stopped.value.signal is signal.SIGTERM and stopped.value.exit_status == 143
    if waiting_for == "slot":
        # Two workers: whichever chunk took the one slot was accepted, the other never left.
        assert sorted(found) == [ChunkState.ACCEPTED, ChunkState.PLANNED]
        assert len(fake.batch_requests()) == 1
    else:
        assert found == [ChunkState.PLANNED]
        assert [r.status for r in fake.batch_requests()] == [429]  # not retried
    assert signal.getsignal(signal.SIGTERM) is sigterm_guard  # the handler was put back


def test_a_stopped_run_cuts_a_worker_threads_default_sleep_short() -> None:
    stop, ended = Stop(), queue.SimpleQueue[str]()

    def worker() -> None:
        stop.enter()
        try:
            pause(sleep, 60)  # the clients' default sleep
        except WaitStopped:
            ended.put("not sent")

    thread = threading.Thread(target=worker, daemon=True)
    thread.start()
    stop.stop()
    assert ended.get(timeout=ENDS_WITHIN) == "not sent"


def test_only_the_runs_stop_turns_a_cancelled_async_wait_into_not_sent() -> None:
    """A wait cancelled by someone else (a timeout, a caller) stays a cancellation, even when
    the run stops too: only the pool's own stop means "let go, not sent"."""

    async def main() -> list[BaseException | None]:
        stop = Stop()

        async def waiter() -> None:
            stop.enter()
            await apause(asyncio.sleep, 60)

        other, ours = asyncio.create_task(waiter()), asyncio.create_task(waiter())
        await asyncio.sleep(0)  # both wait now
        other.cancel()
        stop.stop()
        return list(await asyncio.gather(other, ours, return_exceptions=True))

    other, ours = asyncio.run(main())
    assert isinstance(other, asyncio.CancelledError) and isinstance(ours, WaitStopped)


def test_stop_on_signals_leaves_an_ignored_signal_ignored() -> None:
    """`nohup` ignores SIGHUP so that a closed terminal does not stop the work: the block
    must not undo that."""
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with stop_on_signals() as stop:
            assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
            os.kill(os.getpid(), signal.SIGHUP)  # ignored: nothing raises
        assert stop.received is None
    finally:
        signal.signal(signal.SIGHUP, previous)


# -- the command: real processes, real signals ------------------------------------------------


class Child:
    """A `propexo` process whose output is read line by line as it comes (to act on it)."""

    def __init__(self, *args: str, log: bool = False) -> None:
        code = os.pathsep.join(str(ROOT / p) for p in ("", "overlays", "generated"))
        env = {**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PYTHONPATH": code}  # this checkout's
        if log:
            env["PROPEXO_LOG"] = "info"
        self.process = subprocess.Popen(
            [sys.executable, "-c", PROPEXO, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.out: queue.SimpleQueue[str] = queue.SimpleQueue()
        self.err: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._seen: dict[str, list[str]] = {"out": [], "err": []}
        self._readers = [
            threading.Thread(target=self._read, args=(stream, lines, seen), daemon=True)
            for stream, lines, seen in (
                (self.process.stdout, self.out, self._seen["out"]),
                (self.process.stderr, self.err, self._seen["err"]),
            )
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: Any, lines: queue.SimpleQueue[str], seen: list[str]) -> None:
        for line in stream:
            seen.append(line)
            lines.put(line)

    @staticmethod
    def wait_for(lines: queue.SimpleQueue[str], *texts: str) -> str:
        """Until every text was on a line (in any order; the test fails after ENDS_WITHIN
        seconds without one); the last line read."""
        missing = set(texts)
        while missing:
            line = lines.get(timeout=ENDS_WITHIN)
            missing -= {t for t in missing if t in line}
        return line

    def kill(self, sig: int) -> None:
        self.process.send_signal(sig)

    def end(self) -> tuple[int, str, str]:
        """Exit status, stdout and stderr; the process must end within ENDS_WITHIN."""
        try:
            self.process.wait(timeout=ENDS_WITHIN)
        finally:
            self.process.kill()
        for reader in self._readers:
            reader.join(timeout=ENDS_WITHIN)
        out, err = "".join(self._seen["out"]), "".join(self._seen["err"])
        assert TOKEN not in out + err and "Traceback" not in err, err
        return self.process.returncode, out, err


def submit(
    fake: FakePropexo, source: Path, *more: str, rate: str = "100000", log: bool = False
) -> Child:
    return Child(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--rate-limit", rate, "--max-batch-size", "2", "--no-progress", *DATES_OPTION, *more,
        log=log,
    )  # fmt: skip


@pytest.fixture
def source(tmp_path: Path, fake: FakePropexo) -> Path:
    return jsonl(tmp_path / "in.jsonl", located_rows(fake, 12))  # 7 chunks (5 + 5 + 2 rows)


def _signal_on_first_accept(fake: FakePropexo, child: Child, sig: int) -> None:
    def hook(job: object) -> bool:
        child.kill(sig)
        return False  # and answer: the chunk on the wire is accepted, its job id sent back

    fake.on_accept(hook, times=1)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
@pytest.mark.parametrize("journal", [True, False], ids=["journal", "no-journal"])
def test_sigterm_and_sighup_while_sending_record_every_chunk_and_exit_128_plus_the_signal(
    fake: FakePropexo, source: Path, tmp_path: Path, sig: int, journal: bool
) -> None:
    """The chunk on the wire when the signal comes is accepted and reported; nothing is left
    in doubt; every row is in --output; the journal (when kept) holds no 'sending'."""
    output = tmp_path / "rows.csv"
    more = ["--journal", str(tmp_path / "j.sqlite")] if journal else ["--no-journal"]
    child = submit(fake, source, "--concurrency", "2", "--output", str(output), *more)
    _signal_on_first_accept(fake, child, sig)
    status, _, err = child.end()
    assert status == STATUS[signal.Signals(sig)], err
    rows = written(output)
    assert [int(r["row"]) for r in rows] == list(range(1, 13))
    accepted = {r["reference_number"] for r in rows if r["outcome"] == "accepted"}
    assert accepted and accepted == accepted_references(fake)  # what the server took, reported
    assert not [r for r in rows if r["outcome"] in ("unknown", "sending")]
    if journal:
        assert "sending" not in states(tmp_path / "j.sqlite")
    assert signal.Signals(sig).name in err


@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["INT", "TERM", "HUP"]
)
def test_a_signal_during_a_minute_long_slot_wait_ends_the_submit_at_once(
    fake: FakePropexo, source: Path, tmp_path: Path, sig: int
) -> None:
    """One request a minute: the first chunk is accepted, the next waits for its slot when
    the signal comes. The command ends within seconds, the accepted chunk reported, the
    waiting ones not sent (journal: planned), and a rerun sends only those."""
    output, journal = tmp_path / "rows.csv", tmp_path / "j.sqlite"
    child = submit(
        fake, source, "--rate-limit", "1", "--concurrency", "2", "--output", str(output),
        "--journal", str(journal),
    )  # fmt: skip
    _signal_on_first_accept(fake, child, sig)
    status, _, err = child.end()
    assert status == STATUS[signal.Signals(sig)], err
    assert sorted(states(journal)) == ["accepted"] + ["planned"] * 6  # 7 chunks
    assert len(fake.batch_requests()) == 1
    rows = written(output)
    accepted = {r["reference_number"] for r in rows if r["outcome"] == "accepted"}
    assert len(accepted) == 2 and accepted == accepted_references(fake)
    assert sorted(r["outcome"] for r in rows) == ["accepted"] * 2 + ["not sent"] * 10
    rerun = submit(fake, source, "--journal", str(journal))
    assert rerun.end()[0] == 0
    references = [c.charge["reference_number"] for c in fake.accepted_charges()]
    assert len(references) == len(set(references)) == 12  # nothing twice, nothing lost


def test_a_signal_during_a_slot_wait_without_journal_reports_the_waiting_chunks_not_sent(
    fake: FakePropexo, source: Path, tmp_path: Path
) -> None:
    output = tmp_path / "rows.csv"
    child = submit(
        fake, source, "--rate-limit", "1", "--concurrency", "2", "--output", str(output),
        "--no-journal",
    )  # fmt: skip
    _signal_on_first_accept(fake, child, signal.SIGTERM)
    status, _, err = child.end()
    assert status == 143, err
    rows = written(output)
    accepted = {r["reference_number"] for r in rows if r["outcome"] == "accepted"}
    assert len(accepted) == 2 and accepted == accepted_references(fake)
    for row in rows:  # waiting (rejected: "not sent: ...") or never taken ("not sent")
        if row["outcome"] != "accepted":
            assert "not sent" in row["outcome"] + row["error"], row
    assert len(fake.batch_requests()) == 1


def test_a_second_signal_stops_at_once_leaving_the_chunk_on_the_wire_in_doubt(
    fake: FakePropexo, source: Path, tmp_path: Path
) -> None:
    """The first chunk's answer takes 15 s; the second waits for its slot. The first SIGTERM
    ends that wait (the journal logs it not sent); the second stops the run without waiting
    for the answer: the first chunk, whose bytes left, stays in doubt, the rest planned."""
    fake.inject(Fault.slow(15), BATCH)
    output, journal = tmp_path / "rows.csv", tmp_path / "j.sqlite"
    child = submit(
        fake, source, "--rate-limit", "1", "--concurrency", "2", "--output", str(output),
        "--journal", str(journal), log=True,
    )  # fmt: skip
    child.wait_for(child.err, "-> sending", "for a rate-limit slot")
    child.kill(signal.SIGTERM)
    child.wait_for(child.err, "not sent")  # the first signal was handled: the wait ended
    child.kill(signal.SIGTERM)
    status, _, err = child.end()
    assert status == 143, err
    found = states(journal)
    doubtful = [s for s in found if ChunkState(s).in_doubt]
    assert len(doubtful) == 1 and sorted(found).count("planned") == 6  # 7 chunks
    rows = written(output)
    assert [int(r["row"]) for r in rows] == list(range(1, 13))
    assert sorted(r["outcome"] for r in rows) == ["not sent"] * 10 + ["unknown"] * 2


def test_jobs_wait_stopped_by_sigterm_prints_the_jobs_ended_so_far(fake: FakePropexo) -> None:
    fake.queue_job_outcomes(Outcome("SUCCESS"), Outcome("SUCCESS", delay=100_000))
    done, pending = fake.create_jobs(2)
    child = Child(
        "jobs", "wait", done, pending, "--base-url", fake.url, "--rate-limit", "100000",
        "--no-progress",
    )  # fmt: skip
    assert child.wait_for(child.out, done).split() == [done, "SUCCESS"]
    child.kill(signal.SIGTERM)
    status, out, err = child.end()
    assert status == 143, err
    assert pending not in out and "interrupted" in err and pending in err  # how to go on


def test_submit_wait_stopped_by_sigterm_exits_143_with_the_charges_reported_sent(
    fake: FakePropexo, tmp_path: Path
) -> None:
    """SIGTERM while `charges submit --wait` waits for its jobs: the sending is over and
    journaled, the wait ends at once, and the command says how to go on waiting."""
    fake.set_job_policy(Outcome("SUCCESS", delay=100_000))  # PENDING for the whole test
    source = jsonl(tmp_path / "in.jsonl", located_rows(fake, 2))
    journal = tmp_path / "j.sqlite"
    child = submit(fake, source, "--journal", str(journal), "--wait", log=True)
    child.wait_for(child.err, "is PENDING")  # the first poll: the wait has begun
    child.kill(signal.SIGTERM)
    status, _, err = child.end()
    assert status == 143, err
    assert "interrupted while waiting" in err and "--wait again" in err
    assert states(journal) == ["accepted"]
