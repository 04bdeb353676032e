"""Reconciliation against the fake: write logs first, synced charges second, never a send."""

from __future__ import annotations

from pathlib import Path

from propexo import PropexoClient, submit_charges
from propexo.journal import (
    ChunkState,
    Journal,
    JournaledSubmission,
)
from propexo.journal._reconcile import SYNCED_CHARGES, WRITE_LOG

from tests.conftest import DATES, RM
from tests.fake_propexo import FakePropexo, Fault, Outcome
from tests.journal_support import accepted_references, batch_posts, rows_for

BATCH_ROUTE = "POST /v1/resident-charges/batch/*"
WRITE_LOGS = "/v1/admin/logs/writes/"
SYNCED = "/v1/resident-charges/"


def _dropped_run(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient, count: int = 12, size: int = 4
) -> tuple[Path, list[dict[str, object]], str]:
    """A run whose first chunk reached the fake but got no answer: (journal, rows, job id)."""
    rows = rows_for(fake, count)
    journal = tmp_path / "run.journal"
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)
    result = submit_charges(
        client,
        rows,
        journal=journal,
        integration_id=RM,
        max_batch_size=size,
        concurrency=1,
        transaction_dates=DATES,
    )
    assert [c.outcome for c in result.in_doubt] == ["unknown"]
    job_id = fake.batch_requests()[0].job_id
    assert job_id
    return journal, rows, job_id


def _reconcile(journal: Path, client: PropexoClient) -> JournaledSubmission:
    run = JournaledSubmission.resume(journal)
    run.reconcile(client)
    return run


def test_a_chunk_found_in_the_write_logs_gets_its_job_id(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    journal, _, job_id = _dropped_run(tmp_path, fake, client)
    posts = batch_posts(fake)
    with JournaledSubmission.resume(journal) as run:
        found = run.reconcile(client)
        entry = run.chunks()[0]
        events = [e for e in run.journal.events() if e.kind == "resolved"]
    assert [(f.found, f.source, f.job_id, f.matched) for f in found.findings] == [
        (True, WRITE_LOG, job_id, 4)
    ]
    assert (entry.state, entry.job_id, entry.resolved_by) == (
        ChunkState.ACCEPTED,
        job_id,
        WRITE_LOG,
    )
    assert len(events) == 1 and job_id in (events[0].detail or "")
    assert batch_posts(fake) == posts  # reconciling sends nothing
    assert [r.method for r in fake.requests()[-1:]] == ["GET"]


def test_without_write_logs_the_synced_charges_decide(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    journal, _, _ = _dropped_run(tmp_path, fake, client)
    fake.inject(Fault.http(403), f"GET {WRITE_LOGS}", times=None)
    with JournaledSubmission.resume(journal) as run:
        found = run.reconcile(client)
        entry = run.chunks()[0]
    (finding,) = found.findings
    assert (finding.found, finding.source, finding.job_id) == (True, SYNCED_CHARGES, None)
    assert "all 4 charges are among the synced resident charges" in finding.note
    assert (entry.state, entry.resolved_by) == (ChunkState.ACCEPTED, SYNCED_CHARGES)
    synced_reads = [r for r in fake.requests() if r.route == SYNCED]
    residents = {r.query["resident_id"][0] for r in synced_reads}
    assert len(synced_reads) == len(residents) == 4  # one read per resident of the chunk


def test_a_pending_write_stays_in_doubt_until_it_finishes(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    fake.queue_job_outcomes(Outcome(delay=10_000))  # the dropped chunk's job never ends...
    journal, _, job_id = _dropped_run(tmp_path, fake, client)
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
        assert not finding.found and "a write still PENDING is not listed yet" in finding.note
        assert run.chunks()[0].state is ChunkState.UNKNOWN
        fake.set_job_outcome(job_id, Outcome())  # ...until now
        (finding,) = run.reconcile(client).findings
        assert (finding.found, finding.job_id) == (True, job_id)


def test_a_chunk_that_never_left_is_not_found(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 10)
    journal = tmp_path / "run.journal"
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, max_batch_size=5, transaction_dates=DATES
    ) as run:
        run.journal.mark_sending(run.plan.chunks[1])  # as if killed before the body left
    run = _reconcile(journal, client)
    with run:
        entries = run.chunks()
        (finding,) = run.reconcile(client).findings
    assert [e.state for e in entries] == [ChunkState.PLANNED, ChunkState.SENDING]
    assert not finding.found and finding.matched == 0
    assert "in no write log and not among the synced charges" in finding.note
    assert batch_posts(fake) == 0


def test_a_partly_synced_chunk_stays_in_doubt(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """Without write logs, 3 of 4 charges seen is not enough to call the chunk accepted."""
    fake.queue_job_outcomes(Outcome("PARTIAL_SUCCESS", failed_indices=(2,)))
    journal, _, _ = _dropped_run(tmp_path, fake, client)
    fake.inject(Fault.http(403), f"GET {WRITE_LOGS}", times=None)
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
        assert run.chunks()[0].state is ChunkState.UNKNOWN
    assert (finding.found, finding.matched, finding.size) == (False, 3, 4)
    assert "3 of its 4 charges are among the synced charges" in finding.note
    assert "HTTP 403" in finding.note


def test_write_logs_are_read_page_by_page(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """The dropped chunk is the oldest of 15 writes; with 100 per page it is on page 1 of 1,
    so 105 other single-charge writes push it to page 2."""
    journal, rows, job_id = _dropped_run(tmp_path, fake, client, count=15, size=1)
    others = rows_for(fake, 105, start=1000)
    assert submit_charges(
        client,
        others,
        journal=tmp_path / "other.journal",
        integration_id=RM,
        max_batch_size=1,
        transaction_dates=DATES,
    ).ok
    before = len(fake.requests(WRITE_LOGS))
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
    assert (finding.found, finding.job_id) == (True, job_id)
    pages = fake.requests(WRITE_LOGS)[before:]
    assert [p.query["offset"] for p in pages] == [["0"], ["100"]]
    assert all(p.query["write_category"] == ["resident_charges"] for p in pages)
    assert pages[0].query["time_range"] == ["hour"]
    assert sum(accepted_references(fake).values()) == len(rows) + len(others)


def test_a_chunk_posted_twice_is_reported(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """Resending a chunk that had in fact arrived is the double post the journal exists to
    prevent: when the user forces it, reconciliation says so."""
    journal, rows, job_id = _dropped_run(tmp_path, fake, client)
    fake.inject(Fault.drop_after(), BATCH_ROUTE, times=1)
    resent = submit_charges(
        client,
        rows,
        journal=journal,
        integration_id=RM,
        resend_unknown=True,
        transaction_dates=DATES,
    )
    assert [c.outcome for c in resent.in_doubt] == ["unknown"]
    with JournaledSubmission.resume(journal) as run:
        (finding,) = run.reconcile(client).findings
    second = fake.batch_requests()[-1].job_id
    assert (finding.found, finding.job_id) == (True, job_id)
    assert f"also logged as job(s) {second}: posted more than once" in finding.note
    with Journal.open(journal) as reopened:
        assert reopened.chunks()[0].attempts == 2
