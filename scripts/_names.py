"""Operation names: an idiomatic, stable ``operationId`` for every operation.

The name comes from the HTTP method and the path alone, never from Propexo's tags or summaries,
so it stays the same from one release to the next as long as the path does. A trailing slash is
not part of the name (``/v1/admin/logs/jobs`` and ``/v1/admin/logs/jobs/`` are both
``list_job_logs``): Propexo added one to 74 paths in one release. A handful of paths whose shape
no rule reads well are named in ``OVERRIDES``.
"""

from __future__ import annotations

import re

from scripts._errors import SpecError

VENDORS = frozenset(
    {
        "appfolio",
        "buildium",
        "entrata",
        "mri",
        "propertyware",
        "propertyware_rest",
        "realpage",
        "realpage_rpx",
        "rentmanager",
        "rentvine",
        "resman",
        "yardi",
        "yardi_rest",
    }
)

# Trailing path words that name an action rather than a resource: ``POST .../cancel`` cancels.
ACTIONS = frozenset({"assign", "cancel", "back-sync", "manual-sync", "data-access", "retry-write"})

# Words that are already singular or uncountable, or whose plural the suffix rules get wrong.
_SINGULAR = {
    "data": "data",
    "details": "detail",
    "pricing": "pricing",
    "insurance": "insurance",
    "history": "history",
    "status": "status",
    "write-status": "write_status",
    "properties": "property",
    "amenities": "amenity",
    "categories": "category",
    "priorities": "priority",
    "entities": "entity",
    "addresses": "address",
    "statuses": "status",
    "diffs": "diff",
    "rate-limits": "rate_limit",
}

# Paths that read badly under the rules; keyed by "METHOD /path", the path without a trailing slash.
OVERRIDES: dict[str, str] = {
    "GET /v1/admin/logs/jobs": "list_job_logs",
    "GET /v1/admin/logs/jobs/{id}": "list_job_logs_by_job",
    "GET /v1/admin/logs/writes": "list_write_logs",
    "GET /v1/admin/job-logs/{job_log_id}/data": "get_job_log_data_link",
    "GET /v1/admin/normalization/{model}/{field}": "get_normalization_mappings",
    "POST /v1/admin/retry-write/{root_job_id}": "retry_write",
    "POST /v1/admin/integrations/{integration_id}/data-access": "check_integration_data_access",
    "GET /v1/admin/integrations/{integration_id}/data-access": "get_integration_data_access",
    "POST /v1/appointment-availability": "query_appointment_availability",
    "POST /v1/rentable-items/applicants/assign": "assign_applicant_rentable_item",
    "GET /v1/listings/pricing": "list_listing_pricing",
    "POST /v1/events/applicants": "create_applicant_event",
    "POST /v1/events/leads": "create_lead_event",
    "POST /v1/events/residents": "create_resident_event",
    "PUT /v1/events/applicants/{event_id}": "update_applicant_event",
    "PUT /v1/events/leads/{event_id}": "update_lead_event",
    "PUT /v1/events/residents/{event_id}": "update_resident_event",
    "POST /v1/events/appointments/applicants": "create_applicant_appointment",
    "POST /v1/events/appointments/leads": "create_lead_appointment",
    "POST /v1/events/appointments/residents": "create_resident_appointment",
    "PUT /v1/events/appointments/applicants/{event_id}": "update_applicant_appointment",
    "PUT /v1/events/appointments/leads/{event_id}": "update_lead_appointment",
    "PUT /v1/events/appointments/residents/{event_id}": "update_resident_appointment",
    "POST /v1/events/appointments/applicants/cancel": "cancel_applicant_appointment",
    "POST /v1/events/appointments/leads/cancel": "cancel_lead_appointment",
    "POST /v1/events/appointments/residents/cancel": "cancel_resident_appointment",
    "POST /v1/amenities/units/{id}": "create_unit_amenities",
    "PUT /v1/amenities/units/{id}": "update_unit_amenities",
    "POST /v1/amenities/properties/{id}": "create_property_amenities",
    "PUT /v1/amenities/properties/{id}": "update_property_amenities",
    "GET /v1/units/details": "list_unit_details",
    "GET /v1/units/details/{unit_detail_id}": "get_unit_detail",
    "GET /v1/vendors/properties/{property_id}": "list_property_vendors",
    "GET /v1/construction-jobs/contracts/{contract_id}/details": "list_contract_details",
}

_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


class OperationNameError(SpecError):
    """Two operations would get the same name, or a name is not a Python identifier."""


def _word(segment: str) -> str:
    return segment.replace("-", "_")


def singular(segment: str) -> str:
    """``resident-charges`` -> ``resident_charge``; only the last word changes number."""
    if segment in _SINGULAR:
        return _SINGULAR[segment]
    head, _, last = segment.rpartition("-")
    if last in _SINGULAR:
        last = _SINGULAR[last]
    elif last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return _word(f"{head}-{last}" if head else last)


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


#: The verb of a plain operation by method, and whether its last resource word stays plural.
_VERBS: dict[str, tuple[str, bool]] = {
    "post": ("create", False),
    "put": ("update", False),
    "patch": ("update", False),
    "delete": ("delete", False),
}
_BATCH_VERBS = {"post": "batch_create", "put": "batch_update"}


def operation_name(method: str, path: str) -> str:
    """The snake_case operation name for ``method`` on ``path`` (with or without its trailing
    slash: the same name)."""
    key = f"{method.upper()} {path.rstrip('/') or '/'}"
    if key in OVERRIDES:
        return OVERRIDES[key]
    segments, vendor = _segments(path)
    action = segments[-1] if segments and segments[-1] in ACTIONS else None
    if action is not None:
        segments = segments[:-1]
    batch = "batch" in segments
    segments = [s for s in segments if s != "batch"]
    verb, plural_last = _verb(method.lower(), action, batch, segments)
    name = "_".join([verb, *_resource_words(segments, plural_last), *map(_word, vendor)])
    if not _IDENT.match(name):
        raise OperationNameError(f"{method.upper()} {path}: {name!r} is not a Python identifier")
    return name


def _segments(path: str) -> tuple[list[str], list[str]]:
    """The path's words that name the operation (no version, no ``admin``, no vendor), and its
    vendor words, which go last in the name."""
    segments = [s for s in path.strip("/").split("/") if s]
    if segments and re.fullmatch(r"v\d+", segments[0]):
        segments = segments[1:]
    if segments and segments[0] == "admin":
        segments = segments[1:]
    return [s for s in segments if s not in VENDORS], [s for s in segments if s in VENDORS]


def _verb(method: str, action: str | None, batch: bool, segments: list[str]) -> tuple[str, bool]:
    """The name's verb, and whether the last resource word stays plural (``list_residents``,
    ``batch_create_resident_charges``): an action word names itself; a GET on a collection
    lists it, on one item gets it."""
    if action is not None:
        return _word(action), False
    if batch:
        return _BATCH_VERBS.get(method, f"batch_{method}"), True
    if method == "get":
        one = bool(segments) and _is_param(segments[-1])
        return ("get", False) if one else ("list", True)
    return _VERBS.get(method, (method, False))


def _resource_words(segments: list[str], plural_last: bool) -> list[str]:
    """The resource words: singular before a parameter (``/residents/{id}/charges``:
    ``resident_charges``) and last unless ``plural_last``; the others as written."""
    words: list[str] = []
    resources = [(i, s) for i, s in enumerate(segments) if not _is_param(s)]
    for n, (i, segment) in enumerate(resources):
        followed_by_param = i + 1 < len(segments) and _is_param(segments[i + 1])
        if n == len(resources) - 1:
            plural = plural_last and not followed_by_param
            words.append(_word(segment) if plural else singular(segment))
        elif followed_by_param:
            words.append(singular(segment))
        else:
            words.append(_word(segment))
    return words


def module_name(text: str, prefix: str = "field_") -> str:
    """The Python name the generator gives a tag (``prefix="tag"``) or an ``operationId``: its
    own ``PythonIdentifier`` (snake_case, ``_`` after a keyword or builtin: ``class_``, ``list_``),
    so that what the scripts look for is what the generator wrote. Needs the generator toolchain.
    """
    from scripts._generator import python_identifier

    return python_identifier(text, prefix)
