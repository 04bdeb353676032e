"""The generator's parse as the scripts run it, with the real generator in-process: the
deep copy its ``sort_parameters`` makes of every endpoint is skipped while parsing, and nothing
else about the parse changes."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from .conftest import ROOT, ok, spec

pytestmark = pytest.mark.slow


def test_a_parse_sorts_path_parameters_in_path_order_and_leaves_the_generator_as_it_was(
    tmp_path: Path,
) -> None:
    pytest.importorskip("openapi_python_client")
    from openapi_python_client.parser import openapi

    from scripts import _generate, _generator

    given = vars(openapi.Endpoint)["sort_parameters"]
    path = "/v1/things/{thing_id}/parts/{part_id}"
    parameters = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        for name in ("part_id", "thing_id")
    ]
    document = spec({path: {"get": {"parameters": parameters, "responses": {"200": ok()}}}})
    config = _generate._config(ROOT / "generator-config.yml", tmp_path / "out")

    data = _generator.parse(document, config)

    [endpoint] = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    names = [p.name.get_untrusted_value() for p in endpoint.path_parameters]
    assert names == ["thing_id", "part_id"]
    assert vars(openapi.Endpoint)["sort_parameters"] is given
    assert vars(openapi)["deepcopy"] is copy.deepcopy
