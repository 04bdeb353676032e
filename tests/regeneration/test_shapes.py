"""One class per resource shape: the document the generator parses shares each list item's shape."""

from __future__ import annotations

import copy
import re
from typing import Any

from scripts._model_names import _resource, pascal
from scripts._shapes import share_shapes

from .conftest import spec


def _class(text: str) -> str:
    """The generator's class name for a string, near enough for these names."""
    return pascal(re.sub(r"[^A-Za-z0-9_]", "", text))


WIDGET: dict[str, Any] = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string"},
        "parts": {
            "type": "array",
            "items": {"type": "object", "properties": {"name": {"type": "string"}}},
        },
        "kind": {"type": "string", "enum": ["BIG", "SMALL"]},
        "custom_data": {"type": ["object", "null"], "properties": {}},
    },
}


def _answer(name: str) -> dict[str, Any]:
    return {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
    }


def _document(get_results: dict[str, Any]) -> dict[str, Any]:
    return spec(
        {
            "/v1/widgets/": {
                "get": {"operationId": "list_widgets", "responses": {"200": _answer("L")}}
            },
            "/v1/widgets/{id}": {
                "get": {"operationId": "get_widget", "responses": {"200": _answer("G")}}
            },
        },
        {
            "_v1_widgets__get_output": {
                "type": "object",
                "properties": {"results": {"type": "array", "items": copy.deepcopy(WIDGET)}},
            },
            "_v1_widgets_{id}_get_output": {
                "type": "object",
                "properties": {"results": get_results},
            },
        },
    )


def test_a_resource_in_a_list_and_a_get_answer_is_one_component() -> None:
    document = _document(copy.deepcopy(WIDGET))
    before = copy.deepcopy(document)
    shared = share_shapes(document, _resource, _class)
    schemas = shared.document["components"]["schemas"]
    assert schemas["Widget"] == WIDGET
    ref = {"$ref": "#/components/schemas/Widget"}
    assert schemas["_v1_widgets__get_output"]["properties"]["results"]["items"] == ref
    assert schemas["_v1_widgets_{id}_get_output"]["properties"]["results"] == ref
    assert document == before  # the given document (openapi.yaml's contract) is not changed


def test_every_class_at_a_shared_place_maps_to_the_one_built_there() -> None:
    shared = share_shapes(_document(copy.deepcopy(WIDGET)), _resource, _class)
    assert shared.merged == {
        "V1WidgetsGetOutputResultsItem": "Widget",
        "V1WidgetsGetOutputResultsItemPartsItem": "WidgetPartsItem",
        "V1WidgetsGetOutputResultsItemKind": "WidgetKind",
        "V1WidgetsGetOutputResultsItemCustomDataType0": "WidgetCustomDataType0",
        "V1WidgetsIdGetOutputResults": "Widget",
        "V1WidgetsIdGetOutputResultsPartsItem": "WidgetPartsItem",
        "V1WidgetsIdGetOutputResultsKind": "WidgetKind",
        "V1WidgetsIdGetOutputResultsCustomDataType0": "WidgetCustomDataType0",
    }


def test_a_different_shape_keeps_its_own_place() -> None:
    other = copy.deepcopy(WIDGET)
    other["properties"]["extra"] = {"type": "string"}
    shared = share_shapes(_document(other), _resource, _class)
    schemas = shared.document["components"]["schemas"]
    assert schemas["_v1_widgets_{id}_get_output"]["properties"]["results"] == other
    assert set(shared.merged) == {
        "V1WidgetsGetOutputResultsItem",
        "V1WidgetsGetOutputResultsItemPartsItem",
        "V1WidgetsGetOutputResultsItemKind",
        "V1WidgetsGetOutputResultsItemCustomDataType0",
    }


def test_a_resource_named_like_a_component_is_left_alone() -> None:
    document = _document(copy.deepcopy(WIDGET))
    document["components"]["schemas"]["Widget"] = {"type": "object", "properties": {}}
    shared = share_shapes(document, _resource, _class)
    assert shared.merged == {}
    assert shared.document == document
