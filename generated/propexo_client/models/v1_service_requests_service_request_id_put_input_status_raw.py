from typing import Literal

V1ServiceRequestsServiceRequestIdPutInputStatusRaw = Literal[
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

V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_STATUS_RAW_VALUES: set[
    V1ServiceRequestsServiceRequestIdPutInputStatusRaw
] = {
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


def check_v1_service_requests_service_request_id_put_input_status_raw(
    value: str,
) -> V1ServiceRequestsServiceRequestIdPutInputStatusRaw:
    if value in V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_STATUS_RAW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_SERVICE_REQUESTS_SERVICE_REQUEST_ID_PUT_INPUT_STATUS_RAW_VALUES!r}"
    )
