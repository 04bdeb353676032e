"""What a job's answer says is server text: cleaned before anyone prints, writes or journals it."""

from __future__ import annotations

from propexo import JobTracker, PropexoClient

from tests.conftest import TOKEN
from tests.fake_propexo import FakePropexo, Outcome


def test_job_errors_and_record_ids_are_cleaned_and_capped(
    fake: FakePropexo, client: PropexoClient
) -> None:
    hostile = f"\x1b[2J\x1b[31mclosed period\u202e for Bearer {TOKEN}\r\nnext line"
    fake.queue_job_outcomes(
        Outcome("FAILURE", delay=0, errors=(hostile,) * 150, created_record_id="rec\x07-1")
    )
    (job_id,) = fake.create_jobs(1)

    status = JobTracker(client).status(job_id)

    assert len(status.errors) == 100
    (error,) = set(status.errors)
    assert TOKEN not in error and "\x1b" not in error and "\u202e" not in error
    assert "\r" not in error and "\n" not in error
    assert "closed period" in error and "next line" in error
    assert status.created_record_id == "rec-1"
