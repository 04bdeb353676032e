"""The argument builder on small specs of our own: its values must validate, or it says why."""

from __future__ import annotations

from typing import Any

import pytest

from .schema_values import SchemaChecker, SchemaValueError, ValueBuilder, iter_operations

DATE_OR_DATE_TIME = {
    "anyOf": [
        {"type": "string", "format": "date-time"},
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        {"type": "null"},
    ]
}


def _spec(**schemas: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def _value(schema: dict[str, Any], *, last_variant: bool = False, **others: Any) -> Any:
    checker = SchemaChecker(_spec(Subject=schema, **others))
    return ValueBuilder(checker, last_variant=last_variant).value("#/components/schemas/Subject")


def test_objects_get_every_property_and_refs_resolve() -> None:
    value = _value(
        {
            "type": "object",
            "required": ["id"],
            "properties": {"id": {"type": "string"}, "tag": {"$ref": "#/components/schemas/Tag"}},
        },
        Tag={"enum": ["A", "B"]},
    )
    assert value == {"id": "contract", "tag": "A"}


def test_any_of_takes_the_first_or_last_non_null_variant() -> None:
    assert _value(DATE_OR_DATE_TIME) == "2024-03-15T09:30:00Z"
    assert _value(DATE_OR_DATE_TIME, last_variant=True) == "2024-03-15"


def test_numbers_respect_bounds_and_nullable_types_are_not_null() -> None:
    assert _value({"type": "integer", "exclusiveMinimum": 0}) == 1
    assert _value({"type": ["number", "null"], "minimum": 5, "maximum": 7}) == 5
    assert _value({"type": "integer", "maximum": -3}) == -3


def test_strings_respect_lengths_patterns_and_formats() -> None:
    assert _value({"type": "string", "maxLength": 1}) == "c"
    assert len(_value({"type": "string", "minLength": 10})) == 10
    assert _value({"type": "string", "pattern": r"^[2-9]\d{9}$"}) == "5551234567"
    assert _value({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T"}) == "2024-03-15T09:30:00Z"
    assert _value({"type": "string", "format": "email"}) == "contract@example.com"


def test_arrays_get_min_items_and_all_of_merges() -> None:
    assert _value({"type": "array", "minItems": 2, "items": {"type": "boolean"}}) == [True, True]
    merged = _value(
        {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "string"}}},
                {"type": "object", "properties": {"b": {"const": 3}}},
            ]
        }
    )
    assert merged == {"a": "contract", "b": 3}


def test_a_value_the_builder_cannot_make_valid_is_its_own_error() -> None:
    with pytest.raises(SchemaValueError, match="no sample for pattern"):
        _value({"type": "string", "pattern": "^(?!x)y{3}z$"})
    with pytest.raises(SchemaValueError, match="invalid value"):
        _value({"type": "string", "not": {"const": "contract"}})


def test_checker_finds_repeated_enum_values_behind_refs() -> None:
    checker = SchemaChecker(
        _spec(
            Body={"type": "object", "properties": {"state": {"$ref": "#/components/schemas/S"}}},
            S={"enum": ["NL", "ON", "NL"]},
        )
    )
    assert checker.duplicate_enums("#/components/schemas/Body") == ["#/components/schemas/S"]


def test_operations_carry_parameters_body_and_generated_module() -> None:
    spec = _spec()
    spec["paths"] = {
        "/v1/pets/{pet_id}": {
            "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {}}],
            "put": {
                "operationId": "update_pet",
                "tags": ["resident-pets"],
                "parameters": [{"name": "order-by", "in": "query", "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {},
            },
        }
    }
    (operation,) = iter_operations(spec)
    assert operation.module_name == "propexo_client.api.resident_pets.update_pet"
    assert [(p.name, p.location) for p in operation.parameters] == [
        ("pet_id", "path"),
        ("order-by", "query"),
    ]
    assert operation.body_pointer == (
        "#/paths/~1v1~1pets~1{pet_id}/put/requestBody/content/application~1json/schema"
    )
