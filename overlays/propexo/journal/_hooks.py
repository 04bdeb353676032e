"""`JournalHooks`: the `ChunkHooks` that make a submission write-ahead."""

from __future__ import annotations

from collections.abc import Sequence

from ..charges import Chunk, ChunkHooks, ChunkResult
from ._journal import Journal


class JournalHooks:
    """Marks each chunk "sending" (on disk) as the last step before its request, and writes
    its outcome as the first step after it.

    Other hooks (`around`) run before the mark and after the outcome is written: a hook that
    raises before the mark leaves its chunk "planned", certainly unsent, and a slow progress
    display never delays the journal.
    """

    def __init__(
        self, journal: Journal, *, resend_unknown: bool = False, around: Sequence[ChunkHooks] = ()
    ) -> None:
        self.journal = journal
        self.resend_unknown = resend_unknown
        self.around: tuple[ChunkHooks, ...] = tuple(around)

    def before_send(self, chunk: Chunk) -> None:
        for hook in self.around:
            hook.before_send(chunk)
        self.journal.mark_sending(chunk, resend=self.resend_unknown)

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        self.journal.record_result(result)
        for hook in self.around:
            hook.after_send(chunk, result)
