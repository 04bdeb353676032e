"""Small hand-written specs, one quirk each, for the normalizer and the regeneration script."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPECS = ROOT.parent / "shared" / "propexo-spec"
#: Set by CI (.ci/run): a missing ../shared/propexo-spec fails the tests that need it.
REQUIRE_SHARED = "PROPEXO_REQUIRE_SHARED"


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document around ``paths``."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Tiny", "version": "1", "description": "Vendor prose about the API."},
        "paths": paths,
    }
    if schemas:
        document["components"] = {"schemas": schemas}
    return document


def ok(schema_ref: str | None = None, **extra: Any) -> dict[str, Any]:
    """A 200 response, optionally with a JSON body schema."""
    response: dict[str, Any] = {"description": "A vendor's words on success", **extra}
    if schema_ref:
        response["content"] = {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}
        }
    return response


def shared_specs_or_skip(folder: Path = SHARED_SPECS) -> Path:
    """`folder` (Propexo's downloads); a skip when absent, a failure when CI requires it."""
    if not folder.is_dir():
        reason = f"needs Propexo's spec downloads at {folder} (absent)"
        if os.environ.get(REQUIRE_SHARED) == "1":
            pytest.fail(f"{reason}, and {REQUIRE_SHARED}=1 requires them")
        pytest.skip(reason)
    return folder


@pytest.fixture
def shared_specs() -> Path:
    return shared_specs_or_skip()


def toolchain_python() -> str | None:
    """A Python holding the pinned generator toolchain, so the script never bootstraps a venv:
    the one running the tests (`nox -s tests_slow` installs it), else $PROPEXO_REGEN_PYTHON."""
    from scripts.regenerate import _toolchain_ok

    if _toolchain_ok():
        return sys.executable
    return os.environ.get("PROPEXO_REGEN_PYTHON") or None


NO_TOOLCHAIN = (
    "needs the pinned generator toolchain in this Python (nox -s tests_slow) "
    "or PROPEXO_REGEN_PYTHON naming one"
)
