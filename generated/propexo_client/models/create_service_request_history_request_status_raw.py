from typing import Literal

CreateServiceRequestHistoryRequestStatusRaw = Literal[
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

CREATE_SERVICE_REQUEST_HISTORY_REQUEST_STATUS_RAW_VALUES: set[CreateServiceRequestHistoryRequestStatusRaw] = {
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


def check_create_service_request_history_request_status_raw(value: str) -> CreateServiceRequestHistoryRequestStatusRaw:
    if value in CREATE_SERVICE_REQUEST_HISTORY_REQUEST_STATUS_RAW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_REQUEST_HISTORY_REQUEST_STATUS_RAW_VALUES!r}"
    )
