"""Kill submitting processes at random points, resume them until done, count every charge.

Each run seeds a fresh integration in the shared fake, writes a small input, and submits it
with `--journal` from a separate process (tests/faults/driver.py around the real CLI, or
`python -m propexo.cli` itself) that is SIGKILLed 1-4 times at random points: before a
chunk's send, while its request waits for its pacing slot, right after its "sending" mark
(the last step before the bytes leave), after the fake accepted a body (the fake kills the
client before answering), after an outcome (between chunks), while waiting on jobs, or at a
random time. After each kill the run is resumed. Chunks left in doubt are first classified
from the fake's own records (did the body arrive?): a chunk newly in doubt whose body never
reached the fake is allowed only when the kill could fall between its mark and its bytes
(the after_mark point, a timer, or another worker in flight); any other kill (before the send,
in the slot wait) must leave it certainly unsent. Then `propexo charges reconcile` runs:
every one that arrived must be found with the job the fake created for it, every one that
did not must not be found (and is then resent with --resend-unknown). At the end every input
charge must have been accepted by the fake exactly once. A fifth of the runs are paced (a
binding --rate-limit), so that chunks really wait for their slots. The runs take the four
vendors in turn (Rent Manager, ResMan, Yardi, Propertyware REST: a quarter each); a Yardi
charge has no reference number, so its description tells it apart here and reconciliation
matches it on its fields.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from propexo.charges import validate_charges
from propexo.charges._plan import make_plan
from propexo.journal import ChunkState, Journal

from tests.conftest import DATES, DATES_OPTION, ROOT, TOKEN
from tests.fake_propexo import FakePropexo
from tests.faults.tally import TALLY

RUNS = 100
MIN_KILLS = 200
#: Kill points and their weights; "timer" is a SIGKILL from outside after a random delay.
POINTS = {
    "before_mark": 3,
    "slot_wait": 3,
    "after_mark": 2,
    "on_accept": 4,
    "after_outcome": 3,
    "waiting": 2,
    "timer": 3,
}
#: Kill points that may fall between a chunk's "sending" mark and its bytes leaving.
WINDOW_POINTS = {"after_mark", "timer"}
ENV = {**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
VENDORS = ("rentmanager", "resman", "yardi", "propertyware_rest")


def ident(charge: Any) -> str:
    """What tells one charge of a run from the others: its reference number, or (Yardi, and
    Propertyware REST without one) its description. `charge`: a `Charge` or a sent item."""
    if isinstance(charge, dict):
        return str(charge.get("reference_number") or charge.get("description"))
    return str(charge.reference_number or charge.description)


@dataclass
class Run:
    """One input and its journal, submitted until every chunk is accepted."""

    number: int
    fake: FakePropexo
    workdir: Path
    rng: random.Random

    def __post_init__(self) -> None:
        rng = self.rng
        self.integration = f"int-crash-{self.number:03d}"
        self.vendor = VENDORS[self.number % len(VENDORS)]
        places, residents = rng.randint(1, 4), rng.randint(2, 5)
        seed = {
            "rentmanager": self.fake.seed_rentmanager,
            "resman": self.fake.seed_resman,
            "yardi": self.fake.seed_yardi,
        }.get(self.vendor)
        if seed is None:
            self.fake.seed_propertyware_rest(places, residents, integration_id=self.integration)
        else:
            seed(places, residents, integration_id=self.integration, seed=self.number)
        with self.fake.state.lock:
            where = {  # each resident's (or lease's) partition
                r.id: r.location_ids[0] if self.vendor == "rentmanager" else r.property_id
                for r in self.fake.state.residents.values()
                if r.integration_id == self.integration
            }
        named = rng.random() < 0.5  # half the runs name locations, half look them up
        self.rows: list[dict[str, Any]] = []
        for n in range(rng.randint(4, 24)):
            self.rows.append(self._row(n, rng.choice(sorted(where)), where, named))
        self.size = rng.randint(1, 6)
        self.concurrency = 1 if rng.random() < 0.75 else 2
        self.rate_limit = "1200" if rng.random() < 0.2 else "1000000"  # 0.05 s slots, or none
        charges = validate_charges(self.rows, vendor=self.vendor, transaction_dates=DATES)
        self.plan = make_plan(
            charges,
            [
                c.lease_id or ""
                if self.vendor == "propertyware_rest"
                else where[c.resident_id or ""]
                for c in charges
            ],
            vendor=self.vendor,
            integration_id=self.integration,
            max_batch_size=self.size,
        )
        self.source = self.workdir / f"run-{self.number:03d}.jsonl"
        self.source.write_text("".join(json.dumps(r) + "\n" for r in self.rows))
        self.journal = self.workdir / f"run-{self.number:03d}.journal"

    def _row(self, n: int, who: str, where: dict[str, str], named: bool) -> dict[str, Any]:
        """Charge `n` of the run, of resident (or lease) `who`, as the run's vendor takes it."""
        rng = self.rng
        tag = f"C{self.number:03d}-{n:04d}"
        common = {
            "transaction_date": f"2026-03-{rng.randint(1, 28):02d}T00:00:00Z",
            "amount_in_cents": rng.randint(1, 500_000),
        }
        if self.vendor == "propertyware_rest":
            row = {**common, "lease_id": who, "financial_account_id": "fa-rent"}
            # Half the runs give no reference number: the description tells charges apart.
            return {**row, "reference_number": tag} if named else {**row, "description": tag}
        row = {**common, "resident_id": who, "charge_code_id": f"{self.integration}-cc-rent"}
        if self.vendor == "yardi":
            return {
                **row,
                "property_id": where[who],
                "unit_id": f"{who}-unit",
                "financial_account_id": "fa-rent",
                "description": tag,
            }
        row = {**row, "notes": f"March rent {n}", "reference_number": tag}
        if named:
            row["location_id" if self.vendor == "rentmanager" else "property_id"] = where[who]
        return row

    # -- processes ---------------------------------------------------------------------------

    def submit_args(self, resend: bool) -> list[str]:
        args = [
            "charges", "submit", str(self.source), "--integration-id", self.integration,
            "--base-url", self.fake.url, "--journal", str(self.journal), "--vendor", self.vendor,
            "--max-batch-size", str(self.size), "--concurrency", str(self.concurrency),
            "--rate-limit", self.rate_limit, "--no-progress", "--wait", "--wait-timeout", "30",
            *DATES_OPTION,
        ]  # fmt: skip
        return [*args, "--resend-unknown"] if resend else args

    def launch(self, point: str | None, at: int, resend: bool) -> tuple[int, str]:
        """One submitting process; the kill point (if any) decides how it may die."""
        if point in ("timer", "cli"):  # the real entry point, as a user runs it
            command = [sys.executable, "-m", "propexo.cli", *self.submit_args(resend)]
        else:
            kill = ["--kill", f"{point}:{at}"] if point else []
            command = [
                sys.executable, "-m", "tests.faults.driver", *kill, "--",
                *self.submit_args(resend),
            ]  # fmt: skip
        TALLY.processes += 1
        process = subprocess.Popen(
            command, cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        timer = None
        if point == "timer":
            timer = threading.Timer(self.rng.uniform(0.05, 0.6), process.kill)
            timer.start()
        try:
            out, err = process.communicate(timeout=120)
        finally:
            if timer is not None:
                timer.cancel()
        assert TOKEN not in out + err
        return process.returncode, out + err

    def reconcile(self) -> str:
        TALLY.processes += 1
        TALLY.reconciles += 1
        done = subprocess.run(
            [sys.executable, "-m", "propexo.cli", "charges", "reconcile", "--journal",
             str(self.journal), "--base-url", self.fake.url, "--rate-limit", "1000000"],
            cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode in (0, 1) and "journal: " in done.stdout, done.stdout + done.stderr
        assert TOKEN not in done.stdout + done.stderr
        return f"exit {done.returncode}\n{done.stdout}{done.stderr}"

    # -- what the fake saw -------------------------------------------------------------------

    def jobs_of(self, chunk_index: int) -> set[str]:
        """The fake's jobs that hold this chunk's charges (its body arrived that often)."""
        refs = {ident(c) for c in self.plan.chunks[chunk_index].charges}
        return {
            a.job_id
            for a in self.fake.accepted_charges()
            if a.integration_id == self.integration and ident(a.charge) in refs
        }

    def wait_for_jobs(self) -> None:
        """Until the fake finished every job of this run (write logs list finished ones)."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            jobs = [j for j in self.fake.jobs() if j.integration_id == self.integration]
            if all(self.fake.job_status(j.id) != "PENDING" for j in jobs):
                return
            time.sleep(0.02)
        raise AssertionError(f"{self.integration}: the fake's jobs did not finish")

    def todo(self, resend: bool) -> int:
        """Chunks the next submit will send."""
        if not self.journal.exists():
            return len(self.plan.chunks)
        with Journal.open(self.journal) as journal:
            return sum(c.state.sendable or (resend and c.state.in_doubt) for c in journal.chunks())

    # -- the run -----------------------------------------------------------------------------

    def attempts(self) -> dict[int, int]:
        """Each chunk's journaled send attempts (marks), before a launch."""
        if not self.journal.exists():
            return {}
        with Journal.open(self.journal) as journal:
            return {c.index: c.attempts for c in journal.chunks()}

    def settle_doubts(self, point: str | None, before: dict[int, int]) -> bool:
        """Classify and reconcile the chunks in doubt; True when some must be resent."""
        if not self.journal.exists():
            return False
        with Journal.open(self.journal) as journal:
            doubtful = [c for c in journal.chunks() if c.state.in_doubt]
        if not doubtful:
            return False
        self.wait_for_jobs()
        arrived = {c.index: self.jobs_of(c.index) for c in doubtful}
        for index, jobs in arrived.items():
            assert len(jobs) <= 1, f"{self.integration}: chunk {index} posted twice: {jobs}"
        for entry in doubtful:  # in doubt only once the slot was held and the body may have left
            new = entry.attempts != before.get(entry.index, 0)
            window = point in WINDOW_POINTS or self.concurrency > 1
            assert arrived[entry.index] or not new or window, (
                f"{self.integration}: chunk {entry.index} is {entry.state} after a kill at "
                f"{point}, but its body never reached the fake"
            )
        output = self.reconcile()
        with Journal.open(self.journal) as journal:
            after = {c.index: c for c in journal.chunks()}
        resend = False
        for entry in doubtful:
            now, jobs = after[entry.index], arrived[entry.index]
            if jobs:
                TALLY.unknown += 1
                assert now.state is ChunkState.ACCEPTED, (self.integration, entry, output)
                assert {now.job_id} == jobs and now.resolved_by == "write_log"
            else:
                TALLY.unsent += 1
                assert now.state.in_doubt, (self.integration, entry, output)
                resend = True
        return resend

    def complete(self, kills_wanted: int) -> None:
        kills = 0
        resend = False
        for _attempt in range(40):
            point, at = None, 0
            todo = self.todo(resend)
            before = self.attempts()
            if kills < kills_wanted:
                point = self.rng.choices(list(POINTS), list(POINTS.values()))[0]
                if point in (
                    "before_mark",
                    "slot_wait",
                    "after_mark",
                    "on_accept",
                    "after_outcome",
                ):
                    at = self.rng.randint(1, max(1, todo))
                    point = point if todo else "waiting"
                at = at or self.rng.randint(1, 3)
            code, output = self.launch(point, at, resend)
            self.fake.accept_hooks.clear()  # an armed kill that did not fire goes too
            if code == -signal.SIGKILL:
                kills += 1
                TALLY.kills[point or "none"] += 1
            elif code not in (0, 1):
                raise AssertionError(f"{self.integration}: exit {code}\n{output}")
            resend = self.settle_doubts(point, before)
            if code == 0 and not resend:
                break
        else:
            raise AssertionError(f"{self.integration}: not done after 40 attempts")

    def check(self, resume_again: bool) -> None:
        with Journal.open(self.journal) as journal:
            chunks = journal.chunks()
            jobs = {j.job_id: j for j in journal.jobs()}
        assert {c.state for c in chunks} == {ChunkState.ACCEPTED}
        for entry in chunks:  # each chunk's journaled job is the one the fake made for it
            assert {entry.job_id} == self.jobs_of(entry.index), (self.integration, entry)
            # the last process waited (--wait): every job's end is journaled
            assert jobs[entry.job_id or ""].write_status == "SUCCESS", (self.integration, entry)
        accepted = Counter(
            ident(a.charge)
            for a in self.fake.accepted_charges()
            if a.integration_id == self.integration
        )
        wanted = Counter(map(ident, self.rows))
        TALLY.charges += len(self.rows)
        TALLY.lost += sum((wanted - accepted).values())
        TALLY.duplicated += sum((accepted - wanted).values())
        if resume_again:
            seen = len(self.fake.requests())
            code, output = self.launch("cli", 0, False)  # with --wait: all jobs ended already
            assert code == 0 and "sent 0 batch request(s)" in output, output
            assert len(self.fake.requests()) == seen, "a resume after a clean finish sent"
            TALLY.clean_resumes += 1


def test_killed_submissions_resume_without_loss_or_duplicates(
    crash_fake: FakePropexo, tmp_path: Path
) -> None:
    started = time.monotonic()
    rng = random.Random(int(os.environ.get("PROPEXO_FAULTS_SEED", "20260212")))
    runs = int(os.environ.get("PROPEXO_FAULTS_RUNS", RUNS))  # fewer while developing
    only = {int(n) for n in os.environ.get("PROPEXO_FAULTS_ONLY", "").split(",") if n}
    for number in range(runs):
        run_rng = random.Random(rng.random())
        if only and number not in only:
            continue  # to replay one run: its random choices stay the same
        run = Run(number, crash_fake, tmp_path, run_rng)
        run.complete(kills_wanted=run.rng.randint(1, 4))
        run.check(resume_again=number % 5 == 0)
        TALLY.runs += 1
        TALLY.seconds = time.monotonic() - started
    assert TALLY.lost == 0 and TALLY.duplicated == 0, TALLY.line()
    if runs == RUNS:
        assert sum(TALLY.kills.values()) >= MIN_KILLS, TALLY.line()
        assert all(TALLY.kills[p] >= 10 for p in POINTS), TALLY.line()
        assert TALLY.unknown >= 10 and TALLY.clean_resumes >= RUNS // 5, TALLY.line()
