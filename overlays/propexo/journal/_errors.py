"""Why a journal cannot be used: the errors live in `propexo._errors` with the others.

`JournalCorruptError` (a damaged file: `JournalError.damaged`) and `JournalStateError` (a step
the journal refuses) are the old names of `JournalError`, kept importable.
"""

from __future__ import annotations

from pathlib import Path

from .._errors import JournalError, JournalLockedError, JournalMismatchError

#: The old name of a `JournalError` whose file is damaged (`damaged` is True).
JournalCorruptError = JournalError
#: The old name of a `JournalError` for a step the journal refuses.
JournalStateError = JournalError


def corrupt(path: str | Path, message: str) -> JournalError:
    """The error for a file that is not a whole, consistent journal (`damaged`)."""
    return JournalError(path, message, damaged=True)


__all__ = ["JournalError", "JournalLockedError", "JournalMismatchError", "corrupt"]
