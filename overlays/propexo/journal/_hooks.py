"""`JournalHooks`: the `ChunkHooks` that make a submission write-ahead."""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence

from .._flow import Blocking, Flow, blocking, run
from .._transport import arm_send_gate
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
    """Marks each chunk "sending" (on disk) as the last step before its request leaves, once
    the rate limit's slot is held (not before the wait for it), and writes its outcome as the
    first step after it.

    A chunk whose process dies while it waits for its slot (or for a retry after a 429) is
    therefore still "planned" (or as it was), certainly unsent, and a plain resume sends it.
    Other hooks (`around`) run before the mark and after the outcome is written: a hook that
    raises before the mark leaves its chunk unsent, and a slow progress display never delays
    the journal.

    The steps are flows (`ChunkFlowHooks`): the journal's reads and fsynced writes are
    `Blocking` effects, run in a worker thread under asyncio (never on the event loop), and
    the chunk's flow goes on only once each is done. The send gate is armed in the flow
    itself, so in the thread or task that sends the chunk's request.
    """

    def __init__(
        self, journal: Journal, *, resend_unknown: bool = False, around: Sequence[ChunkHooks] = ()
    ) -> None:
        self.journal = journal
        self.resend_unknown = resend_unknown
        self.around: tuple[ChunkHooks, ...] = tuple(around)
        self._gates: dict[str, _ChunkGate] = {}
        self._lock = threading.Lock()

    def before_flow(self, chunk: Chunk) -> Flow[None]:
        for hook in self.around:
            hook.before_send(chunk)
        check = functools.partial(self.journal.check_sendable, chunk, resend=self.resend_unknown)
        yield Blocking(check)
        gate = _ChunkGate(self.journal, chunk, self.resend_unknown)
        with self._lock:
            self._gates[chunk.id] = gate
        arm_send_gate(gate)  # this thread's (or task's) next write is this chunk's request

    def after_flow(self, chunk: Chunk, result: ChunkResult) -> Flow[None]:
        arm_send_gate(None)
        with self._lock:
            gate = self._gates.pop(chunk.id, None)
        if gate is not None and gate.before is None:
            # Never left (it failed before its request): its state stays as it was.
            yield Blocking(functools.partial(self.journal.record_unsent, chunk.id, result.error))
        else:
            yield Blocking(functools.partial(self.journal.record_result, result))
        for hook in self.around:
            hook.after_send(chunk, result)

    def before_send(self, chunk: Chunk) -> None:
        run(self.before_flow(chunk), blocking)

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        run(self.after_flow(chunk, result), blocking)
