"""The degrade search on wide schemas, with the real generator in-process: the number of
generator runs it makes grows with the logarithm of a schema's width, not with the width."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, ok, spec

pytestmark = pytest.mark.slow


def _wide_request(width: int, refused_at: int) -> dict[str, Any]:
    """A request body of ``width`` string properties, one of which (an integer whose default is
    text) the generator refuses."""
    properties: dict[str, Any] = {f"p{i:04d}": {"type": "string"} for i in range(width)}
    properties[f"p{refused_at:04d}"] = {"type": "integer", "default": "many"}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}
    return spec(
        {"/v1/things/": {"post": {"requestBody": body, "responses": {"200": ok()}}}},
        {"In": {"type": "object", "properties": properties}},
    )


@pytest.mark.parametrize("refused_at", [0, 77, 127])
def test_one_refused_property_among_many_costs_logarithmically_many_generator_runs(
    tmp_path: Path, refused_at: int
) -> None:
    pytest.importorskip("openapi_python_client")
    from scripts import _generate
    from scripts._degrade import Problems, repair

    width = 128
    config = _generate._config(ROOT / "generator-config.yml", tmp_path / "out")
    runs = 0

    def check(document: dict[str, Any]) -> Problems:
        nonlocal runs
        runs += 1
        return _generate._problems(document, config)

    _, degraded = repair(_wide_request(width, refused_at), check)

    assert [str(d) for d in degraded] == [
        f"components.schemas.In.properties.p{refused_at:04d}: integer schema -> any value "
        "(generator refused)"
    ]
    # The whole document before and after, the whole schema degraded, then two runs per halving
    # (a property at a time, this was one run per property: 131 for the last one).
    assert runs <= 3 + 2 * math.ceil(math.log2(width)) + 1, runs
