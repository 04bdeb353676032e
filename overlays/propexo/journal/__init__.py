"""Durable submissions: a write-ahead journal so that a crash never loses a charge or posts
it twice.

`JournaledSubmission.start(path, charges, ...)` creates the journal (one SQLite file per run)
or resumes it; `submit()` sends only chunks that were certainly not accepted; `reconcile()`
looks for in-doubt chunks at Propexo. `submit_journaled` does it all in one call. The `cli`
imports what else it needs from the private modules.
"""

from ._errors import (
    JournalCorruptError,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
    JournalStateError,
)
from ._journal import Journal
from ._model import ChunkEntry, ChunkState
from ._reconcile import Finding, Reconciliation
from ._submission import (
    JournaledSubmission,
    RunResult,
    asubmit_journaled,
    submit_journaled,
)

__all__ = [
    "ChunkEntry",
    "ChunkState",
    "Finding",
    "Journal",
    "JournalCorruptError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalStateError",
    "JournaledSubmission",
    "Reconciliation",
    "RunResult",
    "asubmit_journaled",
    "submit_journaled",
]
