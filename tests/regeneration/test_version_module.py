"""propexo_client/_version.py as every generation writes it."""

from __future__ import annotations

import hashlib
from typing import Any

from scripts import _version


def _run(source: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(source, "_version.py", "exec"), namespace)  # our own output, checked below
    return namespace


def test_the_module_holds_the_version_and_the_spec_it_was_generated_from() -> None:
    text = "openapi: 3.1.0\n"
    values = _run(_version.version_module({"info": {"version": "2026-02-12"}}, text))
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert values["__version__"] == _version.version()
    assert values["SPEC_SHA256"] == digest
    assert values["SPEC_VERSION"] == f"2026-02-12+sha256.{digest}"


def test_a_hostile_info_version_stays_a_string_and_runs_nothing() -> None:
    hostile = '1"\nimport os; os.system("false")\n"""'
    values = _run(_version.version_module({"info": {"version": hostile}}, ""))
    assert values["SPEC_VERSION"].startswith(hostile + "+sha256.")
    assert "os" not in values


def test_a_spec_without_info_says_unknown() -> None:
    assert _run(_version.version_module({}, ""))["SPEC_VERSION"].startswith("unknown+sha256.")
