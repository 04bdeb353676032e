from typing import Literal

V1EventsLeadsPostInputStatus = Literal["ACTIVE", "FUTURE", "LEASED", "LOST", "UNQUALIFIED"]
"""One of ACTIVE, FUTURE, LEASED, LOST, UNQUALIFIED."""

V1_EVENTS_LEADS_POST_INPUT_STATUS_VALUES: set[V1EventsLeadsPostInputStatus] = {
    "ACTIVE",
    "FUTURE",
    "LEASED",
    "LOST",
    "UNQUALIFIED",
}


def check_v1_events_leads_post_input_status(value: str) -> V1EventsLeadsPostInputStatus:
    if value in V1_EVENTS_LEADS_POST_INPUT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {V1_EVENTS_LEADS_POST_INPUT_STATUS_VALUES!r}")
