"""Values made up from a JSON schema of the spec: deterministic for one random generator.

The fake's generic reads (`_reads.py`) answer with these. Every property a schema lists is
filled (so a test sees each field), an enum takes one of its values, a nullable value is not
null, and strings follow the spec's formats and patterns; depth is bounded, so a recursive
schema ends.
"""

from __future__ import annotations

import random
import re
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
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            choices = [v for v in schema["enum"] if v is not None]
            return self._rng.choice(choices) if choices else None
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [self.resolve(b) for b in schema[key]]
                usable = [b for b in branches if b.get("type") != "null"] or branches
                return self.value(usable[0], name, depth)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = self.resolve(part)
                merged["properties"].update(part.get("properties", {}))
            return self.value(merged, name, depth)
        kind = self._type(schema)
        if kind == "object":
            if depth >= MAX_DEPTH:
                return {}
            properties = schema.get("properties", {})
            return {key: self.value(sub, key, depth + 1) for key, sub in properties.items()}
        if kind == "array":
            low = int(schema.get("minItems", 0))
            count = 0 if depth >= MAX_DEPTH else max(low, self._rng.randint(1, 2))
            return [self.value(schema.get("items", {}), name, depth + 1) for _ in range(count)]
        if kind == "integer":
            return self._rng.randint(*self._bounds(schema, 0, 1000))
        if kind == "number":
            low, high = self._bounds(schema, 0, 100_000)
            return float(self._rng.randint(low, high))
        if kind == "boolean":
            return self._rng.random() < 0.5
        if kind == "null":
            return None
        return self._string(schema, name)

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

    def _string(self, schema: dict[str, Any], name: str) -> str:
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
