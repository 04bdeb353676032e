"""Logging: the `propexo` logger tree, the `PROPEXO_LOG` switch, and a
token that never appears, even with every logger at DEBUG."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from propexo import PropexoClient, submit_charges
from propexo._logs import RedactingFilter, setup_logging
from propexo.jobs import JobTracker

from tests.conftest import DATES, DATES_OPTION, RM, ROOT, TOKEN, charge_row, make_client
from tests.fake_propexo import FakePropexo, Fault

RESIDENT = "int-rm-1-prop-000-res-000"
BATCH = "POST /v1/resident-charges/batch/*"


@pytest.fixture
def everything_at_debug() -> Iterator[list[str]]:
    """Every logger (root included: httpx, httpcore, asyncio...) at DEBUG into a list."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(f"{record.name} {record.levelname} {self.format(record)}")

    handler = Collect(logging.DEBUG)
    root = logging.getLogger()
    saved = root.level, {n: logging.getLogger(n).level for n in ("propexo", "httpx", "httpcore")}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in saved[1]:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield lines
    finally:
        root.removeHandler(handler)
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)


def test_chunk_outcomes_plans_and_job_changes_are_logged_without_the_token(
    fake: FakePropexo, everything_at_debug: list[str]
) -> None:
    fake.inject(Fault.too_many_requests(retry_after=1), BATCH)
    fake.inject(Fault.http(400), BATCH, when=lambda info: "REF-000003" in str(info.body))
    rows = [charge_row(RESIDENT, n, location_id=f"int-rm-1-loc-00{n % 3}") for n in range(1, 7)]
    with make_client(fake) as client:
        result = submit_charges(
            client, rows, integration_id=RM, transaction_dates=DATES, journal=None
        )
        job_ids = [c.job_id for c in result.chunks if c.job_id]
        JobTracker(client).wait(job_ids[0], timeout=60)
    text = "\n".join(everything_at_debug)
    assert TOKEN not in text
    assert "propexo.charges._api INFO planned 6 charges in 3 chunks over 3 locations" in text
    assert any(
        line.startswith("propexo.charges._submit INFO") and "accepted as job" in line
        for line in everything_at_debug
    )
    assert any(
        line.startswith("propexo.charges._submit WARNING") and ": rejected: HTTP 400" in line
        for line in everything_at_debug
    )
    assert any(line.startswith("propexo.jobs.") and job_ids[0] in line for line in text.split("\n"))


def test_the_redacting_filter_masks_bearer_values() -> None:
    record = logging.LogRecord(
        "propexo", logging.INFO, __file__, 1, "echo: %s", (f"Authorization: Bearer {TOKEN}",), None
    )
    RedactingFilter().filter(record)
    assert TOKEN not in record.getMessage() and "Bearer ***" in record.getMessage()


def test_setup_logging_without_the_switch_adds_no_handler() -> None:
    before = list(logging.getLogger("propexo").handlers)
    setup_logging(env={})
    setup_logging(env={"PROPEXO_LOG": "loud"})
    assert logging.getLogger("propexo").handlers == before


_SCRIPT = """
import sys
from propexo import DateWindow, PropexoClient, submit_charges
rows = [dict(resident_id="int-rm-1-prop-000-res-000", charge_code_id="int-rm-1-cc-rent",
             transaction_date="2026-11-01T00:00:00Z", notes="", amount_in_cents=100,
             reference_number="A1", location_id="int-rm-1-loc-000")]
with PropexoClient(sys.argv[2], base_url=sys.argv[1], rate_limit=1e6) as client:
    submit_charges(client, rows, integration_id="int-rm-1",
                   transaction_dates=DateWindow.parse(sys.argv[3]), journal=None)
"""


@pytest.mark.parametrize(("switch", "debug_lines"), [("debug", True), ("info", False), ("", None)])
def test_propexo_log_sends_records_to_stderr(
    fake: FakePropexo, tmp_path: Path, switch: str, debug_lines: bool | None
) -> None:
    env = {**os.environ, "PROPEXO_LOG": switch, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, fake.url, TOKEN, DATES_OPTION[1]],  # EARLIEST..LATEST
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=tmp_path,
    )
    assert TOKEN not in done.stderr + done.stdout
    if debug_lines is None:
        assert done.stderr == ""
        return
    assert "- propexo.charges._submit:" in done.stderr and "accepted as job" in done.stderr
    assert "HTTP Request: POST" in done.stderr  # httpx's line, at the same level
    assert ("DEBUG] chunk 0001-" in done.stderr) is debug_lines


def test_a_client_repr_at_debug_shows_no_token(fake: FakePropexo) -> None:
    with PropexoClient(TOKEN, base_url=fake.url) as client:
        logging.getLogger("propexo").debug("client %r", client)
        assert TOKEN not in repr(client)


def test_every_retry_is_logged_at_warning_as_the_readme_says(
    fake: FakePropexo, client: PropexoClient, caplog: pytest.LogCaptureFixture
) -> None:
    """A 503, a dropped connection and a 429 before the answer: three retries, three
    WARNING lines from the transport (openai-python logs every retry too)."""
    for fault in (Fault.http(503), Fault.drop_before(), Fault.too_many_requests(retry_after=1)):
        fake.inject(fault, "GET /v1/residents/")

    with caplog.at_level(logging.DEBUG, logger="propexo"):
        list(client.residents.list(integration_id=RM))

    retries = [r for r in caplog.records if r.name == "propexo._transport" and "retried" in r.msg]
    assert client.stats.retries == 3
    assert [r.levelname for r in retries] == ["WARNING"] * 3, [r.getMessage() for r in retries]
