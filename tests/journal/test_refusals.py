"""Journals that are refused: another input or plan, another process, a damaged file.

A refused journal sends nothing, and is never replaced by a fresh start (which would send its
accepted chunks a second time).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from propexo import PropexoClient, plan_charges, submit_charges
from propexo.journal import (
    ChunkState,
    Journal,
    JournaledSubmission,
    JournalError,
    JournalLockedError,
    JournalMismatchError,
)
from propexo.journal._lock import JournalLock, lock_path

from tests.conftest import DATES, RESMAN, RM, ROOT
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo
from tests.journal_support import batch_posts, rows_for

Rows = list[dict[str, Any]]


@pytest.fixture
def finished(tmp_path: Path, fake: FakePropexo, client: PropexoClient) -> tuple[Path, Rows]:
    """A finished run, all accepted: 12 charges over 3 locations (5, 5, 2) in chunks of at
    most 4, so 5 chunks."""
    rows = rows_for(fake, 12)
    journal = tmp_path / "run.journal"
    assert submit_charges(
        client, rows, journal=journal, integration_id=RM, max_batch_size=4, transaction_dates=DATES
    ).ok
    return journal, rows


def _start(
    journal: Path, rows: Rows, client: PropexoClient | None, **options: Any
) -> JournaledSubmission:
    options = {"integration_id": RM, "client": client, "transaction_dates": DATES, **options}
    return JournaledSubmission.start(journal, rows, **options)


def _assert_untouched(journal: Path, fake: FakePropexo, posts: int) -> None:
    """Nothing was sent, and the journal still opens with every chunk accepted."""
    assert batch_posts(fake) == posts
    with Journal.open(journal) as still:
        assert {c.state for c in still.chunks()} == {ChunkState.ACCEPTED}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda rows: [
                *rows[:5],
                {**rows[5], "amount_in_cents": rows[5]["amount_in_cents"] + 1},
                *rows[6:],
            ],
            "another input (12 charges",
        ),
        (lambda rows: rows[:-1], "this input has 11 charges"),
        (lambda rows: [rows[1], rows[0], *rows[2:]], "another input"),
        (lambda rows: [*rows, {**rows[0], "reference_number": "REF-NEW"}], "has 13 charges"),
    ],
)
def test_another_input_is_refused(
    finished: tuple[Path, Rows],
    fake: FakePropexo,
    client: PropexoClient,
    change: Callable[[Rows], Rows],
    words: str,
) -> None:
    journal, rows = finished
    posts = batch_posts(fake)
    with pytest.raises(JournalMismatchError, match="was made for another input") as caught:
        _start(journal, change(rows), client)
    assert words in str(caught.value) and "use a new journal" in str(caught.value)
    assert str(journal) in str(caught.value)
    _assert_untouched(journal, fake, posts)


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"max_batch_size": 5}, "was planned with max_batch_size 4; 5 would cut"),
        ({"max_batch_size": 100}, "Resume with max_batch_size 4"),
        ({"vendor": "resman"}, "was planned for vendor rentmanager, not resman"),
        ({"integration_id": RESMAN}, f"was planned for integration {RM}, not {RESMAN}"),
        (
            {"client": None, "base_url": "https://api.sandbox.propexo.com"},
            "records a run against http://127.0.0.1",
        ),
    ],
)
def test_another_plan_integration_or_api_is_refused(
    finished: tuple[Path, Rows],
    fake: FakePropexo,
    client: PropexoClient,
    options: dict[str, Any],
    words: str,
) -> None:
    journal, rows = finished
    posts = batch_posts(fake)
    with pytest.raises(JournalMismatchError) as caught:
        _start(journal, rows, **{"client": client, **options})
    assert words in str(caught.value)
    _assert_untouched(journal, fake, posts)


def test_the_same_input_resumes_with_the_journals_own_plan(
    finished: tuple[Path, Rows], fake: FakePropexo, client: PropexoClient
) -> None:
    """The control case: same rows (as Charge objects this time), size left to the journal."""
    journal, rows = finished
    with _start(journal, rows, client) as run:
        assert run.resumed and run.plan.max_batch_size == 4 and len(run.plan.chunks) == 5
        assert run.todo() == ()


def test_another_submission_in_the_same_process_is_locked_out(
    finished: tuple[Path, Rows], fake: FakePropexo, client: PropexoClient
) -> None:
    journal, rows = finished
    with _start(journal, rows, client), pytest.raises(JournalLockedError) as caught:
        _start(journal, rows, client)
    assert f"pid {os.getpid()}" in str(caught.value)
    assert "two processes never send from one journal" in str(caught.value)
    with _start(journal, rows, client) as again:  # the lock went with the first one
        assert again.resumed


_HOLDER = """
import sys
from propexo.journal import Journal
journal = Journal.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
journal.close()
"""


def _holder(journal: Path) -> subprocess.Popen[str]:
    """Another process that holds the journal until its stdin closes (or it is killed)."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(journal)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    return child


def test_another_process_is_locked_out_until_it_ends(
    finished: tuple[Path, Rows], fake: FakePropexo, client: PropexoClient
) -> None:
    journal, rows = finished
    posts = batch_posts(fake)
    child = _holder(journal)
    try:
        with pytest.raises(JournalLockedError, match=f"in use by another process .pid {child.pid}"):
            _start(journal, rows, client)
        with pytest.raises(JournalLockedError):
            Journal.open(journal)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(10)
    assert batch_posts(fake) == posts
    with _start(journal, rows, client) as run:
        assert run.resumed


def _symlink(journal: Path) -> Path:
    link = journal.with_name("link.journal")
    link.symlink_to(journal)
    return link


def _spelling(journal: Path) -> Path:
    (journal.parent / "sub").mkdir()
    return journal.parent / "sub" / ".." / journal.name


def _hard_link(journal: Path) -> Path:
    other = journal.parent / "elsewhere"
    other.mkdir()
    os.link(journal, other / "hard.journal")
    return other / "hard.journal"


OTHER_NAMES = {"a symlink": _symlink, "another spelling": _spelling, "a hard link": _hard_link}


@pytest.mark.parametrize("name", list(OTHER_NAMES))
def test_another_name_of_a_held_journal_is_locked_out(
    name: str, finished: tuple[Path, Rows], fake: FakePropexo, client: PropexoClient
) -> None:
    """Another process holds the journal; this one names the same file otherwise."""
    journal, rows = finished
    other = OTHER_NAMES[name](journal)
    posts = batch_posts(fake)
    child = _holder(journal)
    try:
        with pytest.raises(JournalLockedError, match="in use by another process"):
            Journal.open(other)
        with pytest.raises(JournalLockedError, match="two processes never send"):
            _start(other, rows, client)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(10)
    assert batch_posts(fake) == posts
    with _start(other, rows, client) as run:  # the other name works once the holder is gone
        assert run.resumed
        with pytest.raises(JournalLockedError):  # and now holds the journal against its name
            Journal.open(journal)


@pytest.mark.parametrize("name", list(OTHER_NAMES))
def test_two_locks_on_names_of_one_journal_exclude_each_other(
    name: str, finished: tuple[Path, Rows]
) -> None:
    journal, _ = finished
    other = OTHER_NAMES[name](journal)
    first = JournalLock(other).acquire()
    try:
        with pytest.raises(JournalLockedError):
            JournalLock(journal).acquire()
    finally:
        first.release()
    second = JournalLock(journal).acquire()  # refused ones left nothing held behind
    second.release()


def test_a_journal_created_through_a_dangling_symlink_is_its_target(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 5)
    target = tmp_path / "real.journal"
    link = tmp_path / "link.journal"
    link.symlink_to(target)
    with _start(link, rows, client) as run:
        assert not run.resumed
        with pytest.raises(JournalLockedError):
            Journal.open(target)
    assert link.is_symlink() and target.is_file()
    with _start(target, rows, client) as again:
        assert again.resumed


def test_a_killed_process_leaves_no_stale_lock(finished: tuple[Path, Rows]) -> None:
    journal, _ = finished
    child = _holder(journal)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert lock_path(journal).exists()  # the file stays; the kernel dropped the lock
    with Journal.open(journal) as reopened:
        assert reopened.run.chunk_count == 5


def _sqlite(journal: Path, *statements: str) -> None:
    conn = sqlite3.connect(journal, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def _flip_a_stored_amount(journal: Path) -> None:
    """Edit the file's bytes where a stored charge keeps its amount (no SQLite involved)."""
    data = bytearray(journal.read_bytes())
    at = data.index(b'"amount_in_cents": 10003')
    data[at + 23] = ord("9")
    journal.write_bytes(bytes(data))


def _truncate(keep: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(journal: Path) -> None:
        data = journal.read_bytes()
        journal.write_bytes(data[: keep(len(data))])

    return damage


def _plain_sqlite(journal: Path) -> None:
    journal.unlink()
    _sqlite(journal, "CREATE TABLE run (id INTEGER)", "INSERT INTO run VALUES (1)")


DAMAGE: dict[str, tuple[Callable[[Path], object], type[JournalError], str]] = {
    "empty": (lambda j: j.write_bytes(b""), JournalError, "is empty (0 bytes)"),
    "not sqlite": (
        lambda j: j.write_bytes(b"row,amount\n" * 400),
        JournalError,
        "not an SQLite database",
    ),
    "truncated to half": (
        _truncate(lambda n: n // 2 // 4096 * 4096),
        JournalError,
        "is truncated",
    ),
    "truncated mid-page": (_truncate(lambda n: n - 1000), JournalError, "is truncated"),
    "header only": (_truncate(lambda n: 100), JournalError, "is truncated"),
    "half a header": (_truncate(lambda n: 50), JournalError, "not even its header"),
    "last page zeroed": (
        lambda j: j.write_bytes(j.read_bytes()[:-4096] + bytes(4096)),
        JournalError,
        "is damaged",
    ),
    "another SQLite database": (
        _plain_sqlite,
        JournalError,
        "an SQLite database but not a propexo journal",
    ),
    "a stored amount edited": (
        _flip_a_stored_amount,
        JournalError,
        "does not match its own fingerprints",
    ),
    "a charge deleted": (
        lambda j: _sqlite(j, "DELETE FROM rows WHERE row = 7"),
        JournalError,
        "holds 11 of its 12 charges",
    ),
    "a chunk re-cut": (
        lambda j: _sqlite(j, "UPDATE chunks SET size = 3 WHERE idx = 0"),
        JournalError,
        "does not match its own fingerprints",
    ),
    "the run record deleted": (
        lambda j: _sqlite(j, "DELETE FROM run"),
        JournalError,
        "has no run record",
    ),
    "a table dropped": (
        lambda j: _sqlite(j, "DROP TABLE events"),
        JournalError,
        "lacks tables: events",
    ),
    "a newer schema": (
        lambda j: _sqlite(j, "UPDATE schema_version SET version = 2"),
        JournalError,
        "schema version 2 (a newer client wrote it)",
    ),
}


@pytest.mark.parametrize("name", list(DAMAGE))
def test_a_damaged_journal_is_an_error_never_a_fresh_start(
    name: str, finished: tuple[Path, Rows], fake: FakePropexo, client: PropexoClient
) -> None:
    journal, rows = finished
    damage, error, words = DAMAGE[name]
    damage(journal)
    damaged = journal.read_bytes()
    posts = len(fake.requests())
    with pytest.raises(error) as caught:
        _start(journal, rows, client)
    assert words in str(caught.value) and str(journal) in str(caught.value)
    # a newer schema is a journal this client cannot use, not a damaged one
    assert caught.value.damaged is (name != "a newer schema")
    with pytest.raises(error):
        Journal.open(journal)
    assert len(fake.requests()) == posts  # no lookups, no batch: nothing at all
    assert journal.read_bytes() == damaged  # not replaced, not "repaired"
    with _start(journal.with_name("fresh.journal"), rows, client) as fresh:
        assert not fresh.resumed  # a new path is the way to start again


def test_a_missing_journal_is_created_only_whole(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """No half-written journal is ever left at the path: it appears with its whole plan."""
    rows = rows_for(fake, 5)
    rows[3]["amount_in_cents"] = 12.5  # invalid: nothing is planned, nothing is created
    journal = tmp_path / "run.journal"
    with pytest.raises(ValueError, match="row 4, amount_in_cents"):
        _start(journal, rows, client)
    assert not journal.exists()
    assert [p.name for p in tmp_path.iterdir()] == [lock_path(journal).name]
    with pytest.raises(JournalError, match="does not exist"):
        Journal.open(journal)
    rows[3]["amount_in_cents"] = 1250
    with _start(journal, rows, client) as run:
        assert not run.resumed and run.journal.run.charge_count == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.journal", "run.journal.lock"]


def test_the_lock_file_names_the_holder_only_while_held(finished: tuple[Path, Rows]) -> None:
    journal, _ = finished
    with Journal.open(journal):
        assert lock_path(journal).read_text().strip() == str(os.getpid())
    assert lock_path(journal).read_text() == ""


@pytest.mark.parametrize("verb", ["submit_charges", "submit_plan"])
def test_a_misspelt_submit_option_is_refused_before_a_journal_is_made(
    driver: Driver, fake: FakePropexo, client: PropexoClient, tmp_path: Path, verb: str
) -> None:
    rows = rows_for(fake, 3)
    journal = tmp_path / "j.journal"
    with pytest.raises(TypeError, match="unexpected keyword argument 'concurency'"):
        if verb == "submit_plan":
            plan = plan_charges(rows, integration_id=RM, client=client, transaction_dates=DATES)
            driver.submit_plan(client, plan, journal=journal, concurency=2)
        else:
            driver.submit_charges(
                client,
                rows,
                integration_id=RM,
                transaction_dates=DATES,
                journal=journal,
                concurency=2,
            )
    assert not journal.exists()
    assert batch_posts(fake) == 0
