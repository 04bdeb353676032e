from typing import Literal

V1LeadsIdPutInputInactiveReason = Literal[
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

V1_LEADS_ID_PUT_INPUT_INACTIVE_REASON_VALUES: set[V1LeadsIdPutInputInactiveReason] = {
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


def check_v1_leads_id_put_input_inactive_reason(value: str) -> V1LeadsIdPutInputInactiveReason:
    if value in V1_LEADS_ID_PUT_INPUT_INACTIVE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_LEADS_ID_PUT_INPUT_INACTIVE_REASON_VALUES!r}")
