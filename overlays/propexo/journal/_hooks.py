"""`JournalHooks`: the `ChunkHooks` that make a submission write-ahead."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from .._transport import SendGate
from ..charges import Chunk, ChunkHooks, ChunkResult
from ._journal import Journal
from ._model import ChunkState


class _ChunkGate:
    """The transport's `SendGate` for one chunk's request: the journal's "sending" mark is
    written once the pacing slot is held, and undone when an attempt certainly did not count."""

    def __init__(self, journal: Journal, chunk: Chunk, resend: bool) -> None:
        self.journal = journal
        self.chunk = chunk
        self.resend = resend
        self.before: ChunkState | None = None  # the state before the mark, while marked

    def sending(self) -> None:
        if self.before is None:
            self.before = self.journal.mark_sending(self.chunk, resend=self.resend)

    def not_sent(self) -> None:
        if self.before is not None:
            before, self.before = self.before, None
            self.journal.mark_not_sent(
                self.chunk.id, before, "the attempt was not processed; waiting to retry"
            )


class JournalHooks:
    """Checks each chunk against the journal before its request, has it marked "sending" (on
    disk) as the last step before the request leaves, once the rate limit's slot is held (not
    before the wait for it), and writes its outcome as the first step after it.

    A chunk whose process dies while it waits for its slot (or for a retry after a 429) is
    therefore still "planned" (or as it was), certainly unsent, and a plain resume sends it.
    Other hooks (`around`) run before the check and after the outcome is written: a hook that
    raises before the mark leaves its chunk unsent, and a slow progress display never delays
    the journal.

    `before_send` gives the chunk's `SendGate` back to the sender, which passes it to the
    transport with the request itself (`propexo._transport.SEND_GATES`). Like every chunk
    hook, both steps run in a worker thread under asyncio: the journal's reads and fsynced
    writes never block the event loop.
    """

    def __init__(
        self, journal: Journal, *, resend_unknown: bool = False, around: Sequence[ChunkHooks] = ()
    ) -> None:
        self.journal = journal
        self.resend_unknown = resend_unknown
        self.around: tuple[ChunkHooks, ...] = tuple(around)
        self._gates: dict[str, _ChunkGate] = {}
        self._lock = threading.Lock()

    def before_send(self, chunk: Chunk) -> SendGate:
        for hook in self.around:
            hook.before_send(chunk)
        self.journal.check_sendable(chunk, resend=self.resend_unknown)
        gate = _ChunkGate(self.journal, chunk, self.resend_unknown)
        with self._lock:
            self._gates[chunk.id] = gate
        return gate

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        with self._lock:
            gate = self._gates.pop(chunk.id, None)
        if gate is not None and gate.before is None:
            # Never left (it failed before its request): its state stays as it was.
            self.journal.record_unsent(chunk.id, result.error)
        else:
            self.journal.record_result(result)
        for hook in self.around:
            hook.after_send(chunk, result)
