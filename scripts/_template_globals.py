"""What the templates need to know beyond one endpoint or model: which literal enums a response
can hold (those keep unknown values as strings) and which operations and parameters are
deprecated (those warn when used)."""

from __future__ import annotations

from typing import Any

from scripts import _generator
from scripts._normalize import operations


def template_globals(document: dict[str, Any], data: Any) -> dict[str, Any]:
    """Jinja globals for the custom templates, from the normalized document and the parsed
    `GeneratorData`."""
    deprecated_operations: set[str] = set()
    deprecated_parameters: dict[str, set[str]] = {}
    for _, _, operation in operations(document):
        if operation.get("deprecated") is True:
            deprecated_operations.add(operation["operationId"])
        names = {
            parameter["name"]
            for parameter in operation.get("parameters", [])
            if parameter.get("deprecated") is True
            or (parameter.get("schema") or {}).get("deprecated") is True
        }
        if names:
            deprecated_parameters[operation["operationId"]] = names
    return {
        "response_enums": response_enums(data),
        "deprecated_operations": deprecated_operations,
        "deprecated_parameters": deprecated_parameters,
    }


def response_enums(data: Any) -> set[str]:
    """Class names of the literal enums reachable from any response body."""
    models = {model.class_info.name: model for model in data.models}
    seen: set[str] = set()
    enums: set[str] = set()

    def walk(prop: Any) -> None:
        kind = _generator.kind(prop)
        if kind == "enum":
            enums.add(str(prop.class_info.name))
        elif kind == "model":
            name = str(prop.class_info.name)
            if name in seen:
                return
            seen.add(name)
            model = models.get(name, prop)
            for inner in (model.required_properties or []) + (model.optional_properties or []):
                walk(inner)
            if model.additional_properties not in (None, True, False):
                walk(model.additional_properties)
        elif kind == "union":
            for inner in prop.inner_properties:
                walk(inner)
        elif kind == "list":
            walk(prop.inner_property)

    for endpoint in _generator.endpoints(data):
        for response in endpoint.responses:
            walk(response.prop)
    return enums
