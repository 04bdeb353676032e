from typing import Literal

CreateResidentEventRequestEventType = Literal["Note"]
"""One of Note."""

CREATE_RESIDENT_EVENT_REQUEST_EVENT_TYPE_VALUES: set[CreateResidentEventRequestEventType] = {
    "Note",
}


def check_create_resident_event_request_event_type(value: str) -> CreateResidentEventRequestEventType:
    if value in CREATE_RESIDENT_EVENT_REQUEST_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_RESIDENT_EVENT_REQUEST_EVENT_TYPE_VALUES!r}")
