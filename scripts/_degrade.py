"""Degrading what the generator cannot build, instead of losing the operations that use it.

When the generator refuses a schema (a union whose members it cannot name apart, ...), every
operation that uses the schema disappears from the client. Rather than refuse the release, the
smallest part of the schema that the generator refuses is replaced by the loosest type that still
generates: a free-form mapping where an object (or a union of objects) was expected, any JSON value
otherwise. The client then hands the caller a plain ``dict`` there instead of a typed model, and
sends whatever the caller gives. Each replacement is a ``Degradation``, listed by the script and in
the release report; ``--strict`` refuses any.

The committed ``openapi.yaml`` stays as Propexo published it: degradation happens on a copy, at
generation time, the same way every time.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from scripts._validate import ref_parts, resolve, where

Document = dict[str, Any]
Pointer = tuple[str | int, ...]

MAPPING: dict[str, Any] = {"type": "object", "additionalProperties": True}
ANY: dict[str, Any] = {}
_MAX_ROUNDS = 5


@attrs.frozen
class Problems:
    """What the generator refused: component schemas by name, operations as (method, path)."""

    schemas: frozenset[str] = frozenset()
    operations: frozenset[tuple[str, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.schemas or self.operations)


@attrs.frozen
class Degradation:
    """One schema part replaced by a looser type so that its operations still generate."""

    location: str
    was: str
    now: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.was} -> {self.now} ({self.reason})"


# What a caller parses a document with: the problems the generator finds in it.
Check = Callable[[Document], Problems]


def repair(document: Document, check: Check) -> tuple[Document, tuple[Degradation, ...]]:
    """A copy of ``document`` that ``check`` finds no problem in, and what was degraded for it.

    ``check`` is called on small documents (one schema or one operation with what it refers to),
    so the search stays fast on a large spec.
    """
    problems = check(document)
    if not problems:
        return document, ()
    document = copy.deepcopy(document)
    done: list[Degradation] = []
    for _ in range(_MAX_ROUNDS):
        for name in sorted(problems.schemas):
            root: Pointer = ("components", "schemas", name)
            done += _degrade(document, root, _schema_works(name, check), "generator refused")
        for method, path in sorted(problems.operations - _users(problems, document)):
            works = _operation_works(method, path, check)
            for root in _operation_schemas(document, method, path):
                if works(_with(document, root, ANY)):
                    done += _degrade(document, root, works, "operation did not generate")
                    break
        problems = check(document)
        if not problems:
            break
    return document, tuple(done)


def _users(problems: Problems, document: Document) -> frozenset[tuple[str, str]]:
    """Operations whose only problem may be a refused component (fixed with the component)."""
    if not problems.schemas:
        return frozenset()
    refs = {f"#/components/schemas/{name}" for name in problems.schemas}
    users = set()
    for method, path in problems.operations:
        closure = _closure(document, document["paths"][path][method])
        if refs & closure:
            users.add((method, path))
    return frozenset(users)


def _degrade(
    document: Document, root: Pointer, works: Callable[[Document], bool], reason: str
) -> list[Degradation]:
    """Degrade the smallest part below ``root`` whose degradation makes ``works`` true."""
    if not works(_with(document, root, _loose(_get(document, root)))):
        # Refused only in the company of other schemas (a class name taken elsewhere, ...):
        # degrade the whole part, which cannot be refused.
        target = root
    else:
        target = _smallest(document, root, works)
    before = _get(document, target)
    loose = _loose(before)
    _set(document, target, loose)
    return [Degradation(where(target), _describe(before), _describe(loose), reason)]


def _smallest(document: Document, pointer: Pointer, works: Callable[[Document], bool]) -> Pointer:
    """Descend while degrading one child alone suffices; unions stay whole (a member cannot be
    loosened without changing which member matches)."""
    while True:
        children = list(_children(_get(document, pointer), pointer))
        child = _first_sufficient(document, children, works)
        if child is None:
            return pointer
        pointer = child


def _first_sufficient(
    document: Document, children: list[Pointer], works: Callable[[Document], bool]
) -> Pointer | None:
    """The first of ``children`` whose degradation alone makes ``works`` true, or None.

    Found by bisection, since degrading more never makes the generator refuse more: when
    degrading a whole run of children does not help, no child in it helps alone. One refused
    property among n then costs about 2 log2(n) generator runs instead of n, each on a schema
    of n properties (a request of 600 string properties took 30 s, not 2)."""
    if not children or not works(_loosened(document, children)):
        return None
    if len(children) == 1:
        return children[0]
    half = len(children) // 2
    return _first_sufficient(document, children[:half], works) or _first_sufficient(
        document, children[half:], works
    )


def _loosened(document: Document, pointers: list[Pointer]) -> Document:
    """A copy of ``document`` with every part at ``pointers`` degraded (siblings, not nested)."""
    for pointer in pointers:
        document = _with(document, pointer, _loose(_get(document, pointer)))
    return document


def _children(node: Any, pointer: Pointer) -> Iterator[Pointer]:
    if not isinstance(node, dict):
        return
    for name in node.get("properties") or {}:
        yield (*pointer, "properties", name)
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            yield (*pointer, key)
    for i, part in enumerate(node.get("allOf") or []):
        if isinstance(part, dict):
            yield (*pointer, "allOf", i)


def _loose(node: Any) -> dict[str, Any]:
    if not isinstance(node, dict):
        return dict(ANY)
    members = [m for key in ("anyOf", "oneOf") for m in node.get(key) or [] if isinstance(m, dict)]
    objects = [m for m in members if m.get("type") != "null"]
    if node.get("type") == "object" or "properties" in node:
        return dict(MAPPING)
    if members and all(m.get("type") == "object" or "properties" in m for m in objects):
        return dict(MAPPING) if len(objects) == len(members) else dict(ANY)
    return dict(ANY)


def _describe(node: Any) -> str:
    if node == MAPPING:
        return "free-form mapping"
    if node == ANY:
        return "any value"
    if not isinstance(node, dict):
        return "schema"
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list):
            titles = [str(m.get("title")) for m in node[key] if isinstance(m, dict)]
            named = [t for t in titles if t != "None"]
            repeated = sorted({t for t in named if named.count(t) > 1})
            extra = f", {', '.join(map(repr, repeated))} repeated" if repeated else ""
            return f"{key} of {len(node[key])}{extra}"
    if "$ref" in node:
        return f"$ref {node['$ref']}"
    return f"{node.get('type', 'untyped')} schema"


def _schema_works(name: str, check: Check) -> Callable[[Document], bool]:
    def works(document: Document) -> bool:
        root = {"$ref": f"#/components/schemas/{name}"}
        return name not in check(_slice(document, root)).schemas

    return works


def _operation_works(method: str, path: str, check: Check) -> Callable[[Document], bool]:
    def works(document: Document) -> bool:
        item = document["paths"][path]
        kept = {k: v for k, v in item.items() if k == method or k == "parameters"}
        small = _slice(document, kept)
        small["paths"] = {path: kept}
        problems = check(small)
        return (method, path) not in problems.operations and not problems.schemas

    return works


def _operation_schemas(document: Document, method: str, path: str) -> Iterator[Pointer]:
    """The inline schema roots of an operation: parameters, request bodies, responses."""
    base: Pointer = ("paths", path, method)
    operation = document["paths"][path][method]
    for i, param in enumerate(operation.get("parameters") or []):
        if "schema" in param:
            yield (*base, "parameters", i, "schema")
    for media in sorted((operation.get("requestBody") or {}).get("content") or {}):
        yield (*base, "requestBody", "content", media, "schema")
    for code, response in sorted((operation.get("responses") or {}).items()):
        for media in sorted(response.get("content") or {}):
            yield (*base, "responses", code, "content", media, "schema")


def _closure(document: Document, node: Any) -> set[str]:
    """Every local ``$ref`` reachable from ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in found:
                found.add(ref)
                stack.append(resolve(document, ref))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def _slice(document: Document, node: Any) -> Document:
    """A document holding only what ``node`` refers to (its components), without paths."""
    components: dict[str, dict[str, Any]] = {}
    for ref in sorted(_closure(document, node)):
        parts = ref_parts(ref)
        if len(parts) == 3 and parts[0] == "components":
            components.setdefault(parts[1], {})[parts[2]] = resolve(document, ref)
    small: Document = {
        "openapi": document.get("openapi", "3.1.0"),
        "info": document.get("info", {"title": "slice", "version": "0"}),
        "paths": {},
    }
    if components:
        small["components"] = components
    return small


def _get(document: Document, pointer: Pointer) -> Any:
    node: Any = document
    for part in pointer:
        node = node[part]
    return node


def _set(document: Document, pointer: Pointer, value: Any) -> None:
    _get(document, pointer[:-1])[pointer[-1]] = value


def _with(node: Any, pointer: Pointer, value: Any) -> Any:
    """A copy of ``node`` with ``pointer`` replaced, sharing every untouched branch."""
    if not pointer:
        return value
    head, rest = pointer[0], pointer[1:]
    out: Any = list(node) if isinstance(node, list) else dict(node)
    out[head] = _with(node[head], rest, value)
    return out
