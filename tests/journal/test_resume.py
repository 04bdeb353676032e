"""Journaled submissions against the fake: write-ahead order, resume, and what is resent.

Crashes are simulated in-process here (a chunk left "sending", a dropped answer); the
fault-injection suite in tests/faults kills real processes.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from propexo import PropexoClient, SubmissionResult, asubmit_charges
from propexo.charges import Chunk, ChunkResult
from propexo.charges import Outcome as ChunkOutcome
from propexo.jobs import JobTimeoutError, JobTracker
from propexo.journal import (
    ChunkState,
    Journal,
    JournaledSubmission,
    JournalError,
)
from propexo.journal._jobs import JournalJobHooks
from propexo.journal._lock import lock_path

from tests.conftest import DATES, RM, TOKEN, make_client
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo, Fault, Job, Outcome
from tests.journal_support import accepted_references, batch_posts, rows_for

BATCH_ROUTE = "POST /v1/resident-charges/batch/*"
RETRY = "/v1/admin/retry-write/{root_job_id}"


def submit(
    driver: Driver, client: PropexoClient, rows: list[dict[str, Any]], journal: Path, **kw: Any
) -> SubmissionResult:
    """`submit_charges` of `rows` to Rent Manager `RM` through `journal` (at the tests' today)."""
    return driver.submit_charges(
        client, rows, journal=journal, integration_id=RM, transaction_dates=DATES, **kw
    )


def test_resume_after_a_clean_finish_sends_nothing(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 30)
    journal = tmp_path / "run.journal"
    first = submit(driver, client, rows, journal, max_batch_size=7)
    assert first.ok and not first.resumed and len(first.sent) == 6
    seen = len(fake.requests())
    for _ in range(2):
        again = submit(driver, client, rows, journal)
        assert again.resumed and again.ok and again.sent == ()
    assert len(fake.requests()) == seen  # not one request: no lookup, no batch
    assert accepted_references(fake) == Counter(r["reference_number"] for r in rows)


def test_sending_is_on_disk_before_the_request_and_the_outcome_right_after(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """When the fake accepts a body, another connection already reads "sending" for it."""
    rows = rows_for(fake, 20)
    journal = tmp_path / "run.journal"
    seen_at_accept: list[str] = []

    def look(job: Job) -> None:
        reader = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
        try:
            state = reader.execute(
                "SELECT c.state FROM rows r JOIN chunks c ON c.idx = r.chunk_idx "
                "WHERE r.reference_number = ?",
                (job.charges[0]["reference_number"],),
            ).fetchone()[0]
        finally:
            reader.close()
        seen_at_accept.append(state)

    fake.on_accept(look)
    result = submit(driver, client, rows, journal, max_batch_size=3, concurrency=3)
    assert result.ok
    # 10 + 5 + 5 charges per location in chunks of 3: 4 + 2 + 2 chunks
    assert seen_at_accept == ["sending"] * len(result.chunks) == ["sending"] * 8
    job_of_body = {
        r.body["charges"][0]["reference_number"]: r.job_id for r in fake.batch_requests()
    }
    for chunk, chunk_result in zip(result.plan.chunks, result.chunks, strict=True):
        assert chunk_result.job_id == job_of_body[chunk.charges[0].reference_number]
    with Journal.open(journal) as reopened:
        events = [(e.kind, e.chunk_id) for e in reopened.events() if e.chunk_id]
        jobs = {j.job_id for j in reopened.jobs()}
        assert {e.resolved_by for e in reopened.chunks()} == {"response"}
    for entry in result.chunks:
        mine = [kind for kind, chunk_id in events if chunk_id == entry.chunk_id]
        assert mine == ["sending", "outcome"]
    assert jobs == set(job_of_body.values())


def _leave_sending(journal: Path, chunk: Chunk) -> None:
    """What a process killed mid-request leaves behind: the chunk marked, nothing after."""
    with Journal.open(journal) as open_journal:
        open_journal.mark_sending(chunk)


def test_in_doubt_chunks_are_listed_not_resent_until_reconciled_or_asked(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 15)
    journal = tmp_path / "run.journal"
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, max_batch_size=2, transaction_dates=DATES
    ) as run:
        plan = run.plan
    assert len(plan.chunks) == 9  # three locations of 5 charges: 2 + 2 + 1 each
    _leave_sending(journal, plan.chunks[0])  # "killed" before its body left
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)  # chunk 2: accepted, no answer

    first = submit(driver, client, rows, journal, concurrency=1)
    outcomes = [c.outcome for c in first.chunks]
    assert outcomes[:2] == [ChunkOutcome.UNKNOWN, ChunkOutcome.UNKNOWN]  # both in doubt
    assert "the process ended while sending it" in (first.chunks[0].error or "")
    assert "no answer" in (first.chunks[1].error or "")
    assert set(outcomes[2:]) == {ChunkOutcome.ACCEPTED}
    assert [c.chunk_id for c in first.in_doubt] == [plan.chunks[0].id, plan.chunks[1].id]
    assert not first.ok and batch_posts(fake) == 8

    second = submit(driver, client, rows, journal)
    assert second.sent == () and batch_posts(fake) == 8  # in doubt: left alone

    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, transaction_dates=DATES
    ) as run:
        found = run.reconcile(client)
        assert [(f.chunk_id, f.found) for f in found.findings] == [
            (plan.chunks[0].id, False),
            (plan.chunks[1].id, True),
        ]
        assert [c.id for c in run.todo(resend_unknown=True)] == [plan.chunks[0].id]
        last = driver.submit_run(run, client, resend_unknown=True)
    assert last.ok and list(last.sent) == [plan.chunks[0].id]
    assert accepted_references(fake) == Counter(r["reference_number"] for r in rows)
    assert batch_posts(fake) == 9
    with Journal.open(journal) as reopened:
        resent = reopened.chunks()[0]
    assert resent.attempts == 2 and resent.resolved_by == "response"


def test_rejected_chunks_are_sent_again_on_resume(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 10)
    journal = tmp_path / "run.journal"
    fake.inject(Fault.http(400), BATCH_ROUTE, times=1)
    first = submit(driver, client, rows, journal, max_batch_size=5, concurrency=1)
    assert [c.outcome for c in first.chunks] == [ChunkOutcome.REJECTED, ChunkOutcome.ACCEPTED]
    assert first.chunks[0].status_code == 400 and "HTTP 400" in (first.chunks[0].error or "")
    second = submit(driver, client, rows, journal)
    assert second.ok and list(second.sent) == [first.chunks[0].chunk_id]
    assert accepted_references(fake) == Counter(r["reference_number"] for r in rows)


def test_an_accepted_chunk_is_never_sent_again_even_when_asked(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 6)
    journal = tmp_path / "run.journal"
    assert submit(driver, client, rows, journal).ok
    posts = batch_posts(fake)
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, transaction_dates=DATES
    ) as run:
        assert run.todo(resend_unknown=True) == ()
        assert driver.submit_run(run, client, resend_unknown=True).sent == ()
        with pytest.raises(JournalError, match=r"accepted \(job job-\d+\): it is never sent"):
            run.journal.mark_sending(run.plan.chunks[0], resend=True)
    assert batch_posts(fake) == posts


class _Stop(Exception):
    pass


class _StopBeforeThird:
    """A hook that stops the run before the third chunk (as a crash there would)."""

    def __init__(self) -> None:
        self.seen = 0

    def before_send(self, chunk: Chunk) -> None:
        self.seen += 1
        if self.seen == 3:
            raise _Stop

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        pass


def test_a_hook_that_stops_the_run_leaves_its_chunk_planned(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """Other hooks run before the journal's mark: a chunk they stop is certainly unsent."""
    rows = rows_for(fake, 15)
    journal = tmp_path / "run.journal"
    with pytest.raises(_Stop):
        submit(
            driver,
            client,
            rows,
            journal,
            max_batch_size=5,
            concurrency=1,
            hooks=[_StopBeforeThird()],
        )
    with Journal.open(journal) as stopped:
        assert [c.state for c in stopped.chunks()] == [
            ChunkState.ACCEPTED,
            ChunkState.ACCEPTED,
            ChunkState.PLANNED,
        ]
    final = submit(driver, client, rows, journal)
    assert final.ok and len(final.sent) == 1
    assert accepted_references(fake) == Counter(r["reference_number"] for r in rows)


def test_asyncio_submission_resumes_the_same_way(tmp_path: Path, fake: FakePropexo) -> None:
    rows = rows_for(fake, 12)
    journal = tmp_path / "run.journal"
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)

    async def go() -> tuple[int, int, int]:
        async with make_client(fake) as client:
            first = await asubmit_charges(
                client,
                rows,
                journal=journal,
                integration_id=RM,
                max_batch_size=3,
                transaction_dates=DATES,
            )
            second = await asubmit_charges(
                client, rows, journal=journal, integration_id=RM, transaction_dates=DATES
            )
        return len(first.in_doubt), len(first.sent), len(second.sent)

    assert asyncio.run(go()) == (1, 5, 0)
    assert sum(accepted_references(fake).values()) == 12  # the dropped chunk was accepted


def test_the_token_is_stored_nowhere(driver: Driver, tmp_path: Path, fake: FakePropexo) -> None:
    """Not in the journal or its lock file (open or closed; no other file is beside them
    between writes), nor in any repr."""
    rows = rows_for(fake, 12)
    journal = tmp_path / "run.journal"
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)
    fake.inject(Fault.http(401), BATCH_ROUTE, times=1)
    with make_client(fake) as client:
        result = submit(driver, client, rows, journal, max_batch_size=3, concurrency=1)
        with JournaledSubmission.start(
            journal, rows, integration_id=RM, client=client, transaction_dates=DATES
        ) as run:
            found = run.reconcile(client)
            texts = [repr(run), repr(run.journal), repr(result), repr(found)]
            texts += [repr(e) for e in run.journal.events()]
            texts += [repr(c) for c in run.chunks()]
            live = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    closed = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert {ChunkOutcome.UNKNOWN, ChunkOutcome.REJECTED} <= {c.outcome for c in result.chunks}
    assert set(live) == set(closed) == {"run.journal", lock_path(journal).name}
    secret = TOKEN.encode()
    assert all(secret not in blob for blob in [*live.values(), *closed.values()])
    assert all(TOKEN not in text and "Bearer" not in text for text in texts)


def test_tracked_job_statuses_and_retries_are_journaled(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 15)
    journal = tmp_path / "run.journal"
    fake.queue_job_outcomes(
        Outcome("FAILURE", errors=("PMS said no",)),
        Outcome("PARTIAL_SUCCESS", failed_indices=(1,)),
        Outcome(delay=10_000),  # still running when the wait gives up
    )
    result = submit(driver, client, rows, journal, max_batch_size=5, concurrency=1)
    failed, partial, slow = (c.job_id or "" for c in result.chunks)
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, transaction_dates=DATES
    ) as run:
        assert run.unfinished_jobs() == (failed, partial, slow)
        reports = run.wait_jobs(client, timeout=0.05)
        assert isinstance(reports[slow], JobTimeoutError)
        assert run.unfinished_jobs() == (slow,)  # a resume tracks only this one again
        tracker = JobTracker(client, hooks=[JournalJobHooks(run.journal)])
        chain = tracker.retry(failed)
        posts = len(fake.requests(RETRY))
        with pytest.raises(JournalError, match=f"job {failed} was retried already"):
            tracker.retry(failed)
        assert len(fake.requests(RETRY)) == posts  # refused before its request
        fake.set_job_outcome(slow, Outcome())
        final = run.wait_jobs(client)
        jobs = {j.job_id: j for j in run.journal.jobs()}
    assert set(final) == {chain.current_job_id, slow}
    assert (jobs[failed].write_status, jobs[failed].errors) == ("FAILURE", ("PMS said no",))
    assert (jobs[failed].retry, jobs[failed].final, jobs[failed].current) == (
        chain.current_job_id,
        True,
        False,
    )
    retried = jobs[chain.current_job_id]
    assert (retried.root_job_id, retried.chunk_id, retried.write_status) == (
        failed,
        result.chunks[0].chunk_id,
        "SUCCESS",
    )
    assert jobs[partial].write_status == "PARTIAL_SUCCESS" and jobs[partial].errors
    assert jobs[slow].write_status == "SUCCESS"
