"""Why a journal cannot be used. None of these ever holds the bearer token."""

from __future__ import annotations

from pathlib import Path

from .._errors import PropexoError


class JournalError(PropexoError):
    """A journal cannot be used as asked; `path` is the journal file."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path: Path = Path(path)
        self.message = message
        super().__init__(f"journal {self.path}: {message}")


class JournalLockedError(JournalError):
    """Another process holds the journal: two processes never send from one journal."""


class JournalMismatchError(JournalError, ValueError):
    """The journal belongs to another input, plan, integration or API: it is not resumed."""


class JournalCorruptError(JournalError):
    """The file is not a whole, consistent journal (truncated, damaged, or something else).

    Never answered with a fresh start: a fresh start would send accepted chunks again."""


class JournalStateError(JournalError):
    """A step the journal refuses, such as sending a chunk that was already accepted."""
