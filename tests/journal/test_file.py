"""The journal is one file: whatever is committed is in it, so the file alone (copied, handed
over, resumed elsewhere) never resends an accepted chunk; a journal of an earlier client
(WAL mode, with or without its `-wal`) still opens and resumes with nothing lost."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from propexo import PropexoClient
from propexo.charges import Chunk, ChunkResult, plan_charges
from propexo.journal import ChunkState, Journal, JournaledSubmission

from tests.conftest import DATES, DATES_OPTION, RM, ROOT, TOKEN, residents_by_location
from tests.drivers import Driver
from tests.fake_propexo import FakePropexo
from tests.journal_support import accepted_references, batch_posts, rows_for, write_jsonl

#: Subprocesses import this checkout (and, when the package is not installed, its sources).
ENV = {
    **os.environ,
    "PROPEXO_API_TOKEN": TOKEN,
    "PYTHONPATH": os.pathsep.join([str(ROOT), *(str(ROOT / p) for p in ("overlays", "generated"))]),
}


def _states(journal: Path) -> list[tuple[ChunkState, str | None]]:
    with Journal.open(journal) as opened:
        return [(c.state, c.job_id) for c in opened.chunks()]


class _CopyAfterEachOutcome:
    """A hook that, once each outcome is journaled, copies the journal file alone into a
    fresh directory and reads every chunk's state from that copy."""

    def __init__(self, journal: Path, where: Path) -> None:
        self.journal = journal
        self.where = where
        self.seen: list[tuple[str, str | None, list[tuple[ChunkState, str | None]]]] = []
        self.companions: list[list[str]] = []

    def before_send(self, chunk: Chunk) -> None:
        pass

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        copy = self.where / f"copy-{len(self.seen)}" / self.journal.name
        copy.parent.mkdir()
        shutil.copyfile(self.journal, copy)
        self.companions.append(
            sorted(p.name for p in self.journal.parent.iterdir() if p.name.endswith("-wal"))
        )
        self.seen.append((chunk.id, result.job_id, _states(copy)))


def test_each_committed_outcome_is_in_the_journal_file_alone(
    driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 15)
    journal = tmp_path / "run" / "run.journal"
    journal.parent.mkdir()
    hook = _CopyAfterEachOutcome(journal, tmp_path)
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, max_batch_size=3, transaction_dates=DATES
    ) as run:
        result = driver.submit_run(run, client, concurrency=1, hooks=[hook])
    assert result.ok and len(hook.seen) == len(result.chunks) == 6
    for n, (chunk_id, job_id, states) in enumerate(hook.seen, start=1):
        index = [c.chunk_id for c in result.chunks].index(chunk_id)
        assert states[index] == (ChunkState.ACCEPTED, job_id) and job_id
        assert [s for s, _ in states].count(ChunkState.ACCEPTED) == n
    assert hook.companions == [[]] * 6  # never a WAL beside it


def _submit_args(source: Path) -> list[str]:
    return [
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", "",
        "--rate-limit", "100000", "--concurrency", "1", "--max-batch-size", "3",
        "--no-progress", *DATES_OPTION,
    ]  # fmt: skip


def _propexo(fake: FakePropexo, source: Path, *before: str) -> subprocess.CompletedProcess[str]:
    """`propexo charges submit SOURCE` (default journal, next to it) in another process;
    `before`: the crash suite's driver and its kill point."""
    args = _submit_args(source)
    args[args.index("--base-url") + 1] = fake.url
    command = [*before, "--", *args] if before else ["-m", "propexo.cli", *args]
    done = subprocess.run(
        [sys.executable, *command], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120
    )
    assert TOKEN not in done.stdout + done.stderr
    return done


def test_a_journal_copied_alone_after_a_kill_resumes_elsewhere_without_resending(
    tmp_path: Path, fake: FakePropexo
) -> None:
    """Killed (SIGKILL) after 3 of 6 chunks were accepted; the journal file and the input,
    and nothing else, copied to another directory; resumed there: only the other 3 are sent."""
    first = tmp_path / "first"
    first.mkdir()
    source = write_jsonl(first / "charges.jsonl", rows_for(fake, 15))
    killed = _propexo(fake, source, "-m", "tests.faults.driver", "--kill", "after_outcome:3")
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    assert batch_posts(fake) == 3
    journal = source.with_name(source.name + ".journal.sqlite")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for path in (source, journal):
        shutil.copyfile(path, elsewhere / path.name)

    resumed = _propexo(fake, elsewhere / source.name)

    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "sent 3 batch request(s) in this run" in resumed.stdout
    assert batch_posts(fake) == 6
    assert accepted_references(fake) == Counter(f"REF-{n:06d}" for n in range(15))


_OLD_CLIENT = """
import os, sqlite3, sys
path, leave_wal = sys.argv[1], sys.argv[2] == "leave-wal"
conn = sqlite3.connect(path, isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("BEGIN IMMEDIATE")
conn.execute(
    "UPDATE chunks SET state = 'accepted', job_id = 'job-old-' || idx, resolved_by = 'response' "
    "WHERE idx < 3"
)
conn.execute("INSERT INTO jobs (job_id, chunk_idx, root_job_id) "
             "SELECT job_id, idx, job_id FROM chunks WHERE idx < 3")
conn.execute("COMMIT")
if leave_wal:
    os._exit(0)  # killed: the commit is in the -wal only, never copied back
conn.close()
"""


@pytest.mark.parametrize("leave_wal", [True, False])
def test_a_wal_journal_of_an_earlier_client_resumes_with_nothing_lost(
    leave_wal: bool, driver: Driver, tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    rows = rows_for(fake, 15)
    journal = tmp_path / "run.journal"
    options: dict[str, Any] = {"integration_id": RM, "transaction_dates": DATES}
    with JournaledSubmission.start(journal, rows, client=client, max_batch_size=3, **options):
        pass  # planned, nothing sent
    subprocess.run(
        [sys.executable, "-c", _OLD_CLIENT, str(journal), "leave-wal" if leave_wal else "close"],
        check=True,
        timeout=60,
    )
    wal = journal.with_name(journal.name + "-wal")
    assert (wal.exists() and wal.stat().st_size > 0) == leave_wal
    assert journal.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL mode

    result = driver.submit_charges(client, rows, journal=journal, **options)

    assert result.resumed and result.ok and len(result.sent) == 3
    assert [c.job_id for c in result.chunks[:3]] == ["job-old-0", "job-old-1", "job-old-2"]
    assert batch_posts(fake) == 3
    later = Counter(c.reference_number for chunk in result.plan.chunks[3:] for c in chunk.charges)
    assert accepted_references(fake) == later  # chunks 4-6 only, each once
    assert not wal.exists() and journal.read_bytes()[18:20] == b"\x01\x01"  # converted


_KILLED_MID_TRANSACTION = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")  # pages spill into the file before the commit
conn.execute("BEGIN IMMEDIATE")
for n in range(200):
    conn.execute("INSERT INTO events (at, kind, detail) VALUES ('t', 'half', ?)", ("x" * 2000,))
conn.execute("UPDATE chunks SET state = 'accepted', job_id = 'never-committed'")
os._exit(0)  # killed before COMMIT: half a transaction in the file, the rest in its -journal
"""


def test_a_process_killed_mid_transaction_leaves_the_journal_as_of_its_last_commit(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    journal = tmp_path / "run.journal"
    with JournaledSubmission.start(
        journal, rows_for(fake, 15), integration_id=RM, client=client, transaction_dates=DATES
    ) as run:
        events = len(run.journal.events())
    subprocess.run([sys.executable, "-c", _KILLED_MID_TRANSACTION, str(journal)], check=True)
    assert journal.with_name(journal.name + "-journal").stat().st_size > 0  # a hot journal

    with Journal.open(journal) as reopened:
        assert {c.state for c in reopened.chunks()} == {ChunkState.PLANNED}
        assert [e.kind for e in reopened.events()][events:] == ["opened"]
    assert not journal.with_name(journal.name + "-journal").exists()


# -- a journal that cannot be created ----------------------------------------------------------

#: RLIMIT_FSIZE of the process: its lock file fits, a journal of 15 charges does not.
FILE_SIZE_LIMIT = 4096


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_a_journal_over_the_file_size_limit_is_one_line_and_exit_4_with_nothing_sent(
    tmp_path: Path, fake: FakePropexo
) -> None:
    source = write_jsonl(tmp_path / "charges.jsonl", rows_for(fake, 15))
    journal = source.with_name(source.name + ".journal.sqlite")
    args = _submit_args(source)
    args[args.index("--base-url") + 1] = fake.url
    limited = subprocess.run(
        [sys.executable, "-m", "propexo.cli", *args],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_file_size,
    )
    assert limited.returncode == 4, limited.stdout + limited.stderr
    assert limited.stderr.splitlines() == [
        f"propexo: journal {journal}: cannot be created: File too large"
    ]
    assert batch_posts(fake) == 0 and not journal.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != source.name] == [journal.name + ".lock"]

    unlimited = _propexo(fake, source)  # the same command, once the file fits

    assert unlimited.returncode == 0, unlimited.stdout + unlimited.stderr
    assert accepted_references(fake) == Counter(f"REF-{n:06d}" for n in range(15))


_CREATE = """
import json, sys
from propexo.journal import JournaledSubmission, JournalError
from tests.conftest import DATES
path, rows = sys.argv[1], json.loads(sys.argv[2])
try:
    JournaledSubmission.start(
        path, rows, integration_id="int-rm-1", base_url="http://127.0.0.1:9",
        transaction_dates=DATES,
    )
except JournalError as exc:
    print(type(exc).__name__, exc.path, exc.message, sep="|")
"""


def _limited_python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", *args],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_file_size,
    )


def test_a_journal_over_the_file_size_limit_is_a_journal_error_naming_path_and_reason(
    tmp_path: Path, fake: FakePropexo
) -> None:
    where = {r: loc for loc, ids in residents_by_location(fake).items() for r in ids}
    rows = [{**row, "location_id": where[row["resident_id"]]} for row in rows_for(fake, 15)]
    journal = tmp_path / "run.journal"
    done = _limited_python(_CREATE, str(journal), json.dumps(rows))
    assert done.stderr == ""  # no traceback
    assert done.stdout == f"JournalError|{journal}|cannot be created: File too large\n"
    assert not journal.exists()


def test_a_journal_that_cannot_be_written_is_not_called_damaged(
    tmp_path: Path, fake: FakePropexo, client: PropexoClient
) -> None:
    """Opening writes an event; when SQLite cannot write (here: its rollback journal is over
    the file size limit) that is a JournalError, not a damaged journal."""
    rows = rows_for(fake, 15)
    journal = tmp_path / "run.journal"
    with JournaledSubmission.start(
        journal, rows, integration_id=RM, client=client, transaction_dates=DATES
    ):
        pass
    before = journal.read_bytes()
    done = _limited_python(
        "import sys\n"
        "from propexo.journal import Journal, JournalError\n"
        "try:\n    Journal.open(sys.argv[1])\n"
        "except JournalError as exc:\n"
        "    print(type(exc).__name__, exc.damaged, exc.message, sep='|')",
        str(journal),
    )
    assert done.stderr == ""
    assert done.stdout == "JournalError|False|cannot be written (disk I/O error)\n"
    assert journal.read_bytes() == before
    with Journal.open(journal) as reopened:  # nothing was lost
        assert reopened.run.charge_count == 15


def test_a_new_journal_sends_the_plan_it_was_given_not_a_rebuilt_copy(
    driver: Driver, fake: FakePropexo, client: PropexoClient, tmp_path: Path
) -> None:
    plan = plan_charges(
        rows_for(fake, 7),
        integration_id=RM,
        client=client,
        max_batch_size=3,
        transaction_dates=DATES,
    )
    with Journal.create(tmp_path / "made.journal", plan, base_url=client.base_url) as journal:
        assert journal.plan() is plan
    result = driver.submit_plan(client, plan, journal=tmp_path / "j.journal")
    assert result.ok and result.plan is plan
