"""The library path under kills: the downstream example (a billing service built on
`plan_charges` + `submit_plan(journal=...)` + `JobTracker.wait_submission`) SIGKILLed at random
points and run again until it is done. Every charge is accepted by the fake exactly once.

A run that ends with charges in doubt (exit 4: its body may have reached Propexo, and the
example's reconciliation did not find it yet) is run again as is; once the fake's records show
that such a body never arrived, it is run with --resend-unknown, as a person would.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from propexo.journal import Journal

from tests.conftest import ROOT, TOKEN
from tests.fake_propexo import FakePropexo

RUNS = 10
MIN_KILLS = 20
POINTS = ("before_mark", "slot_wait", "after_mark", "on_accept", "after_outcome", "timer")
EXIT_OK, EXIT_NEEDS_A_PERSON = 0, 4


class ExampleRun:
    def __init__(self, number: int, fake: FakePropexo, workdir: Path, rng: random.Random):
        self.number, self.fake, self.rng = number, fake, rng
        self.integration = f"int-example-{number:03d}"
        fake.seed_rentmanager(1, rng.randint(2, 12), integration_id=self.integration, seed=number)
        with fake.state.lock:
            residents = [
                r for r in fake.state.residents.values() if r.integration_id == self.integration
            ]
        self.location = residents[0].location_ids[0]
        self.residents = {r.id for r in residents}
        self.journal_dir = workdir / f"journals-{number:03d}"
        self.env = {
            **os.environ,
            "PROPEXO_API_TOKEN": TOKEN,
            "PROPEXO_BASE_URL": fake.url,
            "PYTHONPATH": str(ROOT),
        }

    def args(self, resend: bool) -> list[str]:
        args = [
            "--integration-id", self.integration, "--location-id", self.location,
            "--amount-in-cents", "125000", "--month", "2026-03",
            "--journal-dir", str(self.journal_dir),
        ]  # fmt: skip
        return [*args, "--resend-unknown"] if resend else args

    def launch(self, point: str | None, resend: bool) -> tuple[int, str]:
        kill = ["--kill", f"{point}:1"] if point and point != "timer" else []
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.example_driver", *kill, "--", *self.args(resend)],
            cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        timer = None
        if point == "timer":
            timer = threading.Timer(self.rng.uniform(0.05, 0.8), process.kill)
            timer.start()
        try:
            out, err = process.communicate(timeout=120)
        finally:
            if timer is not None:
                timer.cancel()
        assert TOKEN not in out + err
        return process.returncode, out + err

    def accepted(self) -> Counter[str]:
        return Counter(
            a.charge["reference_number"]
            for a in self.fake.accepted_charges()
            if a.integration_id == self.integration
        )

    def never_arrived(self) -> bool:
        """Whether some chunk in doubt never reached the fake (so it may be resent)."""
        (journal_file,) = self.journal_dir.glob("*.journal.sqlite")
        with Journal.open(journal_file) as journal:
            plan, chunks = journal.plan(), journal.chunks()
        arrived = self.accepted()
        return any(
            not any(arrived[c.reference_number or ""] for c in plan.chunks[e.index].charges)
            for e in chunks
            if e.state.in_doubt
        )

    def complete(self, kills_wanted: int) -> int:
        kills, resend = 0, False
        for _attempt in range(30):
            point = self.rng.choice(POINTS) if kills < kills_wanted else None
            code, output = self.launch(point, resend)
            self.fake.accept_hooks.clear()  # an armed kill that did not fire goes too
            resend = False
            if code == -signal.SIGKILL:
                kills += 1
                continue
            if code == EXIT_OK:
                return kills
            assert code == EXIT_NEEDS_A_PERSON, f"{self.integration}: exit {code}\n{output}"
            time.sleep(0.35)  # the fake's jobs end within 0.3 s; its write logs then list them
            resend = self.never_arrived()
        raise AssertionError(f"{self.integration}: not done after 30 runs")


def test_the_example_killed_at_random_points_posts_every_charge_once(
    crash_fake: FakePropexo, tmp_path: Path
) -> None:
    rng = random.Random(int(os.environ.get("PROPEXO_FAULTS_SEED", "20261206")))
    kills = 0
    for number in range(RUNS):
        run = ExampleRun(number, crash_fake, tmp_path, random.Random(rng.random()))
        kills += run.complete(kills_wanted=run.rng.randint(2, 3))
        wanted = {f"rent-2026-03-{r}" for r in run.residents}
        assert run.accepted() == Counter(dict.fromkeys(wanted, 1)), run.integration
        posts = len(crash_fake.batch_requests())
        code, output = run.launch(None, False)  # once more, after success: nothing is sent
        assert code == EXIT_OK, output
        assert len(crash_fake.batch_requests()) == posts
    assert kills >= MIN_KILLS
