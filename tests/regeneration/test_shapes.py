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
    results = shared.document["components"]["schemas"]["_v1_widgets_{id}_get_output"]
    assert "extra" in results["properties"]["results"]["properties"]
    assert "V1WidgetsIdGetOutputResults" not in shared.merged
    # What the two widgets hold alike is still one class of its own.
    assert shared.merged["V1WidgetsIdGetOutputResultsPartsItem"] == "PartsItem"


def test_a_resource_named_like_a_component_is_left_alone() -> None:
    document = _document(copy.deepcopy(WIDGET))
    document["components"]["schemas"]["Widget"] = {"type": "object", "properties": {}}
    shared = share_shapes(document, _resource, _class)
    schemas = shared.document["components"]["schemas"]
    assert schemas["Widget"] == {"type": "object", "properties": {}}
    assert "Widget" not in shared.merged.values()
    assert "$ref" not in schemas["_v1_widgets__get_output"]["properties"]["results"]["items"]


ADDRESS: dict[str, Any] = {
    "type": "object",
    "required": ["city"],
    "properties": {
        "city": {"type": "string"},
        "kind": {"type": "string", "enum": ["HOME", "WORK"]},
    },
}


def _bodies(**places: dict[str, Any]) -> dict[str, Any]:
    """A document of request bodies (``_v1_<name>__post_input``) holding the given properties."""
    schemas = {}
    for name, value in places.items():
        schemas[f"_v1_{name}__post_input"] = {"type": "object", "properties": copy.deepcopy(value)}
    return spec({}, schemas)


def _ref(shared: Any, name: str, prop: str) -> Any:
    return shared.document["components"]["schemas"][f"_v1_{name}__post_input"]["properties"][prop]


def test_an_object_shape_at_two_places_is_one_component_named_for_their_property() -> None:
    shared = share_shapes(
        _bodies(leases={"address": ADDRESS}, owners={"address": ADDRESS}), _resource, _class
    )
    assert shared.document["components"]["schemas"]["Address"] == ADDRESS
    assert _ref(shared, "leases", "address") == {"$ref": "#/components/schemas/Address"}
    assert _ref(shared, "owners", "address") == {"$ref": "#/components/schemas/Address"}
    assert shared.merged == {
        "V1LeasesPostInputAddress": "Address",
        "V1LeasesPostInputAddressKind": "AddressKind",
        "V1OwnersPostInputAddress": "Address",
        "V1OwnersPostInputAddressKind": "AddressKind",
    }


def test_one_extra_property_is_another_shape() -> None:
    wider = copy.deepcopy(ADDRESS)
    wider["properties"]["zip"] = {"type": "string"}
    shared = share_shapes(
        _bodies(leases={"address": ADDRESS}, owners={"address": wider}), _resource, _class
    )
    assert shared.merged == {}
    assert _ref(shared, "owners", "address") == wider
    assert "Address" not in shared.document["components"]["schemas"]


def test_a_new_place_in_a_later_release_keeps_the_name() -> None:
    before = _bodies(leases={"address": ADDRESS}, owners={"address": ADDRESS})
    # The next release holds the shape at a place sorted first, under a longer property name.
    after = _bodies(
        accounts={"billing_address": ADDRESS},
        leases={"address": ADDRESS},
        owners={"address": ADDRESS},
    )
    first = share_shapes(before, _resource, _class).merged
    second = share_shapes(after, _resource, _class).merged
    assert second["V1AccountsPostInputBillingAddress"] == "Address"
    assert {old: new for old, new in second.items() if old in first} == first


def test_a_shape_under_different_names_is_named_by_its_parents() -> None:
    methods = {"get_units": copy.deepcopy(ADDRESS), "add_lead": copy.deepcopy(ADDRESS)}
    holder = {"type": "object", "properties": methods}
    shared = share_shapes(_bodies(vendors={"method_specific": holder}), _resource, _class)
    assert shared.merged["V1VendorsPostInputMethodSpecificGetUnits"] == "MethodSpecificValue"
    assert shared.merged["V1VendorsPostInputMethodSpecificAddLead"] == "MethodSpecificValue"


def test_a_titled_shape_is_named_by_its_title() -> None:
    titled = {**copy.deepcopy(ADDRESS), "title": "Postal"}
    union = {"anyOf": [{"type": "object", "properties": {}}, titled]}
    shared = share_shapes(
        _bodies(leases={"where": union}, owners={"where": copy.deepcopy(union)}), _resource, _class
    )
    assert shared.merged["V1LeasesPostInputPostal"] == "Postal"
    assert shared.merged["V1OwnersPostInputPostalKind"] == "PostalKind"


def test_a_titled_shape_whose_title_a_component_has_stays_where_it_is() -> None:
    # The generator names a titled component by its title, whatever its key: no other name fits.
    union = {"anyOf": [{"type": "string"}, {**copy.deepcopy(ADDRESS), "title": "Postal"}]}
    document = _bodies(leases={"where": union}, owners={"where": copy.deepcopy(union)})
    document["components"]["schemas"]["Postal"] = {"type": "object", "properties": {}}
    shared = share_shapes(document, _resource, _class)
    assert shared.merged == {}
    assert _ref(shared, "owners", "where") == union


def test_free_form_objects_are_shared_only_under_one_property_name() -> None:
    free = {"type": ["object", "null"], "properties": {}}
    shared = share_shapes(
        _bodies(
            leases={"custom_data": free, "meta_data": free},
            owners={"custom_data": free},
            units={"integration_data": free},
        ),
        _resource,
        _class,
    )
    assert shared.merged == {
        "V1LeasesPostInputCustomDataType0": "CustomDataType0",
        "V1OwnersPostInputCustomDataType0": "CustomDataType0",
    }


def test_a_shape_repeated_only_inside_a_repeated_shape_is_named_by_its_holder() -> None:
    outer = {
        "type": "object",
        "properties": {"home": copy.deepcopy(ADDRESS), "id": {"type": "string"}},
    }
    shared = share_shapes(
        _bodies(leases={"tenant": outer}, owners={"tenant": outer}), _resource, _class
    )
    assert shared.merged["V1LeasesPostInputTenantHome"] == "TenantHome"
    assert shared.merged["V1OwnersPostInputTenantHome"] == "TenantHome"
    assert "Home" not in shared.document["components"]["schemas"]


def test_of_two_shapes_claiming_a_name_the_one_at_more_places_keeps_it() -> None:
    other = {"type": "object", "properties": {"street": {"type": "string"}}}
    shared = share_shapes(
        _bodies(
            a={"address": other},
            b={"address": ADDRESS},
            c={"address": ADDRESS},
            d={"address": other},
            e={"address": ADDRESS},
        ),
        _resource,
        _class,
    )
    schemas = shared.document["components"]["schemas"]
    assert schemas["Address"] == ADDRESS
    # The other shape has no longer name its places all end with: it stays where it is.
    assert _ref(shared, "a", "address") == other
