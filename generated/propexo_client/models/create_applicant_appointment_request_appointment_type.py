from typing import Literal

CreateApplicantAppointmentRequestAppointmentType = Literal[
    "LEASING_APPOINTMENT", "SELF_GUIDED_TOUR", "TOUR", "VIRTUAL_TOUR"
]
"""One of LEASING_APPOINTMENT, SELF_GUIDED_TOUR, TOUR, VIRTUAL_TOUR."""

CREATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES: set[CreateApplicantAppointmentRequestAppointmentType] = {
    "LEASING_APPOINTMENT",
    "SELF_GUIDED_TOUR",
    "TOUR",
    "VIRTUAL_TOUR",
}


def check_create_applicant_appointment_request_appointment_type(
    value: str,
) -> CreateApplicantAppointmentRequestAppointmentType:
    if value in CREATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_APPLICANT_APPOINTMENT_REQUEST_APPOINTMENT_TYPE_VALUES!r}"
    )
