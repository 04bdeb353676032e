"""Docstring facts: what the generator shows as a schema's description, derived from the schema
itself (ranges, lengths, patterns, item counts, enum values, deprecation), never from Propexo's
prose. Applied to a copy of the normalized document just before generation, so `openapi.yaml`
keeps the constraints once, as constraints."""

from __future__ import annotations

import copy
from typing import Any

_MAX_ENUM_VALUES = 40


def with_facts(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` whose every schema's description lists its facts."""
    copied = copy.deepcopy(document)
    _walk(copied)
    return copied


def _walk(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _walk(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "schema" and isinstance(value, dict):
            _describe(value, deprecated=node.get("deprecated") is True)
        elif key in ("properties",) and isinstance(value, dict):
            for schema in value.values():
                if isinstance(schema, dict):
                    _describe(schema)
        _walk(value)
    if "components" in node:
        for schema in ((node.get("components") or {}).get("schemas") or {}).values():
            if isinstance(schema, dict):
                _describe(schema)


def _describe(schema: dict[str, Any], *, deprecated: bool = False) -> None:
    if "$ref" in schema:
        return
    text = " ".join(facts(schema, deprecated=deprecated))
    if text:
        schema["description"] = text


def facts(schema: dict[str, Any], *, deprecated: bool = False) -> list[str]:
    """The facts one schema states, as short sentences."""
    variants = [schema] + [
        v
        for key in ("anyOf", "oneOf", "allOf")
        for v in schema.get(key) or []
        if isinstance(v, dict)
    ]
    found: list[str] = []
    for variant in variants:
        for sentence in _own_facts(variant):
            if sentence not in found:
                found.append(sentence)
    if deprecated or any(v.get("deprecated") is True for v in variants):
        found.insert(0, "Deprecated.")
    return found


def _own_facts(schema: dict[str, Any]) -> list[str]:
    ends = (
        _range_end(schema, "minimum", "exclusiveMinimum", "At least", "Greater than"),
        _range_end(schema, "maximum", "exclusiveMaximum", "At most", "Less than"),
    )
    out = [end for end in ends if end is not None]
    for key, label in (
        ("minLength", "Length at least"),
        ("maxLength", "Length at most"),
        ("minItems", "At least"),
        ("maxItems", "At most"),
    ):
        if schema.get(key) is not None:
            unit = " items" if key.endswith("Items") else ""
            out.append(f"{label} {schema[key]}{unit}.")
    if schema.get("pattern"):
        out.append(f"Pattern: `{schema['pattern']}`.")
    if schema.get("format") in ("email", "uri", "uuid"):
        out.append(f"Format: {schema['format']}.")
    values = [v for v in schema.get("enum") or [] if v is not None]
    if values:
        shown = ", ".join(repr(v) for v in values[:_MAX_ENUM_VALUES])
        more = (
            f" (and {len(values) - _MAX_ENUM_VALUES} more)"
            if len(values) > _MAX_ENUM_VALUES
            else ""
        )
        out.append(f"One of {shown}{more}.")
    return out


def _range_end(
    schema: dict[str, Any], key: str, exclusive_key: str, inclusive: str, exclusive: str
) -> str | None:
    """One end of a number's range: ``exclusiveMinimum`` is a number of its own in OpenAPI 3.1,
    a flag on ``minimum`` in 3.0."""
    bound = schema.get(exclusive_key)
    if bound is not None and not isinstance(bound, bool):
        return f"{exclusive} {bound}."
    if schema.get(key) is not None:
        return f"{exclusive if bound is True else inclusive} {schema[key]}."
    return None
