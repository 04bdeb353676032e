"""`JobHooks`: where a caller (such as a durable journal) learns what a tracker sees."""

from __future__ import annotations

from ._model import JobChain, JobStatus


class JobHooks:
    """Called by a tracker one at a time for a wait or a watch: in the caller's thread (sync;
    a watch's iterating thread), in a worker thread under asyncio, never on the event loop (a
    journal's fsynced write may block), the tracker going on once the call returns. Subclass
    and override what you need; the defaults do nothing."""

    def on_status(self, status: JobStatus) -> None:
        """Every status a poll brought, PENDING ones included."""

    def before_retry(self, status: JobStatus) -> None:
        """Right before the retry of a FAILURE is sent; raising here keeps it unsent."""

    def after_retry(self, chain: JobChain) -> None:
        """Right after the API answered a retry: `chain.current_job_id` is the new job."""
