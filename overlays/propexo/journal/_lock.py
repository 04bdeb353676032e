"""One process per journal file, however it is named: exclusive, non-blocking `flock`s.

Two locks, taken before the journal is read or created and held until it is closed:

- `<journal>.lock`, beside the journal's resolved path (symlinks and `..` followed), so that
  every spelling of one path (`j.sqlite`, `./a/../j.sqlite`, a symlink to it) takes the same
  lock, even before the journal exists (two processes creating it);
- the journal file itself, once it exists: a lock on the open file, so on its identity
  (device and inode), which also holds against a hard link or a bind mount of it.

So two processes can never both send from one journal. The kernel drops both locks when
their process dies (SIGKILL included), so a crash leaves no stale lock behind; the small lock
file stays, and is never deleted (deleting it would let a third process lock a different
file). `flock` locks are apart from SQLite's own (POSIX) locks on Linux and the BSDs; the
journal's descriptor is closed only after SQLite's connection (closing it would drop them).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from ._errors import JournalError, JournalLockedError

_BUSY = "two processes never send from one journal (wait for it to finish, or stop it)"


def resolved(journal: Path) -> Path:
    """The journal's path with symlinks and `..` followed (as far as they exist)."""
    return Path(os.path.realpath(journal))


def lock_path(journal: Path) -> Path:
    real = resolved(journal)
    return real.with_name(real.name + ".lock")


class JournalLock:
    """Held from `acquire()` until `release()`."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal
        self.path: Path = lock_path(journal)
        self._fd: int | None = None  # the lock file's
        self._file_fd: int | None = None  # the journal file's, once it exists

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> JournalLock:
        """Take the lock file's lock, then the journal file's when it exists (call it again
        once a new journal is in place: it takes only what it lacks)."""
        took = self._fd is None
        if took:
            self._fd = self._lock_file()
        if self._file_fd is None:
            try:
                self._file_fd = self._lock_journal()
            except BaseException:
                if took:
                    self.release()
                raise
        return self

    def _lock_file(self) -> int:
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
                self.journal, f"is in use by another process{holder}; {_BUSY}"
            ) from None
        except OSError as exc:
            os.close(fd)
            raise JournalError(self.journal, f"cannot be locked: {exc.strerror or exc}") from None
        # Whoever holds the lock writes its pid, for the message above (a hint only).
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd

    def _lock_journal(self) -> int | None:
        """The journal file's own lock; None while there is no journal file yet."""
        try:
            fd = os.open(self.journal, os.O_RDONLY | os.O_CLOEXEC)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise JournalError(self.journal, f"cannot be opened: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise JournalLockedError(
                self.journal,
                f"is in use by another process, through another name of the same file (a "
                f"hard link); {_BUSY}",
            ) from None
        except OSError as exc:
            os.close(fd)
            raise JournalError(self.journal, f"cannot be locked: {exc.strerror or exc}") from None
        return fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        file_fd, self._file_fd = self._file_fd, None
        if file_fd is not None:
            os.close(file_fd)
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the descriptor drops the flock


def _holder(fd: int) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(os.pread(fd, 32, 0).decode().strip())
        return f" (pid {pid})"
    return ""
