"""Every generated operation against Prism: valid requests, and 2xx bodies that parse.

For each operation of ``openapi.yaml`` the test builds valid arguments from the spec, calls the
generated ``sync_detailed`` against a static and a dynamic Prism, and requires: no request
violation reported by Prism (``sl-violations``), a 2xx status, and ``response.parsed`` an
instance of the operation's success model. When the spec offers ``anyOf``/``oneOf`` choices
in the arguments, a second request sends the other choices. First, a deliberately invalid
request shows that Prism really validates the operation.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from propexo_client import AuthenticatedClient
from propexo_client.errors import UnexpectedStatus
from propexo_client.types import Response, Unset

from .prism import MODES, VALIDATION_CHECK, Conformance
from .schema_values import (
    Json,
    Operation,
    SchemaChecker,
    SchemaValueError,
    ValueBuilder,
    escape_pointer,
    iter_operations,
    load_spec,
)

OPERATIONS = list(iter_operations(load_spec()))
TOKEN = "contract-test-token"
INVALID_TEXT = "not-valid~"  # rejected by any integer, boolean, enum or pattern schema
BODY_EXCERPT = 1500
MISSING = "<absent>"
Violation = dict[str, Any]  # one decoded entry of Prism's sl-violations header


@dataclass
class PreparedCall:
    """The generated function, its arguments, and the model a 2xx body must parse into."""

    function: Callable[..., Response[Any]]
    kwargs: dict[str, Any]
    success_model: type[Any]
    arguments: dict[str, Json]  # the JSON values the arguments were made from


class ResponseRecorder:
    """An httpx response hook that keeps the last response, to show bodies that fail to parse."""

    def __init__(self) -> None:
        self.last: httpx.Response | None = None

    def __call__(self, response: httpx.Response) -> None:
        self.last = response


@dataclass
class PrismClient:
    """A generated-client ``AuthenticatedClient`` bound to one Prism, and its recorder."""

    client: AuthenticatedClient
    recorder: ResponseRecorder


@pytest.fixture(scope="session")
def prism_clients(prism_urls: dict[str, str]) -> Iterator[dict[str, PrismClient]]:
    """One client per Prism mode; no proxies from the environment, only 127.0.0.1."""
    clients: dict[str, PrismClient] = {}
    for mode, url in prism_urls.items():
        assert httpx.URL(url).host == "127.0.0.1"
        recorder = ResponseRecorder()
        client = AuthenticatedClient(
            base_url=url,
            token=TOKEN,
            raise_on_unexpected_status=True,
            timeout=httpx.Timeout(30.0),
            httpx_args={"trust_env": False, "event_hooks": {"response": [recorder]}},
        )
        clients[mode] = PrismClient(client, recorder)
    yield clients
    for prism in clients.values():
        prism.client.get_httpx_client().close()


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_operation_conforms(
    operation: Operation,
    conformance: Conformance,
    checker: SchemaChecker,
    prism_clients: dict[str, PrismClient],
) -> None:
    static = prism_clients["static"]
    blind = blind_spot(operation, checker, static)
    report = _record(conformance, operation, VALIDATION_CHECK, blind)
    try:
        call = prepare_call(operation, ValueBuilder(checker))
        other = prepare_call(operation, ValueBuilder(checker, last_variant=True))
    except SchemaValueError as error:
        pytest.fail(
            f"{operation.operation_id}: the argument builder failed: {error}", pytrace=False
        )
    for mode in MODES:
        problems, own_body = check_call(operation, call, prism_clients[mode], checker)
        if mode == "static" and other.arguments != call.arguments:
            found, _ = check_call(operation, other, static, checker)
            problems += [f"(other anyOf/oneOf choices) {problem}" for problem in found]
        if own_body:
            conformance.prism_body_violations.add((operation.operation_id, mode))
        report += _record(conformance, operation, mode, problems)
    if report:
        heading = f"{operation.operation_id}: {operation.method.upper()} {operation.path}"
        pytest.fail("\n".join([heading, *report]), pytrace=False)


def _record(
    conformance: Conformance, operation: Operation, check: str, problems: list[str]
) -> list[str]:
    conformance.record(operation.operation_id, check, problems)
    return [f"[{check}] {problem}" for problem in problems]


def blind_spot(operation: Operation, checker: SchemaChecker, prism: PrismClient) -> list[str]:
    """Prism must reject a deliberately invalid request, or its silence proves nothing.

    The invalid request: a JSON array as the body when there is a body, else one query
    parameter set to a value its schema rejects. With neither, there is nothing to prove.
    """
    path = operation.path
    for parameter in operation.parameters:
        if parameter.location == "path":
            path = path.replace(f"{{{parameter.name}}}", "contract")
    body: Json = None
    params: dict[str, str] = {}
    if operation.body_pointer is not None:
        what, body = "a JSON array as the body", []
    else:
        rejecting = [
            p.name
            for p in operation.parameters
            if p.location == "query" and checker.errors(INVALID_TEXT, p.schema_pointer)
        ]
        if not rejecting:
            return []
        what, params = f"query {rejecting[0]}={INVALID_TEXT}", {rejecting[0]: INVALID_TEXT}
    http = prism.client.get_httpx_client()
    response = http.request(operation.method.upper(), path, params=params, json=body)
    request, _ = _violations(response)
    if request:
        return []
    problem = (
        f"Prism accepted a deliberately invalid request ({what}) with HTTP "
        f"{response.status_code}: it does not validate this operation, so its silence about "
        "the client's requests proves nothing"
    )
    if operation.body_pointer is not None:
        duplicates = checker.duplicate_enums(operation.body_pointer)
        if duplicates:
            problem += (
                "\n  likely cause: the body schema has enums with repeated values, which "
                f"Prism cannot compile (it then skips validation):{_lines(duplicates)}"
            )
    return [problem]


def prepare_call(operation: Operation, builder: ValueBuilder) -> PreparedCall:
    """Import the generated module and build valid arguments for ``sync_detailed``."""
    module = importlib.import_module(operation.module_name)
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    signature = inspect.signature(function)
    arguments: dict[str, Json] = {}
    for parameter in operation.parameters:
        name = _python_argument(signature, parameter.name, parameter.location)
        arguments[name] = builder.value(parameter.schema_pointer)
    kwargs = dict(arguments)
    if operation.body_pointer is not None:
        arguments["body"] = builder.value(operation.body_pointer)
        kwargs["body"] = _single_model(hints["body"], exclude=(Unset,)).from_dict(arguments["body"])
    (response_union,) = typing.get_args(hints["return"])
    success_model = _single_model(response_union, exclude_names=("ErrorResponse",))
    missing = [
        name
        for name, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and name != "client" and name not in kwargs
    ]
    assert not missing, f"required arguments the spec does not describe: {missing}"
    return PreparedCall(function, kwargs, success_model, arguments)


def check_call(
    operation: Operation, call: PreparedCall, prism: PrismClient, checker: SchemaChecker
) -> tuple[list[str], list[Violation]]:
    """Call once: (problems, Prism's complaints about its own mock body).

    A problem is a request violation, a non-2xx status, or a body that does not parse.
    """
    prism.recorder.last = None
    try:
        response = call.function(client=prism.client, **call.kwargs)
    except UnexpectedStatus as error:
        raw = prism.recorder.last
        request, _ = _violations(raw)
        status = error.status_code
        return [f"undocumented status {status}{_lines(_show(request))}: {_excerpt(raw)}"], []
    except Exception as error:  # the generated parser raises whatever the body provokes
        raw = prism.recorder.last
        if raw is None:
            return [f"request not sent: {error!r}"], []
        request, own_body = _violations(raw)
        return [
            f"HTTP {raw.status_code} body did not parse: {error!r}{_lines(_show(request))}\n"
            f"  body: {_excerpt(raw)}\n"
            f"  against the spec's schema: {_schema_verdict(operation, raw, checker)}"
        ], own_body
    problems: list[str] = []
    request, own_body = _violations(prism.recorder.last)
    if request:
        where = _sent_versus_built(call, prism.recorder.last, request)
        problems.append(f"Prism reports request violations:{_lines(_show(request) + where)}")
    if not 200 <= response.status_code < 300:
        problems.append(f"HTTP {response.status_code}: {_excerpt(prism.recorder.last)}")
    elif not isinstance(response.parsed, call.success_model):
        problems.append(
            f"HTTP {response.status_code} parsed as {type(response.parsed).__name__}, "
            f"not {call.success_model.__name__}"
        )
    return problems, own_body


def _python_argument(signature: inspect.Signature, name: str, location: str) -> str:
    """The generated argument for a spec parameter (``order-by`` -> ``order_by``)."""

    def key(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    wanted = {key(name), key(name + location)}
    matches = [arg for arg in signature.parameters if key(arg) in wanted]
    assert len(matches) == 1, f"{location} parameter {name!r}: arguments {matches} match"
    return matches[0]


def _single_model(
    annotation: Any, exclude: tuple[type, ...] = (), exclude_names: tuple[str, ...] = ()
) -> type[Any]:
    """The one model class of a union annotation, leaving out ``exclude``d classes."""
    members = typing.get_args(annotation) or (annotation,)
    models = [
        m
        for m in members
        if isinstance(m, type)
        and not issubclass(m, exclude)
        and m is not type(None)
        and m.__name__ not in exclude_names
    ]
    assert len(models) == 1, f"expected one model in {annotation}, found {models}"
    return models[0]


def _violations(response: httpx.Response | None) -> tuple[list[Violation], list[Violation]]:
    """Prism's ``sl-violations`` header, decoded: (request violations, response violations).

    Prism checks the request and also its own mock body; a response violation means Prism's
    generator produced a body outside the schema, which says nothing about the client.
    """
    if response is None or "sl-violations" not in response.headers:
        return [], []
    raw = response.headers["sl-violations"]
    try:
        decoded = json.loads(raw)
    except ValueError:
        return [{"undecoded": raw}], []
    request: list[Violation] = []
    own_body: list[Violation] = []
    for item in decoded if isinstance(decoded, list) else [decoded]:
        item = item if isinstance(item, dict) else {"undecoded": item}
        target = own_body if item.get("location", [])[:1] == ["response"] else request
        target.append(item)
    return request, own_body


def _show(violations: list[Violation]) -> list[str]:
    return [json.dumps(v, sort_keys=True) for v in violations]


def _sent_versus_built(
    call: PreparedCall, response: httpx.Response | None, violations: list[Violation]
) -> list[str]:
    """Where Prism rejects the body: the spec-valid value given to the client, and what it sent."""
    if response is None or "body" not in call.arguments:
        return []
    try:
        sent = json.loads(response.request.content or b"null")
    except ValueError:
        return []
    lines: list[str] = []
    for violation in violations:
        location = [str(step) for step in violation.get("location", [])]
        if location[:2] != ["request", "body"]:
            continue
        built, actual = _at(call.arguments["body"], location[2:]), _at(sent, location[2:])
        line = f"body/{'/'.join(location[2:])}: given {built!r} (valid), the client sent {actual!r}"
        if built != actual and line not in lines:
            lines.append(line)
    return lines


def _at(value: Json, path: list[str]) -> Json:
    for step in path:
        if isinstance(value, dict) and step in value:
            value = value[step]
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return MISSING
    return value


def _lines(items: list[str], limit: int = 8) -> str:
    shown = "".join(f"\n  {item}" for item in items[:limit])
    return shown + (f"\n  ... and {len(items) - limit} more" if len(items) > limit else "")


def _excerpt(response: httpx.Response | None) -> str:
    if response is None:
        return "<no response>"
    text = response.text
    return text if len(text) <= BODY_EXCERPT else text[:BODY_EXCERPT] + "..."


def _schema_verdict(operation: Operation, response: httpx.Response, checker: SchemaChecker) -> str:
    """Whether Prism's body is valid for the spec: tells a client bug from a Prism one."""
    pointer = (
        f"#/paths/{escape_pointer(operation.path)}/{operation.method}"
        f"/responses/{response.status_code}/content/application~1json/schema"
    )
    try:
        problems = checker.errors(response.json(), pointer)
    except (ValueError, LookupError) as error:
        return f"not checked ({error!r})"
    return "valid" if not problems else "INVALID: " + "; ".join(problems[:5])
