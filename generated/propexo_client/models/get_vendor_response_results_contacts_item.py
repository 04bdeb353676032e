from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="GetVendorResponseResultsContactsItem")


@_attrs_define
class GetVendorResponseResultsContactsItem:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        city (None | str):
        country (None | str):
        email (None | str):
        is_primary (bool | None):
        name (None | str):
        phone (None | str):
        phone_type (None | str):
        state (None | str):
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    city: None | str
    country: None | str
    email: None | str
    is_primary: bool | None
    name: None | str
    phone: None | str
    phone_type: None | str
    state: None | str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        email: None | str
        email = self.email

        is_primary: bool | None
        is_primary = self.is_primary

        name: None | str
        name = self.name

        phone: None | str
        phone = self.phone

        phone_type: None | str
        phone_type = self.phone_type

        state: None | str
        state = self.state

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "city": city,
                "country": country,
                "email": email,
                "is_primary": is_primary,
                "name": name,
                "phone": phone,
                "phone_type": phone_type,
                "state": state,
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

            address_1 = _parse_address_1(pop_required(d, "address_1", "GetVendorResponseResultsContactsItem"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "GetVendorResponseResultsContactsItem"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "GetVendorResponseResultsContactsItem"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "GetVendorResponseResultsContactsItem"))

            _field = "email"

            def _parse_email(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email = _parse_email(pop_required(d, "email", "GetVendorResponseResultsContactsItem"))

            _field = "is_primary"

            def _parse_is_primary(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_primary = _parse_is_primary(pop_required(d, "is_primary", "GetVendorResponseResultsContactsItem"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "GetVendorResponseResultsContactsItem"))

            _field = "phone"

            def _parse_phone(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone = _parse_phone(pop_required(d, "phone", "GetVendorResponseResultsContactsItem"))

            _field = "phone_type"

            def _parse_phone_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_type = _parse_phone_type(pop_required(d, "phone_type", "GetVendorResponseResultsContactsItem"))

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "GetVendorResponseResultsContactsItem"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "GetVendorResponseResultsContactsItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetVendorResponseResultsContactsItem", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            email=email,
            is_primary=is_primary,
            name=name,
            phone=phone,
            phone_type=phone_type,
            state=state,
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
