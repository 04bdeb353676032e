"""The OpenAPI document: loading it (YAML 1.2) and validating against its schemas."""

from __future__ import annotations

import functools
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML

#: The wheel carries the project's `openapi.yaml` here (pyproject.toml: force-include).
PACKAGED_SPEC = Path(__file__).with_name("openapi.yaml")
#: A checkout (overlays/ on the path) serves the repo's own `openapi.yaml`.
REPO_SPEC = Path(__file__).parents[3] / "openapi.yaml"
SPEC_URI = "urn:propexo:openapi"
ERROR_REF = "#/components/schemas/errorResponse"

FORMATS = FormatChecker()


def _is_date_time(value: object) -> bool:
    """RFC 3339 date-time: a date, a `T` time and an offset (`Z` or +hh:mm)."""
    if not isinstance(value, str):
        return True
    parsed = datetime.fromisoformat(value)
    return len(value) > 10 and value[10] in "Tt" and parsed.tzinfo is not None


FORMATS.checks("date-time", raises=ValueError)(_is_date_time)


def spec_path() -> Path:
    """The `openapi.yaml` the package was built from: the wheel's copy, else the checkout's."""
    return PACKAGED_SPEC if PACKAGED_SPEC.exists() else REPO_SPEC


def describe(error: ValidationError) -> str:
    """`charges[0].amount_in_cents: 'x' is not of type 'integer'`."""
    where = ""
    for part in error.absolute_path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    return f"{where or 'body'}: {error.message}"


class Spec:
    """Schema validators for the operations of one OpenAPI document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._lock = threading.Lock()

    def operation(self, path: str, method: str) -> dict[str, Any]:
        op: dict[str, Any] = self.document["paths"][path][method.lower()]
        return op

    def validator(self, ref: str) -> Draft202012Validator:
        """Validator for a local ref such as `#/components/schemas/errorResponse`."""
        with self._lock:
            if ref not in self._validators:
                self._validators[ref] = Draft202012Validator(
                    {"$ref": SPEC_URI + ref}, registry=self._registry, format_checker=FORMATS
                )
            return self._validators[ref]

    def errors(self, ref: str, instance: Any) -> list[str]:
        found = sorted(self.validator(ref).iter_errors(instance), key=lambda e: list(e.path))
        return [describe(e) for e in found]

    def request_ref(self, path: str, method: str) -> str:
        body = self.operation(path, method)["requestBody"]
        ref: str = body["content"]["application/json"]["schema"]["$ref"]
        return ref

    def response_ref(self, path: str, method: str, status: int) -> str:
        """The schema of a response; statuses the spec omits (401, 429, 5xx) use errorResponse."""
        answer = self.operation(path, method).get("responses", {}).get(str(status))
        if answer is None:
            return ERROR_REF
        ref: str = answer["content"]["application/json"]["schema"]["$ref"]
        return ref

    def parse_query(
        self, path: str, method: str, query: dict[str, list[str]]
    ) -> tuple[dict[str, Any], list[str]]:
        """Typed values (and defaults) of the operation's query parameters, and any errors."""
        values: dict[str, Any] = {}
        problems: list[str] = []
        for param in self.operation(path, method).get("parameters", []):
            if param.get("in") != "query":
                continue
            name, schema = param["name"], param.get("schema", {})
            if name not in query:
                if "default" in schema:
                    values[name] = schema["default"]
                continue
            raw = query[name][-1]
            types = schema.get("type", "string")
            value: Any = raw
            if "integer" in types:
                try:
                    value = int(raw)
                except ValueError:
                    problems.append(f"{name}: {raw!r} is not an integer")
                    continue
            if isinstance(schema.get("$ref"), str):  # an enum of components/schemas
                schema = {"$ref": SPEC_URI + schema["$ref"]}
            checker = Draft202012Validator(schema, registry=self._registry)
            problems += [f"{name}: {e.message}" for e in checker.iter_errors(value)]
            values[name] = value
        return values, problems


@functools.cache
def load_spec(path: Path | None = None) -> Spec:
    """Parse the spec once per process; only a YAML 1.2 loader keeps `ON` a string."""
    with (path or spec_path()).open(encoding="utf-8") as stream:
        return Spec(YAML(typ="safe").load(stream))
