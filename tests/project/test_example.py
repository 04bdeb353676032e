"""The downstream example (examples/billing_service.py) run against the fake: a month's rent
for one location, run again (nothing posted twice), and the 401 and 400 paths (by exception
type, before any charge is sent)."""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from propexo import PropexoClient

from tests.conftest import FIXED_TODAY, RM, ROOT, TOKEN, Sleeps
from tests.fake_propexo import FakePropexo, Fault

LOCATION = f"{RM}-loc-001"
ARGS = [
    "--integration-id",
    RM,
    "--location-id",
    LOCATION,
    "--amount-in-cents",
    "125000",
    "--month",
    "2026-12",
]


def _example() -> ModuleType:
    path = Path(ROOT) / "examples" / "billing_service.py"
    spec = importlib.util.spec_from_file_location("billing_service", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs resolves the module of its classes
    spec.loader.exec_module(module)
    return module


def _args(journal_dir: Path) -> list[str]:
    return [*ARGS, "--journal-dir", str(journal_dir)]


def test_the_example_bills_every_resident_of_the_location(
    fake: FakePropexo, client: PropexoClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = _example().main(_args(tmp_path), client=client, today=FIXED_TODAY)

    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip() == "5 residents, 5 charges planned: 5 landed"
    charges = fake.accepted_charges()
    assert len(charges) == 5
    assert {c.location_id for c in charges} == {LOCATION}
    assert {c.charge["amount_in_cents"] for c in charges} == {125000}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite"] == [
        f"rent-{RM}-{LOCATION}-2026-12.journal.sqlite"
    ]


def test_running_the_example_again_posts_nothing_twice(
    fake: FakePropexo, client: PropexoClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A retried cron job or a redeploy runs the same month again: its journal resumes."""
    example = _example()
    assert example.main(_args(tmp_path), client=client, today=FIXED_TODAY) == 0
    posts = len(fake.batch_requests())
    assert example.main(_args(tmp_path), client=client, today=FIXED_TODAY) == 0

    assert len(fake.batch_requests()) == posts  # the rerun sent no charge
    accepted = Counter(c.charge["reference_number"] for c in fake.accepted_charges())
    assert len(accepted) == 5 and set(accepted.values()) == {1}
    assert capsys.readouterr().out.splitlines()[-1] == "5 residents, 5 charges planned: 5 landed"


def test_a_charge_in_doubt_is_reconciled_not_resent(
    fake: FakePropexo, client: PropexoClient, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The answer to a batch request is lost after Propexo took it: the run reports it in
    doubt, then finds it at Propexo (reconciles) instead of posting it again."""
    fake.inject(Fault.drop_after(), "POST /v1/resident-charges/batch/rentmanager/", times=1)
    code = _example().main(_args(tmp_path), client=client, today=FIXED_TODAY)

    assert code == 0, capsys.readouterr().err
    assert len(fake.batch_requests()) == 1
    accepted = Counter(c.charge["reference_number"] for c in fake.accepted_charges())
    assert len(accepted) == 5 and set(accepted.values()) == {1}


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [(401, 2, "the API token was refused (401)"), (400, 3, "Propexo refused a request (400)")],
)
def test_the_example_handles_error_answers_by_type(
    fake: FakePropexo,
    client: PropexoClient,
    capsys: pytest.CaptureFixture[str],
    status: int,
    code: int,
    words: str,
    tmp_path: Path,
) -> None:
    fake.inject(Fault.http(status), "GET /v1/residents/", times=None)

    assert _example().main(_args(tmp_path), client=client, today=FIXED_TODAY) == code
    assert words in capsys.readouterr().err
    assert fake.batch_requests() == []  # refused while planning: nothing was posted


def test_the_example_reads_the_environment(
    fake: FakePropexo,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("PROPEXO_API_TOKEN", TOKEN)
    monkeypatch.setenv("PROPEXO_BASE_URL", fake.url)
    example = _example()
    built: list[PropexoClient] = []

    def client_from_environment() -> PropexoClient:
        # Token and base URL left to the environment; only the waits are made instant.
        built.append(PropexoClient(rate_limit=1e6, sleep=Sleeps()))
        return built[-1]

    monkeypatch.setattr(example, "PropexoClient", client_from_environment)

    code = example.main(_args(tmp_path), today=FIXED_TODAY)

    assert code == 0, capsys.readouterr().err
    assert len(fake.accepted_charges()) == 5
    assert [c.base_url for c in built] == [fake.url]


def test_the_example_stopped_by_sigterm_exits_143_after_the_request_on_the_wire(
    fake: FakePropexo,
    client: PropexoClient,
    capsys: pytest.CaptureFixture[str],
    sigterm_guard: Any,
    tmp_path: Path,
) -> None:
    """SIGTERM as the batch is accepted (a deploy): its answer is read, nothing else is sent,
    and main() returns 128 + 15 instead of the process dying."""
    fake.on_accept(lambda job: os.kill(os.getpid(), signal.SIGTERM), times=1)

    assert _example().main(_args(tmp_path), client=client, today=FIXED_TODAY) == 143
    assert "billing stopped by SIGTERM" in capsys.readouterr().err
    assert len(fake.accepted_charges()) == 5 and len(fake.batch_requests()) == 1
    assert signal.getsignal(signal.SIGTERM) is sigterm_guard  # put back
