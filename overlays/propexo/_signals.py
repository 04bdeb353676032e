"""Stop signals handled as Ctrl-C: SIGTERM and SIGHUP take the path SIGINT already has.

`docker stop`, systemd, Kubernetes and deploys send SIGTERM, a closed ssh session SIGHUP; by
default either kills Python at once, mid-batch, with nothing recorded or reported. Inside
`with stop_on_signals():` each of SIGINT, SIGTERM and SIGHUP raises `Interrupted` (a
`KeyboardInterrupt` that remembers its signal) in the main thread, so the library's Ctrl-C
handling applies to all three: a batch submit takes no new chunk, ends the waits of the
chunks still waiting for their rate-limit slot or a retry (they stay unsent: a journal never
marks them "sending"), lets the requests already on the wire finish (bounded by their
timeout) and records their outcomes, then raises. A second signal raises again at once: the
submit stops waiting for the requests in flight (a journal then keeps them "sending", in
doubt, which is true: their bytes may have left).

`async with stop_on_signals():` does the same for asyncio: a signal cancels the task that
entered it (as `asyncio.run` does for Ctrl-C; a second one cancels again, which cancels the
requests in flight) and the block ends with `Interrupted`.

What a service should do on SIGTERM: wrap its work (the submit, the wait for jobs) in
`stop_on_signals()`, catch `Interrupted`, report and persist what was done (the outcomes so
far, or the journal, which already holds them), and exit with `error.exit_status` (128 + the
signal's number: 143 for SIGTERM, 129 SIGHUP, 130 SIGINT). A request on the wire is waited
for up to the client's timeout (60 s by default), so give the supervisor a longer grace
period (Docker: 10 s, Kubernetes: 30 s, then SIGKILL) or the client a shorter timeout;
otherwise the SIGKILL leaves those requests in doubt (a journal says so). With a journal, the
next run resumes: accepted chunks are never sent again, unsent ones are sent.

The previous handlers are restored when the block ends; a signal that was ignored (`nohup`
ignores SIGHUP) stays ignored. Signal handlers belong to the main thread: entered from
another thread, the block installs nothing.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterable
from types import FrameType
from typing import Any, Self

#: The signals that stop work: Ctrl-C, a supervisor's stop, a closed terminal (where they exist).
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Interrupted(KeyboardInterrupt):
    """A stop signal, raised where Ctrl-C's `KeyboardInterrupt` would be (it is one)."""

    def __init__(self, signum: int) -> None:
        self.signal: signal.Signals = signal.Signals(signum)
        super().__init__(self.signal.name)

    def __reduce__(self) -> tuple[type[Interrupted], tuple[int]]:
        # Pickled as its signal number: the default would pass its message ("SIGTERM").
        return type(self), (int(self.signal),)

    @property
    def exit_status(self) -> int:
        """The status a process stopped by this signal exits with, by shell convention."""
        return 128 + int(self.signal)


class StopSignals:
    """The context manager of `stop_on_signals` (sync `with`, or `async with`)."""

    def __init__(self, signals: Iterable[int] = STOP_SIGNALS) -> None:
        self.signals: tuple[signal.Signals, ...] = tuple(signal.Signals(s) for s in signals)
        #: The first stop signal received in the block, if any.
        self.received: signal.Signals | None = None
        self._previous: dict[signal.Signals, Any] = {}
        self._task: asyncio.Task[Any] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._cancels = 0  # cancellations of `_task` made by signals
        self._open = False

    def __enter__(self) -> Self:
        self._install(self._raise)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._restore()

    async def __aenter__(self) -> Self:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        self._install(self._cancel)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, *exc_info: object) -> None:
        self._restore()
        remaining = self._task.cancelling() if self._task is not None else 0
        for _ in range(self._cancels):  # ours are taken back, whatever the block did
            remaining = self._task.uncancel() if self._task is not None else 0
        cancelled = exc_type is not None and issubclass(exc_type, asyncio.CancelledError)
        if cancelled and self._cancels and remaining == 0 and self.received is not None:
            raise Interrupted(self.received) from None

    def _install(self, handler: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        self._open = True
        for signum in self.signals:
            if signal.getsignal(signum) is signal.SIG_IGN:
                continue  # ignored on purpose (nohup, a background job): stays ignored
            self._previous[signum] = signal.signal(signum, handler)

    def _restore(self) -> None:
        self._open = False
        for signum, previous in self._previous.items():
            signal.signal(signum, signal.SIG_DFL if previous is None else previous)
        self._previous.clear()

    def _note(self, signum: int) -> None:
        if self.received is None:
            self.received = signal.Signals(signum)

    def _raise(self, signum: int, frame: FrameType | None) -> None:
        self._note(signum)
        raise Interrupted(signum)

    def _cancel(self, signum: int, frame: FrameType | None) -> None:
        self._note(signum)
        if self._loop is not None:  # through the loop's wakeup: it may be asleep in select()
            self._loop.call_soon_threadsafe(self._cancel_task)

    def _cancel_task(self) -> None:
        if self._open and self._task is not None and self._task.cancel():
            self._cancels += 1


def stop_on_signals(signals: Iterable[int] = STOP_SIGNALS) -> StopSignals:
    """Within the block, SIGINT, SIGTERM and SIGHUP (or `signals`) stop the work as Ctrl-C
    does and end it with `Interrupted` (see the module docstring); `.received` names the
    signal. Sync: `with stop_on_signals():`; asyncio: `async with stop_on_signals():`."""
    return StopSignals(signals)
