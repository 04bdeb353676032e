"""Normalize a Propexo OpenAPI document into the contract we commit and generate from.

Each step fixes one quirk of the published spec:

* path parameters are always required (the generator skips an operation whose path parameter
  is not);
* every operation gets an ``operationId`` (Propexo publishes none), see ``_names``;
* every operation is tagged with the first segment of its path, so the generated module path
  ``propexo_client.api.<group>.<operation>`` does not move when Propexo renames its tags;
* description prose, examples and external docs are dropped: we keep the contract (names, types,
  constraints, enums, summaries), not Propexo's words; a response keeps a description because
  OpenAPI requires one, and gets the HTTP reason phrase;
* keys are sorted, so the committed file diffs cleanly from release to release;
* repeated enum values are dropped (validators such as Prism refuse the whole schema otherwise);
* "a date-time or a date" (``anyOf`` of both) becomes one string schema whose pattern admits
  either: the generator would parse a date into a naive datetime and send it back as neither.

Normalizing a normalized document changes nothing.
"""

from __future__ import annotations

import http
import re
from collections.abc import Callable, Iterator
from typing import Any

from scripts import _validate
from scripts._names import OperationNameError, operation_name

Document = dict[str, Any]

METHODS = _validate.METHODS
_TOP_ORDER = (
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "paths",
    "webhooks",
    "components",
)
_PARAM_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}
# Keys holding free text or sample data rather than contract.
_PROSE = frozenset({"description", "example", "examples", "externalDocs"})
# Keys whose value is a mapping from names to schemas: the names are data, not keywords.
_SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONE = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)
_UNORDERED_LISTS = frozenset({"required"})
_DATE = r"^\d{4}-\d{2}-\d{2}$"
DATE_OR_DATE_TIME = (
    r"^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$"
)


def _date_or_date_time(variants: Any) -> bool:
    """Whether ``variants`` is exactly {a date-time string, a YYYY-MM-DD string}, in any order."""
    if not isinstance(variants, list) or len(variants) != 2:
        return False
    date_time = {"type": "string", "format": "date-time"}
    date = {"type": "string", "pattern": _DATE}
    return variants in ([date_time, date], [date, date_time])


def _unique(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        if not any(value == s and type(value) is type(s) for s in seen):
            seen.append(value)
    return seen


def operations(document: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (method, path, operation) of the document, in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield method, path, operation


def group_of(path: str) -> str:
    """The module group of a path: its first segment after the version (``resident-charges``)."""
    segments = [s for s in path.strip("/").split("/") if s and not re.fullmatch(r"v\d+", s)]
    return segments[0] if segments else "default"


def _schema(node: Any) -> Any:
    """A schema without prose; property names stay, whatever they are called."""
    if isinstance(node, list):
        return [_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key in ("anyOf", "oneOf"):
        if _date_or_date_time(node.get(key)):
            node = {k: v for k, v in node.items() if k != key}
            node.update({"type": "string", "pattern": DATE_OR_DATE_TIME})
    for key, value in node.items():
        if key in _PROSE:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _schema(sub) for name, sub in value.items()}
        elif (key in _SCHEMA_LISTS and isinstance(value, list)) or key in _SCHEMA_ONE:
            out[key] = _schema(value)
        elif key == "enum" and isinstance(value, list):
            out[key] = _unique(value)
        elif key in ("default", "const", "enum"):
            out[key] = value
        else:
            out[key] = _schema(value) if isinstance(value, dict | list) else value
    return out


def _bare(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` without its prose keys."""
    return {k: v for k, v in node.items() if k not in _PROSE}


def _with_schema(node: dict[str, Any]) -> dict[str, Any]:
    """A media type, header or parameter without prose, its ``schema`` and ``content`` cleaned."""
    out = _bare(node)
    if "schema" in out:
        out["schema"] = _schema(out["schema"])
    if "content" in out:
        out["content"] = _content(out["content"])
    return out


def _content(content: dict[str, Any]) -> dict[str, Any]:
    return {media: _with_schema(body) for media, body in content.items()}


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        return param
    out = _with_schema(param)
    if out.get("in") == "path":
        out["required"] = True
    return out


def _request_body(body: dict[str, Any]) -> dict[str, Any]:
    return body if "$ref" in body else _with_schema(body)


def _response(code: str, response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        return dict(response)
    out = _with_schema(response)
    try:
        out["description"] = http.HTTPStatus(int(code)).phrase
    except ValueError:
        out["description"] = "Default response" if code == "default" else f"Status {code}"
    if "headers" in out:
        out["headers"] = {name: _with_schema(header) for name, header in out["headers"].items()}
    return out


def _operation(method: str, path: str, operation: dict[str, Any]) -> dict[str, Any]:
    out = _bare(operation)
    out["operationId"] = operation.get("operationId") or operation_name(method, path)
    original = [t for t in operation.get("tags") or [] if t != group_of(path)]
    out.pop("x-propexo-tags", None)
    if operation.get("x-propexo-tags"):
        out["x-propexo-tags"] = operation["x-propexo-tags"]
    elif original:
        out["x-propexo-tags"] = original
    out["tags"] = [group_of(path)]
    if "parameters" in out:
        out["parameters"] = sorted(
            map(_parameter, out["parameters"]),
            key=lambda p: (
                _PARAM_ORDER.get(p.get("in", ""), 9),
                p.get("name", ""),
                p.get("$ref", ""),
            ),
        )
    if "requestBody" in out:
        out["requestBody"] = _request_body(out["requestBody"])
    if "responses" in out:
        out["responses"] = {
            str(code): _response(str(code), r) for code, r in out["responses"].items()
        }
    return out


def _sorted(node: Any, parent: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _sorted(node[k], k) for k in sorted(node)}
    if isinstance(node, list):
        items = [_sorted(item) for item in node]
        if parent in _UNORDERED_LISTS and all(isinstance(i, str) for i in items):
            return sorted(set(items))
        return items
    return node


def normalize(document: Document) -> Document:
    """The normalized copy of ``document``; raises ``SpecError`` (``OperationNameError`` on a name
    collision) for a document it cannot normalize."""
    _validate.check(document)
    out: Document = _bare(document)
    out["info"] = {
        k: v for k, v in (document.get("info") or {}).items() if k in ("title", "version")
    }
    paths = _paths(document.get("paths") or {})
    out["paths"] = paths
    out["tags"] = [{"name": name} for name in sorted({group_of(p) for p in paths})]
    components = dict(document.get("components") or {})
    for kind, clean in _COMPONENTS.items():
        if kind in components:
            components[kind] = {name: clean(value) for name, value in components[kind].items()}
    if components:
        out["components"] = components

    ordered = _sorted(distinct_union_titles(out))
    top = {k: ordered[k] for k in _TOP_ORDER if k in ordered}
    top.update({k: v for k, v in ordered.items() if k not in top})
    return top


#: How each kind of reusable component is cleaned; the other kinds are kept as they are.
_COMPONENTS: dict[str, Callable[[Any], Any]] = {
    "schemas": _schema,
    "parameters": _parameter,
    "responses": lambda response: _response("default", response),
    "requestBodies": _request_body,
    "securitySchemes": _bare,
}


def _paths(paths: dict[str, Any]) -> dict[str, Any]:
    """Every path item normalized; raises ``OperationNameError`` when two operations would
    share a name."""
    out: dict[str, Any] = {}
    seen: dict[str, str] = {}  # operationId -> "METHOD /path"
    for path, item in paths.items():
        new_item: dict[str, Any] = {}
        for key, value in item.items():
            if key in METHODS and isinstance(value, dict):
                new_item[key] = op = _operation(key, path, value)
                where = f"{key.upper()} {path}"
                if op["operationId"] in seen:
                    raise OperationNameError(
                        f"operation name {op['operationId']!r} is given to both "
                        f"{seen[op['operationId']]} and {where}"
                    )
                seen[op["operationId"]] = where
            elif key == "parameters":
                new_item[key] = [_parameter(p) for p in value]
            elif key not in _PROSE and key != "summary":
                new_item[key] = value
        out[path] = new_item
    return out


def distinct_union_titles(node: Any) -> Any:
    """``node`` with the members of every ``anyOf``/``oneOf`` titled apart.

    The generator names a union member's class after its title; two members with the same title
    (Propexo's ``credentials`` union has two ``Entrata``s) would need two classes of one name, and
    the generator drops the whole operation. The second gets ``Entrata 2`` (class ``...Entrata2``),
    the third ``Entrata 3``, in document order, so the names hold from release to release.
    """
    if isinstance(node, list):
        return [distinct_union_titles(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: distinct_union_titles(value) for key, value in node.items()}
    for key in ("anyOf", "oneOf"):
        members = out.get(key)
        if not isinstance(members, list):
            continue
        titles = [m.get("title") for m in members if isinstance(m, dict)]
        taken = {t for t in titles if isinstance(t, str)}
        seen: set[str] = set()
        renamed = []
        for member in members:
            title = member.get("title") if isinstance(member, dict) else None
            if isinstance(title, str) and title in seen:
                n = 2
                while f"{title} {n}" in taken:
                    n += 1
                member = {**member, "title": f"{title} {n}"}
                taken.add(member["title"])
            elif isinstance(title, str):
                seen.add(title)
            renamed.append(member)
        out[key] = renamed
    return out
