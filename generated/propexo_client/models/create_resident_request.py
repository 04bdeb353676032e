from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_resident_request_country_alternate import (
    CreateResidentRequestCountryAlternate,
    check_create_resident_request_country_alternate,
)
from ..models.create_resident_request_country_type_0 import (
    CreateResidentRequestCountryType0,
    check_create_resident_request_country_type_0,
)
from ..models.create_resident_request_phone_1_type import (
    CreateResidentRequestPhone1Type,
    check_create_resident_request_phone_1_type,
)
from ..models.create_resident_request_phone_2_type import (
    CreateResidentRequestPhone2Type,
    check_create_resident_request_phone_2_type,
)
from ..models.create_resident_request_rent_period import (
    CreateResidentRequestRentPeriod,
    check_create_resident_request_rent_period,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_resident_request_attachments_item import CreateResidentRequestAttachmentsItem
    from ..models.create_resident_request_custom_data import CreateResidentRequestCustomData


T = TypeVar("T", bound="CreateResidentRequest")


@_attrs_define
class CreateResidentRequest:
    """
    Attributes:
        integration_id (str):
        address_1 (str | Unset):
        address_1_alternate (str | Unset):
        address_2 (str | Unset):
        address_2_alternate (str | Unset):
        attachments (list[CreateResidentRequestAttachmentsItem] | Unset):
        city (str | Unset):
        city_alternate (str | Unset):
        country (CreateResidentRequestCountryType0 | str | Unset): One of 'United States', 'Canada'.
        country_alternate (CreateResidentRequestCountryAlternate | Unset): One of 'US'.
        custom_data (CreateResidentRequestCustomData | Unset): Deprecated.
        date_of_birth (datetime.datetime | Unset):
        email_1 (str | Unset): Format: email.
        email_2 (str | Unset): Format: email.
        first_name (str | Unset):
        last_name (str | Unset):
        lease_id (str | Unset):
        middle_name (str | Unset):
        notes (str | Unset):
        phone_1 (str | Unset):
        phone_1_type (CreateResidentRequestPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        phone_2 (str | Unset):
        phone_2_type (CreateResidentRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        property_id (str | Unset):
        rent_due_day (int | Unset): At least 1. At most 31.
        rent_period (CreateResidentRequestRentPeriod | Unset): One of 'MONTHLY', 'WEEKLY', 'DAILY'.
        state (str | Unset):
        state_alternate (str | Unset):
        zip_ (str | Unset):
        zip_alternate (str | Unset):
    """

    integration_id: str
    address_1: str | Unset = UNSET
    address_1_alternate: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_2_alternate: str | Unset = UNSET
    attachments: list[CreateResidentRequestAttachmentsItem] | Unset = UNSET
    city: str | Unset = UNSET
    city_alternate: str | Unset = UNSET
    country: CreateResidentRequestCountryType0 | str | Unset = UNSET
    country_alternate: CreateResidentRequestCountryAlternate | Unset = UNSET
    custom_data: CreateResidentRequestCustomData | Unset = UNSET
    date_of_birth: datetime.datetime | Unset = UNSET
    email_1: str | Unset = UNSET
    email_2: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    lease_id: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    notes: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: CreateResidentRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: CreateResidentRequestPhone2Type | Unset = UNSET
    property_id: str | Unset = UNSET
    rent_due_day: int | Unset = UNSET
    rent_period: CreateResidentRequestRentPeriod | Unset = UNSET
    state: str | Unset = UNSET
    state_alternate: str | Unset = UNSET
    zip_: str | Unset = UNSET
    zip_alternate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        address_1 = self.address_1

        address_1_alternate = self.address_1_alternate

        address_2 = self.address_2

        address_2_alternate = self.address_2_alternate

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        city = self.city

        city_alternate = self.city_alternate

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, str):
            country = self.country
        else:
            country = self.country

        country_alternate: str | Unset = UNSET
        if not isinstance(self.country_alternate, Unset):
            country_alternate = self.country_alternate

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        email_1 = self.email_1

        email_2 = self.email_2

        first_name = self.first_name

        last_name = self.last_name

        lease_id = self.lease_id

        middle_name = self.middle_name

        notes = self.notes

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

        property_id = self.property_id

        rent_due_day = self.rent_due_day

        rent_period: str | Unset = UNSET
        if not isinstance(self.rent_period, Unset):
            rent_period = self.rent_period

        state = self.state

        state_alternate = self.state_alternate

        zip_ = self.zip_

        zip_alternate = self.zip_alternate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_1_alternate is not UNSET:
            field_dict["address_1_alternate"] = address_1_alternate
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_2_alternate is not UNSET:
            field_dict["address_2_alternate"] = address_2_alternate
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if lease_id is not UNSET:
            field_dict["lease_id"] = lease_id
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
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
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if rent_due_day is not UNSET:
            field_dict["rent_due_day"] = rent_due_day
        if rent_period is not UNSET:
            field_dict["rent_period"] = rent_period
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
        from ..models.create_resident_request_attachments_item import CreateResidentRequestAttachmentsItem  # noqa: PLC0415
        from ..models.create_resident_request_custom_data import CreateResidentRequestCustomData  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateResidentRequest"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_1_alternate"
            address_1_alternate = conform(d.pop("address_1_alternate", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_2_alternate"
            address_2_alternate = conform(d.pop("address_2_alternate", UNSET), "str")

            _field = "attachments"
            _attachments = d.pop("attachments", UNSET)
            attachments: list[CreateResidentRequestAttachmentsItem] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = CreateResidentRequestAttachmentsItem.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "city_alternate"
            city_alternate = conform(d.pop("city_alternate", UNSET), "str")

            _field = "country"

            def _parse_country(data: object) -> CreateResidentRequestCountryType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    country_type_0 = check_create_resident_request_country_type_0(data)

                    return country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreateResidentRequestCountryType0 | str | Unset, conform(data, "str"))

            country = _parse_country(d.pop("country", UNSET))

            _field = "country_alternate"
            _country_alternate = d.pop("country_alternate", UNSET)
            country_alternate: CreateResidentRequestCountryAlternate | Unset
            if isinstance(_country_alternate, Unset):
                country_alternate = UNSET
            else:
                country_alternate = check_create_resident_request_country_alternate(_country_alternate)

            _field = "custom_data"
            _custom_data = d.pop("custom_data", UNSET)
            custom_data: CreateResidentRequestCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = CreateResidentRequestCustomData.from_dict(_custom_data)

            _field = "date_of_birth"
            _date_of_birth = d.pop("date_of_birth", UNSET)
            date_of_birth: datetime.datetime | Unset
            if isinstance(_date_of_birth, Unset):
                date_of_birth = UNSET
            else:
                date_of_birth = datetime.datetime.fromisoformat(_date_of_birth)

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "email_2"
            email_2 = conform(d.pop("email_2", UNSET), "str")

            _field = "first_name"
            first_name = conform(d.pop("first_name", UNSET), "str")

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "lease_id"
            lease_id = conform(d.pop("lease_id", UNSET), "str")

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: CreateResidentRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_create_resident_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: CreateResidentRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_create_resident_request_phone_2_type(_phone_2_type)

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "rent_due_day"
            rent_due_day = conform(d.pop("rent_due_day", UNSET), "int")

            _field = "rent_period"
            _rent_period = d.pop("rent_period", UNSET)
            rent_period: CreateResidentRequestRentPeriod | Unset
            if isinstance(_rent_period, Unset):
                rent_period = UNSET
            else:
                rent_period = check_create_resident_request_rent_period(_rent_period)

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "state_alternate"
            state_alternate = conform(d.pop("state_alternate", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

            _field = "zip_alternate"
            zip_alternate = conform(d.pop("zip_alternate", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateResidentRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            address_1=address_1,
            address_1_alternate=address_1_alternate,
            address_2=address_2,
            address_2_alternate=address_2_alternate,
            attachments=attachments,
            city=city,
            city_alternate=city_alternate,
            country=country,
            country_alternate=country_alternate,
            custom_data=custom_data,
            date_of_birth=date_of_birth,
            email_1=email_1,
            email_2=email_2,
            first_name=first_name,
            last_name=last_name,
            lease_id=lease_id,
            middle_name=middle_name,
            notes=notes,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            property_id=property_id,
            rent_due_day=rent_due_day,
            rent_period=rent_period,
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
