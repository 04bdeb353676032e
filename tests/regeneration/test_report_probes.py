"""Release-report probes: a small spec and its changed twin per category of change, asserting the
exact report line (or that there is none). Pure Python, no generator."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from scripts import _normalize
from scripts._report import ReleaseReport, compare

from .conftest import spec

Change = Callable[[dict[str, Any]], object]  # edits the document in place


def _base() -> dict[str, Any]:
    charge_in = {
        "type": "object",
        "required": ["amount_in_cents"],
        "properties": {
            "amount_in_cents": {"type": "integer", "minimum": 1},
            "notes": {"type": "string", "maxLength": 100},
            "kind": {"type": "string", "enum": ["RENT", "FEE", "DEPOSIT"]},
            "status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
            "memo": {"type": ["string", "null"]},
            "splits": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"code": {"type": "string"}, "share": {"type": "integer"}},
                },
            },
            "payer": {
                "anyOf": [
                    {"$ref": "#/components/schemas/Person"},
                    {"$ref": "#/components/schemas/Company"},
                ]
            },
            "address": {
                "type": "object",
                "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
            },
        },
    }
    charge_out = {
        "type": "object",
        "required": ["id", "amount", "state", "owner"],
        "properties": {
            "id": {"type": "string"},
            "amount": {"type": "number"},
            "state": {"type": "string", "enum": ["OPEN", "CLOSED"]},
            "label": {"type": ["string", "null"]},
            "owner": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "email": {"type": "string"}},
            },
        },
    }
    person = {"title": "Person", "type": "object", "properties": {"name": {"type": "string"}}}
    company = {"title": "Company", "type": "object", "properties": {"tax_id": {"type": "string"}}}
    json_body = {"schema": {"$ref": "#/components/schemas/ChargeIn"}}
    document = spec(
        {
            "/v1/charges/": {
                "post": {
                    "parameters": [
                        {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}},
                        {
                            "name": "mode",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["fast", "safe"]},
                        },
                    ],
                    "requestBody": {
                        "content": {"application/json": json_body, "text/csv": json_body}
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ChargeOut"}
                                }
                            },
                        }
                    },
                }
            }
        },
        {"ChargeIn": charge_in, "ChargeOut": charge_out, "Person": person, "Company": company},
    )
    document["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    document["security"] = [{"bearer": []}]
    return document


def _report(change: Change) -> ReleaseReport:
    new = _base()
    change(new)
    return compare(_normalize.normalize(_base()), _normalize.normalize(new))


def _in(document: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = document["components"]["schemas"]["ChargeIn"]["properties"]
    return properties


def _out(document: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"]["ChargeOut"]
    return schema


def _op(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/v1/charges/"]["post"]
    return operation


OP = "`POST /v1/charges/`: "

# (category, change, the exact breaking lines expected)
BREAKING: list[tuple[str, Change, tuple[str, ...]]] = [
    (
        "removed parameter",
        lambda d: _op(d)["parameters"].pop(0),
        (OP + "request parameter dry_run removed",),
    ),
    (
        "removed request property",
        lambda d: _in(d).pop("notes"),
        (OP + "request body.notes removed",),
    ),
    (
        "removed request parent property: one line, not one per child",
        lambda d: _in(d).pop("address"),
        (OP + "request body.address removed",),
    ),
    (
        "removed response property",
        lambda d: _out(d)["properties"].pop("label"),
        (OP + "response 200.label removed",),
    ),
    (
        "removed response parent property: one line",
        lambda d: (_out(d)["properties"].pop("owner"), _out(d)["required"].remove("owner")),
        (OP + "response 200.owner removed",),
    ),
    (
        "parameter became required",
        lambda d: _op(d)["parameters"][0].update(required=True),
        (OP + "request parameter dry_run is now required",),
    ),
    (
        "new required parameter",
        lambda d: _op(d)["parameters"].append(
            {"name": "site", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        (OP + "request parameter site is now required",),
    ),
    (
        "request property became required",
        lambda d: d["components"]["schemas"]["ChargeIn"]["required"].append("notes"),
        (OP + "request body.notes is now required",),
    ),
    (
        "new required property inside the items of an existing optional array",
        lambda d: _in(d)["splits"]["items"].update(required=["code"]),
        (OP + "request body.splits[].code is now required",),
    ),
    (
        "new required property added inside existing array items",
        lambda d: (
            _in(d)["splits"]["items"]["properties"].update(ratio={"type": "number"}),
            _in(d)["splits"]["items"].update(required=["ratio"]),
        ),
        (OP + "request body.splits[].ratio is now required",),
    ),
    (
        "request enum value removed",
        lambda d: _in(d)["kind"].update(enum=["RENT", "FEE"]),
        (OP + "request body.kind no longer accepts 'DEPOSIT'",),
    ),
    (
        "parameter enum value removed",
        lambda d: _op(d)["parameters"][1]["schema"].update(enum=["safe"]),
        (OP + "request parameter mode no longer accepts 'fast'",),
    ),
    (
        "response property became optional",
        lambda d: _out(d)["required"].remove("id"),
        (OP + "response 200.id may now be missing (was required)",),
    ),
    (
        "response property became nullable",
        lambda d: _out(d)["properties"]["id"].update(type=["string", "null"]),
        (OP + "response 200.id may now be null",),
    ),
    (
        "request type narrowed",
        lambda d: _in(d)["memo"].update(type="string"),
        (OP + "request body.memo type null|string -> string",),
    ),
    (
        "response type changed",
        lambda d: _out(d)["properties"]["id"].update(type="integer"),
        (OP + "response 200.id type string -> integer",),
    ),
    (
        "pattern added",
        lambda d: _in(d)["notes"].update(pattern="^[A-Z]+$"),
        (OP + "request body.notes pattern added",),
    ),
    (
        "maxLength decreased",
        lambda d: _in(d)["notes"].update(maxLength=50),
        (OP + "request body.notes maxLength 100 -> 50",),
    ),
    (
        "minLength increased",
        lambda d: _in(d)["notes"].update(minLength=3),
        (OP + "request body.notes minLength none -> 3",),
    ),
    (
        "minItems increased",
        lambda d: _in(d)["splits"].update(minItems=1),
        (OP + "request body.splits minItems none -> 1",),
    ),
    (
        "minimum increased",
        lambda d: _in(d)["amount_in_cents"].update(minimum=100),
        (OP + "request body.amount_in_cents minimum 1 -> 100",),
    ),
    (
        "request union variant removed",
        lambda d: _in(d)["payer"]["anyOf"].pop(1),
        (OP + "request body.payer no longer accepts variant Company",),
    ),
    (
        "constraint tightened inside one union member: named by its member",
        lambda d: d["components"]["schemas"]["Company"]["properties"]["tax_id"].update(
            pattern="^[0-9]+$"
        ),
        (OP + "request body.payer<Company>.tax_id pattern added",),
    ),
    (
        "request media type removed",
        lambda d: _op(d)["requestBody"]["content"].pop("text/csv"),
        (OP + "request media type text/csv no longer accepted",),
    ),
    (
        "parameter moved between locations",
        lambda d: _op(d)["parameters"][0].update({"in": "header"}),
        (OP + "request parameter dry_run moved query -> header",),
    ),
    (
        "success status changed: one line, not one per property",
        lambda d: _op(d)["responses"].update({"201": _op(d)["responses"].pop("200")}),
        (OP + "success status 200 -> 201",),
    ),
    (
        "request body became required",
        lambda d: _op(d)["requestBody"].update(required=True),
        (OP + "request body is now required",),
    ),
    (
        "security requirement changed",
        lambda d: d.update(security=[{"apiKey": []}]),
        ("security requirement bearer -> apiKey (every operation without its own)",),
    ),
    (
        "operation security changed",
        lambda d: _op(d).update(security=[{"apiKey": []}]),
        (OP + "security bearer -> apiKey",),
    ),
    (
        "free request value became an enum: a value sent may now be refused",
        lambda d: _in(d)["notes"].update(enum=["Electrical", "HVAC", "Other"]),
        (OP + "request body.notes now accepts only 'Electrical', 'HVAC', 'Other'",),
    ),
    (
        "free parameter became an enum",
        lambda d: _op(d)["parameters"][0]["schema"].update(type="string", enum=["yes", "no"]),
        (
            OP + "request parameter dry_run type boolean -> string",
            OP + "request parameter dry_run now accepts only 'no', 'yes'",
        ),
    ),
    (
        "response media type replaced",
        lambda d: _op(d)["responses"]["200"].update(
            content={"text/csv": _op(d)["responses"]["200"]["content"]["application/json"]}
        ),
        (OP + "response 200 media type application/json -> text/csv",),
    ),
    (
        "security scheme changed",
        lambda d: d["components"]["securitySchemes"]["bearer"].update(scheme="basic"),
        ("security scheme bearer changed (scheme)",),
    ),
    (
        "removed operation",
        lambda d: d["paths"].pop("/v1/charges/"),
        ("removed operation `POST /v1/charges/` (create_charge)",),
    ),
]

NOT_BREAKING: list[tuple[str, Change]] = [
    ("new optional request property", lambda d: _in(d).update(tag={"type": "string"})),
    (
        "new optional array in a request (its items are not 'now required')",
        lambda d: _in(d).update(
            tags={
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}},
                },
            }
        ),
    ),
    (
        "new required property inside a new optional object",
        lambda d: _in(d).update(
            extra={"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}}
        ),
    ),
    ("request type widened", lambda d: _in(d)["notes"].update(type=["string", "integer"])),
    ("request type made nullable", lambda d: _in(d)["notes"].update(type=["string", "null"])),
    (
        "integer request widened to number",
        lambda d: _in(d)["amount_in_cents"].update(type="number"),
    ),
    (
        "response number -> integer",
        lambda d: _out(d)["properties"]["amount"].update(type="integer"),
    ),
    (
        "response became non-nullable",
        lambda d: _out(d)["properties"]["label"].update(type="string"),
    ),
    (
        "new optional parameter",
        lambda d: _op(d)["parameters"].append(
            {"name": "page", "in": "query", "schema": {"type": "integer"}}
        ),
    ),
    ("request enum value added", lambda d: _in(d)["kind"]["enum"].append("CREDIT")),
    ("maxLength raised", lambda d: _in(d)["notes"].update(maxLength=500)),
    ("response property added", lambda d: _out(d)["properties"].update(extra={"type": "string"})),
    ("prose changed", lambda d: _op(d).update(description="Now with different words.")),
    (
        "response media type added beside the old one",
        lambda d: _op(d)["responses"]["200"]["content"].update(
            {"text/csv": _op(d)["responses"]["200"]["content"]["application/json"]}
        ),
    ),
    (
        "request union variant added",
        lambda d: _in(d)["payer"]["anyOf"].append(
            {"title": "Trust", "type": "object", "properties": {"trustee": {"type": "string"}}}
        ),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(c, e, id=name) for name, c, e in BREAKING],
)
def test_breaking_change_is_one_exact_line(change: Change, expected: tuple[str, ...]) -> None:
    assert _report(change).breaking == expected


@pytest.mark.parametrize("change", [pytest.param(c, id=name) for name, c in NOT_BREAKING])
def test_change_that_breaks_no_caller_is_not_reported(change: Change) -> None:
    report = _report(change)
    assert (report.breaking, report.enum_values_added) == ((), ())


def test_response_enum_value_added_is_listed_apart_as_a_notice() -> None:
    report = _report(lambda d: _out(d)["properties"]["state"]["enum"].append("VOID"))
    assert report.breaking == ()
    assert report.enum_values_added == (OP + "response 200.state may now be 'VOID'",)
    markdown = report.to_markdown()
    assert "## Response enum values added (notice: the client tolerates unknown values)" in markdown
    assert f"- {OP}response 200.state may now be 'VOID'" in markdown
    # The client keeps unknown values as strings: --fail-on-breaking does not stop on these.
    assert report.blocking == ()


def test_response_enum_value_added_inside_a_mapping_is_listed() -> None:
    def change(document: dict[str, Any]) -> None:
        _out(document)["properties"]["tags"] = {
            "type": "object",
            "additionalProperties": {"type": "string", "enum": ["A", "B"]},
        }

    def base_with_tags(document: dict[str, Any]) -> None:
        _out(document)["properties"]["tags"] = {
            "type": "object",
            "additionalProperties": {"type": "string", "enum": ["A"]},
        }

    old, new = _base(), _base()
    base_with_tags(old)
    change(new)
    report = compare(_normalize.normalize(old), _normalize.normalize(new))
    assert report.breaking == ()
    assert report.enum_values_added == (OP + "response 200.tags{*} may now be 'B'",)


def test_enum_in_a_union_with_a_free_string_is_no_enum() -> None:
    # "United States", "Canada" or any other string: dropping "Canada" refuses nothing.
    def country(values: list[str]) -> Change:
        return lambda d: _in(d).update(
            country={"anyOf": [{"type": "string", "enum": values}, {"type": "string"}]}
        )

    old, new = _base(), _base()
    country(["United States", "Canada"])(old)
    country(["United States"])(new)
    report = compare(_normalize.normalize(old), _normalize.normalize(new))
    assert report.breaking == ()


def test_response_enum_value_removed_breaks_nobody() -> None:
    report = _report(lambda d: _out(d)["properties"]["state"].update(enum=["OPEN"]))
    assert (report.breaking, report.enum_values_added) == ((), ())


def test_degradations_have_their_section() -> None:
    report = _report(lambda d: None)
    report = type(report)(
        old_count=1, new_count=1, added=(), removed=(), breaking=(), degraded=("x: a -> b (c)",)
    )
    assert "## Degraded schemas" in report.to_markdown()
    assert "- x: a -> b (c)" in report.to_markdown()


def test_identical_specs_report_nothing() -> None:
    report = _report(lambda d: None)
    assert (report.added, report.removed, report.breaking, report.enum_values_added) == (
        (),
        (),
        (),
        (),
    )
    assert copy.deepcopy(_base()) == _base()


def _pair(before: Change, after: Change) -> ReleaseReport:
    old, new = _base(), _base()
    before(old)
    after(new)
    return compare(_normalize.normalize(old), _normalize.normalize(new))


def _set_security(requirement: list[dict[str, list[str]]] | None) -> Change:
    def change(document: dict[str, Any]) -> None:
        if requirement is None:
            document.pop("security", None)
        else:
            document["security"] = requirement

    return change


def _set_operation_security(requirement: list[dict[str, list[str]]]) -> Change:
    return lambda d: _op(d).update(security=requirement)


@pytest.mark.parametrize(
    ("before", "after", "notice"),
    [
        pytest.param(
            _set_operation_security([{"bearer": []}]),
            _set_operation_security([]),
            OP + "security bearer -> none",
            id="operation requirement removed",
        ),
        pytest.param(
            _set_security([{"bearer": []}]),
            _set_security(None),
            "security requirement bearer -> none (every operation without its own)",
            id="document requirement removed",
        ),
        pytest.param(
            _set_security([{"bearer": []}]),
            _set_security([{"bearer": []}, {"apiKey": []}]),
            "security requirement bearer -> bearer or apiKey (every operation without its own)",
            id="alternative added",
        ),
        pytest.param(
            _set_operation_security([{"bearer": [], "apiKey": []}]),
            _set_operation_security([{"bearer": []}]),
            OP + "security apiKey+bearer -> bearer",
            id="one of two schemes no longer needed",
        ),
    ],
)
def test_security_requirement_relaxed_is_a_notice_not_breaking(
    before: Change, after: Change, notice: str
) -> None:
    report = _pair(before, after)
    assert report.breaking == ()
    assert report.notices == (notice,)
    assert report.blocking == ()
    section = report.to_markdown().split("## Notices (nothing breaks for a caller)")[1]
    assert section.split("\n## ")[0].strip() == f"- {notice}"


@pytest.mark.parametrize(
    ("before", "after", "line"),
    [
        pytest.param(
            _set_operation_security([]),
            _set_operation_security([{"bearer": []}]),
            OP + "security none -> bearer",
            id="operation requirement added",
        ),
        pytest.param(
            _set_security(None),
            _set_security([{"bearer": []}]),
            "security requirement none -> bearer (every operation without its own)",
            id="document requirement added",
        ),
        pytest.param(
            _set_security([{"bearer": []}, {"apiKey": []}]),
            _set_security([{"bearer": []}]),
            "security requirement bearer or apiKey -> bearer (every operation without its own)",
            id="alternative removed",
        ),
    ],
)
def test_security_requirement_added_is_breaking(before: Change, after: Change, line: str) -> None:
    report = _pair(before, after)
    assert (report.breaking, report.notices) == ((line,), ())


def _posted(schema: dict[str, Any]) -> Change:
    return lambda d: _in(d).update(posted=schema)


DATE_OR_DATE_TIME = (
    r"^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2}))?$"
)


def test_date_time_that_became_date_or_date_time_is_worded_as_the_argument_type_change() -> None:
    # The spec says it with a pattern; the client's argument goes from `datetime` to `str`.
    report = _pair(
        _posted({"type": "string", "format": "date-time"}),
        _posted({"type": "string", "pattern": DATE_OR_DATE_TIME}),
    )
    assert report.breaking == (
        OP + "request body.posted type datetime -> str (format date-time dropped)",
    )
    section = report.to_markdown().split("## Breaking changes")[1].split("\n## ")[0]
    assert "pattern" not in section


@pytest.mark.parametrize(
    "other",
    [
        pytest.param({"type": "string", "format": "date"}, id="or a date"),
        pytest.param({"type": "string"}, id="or any string"),
    ],
)
def test_date_time_kept_in_a_union_is_not_breaking(other: dict[str, Any]) -> None:
    # The argument still takes a `datetime`: what the caller sent is still accepted.
    report = _pair(
        _posted({"type": "string", "format": "date-time"}),
        _posted({"anyOf": [{"type": "string", "format": "date-time"}, other]}),
    )
    assert report.breaking == ()


def test_pattern_added_to_a_plain_string_is_still_a_pattern_added() -> None:
    report = _pair(_posted({"type": "string"}), _posted({"type": "string", "pattern": "^x$"}))
    assert report.breaking == (OP + "request body.posted pattern added",)


def _leases(parameter: str, kind: str = "string") -> dict[str, Any]:
    path = f"/v1/leases/{{{parameter}}}"
    operation = {
        "parameters": [
            {"name": parameter, "in": "path", "required": True, "schema": {"type": kind}}
        ],
        "responses": {"200": {"description": "ok"}},
    }
    return _normalize.normalize(spec({path: {"get": operation, "delete": dict(operation)}}))


def test_renamed_path_parameter_is_a_renamed_keyword_argument_not_two_operations() -> None:
    report = compare(_leases("id"), _leases("lease_id"))
    assert (report.added, report.removed) == ((), ())
    assert report.breaking == (
        "`DELETE /v1/leases/{lease_id}`: keyword argument `id` renamed to `lease_id`",
        "`GET /v1/leases/{lease_id}`: keyword argument `id` renamed to `lease_id`",
    )
    markdown = report.to_markdown()
    assert "## Removed operations\n\n- none" in markdown
    assert "Operations: 2 -> 2 (0 added, 0 removed, 2 breaking changes)" in markdown


def test_renamed_path_parameter_compares_the_rest_under_its_new_name() -> None:
    # Not "parameter id removed" and "parameter lease_id is now required": one argument renamed,
    # and its own changes under the new name.
    report = compare(_leases("id", "string"), _leases("lease_id", "integer"))
    assert report.breaking == (
        "`DELETE /v1/leases/{lease_id}`: keyword argument `id` renamed to `lease_id`",
        "`DELETE /v1/leases/{lease_id}`: request parameter lease_id type string -> integer",
        "`GET /v1/leases/{lease_id}`: keyword argument `id` renamed to `lease_id`",
        "`GET /v1/leases/{lease_id}`: request parameter lease_id type string -> integer",
    )


def test_path_parameter_renames_pair_only_operations_that_match_one_to_one() -> None:
    # Two new paths of one shape: which one the old operation became is a guess, so it is a
    # removed operation and two added ones, as before.
    old = _leases("id")
    new = _leases("lease_id")
    new["paths"]["/v1/leases/{lease_code}"] = _leases("lease_code")["paths"][
        "/v1/leases/{lease_code}"
    ]
    report = compare(old, new)
    assert report.removed == (
        "`DELETE /v1/leases/{id}` (delete_lease)",
        "`GET /v1/leases/{id}` (get_lease)",
    )
    assert len(report.added) == 4
    assert not any("keyword argument" in line for line in report.breaking)
