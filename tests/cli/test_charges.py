"""`propexo charges plan|submit` against the fake, through click's runner and a real process."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from propexo.cli._app import app

from tests.conftest import DATES_OPTION, RM, ROOT, TOKEN, charge_row, residents_by_location
from tests.fake_propexo import FakePropexo, Fault


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _rows(fake: FakePropexo, count: int) -> list[dict[str, Any]]:
    residents = [r for ids in residents_by_location(fake).values() for r in ids]
    return [charge_row(residents[n % len(residents)], n) for n in range(count)]


def _run(*args: str, token: str | None = TOKEN) -> Result:
    env = {"PROPEXO_API_TOKEN": token} if token else {"PROPEXO_API_TOKEN": ""}
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    assert TOKEN not in result.output and TOKEN not in result.stderr
    return result


def test_plan_without_token_when_every_row_names_its_location(
    tmp_path: Path, fake: FakePropexo
) -> None:
    rows = [charge_row(f"r{n}", n, location_id=f"L{n % 2}") for n in range(7)]
    source = _write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "plan.csv"
    result = _run(
        "charges",
        "plan",
        str(source),
        "--integration-id",
        RM,
        "--max-batch-size",
        "3",
        "--base-url",
        fake.url,
        "--output",
        str(out),
        *DATES_OPTION,
        token=None,
    )
    assert result.exit_code == 0, result.output
    assert "7 charges in 2 location(s): 3 batch request(s) of at most 3" in result.stdout
    with out.open() as stream:
        planned = list(csv.DictReader(stream))
    assert [p["location"] for p in planned] == [f"L{n % 2}" for n in range(7)]
    assert {p["outcome"] for p in planned} == {"planned"}
    assert fake.requests() == []
    as_json = ("charges", "plan", str(source), "--integration-id", RM, "--json", *DATES_OPTION)
    twice = [_run(*as_json, token=None).stdout for _ in range(2)]
    assert twice[0] == twice[1] and json.loads(twice[0])["charge_count"] == 7


def test_submit_writes_every_row_and_exits_zero(tmp_path: Path, fake: FakePropexo) -> None:
    rows = _rows(fake, 45)
    source = _write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "result.csv"
    result = _run(
        "charges",
        "submit",
        str(source),
        "--integration-id",
        RM,
        "--base-url",
        fake.url,
        "--rate-limit",
        "100000",
        "--max-batch-size",
        "10",
        "--concurrency",
        "3",
        *DATES_OPTION,
        "--output",
        str(out),
        "--no-journal",
    )
    assert result.exit_code == 0, result.output
    assert "after this run: 6 chunk(s): 6 accepted (45 charges)\n" in result.stdout
    # 15 charges in each of 3 locations: 10 + 5
    text = out.read_text(encoding="utf-8")
    assert TOKEN not in text
    written = list(csv.DictReader(text.splitlines()))
    assert [int(w["row"]) for w in written] == list(range(1, 46))
    assert {w["outcome"] for w in written} == {"accepted"}
    jobs = {r.job_id for r in fake.batch_requests()}
    assert {w["job_id"] for w in written} == jobs and len(jobs) == 6
    where = {rid: loc for loc, ids in residents_by_location(fake).items() for rid in ids}
    assert all(w["location"] == where[rows[int(w["row"]) - 1]["resident_id"]] for w in written)
    assert len(fake.accepted_charges()) == 45


def test_submit_exits_one_when_a_chunk_is_unknown_or_rejected(
    tmp_path: Path, fake: FakePropexo
) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _rows(fake, 30))
    fake.inject(Fault.drop_after(), "POST /v1/resident-charges/batch/*", times=1)
    fake.inject(Fault.http(400), "POST /v1/resident-charges/batch/*", times=1)
    out = tmp_path / "result.jsonl"
    result = _run(
        "charges",
        "submit",
        str(source),
        "--integration-id",
        RM,
        "--base-url",
        fake.url,
        "--rate-limit",
        "100000",
        "--concurrency",
        "1",
        *DATES_OPTION,
        "--output",
        str(out),
    )
    assert result.exit_code == 1
    assert (
        "1 accepted (10 charges), 1 rejected (10 charges), 1 unknown (10 charges)" in result.stdout
    )
    assert "unknown 0001-" in result.stdout and "rejected 0002-" in result.stdout
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["row"] for line in lines] == list(range(1, 31))
    outcome_of_chunk = {line["chunk"]: line["outcome"] for line in lines}
    assert sorted(outcome_of_chunk.values()) == ["accepted", "rejected", "unknown"]
    assert all(line["outcome"] == outcome_of_chunk[line["chunk"]] for line in lines)
    assert all(line["job_id"] is None for line in lines if line["outcome"] != "accepted")


def test_bad_input_exits_two_naming_rows_and_sends_nothing(
    tmp_path: Path, fake: FakePropexo
) -> None:
    rows = _rows(fake, 5)
    rows[1]["amount_in_cents"] = "12.50"
    rows[3]["transaction_date"] = "2026-02-01"
    source = _write_jsonl(tmp_path / "in.jsonl", rows)
    result = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 2
    assert "row 2, amount_in_cents:" in result.stderr
    assert "row 4, transaction_date:" in result.stderr
    assert fake.requests() == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--base-url", "http://api.propexo.com"], "plain http"),
        (["--max-batch-size", "0"], "max-batch-size"),
        (["--vendor", "appfolio"], "vendor"),
    ],
)
def test_bad_options_exit_two(
    tmp_path: Path, fake: FakePropexo, args: list[str], words: str
) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _rows(fake, 2))
    result = _run("charges", "submit", str(source), "--integration-id", RM, *DATES_OPTION, *args)
    assert result.exit_code == 2 and words in result.output
    assert fake.requests() == []


def test_submit_without_token_is_refused(tmp_path: Path, fake: FakePropexo) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _rows(fake, 2))
    result = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        *DATES_OPTION, token=None,
    )  # fmt: skip
    assert result.exit_code == 2 and "PROPEXO_API_TOKEN" in result.output
    assert fake.requests() == []


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_plan_reads_a_file_given_as_dev_stdin_once(tmp_path: Path, suffix: str) -> None:
    """`... | propexo charges plan /dev/stdin`: a pipe is read once, its format found from
    its first line, every row planned (it used to be read twice and found empty)."""
    rows = [charge_row(f"r{n}", n, location_id=f"L{n % 2}") for n in range(7)]
    source = tmp_path / f"in{suffix}"
    if suffix == ".csv":
        with source.open("w", newline="") as stream:
            writer = csv.DictWriter(stream, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        _write_jsonl(source, rows)
    env = {**os.environ, "PROPEXO_API_TOKEN": "", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "propexo.cli", "charges", "plan", "/dev/stdin",
         "--integration-id", RM, *DATES_OPTION],
        input=source.read_text(), capture_output=True, text=True, timeout=60, env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "7 charges in 2 location(s)" in done.stdout


def test_console_script_in_a_real_process(tmp_path: Path, fake: FakePropexo) -> None:
    """The installed `propexo` entry point, CSV input, progress bar forced on."""
    rows = _rows(fake, 12)
    source = tmp_path / "in.csv"
    with source.open("w", newline="") as stream:
        writer = csv.DictWriter(stream, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    env = {**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)}
    script = Path(sys.executable).with_name("propexo")
    command = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "from propexo.cli import main; main()"]
    )
    done = subprocess.run(
        [
            *command,
            "charges",
            "submit",
            str(source),
            "--integration-id",
            RM,
            "--base-url",
            fake.url,
            "--rate-limit",
            "100000",
            "--progress",
            *DATES_OPTION,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "3 accepted (12 charges)" in done.stdout
    assert "submitting" in done.stderr  # the progress bar
    assert TOKEN not in done.stdout + done.stderr
    assert len(fake.accepted_charges()) == 12


def test_library_imports_without_the_cli_extra() -> None:
    code = (
        "import sys; sys.modules['click'] = None; sys.modules['rich'] = None\n"
        "import propexo, propexo.charges\n"
        "from propexo.cli import main\n"
        "main(['--help'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert "pip install 'propexo-client[cli]'" in done.stderr
