"""Durable submissions: a write-ahead journal so that a crash never loses a charge or posts
it twice.

`submit_charges` / `submit_plan` (re-exported by `propexo`) are the one way to send charges:
they create the journal (one SQLite file per run) or resume it, and send only chunks that were
certainly not accepted. `JournaledSubmission` is that journal for callers that also
`reconcile()` in-doubt chunks or wait on the jobs through it. The `cli` imports what else it
needs from `propexo.journal.internal`, never from the private modules.
"""

from ._errors import JournalCorruptError as JournalCorruptError
from ._errors import JournalError, JournalLockedError, JournalMismatchError
from ._errors import JournalStateError as JournalStateError
from ._journal import Journal
from ._model import ChunkEntry, ChunkState
from ._reconcile import Finding, Reconciliation
from ._submission import (
    JournaledSubmission,
    asubmit_charges,
    asubmit_plan,
    submit_charges,
    submit_plan,
)

__all__ = [
    "ChunkEntry",
    "ChunkState",
    "Finding",
    "Journal",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournaledSubmission",
    "Reconciliation",
    "asubmit_charges",
    "asubmit_plan",
    "submit_charges",
    "submit_plan",
]
