"""The `propexo` command against bad files, bad options and bad paths, as an attacker or a
careless user would try it.

Every refusal is checked twice: a clear message naming the cause (row, field, option or
path), never a traceback, and the fake's request log showing that nothing was sent.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from propexo.charges import _submit as submit_module
from propexo.cli._app import app
from propexo.cli._exit import ExitCode

from tests.conftest import DATES_OPTION, RM, ROOT, TOKEN, charge_row, residents_by_location
from tests.fake_propexo import FakePropexo, Fault

BATCH = "POST /v1/resident-charges/batch/*"


def run(*args: str, token: str | None = TOKEN) -> Result:
    """The command in this process; fails the test on a traceback or a leaked token."""
    env = {"PROPEXO_API_TOKEN": token or ""}
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of a message: {result.exception!r}") from (
            result.exception
        )
    assert TOKEN not in result.output
    return result


def rows(fake: FakePropexo, count: int, **extra: Any) -> list[dict[str, Any]]:
    residents = [r for ids in residents_by_location(fake).values() for r in ids]
    return [charge_row(residents[n % len(residents)], n, **extra) for n in range(count)]


def jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in items), encoding="utf-8")
    return path


def csv_file(path: Path, header: list[str], lines: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(lines)
    return path


def submit(fake: FakePropexo, source: Path, *more: str) -> Result:
    return run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--rate-limit", "100000", "--no-progress", *DATES_OPTION, *more,
    )  # fmt: skip


def plan(fake: FakePropexo, source: Path, *more: str) -> Result:
    return run(
        "charges", "plan", str(source), "--integration-id", RM, "--base-url", fake.url,
        *DATES_OPTION, *more,
    )  # fmt: skip


@pytest.fixture
def source(tmp_path: Path, fake: FakePropexo) -> Path:
    return jsonl(tmp_path / "in.jsonl", rows(fake, 12))


def refused(result: Result, fake: FakePropexo, *words: str, code: int = 2) -> None:
    """Exit `code`, one message holding every word, and not one request sent."""
    assert result.exit_code == code, result.output
    for word in words:
        assert word in result.output, (word, result.output)
    assert "Traceback" not in result.output
    assert fake.requests() == []


# -- nothing lost after the first send -----------------------------------------------------


@pytest.mark.parametrize("option", ["--output", "--journal"])
@pytest.mark.parametrize("where", ["/nonexistent/x/out.csv", "{file}/out.csv", "{dir}"])
def test_unusable_output_or_journal_path_is_refused_before_sending(
    tmp_path: Path, fake: FakePropexo, source: Path, option: str, where: str
) -> None:
    path = where.format(file=source, dir=tmp_path)
    result = submit(fake, source, option, path)
    refused(result, fake, option, path)
    assert "PROPEXO_API_TOKEN" not in result.output


def test_submit_journals_by_default_so_a_rerun_sends_nothing_twice(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    first = submit(fake, source, "--max-batch-size", "5")
    assert first.exit_code == 0, first.output
    journal = tmp_path / "in.jsonl.journal.sqlite"
    assert journal.is_file() and f"journal: {journal}" in first.stdout
    sent = len(fake.batch_requests())
    again = submit(fake, source)
    assert again.exit_code == 0, again.output
    assert len(fake.batch_requests()) == sent  # the natural rerun posts nothing again
    assert len(fake.accepted_charges()) == 12


def test_no_journal_opts_out_of_the_default_journal(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    result = submit(fake, source, "--no-journal")
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.glob("*.sqlite*"))
    assert not [line for line in result.stdout.splitlines() if line.startswith("journal:")]
    assert "running this command again would send every chunk again" in result.stdout


def test_no_journal_with_resend_unknown_is_refused(fake: FakePropexo, source: Path) -> None:
    refused(submit(fake, source, "--no-journal", "--resend-unknown"), fake, "--resend-unknown")


@pytest.fixture
def boom_on_second_chunk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The second chunk's send raises (as a pacing crash on an answer header did)."""
    original = submit_module.ChunkSender.send
    calls = {"n": 0}

    def send(self: submit_module.ChunkSender, chunk: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OverflowError("pacing crashed on x-ratelimit-limit")
        return original(self, chunk)

    monkeypatch.setattr(submit_module.ChunkSender, "send", send)
    yield


@pytest.mark.parametrize("journal", [False, True])
def test_an_error_after_the_first_send_still_reports_and_writes_every_row(
    tmp_path: Path, fake: FakePropexo, source: Path, boom_on_second_chunk: None, journal: bool
) -> None:
    out = tmp_path / "rows.csv"
    more = [] if journal else ["--no-journal"]
    result = submit(
        fake, source, "--max-batch-size", "4", "--concurrency", "1", "--output", str(out), *more
    )
    assert result.exit_code == ExitCode.NOT_ALL_ACCEPTED, result.output
    assert "OverflowError: pacing crashed" in result.output
    written = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert [int(w["row"]) for w in written] == list(range(1, 13))  # every row, sent or not
    accepted = {w["reference_number"] for w in written if w["outcome"] == "accepted"}
    assert accepted == {c.charge["reference_number"] for c in fake.accepted_charges()}
    assert len(accepted) == 4 and len(fake.batch_requests()) == 1
    assert "accepted" in result.stdout
    assert "planned" in result.output  # the journal's word, with or without one kept
    assert {w["outcome"] for w in written} == {"accepted", "not sent"}


def _interrupted(tmp_path: Path, fake: FakePropexo, *more: str) -> subprocess.CompletedProcess[str]:
    """A real `propexo charges submit` process that gets SIGINT (Ctrl-C) from the fake as
    soon as the first batch was accepted."""
    source = jsonl(tmp_path / "in.jsonl", rows(fake, 12))
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            # Ctrl-C as a terminal delivers it: a parent that ignores SIGINT (a pytest-xdist
            # worker does) would pass that on, and Python then installs no handler.
            "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from propexo.cli import main; main()",
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
            "2",
            "--concurrency",
            "1",
            "--no-progress",
            "--output",
            str(tmp_path / "rows.csv"),
            *DATES_OPTION,
            *more,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PYTHONPATH": str(ROOT)},
    )

    def ctrl_c(job: object) -> bool:
        os.kill(process.pid, signal.SIGINT)
        return False  # and answer: the chunk is accepted, its job id reaches the client

    fake.on_accept(ctrl_c, times=1)
    out, err = process.communicate(timeout=60)
    assert TOKEN not in out + err and "Traceback" not in err, err
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def _accepted_rows(tmp_path: Path, fake: FakePropexo) -> set[str]:
    written = list(csv.DictReader((tmp_path / "rows.csv").read_text().splitlines()))
    assert [int(w["row"]) for w in written] == list(range(1, 13))
    accepted = {w["reference_number"] for w in written if w["outcome"] == "accepted"}
    assert accepted == {c.charge["reference_number"] for c in fake.accepted_charges()}
    assert accepted  # the first batch was accepted before the interrupt
    return accepted


def test_ctrl_c_without_journal_lists_the_accepted_chunks(
    tmp_path: Path, fake: FakePropexo
) -> None:
    done = _interrupted(tmp_path, fake, "--no-journal")
    assert done.returncode == ExitCode.INTERRUPTED, done.stderr
    _accepted_rows(tmp_path, fake)
    assert "interrupted" in done.stderr
    assert "do not send these again" in done.stdout + done.stderr


def test_ctrl_c_with_the_default_journal_says_how_to_resume(
    tmp_path: Path, fake: FakePropexo
) -> None:
    done = _interrupted(tmp_path, fake)
    assert done.returncode == ExitCode.INTERRUPTED, done.stderr
    before = _accepted_rows(tmp_path, fake)
    assert "run the same command again" in done.stdout + done.stderr
    source = tmp_path / "in.jsonl"
    resumed = submit(fake, source, "--max-batch-size", "2", "--concurrency", "1")
    assert resumed.exit_code == 0, resumed.output
    references = [c.charge["reference_number"] for c in fake.accepted_charges()]
    assert len(references) == len(set(references)) == 12 and before <= set(references)


# -- a field given twice is refused ----------------------------------------------------------


def test_a_csv_column_named_twice_is_refused(tmp_path: Path, fake: FakePropexo) -> None:
    row = rows(fake, 1)[0]
    header = [*row, "amount_in_cents"]
    source = csv_file(tmp_path / "in.csv", header, [[*row.values(), 999999]])
    refused(submit(fake, source), fake, "amount_in_cents", "twice")


def test_a_json_key_given_twice_is_refused(tmp_path: Path, fake: FakePropexo) -> None:
    good = json.dumps(rows(fake, 2)[1])
    twice = good[:-1] + ', "amount_in_cents": 999999}'
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(rows(fake, 1)[0]) + "\n" + twice + "\n", encoding="utf-8")
    refused(submit(fake, source), fake, "row 2", "amount_in_cents", "twice")


# -- output never overwrites the input or the journal ------------------------------------------


def test_output_equal_to_the_input_is_refused(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    before = source.read_bytes()
    refused(submit(fake, source, "--output", str(source)), fake, "--output", "input")
    refused(plan(fake, source, "--output", str(tmp_path / "." / "in.jsonl")), fake, "input")
    assert source.read_bytes() == before


def test_output_equal_to_the_journal_is_refused(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    refused(
        submit(fake, source, "--journal", str(journal), "--output", str(journal)),
        fake,
        "--output",
        "journal",
    )
    default = str(source) + ".journal.sqlite"
    for companion in ("", ".lock", "-wal"):
        refused(submit(fake, source, "--output", default + companion), fake, "--output", "journal")
    refused(submit(fake, source, "--journal", str(source)), fake, "--journal", "input")


# -- formulas in the CSV output are neutralized -----------------------------------------------


def test_cells_that_a_spreadsheet_would_run_are_neutralized(
    tmp_path: Path, fake: FakePropexo
) -> None:
    items = rows(fake, 4)
    formulas = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)"]
    for item, formula in zip(items, formulas, strict=True):
        item["reference_number"] = formula
    source = jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "rows.csv"
    result = submit(fake, source, "--no-journal", "--output", str(out))
    assert result.exit_code == 0, result.output
    written = list(csv.DictReader(out.read_text().splitlines()))
    assert [w["reference_number"] for w in written] == ["'" + f for f in formulas]
    jsonl_out = tmp_path / "rows.jsonl"
    plan(fake, source, "--output", str(jsonl_out))
    assert [json.loads(x)["reference_number"] for x in jsonl_out.read_text().splitlines()] == (
        formulas
    )  # JSON Lines is data, not a spreadsheet: kept as is


# -- each error names its own cause ----------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_5000_digit_amount_names_row_and_field(
    tmp_path: Path, fake: FakePropexo, kind: str
) -> None:
    row = rows(fake, 1)[0]
    if kind == "csv":
        row["amount_in_cents"] = "9" * 5000
        source = csv_file(tmp_path / "in.csv", list(row), [list(row.values())])
    else:
        source = tmp_path / "in.jsonl"
        text = json.dumps(row).replace(str(row["amount_in_cents"]), "9" * 5000)
        source.write_text(text + "\n", encoding="utf-8")
    result = plan(fake, source)
    refused(result, fake, "row 1, amount_in_cents", "5000 digits")
    assert "PROPEXO_API_TOKEN" not in result.output and len(result.output) < 1000


def test_a_non_utf8_text_file_names_its_line(tmp_path: Path, fake: FakePropexo) -> None:
    row = rows(fake, 2)
    source = tmp_path / "in.txt"
    source.write_bytes(
        (json.dumps(row[0]) + "\n").encode() + json.dumps(row[1]).encode()[:-2] + b'\xff"}\n'
    )
    result = plan(fake, source)
    refused(result, fake, "line 2", "UTF-8")
    assert "PROPEXO_API_TOKEN" not in result.output


def test_a_lone_surrogate_names_row_and_field(tmp_path: Path, fake: FakePropexo) -> None:
    source = tmp_path / "in.jsonl"
    text = json.dumps(rows(fake, 1)[0]).replace("February", "Feb\\ud800ruary")
    source.write_text(text + "\n", encoding="utf-8")
    result = plan(fake, source)
    refused(result, fake, "row 1, notes", "surrogate")
    assert "PROPEXO_API_TOKEN" not in result.output


def test_a_blank_integration_id_names_the_option(fake: FakePropexo, source: Path) -> None:
    result = run(
        "charges", "plan", str(source), "--integration-id", " ", "--base-url", fake.url,
        *DATES_OPTION,
    )  # fmt: skip
    refused(result, fake, "--integration-id")
    assert "PROPEXO_API_TOKEN" not in result.output


def test_a_malformed_lookup_answer_is_an_api_failure(fake: FakePropexo, source: Path) -> None:
    fake.inject(Fault.reply({"unexpected": True}), "GET /v1/locations/*", times=None)
    result = plan(fake, source)
    assert result.exit_code == ExitCode.API_FAILED, result.output
    assert "looking up locations failed" in result.output
    assert "PROPEXO_API_TOKEN" not in result.output
    assert fake.batch_requests() == []


def test_lookups_without_a_token_still_ask_for_the_token(fake: FakePropexo, source: Path) -> None:
    result = run(
        "charges", "plan", str(source), "--integration-id", RM, "--base-url", fake.url,
        *DATES_OPTION, token=None,
    )  # fmt: skip
    refused(result, fake, "location_id", "PROPEXO_API_TOKEN")


# -- a message, never a traceback -------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--rate-limit", "nan"),
        ("--rate-limit", "inf"),
        ("--rate-limit", "0"),
        ("--wait-timeout", "nan"),
        ("--wait-timeout", "inf"),
        ("--wait-timeout", "-1"),
    ],
)
def test_non_finite_or_out_of_range_options_are_refused_before_sending(
    fake: FakePropexo, source: Path, option: str, value: str
) -> None:
    result = submit(fake, source, "--wait", option, value)
    refused(result, fake, option)


def test_plan_output_into_a_non_directory_is_refused(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    target = f"{source}/plan.csv"
    refused(plan(fake, source, "--output", target), fake, "--output", target)


def test_deeply_nested_json_names_its_row(tmp_path: Path, fake: FakePropexo) -> None:
    source = tmp_path / "in.jsonl"
    deep = '{"notes": ' + "[" * 100_000 + "]" * 100_000 + "}"
    source.write_text(json.dumps(rows(fake, 1)[0]) + "\n" + deep + "\n", encoding="utf-8")
    refused(plan(fake, source), fake, "row 2", "nest")


def test_an_endless_input_is_cut_off_with_a_message(fake: FakePropexo) -> None:
    refused(plan(fake, Path("/dev/zero")), fake, "line 1", "longer than")


def test_a_file_over_the_size_cap_is_refused(
    tmp_path: Path, fake: FakePropexo, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from propexo.charges import _files

    monkeypatch.setattr(_files, "MAX_FILE_BYTES", 1000)
    assert source.stat().st_size > 1000
    refused(plan(fake, source), fake, "larger than 1000 bytes")


def test_a_journal_edited_to_plain_http_is_refused_with_a_message(
    tmp_path: Path, fake: FakePropexo, source: Path
) -> None:
    journal = tmp_path / "run.journal"
    fake.inject(Fault.http(400), BATCH, times=None)  # leaves every chunk to resend
    first = submit(fake, source, "--journal", str(journal))
    assert first.exit_code == ExitCode.NOT_ALL_ACCEPTED, first.output
    with sqlite3.connect(journal) as db:
        db.execute("UPDATE run SET base_url = 'http://evil.example'")
    db.close()
    before = len(fake.requests())
    again = submit(fake, source, "--journal", str(journal))
    assert again.exit_code == ExitCode.JOURNAL_REFUSED, again.output
    assert "http://evil.example" in again.output
    reconciled = run("charges", "reconcile", "--journal", str(journal))
    assert reconciled.exit_code == ExitCode.JOURNAL_REFUSED, reconciled.output
    assert "http://evil.example" in reconciled.output
    assert len(fake.requests()) == before


# -- jobs wait refuses a non-finite --timeout --------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf"])
def test_jobs_wait_with_a_non_finite_timeout_names_the_option(
    fake: FakePropexo, value: str
) -> None:
    result = run("jobs", "wait", "job-1", "--timeout", value, "--base-url", fake.url)
    refused(result, fake, "--timeout")
    assert "Invalid value for JOB_ID" not in result.output


# -- file messages say what is wrong ------------------------------------------------------------


def test_a_json_array_file_says_so(tmp_path: Path, fake: FakePropexo) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(rows(fake, 3), indent=2), encoding="utf-8")
    result = plan(fake, source)
    refused(result, fake, "JSON array", "JSON Lines")
    assert "holds no charges" not in result.output


def test_a_huge_csv_field_names_its_row(tmp_path: Path, fake: FakePropexo) -> None:
    items = rows(fake, 3)
    items[2]["notes"] = "x" * 200_000
    source = csv_file(tmp_path / "in.csv", list(items[0]), [list(r.values()) for r in items])
    refused(plan(fake, source), fake, "row 3", "longer than")


# -- the CLI's shape ---------------------------------------------------------------------------


def test_every_exit_status_is_documented_in_the_top_level_help() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for code in ExitCode:
        assert f"{int(code):>3}  " in result.output, code


def test_exit_statuses_live_in_one_module() -> None:
    cli = ROOT / "overlays" / "propexo" / "cli"
    for module in cli.glob("*.py"):
        if module.name == "_exit.py":
            continue
        text = module.read_text()
        assert "EXIT_" not in text and "SystemExit(1)" not in text, module.name
