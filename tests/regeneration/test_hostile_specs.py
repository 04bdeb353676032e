"""Hostile and broken specs (alias bombs, oversized, unreadable or malformed text, external
references, unsafe property names): refused fast, as one line naming the problem. The loader
and the checks run in-process; the script end to end is in the slow tests."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from scripts import _normalize, _yaml
from scripts._errors import SpecError

from .conftest import ok, spec


def _billion_laughs(levels: int = 9) -> str:
    lines = ["openapi: 3.1.0", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_fast_with_a_message() -> None:
    started = time.perf_counter()
    with pytest.raises(SpecError, match=r"expands to more than [\d,]+ nodes \(YAML aliases\)"):
        _yaml.loads(_billion_laughs())
    # Not a timing assertion on speed: the bomb would take minutes and gigabytes if expanded.
    assert time.perf_counter() - started < 30


def test_too_many_aliases_are_refused() -> None:
    text = "openapi: 3.1.0\nx: &x 1\nys:\n" + "".join(
        "  - *x\n" for _ in range(_yaml.MAX_ALIASES + 1)
    )
    with pytest.raises(SpecError, match="more than 10,000 YAML aliases"):
        _yaml.loads(text)


def test_a_few_aliases_still_load() -> None:
    document = _yaml.loads("openapi: 3.1.0\nx: &x [ON, 1]\ny: *x\n")
    assert document["y"] == ["ON", 1]


def test_oversized_text_is_refused_before_parsing(monkeypatch: Any) -> None:
    monkeypatch.setattr(_yaml, "MAX_CHARS", 100)
    with pytest.raises(SpecError, match="holds 101 characters; the limit is 100"):
        _yaml.loads("openapi: 3.1.0\n" + "#" * 86)


# (case id, spec text, the one line expected)
BAD_TEXTS = [
    (
        "nesting 300 levels (YAML)",
        "openapi: 3.1.0\nx: " + "[" * 300 + "]" * 300,
        "nests deeper than 200 levels",
    ),
    (
        "nesting 300 levels (JSON)",
        '{"openapi": "3.1.0", "x": ' + "[" * 300 + "]" * 300 + "}",
        "nests deeper than 200 levels",
    ),
    (
        "nesting 100000 levels (JSON)",
        '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nests deeper than 200 levels",
    ),
    (
        "duplicate keys (YAML)",
        "openapi: 3.1.0\npaths: {}\npaths: {}\n",
        'duplicate key: found duplicate key "paths"',
    ),
    (
        "duplicate keys (JSON)",
        '{"openapi": "3.1.0", "paths": {}, "paths": {}}',
        "duplicate key 'paths' in a JSON object",
    ),
    (
        "python tags",
        "openapi: 3.1.0\nx: !!python/object/apply:os.system [echo hi]\n",
        "refused YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    ("top-level list", "- openapi\n- 3.1.0\n", "must be a mapping at the top level, not a list"),
    ("empty file", "", "the spec is empty"),
    ("only comments", "# nothing\n", "the spec is empty"),
    ("broken YAML", "openapi: [3.1.0\n", "not valid YAML or JSON"),
    ("undefined alias", "openapi: *nowhere\n", "bad YAML alias: found undefined alias"),
]


@pytest.mark.parametrize(("text", "message"), [pytest.param(t, m, id=n) for n, t, m in BAD_TEXTS])
def test_unreadable_spec_is_one_line_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(SpecError) as caught:
        _normalize.normalize(_yaml.loads(text))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def _op(**operation: Any) -> dict[str, Any]:
    return {"responses": {"200": ok()}, **operation}


BAD_DOCUMENTS: list[tuple[str, dict[str, Any], str]] = [
    (
        "Swagger 2.0",
        {"swagger": "2.0", "paths": {}},
        "not an OpenAPI 3 document (found 'swagger: 2.0'",
    ),
    (
        "paths as a list",
        {"openapi": "3.1.0", "paths": ["/v1/x/"]},
        "paths: must be a mapping, not a list",
    ),
    ("no paths", {"openapi": "3.1.0"}, "paths: must be a mapping, not empty"),
    (
        "operation as a list",
        spec({"/v1/x/": {"get": []}}),
        "paths['/v1/x/'].get: an operation must be a mapping, not a list",
    ),
    (
        "path with a quote when the name is derived",
        spec({'/v1/a"b/': {"get": _op()}}),
        "GET /v1/a\"b/: 'list_a\"b' is not a Python identifier",
    ),
    (
        "$ref cycle",
        spec(
            {"/v1/x/": {"get": _op()}},
            {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}},
        ),
        "$ref cycle #/components/schemas/B -> #/components/schemas/A -> #/components/schemas/B",
    ),
    (
        "dangling $ref",
        spec(
            {
                "/v1/x/": {
                    "get": _op(
                        parameters=[
                            {
                                "name": "q",
                                "in": "query",
                                "schema": {"$ref": "#/components/schemas/Nope"},
                            }
                        ]
                    )
                }
            }
        ),
        "$ref '#/components/schemas/Nope' points at nothing",
    ),
]


@pytest.mark.parametrize(
    ("document", "message"), [pytest.param(d, m, id=n) for n, d, m in BAD_DOCUMENTS]
)
def test_malformed_spec_is_one_line_naming_the_place(
    document: dict[str, Any], message: str
) -> None:
    with pytest.raises(SpecError) as caught:
        _normalize.normalize(json.loads(json.dumps(document)))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_external_ref_is_refused_naming_its_place() -> None:
    document = spec(
        {
            "/v1/x/": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "other.yaml#/components/schemas/X"}
                                }
                            },
                        }
                    }
                }
            }
        }
    )
    with pytest.raises(SpecError) as caught:
        _normalize.normalize(document)
    assert str(caught.value) == (
        "paths['/v1/x/'].get.responses['200'].content['application/json'].schema: external $ref "
        "'other.yaml#/components/schemas/X': only references inside the document (#/...) are "
        "followed; inline the referenced part"
    )


def test_a_newline_in_a_property_name_is_refused_naming_its_place() -> None:
    document = spec(
        {"/v1/x/": {"get": {"responses": {"200": ok("Thing")}}}},
        {
            "Thing": {
                "type": "object",
                "properties": {"ok": {"type": "string"}, "bad\nname": {"type": "string"}},
            }
        },
    )
    with pytest.raises(SpecError) as caught:
        _normalize.normalize(document)
    assert str(caught.value) == (
        "components.schemas.Thing.properties: property name 'bad\\nname' holds a control "
        "character, which the generated model cannot carry as its wire key"
    )


def test_a_ref_key_inside_an_example_is_data_not_a_reference() -> None:
    document = spec({"/v1/x/": {"get": _op(example={"$ref": "elsewhere.yaml"})}})
    assert _normalize.normalize(document)["paths"]["/v1/x/"]["get"]["operationId"] == "list_x"
