"""Durable submissions: a write-ahead journal so that a crash never loses a charge or posts
it twice.

`JournaledSubmission.start(path, charges, ...)` creates the journal (one SQLite file per run)
or resumes it; `submit()` sends only chunks that were certainly not accepted; `reconcile()`
looks for in-doubt chunks at Propexo. `submit_journaled` does it all in one call.
"""

from ._errors import (
    JournalCorruptError,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    JournalStateError,
)
from ._hooks import JournalHooks
from ._jobs import JournalJobHooks
from ._journal import Journal
from ._lock import JournalLock, lock_path
from ._model import (
    FINAL_STATUSES,
    ChunkEntry,
    ChunkState,
    Event,
    JobEntry,
    RunInfo,
    count_states,
)
from ._reconcile import SYNCED_CHARGES, WRITE_LOG, Finding, Reconciliation, reconcile
from ._schema import SCHEMA_VERSION
from ._submission import (
    JournaledSubmission,
    RunResult,
    asubmit_journaled,
    submit_journaled,
)

__all__ = [
    "FINAL_STATUSES",
    "SCHEMA_VERSION",
    "SYNCED_CHARGES",
    "WRITE_LOG",
    "ChunkEntry",
    "ChunkState",
    "Event",
    "Finding",
    "JobEntry",
    "Journal",
    "JournalCorruptError",
    "JournalError",
    "JournalHooks",
    "JournalJobHooks",
    "JournalLock",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalStateError",
    "JournaledSubmission",
    "Reconciliation",
    "RunInfo",
    "RunResult",
    "asubmit_journaled",
    "count_states",
    "lock_path",
    "reconcile",
    "submit_journaled",
]
