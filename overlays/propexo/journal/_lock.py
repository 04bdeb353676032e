"""One process per journal: an exclusive, non-blocking `flock` on `<journal>.lock`.

The lock is taken before the journal is read or created and held until it is closed, so two
processes can never both send from one journal. The kernel drops it when its process dies
(SIGKILL included), so a crash leaves no stale lock behind; the small lock file stays, and
is never deleted (deleting it would let a third process lock a different file).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from ._errors import JournalError, JournalLockedError


def lock_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".lock")


class JournalLock:
    """Held from `acquire()` until `release()`."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.path: Path = lock_path(journal)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> JournalLock:
        if self._fd is not None:
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise JournalError(
                self.journal, f"cannot open its lock file {self.path}: {exc.strerror or exc}"
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            raise JournalLockedError(
                self.journal,
                f"is in use by another process{holder}; two processes never "
                "send from one journal (wait for it to finish, or stop it)",
            ) from None
        except OSError as exc:
            os.close(fd)
            raise JournalError(self.journal, f"cannot be locked: {exc.strerror or exc}") from None
        # Whoever holds the lock writes its pid, for the message above (a hint only).
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode().strip())
        return f" (pid {pid})"
    return ""
