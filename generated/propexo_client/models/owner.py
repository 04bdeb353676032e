from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
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
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Owner"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Owner"))

            _field = "associated_property_ids"
            associated_property_ids = cast(
                list[str], conform_list(pop_required(d, "associated_property_ids", "Owner"), "str")
            )

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Owner"))

            _field = "company_name"

            def _parse_company_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            company_name = _parse_company_name(pop_required(d, "company_name", "Owner"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Owner"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Owner"), "str")

            _field = "email_1"

            def _parse_email_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_1 = _parse_email_1(pop_required(d, "email_1", "Owner"))

            _field = "email_2"

            def _parse_email_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_2 = _parse_email_2(pop_required(d, "email_2", "Owner"))

            _field = "first_name"

            def _parse_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            first_name = _parse_first_name(pop_required(d, "first_name", "Owner"))

            _field = "id"
            id = conform(pop_required(d, "id", "Owner"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Owner"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Owner"))

            _field = "last_name"

            def _parse_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_name = _parse_last_name(pop_required(d, "last_name", "Owner"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Owner"))

            _field = "middle_name"

            def _parse_middle_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            middle_name = _parse_middle_name(pop_required(d, "middle_name", "Owner"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Owner"))

            _field = "phone_1"

            def _parse_phone_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_1 = _parse_phone_1(pop_required(d, "phone_1", "Owner"))

            _field = "phone_1_type"
            phone_1_type = check_phone_type(pop_required(d, "phone_1_type", "Owner"))

            _field = "phone_2"

            def _parse_phone_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_2 = _parse_phone_2(pop_required(d, "phone_2", "Owner"))

            _field = "phone_2_type"
            phone_2_type = check_phone_type(pop_required(d, "phone_2_type", "Owner"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Owner"), "str")

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Owner"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Owner"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Owner"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Owner"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Owner"), "str")

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Owner"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Owner", _field) from _failure
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
