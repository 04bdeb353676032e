from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.phone_type import PhoneType, check_phone_type

T = TypeVar("T", bound="Owner")


@_attrs_define
class Owner:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        associated_property_ids (list[str]):
        city (None | str):
        company_name (None | str):
        country (None | str):
        created_at (str):
        email_1 (None | str):
        email_2 (None | str):
        first_name (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_name (None | str):
        last_seen (None | str):
        middle_name (None | str):
        notes (None | str):
        phone_1 (None | str):
        phone_1_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        phone_2 (None | str):
        phone_2_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        property_id (str):
        state (None | str):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    associated_property_ids: list[str]
    city: None | str
    company_name: None | str
    country: None | str
    created_at: str
    email_1: None | str
    email_2: None | str
    first_name: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_name: None | str
    last_seen: None | str
    middle_name: None | str
    notes: None | str
    phone_1: None | str
    phone_1_type: PhoneType
    phone_2: None | str
    phone_2_type: PhoneType
    property_id: str
    state: None | str
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        associated_property_ids = self.associated_property_ids

        city: None | str
        city = self.city

        company_name: None | str
        company_name = self.company_name

        country: None | str
        country = self.country

        created_at = self.created_at

        email_1: None | str
        email_1 = self.email_1

        email_2: None | str
        email_2 = self.email_2

        first_name: None | str
        first_name = self.first_name

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_name: None | str
        last_name = self.last_name

        last_seen: None | str
        last_seen = self.last_seen

        middle_name: None | str
        middle_name = self.middle_name

        notes: None | str
        notes = self.notes

        phone_1: None | str
        phone_1 = self.phone_1

        phone_1_type: str = self.phone_1_type

        phone_2: None | str
        phone_2 = self.phone_2

        phone_2_type: str = self.phone_2_type

        property_id = self.property_id

        state: None | str
        state = self.state

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "associated_property_ids": associated_property_ids,
                "city": city,
                "company_name": company_name,
                "country": country,
                "created_at": created_at,
                "email_1": email_1,
                "email_2": email_2,
                "first_name": first_name,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_name": last_name,
                "last_seen": last_seen,
                "middle_name": middle_name,
                "notes": notes,
                "phone_1": phone_1,
                "phone_1_type": phone_1_type,
                "phone_2": phone_2,
                "phone_2_type": phone_2_type,
                "property_id": property_id,
                "state": state,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_address_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_1 = _parse_address_1(pop_required(d, "address_1", "Owner"))

        def _parse_address_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address_2 = _parse_address_2(pop_required(d, "address_2", "Owner"))

        associated_property_ids = cast(list[str], pop_required(d, "associated_property_ids", "Owner"))

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(pop_required(d, "city", "Owner"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(pop_required(d, "company_name", "Owner"))

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(pop_required(d, "country", "Owner"))

        created_at = pop_required(d, "created_at", "Owner")

        def _parse_email_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_1 = _parse_email_1(pop_required(d, "email_1", "Owner"))

        def _parse_email_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_2 = _parse_email_2(pop_required(d, "email_2", "Owner"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(pop_required(d, "first_name", "Owner"))

        id = pop_required(d, "id", "Owner")

        integration_id = pop_required(d, "integration_id", "Owner")

        integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Owner"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(pop_required(d, "last_name", "Owner"))

        def _parse_last_seen(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen = _parse_last_seen(pop_required(d, "last_seen", "Owner"))

        def _parse_middle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        middle_name = _parse_middle_name(pop_required(d, "middle_name", "Owner"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(pop_required(d, "notes", "Owner"))

        def _parse_phone_1(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_1 = _parse_phone_1(pop_required(d, "phone_1", "Owner"))

        phone_1_type = check_phone_type(pop_required(d, "phone_1_type", "Owner"))

        def _parse_phone_2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_2 = _parse_phone_2(pop_required(d, "phone_2", "Owner"))

        phone_2_type = check_phone_type(pop_required(d, "phone_2_type", "Owner"))

        property_id = pop_required(d, "property_id", "Owner")

        def _parse_state(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state = _parse_state(pop_required(d, "state", "Owner"))

        updated_at = pop_required(d, "updated_at", "Owner")

        x_id = pop_required(d, "x_id", "Owner")

        def _parse_x_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Owner"))

        x_property_id = pop_required(d, "x_property_id", "Owner")

        def _parse_zip_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zip_ = _parse_zip_(pop_required(d, "zip", "Owner"))

        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            associated_property_ids=associated_property_ids,
            city=city,
            company_name=company_name,
            country=country,
            created_at=created_at,
            email_1=email_1,
            email_2=email_2,
            first_name=first_name,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_name=last_name,
            last_seen=last_seen,
            middle_name=middle_name,
            notes=notes,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            property_id=property_id,
            state=state,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
