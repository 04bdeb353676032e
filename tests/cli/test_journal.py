"""`propexo charges submit --journal [--resend-unknown]` and `propexo charges reconcile`."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from propexo import PropexoClient
from propexo.cli._app import app
from propexo.journal import ChunkState, Journal, JournaledSubmission

from tests.conftest import DATES, DATES_OPTION, RM, ROOT, TOKEN
from tests.fake_propexo import FakePropexo, Fault, Outcome
from tests.journal_support import accepted_references, batch_posts, rows_for, write_jsonl

BATCH_ROUTE = "POST /v1/resident-charges/batch/*"
WRITE_STATUS = "/v1/admin/write-status/{root_job_id}"


def _run(*args: str) -> Result:
    result = CliRunner().invoke(
        app, list(args), env={"PROPEXO_API_TOKEN": TOKEN}, catch_exceptions=False
    )
    assert TOKEN not in result.output and TOKEN not in result.stderr
    return result


def _submit(fake: FakePropexo, source: Path, journal: Path, *more: str) -> Result:
    return _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--rate-limit", "100000", "--concurrency", "1", "--journal", str(journal),
        *DATES_OPTION, *more,
    )  # fmt: skip


@pytest.fixture
def source(tmp_path: Path, fake: FakePropexo) -> Path:
    """15 charges: 5 in each of 3 locations."""
    return write_jsonl(tmp_path / "in.jsonl", rows_for(fake, 15))


def _expected(source: Path) -> Counter[str]:
    return Counter(f"REF-{n:06d}" for n in range(len(source.read_text().splitlines())))


def test_a_journaled_submit_prints_its_journal_and_a_resume_sends_nothing(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    out = tmp_path / "rows.csv"
    first = _submit(fake, source, journal, "--max-batch-size", "3", "--output", str(out))
    assert first.exit_code == 0, first.output
    assert f"journal: {journal} (new)" in first.stdout
    assert "sent 6 batch request(s) in this run" in first.stdout
    assert "after this run: 6 chunk(s): 6 accepted (15 charges)" in first.stdout
    with out.open() as stream:
        written = list(csv.DictReader(stream))
    assert [int(w["row"]) for w in written] == list(range(1, 16))
    assert {w["outcome"] for w in written} == {"accepted"} and all(w["job_id"] for w in written)

    seen = len(fake.requests())
    again = _submit(fake, source, journal)  # --max-batch-size comes from the journal
    assert again.exit_code == 0, again.output
    assert f"journal: {journal} (resumed)" in again.stdout
    assert "before this run: 6 chunk(s): 6 accepted (15 charges)" in again.stdout
    assert "sent 0 batch request(s) in this run" in again.stdout
    assert len(fake.requests()) == seen
    assert accepted_references(fake) == _expected(source)


def test_unknown_chunks_are_listed_then_reconciled(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)
    first = _submit(fake, source, journal, "--max-batch-size", "5")
    assert first.exit_code == 1
    assert "after this run: 3 chunk(s): 2 accepted (10 charges), 1 unknown (5 charges)" in (
        first.stdout
    )
    unknown = Journal.open(journal)
    chunk_id = unknown.chunks()[0].chunk_id
    unknown.close()

    second = _submit(fake, source, journal)
    assert second.exit_code == 1
    assert "1 chunk(s) in doubt, not sent again" in second.stdout
    assert f"unknown {chunk_id} (int-rm-1-loc-000, 5 charges): no answer" in second.stdout
    assert f"propexo charges reconcile --journal {journal}" in second.stdout
    assert "sent 0 batch request(s)" in second.stdout and batch_posts(fake) == 3

    found = _run("charges", "reconcile", "--journal", str(journal), "--base-url", fake.url)
    assert found.exit_code == 0, found.output
    assert f"journal: {journal}" in found.stdout
    assert f"accepted {chunk_id} (5/5 charges seen): write log of job" in found.stdout
    assert "after reconciling: 3 chunk(s): 3 accepted (15 charges)" in found.stdout

    done = _submit(fake, source, journal)
    assert done.exit_code == 0 and "sent 0 batch request(s)" in done.stdout
    assert accepted_references(fake) == _expected(source) and batch_posts(fake) == 3

    nothing = _run("charges", "reconcile", "--journal", str(journal), "--base-url", fake.url)
    assert nothing.exit_code == 0 and "no chunk is in doubt" in nothing.stdout


@pytest.mark.slow
def test_resend_unknown_sends_a_chunk_that_never_left(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    rows = rows_for(fake, 15)
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, transaction_dates=DATES
    ) as run:
        run.journal.mark_sending(run.plan.chunks[1])  # killed before the body left
        chunk_id = run.plan.chunks[1].id

    looked_up = len(fake.requests())  # the plan's location lookups
    kept = _submit(fake, source, journal)
    assert kept.exit_code == 1 and batch_posts(fake) == 2
    assert len(fake.requests()) == looked_up + 2  # a resume looks nothing up again
    assert f"sending {chunk_id} (int-rm-1-loc-001, 5 charges): the process ended" in kept.stdout

    still = _run("charges", "reconcile", "--journal", str(journal), "--base-url", fake.url)
    assert still.exit_code == 1
    assert f"still in doubt {chunk_id} (0/5 charges seen)" in still.stdout

    resent = _submit(fake, source, journal, "--resend-unknown")
    assert resent.exit_code == 0, resent.output
    assert "sent 1 batch request(s)" in resent.stdout and "in doubt" not in resent.stdout
    assert accepted_references(fake) == _expected(source)


def test_resend_unknown_needs_a_journal(fake: FakePropexo, source: Path) -> None:
    result = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--resend-unknown", "--no-journal", *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 2 and "--resend-unknown needs a journal" in result.output
    assert fake.requests() == []


def test_refused_journals_exit_four_and_send_nothing(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    assert _submit(fake, source, journal, "--max-batch-size", "4").exit_code == 0
    seen = len(fake.requests())

    plan = _submit(fake, source, journal, "--max-batch-size", "5")
    assert plan.exit_code == 4 and "was planned with max_batch_size 4; 5 would" in plan.stderr

    other = write_jsonl(tmp_path / "other.jsonl", rows_for(fake, 15, start=1))
    changed = _submit(fake, other, journal)
    assert changed.exit_code == 4 and "was made for another input" in changed.stderr

    with Journal.open(journal):
        locked = _submit(fake, source, journal)
        busy = _run("charges", "reconcile", "--journal", str(journal), "--base-url", fake.url)
    assert locked.exit_code == 4 and f"in use by another process (pid {os.getpid()})" in (
        locked.stderr
    )
    assert busy.exit_code == 4 and "in use by another process" in busy.stderr

    journal.write_bytes(journal.read_bytes()[:5000])
    broken = _submit(fake, source, journal)
    assert broken.exit_code == 4 and "is truncated" in broken.stderr
    assert len(fake.requests()) == seen

    missing = _run("charges", "reconcile", "--journal", str(tmp_path / "nope"))
    assert missing.exit_code == 2 and "no journal at" in missing.output


@pytest.mark.slow
def test_two_processes_on_one_journal_never_both_send(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    # Holds the first process inside its first post while the second starts (a loaded machine can
    # take seconds to start a Python); well within the client's read timeout.
    fake.inject(Fault.slow(8), BATCH_ROUTE, times=1)
    command = [
        sys.executable, "-m", "propexo.cli", "charges", "submit", str(source),
        "--integration-id", RM, "--base-url", fake.url, "--journal", str(journal),
        "--max-batch-size", "5", "--concurrency", "1", *DATES_OPTION,
    ]  # fmt: skip
    env = {**os.environ, "PROPEXO_API_TOKEN": TOKEN}
    first = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 20
    while batch_posts(fake) == 0 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    out, err = first.communicate(timeout=30)
    assert first.returncode == 0, out + err
    assert second.returncode == 4 and "in use by another process" in second.stderr
    assert TOKEN not in out + err + second.stdout + second.stderr
    assert accepted_references(fake) == _expected(source) and batch_posts(fake) == 3
    with Journal.open(journal) as done:
        assert {c.state for c in done.chunks()} == {ChunkState.ACCEPTED}


def test_wait_journals_each_job_and_a_resume_waits_only_for_the_unfinished(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    fake.queue_job_outcomes(Outcome(delay=10_000), Outcome("FAILURE", errors=("PMS said no",)))
    first = _submit(fake, source, journal, "--max-batch-size", "5", "--wait", "--wait-timeout",
                    "0.3")  # fmt: skip
    assert first.exit_code == 1, first.output  # a job failed (another is still pending)
    with Journal.open(journal) as seen:
        jobs = [j for j in seen.jobs() if j.current]
    assert [j.write_status for j in jobs] == ["PENDING", "FAILURE", "SUCCESS"]
    pending, failed, _ = (j.job_id for j in jobs)
    assert f"{failed}  FAILURE  PMS said no" in first.stdout
    assert f"{pending}  PENDING  (still, after 0.3 s" in first.stdout
    assert "jobs: 1 FAILURE, 1 PENDING, 1 SUCCESS" in first.stdout

    fake.set_job_outcome(pending, Outcome())
    polls = len(fake.requests(WRITE_STATUS))
    second = _submit(fake, source, journal, "--wait")
    assert second.exit_code == 1  # the earlier failure still counts
    assert "sent 0 batch request(s)" in second.stdout and batch_posts(fake) == 3
    polled = [r.path.rsplit("/", 1)[1] for r in fake.requests(WRITE_STATUS)[polls:]]
    assert polled == [pending]  # only the job left unfinished, once
    assert "jobs: 1 FAILURE, 2 SUCCESS" in second.stdout
