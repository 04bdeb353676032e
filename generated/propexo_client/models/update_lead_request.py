from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error
from ..models.update_lead_request_applicant_status import (
    UpdateLeadRequestApplicantStatus,
    check_update_lead_request_applicant_status,
)
from ..models.update_lead_request_inactive_reason import (
    UpdateLeadRequestInactiveReason,
    check_update_lead_request_inactive_reason,
)
from ..models.update_lead_request_phone_1_type import (
    UpdateLeadRequestPhone1Type,
    check_update_lead_request_phone_1_type,
)
from ..models.update_lead_request_phone_2_type import (
    UpdateLeadRequestPhone2Type,
    check_update_lead_request_phone_2_type,
)
from ..models.update_lead_request_status import UpdateLeadRequestStatus, check_update_lead_request_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.events_item import EventsItem


T = TypeVar("T", bound="UpdateLeadRequest")


@_attrs_define
class UpdateLeadRequest:
    """
    Attributes:
        address_1 (str | Unset):
        address_2 (str | Unset):
        address_type_id (str | Unset):
        applicant_status (UpdateLeadRequestApplicantStatus | Unset): One of 'APPLICANT', 'CO_APPLICANT', 'OCCUPANT'.
        city (str | Unset):
        country (str | Unset):
        credit_score (str | Unset):
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        desired_bathrooms (str | Unset): Deprecated.
        desired_bedrooms (int | Unset): Deprecated. At least 0.
        desired_lease_term_in_months (str | Unset):
        desired_max_rent_in_cents (float | Unset): At least 0.
        desired_min_rent_in_cents (float | None | Unset):
        desired_move_in_date (str | Unset): Deprecated. Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        desired_num_bathrooms (float | Unset): At least 0.
        desired_num_bedrooms (float | Unset):
        desired_unit_ids (list[str] | Unset): At most 25 items.
        desired_unit_type (str | Unset):
        email_1 (str | Unset):
        employee_id (str | Unset):
        events (list[EventsItem] | Unset): Deprecated.
        first_name (str | Unset):
        floor_plan_id (str | Unset):
        has_cats (bool | Unset):
        has_dogs (bool | Unset):
        has_other_pets (bool | Unset):
        inactive_reason (UpdateLeadRequestInactiveReason | Unset): One of 'PRICE', 'LOCATION', 'AMENITIES', 'NO_REASON',
            'DECIDED_NOT_TO_MOVE', 'LEASING_CRITERIA_NOT_MET', 'LOOKING_FOR_MOVE_IN_SPECIAL', 'NO_AVAILABILITY',
            'DUPLICATE', 'OTHER'.
        last_name (str | Unset):
        lead_id (str | Unset):
        lead_relationship_id (str | Unset):
        lead_source (str | Unset):
        lead_source_id (str | Unset):
        lease_period_id (str | Unset):
        middle_initial (str | Unset): Length at least 1. Length at most 1.
        middle_name (str | Unset):
        monthly_income_in_cents (int | Unset): At least 0.
        notes (str | Unset):
        number_of_additional_occupants (int | Unset): At least 0.
        number_of_occupants (float | Unset):
        phone_1 (str | Unset):
        phone_1_type (UpdateLeadRequestPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        phone_2 (str | Unset):
        phone_2_type (UpdateLeadRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        state (str | Unset):
        status (UpdateLeadRequestStatus | Unset): One of 'ACTIVE', 'COLD', 'INACTIVE', 'WAITLISTED'.
        status_raw (str | Unset):
        target_move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        unit_id (str | Unset):
        zip_ (str | Unset):
    """

    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_type_id: str | Unset = UNSET
    applicant_status: UpdateLeadRequestApplicantStatus | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    credit_score: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    desired_bathrooms: str | Unset = UNSET
    desired_bedrooms: int | Unset = UNSET
    desired_lease_term_in_months: str | Unset = UNSET
    desired_max_rent_in_cents: float | Unset = UNSET
    desired_min_rent_in_cents: float | None | Unset = UNSET
    desired_move_in_date: str | Unset = UNSET
    desired_num_bathrooms: float | Unset = UNSET
    desired_num_bedrooms: float | Unset = UNSET
    desired_unit_ids: list[str] | Unset = UNSET
    desired_unit_type: str | Unset = UNSET
    email_1: str | Unset = UNSET
    employee_id: str | Unset = UNSET
    events: list[EventsItem] | Unset = UNSET
    first_name: str | Unset = UNSET
    floor_plan_id: str | Unset = UNSET
    has_cats: bool | Unset = UNSET
    has_dogs: bool | Unset = UNSET
    has_other_pets: bool | Unset = UNSET
    inactive_reason: UpdateLeadRequestInactiveReason | Unset = UNSET
    last_name: str | Unset = UNSET
    lead_id: str | Unset = UNSET
    lead_relationship_id: str | Unset = UNSET
    lead_source: str | Unset = UNSET
    lead_source_id: str | Unset = UNSET
    lease_period_id: str | Unset = UNSET
    middle_initial: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    monthly_income_in_cents: int | Unset = UNSET
    notes: str | Unset = UNSET
    number_of_additional_occupants: int | Unset = UNSET
    number_of_occupants: float | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: UpdateLeadRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: UpdateLeadRequestPhone2Type | Unset = UNSET
    state: str | Unset = UNSET
    status: UpdateLeadRequestStatus | Unset = UNSET
    status_raw: str | Unset = UNSET
    target_move_in_date: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        address_2 = self.address_2

        address_type_id = self.address_type_id

        applicant_status: str | Unset = UNSET
        if not isinstance(self.applicant_status, Unset):
            applicant_status = self.applicant_status

        city = self.city

        country = self.country

        credit_score = self.credit_score

        date_of_birth = self.date_of_birth

        desired_bathrooms = self.desired_bathrooms

        desired_bedrooms = self.desired_bedrooms

        desired_lease_term_in_months = self.desired_lease_term_in_months

        desired_max_rent_in_cents = self.desired_max_rent_in_cents

        desired_min_rent_in_cents: float | None | Unset
        if isinstance(self.desired_min_rent_in_cents, Unset):
            desired_min_rent_in_cents = UNSET
        else:
            desired_min_rent_in_cents = self.desired_min_rent_in_cents

        desired_move_in_date = self.desired_move_in_date

        desired_num_bathrooms = self.desired_num_bathrooms

        desired_num_bedrooms = self.desired_num_bedrooms

        desired_unit_ids: list[str] | Unset = UNSET
        if not isinstance(self.desired_unit_ids, Unset):
            desired_unit_ids = self.desired_unit_ids

        desired_unit_type = self.desired_unit_type

        email_1 = self.email_1

        employee_id = self.employee_id

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        first_name = self.first_name

        floor_plan_id = self.floor_plan_id

        has_cats = self.has_cats

        has_dogs = self.has_dogs

        has_other_pets = self.has_other_pets

        inactive_reason: str | Unset = UNSET
        if not isinstance(self.inactive_reason, Unset):
            inactive_reason = self.inactive_reason

        last_name = self.last_name

        lead_id = self.lead_id

        lead_relationship_id = self.lead_relationship_id

        lead_source = self.lead_source

        lead_source_id = self.lead_source_id

        lease_period_id = self.lease_period_id

        middle_initial = self.middle_initial

        middle_name = self.middle_name

        monthly_income_in_cents = self.monthly_income_in_cents

        notes = self.notes

        number_of_additional_occupants = self.number_of_additional_occupants

        number_of_occupants = self.number_of_occupants

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

        state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_raw = self.status_raw

        target_move_in_date = self.target_move_in_date

        unit_id = self.unit_id

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_type_id is not UNSET:
            field_dict["address_type_id"] = address_type_id
        if applicant_status is not UNSET:
            field_dict["applicant_status"] = applicant_status
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if credit_score is not UNSET:
            field_dict["credit_score"] = credit_score
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if desired_bathrooms is not UNSET:
            field_dict["desired_bathrooms"] = desired_bathrooms
        if desired_bedrooms is not UNSET:
            field_dict["desired_bedrooms"] = desired_bedrooms
        if desired_lease_term_in_months is not UNSET:
            field_dict["desired_lease_term_in_months"] = desired_lease_term_in_months
        if desired_max_rent_in_cents is not UNSET:
            field_dict["desired_max_rent_in_cents"] = desired_max_rent_in_cents
        if desired_min_rent_in_cents is not UNSET:
            field_dict["desired_min_rent_in_cents"] = desired_min_rent_in_cents
        if desired_move_in_date is not UNSET:
            field_dict["desired_move_in_date"] = desired_move_in_date
        if desired_num_bathrooms is not UNSET:
            field_dict["desired_num_bathrooms"] = desired_num_bathrooms
        if desired_num_bedrooms is not UNSET:
            field_dict["desired_num_bedrooms"] = desired_num_bedrooms
        if desired_unit_ids is not UNSET:
            field_dict["desired_unit_ids"] = desired_unit_ids
        if desired_unit_type is not UNSET:
            field_dict["desired_unit_type"] = desired_unit_type
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if events is not UNSET:
            field_dict["events"] = events
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if floor_plan_id is not UNSET:
            field_dict["floor_plan_id"] = floor_plan_id
        if has_cats is not UNSET:
            field_dict["has_cats"] = has_cats
        if has_dogs is not UNSET:
            field_dict["has_dogs"] = has_dogs
        if has_other_pets is not UNSET:
            field_dict["has_other_pets"] = has_other_pets
        if inactive_reason is not UNSET:
            field_dict["inactive_reason"] = inactive_reason
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_relationship_id is not UNSET:
            field_dict["lead_relationship_id"] = lead_relationship_id
        if lead_source is not UNSET:
            field_dict["lead_source"] = lead_source
        if lead_source_id is not UNSET:
            field_dict["lead_source_id"] = lead_source_id
        if lease_period_id is not UNSET:
            field_dict["lease_period_id"] = lease_period_id
        if middle_initial is not UNSET:
            field_dict["middle_initial"] = middle_initial
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if monthly_income_in_cents is not UNSET:
            field_dict["monthly_income_in_cents"] = monthly_income_in_cents
        if notes is not UNSET:
            field_dict["notes"] = notes
        if number_of_additional_occupants is not UNSET:
            field_dict["number_of_additional_occupants"] = number_of_additional_occupants
        if number_of_occupants is not UNSET:
            field_dict["number_of_occupants"] = number_of_occupants
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if phone_1_type is not UNSET:
            field_dict["phone_1_type"] = phone_1_type
        if phone_2 is not UNSET:
            field_dict["phone_2"] = phone_2
        if phone_2_type is not UNSET:
            field_dict["phone_2_type"] = phone_2_type
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if status_raw is not UNSET:
            field_dict["status_raw"] = status_raw
        if target_move_in_date is not UNSET:
            field_dict["target_move_in_date"] = target_move_in_date
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.events_item import EventsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_type_id"
            address_type_id = conform(d.pop("address_type_id", UNSET), "str")

            _field = "applicant_status"
            _applicant_status = d.pop("applicant_status", UNSET)
            applicant_status: UpdateLeadRequestApplicantStatus | Unset
            if isinstance(_applicant_status, Unset):
                applicant_status = UNSET
            else:
                applicant_status = check_update_lead_request_applicant_status(_applicant_status)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "credit_score"
            credit_score = conform(d.pop("credit_score", UNSET), "str")

            _field = "date_of_birth"
            date_of_birth = conform(d.pop("date_of_birth", UNSET), "str")

            _field = "desired_bathrooms"
            desired_bathrooms = conform(d.pop("desired_bathrooms", UNSET), "str")

            _field = "desired_bedrooms"
            desired_bedrooms = conform(d.pop("desired_bedrooms", UNSET), "int")

            _field = "desired_lease_term_in_months"
            desired_lease_term_in_months = conform(d.pop("desired_lease_term_in_months", UNSET), "str")

            _field = "desired_max_rent_in_cents"
            desired_max_rent_in_cents = conform(d.pop("desired_max_rent_in_cents", UNSET), "float")

            _field = "desired_min_rent_in_cents"

            def _parse_desired_min_rent_in_cents(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, conform(data, "float"))

            desired_min_rent_in_cents = _parse_desired_min_rent_in_cents(d.pop("desired_min_rent_in_cents", UNSET))

            _field = "desired_move_in_date"
            desired_move_in_date = conform(d.pop("desired_move_in_date", UNSET), "str")

            _field = "desired_num_bathrooms"
            desired_num_bathrooms = conform(d.pop("desired_num_bathrooms", UNSET), "float")

            _field = "desired_num_bedrooms"
            desired_num_bedrooms = conform(d.pop("desired_num_bedrooms", UNSET), "float")

            _field = "desired_unit_ids"
            desired_unit_ids = cast(list[str], conform_list(d.pop("desired_unit_ids", UNSET), "str"))

            _field = "desired_unit_type"
            desired_unit_type = conform(d.pop("desired_unit_type", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "events"
            _events = d.pop("events", UNSET)
            events: list[EventsItem] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = EventsItem.from_dict(events_item_data)

                    events.append(events_item)

            _field = "first_name"
            first_name = conform(d.pop("first_name", UNSET), "str")

            _field = "floor_plan_id"
            floor_plan_id = conform(d.pop("floor_plan_id", UNSET), "str")

            _field = "has_cats"
            has_cats = conform(d.pop("has_cats", UNSET), "bool")

            _field = "has_dogs"
            has_dogs = conform(d.pop("has_dogs", UNSET), "bool")

            _field = "has_other_pets"
            has_other_pets = conform(d.pop("has_other_pets", UNSET), "bool")

            _field = "inactive_reason"
            _inactive_reason = d.pop("inactive_reason", UNSET)
            inactive_reason: UpdateLeadRequestInactiveReason | Unset
            if isinstance(_inactive_reason, Unset):
                inactive_reason = UNSET
            else:
                inactive_reason = check_update_lead_request_inactive_reason(_inactive_reason)

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "lead_id"
            lead_id = conform(d.pop("lead_id", UNSET), "str")

            _field = "lead_relationship_id"
            lead_relationship_id = conform(d.pop("lead_relationship_id", UNSET), "str")

            _field = "lead_source"
            lead_source = conform(d.pop("lead_source", UNSET), "str")

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "lease_period_id"
            lease_period_id = conform(d.pop("lease_period_id", UNSET), "str")

            _field = "middle_initial"
            middle_initial = conform(d.pop("middle_initial", UNSET), "str")

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(d.pop("monthly_income_in_cents", UNSET), "int")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "number_of_additional_occupants"
            number_of_additional_occupants = conform(d.pop("number_of_additional_occupants", UNSET), "int")

            _field = "number_of_occupants"
            number_of_occupants = conform(d.pop("number_of_occupants", UNSET), "float")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: UpdateLeadRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_update_lead_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: UpdateLeadRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_update_lead_request_phone_2_type(_phone_2_type)

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateLeadRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_lead_request_status(_status)

            _field = "status_raw"
            status_raw = conform(d.pop("status_raw", UNSET), "str")

            _field = "target_move_in_date"
            target_move_in_date = conform(d.pop("target_move_in_date", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateLeadRequest", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            address_type_id=address_type_id,
            applicant_status=applicant_status,
            city=city,
            country=country,
            credit_score=credit_score,
            date_of_birth=date_of_birth,
            desired_bathrooms=desired_bathrooms,
            desired_bedrooms=desired_bedrooms,
            desired_lease_term_in_months=desired_lease_term_in_months,
            desired_max_rent_in_cents=desired_max_rent_in_cents,
            desired_min_rent_in_cents=desired_min_rent_in_cents,
            desired_move_in_date=desired_move_in_date,
            desired_num_bathrooms=desired_num_bathrooms,
            desired_num_bedrooms=desired_num_bedrooms,
            desired_unit_ids=desired_unit_ids,
            desired_unit_type=desired_unit_type,
            email_1=email_1,
            employee_id=employee_id,
            events=events,
            first_name=first_name,
            floor_plan_id=floor_plan_id,
            has_cats=has_cats,
            has_dogs=has_dogs,
            has_other_pets=has_other_pets,
            inactive_reason=inactive_reason,
            last_name=last_name,
            lead_id=lead_id,
            lead_relationship_id=lead_relationship_id,
            lead_source=lead_source,
            lead_source_id=lead_source_id,
            lease_period_id=lease_period_id,
            middle_initial=middle_initial,
            middle_name=middle_name,
            monthly_income_in_cents=monthly_income_in_cents,
            notes=notes,
            number_of_additional_occupants=number_of_additional_occupants,
            number_of_occupants=number_of_occupants,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            state=state,
            status=status,
            status_raw=status_raw,
            target_move_in_date=target_move_in_date,
            unit_id=unit_id,
            zip_=zip_,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
