from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_resident_request_country import UpdateResidentRequestCountry, check_update_resident_request_country
from ..models.update_resident_request_country_alternate import (
    UpdateResidentRequestCountryAlternate,
    check_update_resident_request_country_alternate,
)
from ..models.update_resident_request_gender import UpdateResidentRequestGender, check_update_resident_request_gender
from ..models.update_resident_request_phone_1_type import (
    UpdateResidentRequestPhone1Type,
    check_update_resident_request_phone_1_type,
)
from ..models.update_resident_request_phone_2_type import (
    UpdateResidentRequestPhone2Type,
    check_update_resident_request_phone_2_type,
)
from ..models.update_resident_request_rent_period import (
    UpdateResidentRequestRentPeriod,
    check_update_resident_request_rent_period,
)
from ..models.update_resident_request_state import UpdateResidentRequestState, check_update_resident_request_state
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.events_item import EventsItem
    from ..models.update_resident_request_custom_data import UpdateResidentRequestCustomData


T = TypeVar("T", bound="UpdateResidentRequest")


@_attrs_define
class UpdateResidentRequest:
    """
    Attributes:
        address_1 (str | Unset):
        address_1_alternate (str | Unset):
        address_2 (str | Unset):
        address_2_alternate (str | Unset):
        city (str | Unset):
        city_alternate (str | Unset):
        country (UpdateResidentRequestCountry | Unset): One of 'US', 'CA'.
        country_alternate (UpdateResidentRequestCountryAlternate | Unset): One of 'US'.
        custom_data (UpdateResidentRequestCustomData | Unset): Deprecated.
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        email_1 (str | Unset): Format: email.
        email_2 (str | Unset): Format: email.
        events (list[EventsItem] | Unset): Deprecated.
        first_name (str | Unset):
        gender (UpdateResidentRequestGender | Unset): One of 'MALE', 'FEMALE'.
        guarantor (bool | Unset):
        is_primary (bool | Unset):
        last_name (str | Unset):
        lead_source_id (str | Unset):
        middle_initial (str | Unset): Length at least 1. Length at most 1.
        middle_name (str | Unset):
        monthly_income_in_cents (int | Unset): At least 0.
        no_checks_in_cash_receipts (bool | Unset):
        notes (str | Unset):
        phone_1 (str | Unset):
        phone_1_type (UpdateResidentRequestPhone1Type | Unset): One of 'HOME', 'WORK', 'MOBILE', 'FAX'.
        phone_2 (str | Unset):
        phone_2_type (UpdateResidentRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        qualified (bool | Unset):
        rent_due_day (int | Unset): At least 1. At most 31.
        rent_period (UpdateResidentRequestRentPeriod | Unset): One of 'MONTHLY', 'WEEKLY', 'DAILY'.
        resident_id (str | Unset):
        state (UpdateResidentRequestState | Unset): One of 'AB', 'BC', 'MB', 'NB', 'NL', 'NT', 'NS', 'NU', 'ON', 'PE',
            'QC', 'SK', 'YT', 'AL', 'AK', 'AS', 'AZ', 'AR', 'AA', 'AE', 'AP', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA',
            'GU', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA' (and 33 more).
        state_alternate (str | Unset):
        zip_ (str | Unset):
        zip_alternate (str | Unset):
    """

    address_1: str | Unset = UNSET
    address_1_alternate: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_2_alternate: str | Unset = UNSET
    city: str | Unset = UNSET
    city_alternate: str | Unset = UNSET
    country: UpdateResidentRequestCountry | Unset = UNSET
    country_alternate: UpdateResidentRequestCountryAlternate | Unset = UNSET
    custom_data: UpdateResidentRequestCustomData | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    email_1: str | Unset = UNSET
    email_2: str | Unset = UNSET
    events: list[EventsItem] | Unset = UNSET
    first_name: str | Unset = UNSET
    gender: UpdateResidentRequestGender | Unset = UNSET
    guarantor: bool | Unset = UNSET
    is_primary: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    lead_source_id: str | Unset = UNSET
    middle_initial: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    monthly_income_in_cents: int | Unset = UNSET
    no_checks_in_cash_receipts: bool | Unset = UNSET
    notes: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: UpdateResidentRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: UpdateResidentRequestPhone2Type | Unset = UNSET
    qualified: bool | Unset = UNSET
    rent_due_day: int | Unset = UNSET
    rent_period: UpdateResidentRequestRentPeriod | Unset = UNSET
    resident_id: str | Unset = UNSET
    state: UpdateResidentRequestState | Unset = UNSET
    state_alternate: str | Unset = UNSET
    zip_: str | Unset = UNSET
    zip_alternate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        address_1_alternate = self.address_1_alternate

        address_2 = self.address_2

        address_2_alternate = self.address_2_alternate

        city = self.city

        city_alternate = self.city_alternate

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        country_alternate: str | Unset = UNSET
        if not isinstance(self.country_alternate, Unset):
            country_alternate = self.country_alternate

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        date_of_birth = self.date_of_birth

        email_1 = self.email_1

        email_2 = self.email_2

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        first_name = self.first_name

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        guarantor = self.guarantor

        is_primary = self.is_primary

        last_name = self.last_name

        lead_source_id = self.lead_source_id

        middle_initial = self.middle_initial

        middle_name = self.middle_name

        monthly_income_in_cents = self.monthly_income_in_cents

        no_checks_in_cash_receipts = self.no_checks_in_cash_receipts

        notes = self.notes

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

        qualified = self.qualified

        rent_due_day = self.rent_due_day

        rent_period: str | Unset = UNSET
        if not isinstance(self.rent_period, Unset):
            rent_period = self.rent_period

        resident_id = self.resident_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        state_alternate = self.state_alternate

        zip_ = self.zip_

        zip_alternate = self.zip_alternate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_1_alternate is not UNSET:
            field_dict["address_1_alternate"] = address_1_alternate
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_2_alternate is not UNSET:
            field_dict["address_2_alternate"] = address_2_alternate
        if city is not UNSET:
            field_dict["city"] = city
        if city_alternate is not UNSET:
            field_dict["city_alternate"] = city_alternate
        if country is not UNSET:
            field_dict["country"] = country
        if country_alternate is not UNSET:
            field_dict["country_alternate"] = country_alternate
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if email_2 is not UNSET:
            field_dict["email_2"] = email_2
        if events is not UNSET:
            field_dict["events"] = events
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if guarantor is not UNSET:
            field_dict["guarantor"] = guarantor
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if lead_source_id is not UNSET:
            field_dict["lead_source_id"] = lead_source_id
        if middle_initial is not UNSET:
            field_dict["middle_initial"] = middle_initial
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if monthly_income_in_cents is not UNSET:
            field_dict["monthly_income_in_cents"] = monthly_income_in_cents
        if no_checks_in_cash_receipts is not UNSET:
            field_dict["no_checks_in_cash_receipts"] = no_checks_in_cash_receipts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if phone_1_type is not UNSET:
            field_dict["phone_1_type"] = phone_1_type
        if phone_2 is not UNSET:
            field_dict["phone_2"] = phone_2
        if phone_2_type is not UNSET:
            field_dict["phone_2_type"] = phone_2_type
        if qualified is not UNSET:
            field_dict["qualified"] = qualified
        if rent_due_day is not UNSET:
            field_dict["rent_due_day"] = rent_due_day
        if rent_period is not UNSET:
            field_dict["rent_period"] = rent_period
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if state is not UNSET:
            field_dict["state"] = state
        if state_alternate is not UNSET:
            field_dict["state_alternate"] = state_alternate
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if zip_alternate is not UNSET:
            field_dict["zip_alternate"] = zip_alternate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.events_item import EventsItem  # noqa: PLC0415
        from ..models.update_resident_request_custom_data import UpdateResidentRequestCustomData  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_1_alternate"
            address_1_alternate = conform(d.pop("address_1_alternate", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_2_alternate"
            address_2_alternate = conform(d.pop("address_2_alternate", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "city_alternate"
            city_alternate = conform(d.pop("city_alternate", UNSET), "str")

            _field = "country"
            _country = d.pop("country", UNSET)
            country: UpdateResidentRequestCountry | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = check_update_resident_request_country(_country)

            _field = "country_alternate"
            _country_alternate = d.pop("country_alternate", UNSET)
            country_alternate: UpdateResidentRequestCountryAlternate | Unset
            if isinstance(_country_alternate, Unset):
                country_alternate = UNSET
            else:
                country_alternate = check_update_resident_request_country_alternate(_country_alternate)

            _field = "custom_data"
            _custom_data = d.pop("custom_data", UNSET)
            custom_data: UpdateResidentRequestCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = UpdateResidentRequestCustomData.from_dict(_custom_data)

            _field = "date_of_birth"
            date_of_birth = conform(d.pop("date_of_birth", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "email_2"
            email_2 = conform(d.pop("email_2", UNSET), "str")

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

            _field = "gender"
            _gender = d.pop("gender", UNSET)
            gender: UpdateResidentRequestGender | Unset
            if isinstance(_gender, Unset):
                gender = UNSET
            else:
                gender = check_update_resident_request_gender(_gender)

            _field = "guarantor"
            guarantor = conform(d.pop("guarantor", UNSET), "bool")

            _field = "is_primary"
            is_primary = conform(d.pop("is_primary", UNSET), "bool")

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "middle_initial"
            middle_initial = conform(d.pop("middle_initial", UNSET), "str")

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "monthly_income_in_cents"
            monthly_income_in_cents = conform(d.pop("monthly_income_in_cents", UNSET), "int")

            _field = "no_checks_in_cash_receipts"
            no_checks_in_cash_receipts = conform(d.pop("no_checks_in_cash_receipts", UNSET), "bool")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: UpdateResidentRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_update_resident_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: UpdateResidentRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_update_resident_request_phone_2_type(_phone_2_type)

            _field = "qualified"
            qualified = conform(d.pop("qualified", UNSET), "bool")

            _field = "rent_due_day"
            rent_due_day = conform(d.pop("rent_due_day", UNSET), "int")

            _field = "rent_period"
            _rent_period = d.pop("rent_period", UNSET)
            rent_period: UpdateResidentRequestRentPeriod | Unset
            if isinstance(_rent_period, Unset):
                rent_period = UNSET
            else:
                rent_period = check_update_resident_request_rent_period(_rent_period)

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "state"
            _state = d.pop("state", UNSET)
            state: UpdateResidentRequestState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = check_update_resident_request_state(_state)

            _field = "state_alternate"
            state_alternate = conform(d.pop("state_alternate", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

            _field = "zip_alternate"
            zip_alternate = conform(d.pop("zip_alternate", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateResidentRequest", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_1_alternate=address_1_alternate,
            address_2=address_2,
            address_2_alternate=address_2_alternate,
            city=city,
            city_alternate=city_alternate,
            country=country,
            country_alternate=country_alternate,
            custom_data=custom_data,
            date_of_birth=date_of_birth,
            email_1=email_1,
            email_2=email_2,
            events=events,
            first_name=first_name,
            gender=gender,
            guarantor=guarantor,
            is_primary=is_primary,
            last_name=last_name,
            lead_source_id=lead_source_id,
            middle_initial=middle_initial,
            middle_name=middle_name,
            monthly_income_in_cents=monthly_income_in_cents,
            no_checks_in_cash_receipts=no_checks_in_cash_receipts,
            notes=notes,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            qualified=qualified,
            rent_due_day=rent_due_day,
            rent_period=rent_period,
            resident_id=resident_id,
            state=state,
            state_alternate=state_alternate,
            zip_=zip_,
            zip_alternate=zip_alternate,
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
