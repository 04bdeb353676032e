"""The job tracker's view, journaled: a thin `JobHooks` adapter over `Journal`.

Each status change a tracker sees is written to the journal (repeated PENDING polls are
not), and a retry is written ahead like a chunk: marked before its request, its new job
recorded after, so that a crash can never make a job be retried twice.
"""

from __future__ import annotations

from ..jobs import JobChain, JobHooks, JobStatus
from ._journal import Journal


class JournalJobHooks(JobHooks):
    """Give this to a `JobTracker` (or `AsyncJobTracker`) tracking a journal's jobs."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._known = {j.job_id for j in journal.jobs()}
        self._last: dict[str, tuple[object, ...]] = {}

    def on_status(self, status: JobStatus) -> None:
        seen = (str(status.write_status), status.errors, status.created_record_id)
        if status.job_id not in self._known or self._last.get(status.job_id) == seen:
            return  # another run's job, or nothing new
        self.journal.record_job_status(
            status.job_id,
            str(status.write_status),
            errors=status.errors,
            created_record_id=status.created_record_id,
        )
        self._last[status.job_id] = seen

    def before_retry(self, status: JobStatus) -> None:
        self.journal.mark_retrying(status.job_id)

    def after_retry(self, chain: JobChain) -> None:
        old, new = chain.job_ids[-2], chain.current_job_id
        self.journal.record_retry(old, new)
        self._known.add(new)
