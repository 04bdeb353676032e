"""The release report: every change between two specs, judged as a caller of the generated client
meets it.

Both documents are normalized first, so operations match by method and path and their names are
ours. A change is *breaking* when code written against the previous client can fail against the new
one (a keyword argument vanishes, a value it sent is refused, a value it reads is missing or of
another type); one change is one line, however many properties sit below it. Breaking:

* operations, parameters, request properties and response properties removed;
* path parameters renamed (``/v1/leases/{id}`` -> ``{lease_id}``): operations match by method and
  path with parameter names set aside, and the change is the keyword argument's new name;
* parameters and request properties that became required, including inside the items of an existing
  array; a request body that became required; request media types removed;
* request enum values removed; a free request value that became an enum; request union variants
  removed; request types narrowed, and request formats the client types (``date-time`` is a
  ``datetime``) dropped, worded as the argument's type change rather than the pattern that replaced
  them; constraints tightened (pattern added or changed, a maximum lowered, a minimum raised);
* parameters moved between locations (query -> header);
* response properties that became optional or nullable, or whose type changed incompatibly (number
  -> integer in a response breaks nobody); success response media types removed or replaced;
* success statuses changed; security schemes changed; security requirements added or changed.

A security requirement removed or relaxed (every caller that met the old one meets the new one) is
a notice, not breaking: nothing a caller does stops working.

Response enum values added are listed apart: the generated client rejects a value it does not know,
so they break every deployed client until it tolerates unknown values (``UNKNOWN_ENUMS_TOLERATED``).
Not breaking: optional additions, widened request types, prose.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from scripts._normalize import operations
from scripts._validate import MISSING, resolve

Document = dict[str, Any]
_PATH_PARAMETER = re.compile(r"\{([^{}]*)\}")
# Formats the generated client gives their own Python type; dropping one changes the argument's.
_TYPED_FORMATS = {
    "date-time": "datetime",
    "date": "date",
    "uuid": "UUID",
    "binary": "File",
}
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
    notices: tuple[str, ...] = ()
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
            ("Notices (nothing breaks for a caller)", self.notices),
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


def _format_dropped(was: tuple[str, ...], now: tuple[str, ...]) -> str | None:
    """``type datetime -> str (format date-time dropped)`` when a format the client types went away
    and only its base type (a plain string) remains."""
    for kind in was:
        base, _, fmt = kind.partition(":")
        if fmt in _TYPED_FORMATS and kind not in now and base in now:
            return f"type {_TYPED_FORMATS[fmt]} -> {_python(base)} (format {fmt} dropped)"
    return None


def _python(base: str) -> str:
    """The Python type the client gives a plain value of JSON type ``base``."""
    return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(base, base)


def _request_changes(before: dict[str, Field], after: dict[str, Field]) -> list[str]:
    """Breaking changes in what the caller sends."""
    lines = [
        f"request {name} removed"
        for name in sorted(before.keys() - after.keys())
        if _reported(name, before, after)
    ]
    for name in sorted(after):
        now, was = after[name], before.get(name)
        if was is not None:
            lines += [f"request {name} {change}" for change in _sent_changes(name, was, now)]
        elif now.required and _reported(name, after, before):
            lines.append(f"request {name} is now required")
    return lines


def _sent_changes(name: str, was: Field, now: Field) -> list[str]:
    """What breaks for a caller sending field ``name``, present on both sides."""
    changes = []
    if now.required and not was.required and not name.endswith(("[]", "{*}", ">")):
        changes.append("is now required")
    tightened = _tightened(was, now)
    lost = _types_lost(was.types, now.types)
    dropped = None if lost else _format_dropped(was.types, now.types)
    if dropped:
        # The pattern that replaced the format is how the spec says it; what the caller meets
        # is the argument's type.
        tightened = [c for c in tightened if not c.startswith("pattern")]
    changes += [change for change in (lost, dropped) if change]
    return changes + _accepts_less(was, now) + tightened


def _types_lost(was: tuple[str, ...], now: tuple[str, ...]) -> str | None:
    """``type X|Y -> Z`` when a type the caller could send is no longer accepted."""
    if was and now and any(not _covers(now, kind) for kind in was):
        return f"type {'|'.join(was)} -> {'|'.join(now)}"
    return None


def _accepts_less(was: Field, now: Field) -> list[str]:
    """Enum values and union variants the caller could send and no longer can."""
    changes = []
    if was.enum is not None and now.enum is not None:
        dropped = sorted(set(was.enum) - set(now.enum))
        if dropped:
            changes.append(f"no longer accepts {', '.join(map(repr, dropped))}")
    elif was.enum is None and now.enum is not None:
        changes.append(f"now accepts only {', '.join(map(repr, now.enum))}")
    gone = sorted(set(was.variants) - set(now.variants))
    if gone and now.variants:
        changes.append(f"no longer accepts variant {', '.join(gone)}")
    return changes


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
    """The report for moving from ``old`` to ``new`` (both normalized).

    The same document on both sides (a regeneration from the pinned spec, or a release that
    normalizes to it) has nothing to report, and is not walked."""
    if old is new:
        count = sum(1 for _ in operations(new))
        return ReleaseReport(old_count=count, new_count=count, added=(), removed=(), breaking=())
    old_ops = {f"{m.upper()} {p}": op for m, p, op in operations(old)}
    new_ops = {f"{m.upper()} {p}": op for m, p, op in operations(new)}

    def label(key: str, op: dict[str, Any]) -> str:
        return f"`{key}` ({op.get('operationId')})"

    moved = _moved(old_ops.keys() - new_ops.keys(), new_ops.keys() - old_ops.keys())
    pairs = [(key, key) for key in sorted(old_ops.keys() & new_ops.keys())]
    pairs = sorted(pairs + list(moved.items()), key=lambda pair: pair[1])
    matched_old = {old_key for old_key, _ in pairs}
    matched_new = {new_key for _, new_key in pairs}
    added = tuple(label(k, new_ops[k]) for k in sorted(new_ops.keys() - matched_new))
    removed = tuple(label(k, old_ops[k]) for k in sorted(old_ops.keys() - matched_old))
    breaking: list[str] = [f"removed operation {item}" for item in removed]
    security, notices = _security_changes(old, new)
    breaking += security
    enums: list[str] = []
    for old_key, key in pairs:
        before, after = old_ops[old_key], new_ops[key]
        lines, response_enums, notice = _operation_changes(old, before, new, after, old_key, key)
        breaking += [f"`{key}`: {line}" for line in lines]
        enums += [f"`{key}`: {line}" for line in response_enums]
        notices += [f"`{key}`: {line}" for line in notice]
    return ReleaseReport(
        old_count=len(old_ops),
        new_count=len(new_ops),
        added=added,
        removed=removed,
        breaking=tuple(breaking),
        enum_values_added=tuple(enums),
        notices=tuple(notices),
    )


def _operation_changes(
    old: Document,
    before: dict[str, Any],
    new: Document,
    after: dict[str, Any],
    old_key: str,
    key: str,
) -> tuple[list[str], list[str], list[str]]:
    """One operation's breaking changes, response enum values added and notices (its security
    requirement relaxed), between its ``old_key`` and its ``key`` (which differ when a path
    parameter was renamed)."""
    renames = _renamed_parameters(old_key, key)
    lines = [f"keyword argument `{a}` renamed to `{b}`" for a, b in renames.items()]
    if before.get("operationId") != after.get("operationId"):
        lines.append(f"renamed {before.get('operationId')} -> {after.get('operationId')}")
    notices: list[str] = []
    own = "security" in before or "security" in after
    was_security, now_security = _security(old, before), _security(new, after)
    if own and was_security != now_security:
        line = f"security {_requirement(was_security)} -> {_requirement(now_security)}"
        (notices if _relaxed(was_security, now_security) else lines).append(line)
    lines += _operation_request(old, before, new, after, renames)
    response_lines, response_enums = _operation_responses(old, before, new, after)
    return lines + response_lines, response_enums, notices


def _shape(key: str) -> str:
    """An operation's method and path with its parameter names set aside."""
    return _PATH_PARAMETER.sub("{}", key)


def _moved(gone: set[str], new: set[str]) -> dict[str, str]:
    """Operations whose path only renamed a parameter: old key -> new key, where exactly one
    operation on each side has the shape (otherwise which became which is a guess)."""
    by_shape: dict[str, tuple[list[str], list[str]]] = {}
    for side, keys in ((0, gone), (1, new)):
        for key in keys:
            by_shape.setdefault(_shape(key), ([], []))[side].append(key)
    return {olds[0]: news[0] for olds, news in by_shape.values() if len(olds) == len(news) == 1}


def _renamed_parameters(old_key: str, new_key: str) -> dict[str, str]:
    """Path parameter renames between two keys of one shape, in path order."""
    pairs = zip(_PATH_PARAMETER.findall(old_key), _PATH_PARAMETER.findall(new_key), strict=True)
    return {a: b for a, b in pairs if a != b}


def _alternatives(requirements: Any) -> list[frozenset[str]]:
    """A requirement as its alternatives, each the set of schemes it needs together."""
    if not requirements:
        return [frozenset()]
    return [frozenset(r) for r in requirements if isinstance(r, dict)]


def _relaxed(was: Any, now: Any) -> bool:
    """Whether every caller that met requirement ``was`` meets ``now`` (a requirement removed,
    or an alternative added): nothing breaks."""
    options = _alternatives(now)
    return all(any(option <= held for option in options) for held in _alternatives(was))


def _operation_request(
    old: Document,
    before: dict[str, Any],
    new: Document,
    after: dict[str, Any],
    renames: dict[str, str],
) -> list[str]:
    """Breaking changes in what the caller sends; ``renames`` maps the old names of renamed path
    parameters to the new (their own line says it: the rest compares by the new name)."""
    was, now = _request(old, before), _request(new, after)
    was = attrs.evolve(
        was, parameters={renames.get(n, n): value for n, value in was.parameters.items()}
    )
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
        old_media, new_media = _media(was[old_code]), _media(now[new_code])
        if old_media - new_media:
            lines.append(
                f"{prefix} media type {', '.join(sorted(old_media))} -> "
                f"{', '.join(sorted(new_media)) or 'none'}"
            )
        found, added = _response_changes(
            _response_fields(old, was[old_code], prefix),
            _response_fields(new, now[new_code], prefix),
        )
        lines += found
        enums += added
    return lines, enums


def _media(response: Any) -> frozenset[str]:
    content = response.get("content") if isinstance(response, dict) else None
    return frozenset(map(str, content)) if isinstance(content, dict) else frozenset()


def _security_changes(old: Document, new: Document) -> tuple[list[str], list[str]]:
    """Document-wide security changes: the breaking ones, and the notices (requirement relaxed)."""
    lines: list[str] = []
    notices: list[str] = []
    if old.get("security") != new.get("security"):
        line = (
            f"security requirement {_requirement(old.get('security'))} -> "
            f"{_requirement(new.get('security'))} (every operation without its own)"
        )
        (notices if _relaxed(old.get("security"), new.get("security")) else lines).append(line)
    old_schemes = (old.get("components") or {}).get("securitySchemes") or {}
    new_schemes = (new.get("components") or {}).get("securitySchemes") or {}
    for name in sorted(old_schemes):
        if name not in new_schemes:
            lines.append(f"security scheme {name} removed")
        elif old_schemes[name] != new_schemes[name]:
            was, now = old_schemes[name], new_schemes[name]
            changed = sorted(k for k in was.keys() | now.keys() if was.get(k) != now.get(k))
            lines.append(f"security scheme {name} changed ({', '.join(changed)})")
    return lines, notices
