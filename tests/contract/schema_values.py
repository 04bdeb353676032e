"""Valid argument values for every operation, built from the JSON Schemas of ``openapi.yaml``.

The builder is deliberately independent of the generated client: it reads the spec, builds a
JSON instance for a schema and checks it against that schema with ``jsonschema`` before the
instance is handed to the client. A value the schema rejects is a bug of this module, and is
reported as such instead of being blamed on the client.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC_URI = "urn:propexo:openapi"
HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")

Json = Any
Schema = dict[str, Any]

# A realistic sample for each pattern the spec has; other patterns take the first fitting
# candidate of PATTERN_FALLBACKS, and fail loudly when none fits.
PATTERN_SAMPLES: dict[str, str] = {
    r"^\d{4}-\d{2}-\d{2}$": "2024-03-15",
    r"^\d{4}-(?:0[1-9]|1[0-2])$": "2024-03",
    r"(?:[01]\d|2[0123]):(?:[012345]\d)": "09:30",
    r"(?:[01]\d|2[0123]):(?:[012345]\d):(?:[012345]\d)": "09:30:00",
    r"^\d{10}$": "5551234567",
    r"^[2-9]\d{9}$": "5551234567",
    r"^\+?\d{1,50}$": "15551234567",
    r"^\w+$": "contract",
    r"^([1-9]\d?|0\.(0[1-9]|[1-9]\d?)|[1-9]\d?\.\d{1,2})$": "12.5",
    r"^[-+]\d{2}:\d{2}$": "+01:00",
}
PATTERN_FALLBACKS = (
    "contract",
    "2024-03-15",
    "2024-03-15T09:30:00Z",
    "09:30:00",
    "5551234567",
    "12.5",
    "+01:00",
    "A",
    "",
)

FORMAT_SAMPLES: dict[str, str] = {
    "date-time": "2024-03-15T09:30:00Z",
    "date": "2024-03-15",
    "time": "09:30:00Z",
    "email": "contract@example.com",
    "uuid": "4f9c2b1e-8d3a-4c6f-9b2e-1a7d5c3e9f00",
    "uri": "https://example.com/contract",
}


RFC3339_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$"
)


def _is_date_time(instance: object) -> bool:
    """RFC 3339 date-time (with offset), as OpenAPI means it."""
    return not isinstance(instance, str) or RFC3339_DATE_TIME.match(instance) is not None


def _is_uri(instance: object) -> bool:
    """An absolute URI: a scheme and something after it."""
    return (
        not isinstance(instance, str) or re.match(r"^[A-Za-z][\w+.-]*:\S+$", instance) is not None
    )


# jsonschema checks date-time and uri only with optional packages; check them here instead.
FORMAT_CHECKER = FormatChecker()
FORMAT_CHECKER.checks("date-time")(_is_date_time)
FORMAT_CHECKER.checks("uri")(_is_uri)


class SchemaValueError(Exception):
    """The builder could not produce a valid value: a bug or gap in this module."""


@cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The spec, read with a YAML 1.2 loader (``ON`` stays a string)."""
    spec: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return spec


@dataclass(frozen=True)
class Parameter:
    """A path or query parameter and the JSON pointer of its schema in the spec."""

    name: str
    location: str
    required: bool
    schema_pointer: str


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and where the generator put it."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Parameter, ...]
    body_pointer: str | None

    @property
    def module_name(self) -> str:
        """The generated module: ``propexo_client.api.<tag>.<operationId>``."""
        return f"propexo_client.api.{self.tag.replace('-', '_')}.{self.operation_id}"


def escape_pointer(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(spec: dict[str, Any], pointer: str) -> Any:
    """The value at a ``#/...`` JSON pointer of the spec."""
    node: Any = spec
    for token in pointer.removeprefix("#").split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def iter_operations(spec: dict[str, Any]) -> Iterator[Operation]:
    """Every operation of the spec, in document order."""
    for path, item in spec["paths"].items():
        path_pointer = f"#/paths/{escape_pointer(path)}"
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            op_pointer = f"{path_pointer}/{method}"
            # Operation-level parameters override path-level ones of the same name and place.
            parameters: dict[tuple[str, str], Parameter] = {}
            for owner, params in ((path_pointer, item), (op_pointer, op)):
                for index, param in enumerate(params.get("parameters", [])):
                    parameter = _parameter(spec, param, f"{owner}/parameters/{index}")
                    parameters[parameter.name, parameter.location] = parameter
            body_pointer = None
            if "requestBody" in op:
                body_pointer = f"{op_pointer}/requestBody/content/application~1json/schema"
            (tag,) = op["tags"]
            yield Operation(
                operation_id=op["operationId"],
                method=method,
                path=path,
                tag=tag,
                parameters=tuple(parameters.values()),
                body_pointer=body_pointer,
            )


def _parameter(spec: dict[str, Any], param: dict[str, Any], pointer: str) -> Parameter:
    if "$ref" in param:
        pointer = param["$ref"]
        param = resolve_pointer(spec, pointer)
    return Parameter(
        name=param["name"],
        location=param["in"],
        required=bool(param.get("required", False)),
        schema_pointer=f"{pointer}/schema",
    )


class SchemaChecker:
    """Validates JSON values against schemas of the spec, addressed by JSON pointer."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def validator(self, pointer: str) -> Draft202012Validator:
        """A validator for the schema at ``pointer``, with ``$ref``s resolved in the spec."""
        if pointer not in self._validators:
            self._validators[pointer] = Draft202012Validator(
                {"$ref": SPEC_URI + pointer},
                registry=self._registry,
                format_checker=FORMAT_CHECKER,
            )
        return self._validators[pointer]

    def errors(self, value: Json, pointer: str) -> list[str]:
        """Why ``value`` does not validate against the schema at ``pointer`` (empty: valid)."""
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in self.validator(pointer).iter_errors(value)
        ]

    def duplicate_enums(self, pointer: str) -> list[str]:
        """Pointers of enums with repeated values reachable from the schema at ``pointer``."""
        found: list[str] = []
        seen: set[str] = set()

        def walk(node: Any, where: str) -> None:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref not in seen:
                    seen.add(ref)
                    walk(resolve_pointer(self.spec, ref), ref)
                enum = node.get("enum")
                if isinstance(enum, list) and len({repr(v) for v in enum}) < len(enum):
                    found.append(where)
                for key, child in node.items():
                    walk(child, f"{where}/{escape_pointer(str(key))}")
            elif isinstance(node, list):
                for index, child in enumerate(node):
                    walk(child, f"{where}/{index}")

        walk(resolve_pointer(self.spec, pointer), pointer)
        return found


class ValueBuilder:
    """Builds a JSON instance that validates against a schema of the spec.

    Objects get every declared property (optional ones too, to exercise the client's
    serialization), arrays one item, nullable types their non-null variant. Of ``anyOf`` and
    ``oneOf`` variants: the first non-null one that validates, or the last with
    ``last_variant`` (a second request then covers the variants the first one skipped).
    """

    def __init__(self, checker: SchemaChecker, *, last_variant: bool = False) -> None:
        self.checker = checker
        self.spec = checker.spec
        self.errors = checker.errors
        self.last_variant = last_variant

    def value(self, pointer: str) -> Json:
        """A valid instance of the schema at ``pointer``; raises SchemaValueError otherwise."""
        value = self._build(pointer, depth=0)
        problems = self.errors(value, pointer)
        if problems:
            raise SchemaValueError(
                f"built an invalid value for {pointer}: {value!r}\n  " + "\n  ".join(problems[:10])
            )
        return value

    def _build(self, pointer: str, depth: int) -> Json:
        if depth > 40:
            raise SchemaValueError(f"schema nesting too deep (recursive?) at {pointer}")
        schema: Schema = resolve_pointer(self.spec, pointer)
        if not isinstance(schema, dict):  # boolean schemas
            if schema is False:
                raise SchemaValueError(f"{pointer} accepts nothing")
            return "contract"
        if "$ref" in schema:
            return self._build(schema["$ref"], depth + 1)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return next((v for v in schema["enum"] if v is not None), None)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self._valid_variant(pointer, keyword, schema[keyword], depth)
        if "allOf" in schema:
            return self._merge_all_of(pointer, schema["allOf"], depth)
        kind = self._pick_type(schema)
        scalar = kind not in ("object", "array")
        if scalar and "default" in schema and not self.errors(schema["default"], pointer):
            return schema["default"]
        return self._build_typed(pointer, schema, kind, depth)

    @staticmethod
    def _pick_type(schema: Schema) -> str | None:
        declared = schema.get("type")
        if isinstance(declared, list):
            non_null = [t for t in declared if t != "null"]
            return non_null[0] if non_null else "null"
        if declared is None and "properties" in schema:
            return "object"
        return declared

    def _valid_variant(self, pointer: str, keyword: str, variants: list[Any], depth: int) -> Json:
        """The first (or last) non-null variant whose value validates against the schema."""
        order = (
            list(reversed(range(len(variants))))
            if self.last_variant
            else list(range(len(variants)))
        )
        order.sort(key=lambda i: _is_null_schema(variants[i]))
        reasons: list[str] = []
        for index in order:
            candidate = self._build(f"{pointer}/{keyword}/{index}", depth + 1)
            problems = self.errors(candidate, pointer)
            if not problems:
                return candidate
            reasons.append(f"variant {index}: {candidate!r}: {problems[0]}")
        raise SchemaValueError(f"no {keyword} variant of {pointer} validates: {reasons}")

    def _merge_all_of(self, pointer: str, parts: list[Any], depth: int) -> Json:
        merged: dict[str, Any] = {}
        for index in range(len(parts)):
            part = self._build(f"{pointer}/allOf/{index}", depth + 1)
            if not isinstance(part, dict):
                return part  # a non-object allOf: the last part decides; validation checks it
            merged.update(part)
        return merged

    def _build_typed(self, pointer: str, schema: Schema, kind: str | None, depth: int) -> Json:
        if kind == "object":
            return {
                name: self._build(f"{pointer}/properties/{escape_pointer(name)}", depth + 1)
                for name in schema.get("properties", {})
            }
        if kind == "array":
            count = max(1, schema.get("minItems", 0))
            if "items" not in schema:
                return ["contract"] * count
            return [self._build(f"{pointer}/items", depth + 1) for _ in range(count)]
        if kind == "string":
            return _string(schema, pointer)
        if kind == "integer":
            return int(_number(schema, integer=True))
        if kind == "number":
            return _number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        if kind is None:
            return "contract"  # an unconstrained schema accepts anything
        raise SchemaValueError(f"unsupported type {kind!r} at {pointer}")


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _string(schema: Schema, pointer: str) -> str:
    if "pattern" in schema:
        pattern = schema["pattern"]
        fitting = (t for t in PATTERN_FALLBACKS if re.search(pattern, t))
        sample = PATTERN_SAMPLES.get(pattern) or next(fitting, None)
        if sample is None:
            raise SchemaValueError(f"no sample for pattern {pattern!r} at {pointer}")
        text = sample
    elif "format" in schema:
        if schema["format"] not in FORMAT_SAMPLES:
            raise SchemaValueError(f"no sample for format {schema['format']!r} at {pointer}")
        text = FORMAT_SAMPLES[schema["format"]]
    else:
        text = "contract"
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    if "pattern" in schema and not re.search(schema["pattern"], text):
        raise SchemaValueError(f"pattern sample {text!r} no longer fits {pointer}")
    return text


def _number(schema: Schema, *, integer: bool) -> float:
    """A value inside the bounds, close to 1 (or 1.5 for numbers)."""
    preferred = 1.0 if integer else 1.5
    step = 1.0 if integer else 0.5
    low = schema.get("minimum")
    if "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + step
    high = schema.get("maximum")
    if "exclusiveMaximum" in schema:
        high = schema["exclusiveMaximum"] - step
    value = preferred
    if low is not None and value < low:
        value = float(low)
    if high is not None and value > high:
        value = float(high)
    return value
