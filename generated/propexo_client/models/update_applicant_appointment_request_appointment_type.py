from typing import Literal

UpdateApplicantAppointmentRequestAppointmentType = Literal[
    "LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"
]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

UPDATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES: set[UpdateApplicantAppointmentRequestAppointmentType] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_update_applicant_appointment_request_appointment_type(
    value: str,
) -> UpdateApplicantAppointmentRequestAppointmentType:
    if value in UPDATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES!r}"
    )
