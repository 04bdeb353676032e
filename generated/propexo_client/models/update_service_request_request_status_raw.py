from typing import Literal

UpdateServiceRequestRequestStatusRaw = Literal[
    "Assessment",
    "Call",
    "Canceled",
    "Completed",
    "Electrical",
    "Emergency",
    "HVAC",
    "In Progress",
    "Inspection",
    "On Hold",
    "Other",
    "Plumbing",
    "Request Reassignment",
    "Scheduled",
    "Service",
    "Web",
    "Work Completed",
]
"""One of Assessment, Call, Canceled, Completed, Electrical, Emergency, HVAC, In Progress, Inspection, On Hold, Other, Plumbing, Request Reassignment, Scheduled, Service, Web, Work Completed."""

UPDATE_SERVICE_REQUEST_REQUEST_STATUS_RAW_VALUES: set[UpdateServiceRequestRequestStatusRaw] = {
    "Assessment",
    "Call",
    "Canceled",
    "Completed",
    "Electrical",
    "Emergency",
    "HVAC",
    "In Progress",
    "Inspection",
    "On Hold",
    "Other",
    "Plumbing",
    "Request Reassignment",
    "Scheduled",
    "Service",
    "Web",
    "Work Completed",
}


def check_update_service_request_request_status_raw(value: str) -> UpdateServiceRequestRequestStatusRaw:
    if value in UPDATE_SERVICE_REQUEST_REQUEST_STATUS_RAW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_SERVICE_REQUEST_REQUEST_STATUS_RAW_VALUES!r}")
