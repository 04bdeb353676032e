"""Values made up from a JSON schema of the spec: deterministic for one random generator.

The fake's generic reads (`_reads.py`) answer with these. Every property a schema lists is
filled (so a test sees each field), an enum takes one of its values, a nullable value is not
null, and strings follow the spec's formats and patterns; depth is bounded, so a recursive
schema ends.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from ._clock import iso
from ._spec import Spec

#: Depth at which objects become empty and arrays empty: the spec nests a few levels at most.
MAX_DEPTH = 6
#: A sample for each pattern the spec uses; a string with another pattern takes the first
#: sample that matches it, or its property's name.
_SAMPLES = (
    "2026-01-15",
    "09:30",
    "09:30:00",
    "5551234567",
    "2026-01",
    "12.5",
    "+00:00",
    "abc",
)
_DAY = 86400


class Generator:
    """Instances of the spec's schemas (resolving its local `$ref`s), drawn from `rng`."""

    def __init__(self, spec: Spec, rng: random.Random) -> None:
        self._document = spec.document
        self._rng = rng

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """The schema a local `$ref` points to (followed until there is none)."""
        for _ in range(MAX_DEPTH * 4):
            ref = schema.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/"):
                return schema
            target: Any = self._document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            schema = target
        return schema

    def value(self, schema: dict[str, Any], name: str = "value", depth: int = 0) -> Any:
        """One instance of `schema`; `name` is the property it fills (a hint for strings)."""
        schema = self.resolve(schema)
        for keyword, make in _BY_KEYWORD.items():
            if keyword in schema:
                return make(self, schema, name, depth)
        make = _BY_TYPE.get(self._type(schema), _BY_TYPE["string"])
        return make(self, schema, name, depth)

    def _const(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        return schema["const"]

    def _enum(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        choices = [v for v in schema["enum"] if v is not None]
        return self._rng.choice(choices) if choices else None

    def _first_branch(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        """`anyOf` / `oneOf`: the first branch that is not null (or the first)."""
        branches = [self.resolve(b) for b in schema.get("anyOf", schema.get("oneOf", []))]
        usable = [b for b in branches if b.get("type") != "null"] or branches
        return self.value(usable[0], name, depth)

    def _all_of(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            merged["properties"].update(self.resolve(part).get("properties", {}))
        return self.value(merged, name, depth)

    def _object(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        if depth >= MAX_DEPTH:
            return {}
        properties = schema.get("properties", {})
        return {key: self.value(sub, key, depth + 1) for key, sub in properties.items()}

    def _array(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        low = int(schema.get("minItems", 0))
        count = 0 if depth >= MAX_DEPTH else max(low, self._rng.randint(1, 2))
        return [self.value(schema.get("items", {}), name, depth + 1) for _ in range(count)]

    def _integer(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        return self._rng.randint(*self._bounds(schema, 0, 1000))

    def _number(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        low, high = self._bounds(schema, 0, 100_000)
        return float(self._rng.randint(low, high))

    def _boolean(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        return self._rng.random() < 0.5

    def _null(self, schema: dict[str, Any], name: str, depth: int) -> Any:
        return None

    @staticmethod
    def _type(schema: dict[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            kinds = [k for k in declared if k != "null"]
            return str(kinds[0]) if kinds else "null"
        if isinstance(declared, str):
            return declared
        return "object" if "properties" in schema else "string"

    @staticmethod
    def _bounds(schema: dict[str, Any], low: int, high: int) -> tuple[int, int]:
        floor = int(schema.get("minimum", low))
        ceiling = int(schema.get("maximum", max(high, floor)))
        return floor, max(floor, ceiling)

    def _string(self, schema: dict[str, Any], name: str, depth: int = 0) -> str:
        fmt, pattern = schema.get("format"), schema.get("pattern")
        day = 1_767_225_600 + self._rng.randint(0, 364) * _DAY  # a day of 2026
        if fmt == "date-time" or (not pattern and (name.endswith("_at") or "date" in name)):
            return iso(day)
        if fmt == "email":
            return f"{name.replace('_', '.')}{self._rng.randint(1, 999)}@example.com"
        if fmt == "uri":
            return f"https://example.com/{name}/{self._rng.randint(1, 999)}"
        if pattern:
            for sample in (iso(day), *_SAMPLES):
                if re.search(pattern, sample):
                    return sample
        text = f"{name}-{self._rng.randint(1, 9999)}"
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        return text[: int(high)] if high is not None else text


_Make = Callable[[Generator, dict[str, Any], str, int], Any]
#: How a schema with one of these keywords is filled, in the order they are looked for.
_BY_KEYWORD: dict[str, _Make] = {
    "const": Generator._const,
    "enum": Generator._enum,
    "anyOf": Generator._first_branch,
    "oneOf": Generator._first_branch,
    "allOf": Generator._all_of,
}
#: How a schema of each type is filled (another type: as a string).
_BY_TYPE: dict[str, _Make] = {
    "object": Generator._object,
    "array": Generator._array,
    "integer": Generator._integer,
    "number": Generator._number,
    "boolean": Generator._boolean,
    "null": Generator._null,
    "string": Generator._string,
}
