"""`propexo jobs status|wait|retry` and `propexo charges submit --wait` against the fake:
what they print, their exit statuses, and never the token."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from propexo.cli._app import app

from tests.conftest import DATES_OPTION, RM, ROOT, TOKEN, charge_row, residents_by_location
from tests.fake_propexo import FakePropexo, Fault, Outcome, RealClock
from tests.jobs_support import RETRY_WRITE, status_polls


@pytest.fixture
def fast() -> Iterator[FakePropexo]:
    """The fake 50 times faster than real time: a job of 10 s ends within 0.2 s."""
    with FakePropexo(token=TOKEN, clock=RealClock(speed=50), rate_limit=None) as server:
        server.seed_rentmanager(3, 5, integration_id=RM)
        yield server
    assert not server.internal_errors


def jobs_with(fake: FakePropexo, *outcomes: Outcome) -> list[str]:
    fake.queue_job_outcomes(*outcomes)
    return fake.create_jobs(len(outcomes))


def run(fake: FakePropexo, *args: str, token: str = TOKEN) -> Result:
    """The command against the fake, paced far above Propexo's 150 a minute (the fake has no
    limit here: pacing has tests of its own)."""
    env = {"PROPEXO_API_TOKEN": token, "PROPEXO_BASE_URL": fake.url}
    command = [*args, "--rate-limit", "100000"]
    result = CliRunner().invoke(app, command, env=env, catch_exceptions=False)
    assert TOKEN not in result.stdout and TOKEN not in result.stderr
    return result


def test_status_prints_each_job_and_exits_by_the_worst(fast: FakePropexo) -> None:
    ok, partial, failed, pending = jobs_with(
        fast,
        Outcome("SUCCESS", created_record_id="rec-7"),
        Outcome("PARTIAL_SUCCESS", errors=("charges[2]: closed period",)),
        Outcome("FAILURE", errors=("PMS down", "try later")),
        Outcome("SUCCESS", delay=10_000),
    )
    result = run(fast, "jobs", "status", ok, partial, failed, pending, "job-nope")
    assert result.exit_code == 1  # a FAILURE or PARTIAL_SUCCESS outranks the rest
    assert result.stdout.splitlines() == [
        f"{ok}  SUCCESS  record rec-7",
        f"{partial}  PARTIAL_SUCCESS  charges[2]: closed period",
        f"{failed}  FAILURE  PMS down; try later",
        f"{pending}  PENDING",
        "job-nope  ERROR  BadRequestError: GET /v1/admin/write-status: HTTP 400: "
        "no write job job-nope",
    ]
    assert run(fast, "jobs", "status", ok).exit_code == 0
    assert run(fast, "jobs", "status", ok, "job-nope").exit_code == 3
    assert run(fast, "jobs", "status", ok, pending).exit_code == 5
    lines = run(fast, "jobs", "status", "--json", partial, "job-nope").stdout.splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["write_status"] == "PARTIAL_SUCCESS" and first["polls"] == 1
    assert (second["error"], second["job_id"], second["last"]) == (
        "BadRequestError",
        "job-nope",
        None,
    )


def test_wait_reports_jobs_as_they_end_with_live_progress(fast: FakePropexo) -> None:
    slow, quick = jobs_with(fast, Outcome("SUCCESS", delay=40), Outcome("SUCCESS"))
    result = run(fast, "jobs", "wait", slow, quick, "--progress")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"{quick}  SUCCESS", f"{slow}  SUCCESS"]
    assert "waiting" in result.stderr and "2/2" in result.stderr and "2 ok" in result.stderr
    assert status_polls(fast, quick) == 1 and status_polls(fast, slow) >= 2  # seen PENDING first


def test_wait_exits_non_zero_for_a_failure_or_a_timeout(fast: FakePropexo) -> None:
    ok, failed, forever = jobs_with(
        fast,
        Outcome("SUCCESS"),
        Outcome("FAILURE", errors=("Rent Manager said no",)),
        Outcome("SUCCESS", delay=10**6),
    )
    result = run(fast, "jobs", "wait", ok, failed)
    assert result.exit_code == 1
    assert f"{failed}  FAILURE  Rent Manager said no" in result.stdout.splitlines()
    result = run(fast, "jobs", "wait", ok, forever, "--timeout", "0.3", "--json")
    assert result.exit_code == 5
    reports = {r["job_id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert reports[ok]["write_status"] == "SUCCESS"
    assert reports[forever]["error"] == "JobTimeoutError"
    assert reports[forever]["last"]["write_status"] == "PENDING"
    assert "waiting" not in result.stderr  # no progress display: stderr is not a terminal


def test_retry_sends_only_for_a_failure(fast: FakePropexo) -> None:
    failed, ok = jobs_with(fast, Outcome("FAILURE"), Outcome("SUCCESS"))
    result = run(fast, "jobs", "retry", failed)
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    new = line.removeprefix(f"{failed} retried as ")
    assert new != line and fast.job_status(new) == "SUCCESS"
    refused = run(fast, "jobs", "retry", ok)
    assert refused.exit_code == 2 and "only a FAILURE can be retried" in refused.stderr
    unknown = run(fast, "jobs", "retry", "job-nope")
    assert unknown.exit_code == 3 and "no write job job-nope" in unknown.stderr
    assert len(fast.requests(RETRY_WRITE)) == 1


def test_without_a_token_or_with_a_bad_id_nothing_is_sent(fast: FakePropexo) -> None:
    no_token = run(fast, "jobs", "wait", "job-000001", token="")
    assert no_token.exit_code == 2 and "PROPEXO_API_TOKEN" in no_token.stderr
    bad = run(fast, "jobs", "wait", "job 1 ")
    assert bad.exit_code == 2 and "job id" in bad.stderr
    assert fast.requests() == []


def write_rows(path: Path, fake: FakePropexo, per_location: int) -> Path:
    rows = [
        charge_row(resident, n)
        for n, resident in enumerate(
            r for ids in residents_by_location(fake).values() for r in ids[:per_location]
        )
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.slow
def test_submit_wait_prints_each_chunk_outcome(tmp_path: Path, fast: FakePropexo) -> None:
    source = write_rows(tmp_path / "in.jsonl", fast, 4)  # 3 locations: 3 chunks of 4
    fast.queue_job_outcomes(
        Outcome("SUCCESS", delay=5),
        Outcome("PARTIAL_SUCCESS", delay=5, errors=("charges[3]: code closed",)),
        Outcome("FAILURE", delay=5, errors=("Rent Manager is down",)),
    )
    args = ["charges", "submit", str(source), "--integration-id", RM, "--concurrency", "1",
            *DATES_OPTION]  # fmt: skip
    result = run(fast, *args, "--wait", "--no-journal")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[2] == "after this run: 3 chunk(s): 3 accepted (12 charges)"
    assert [line.split(" job-")[1] for line in lines[3:6]] == [
        "000001  SUCCESS",
        "000002  PARTIAL_SUCCESS  charges[3]: code closed",
        "000003  FAILURE  Rent Manager is down",
    ]
    assert lines[6] == "jobs: 1 FAILURE, 1 PARTIAL_SUCCESS, 1 SUCCESS"

    fast.set_job_policy(Outcome("SUCCESS", delay=5))
    source = write_rows(tmp_path / "more.jsonl", fast, 1)
    assert run(fast, "charges", "submit", str(source), "--integration-id", RM, *DATES_OPTION,
               "--wait", "--no-journal").exit_code == 0  # fmt: skip
    fast.set_job_policy(Outcome("SUCCESS", delay=10**6))
    late = run(fast, "charges", "submit", str(source), "--integration-id", RM, *DATES_OPTION,
               "--wait", "--wait-timeout", "0.2", "--no-journal")  # fmt: skip
    assert late.exit_code == 5 and "PENDING  (still, after 0.2 s" in late.stdout
    # --wait with --journal waits on the journal's jobs (tests/cli/test_journal.py)
    both = run(fast, *args, "--wait", "--wait-timeout", "0.2", "--journal",
               str(tmp_path / "j.sqlite"))  # fmt: skip
    assert both.exit_code == 5 and "jobs: 3 PENDING" in both.stdout, both.output


def test_jobs_wait_in_a_real_process(fast: FakePropexo) -> None:
    [job_id] = jobs_with(fast, Outcome("PARTIAL_SUCCESS", delay=5, errors=("charges[0]: x",)))
    env = {**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    script = Path(sys.executable).with_name("propexo")
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "from propexo.cli import main; main()"]
    )
    done = subprocess.run(
        [*command, "jobs", "wait", job_id, "--base-url", fast.url, "--progress"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == f"{job_id}  PARTIAL_SUCCESS  charges[0]: x\n"
    assert "waiting" in done.stderr
    assert TOKEN not in done.stdout + done.stderr


def _in_progress(fake: FakePropexo, job_id: str, times: int) -> None:
    body: dict[str, object] = {
        "write_status": "IN_PROGRESS",
        "errors": [],
        "created_record_id": None,
    }
    fake.inject(Fault.reply(body), f"GET /v1/admin/write-status/{job_id}", times=times)


def test_status_shows_a_status_the_spec_does_not_list_as_still_running(
    fast: FakePropexo, caplog: pytest.LogCaptureFixture
) -> None:
    (job,) = jobs_with(fast, Outcome("SUCCESS"))
    _in_progress(fast, job, 2)

    plain = run(fast, "jobs", "status", job)
    lines = run(fast, "jobs", "status", "--json", job).stdout.splitlines()

    assert (plain.exit_code, plain.stdout.splitlines()) == (5, [f"{job}  IN_PROGRESS"])
    assert "write status 'IN_PROGRESS' is not one the spec lists" in caplog.text
    assert json.loads(lines[0])["write_status"] == "IN_PROGRESS"


def test_wait_polls_through_a_status_the_spec_does_not_list(
    fast: FakePropexo, caplog: pytest.LogCaptureFixture
) -> None:
    (job,) = jobs_with(fast, Outcome("SUCCESS"))
    _in_progress(fast, job, 3)

    result = run(fast, "jobs", "wait", job, "--timeout", "600")

    assert (result.exit_code, result.stdout.splitlines()) == (0, [f"{job}  SUCCESS"])
    assert caplog.text.count("'IN_PROGRESS' is not one the spec lists") == 1
    assert status_polls(fast, job) == 4


def test_status_json_carries_no_monotonic_clock_reading(fast: FakePropexo) -> None:
    (job,) = jobs_with(fast, Outcome("SUCCESS"))

    (line,) = run(fast, "jobs", "status", "--json", job).stdout.splitlines()

    report = json.loads(line)
    assert not {"started_at", "checked_at"} & set(report)
    assert isinstance(report["elapsed"], float) and 0 <= report["elapsed"] < 600
