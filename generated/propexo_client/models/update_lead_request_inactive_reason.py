from typing import Literal

UpdateLeadRequestInactiveReason = Literal[
    "AMENITIES",
    "DECIDED_NOT_TO_MOVE",
    "DUPLICATE",
    "LEASING_CRITERIA_NOT_MET",
    "LOCATION",
    "LOOKING_FOR_MOVE_IN_SPECIAL",
    "NO_AVAILABILITY",
    "NO_REASON",
    "OTHER",
    "PRICE",
]
"""One of AMENITIES, DECIDED_NOT_TO_MOVE, DUPLICATE, LEASING_CRITERIA_NOT_MET, LOCATION, LOOKING_FOR_MOVE_IN_SPECIAL, NO_AVAILABILITY, NO_REASON, OTHER, PRICE."""

UPDATE_LEAD_REQUEST_INACTIVE_REASON_VALUES: set[UpdateLeadRequestInactiveReason] = {
    "AMENITIES",
    "DECIDED_NOT_TO_MOVE",
    "DUPLICATE",
    "LEASING_CRITERIA_NOT_MET",
    "LOCATION",
    "LOOKING_FOR_MOVE_IN_SPECIAL",
    "NO_AVAILABILITY",
    "NO_REASON",
    "OTHER",
    "PRICE",
}


def check_update_lead_request_inactive_reason(value: str) -> UpdateLeadRequestInactiveReason:
    if value in UPDATE_LEAD_REQUEST_INACTIVE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_LEAD_REQUEST_INACTIVE_REASON_VALUES!r}")
