"""The release report: every change between two specs, judged as a caller of the generated client
meets it.

Both documents are normalized first, so operations match by method and path and their names are
ours. A change is *breaking* when code written against the previous client can fail against the new
one (a keyword argument vanishes, a value it sent is refused, a value it reads is missing or of
another type); one change is one line, however many properties sit below it. Breaking:

* operations, parameters, request properties and response properties removed;
* parameters and request properties that became required, including inside the items of an existing
  array; a request body that became required; request media types removed;
* request enum values removed; request union variants removed; request types narrowed;
  constraints tightened (pattern added or changed, a maximum lowered, a minimum raised);
* parameters moved between locations (query -> header);
* response properties that became optional or nullable, or whose type changed incompatibly (number
  -> integer in a response breaks nobody);
* success statuses changed; security schemes or requirements changed.

Response enum values added are listed apart: the generated client rejects a value it does not know,
so they break every deployed client until it tolerates unknown values (``UNKNOWN_ENUMS_TOLERATED``).
Not breaking: optional additions, widened request types, prose.
"""

from __future__ import annotations

from typing import Any

import attrs

from scripts._normalize import operations
from scripts._validate import MISSING, resolve

Document = dict[str, Any]
_MAX_DEPTH = 12
# The generated client keeps a response enum value it does not know as a plain string (the
# templates type such enums `Literal[...] | str`): response enum values added are a notice.
UNKNOWN_ENUMS_TOLERATED = True
_CEILINGS = ("maxLength", "maxItems", "maximum", "exclusiveMaximum", "maxProperties")
_FLOORS = ("minLength", "minItems", "minimum", "exclusiveMinimum", "minProperties")


@attrs.frozen
class Field:
    """What a caller meets at one place of a request or response."""

    types: tuple[str, ...]
    required: bool
    enum: tuple[str, ...] | None = None
    constraints: tuple[tuple[str, Any], ...] = ()
    variants: tuple[str, ...] = ()


@attrs.frozen
class ReleaseReport:
    old_count: int
    new_count: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    breaking: tuple[str, ...]
    degraded: tuple[str, ...] = ()
    enum_values_added: tuple[str, ...] = ()
    #: "Old -> New" for each generated class this release renames (the old name still imports).
    renamed: tuple[str, ...] = ()

    @property
    def blocking(self) -> tuple[str, ...]:
        """What ``--fail-on-breaking`` refuses: the breaking changes, and response enum values
        added while the client rejects unknown values."""
        return self.breaking + (() if UNKNOWN_ENUMS_TOLERATED else self.enum_values_added)

    def to_markdown(self) -> str:
        lines = [
            "# Release report",
            "",
            f"Operations: {self.old_count} -> {self.new_count} "
            f"({len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.breaking)} breaking changes)",
        ]
        enum_title = (
            "Response enum values added (notice: the client tolerates unknown values)"
            if UNKNOWN_ENUMS_TOLERATED
            else "Response enum values added (breaking for clients that reject unknown values, "
            "as this one does)"
        )
        for title, items in (
            ("Added operations", self.added),
            ("Removed operations", self.removed),
            ("Breaking changes", self.breaking),
            (enum_title, self.enum_values_added),
            ("Degraded schemas (typed as a plain dict or any value in the client)", self.degraded),
            (
                "Renamed classes (the old name still imports, with a DeprecationWarning)",
                self.renamed,
            ),
        ):
            lines += ["", f"## {title}", ""]
            lines += [f"- {item}" for item in items] or ["- none"]
        return "\n".join(lines) + "\n"


# -- reading a document ----------------------------------------------------------------------------


def _resolve(document: Document, schema: Any, seen: frozenset[str]) -> tuple[Any, frozenset[str]]:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}, seen
        seen = seen | {ref}
        schema = resolve(document, ref)
        if schema is MISSING:
            return {}, seen
    return schema, seen


def _type_names(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    found: set[str] = set()
    for k in kind if isinstance(kind, list) else [kind] if kind is not None else []:
        found.add(f"{k}:{schema['format']}" if "format" in schema and k != "null" else str(k))
    if schema.get("nullable") is True:
        found.add("null")
    if not found and "properties" in schema:
        found.add("object")
    return found


def _types(document: Document, schema: dict[str, Any], seen: frozenset[str]) -> tuple[str, ...]:
    found = _type_names(schema)
    for key in ("anyOf", "oneOf"):
        for variant in schema.get(key) or []:
            variant, _ = _resolve(document, variant, seen)
            if isinstance(variant, dict):
                found |= _type_names(variant) or ({"object"} if "allOf" in variant else set())
    return tuple(sorted(found))


def _enum(
    document: Document, schema: dict[str, Any], seen: frozenset[str]
) -> tuple[str, ...] | None:
    values: list[Any] | None = schema.get("enum")
    if values is None:
        for key in ("anyOf", "oneOf"):
            for variant in schema.get(key) or []:
                variant, _ = _resolve(document, variant, seen)
                if not isinstance(variant, dict) or variant.get("type") == "null":
                    continue
                if not isinstance(variant.get("enum"), list):
                    return None  # a member without an enum: any value of its type goes
                values = [*(values or []), *variant["enum"]]
    if values is None:
        return None
    return tuple(sorted({str(v) for v in values if v is not None}))


def _label(member: dict[str, Any], index: int) -> str:
    if "$ref" in member:
        return str(member["$ref"]).rsplit("/", 1)[-1]
    if "title" in member:
        return str(member["title"])
    return f"#{index + 1}"


def _variants(document: Document, schema: dict[str, Any]) -> tuple[str, ...]:
    """The object members of a union, by the name a caller builds them with."""
    out = []
    for key in ("anyOf", "oneOf"):
        for variant in schema.get(key) or []:
            if not isinstance(variant, dict):
                continue
            if "$ref" in variant:
                out.append(str(variant["$ref"]).rsplit("/", 1)[-1])
            elif "title" in variant:
                out.append(str(variant["title"]))
    return tuple(sorted(out))


def _constraints(schema: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    keys = ("pattern", *_CEILINGS, *_FLOORS)
    return tuple((k, schema[k]) for k in keys if k in schema)


def flatten(document: Document, schema: Any, prefix: str = "") -> dict[str, Field]:
    """Every property path below ``schema`` with what a caller meets there."""
    out: dict[str, Field] = {}

    def walk(node: Any, path: str, required: bool, seen: frozenset[str], depth: int) -> None:
        node, seen = _resolve(document, node, seen)
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return
        if path:
            out[path] = Field(
                types=_types(document, node, seen),
                required=required,
                enum=_enum(document, node, seen),
                constraints=_constraints(node),
                variants=_variants(document, node),
            )
        parts = [node, *(node.get("allOf") or [])]
        members = [
            m
            for key in ("anyOf", "oneOf")
            for m in node.get(key) or []
            if isinstance(m, dict) and m.get("type") != "null"
        ]
        shaped = [
            m for m in members if "$ref" in m or m.get("type") == "object" or "properties" in m
        ]
        if len(shaped) > 1:
            # Each object member on its own path (``payer<Company>.tax_id``): built apart.
            for i, member in enumerate(shaped):
                walk(member, f"{path}<{_label(member, i)}>", True, seen, depth + 1)
        else:
            parts += members  # a nullable reference: its properties are the property's
        for part in parts:
            part, part_seen = _resolve(document, part, seen)
            if not isinstance(part, dict):
                continue
            needed = set(part.get("required") or [])
            for name, sub in (part.get("properties") or {}).items():
                walk(sub, f"{path}.{name}" if path else name, name in needed, part_seen, depth + 1)
            if "items" in part:
                walk(part["items"], f"{path}[]", True, part_seen, depth + 1)
            if isinstance(part.get("additionalProperties"), dict):
                walk(part["additionalProperties"], f"{path}{{*}}", True, part_seen, depth + 1)

    walk(schema, prefix, True, frozenset(), 0)
    return out


@attrs.frozen
class _Request:
    parameters: dict[str, tuple[str, Field]]  # name -> (location, field)
    body: dict[str, Field]
    media: frozenset[str]
    body_required: bool | None  # None: no body


def _request(document: Document, operation: dict[str, Any]) -> _Request:
    parameters: dict[str, tuple[str, Field]] = {}
    for param in operation.get("parameters") or []:
        param, _ = _resolve(document, param, frozenset())
        schema, seen = _resolve(document, param.get("schema", {}), frozenset())
        if not isinstance(schema, dict):
            schema = {}
        parameters[str(param.get("name"))] = (
            str(param.get("in")),
            Field(
                types=_types(document, schema, seen),
                required=bool(param.get("required")),
                enum=_enum(document, schema, seen),
                constraints=_constraints(schema),
                variants=_variants(document, schema),
            ),
        )
    body, _ = _resolve(document, operation.get("requestBody"), frozenset())
    fields: dict[str, Field] = {}
    content = (body.get("content") or {}) if isinstance(body, dict) else {}
    for media in sorted(content):
        fields.update(flatten(document, content[media].get("schema", {}), "body"))
    return _Request(
        parameters=parameters,
        body=fields,
        media=frozenset(content),
        body_required=bool(body.get("required")) if isinstance(body, dict) and body else None,
    )


def _successes(document: Document, operation: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for code, response in (operation.get("responses") or {}).items():
        if str(code).startswith("2"):
            out[str(code)] = _resolve(document, response, frozenset())[0]
    return out


def _response_fields(document: Document, response: Any, prefix: str) -> dict[str, Field]:
    fields: dict[str, Field] = {}
    for media in sorted((response.get("content") or {}) if isinstance(response, dict) else {}):
        fields.update(flatten(document, response["content"][media].get("schema", {}), prefix))
    return fields


def _security(document: Document, operation: dict[str, Any]) -> Any:
    """The requirement in force: the operation's own, else the document's."""
    return operation.get("security", document.get("security"))


def _requirement(requirements: Any) -> str:
    if not requirements:
        return "none"
    return " or ".join(
        "+".join(sorted(r)) or "anonymous" for r in requirements if isinstance(r, dict)
    )


# -- judging changes -------------------------------------------------------------------------------


def _covers(types: tuple[str, ...], kind: str) -> bool:
    """Whether a value of ``kind`` is a value of one of ``types``."""
    base = kind.split(":")[0]
    return (
        kind in types
        or (base in types and base != kind)
        or (base == "integer" and any(t.split(":")[0] == "number" for t in types))
    )


def _parent(name: str) -> str:
    if name.endswith("[]"):
        return name[:-2]
    if name.endswith("{*}"):
        return name[:-3]
    if name.endswith(">"):
        return name[: name.rindex("<")]
    return name.rsplit(".", 1)[0] if "." in name else ""


def _reported(name: str, mine: dict[str, Field], other: dict[str, Field]) -> bool:
    """Whether a place added to or missing from one side gets its own line: not an array's items
    (their array's line speaks), and only under a parent present on both sides with its type
    unchanged; otherwise the parent's own line says it all (one change, one line)."""
    if name.endswith(("[]", "{*}", ">")):
        return False  # items, mapping values, union members: their container's line speaks
    parent = _parent(name)
    if not parent:
        return True
    if parent not in mine or parent not in other:
        return False
    if mine[parent].variants != other[parent].variants:
        return False  # the union's own line (a variant removed) or none (a variant added)
    return (
        not mine[parent].types
        or not other[parent].types
        or (mine[parent].types == other[parent].types)
    )


def _tightened(was: Field, now: Field) -> list[str]:
    old, new = dict(was.constraints), dict(now.constraints)
    found = []
    if "pattern" in new and old.get("pattern") != new["pattern"]:
        found.append("pattern added" if "pattern" not in old else "pattern changed")
    for key in _CEILINGS:
        if key in new and (key not in old or _lt(new[key], old[key])):
            found.append(f"{key} {old.get(key, 'none')} -> {new[key]}")
    for key in _FLOORS:
        if key in new and (key not in old or _lt(old[key], new[key])):
            if key not in old and new[key] in (0, False):
                continue
            found.append(f"{key} {old.get(key, 'none')} -> {new[key]}")
    return found


def _lt(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:
        return bool(a != b)


def _request_changes(before: dict[str, Field], after: dict[str, Field]) -> list[str]:
    """Breaking changes in what the caller sends."""
    lines = []
    for name in sorted(before.keys() - after.keys()):
        if _reported(name, before, after):
            lines.append(f"request {name} removed")
    for name in sorted(after):
        now, was = after[name], before.get(name)
        if was is None:
            if now.required and _reported(name, after, before):
                lines.append(f"request {name} is now required")
            continue
        if now.required and not was.required and not name.endswith(("[]", "{*}", ">")):
            lines.append(f"request {name} is now required")
        if was.types and now.types:
            lost = [t for t in was.types if not _covers(now.types, t)]
            if lost:
                lines.append(f"request {name} type {'|'.join(was.types)} -> {'|'.join(now.types)}")
        if was.enum is not None and now.enum is not None:
            dropped = sorted(set(was.enum) - set(now.enum))
            if dropped:
                lines.append(f"request {name} no longer accepts {', '.join(map(repr, dropped))}")
        gone = sorted(set(was.variants) - set(now.variants))
        if gone and now.variants:
            lines.append(f"request {name} no longer accepts variant {', '.join(gone)}")
        lines += [f"request {name} {change}" for change in _tightened(was, now)]
    return lines


def _response_changes(
    before: dict[str, Field], after: dict[str, Field]
) -> tuple[list[str], list[str]]:
    """Breaking changes in what the caller reads, and response enum values added."""
    lines: list[str] = []
    enums: list[str] = []
    for name in sorted(before):
        was = before[name]
        if name not in after:
            if _reported(name, before, after):
                lines.append(f"{name} removed")
            continue
        now = after[name]
        if was.required and not now.required and not name.endswith(("[]", "{*}", ">")):
            lines.append(f"{name} may now be missing (was required)")
        if was.types and now.types:
            new_kinds = [t for t in now.types if not _covers(was.types, t)]
            if new_kinds == ["null"]:
                lines.append(f"{name} may now be null")
            elif new_kinds:
                lines.append(f"{name} type {'|'.join(was.types)} -> {'|'.join(now.types)}")
        if was.enum is not None and now.enum is not None:
            added = sorted(set(now.enum) - set(was.enum))
            if added:
                enums.append(f"{name} may now be {', '.join(map(repr, added))}")
    return lines, enums


def compare(old: Document, new: Document) -> ReleaseReport:
    """The report for moving from ``old`` to ``new`` (both normalized)."""
    old_ops = {f"{m.upper()} {p}": op for m, p, op in operations(old)}
    new_ops = {f"{m.upper()} {p}": op for m, p, op in operations(new)}

    def label(key: str, op: dict[str, Any]) -> str:
        return f"`{key}` ({op.get('operationId')})"

    added = tuple(label(k, new_ops[k]) for k in sorted(new_ops.keys() - old_ops.keys()))
    removed = tuple(label(k, old_ops[k]) for k in sorted(old_ops.keys() - new_ops.keys()))
    breaking: list[str] = [f"removed operation {item}" for item in removed]
    breaking += _security_changes(old, new)
    enums: list[str] = []
    for key in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[key], new_ops[key]
        lines: list[str] = []
        if before.get("operationId") != after.get("operationId"):
            lines.append(f"renamed {before.get('operationId')} -> {after.get('operationId')}")
        own = "security" in before or "security" in after
        if own and _security(old, before) != _security(new, after):
            lines.append(
                f"security {_requirement(_security(old, before))} -> "
                f"{_requirement(_security(new, after))}"
            )
        lines += _operation_request(old, before, new, after)
        response_lines, response_enums = _operation_responses(old, before, new, after)
        lines += response_lines
        breaking += [f"`{key}`: {line}" for line in lines]
        enums += [f"`{key}`: {line}" for line in response_enums]
    return ReleaseReport(
        old_count=len(old_ops),
        new_count=len(new_ops),
        added=added,
        removed=removed,
        breaking=tuple(breaking),
        enum_values_added=tuple(enums),
    )


def _operation_request(
    old: Document, before: dict[str, Any], new: Document, after: dict[str, Any]
) -> list[str]:
    was, now = _request(old, before), _request(new, after)
    lines = []
    old_params = {n: f for n, (_, f) in was.parameters.items()}
    new_params = {n: f for n, (_, f) in now.parameters.items()}
    for name in sorted(was.parameters.keys() & now.parameters.keys()):
        if was.parameters[name][0] != now.parameters[name][0]:
            lines.append(
                f"request parameter {name} moved {was.parameters[name][0]} -> "
                f"{now.parameters[name][0]}"
            )
    lines += _request_changes(
        {f"parameter {n}": f for n, f in old_params.items()},
        {f"parameter {n}": f for n, f in new_params.items()},
    )
    if was.body_required is not None and now.body_required is None:
        lines.append("request body removed")
    elif now.body_required and not was.body_required:
        lines.append("request body is now required")
    for media in sorted(was.media - now.media):
        if now.media:
            lines.append(f"request media type {media} no longer accepted")
    if was.body_required is not None and now.body_required is not None:
        lines += _request_changes(was.body, now.body)
    return lines


def _operation_responses(
    old: Document, before: dict[str, Any], new: Document, after: dict[str, Any]
) -> tuple[list[str], list[str]]:
    was, now = _successes(old, before), _successes(new, after)
    lines: list[str] = []
    pairs = [(code, code) for code in sorted(was.keys() & now.keys())]
    if was and now and set(was) != set(now):
        lines.append(f"success status {', '.join(sorted(was))} -> {', '.join(sorted(now))}")
        if not pairs:
            pairs = [(min(was), min(now))]
    enums: list[str] = []
    for old_code, new_code in pairs:
        prefix = f"response {new_code}"
        found, added = _response_changes(
            _response_fields(old, was[old_code], prefix),
            _response_fields(new, now[new_code], prefix),
        )
        lines += found
        enums += added
    return lines, enums


def _security_changes(old: Document, new: Document) -> list[str]:
    lines = []
    if old.get("security") != new.get("security"):
        lines.append(
            f"security requirement {_requirement(old.get('security'))} -> "
            f"{_requirement(new.get('security'))} (every operation without its own)"
        )
    old_schemes = (old.get("components") or {}).get("securitySchemes") or {}
    new_schemes = (new.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old_schemes):
        if name not in new_schemes:
            lines.append(f"security scheme {name} removed")
        elif old_schemes[name] != new_schemes[name]:
            was, now = old_schemes[name], new_schemes[name]
            changed = sorted(k for k in was.keys() | now.keys() if was.get(k) != now.get(k))
            lines.append(f"security scheme {name} changed ({', '.join(changed)})")
    return lines
