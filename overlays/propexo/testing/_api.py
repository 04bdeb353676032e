"""The /v1 endpoints the fake serves, as functions of the state and one parsed request."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._clock import parse_instant
from ._models import (
    PROPERTYWARE_REST,
    RENTMANAGER,
    RESMAN,
    YARDI,
    Job,
    charge_code_json,
    location_json,
    resident_json,
)
from ._spec import Spec
from ._state import ApiError, State

TIME_RANGES = {"hour": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400}


@dataclass
class Reply:
    status: int
    body: Any
    job: Job | None = None  # the job a batch request created


@dataclass
class Call:
    state: State
    spec: Spec
    now: float
    method: str
    route: str  # the spec's path template
    path_params: dict[str, str]
    params: dict[str, Any]  # typed query parameters, defaults filled in
    body: Any
    unknown_job_status: int = 400


def page(items: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """One page of `items` after ordering, with Propexo's list `meta`."""
    field, _, direction = str(params.get("order-by") or "created_at:desc").partition(":")
    direction = "asc" if direction.lower() == "asc" else "desc"
    items = sorted(
        items,
        key=lambda i: (i.get(field) is None, str(i.get(field)), i["id"]),
        reverse=direction == "desc",
    )
    offset = params.get("offset") or 0
    limit = params["limit"] if params.get("limit") is not None else 100
    return {
        "meta": {
            "offset": offset,
            "limit": limit,
            "orderBy": [{field: direction}],
            "hasMore": offset + limit < len(items),
            "total": len(items),
        },
        "results": items[offset : offset + limit],
    }


def matching(
    items: list[dict[str, Any]], params: dict[str, Any], *names: str
) -> list[dict[str, Any]]:
    """Items whose fields equal every given filter parameter among `names`."""
    wanted = {n: params[n] for n in names if params.get(n) is not None}
    return [i for i in items if all(i.get(n) == v for n, v in wanted.items())]


def _vendor(state: State, integration_id: str) -> str:
    integration = state.integrations.get(integration_id)
    return integration.vendor if integration else RENTMANAGER


def list_locations(c: Call) -> Reply:
    items = [
        location_json(loc, _vendor(c.state, loc.integration_id))
        for loc in c.state.locations.values()
    ]
    items = matching(items, c.params, "integration_id", "x_id", "integration_vendor")
    return Reply(200, page(items, c.params))


def list_residents(c: Call) -> Reply:
    residents = list(c.state.residents.values())
    if c.params.get("location_id") is not None:
        residents = [r for r in residents if c.params["location_id"] in r.location_ids]
    items = [resident_json(r, _vendor(c.state, r.integration_id)) for r in residents]
    items = matching(
        items, c.params, "integration_id", "property_id", "x_id", "integration_vendor", "email_1"
    )
    return Reply(200, page(items, c.params))


def get_resident(c: Call) -> Reply:
    resident = c.state.residents.get(c.path_params["id"])
    if resident is None:
        raise ApiError(404, "NOT_FOUND", "no such resident")
    item = resident_json(resident, _vendor(c.state, resident.integration_id))
    return Reply(200, {"meta": {"orderBy": []}, "results": item})


def list_charge_codes(c: Call) -> Reply:
    items = [
        charge_code_json(
            code, _vendor(c.state, code.integration_id), c.state.properties.get(code.property_id)
        )
        for code in c.state.charge_codes.values()
    ]
    items = matching(items, c.params, "integration_id", "property_id", "integration_vendor")
    return Reply(200, page(items, c.params))


def list_resident_charges(c: Call) -> Reply:
    items = matching(
        c.state.synced_charges(c.now),
        c.params,
        "resident_id",
        "integration_id",
        "property_id",
        "lease_id",
        "integration_vendor",
    )
    try:
        start, end = c.params.get("transaction_date_start"), c.params.get("transaction_date_end")
        if start:
            low = parse_instant(start)
            items = [i for i in items if parse_instant(i["transaction_date"]) >= low]
        if end:
            high = parse_instant(end, end_of_day=True)
            items = [i for i in items if parse_instant(i["transaction_date"]) <= high]
    except ValueError as exc:
        raise ApiError(400, "INVALID_QUERY", f"transaction date filter: {exc}") from exc
    return Reply(200, page(items, c.params))


def _batch(vendor: str) -> Callable[[Call], Reply]:
    def create(c: Call) -> Reply:
        problems = c.spec.errors(c.spec.request_ref(c.route, c.method), c.body)
        if problems:
            raise ApiError(400, "VALIDATION_ERROR", problems[0], {"errors": problems})
        job = c.state.accept_batch(vendor, c.body, c.now)
        return Reply(200, {"meta": {"job_id": job.id}, "result": c.body}, job)

    return create


def write_status(c: Call) -> Reply:
    job = c.state.job(c.path_params["root_job_id"], c.unknown_job_status)
    status = job.status(c.now)
    done = status != "PENDING"
    return Reply(
        200,
        {
            "write_status": status,
            "errors": job.outcome.error_list(len(job.charges)) if done else [],
            "created_record_id": job.outcome.created_record_id if done else None,
        },
    )


def retry_write(c: Call) -> Reply:
    if c.body is not None:
        problems = c.spec.errors(c.spec.request_ref(c.route, c.method), c.body)
        if problems:
            raise ApiError(400, "VALIDATION_ERROR", problems[0], {"errors": problems})
    job = c.state.retry(c.path_params["root_job_id"], c.now, c.unknown_job_status)
    return Reply(200, {"success": True, "job_id": job.id})


def write_logs(c: Call) -> Reply:
    logs = matching(c.state.write_logs(c.now), c.params, "integration_id", "status")
    if c.params.get("write_category") not in (None, "resident_charges"):
        logs = []
    if c.params.get("time_range"):
        since = c.now - TIME_RANGES[c.params["time_range"]]
        logs = [log for log in logs if parse_instant(log["created_at"]) >= since]
    logs.sort(key=lambda log: (log["created_at"], log["job_id"]), reverse=True)
    offset = c.params.get("offset") or 0
    return Reply(200, {"results": {"logs": logs[offset : offset + c.params["limit"]]}})


def create_webhook(c: Call) -> Reply:
    problems = c.spec.errors(c.spec.request_ref(c.route, c.method), c.body)
    if problems:
        raise ApiError(400, "VALIDATION_ERROR", problems[0], {"errors": problems})
    return Reply(200, {"result": c.state.webhooks.register(c.body, c.now).to_json()})


def list_webhooks(c: Call) -> Reply:
    items = [w.to_json() for w in c.state.webhooks.registered.values()]
    if c.params.get("active") is not None:
        items = [i for i in items if i["active"] is c.params["active"]]
    return Reply(200, page(items, c.params))


Handler = Callable[[Call], Reply]
ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/v1/locations/rentmanager/", list_locations),
    ("GET", "/v1/residents/", list_residents),
    ("GET", "/v1/residents/{id}", get_resident),
    ("GET", "/v1/charge-codes/", list_charge_codes),
    ("GET", "/v1/resident-charges/", list_resident_charges),
    ("POST", "/v1/resident-charges/batch/rentmanager/", _batch(RENTMANAGER)),
    ("POST", "/v1/resident-charges/batch/resman/", _batch(RESMAN)),
    ("POST", "/v1/resident-charges/batch/yardi/", _batch(YARDI)),
    ("POST", "/v1/resident-charges/batch/propertyware_rest/", _batch(PROPERTYWARE_REST)),
    ("GET", "/v1/admin/write-status/{root_job_id}", write_status),
    ("POST", "/v1/admin/retry-write/{root_job_id}", retry_write),
    ("GET", "/v1/admin/logs/writes/", write_logs),
    ("POST", "/v1/webhooks/", create_webhook),
    ("GET", "/v1/webhooks/", list_webhooks),
]
BATCH_ROUTES = {r for _, r, _ in ROUTES if "/batch/" in r}
_PATTERNS = [
    (
        method,
        route,
        re.compile("^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(route)) + "$"),
        handler,
    )
    for method, route, handler in ROUTES
]


def find_route(method: str, path: str) -> tuple[str, dict[str, str], Handler] | None:
    """The spec path template, path parameters and handler of a request, if it has a route."""
    for route_method, route, pattern, handler in _PATTERNS:
        found = pattern.match(path)
        if found and route_method == method:
            return route, found.groupdict(), handler
    return None
