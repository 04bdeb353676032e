from typing import Literal

SimultaneousAppointmentMode = Literal["MULTIPLE", "SINGLE", "UNKNOWN", "UNLIMITED"] | str
"""One of MULTIPLE, SINGLE, UNKNOWN, UNLIMITED; a value the spec does not list is kept as its string."""

SIMULTANEOUS_APPOINTMENT_MODE_VALUES: set[str] = {
    "MULTIPLE",
    "SINGLE",
    "UNKNOWN",
    "UNLIMITED",
}


def check_simultaneous_appointment_mode(value: str) -> SimultaneousAppointmentMode:
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {type(value).__name__}")
