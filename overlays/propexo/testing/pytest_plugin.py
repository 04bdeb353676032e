"""The `propexo_fake` pytest fixture, registered by the `testing` extra's `pytest11` entry point.

Installed with `pip install "propexo-client[testing]"`, pytest finds it by itself; a project
that runs from a checkout instead names it: `pytest_plugins = ["propexo.testing.pytest_plugin"]`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import FakePropexo

RM_INTEGRATION = "int-rm-1"
RESMAN_INTEGRATION = "int-resman-1"


@pytest.fixture
def propexo_fake() -> Iterator[FakePropexo]:
    """A running fake with Propexo's default limits, seeded with a Rent Manager integration
    (3 locations x 5 residents, `int-rm-1`) and a ResMan one (2 properties x 5, `int-resman-1`).

    Its answers are checked against the spec; a test fails if the fake broke it or crashed."""
    with FakePropexo(validate_responses=True) as fake:
        fake.seed_rentmanager(3, 5, integration_id=RM_INTEGRATION)
        fake.seed_resman(2, 5, integration_id=RESMAN_INTEGRATION)
        yield fake
    assert not fake.schema_violations, f"the fake broke the spec: {fake.schema_violations[:3]}"
    assert not fake.internal_errors, f"the fake failed: {fake.internal_errors[:3]}"
