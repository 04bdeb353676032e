"""The crash suite's fake Propexo (in this process; the submitting clients are separate
processes) and its summary line at the end of the run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import TOKEN
from tests.fake_propexo import FakePropexo, RandomOutcomes
from tests.faults.tally import TALLY


@pytest.fixture(scope="session")
def crash_fake() -> Iterator[FakePropexo]:
    """One fake for every run (each run seeds its own integration). Jobs succeed after a
    random 0-0.3 s, so that killed processes may leave jobs running."""
    policy = RandomOutcomes(7, success=1.0, partial=0.0, failure=0.0, delay=(0.0, 0.3))
    with FakePropexo(token=TOKEN, rate_limit=None, job_outcome=policy) as fake:
        yield fake
    assert not fake.internal_errors, fake.internal_errors[:3]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.runs:
        terminalreporter.write_line(TALLY.line())
