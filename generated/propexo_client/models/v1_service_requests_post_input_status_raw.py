from typing import Literal

V1ServiceRequestsPostInputStatusRaw = Literal[
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

V1_SERVICE_REQUESTS_POST_INPUT_STATUS_RAW_VALUES: set[V1ServiceRequestsPostInputStatusRaw] = {
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


def check_v1_service_requests_post_input_status_raw(value: str) -> V1ServiceRequestsPostInputStatusRaw:
    if value in V1_SERVICE_REQUESTS_POST_INPUT_STATUS_RAW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_POST_INPUT_STATUS_RAW_VALUES!r}")
