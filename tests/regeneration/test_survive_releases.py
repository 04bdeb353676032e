"""What keeps each new Propexo release generating, checked without the generator: flow-style YAML,
same-title union members, and the degradation search (against a stand-in for the generator)."""

from __future__ import annotations

import json
from typing import Any

from scripts import _normalize, _yaml
from scripts._degrade import Degradation, Problems, repair

from .conftest import ok, spec


def test_flow_style_yaml_that_starts_like_json_loads_as_yaml_12() -> None:
    text = (
        "{openapi: 3.1.0, servers: [{url: https://api.example.com, x-name: Production}], "
        "info: {title: T, version: 1.0.0}, paths: {}, x-state: ON}"
    )
    document = _yaml.loads(text)
    assert document["servers"] == [{"url": "https://api.example.com", "x-name": "Production"}]
    assert document["x-state"] == "ON"


def test_json_still_loads_as_json() -> None:
    assert _yaml.loads(json.dumps({"openapi": "3.1.0", "on": "ON"})) == {
        "openapi": "3.1.0",
        "on": "ON",
    }


def _credentials(*titles: str) -> dict[str, Any]:
    return {
        "anyOf": [
            {"title": t, "type": "object", "properties": {f"key{i}": {"type": "string"}}}
            for i, t in enumerate(titles)
        ]
    }


def test_union_members_with_the_same_title_get_distinct_titles() -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}
    document = spec(
        {"/v1/integrations/": {"post": {"requestBody": body, "responses": {"200": ok()}}}},
        {
            "In": {
                "type": "object",
                "properties": {
                    "credentials": _credentials("Entrata", "MRI", "Entrata", "Entrata 2", "Entrata")
                },
            }
        },
    )
    normalized = _normalize.normalize(document)
    members = normalized["components"]["schemas"]["In"]["properties"]["credentials"]["anyOf"]
    assert [m["title"] for m in members] == [
        "Entrata",
        "MRI",
        "Entrata 3",
        "Entrata 2",
        "Entrata 4",
    ]
    assert _normalize.normalize(normalized) == normalized


def test_distinct_titles_leave_unions_without_repeats_alone() -> None:
    union = _credentials("Entrata", "MRI")
    assert _normalize.distinct_union_titles({"x": union}) == {"x": union}


def _refuses_text_default(document: dict[str, Any]) -> Problems:
    """A stand-in generator: refuses a component schema holding an integer with a text default,
    and the operations that use it."""

    def bad(node: Any) -> bool:
        if isinstance(node, dict):
            if node.get("type") == "integer" and isinstance(node.get("default"), str):
                return True
            return any(bad(v) for v in node.values())
        return isinstance(node, list) and any(bad(v) for v in node)

    schemas = {
        name
        for name, schema in ((document.get("components") or {}).get("schemas") or {}).items()
        if bad(schema)
    }
    users = {
        (method, path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if any(f"#/components/schemas/{name}" in json.dumps(operation) for name in schemas)
    }
    return Problems(schemas=frozenset(schemas), operations=frozenset(users))


def test_degradation_replaces_only_the_smallest_refused_part() -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}
    document = spec(
        {"/v1/things/": {"post": {"requestBody": body, "responses": {"200": ok()}}}},
        {
            "In": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "inner": {
                        "type": "object",
                        "properties": {"count": {"type": "integer", "default": "many"}},
                    },
                },
            }
        },
    )
    repaired, degraded = repair(document, _refuses_text_default)
    assert degraded == (
        Degradation(
            "components.schemas.In.properties.inner.properties.count",
            "integer schema",
            "any value",
            "generator refused",
        ),
    )
    assert repaired["components"]["schemas"]["In"]["properties"]["inner"]["properties"] == {
        "count": {}
    }
    assert repaired["components"]["schemas"]["In"]["properties"]["name"] == {"type": "string"}
    # The input is left as it was (openapi.yaml keeps what Propexo published).
    assert document["components"]["schemas"]["In"]["properties"]["inner"]["properties"] == {
        "count": {"type": "integer", "default": "many"}
    }


def test_nothing_refused_nothing_degraded() -> None:
    document = spec({"/v1/things/": {"get": {"responses": {"200": ok()}}}})
    assert repair(document, _refuses_text_default) == (document, ())


def test_a_union_is_degraded_whole_to_a_mapping() -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}
    union = _credentials("A", "B")
    union["anyOf"][1]["properties"]["n"] = {"type": "integer", "default": "x"}
    document = spec(
        {"/v1/things/": {"post": {"requestBody": body, "responses": {"200": ok()}}}},
        {"In": {"type": "object", "properties": {"credentials": union}}},
    )
    repaired, degraded = repair(document, _refuses_text_default)
    assert [str(d) for d in degraded] == [
        "components.schemas.In.properties.credentials: anyOf of 2 -> free-form mapping "
        "(generator refused)"
    ]
    assert repaired["components"]["schemas"]["In"]["properties"]["credentials"] == {
        "type": "object",
        "additionalProperties": True,
    }
