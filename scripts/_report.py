"""The release report: what a new spec adds, removes and breaks against the previous one.

Both documents are normalized first, so operations match by method and path and their names are
ours.
A change is breaking when code written against the previous client could fail on the new one: an
operation or a response property disappears, a request property or parameter becomes required, or a
type changes.
"""

from __future__ import annotations

from typing import Any

import attrs

from scripts._normalize import operations

Document = dict[str, Any]
_MAX_DEPTH = 12


@attrs.frozen
class Field:
    types: tuple[str, ...]
    required: bool


@attrs.frozen
class ReleaseReport:
    old_count: int
    new_count: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    breaking: tuple[str, ...]

    def to_markdown(self) -> str:
        lines = [
            "# Release report",
            "",
            f"Operations: {self.old_count} -> {self.new_count} "
            f"({len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.breaking)} breaking changes)",
        ]
        for title, items in (
            ("Added operations", self.added),
            ("Removed operations", self.removed),
            ("Breaking changes", self.breaking),
        ):
            lines += ["", f"## {title}", ""]
            lines += [f"- {item}" for item in items] or ["- none"]
        return "\n".join(lines) + "\n"


def _resolve(document: Document, schema: Any, seen: frozenset[str]) -> tuple[Any, frozenset[str]]:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}, seen
        seen = seen | {ref}
        node: Any = document
        for part in ref[2:].split("/"):
            node = (
                node.get(part.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(node, dict)
                else {}
            )
        schema = node
    return schema, seen


def _types(schema: dict[str, Any]) -> tuple[str, ...]:
    found: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, list):
        found.update(str(k) for k in kind)
    elif kind is not None:
        found.add(f"{kind}:{schema['format']}" if "format" in schema else str(kind))
    for key in ("anyOf", "oneOf"):
        for variant in schema.get(key) or []:
            if isinstance(variant, dict):
                vtype = variant.get("type")
                if vtype is not None:
                    found.add(f"{vtype}:{variant['format']}" if "format" in variant else str(vtype))
    return tuple(sorted(found))


def flatten(document: Document, schema: Any, prefix: str = "") -> dict[str, Field]:
    """Every property path below ``schema`` with its types and whether it is required."""
    out: dict[str, Field] = {}

    def walk(node: Any, path: str, required: bool, seen: frozenset[str], depth: int) -> None:
        node, seen = _resolve(document, node, seen)
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return
        if path:
            out[path] = Field(types=_types(node), required=required)
        parts = [node, *[p for k in ("allOf",) for p in node.get(k) or []]]
        for variant_key in ("anyOf", "oneOf"):
            parts += list(node.get(variant_key) or [])
        for part in parts:
            part, part_seen = _resolve(document, part, seen)
            if not isinstance(part, dict):
                continue
            needed = set(part.get("required") or [])
            for name, sub in (part.get("properties") or {}).items():
                walk(sub, f"{path}.{name}" if path else name, name in needed, part_seen, depth + 1)
            if "items" in part:
                walk(part["items"], f"{path}[]", True, part_seen, depth + 1)

    walk(schema, prefix, True, frozenset(), 0)
    return out


def _request_fields(document: Document, operation: dict[str, Any]) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for param in operation.get("parameters") or []:
        param, _ = _resolve(document, param, frozenset())
        schema, _ = _resolve(document, param.get("schema", {}), frozenset())
        fields[f"parameter {param.get('name')}"] = Field(
            types=_types(schema) if isinstance(schema, dict) else (),
            required=bool(param.get("required")),
        )
    body, _ = _resolve(document, operation.get("requestBody", {}), frozenset())
    for media in sorted((body.get("content") or {}) if isinstance(body, dict) else {}):
        fields.update(flatten(document, body["content"][media].get("schema", {}), "body"))
    return fields


def _response_fields(document: Document, operation: dict[str, Any]) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for code, response in (operation.get("responses") or {}).items():
        if not str(code).startswith("2"):
            continue
        response, _ = _resolve(document, response, frozenset())
        for media in sorted(response.get("content") or {}):
            fields.update(
                flatten(document, response["content"][media].get("schema", {}), f"response {code}")
            )
    return fields


def compare(old: Document, new: Document) -> ReleaseReport:
    """The report for moving from ``old`` to ``new`` (both normalized)."""
    old_ops = {f"{m.upper()} {p}": op for m, p, op in operations(old)}
    new_ops = {f"{m.upper()} {p}": op for m, p, op in operations(new)}

    def label(key: str, op: dict[str, Any]) -> str:
        return f"`{key}` ({op.get('operationId')})"

    added = tuple(label(k, new_ops[k]) for k in sorted(new_ops.keys() - old_ops.keys()))
    removed = tuple(label(k, old_ops[k]) for k in sorted(old_ops.keys() - new_ops.keys()))
    breaking: list[str] = [f"removed operation {item}" for item in removed]
    for key in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[key], new_ops[key]
        if before.get("operationId") != after.get("operationId"):
            breaking.append(
                f"`{key}`: renamed {before.get('operationId')} -> {after.get('operationId')}"
            )
        old_req, new_req = _request_fields(old, before), _request_fields(new, after)
        for name in sorted(new_req):
            now = new_req[name]
            was = old_req.get(name)
            if (
                now.required
                and _parent_present(name, new_req)
                and (was is None or not was.required)
            ):
                breaking.append(f"`{key}`: request {name} is now required")
            elif was is not None and was.types and now.types and was.types != now.types:
                breaking.append(
                    f"`{key}`: request {name} type {'|'.join(was.types)} -> {'|'.join(now.types)}"
                )
        old_res, new_res = _response_fields(old, before), _response_fields(new, after)
        for name in sorted(old_res):
            if name not in new_res:
                breaking.append(f"`{key}`: {name} removed")
            elif (
                old_res[name].types
                and new_res[name].types
                and old_res[name].types != new_res[name].types
            ):
                was_t, now_t = "|".join(old_res[name].types), "|".join(new_res[name].types)
                breaking.append(f"`{key}`: {name} type {was_t} -> {now_t}")
    return ReleaseReport(
        old_count=len(old_ops),
        new_count=len(new_ops),
        added=added,
        removed=removed,
        breaking=tuple(breaking),
    )


def _parent_present(name: str, fields: dict[str, Field]) -> bool:
    """A new required property inside a new optional object breaks nobody; only count it under
    parents that are themselves required (or top level)."""
    parent = name.rsplit(".", 1)[0] if "." in name else ""
    while parent and parent not in ("body",):
        field = fields.get(parent.removesuffix("[]"))
        if field is not None and not field.required:
            return False
        parent = parent.rsplit(".", 1)[0] if "." in parent else ""
    return True
