"""One class per resource shape: a resident is a ``Resident`` wherever an answer holds one.

Propexo writes each resource out inline in every answer that holds it: the items of
``GET /v1/residents/`` and the ``results`` of ``GET /v1/residents/{id}`` are the same 40 fields,
and the generator would make two unrelated classes of them (``Resident`` and
``GetResidentResponseResults``). Before the generator parses the document (never in
``openapi.yaml``, which stays Propexo's contract), each list operation's item schema becomes a
component named for the resource (``Resident``), and every inline schema identical to it becomes a
``$ref`` to that component, so the generator builds one class.

What the merged places were called stays importable: ``merged`` maps each class the generator
would have made at a merged place (and at every place inside it) to the class it builds instead
there, for ``_model_names`` to turn into aliases.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from scripts._normalize import operations

#: The keywords under which the generator names an inline schema after its parent, and how.
_INNER = (("items", "_item"), ("additionalProperties", "_additional_property"))
_UNIONS = ("anyOf", "oneOf")


@attrs.frozen
class Shared:
    """`document` with its resource shapes shared; `merged`: the generator's class name at a
    place that is now a ``$ref`` (or is now the component) -> its class name there now."""

    document: dict[str, Any]
    merged: dict[str, str]


def _places(schema: Any, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(generator name string, schema) of `schema` and of every schema inside it that the
    generator makes a class of (an object, or an enum)."""
    if not isinstance(schema, dict):
        return
    kind = schema.get("type")
    if isinstance(kind, list) and len(kind) > 1 and "object" in kind:
        # ``type: [object, "null"]`` is a union to the generator: its object is ``..._type_0``.
        name = f"{name}_type_{kind.index('object')}"
    if (
        "properties" in schema
        or "enum" in schema
        or "object" in (kind if isinstance(kind, list) else [kind])
    ):
        yield name, schema
    for prop, inner in (schema.get("properties") or {}).items():
        yield from _places(inner, f"{name}_{prop}")
    for keyword, suffix in _INNER:
        yield from _places(schema.get(keyword), f"{name}{suffix}")
    for keyword in _UNIONS:
        for i, inner in enumerate(schema.get(keyword) or []):
            yield from _places(inner, f"{name}_type_{i}")


def _inline(schema: Any, name: str) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], Any]]:
    """(name, schema, container, key) of every inline object schema inside `schema`, the
    container and key being where to put a ``$ref`` instead."""
    if not isinstance(schema, dict):
        return
    for prop, inner in (schema.get("properties") or {}).items():
        yield from _object(inner, f"{name}_{prop}", schema["properties"], prop)
    for keyword, suffix in _INNER:
        yield from _object(schema.get(keyword), f"{name}{suffix}", schema, keyword)
    for keyword in _UNIONS:
        for i, inner in enumerate(schema.get(keyword) or []):
            yield from _object(inner, f"{name}_type_{i}", schema[keyword], i)


def _object(
    schema: Any, name: str, container: Any, key: Any
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], Any]]:
    if isinstance(schema, dict):
        if "properties" in schema:
            yield name, schema, container, key
        yield from _inline(schema, name)


def _shape(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True)


def share_shapes(
    document: dict[str, Any], resource: Callable[[str], str], class_name: Callable[[str], str]
) -> Shared:
    """`document` (not changed) with every list operation's item shape shared as a component.

    `resource(operation_id)` names a list operation's item (``Resident``); `class_name(text)` is
    the generator's class name for a string. A resource whose name is already a component keeps
    its places as they are."""
    shared = copy.deepcopy(document)
    schemas = shared.setdefault("components", {}).setdefault("schemas", {})
    items: dict[str, str] = {}  # shape -> component key
    for method, path, operation in operations(shared):
        op_id = str(operation.get("operationId", ""))
        output = path.replace("/", "_") + f"_{method}_output"
        results = ((schemas.get(output) or {}).get("properties") or {}).get("results") or {}
        item = results.get("items") if isinstance(results, dict) else None
        if not op_id.startswith("list_") or not isinstance(item, dict) or "properties" not in item:
            continue
        key = resource(op_id)
        if key not in schemas and _shape(item) not in items:
            items[_shape(item)] = key
    if not items:
        return Shared(document=document, merged={})

    found = [
        (name, schema, container, key)
        for component, schema in list(schemas.items())
        for name, schema, container, key in _inline(schema, component)
    ]
    merged: dict[str, str] = {}
    gone: list[str] = []  # places replaced by a $ref: nothing inside them is generated
    for name, schema, container, key in found:
        component = items.get(_shape(schema))
        if component is None or any(name.startswith(g + "_") for g in gone):
            continue
        if component in schemas:
            gone.append(name)
        else:
            schemas[component] = schema  # the first place: its schema becomes the component
        container[key] = {"$ref": f"#/components/schemas/{component}"}
        for (old, _), (new, _) in zip(
            _places(schema, name), _places(schema, component), strict=True
        ):
            merged[class_name(old)] = class_name(new)
    return Shared(document=shared, merged=merged)
