"""Small hand-written specs, one quirk each, for the normalizer and the regeneration script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPECS = ROOT.parent / "shared" / "propexo-spec"


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


@pytest.fixture
def shared_specs() -> Path:
    if not SHARED_SPECS.is_dir():
        pytest.fail(f"the spec downloads are expected beside the repo at {SHARED_SPECS}")
    return SHARED_SPECS
