"""`Journal`: one run's write-ahead record in one SQLite file (rollback journal, fsynced).

Everything committed lives in that one file: SQLite's rollback journal (`journal_mode=DELETE`)
holds only the transaction in progress and is deleted when it commits, and
`synchronous=EXTRA` fsyncs the file (and the directory, for the deletion) before a commit
returns. So the file alone, copied anywhere between two writes, is the whole journal (in WAL
mode the last commits lived in a `-wal` file beside it, and a copy of the file alone resent
accepted chunks). A journal written in WAL mode by an earlier client is converted when it is
opened: SQLite first copies its WAL into the file.

A chunk is marked "sending" and that mark is on disk before its request leaves, as the last
step before (once the pacing slot is held: see `JournalHooks`); an attempt that was certainly
not processed (429, no connection) puts it back as it was while the client waits to retry;
its outcome is written as soon as it is known. Whatever kills the process, the journal then
says which chunks were certainly accepted, which certainly were not, and which are in doubt.
Server text (errors, statuses) is journaled cleaned (see `clean_text`).

Opening a journal takes its lock, checks that the file is a whole journal of this schema,
and rebuilds the plan from the stored charges to check it against the stored fingerprints:
a damaged journal is an error, never a fresh start. A journal just created keeps the very plan
it was made for, once the fingerprints it wrote are found to be that plan's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .._closing import Closing
from .._sanitize import MAX_MESSAGE_LENGTH, clean_text
from .._version import __version__
from ..charges import Chunk, ChunkResult, Outcome, Plan
from ..charges.internal import make_plan
from ..jobs.internal import MAX_JOB_ERRORS
from ._errors import JournalError, JournalMismatchError, corrupt
from ._lock import JournalLock, resolved
from ._model import ChunkEntry, ChunkState, Event, JobEntry, RunInfo
from ._schema import (
    INSERT_ROW,
    SCHEMA_VERSION,
    check_header,
    check_schema,
    create_schema,
    row_values,
    stored_charge,
)

_OUTCOME_STATES = {
    Outcome.ACCEPTED: ChunkState.ACCEPTED,
    Outcome.REJECTED: ChunkState.REJECTED,
    Outcome.UNKNOWN: ChunkState.UNKNOWN,
}
log = logging.getLogger(__name__)
_ERROR_LENGTH = 2 * MAX_MESSAGE_LENGTH
_CHUNK_COLUMNS = (
    "idx, chunk_id, partition, size, fingerprint, state, job_id, status_code, "
    "error, attempts, resolved_by, updated_at"
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


#: No WAL: a commit is in the file itself, so that the file alone is the whole journal.
JOURNAL_MODE = "delete"
#: SQLite's (primary) error codes of a file that cannot be written, as opposed to a damaged one.
_CANNOT_WRITE = frozenset(
    {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN}
)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE ... COMMIT) below.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # Every commit is fsynced before it returns; EXTRA also syncs the directory once the
    # rollback journal is deleted (that deletion is the commit: lost, it would undo it).
    conn.execute("PRAGMA synchronous = EXTRA")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _use_rollback_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Switch to `JOURNAL_MODE` (a no-op on a journal in it already). A WAL journal of an
    earlier client is checkpointed into the file first (SQLite does it as it switches), so
    nothing committed in its `-wal` is lost."""
    mode = str(conn.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0]).lower()
    if mode != JOURNAL_MODE:
        raise JournalError(
            path, f"cannot use journal_mode {JOURNAL_MODE} (SQLite answered {mode!r})"
        )


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _entry(row: tuple[Any, ...]) -> ChunkEntry:
    return ChunkEntry(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        ChunkState(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        row[11],
    )


class Journal(Closing):
    """A run's journal, locked for this object's life. Thread-safe: the submission's worker
    threads record through one connection, one transaction at a time."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: JournalLock) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self._mutex = threading.Lock()
        self._plan: Plan | None = None
        self.run: RunInfo = self._read_run()

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | Path, plan: Plan, *, base_url: str, lock: JournalLock | None = None
    ) -> Journal:
        """A new journal for `plan`. The file appears whole or not at all: it is written
        under a temporary name, synced, and then renamed into place. A file that cannot be
        written (disk full, file size limit, no permission) is a `JournalError` naming the
        OS's reason, raised before anything is sent."""
        path = Path(path)
        lock = (lock or JournalLock(path)).acquire()
        try:
            if path.exists():
                raise JournalError(path, "already exists; open it to resume")
            if not plan.chunks:
                raise JournalError(path, "a journal needs a plan with at least one chunk")
            # Written where a symlink points (it stays a symlink to the journal).
            target = resolved(path)
            tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            try:
                tmp.unlink(missing_ok=True)
                try:
                    _write_file(tmp, _new_image(plan, base_url))
                    os.replace(tmp, target)
                finally:
                    tmp.unlink(missing_ok=True)
            except OSError as exc:
                raise JournalError(path, f"cannot be created: {exc.strerror or exc}") from None
            _fsync_dir(target.parent)
            return cls._open_locked(path, lock, event=("created", f"pid {os.getpid()}"), plan=plan)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: str | Path, *, lock: JournalLock | None = None) -> Journal:
        """An existing journal, checked whole; raises `JournalLockedError` when another
        process holds it and a `JournalError` (`damaged`) when it is not a whole journal."""
        path = Path(path)
        lock = (lock or JournalLock(path)).acquire()
        try:
            if not path.exists():
                raise JournalError(path, "does not exist")
            return cls._open_locked(path, lock, event=("opened", f"pid {os.getpid()}"))
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(
        cls, path: Path, lock: JournalLock, event: tuple[str, str], plan: Plan | None = None
    ) -> Journal:
        """The journal at `path` checked: its plan rebuilt from the stored charges, or (just
        created) `plan` itself, kept once the stored fingerprints are found to be its."""
        lock.acquire()  # the file's own lock too, now that it exists
        check_header(path)
        try:
            conn = _connect(path)
        except sqlite3.Error as exc:
            raise corrupt(path, f"cannot be opened ({exc})") from None
        try:
            check_schema(conn, path)
            _use_rollback_journal(conn, path)
            journal = cls(path, conn, lock)
            if plan is None:
                journal.plan()  # rebuilds and checks the stored plan
            else:
                journal._plan = journal._checked(plan)
            with journal._transaction() as tx:
                journal._event(tx, event[0], None, None, event[1])
            return journal
        except sqlite3.DatabaseError as exc:
            conn.close()
            if exc.sqlite_errorcode & 0xFF in _CANNOT_WRITE:  # the disk, not the journal
                raise JournalError(path, f"cannot be written ({exc})") from None
            raise corrupt(path, f"is damaged ({exc})") from None
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        """Close the file (every commit is in it already) and release the lock."""
        with self._mutex:
            if self._lock.held:
                self._conn.close()
                self._lock.release()

    def __repr__(self) -> str:
        return (
            f"Journal({str(self.path)!r}, integration_id={self.run.integration_id!r}, "
            f"chunks={self.run.chunk_count})"
        )

    def check_base_url(self, base_url: str) -> None:
        """Refuse a client of another API than the journal's: its accepted chunks are there,
        and a journal (a file anyone may hand over) never chooses where the token goes."""
        if base_url.rstrip("/") != self.run.base_url.rstrip("/"):
            raise JournalMismatchError(
                self.path,
                f"records a run against {clean_text(self.run.base_url, limit=200)}, not "
                f"{base_url}; its accepted chunks are there. Use that API's base URL "
                "(--base-url) only if you trust this journal",
            )

    # -- reading ---------------------------------------------------------------------------

    def _read_run(self) -> RunInfo:
        try:
            rows = self._conn.execute(
                "SELECT created_at, client_version, base_url, vendor, integration_id, "
                "max_batch_size, input_fingerprint, plan_fingerprint, charge_count, chunk_count "
                "FROM run"
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            raise corrupt(self.path, f"has no readable run record ({exc})") from None
        if len(rows) != 1:
            raise corrupt(self.path, "has no run record (it was never completed)")
        return RunInfo(SCHEMA_VERSION, *rows[0])

    def plan(self) -> Plan:
        """The plan, rebuilt from the stored charges and checked against every stored
        fingerprint (so that a damaged or edited journal is caught, not trusted)."""
        if self._plan is None:
            self._plan = self._rebuild_plan()
        return self._plan

    def _rebuild_plan(self) -> Plan:
        run = self.run
        stored = self._conn.execute(
            "SELECT r.row, r.charge, c.partition FROM rows r JOIN chunks c ON c.idx = r.chunk_idx "
            "ORDER BY r.row"
        ).fetchall()
        if [r[0] for r in stored] != list(range(1, run.charge_count + 1)):
            raise corrupt(self.path, f"holds {len(stored)} of its {run.charge_count} charges")
        try:
            charges = [stored_charge(r[1]) for r in stored]
            plan = make_plan(
                charges,
                [r[2] for r in stored],
                vendor=run.vendor,
                integration_id=run.integration_id,
                max_batch_size=run.max_batch_size,
            )
        except (TypeError, ValueError) as exc:
            raise corrupt(self.path, f"holds an unreadable charge ({exc})") from None
        return self._checked(plan)

    def _checked(self, plan: Plan) -> Plan:
        """`plan`, when the stored run and chunks carry its fingerprints."""
        run = self.run
        chunks = [(c.index, c.id, c.fingerprint, len(c)) for c in plan.chunks]
        recorded = self._conn.execute(
            "SELECT idx, chunk_id, fingerprint, size FROM chunks ORDER BY idx"
        ).fetchall()
        if (
            plan.fingerprint != run.plan_fingerprint
            or plan.input_fingerprint != run.input_fingerprint
            or chunks != [tuple(r) for r in recorded]
            or len(chunks) != run.chunk_count
        ):
            raise corrupt(self.path, "does not match its own fingerprints (damaged or edited)")
        return plan

    def chunks(self) -> tuple[ChunkEntry, ...]:
        """Every chunk's journaled state, in plan order."""
        with self._mutex:
            rows = self._conn.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks ORDER BY idx"
            ).fetchall()
        return tuple(_entry(r) for r in rows)

    def entry(self, chunk_id: str) -> ChunkEntry:
        with self._mutex:
            row = self._conn.execute(
                f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE chunk_id = ?", (chunk_id,)
            ).fetchone()
        if row is None:
            raise KeyError(chunk_id)
        return _entry(row)

    def jobs(self) -> tuple[JobEntry, ...]:
        with self._mutex:
            rows = self._conn.execute(
                "SELECT j.job_id, c.chunk_id, j.root_job_id, j.write_status, j.errors, "
                "j.created_record_id, j.checked_at, j.retry FROM jobs j JOIN chunks c "
                "ON c.idx = j.chunk_idx ORDER BY j.rowid"
            ).fetchall()
        return tuple(
            JobEntry(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7])
            for r in rows
        )

    def events(self) -> tuple[Event, ...]:
        with self._mutex:
            rows = self._conn.execute(
                "SELECT e.seq, e.at, e.kind, c.chunk_id, e.state, e.detail FROM events e "
                "LEFT JOIN chunks c ON c.idx = e.chunk_idx ORDER BY e.seq"
            ).fetchall()
        return tuple(Event(*r) for r in rows)

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One durable transaction: on disk when the block ends without an error."""
        if not self._lock.held:
            raise JournalError(self.path, "is closed")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            if self._conn.in_transaction:  # SQLite ends it itself on an I/O error or a full disk
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _event(
        self,
        tx: sqlite3.Connection,
        kind: str,
        idx: int | None,
        state: str | None,
        detail: str | None,
    ) -> None:
        tx.execute(
            "INSERT INTO events (at, kind, chunk_idx, state, detail) VALUES (?, ?, ?, ?, ?)",
            (_now(), kind, idx, state, detail),
        )

    def _current(self, tx: sqlite3.Connection, chunk_id: str) -> ChunkEntry:
        row = tx.execute(
            f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE chunk_id = ?", (chunk_id,)
        ).fetchone()
        if row is None:
            raise JournalError(self.path, f"has no chunk {chunk_id}")
        return _entry(row)

    def check_sendable(self, chunk: Chunk, *, resend: bool = False) -> ChunkState:
        """The chunk's state, when `mark_sending` would accept it; raises otherwise."""
        with self._mutex:
            return self._sendable(self._conn, chunk, resend).state

    def _sendable(self, tx: sqlite3.Connection, chunk: Chunk, resend: bool) -> ChunkEntry:
        """The chunk's entry, when it may be sent; raises otherwise."""
        entry = self._current(tx, chunk.id)
        if entry.fingerprint != chunk.fingerprint:
            raise JournalError(self.path, f"chunk {chunk.id} is not the journaled one")
        if entry.state is ChunkState.ACCEPTED:
            raise JournalError(
                self.path,
                f"chunk {chunk.id} was accepted (job {entry.job_id}): it is never sent again",
            )
        if entry.state.in_doubt and not resend:
            raise JournalError(
                self.path,
                f"chunk {chunk.id} is {entry.state}: its request may have been "
                "processed; reconcile it, or resend it explicitly",
            )
        return entry

    def mark_sending(self, chunk: Chunk, *, resend: bool = False) -> ChunkState:
        """Write ahead: `chunk` is about to be sent. Refuses an accepted chunk always, and an
        in-doubt one unless `resend` (the user's explicit decision). Returns the state it
        had, for `mark_not_sent`."""
        with self._mutex, self._transaction() as tx:
            entry = self._sendable(tx, chunk, resend)
            tx.execute(
                "UPDATE chunks SET state = 'sending', attempts = attempts + 1, "
                "updated_at = ? WHERE idx = ?",
                (_now(), entry.index),
            )
            detail = f"resend after {entry.state}" if entry.state.in_doubt else None
            self._event(tx, "sending", entry.index, "sending", detail)
        log.info("journal %s: chunk %s %s -> sending", self.path.name, chunk.id, entry.state)
        return entry.state

    def mark_not_sent(self, chunk_id: str, state: ChunkState, detail: str) -> None:
        """The request of a chunk marked "sending" was certainly not processed (a 429, a
        connection that never opened): back to `state`, its state before the mark."""
        with self._mutex, self._transaction() as tx:
            entry = self._current(tx, chunk_id)
            if entry.state is not ChunkState.SENDING:
                raise JournalError(self.path, f"chunk {chunk_id} is {entry.state}, not sending")
            tx.execute(
                "UPDATE chunks SET state = ?, updated_at = ? WHERE idx = ?",
                (str(state), _now(), entry.index),
            )
            self._event(tx, "not sent", entry.index, str(state), clean_text(detail))
        log.info("journal %s: chunk %s sending -> %s (%s)", self.path.name, chunk_id, state, detail)

    def record_unsent(self, chunk_id: str, error: str | None) -> None:
        """A chunk's send failed before its request left (it was never marked "sending"):
        its state stays as it is; the failure is kept as an event."""
        with self._mutex, self._transaction() as tx:
            entry = self._current(tx, chunk_id)
            self._event(tx, "not sent", entry.index, str(entry.state), clean_text(error or ""))
        log.info("journal %s: chunk %s not sent (%s)", self.path.name, chunk_id, error)

    def record_result(self, result: ChunkResult) -> None:
        """The outcome of a request whose chunk is marked "sending"."""
        state = _OUTCOME_STATES[result.outcome]
        # error_message capped the server's part already; this catches anything else.
        error = None if result.error is None else clean_text(result.error, limit=_ERROR_LENGTH)
        with self._mutex, self._transaction() as tx:
            entry = self._current(tx, result.chunk_id)
            if entry.state is not ChunkState.SENDING:
                raise JournalError(
                    self.path, f"chunk {result.chunk_id} is {entry.state}, not sending"
                )
            tx.execute(
                "UPDATE chunks SET state = ?, job_id = ?, status_code = ?, error = ?, "
                "resolved_by = 'response', updated_at = ? WHERE idx = ?",
                (str(state), result.job_id, result.status_code, error, _now(), entry.index),
            )
            if result.job_id:
                self._add_job(tx, result.job_id, entry.index)
            self._event(tx, "outcome", entry.index, str(state), result.job_id or error)
        log.info(
            "journal %s: chunk %s sending -> %s%s",
            self.path.name,
            result.chunk_id,
            state,
            f" (job {result.job_id})" if result.job_id else "",
        )

    def record_found(self, chunk_id: str, *, source: str, job_id: str | None, detail: str) -> None:
        """Reconciliation found an in-doubt chunk's charges at Propexo: it was accepted."""
        with self._mutex, self._transaction() as tx:
            entry = self._current(tx, chunk_id)
            if not entry.state.in_doubt:
                raise JournalError(
                    self.path,
                    f"chunk {chunk_id} is {entry.state}, not in doubt: nothing to reconcile",
                )
            tx.execute(
                "UPDATE chunks SET state = 'accepted', job_id = ?, error = NULL, "
                "resolved_by = ?, updated_at = ? WHERE idx = ?",
                (job_id, source, _now(), entry.index),
            )
            if job_id:
                self._add_job(tx, job_id, entry.index)
            self._event(tx, "resolved", entry.index, "accepted", clean_text(f"{source}: {detail}"))
        log.info(
            "journal %s: chunk %s %s -> accepted (%s)",
            self.path.name,
            chunk_id,
            entry.state,
            source,
        )

    def _add_job(
        self, tx: sqlite3.Connection, job_id: str, idx: int, root_job_id: str | None = None
    ) -> None:
        tx.execute(
            "INSERT OR IGNORE INTO jobs (job_id, chunk_idx, root_job_id) VALUES (?, ?, ?)",
            (job_id, idx, root_job_id or job_id),
        )

    def record_job_status(
        self,
        job_id: str,
        write_status: str,
        *,
        errors: tuple[str, ...] = (),
        created_record_id: str | None = None,
    ) -> None:
        """A tracked job's latest status (from the job tracker); its errors (server text)
        are journaled cleaned, at most `MAX_JOB_ERRORS` of them."""
        write_status = clean_text(write_status, limit=60)
        kept = [clean_text(e) for e in errors[:MAX_JOB_ERRORS]]
        if len(errors) > MAX_JOB_ERRORS:
            kept.append(f"... and {len(errors) - MAX_JOB_ERRORS} more errors")
        with self._mutex, self._transaction() as tx:
            idx = self._job_chunk(tx, job_id)
            tx.execute(
                "UPDATE jobs SET write_status = ?, errors = ?, created_record_id = ?, "
                "checked_at = ? WHERE job_id = ?",
                (write_status, json.dumps(kept), created_record_id, _now(), job_id),
            )
            self._event(tx, "job", idx, write_status, job_id)
        log.info("journal %s: job %s is %s", self.path.name, job_id, write_status)

    def mark_retrying(self, job_id: str) -> None:
        """Write ahead: a retry of `job_id` is about to be requested. A retry creates a new
        job, so a job is retried at most once: refused when it was retried already, or when
        an earlier retry request may have been sent (its process ended before the answer)."""
        with self._mutex, self._transaction() as tx:
            idx = self._job_chunk(tx, job_id)
            (retry,) = tx.execute("SELECT retry FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            if retry == "sending":
                raise JournalError(
                    self.path,
                    f"a retry of job {job_id} may have been sent already (the process ended "
                    "before its answer): look for its new job before retrying again",
                )
            if retry is not None:
                raise JournalError(self.path, f"job {job_id} was retried already, as {retry}")
            tx.execute("UPDATE jobs SET retry = 'sending' WHERE job_id = ?", (job_id,))
            self._event(tx, "retry", idx, "sending", job_id)
        log.info("journal %s: retry of job %s -> sending", self.path.name, job_id)

    def record_retry(self, job_id: str, new_job_id: str) -> None:
        """The retry of `job_id` was answered with `new_job_id`, which joins its chain."""
        with self._mutex, self._transaction() as tx:
            idx = self._job_chunk(tx, job_id)
            (root,) = tx.execute(
                "SELECT root_job_id FROM jobs WHERE job_id = ?", (job_id,)
            ).fetchone()
            tx.execute("UPDATE jobs SET retry = ? WHERE job_id = ?", (new_job_id, job_id))
            self._add_job(tx, new_job_id, idx, root)
            self._event(tx, "retry", idx, "accepted", f"{job_id} -> {new_job_id}")
        log.info(
            "journal %s: retry of job %s -> accepted as job %s", self.path.name, job_id, new_job_id
        )

    def _job_chunk(self, tx: sqlite3.Connection, job_id: str) -> int:
        found = tx.execute("SELECT chunk_idx FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        if found is None:
            raise JournalError(self.path, f"has no job {job_id}")
        return int(found[0])


def _new_image(plan: Plan, base_url: str) -> bytes:
    """The new journal's bytes: schema, run, chunks and rows, made in memory. Written by
    `_write_file` in one go, so that a file that cannot be written fails with the OS's
    reason (SQLite would only say "disk I/O error")."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        now = _now()
        conn.execute("BEGIN IMMEDIATE")
        create_schema(conn)
        conn.execute(
            "INSERT INTO run (id, created_at, client_version, base_url, vendor, integration_id, "
            "max_batch_size, input_fingerprint, plan_fingerprint, charge_count, chunk_count) "
            "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                now,
                __version__,
                base_url,
                plan.vendor,
                plan.integration_id,
                plan.max_batch_size,
                plan.input_fingerprint,
                plan.fingerprint,
                plan.charge_count,
                len(plan.chunks),
            ),
        )
        conn.executemany(
            "INSERT INTO chunks (idx, chunk_id, partition, part, size, fingerprint, state, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'planned', ?)",
            [(c.index, c.id, c.partition, c.part, len(c), c.fingerprint, now) for c in plan.chunks],
        )
        conn.executemany(
            INSERT_ROW,
            [
                (row, c.index, pos, *row_values(charge))
                for c in plan.chunks
                for pos, (row, charge) in enumerate(zip(c.rows, c.charges, strict=True))
            ],
        )
        conn.execute("COMMIT")
        return conn.serialize()
    finally:
        conn.close()


def _write_file(path: Path, data: bytes) -> None:
    """`data` as the new file `path`, synced; an `OSError` says why it cannot be."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
