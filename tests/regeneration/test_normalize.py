"""The normalizer, one quirk of Propexo's spec at a time, on specs of our own."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from scripts import _normalize, _yaml
from scripts._names import OperationNameError

from .conftest import ok, spec


def _op(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation = document["paths"][path][method]
    assert isinstance(operation, dict)
    return operation


def test_optional_path_parameter_becomes_required() -> None:
    document = spec(
        {
            "/v1/resident-pets/{pet_id}": {
                "put": {
                    "summary": "Update resident pet",
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": False,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": ok()},
                }
            }
        }
    )
    out = _normalize.normalize(document)
    (param,) = _op(out, "put", "/v1/resident-pets/{pet_id}")["parameters"]
    assert param["required"] is True


def test_query_parameters_keep_their_requiredness() -> None:
    document = spec(
        {
            "/v1/leases/": {
                "get": {
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": ok()},
                }
            }
        }
    )
    (param,) = _op(_normalize.normalize(document), "get", "/v1/leases/")["parameters"]
    assert "required" not in param


def test_missing_operation_ids_are_synthesized_from_method_and_path() -> None:
    document = spec(
        {
            "/v1/resident-charges/": {
                "get": {"responses": {"200": ok()}},
                "post": {"responses": {"200": ok()}},
            },
            "/v1/resident-charges/batch/rentmanager/": {"post": {"responses": {"200": ok()}}},
        }
    )
    out = _normalize.normalize(document)
    assert _op(out, "get", "/v1/resident-charges/")["operationId"] == "list_resident_charges"
    assert _op(out, "post", "/v1/resident-charges/")["operationId"] == "create_resident_charge"
    assert (
        _op(out, "post", "/v1/resident-charges/batch/rentmanager/")["operationId"]
        == "batch_create_resident_charges_rentmanager"
    )


def test_an_existing_operation_id_is_kept() -> None:
    document = spec(
        {"/v1/leases/": {"get": {"operationId": "list_leases_v2", "responses": {"200": ok()}}}}
    )
    assert (
        _op(_normalize.normalize(document), "get", "/v1/leases/")["operationId"] == "list_leases_v2"
    )


def test_a_name_collision_fails_loudly_naming_both_operations() -> None:
    document = spec(
        {
            "/v1/units/": {"get": {"responses": {"200": ok()}}},
            "/v1/units": {"get": {"responses": {"200": ok()}}},
        }
    )
    with pytest.raises(OperationNameError, match=r"list_units.*GET /v1/units/.*GET /v1/units"):
        _normalize.normalize(document)


def test_groups_come_from_the_path_not_from_propexo_tags() -> None:
    before = spec(
        {
            "/v1/events/appointments/leads": {
                "post": {"tags": ["events"], "responses": {"200": ok()}}
            }
        }
    )
    after = copy.deepcopy(before)
    after["paths"]["/v1/events/appointments/leads"]["post"]["tags"] = ["appointments"]
    a, b = _normalize.normalize(before), _normalize.normalize(after)
    op_a, op_b = (_op(d, "post", "/v1/events/appointments/leads") for d in (a, b))
    assert op_a["tags"] == op_b["tags"] == ["events"]
    assert op_a["operationId"] == op_b["operationId"] == "create_lead_appointment"
    assert op_b["x-propexo-tags"] == ["appointments"]
    assert a["tags"] == [{"name": "events"}]


def test_prose_is_dropped_and_the_contract_kept() -> None:
    schemas = {
        "Charge": {
            "type": "object",
            "description": "Vendor prose about charges.",
            "required": ["amount_in_cents", "description"],
            "properties": {
                "amount_in_cents": {
                    "type": "integer",
                    "exclusiveMinimum": 0,
                    "description": "Prose.",
                    "example": 5,
                },
                "description": {"type": "string", "maxLength": 200, "description": "More prose."},
                "state": {"type": "string", "enum": ["ON", "QC"], "default": "ON"},
            },
            "example": {"amount_in_cents": 100, "description": "Rent"},
        }
    }
    document = spec(
        {
            "/v1/charges/": {
                "post": {
                    "summary": "Create a charge",
                    "description": "Long vendor prose.",
                    "externalDocs": {"url": "https://example.invalid"},
                    "requestBody": {
                        "description": "prose",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Charge"}}
                        },
                    },
                    "responses": {
                        "200": ok("Charge"),
                        "400": {"description": "Vendor words on failure"},
                    },
                }
            }
        },
        schemas,
    )
    out = _normalize.normalize(document)
    text = _yaml.dumps(out)
    assert "prose" not in text.lower() and "vendor" not in text.lower() and "example" not in text
    charge = out["components"]["schemas"]["Charge"]
    assert charge["properties"]["description"] == {
        "type": "string",
        "maxLength": 200,
    }  # a field named description
    assert charge["properties"]["amount_in_cents"] == {"type": "integer", "exclusiveMinimum": 0}
    assert charge["properties"]["state"]["enum"] == ["ON", "QC"]
    assert charge["required"] == ["amount_in_cents", "description"]
    operation = _op(out, "post", "/v1/charges/")
    assert operation["summary"] == "Create a charge"
    assert operation["responses"]["200"]["description"] == "OK"
    assert operation["responses"]["400"]["description"] == "Bad Request"
    assert out["info"] == {"title": "Tiny", "version": "1"}


def _shuffled(node: Any, rng: random.Random) -> Any:
    if isinstance(node, dict):
        items = list(node.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(node, list):
        return [_shuffled(v, rng) for v in node]
    return node


def test_key_order_is_stable_whatever_the_input_order() -> None:
    document = spec(
        {
            "/v1/b/": {
                "get": {
                    "parameters": [{"name": "z", "in": "query"}, {"name": "a", "in": "query"}],
                    "responses": {"200": ok()},
                }
            },
            "/v1/a/{a_id}": {
                "get": {
                    "parameters": [{"name": "a_id", "in": "path", "schema": {"type": "string"}}],
                    "responses": {"200": ok(), "400": ok()},
                }
            },
        },
        {
            "S": {
                "type": "object",
                "required": ["y", "x"],
                "properties": {"y": {"type": "string"}, "x": {}},
            }
        },
    )
    expected = _yaml.dumps(_normalize.normalize(document))
    for seed in range(5):
        assert (
            _yaml.dumps(_normalize.normalize(_shuffled(document, random.Random(seed)))) == expected
        )
    assert (
        expected.index("openapi:")
        < expected.index("info:")
        < expected.index("paths:")
        < expected.index("components:")
    )


def test_normalizing_twice_changes_nothing() -> None:
    document = spec(
        {
            "/v1/pets/{pet_id}": {
                "put": {
                    "tags": ["residents"],
                    "description": "x",
                    "parameters": [{"name": "pet_id", "in": "path", "schema": {"type": "string"}}],
                    "responses": {"200": ok()},
                }
            }
        }
    )
    once = _normalize.normalize(document)
    twice = _normalize.normalize(_yaml.loads(_yaml.dumps(once)))
    assert _yaml.dumps(twice) == _yaml.dumps(once)


@pytest.mark.slow
def test_committed_openapi_yaml_is_a_fixed_point() -> None:
    from .conftest import ROOT

    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert _yaml.dumps(_normalize.normalize(_yaml.loads(text))) == text


def test_not_an_openapi_3_document_is_refused() -> None:
    with pytest.raises(ValueError, match="OpenAPI 3"):
        _normalize.normalize({"swagger": "2.0", "paths": {}})


def test_repeated_enum_values_are_dropped_keeping_order() -> None:
    schemas = {"State": {"type": "string", "enum": ["NL", "ON", "NL", "QC", "ON"]}}
    out = _normalize.normalize(spec({}, schemas))
    assert out["components"]["schemas"]["State"]["enum"] == ["NL", "ON", "QC"]


def test_case_variants_of_an_enum_value_are_distinct_values_and_kept() -> None:
    schemas = {"Kind": {"type": "string", "enum": ["application", "APPLICATION", True, "true"]}}
    out = _normalize.normalize(spec({}, schemas))
    assert out["components"]["schemas"]["Kind"]["enum"] == [
        "application",
        "APPLICATION",
        True,
        "true",
    ]


@pytest.mark.parametrize("key", ["anyOf", "oneOf"])
def test_date_or_date_time_becomes_one_string_admitting_both(key: str) -> None:
    import re

    variants = [
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        {"type": "string", "format": "date-time"},
    ]
    schemas = {
        "X": {"type": "object", "properties": {"start_date": {key: variants, "deprecated": True}}}
    }
    out = _normalize.normalize(spec({}, schemas))
    field = out["components"]["schemas"]["X"]["properties"]["start_date"]
    assert field == {"type": "string", "pattern": _normalize.DATE_OR_DATE_TIME, "deprecated": True}
    pattern = re.compile(field["pattern"])
    for good in ("2024-03-15", "2024-03-15T10:00:00Z", "2024-03-15T10:00:00.123+01:00"):
        assert pattern.match(good), good
    for bad in ("2024-03-15T00:00:00", "15/03/2024", "2024-03-15T10:00Z"):
        assert not pattern.match(bad), bad


def test_other_unions_are_left_alone() -> None:
    variants = [{"type": "string", "format": "date-time"}, {"type": "null"}]
    schemas = {"X": {"anyOf": variants}}
    out = _normalize.normalize(spec({}, schemas))
    assert out["components"]["schemas"]["X"]["anyOf"] == variants
