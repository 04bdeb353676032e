"""Checks a downloaded spec before anything else reads it: each problem is one ``SpecError`` line
naming the problem and its place, instead of a traceback from deep inside the normalizer or the
generator.

What is checked is what those would trip over: the shape of ``paths`` and ``components``, ``$ref``s
(only references inside the document are followed; a reference must resolve and must not lead back
to itself through references alone) and property names the generated code cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from scripts._errors import SpecError

Document = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_COMPONENT_KINDS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "securitySchemes",
    "examples",
    "links",
    "callbacks",
    "pathItems",
)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Keys whose values are data, not spec: a "$ref" key in an example is no reference.
_DATA = frozenset({"example", "examples", "default", "const", "enum"})
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def where(parts: tuple[str | int, ...]) -> str:
    """A readable location: ``paths['/v1/x/'].get.responses['200']``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}" if out else part
        else:
            out += f"[{part!r}]"
    return out or "the top level"


def check(document: Document) -> None:
    """Raise ``SpecError`` on the first problem found."""
    version = document.get("openapi")
    if not str(version or "").startswith("3."):
        found = f"'swagger: {document['swagger']}'" if "swagger" in document else repr(version)
        raise SpecError(f"not an OpenAPI 3 document (found {found}; 'openapi: 3.x' is required)")
    _mapping(document, ("paths",), required=True)
    for path, item in document["paths"].items():
        if not isinstance(path, str) or not path.startswith("/"):
            raise SpecError("a path must start with '/'", where(("paths", str(path))))
        _mapping(document["paths"], (path,), prefix=("paths",))
        for method in METHODS:
            if method in item:
                _operation(item[method], ("paths", path, method))
        if "parameters" in item:
            _list(item["parameters"], ("paths", path, "parameters"))
    components = _mapping(document, ("components",))
    for kind in _COMPONENT_KINDS:
        if components is not None:
            _mapping(components, (kind,), prefix=("components",))
    _refs(document)
    _property_names(document)


def _mapping(
    parent: dict[str, Any],
    key: tuple[str],
    *,
    required: bool = False,
    prefix: tuple[str | int, ...] = (),
) -> dict[str, Any] | None:
    value = parent.get(key[0])
    if value is None and not required and key[0] not in parent:
        return None
    if not isinstance(value, dict):
        raise SpecError(f"must be a mapping, not {_kind(value)}", where((*prefix, *key)))
    return value


def _list(value: Any, at: tuple[str | int, ...]) -> None:
    if not isinstance(value, list):
        raise SpecError(f"must be a list, not {_kind(value)}", where(at))
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise SpecError(f"must be a mapping, not {_kind(item)}", where((*at, i)))


def _operation(operation: Any, at: tuple[str | int, ...]) -> None:
    if not isinstance(operation, dict):
        raise SpecError(f"an operation must be a mapping, not {_kind(operation)}", where(at))
    if "parameters" in operation:
        _list(operation["parameters"], (*at, "parameters"))
    for key in ("responses", "requestBody"):
        if key in operation and not isinstance(operation[key], dict):
            raise SpecError(f"must be a mapping, not {_kind(operation[key])}", where((*at, key)))


def _kind(value: Any) -> str:
    return {list: "a list", str: "a string", type(None): "empty"}.get(
        type(value), f"a {type(value).__name__}"
    )


def _walk(
    node: Any, at: tuple[str | int, ...]
) -> Iterator[tuple[dict[str, Any], tuple[str | int, ...]]]:
    """Every mapping in ``node`` with its location (iterative: depth is bounded by the loader)."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(node, at)]
    while stack:
        value, here = stack.pop()
        if isinstance(value, dict):
            yield value, here
            stack.extend((v, (*here, str(k))) for k, v in reversed(value.items()) if k not in _DATA)
        elif isinstance(value, list):
            stack.extend((v, (*here, i)) for i, v in reversed(list(enumerate(value))))


def ref_parts(ref: str) -> list[str]:
    """The keys of a local ``$ref`` (``#/components/schemas/a~1b`` -> components, schemas, a/b)."""
    if ref == "#":
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]


def resolve(document: Document, ref: str) -> Any:
    """What the local ``$ref`` points at in ``document`` (one step), or ``MISSING``: the one
    resolver of the scripts (the checks here, the degrade search, the release report)."""
    node: Any = document
    for part in ref_parts(ref):
        if not isinstance(node, dict) or part not in node:
            return MISSING
        node = node[part]
    return node


#: What ``resolve`` gives for a reference to nothing.
MISSING: Any = object()


def _refs(document: Document) -> None:
    for node, at in _walk(document, ()):
        ref = node.get("$ref")
        if ref is None or (len(at) >= 1 and at[-1] in ("properties",)):
            continue
        if not isinstance(ref, str):
            raise SpecError(f"$ref must be a string, not {_kind(ref)}", where(at))
        if not ref.startswith("#"):
            raise SpecError(
                f"external $ref {ref!r}: only references inside the document (#/...) are "
                "followed; inline the referenced part",
                where(at),
            )
        chain = [ref]
        target = resolve(document, ref)
        while True:
            if target is MISSING:
                raise SpecError(f"$ref {chain[-1]!r} points at nothing", where(at))
            if not (isinstance(target, dict) and isinstance(target.get("$ref"), str)):
                break
            following = target["$ref"]
            if following in chain:
                raise SpecError(f"$ref cycle {' -> '.join([*chain, following])}", where(at))
            if not following.startswith("#"):
                break  # reported where it is written
            chain.append(following)
            target = resolve(document, following)


def _property_names(document: Document) -> None:
    """A property name with a control character (a newline, ...) cannot be written into the
    generated code as the wire key it is; refuse it rather than generate a model that drops it."""
    for node, at in _walk(document, ()):
        properties = node.get("properties")
        if not isinstance(properties, dict) or (at and at[-1] == "properties"):
            continue
        for name in properties:
            if _CONTROL.search(name):
                raise SpecError(
                    f"property name {name!r} holds a control character, which the generated "
                    "model cannot carry as its wire key",
                    where((*at, "properties")),
                )
