"""The release report: additions, removals and the changes that break callers."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import attrs

from scripts import _normalize, _yaml
from scripts._report import compare

from .conftest import ok, spec

BASE_SCHEMAS: dict[str, Any] = {
    "ChargeIn": {
        "type": "object",
        "required": ["amount_in_cents"],
        "properties": {"amount_in_cents": {"type": "integer"}, "notes": {"type": "string"}},
    },
    "ChargeOut": {
        "type": "object",
        "properties": {"id": {"type": "string"}, "amount_in_cents": {"type": "integer"}},
    },
}


def _base() -> dict[str, Any]:
    return spec(
        {
            "/v1/charges/": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ChargeIn"}
                            }
                        }
                    },
                    "responses": {"200": ok("ChargeOut")},
                },
                "get": {"responses": {"200": ok("ChargeOut")}},
            }
        },
        copy.deepcopy(BASE_SCHEMAS),
    )


def _report(old: dict[str, Any], new: dict[str, Any]) -> Any:
    return compare(_normalize.normalize(old), _normalize.normalize(new))


def test_no_change_no_report_lines() -> None:
    report = _report(_base(), _base())
    assert (report.added, report.removed, report.breaking) == ((), (), ())


def test_added_operation_is_listed_and_not_breaking() -> None:
    new = _base()
    new["paths"]["/v1/charges/{charge_id}"] = {
        "get": {
            "parameters": [{"name": "charge_id", "in": "path", "schema": {"type": "string"}}],
            "responses": {"200": ok("ChargeOut")},
        }
    }
    report = _report(_base(), new)
    assert report.added == ("`GET /v1/charges/{charge_id}` (get_charge)",)
    assert report.breaking == ()
    assert "get_charge" in report.to_markdown()


def test_removed_operation_is_breaking() -> None:
    new = _base()
    del new["paths"]["/v1/charges/"]["get"]
    report = _report(_base(), new)
    assert report.removed == ("`GET /v1/charges/` (list_charges)",)
    assert any("removed operation" in line for line in report.breaking)


def test_removed_response_property_is_breaking() -> None:
    new = _base()
    del new["components"]["schemas"]["ChargeOut"]["properties"]["id"]
    report = _report(_base(), new)
    assert any("response 200.id removed" in line for line in report.breaking)


def test_request_property_that_became_required_is_breaking() -> None:
    new = _base()
    new["components"]["schemas"]["ChargeIn"]["required"] = ["amount_in_cents", "notes"]
    report = _report(_base(), new)
    assert report.breaking == ("`POST /v1/charges/`: request body.notes is now required",)


def test_new_optional_request_property_is_not_breaking() -> None:
    new = _base()
    new["components"]["schemas"]["ChargeIn"]["properties"]["memo"] = {"type": "string"}
    assert _report(_base(), new).breaking == ()


def test_changed_type_is_breaking() -> None:
    new = _base()
    new["components"]["schemas"]["ChargeOut"]["properties"]["amount_in_cents"] = {"type": "string"}
    report = _report(_base(), new)
    assert any(
        "response 200.amount_in_cents type integer -> string" in line for line in report.breaking
    )


def test_new_required_query_parameter_is_breaking() -> None:
    new = _base()
    new["paths"]["/v1/charges/"]["get"]["parameters"] = [
        {"name": "integration_id", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    report = _report(_base(), new)
    assert report.breaking == (
        "`GET /v1/charges/`: request parameter integration_id is now required",
    )


def test_recursive_schemas_terminate() -> None:
    old = _base()
    old["components"]["schemas"]["ChargeOut"]["properties"]["parent"] = {
        "$ref": "#/components/schemas/ChargeOut"
    }
    assert _report(old, copy.deepcopy(old)).breaking == ()


def test_renamed_classes_have_their_section() -> None:
    report = attrs.evolve(_report(_base(), _base()), renamed=("Gadget -> Widget",))
    text = report.to_markdown()
    section = text.split("## Renamed classes", 1)[1]
    assert section.split("\n## ", 1)[0].strip().endswith("- Gadget -> Widget")
    assert "## Renamed classes" in _report(_base(), _base()).to_markdown()  # "- none"


def test_a_document_compared_with_itself_reports_what_a_full_comparison_of_a_copy_does(
    shared_specs: Path,
) -> None:
    document = _normalize.normalize(_yaml.loads((shared_specs / "current.yml").read_text()))
    itself = compare(document, document)
    assert itself == compare(document, copy.deepcopy(document))
    assert itself.old_count == itself.new_count > 200
