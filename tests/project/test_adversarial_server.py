"""A hostile or broken server: what the client does with it (lookups that fail without an
error status, rate-limit headers, server text, the journal's host, answer sizes, writes that may
have been processed). Every test talks HTTP to the fake on 127.0.0.1; waits are injected, never
slept."""

from __future__ import annotations

import asyncio
import functools
import logging
import socket
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result
from propexo import (
    APIConnectionError,
    PropexoClient,
    ResponseValidationError,
    RetryPolicy,
    submit_charges,
)
from propexo.charges import Outcome, aplan_charges, plan_charges
from propexo.cli import _options
from propexo.cli._app import app
from propexo.journal import ChunkState, Journal

from tests.conftest import (
    DATES,
    DATES_OPTION,
    RM,
    TOKEN,
    Sleeps,
    charge_row,
    make_client,
    residents_by_location,
)
from tests.fake_propexo import FakePropexo, Fault, ManualClock
from tests.journal_support import accepted_references, write_jsonl

BATCH = "POST /v1/resident-charges/batch/*"
LOCATIONS = "GET /v1/locations/rentmanager/"


def _rows(fake: FakePropexo, count: int, *, named: bool = False) -> list[dict[str, Any]]:
    """`count` rows over the first location's residents (with its id when `named`)."""
    location, residents = sorted(residents_by_location(fake).items())[0]
    extra = {"location_id": location} if named else {}
    return [charge_row(residents[n % len(residents)], n, **extra) for n in range(count)]


def _run(*args: str, env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(
        app, list(args), env={"PROPEXO_API_TOKEN": TOKEN, **(env or {})}, catch_exceptions=False
    )
    assert TOKEN not in result.output and TOKEN not in result.stderr
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class _Clocked:
    """A manual clock and a sleep that advances it (and records each wait)."""

    def __init__(self) -> None:
        self.clock = ManualClock()
        self.calls: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.clock.advance(seconds)


def _states(journal: Path) -> list[str]:
    """The journal's chunk states as another process would read them now."""
    with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT state FROM chunks ORDER BY idx")]


# -- lookups that fail without an HTTP error status ---------------------------------------


def test_connection_refused_fails_a_lookup_in_seconds_with_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clocked = _Clocked()
    monkeypatch.setattr(
        _options,
        "PropexoClient",
        functools.partial(PropexoClient, sleep=clocked.sleep, clock=clocked.clock.now),
    )
    source = write_jsonl(tmp_path / "in.jsonl", [charge_row("res-1", 1)])
    start = clocked.clock.now()
    result = _run(
        "charges", "plan", str(source), "--integration-id", RM,
        "--base-url", f"http://127.0.0.1:{_free_port()}", *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 3, result.output
    assert "looking up locations failed: list Rent Manager locations: no answer from the API" in (
        result.stderr
    )
    assert "ConnectError" in result.stderr and "Traceback" not in result.output
    assert clocked.clock.now() - start <= RetryPolicy().error_budget  # seconds, not ~48 s
    assert len([s for s in clocked.calls if s > 0.01]) >= 2  # but it did retry


def test_the_error_budget_is_configurable(fake: FakePropexo) -> None:
    clocked = _Clocked()
    port = _free_port()
    with PropexoClient(
        TOKEN,
        base_url=f"http://127.0.0.1:{port}",
        retry_policy=RetryPolicy(error_budget=0),
        sleep=clocked.sleep,
        clock=clocked.clock.now,
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            plan_charges(_rows(fake, 2), integration_id=RM, client=client, transaction_dates=DATES)
        assert client.stats.attempts == 1 and client.stats.retries == 0
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.operation == "list Rent Manager locations"


def test_a_reset_while_the_body_is_read_is_retried_for_reads(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.cut_body(), LOCATIONS, times=1)
    fake.inject(Fault.cut_body(), "GET /v1/residents/", times=2)
    plan = plan_charges(_rows(fake, 4), integration_id=RM, client=client, transaction_dates=DATES)
    assert plan.charge_count == 4
    assert client.stats.retries == 3
    assert [r.fault for r in fake.requests()].count("cut_body") == 3


def test_a_write_cut_off_mid_answer_is_unknown_and_never_resent(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.cut_body(), BATCH, times=1)
    result = submit_charges(
        client, _rows(fake, 3, named=True), integration_id=RM, transaction_dates=DATES, journal=None
    )
    assert [c.outcome for c in result.chunks] == [Outcome.UNKNOWN]
    assert len(fake.batch_requests()) == 1 and len(fake.accepted_charges()) == 3


@pytest.mark.parametrize(
    "body",
    [{"meta": {"has_more": False}}, [1, 2, 3], "not json at all", 42],
    ids=["200-without-results", "json-list", "not-json", "json-number"],
)
def test_an_unreadable_200_fails_the_lookup_with_exit_3(
    tmp_path: Path, fake: FakePropexo, sleeps: Sleeps, body: Any
) -> None:
    fault = Fault.reply(raw=body) if isinstance(body, str) else Fault.reply(body)
    fake.inject(fault, LOCATIONS, times=None)
    with make_client(fake, sleeps) as client, pytest.raises(Exception) as caught:
        plan_charges(_rows(fake, 2), integration_id=RM, client=client, transaction_dates=DATES)
    assert type(caught.value) is ResponseValidationError
    assert "list Rent Manager locations" in str(caught.value)
    source = write_jsonl(tmp_path / "in.jsonl", _rows(fake, 2))
    result = _run(
        "charges", "plan", str(source), "--integration-id", RM, "--base-url", fake.url,
        *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 3, result.output
    assert "looking up locations failed: list Rent Manager locations" in result.stderr
    assert fake.batch_requests() == []


# -- x-ratelimit-limit ----------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["0.01", "1e-300", "0", "-5", "nan", "inf", "lots"])
def test_x_ratelimit_limit_cannot_make_the_client_wait_unboundedly(
    fake: FakePropexo, limit: str
) -> None:
    fake.inject(Fault.with_headers({"x-ratelimit-limit": limit}), "GET /v1/*", times=None)
    clocked = _Clocked()
    with make_client(fake, rate_limit=150, sleep=clocked.sleep, clock=clocked.clock.now) as client:
        plan = plan_charges(
            _rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES
        )
        assert client.pacer.limit == 150  # the nonsense was ignored
    assert plan.charge_count == 3
    assert max(clocked.calls, default=0.0) <= 60.0 / 150 * 1.1


def test_a_believable_server_limit_still_applies(
    fake: FakePropexo,
) -> None:
    fake.inject(Fault.with_headers({"x-ratelimit-limit": "30"}), "GET /v1/*", times=None)
    clocked = _Clocked()
    with make_client(fake, rate_limit=150, sleep=clocked.sleep, clock=clocked.clock.now) as client:
        plan_charges(_rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES)
        assert client.pacer.limit == 30
    assert clocked.calls == []  # a few requests of a free budget are not held back


# -- server text ----------------------------------------------------------------------------


def _hostile_message() -> str:
    echoed = f"Authorization: Bearer {TOKEN}; token={TOKEN}"
    return "\x1b[31m\x1b]0;owned\x07" + echoed + "\u202e\x00\r\n" + "x" * (2 * 1024 * 1024)


def test_server_text_is_redacted_capped_and_stripped_everywhere(
    tmp_path: Path, fake: FakePropexo
) -> None:
    error = {"code": "BAD_REQUEST", "message": _hostile_message()}
    fake.inject(Fault.reply({"error": error}, status=400), BATCH)
    source = write_jsonl(tmp_path / "in.jsonl", _rows(fake, 3, named=True))
    out, journal = tmp_path / "rows.csv", tmp_path / "run.journal"
    result = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--journal", str(journal), "--output", str(out), "--no-progress", *DATES_OPTION,
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    written = out.read_text(encoding="utf-8")
    with sqlite3.connect(journal) as conn:
        stored = " ".join(str(r) for r in conn.execute("SELECT error FROM chunks"))
        stored += " ".join(str(r) for r in conn.execute("SELECT detail FROM events"))
    for text in (result.output, written, stored):
        assert TOKEN not in text
        assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
        assert "x" * 600 not in text  # capped, not 2 MB
    assert "HTTP 400: [31m]0;ownedAuthorization: Bearer ***; token=*** xxx" in result.output
    assert "xxx... (2096701 more characters)" in result.output


def test_error_text_is_cleaned_in_library_results(fake: FakePropexo, client: PropexoClient) -> None:
    fake.inject(Fault.reply(raw=_hostile_message(), status=422), BATCH)
    result = submit_charges(
        client, _rows(fake, 2, named=True), integration_id=RM, transaction_dates=DATES, journal=None
    )
    error = result.chunks[0].error or ""
    assert result.chunks[0].outcome is Outcome.REJECTED
    assert TOKEN not in error and "\x1b" not in error and len(error) < 400


# -- reconcile never lets the journal choose the host --------------------------------------


def test_reconcile_never_sends_the_token_to_the_journals_host(
    tmp_path: Path, fake: FakePropexo
) -> None:
    fake.inject(Fault.drop_after(), BATCH)
    source = write_jsonl(tmp_path / "in.jsonl", _rows(fake, 3, named=True))
    journal = tmp_path / "run.journal"
    sent = _run(
        "charges", "submit", str(source), "--integration-id", RM, "--base-url", fake.url,
        "--journal", str(journal), "--no-progress", *DATES_OPTION,
    )  # fmt: skip
    assert sent.exit_code == 1 and "1 unknown (3 charges)" in sent.output
    with FakePropexo(token="attacker", rate_limit=None) as attacker:
        with sqlite3.connect(journal) as conn:  # someone hands over an edited journal
            conn.execute("UPDATE run SET base_url = ?", (attacker.url,))
        for base in ([], ["--base-url", fake.url]):
            refused = _run("charges", "reconcile", "--journal", str(journal), *base)
            assert refused.exit_code == 4, refused.output
            assert f"records a run against {attacker.url}" in refused.stderr
        assert attacker.requests() == []
        with sqlite3.connect(journal) as conn:
            conn.execute("UPDATE run SET base_url = ?", (fake.url,))
    found = _run("charges", "reconcile", "--journal", str(journal), "--base-url", fake.url)
    assert found.exit_code == 0, found.output


# -- response size --------------------------------------------------------------------------


def test_a_300_mb_answer_is_refused_without_reading_it(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.huge(300 * 1024 * 1024), LOCATIONS, times=None)
    with pytest.raises(ResponseValidationError) as caught:
        plan_charges(_rows(fake, 2), integration_id=RM, client=client, transaction_dates=DATES)
    assert caught.value.operation == "list Rent Manager locations"
    assert "max_response_size" in str(caught.value) and client.stats.retries == 0


def test_an_answer_without_length_is_cut_at_the_cap(fake: FakePropexo) -> None:
    fake.inject(Fault.huge(8 * 1024 * 1024, length=False), LOCATIONS, times=None)
    fake.inject(Fault.huge(8 * 1024 * 1024, length=False), BATCH, times=None)
    with make_client(fake, max_response_size=1024 * 1024) as client:
        with pytest.raises(ResponseValidationError, match="holds more than 1048576 bytes"):
            plan_charges(_rows(fake, 2), integration_id=RM, client=client, transaction_dates=DATES)
        result = submit_charges(
            client,
            _rows(fake, 2, named=True),
            integration_id=RM,
            transaction_dates=DATES,
            journal=None,
        )
    assert [c.outcome for c in result.chunks] == [Outcome.UNKNOWN]  # the write was sent
    assert "holds more than 1048576 bytes" in (result.chunks[0].error or "")
    assert "may have been processed" in (result.chunks[0].error or "")
    assert len(fake.batch_requests()) == 1


def test_the_async_driver_retries_a_cut_read_and_caps_sizes(fake: FakePropexo) -> None:
    fake.inject(Fault.cut_body(), LOCATIONS, times=1)
    with make_client(fake, max_response_size=1024 * 1024) as client:
        plan = asyncio.run(
            aplan_charges(_rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES)
        )
        assert plan.charge_count == 3 and client.stats.retries == 1
    fake.inject(Fault.huge(4 * 1024 * 1024, length=False), LOCATIONS, times=None)
    with (
        make_client(fake, max_response_size=1024 * 1024) as client,
        pytest.raises(ResponseValidationError, match="max_response_size"),
    ):
        asyncio.run(
            aplan_charges(_rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES)
        )


# -- a 503 to a write is never resent; waits say what for ----------------------------------


def test_a_503_to_a_write_is_unknown_and_never_resent(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.http(503), BATCH, times=1)
    result = submit_charges(
        client, _rows(fake, 3, named=True), integration_id=RM, transaction_dates=DATES, journal=None
    )
    assert [(c.outcome, c.status_code) for c in result.chunks] == [(Outcome.UNKNOWN, 503)]
    assert "may have been processed" in (result.chunks[0].error or "")
    assert len(fake.batch_requests()) == 1 and client.stats.retries == 0


def test_retry_after_waits_say_what_is_waited_for(
    fake: FakePropexo, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    fake.inject(Fault.too_many_requests(retry_after=90), BATCH, times=1)
    with caplog.at_level(logging.DEBUG, logger="propexo"), make_client(fake, sleeps) as client:
        result = submit_charges(
            client,
            _rows(fake, 3, named=True),
            integration_id=RM,
            transaction_dates=DATES,
            journal=None,
        )
    assert result.ok
    said = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(said) == 1 and said[0].name == "propexo._transport"
    message = said[0].getMessage()
    assert "HTTP 429 to POST /v1/resident-charges/batch/rentmanager/ (attempt 1 of 8)" in message
    assert "every request waits 9" in message and "(Retry-After)" in message


def test_retries_pauses_and_journal_transitions_are_logged_without_the_token(
    tmp_path: Path, fake: FakePropexo, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    fake.inject(Fault.http(502), "GET /v1/residents/", times=1)
    fake.inject(Fault.too_many_requests(retry_after=2), BATCH, times=1)
    with caplog.at_level(logging.DEBUG), make_client(fake, sleeps) as client:
        run = submit_charges(
            client,
            _rows(fake, 3),
            journal=tmp_path / "j.journal",
            integration_id=RM,
            transaction_dates=DATES,
        )
    assert run.ok
    lines = [f"{r.name} {r.levelname} {r.getMessage()}" for r in caplog.records]
    assert not any(TOKEN in line for line in lines)
    assert any("HTTP 502 to GET /v1/residents/ (attempt 1 of 8): retried in" in x for x in lines)
    assert any("propexo.journal._journal INFO" in x and "planned -> sending" in x for x in lines)
    assert any("sending -> planned" in x for x in lines)  # the 429 put it back
    assert any("sending -> accepted (job " in x for x in lines)


# -- "sending" only once the slot is held -------------------------------------------------


class _Killed(BaseException):
    """Stands for a SIGKILL: nothing after it runs in the submitting code."""


def test_a_chunk_killed_while_waiting_for_its_slot_is_not_in_doubt(
    tmp_path: Path, fake: FakePropexo
) -> None:
    rows = _rows(fake, 4, named=True)
    journal = tmp_path / "run.journal"
    seen: list[list[str]] = []
    clock = ManualClock()
    fake.inject(Fault.with_headers({"x-ratelimit-remaining": "0"}), BATCH, times=1)  # spent

    def sleep(seconds: float) -> None:  # the second chunk waits for its slot: die there
        seen.append(_states(journal))
        raise _Killed

    with (
        PropexoClient(
            TOKEN, base_url=fake.url, rate_limit=60, sleep=sleep, clock=clock.now
        ) as client,
        pytest.raises(_Killed),
    ):
        submit_charges(
            client,
            rows,
            journal=journal,
            integration_id=RM,
            max_batch_size=2,
            concurrency=1,
            transaction_dates=DATES,
        )
    assert seen == [["accepted", "planned"]]  # not "sending" while it waited
    assert _states(journal) == ["accepted", "planned"]
    with make_client(fake) as client:  # a plain resume, no --resend-unknown
        again = submit_charges(
            client, rows, journal=journal, integration_id=RM, transaction_dates=DATES
        )
    assert again.ok and len(again.sent) == 1
    assert set(accepted_references(fake).values()) == {1}


def test_a_429_puts_the_chunk_back_while_the_client_waits(
    tmp_path: Path, fake: FakePropexo
) -> None:
    fake.inject(Fault.too_many_requests(retry_after=30), BATCH, times=1)
    journal = tmp_path / "run.journal"
    seen: list[list[str]] = []

    def sleep(seconds: float) -> None:
        if seconds > 1:
            seen.append(_states(journal))

    with make_client(fake, sleeps=None, sleep=sleep) as client:
        run = submit_charges(
            client,
            _rows(fake, 2, named=True),
            journal=journal,
            integration_id=RM,
            transaction_dates=DATES,
        )
    assert run.ok and seen == [["planned"]]
    with Journal.open(journal) as opened:
        kinds = [(e.kind, e.state) for e in opened.events() if e.chunk_id]
        (entry,) = opened.chunks()
    assert kinds == [
        ("sending", "sending"),
        ("not sent", "planned"),
        ("sending", "sending"),
        ("outcome", "accepted"),
    ]
    assert entry.state is ChunkState.ACCEPTED and entry.attempts == 2


def test_pacing_waits_over_a_second_are_logged_with_their_reason(
    fake: FakePropexo, caplog: pytest.LogCaptureFixture
) -> None:
    fake.inject(Fault.with_headers({"x-ratelimit-remaining": "1"}), LOCATIONS, times=1)  # low
    fake.inject(Fault.too_many_requests(retry_after=20), "GET /v1/residents/", times=1)
    clocked = _Clocked()
    with (
        caplog.at_level(logging.INFO, logger="propexo"),
        make_client(fake, rate_limit=30, sleep=clocked.sleep, clock=clocked.clock.now) as client,
    ):
        plan_charges(_rows(fake, 3), integration_id=RM, client=client, transaction_dates=DATES)
    waits = [r.getMessage() for r in caplog.records if "waits" in r.getMessage()]
    assert "GET /v1/residents/ waits 30.6 s for a rate-limit slot" in waits  # half a window
    assert any(w.endswith("for a pause the server asked for") for w in waits)
    assert all(r.levelno == logging.INFO for r in caplog.records if "for a" in r.getMessage())
