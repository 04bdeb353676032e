"""Prism mock servers built from ``openapi.yaml``, and the ``N of M operations conform`` tally.

Prism processes serve the committed spec on free ports of 127.0.0.1: one static (bodies from
the schemas' defaults) and one dynamic per seed (bodies generated from the schemas, seeded so
that a run is reproducible). Nothing but 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .prism import DEFAULT_PRISM_BIN, MODES, VALIDATION_CHECK, Conformance, PrismServer
from .schema_values import SchemaChecker, iter_operations, load_spec

CONFORMANCE = pytest.StashKey[Conformance]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[CONFORMANCE] = Conformance(total=sum(1 for _ in iter_operations(load_spec())))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Note whether operations are to be checked: the tally is printed only then."""
    conformance = config.stash[CONFORMANCE]
    conformance.collected = any(
        isinstance(item, pytest.Function) and item.originalname == "test_operation_conforms"
        for item in items
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print ``N of M operations conform`` (M: every operation of the spec).

    An operation conforms when Prism is seen to validate its requests, and every Prism
    (static and dynamic) accepted the client's request and returned a body the client parsed.
    """
    conformance = terminalreporter.config.stash.get(CONFORMANCE, None)
    if conformance is None or not conformance.collected:
        return
    total = conformance.total
    checks = (VALIDATION_CHECK, *MODES)
    terminalreporter.write_sep("-", "contract")
    terminalreporter.write_line(f"{conformance.passing(checks)} of {total} operations conform")
    details = ", ".join(f"{check}: {conformance.passing((check,))}" for check in checks)
    checked = len(conformance.results)
    unchecked = f"; {total - checked} not checked" if checked < total else ""
    terminalreporter.write_line(f"({details}{unchecked})")
    if conformance.prism_body_violations:
        flagged = sorted({op for op, _ in conformance.prism_body_violations})
        terminalreporter.write_line(
            f"note: Prism flagged its own mock body as outside the schema for {len(flagged)}"
            " operations (sl-violations at 'response': Prism's generator, not the client;"
            f" not counted): {', '.join(flagged)}"
        )


@pytest.fixture(scope="session")
def conformance(pytestconfig: pytest.Config) -> Conformance:
    """The session's tally, printed at the end."""
    return pytestconfig.stash[CONFORMANCE]


@pytest.fixture(scope="session")
def checker() -> SchemaChecker:
    """Validates values against the spec's schemas (and feeds the value builders)."""
    return SchemaChecker(load_spec())


@pytest.fixture(scope="session")
def prism_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Base URL per Prism mode; the servers start together and stop at the end."""
    binary = Path(os.environ.get("PRISM_BIN", DEFAULT_PRISM_BIN))
    if not binary.exists():
        pytest.fail(f"Prism not found at {binary}: run `nox -s contract`, or set PRISM_BIN")
    logs = tmp_path_factory.mktemp("prism")
    servers = {
        mode: PrismServer(binary, args, logs / f"prism-{index}.log")
        for index, (mode, args) in enumerate(MODES.items())
    }
    try:
        for server in servers.values():
            server.start()
        for server in servers.values():
            server.wait_until_listening()
        yield {mode: server.url for mode, server in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
