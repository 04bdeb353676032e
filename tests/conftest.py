"""Shared fixtures: a running fake Propexo on 127.0.0.1 and clients pointed at it.

Sleeps are recorded, not slept (`client` fixture), so retry and backoff tests run at once and
their waits can be asserted; the pacing tests share the fake's manual clock instead.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

ROOT = Path(__file__).resolve().parents[1]
# Hypothesis keeps no example database and its caches outside the checkout (.hypothesis/):
# no test writes into it. Its wall-clock checks (a slow draw, a slow example) are off: on a
# loaded machine they fail tests whose properties hold, and no test here is about speed.
settings.register_profile(
    "propexo", database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("propexo")
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "propexo-tests-hypothesis"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from propexo import DateWindow, PropexoClient  # noqa: E402

from tests.fake_propexo import FakePropexo  # noqa: E402

#: A distinctive token: tests search outputs, files and reprs for it.
TOKEN = "pxo-test-7f3c9e1b5a-SECRET-DO-NOT-PRINT"
RM = "int-rm-1"
RESMAN = "int-resman-1"
#: The tests' today. A charge's transaction_date must fall in a window around the day it is
#: validated (by default `DateWindow.around()` the real today: 5 years before to 1 year after),
#: and the test charges have fixed dates (`charge_row`: 2026-02-01): every test that validates
#: charges passes `transaction_dates=DATES` (the CLI: `*DATES_OPTION`), the default window as it
#: is on this day, so that no test depends on the day it runs.
FIXED_TODAY = dt.date(2026, 3, 1)
DATES = DateWindow.around(FIXED_TODAY)
#: `--transaction-dates` of `propexo charges plan|submit`: the same window.
DATES_OPTION = ("--transaction-dates", f"{DATES.earliest}..{DATES.latest}")


class Sleeps:
    """A fake `sleep`/`async_sleep` pair that records what it was asked to wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.calls.append(seconds)

    @property
    def total(self) -> float:
        return sum(self.calls)


@pytest.fixture
def fake() -> Iterator[FakePropexo]:
    """The fake without a server-side rate limit, seeded with Rent Manager `int-rm-1`
    (3 locations x 5 residents) and ResMan `int-resman-1` (2 properties x 5)."""
    with FakePropexo(token=TOKEN, rate_limit=None) as server:
        server.seed_rentmanager(3, 5, integration_id=RM)
        server.seed_resman(2, 5, integration_id=RESMAN)
        yield server


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def make_client(fake: FakePropexo, sleeps: Sleeps | None = None, **kw: Any) -> PropexoClient:
    sleeps = sleeps or Sleeps()
    options: dict[str, Any] = {
        "rate_limit": 1e6,
        "sleep": sleeps,
        "async_sleep": sleeps.asleep,
        "jitter": lambda: 0.5,
        **kw,
    }
    return PropexoClient(TOKEN, base_url=fake.url, **options)


@pytest.fixture
def client(fake: FakePropexo, sleeps: Sleeps) -> Iterator[PropexoClient]:
    """A client of the fake whose pacing never binds and whose sleeps are only recorded."""
    with make_client(fake, sleeps) as c:
        yield c


def residents_by_location(fake: FakePropexo, integration_id: str = RM) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    with fake.state.lock:
        for resident in fake.state.residents.values():
            if resident.integration_id == integration_id and len(resident.location_ids) == 1:
                found.setdefault(resident.location_ids[0], []).append(resident.id)
    return found


def charge_row(resident_id: str, n: int, **extra: Any) -> dict[str, Any]:
    """A valid input row (as read from JSON Lines)."""
    return {
        "resident_id": resident_id,
        "charge_code_id": "int-rm-1-cc-rent",
        "transaction_date": "2026-02-01T00:00:00Z",
        "notes": f"February rent {n}",
        "amount_in_cents": 10_000 + n,
        "reference_number": f"REF-{n:06d}",
        **extra,
    }


def _unhandled(signum: int, frame: object) -> None:
    raise AssertionError(f"{signal.Signals(signum).name} reached the test process unhandled")


@pytest.fixture
def sigterm_guard() -> Iterator[Any]:
    """For a test that sends its own process SIGTERM: unhandled, it fails the test instead of
    killing the test process. Yields the guard's handler (what a block must restore)."""
    previous = signal.signal(signal.SIGTERM, _unhandled)
    try:
        yield _unhandled
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> Any:
    """The sync or the async driver of the same verbs (see tests/drivers.py)."""
    from tests.drivers import Driver

    return Driver(request.param)
