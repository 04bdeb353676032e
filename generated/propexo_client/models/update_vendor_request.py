from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_vendor_request_country_type_0 import (
    UpdateVendorRequestCountryType0,
    check_update_vendor_request_country_type_0,
)
from ..models.update_vendor_request_state import UpdateVendorRequestState, check_update_vendor_request_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVendorRequest")


@_attrs_define
class UpdateVendorRequest:
    """
    Attributes:
        address_1 (str | Unset):
        address_2 (str | Unset):
        city (str | Unset):
        country (str | Unset | UpdateVendorRequestCountryType0): One of 'United States', 'Canada'.
        email_1 (str | Unset):
        is_active (bool | Unset):
        liability_expiration_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        name (str | Unset):
        notes (str | Unset): Length at most 1998.
        phone_1 (str | Unset):
        phone_2 (str | Unset):
        state (UpdateVendorRequestState | Unset): One of 'AA', 'AE', 'AK', 'AL', 'AP', 'AR', 'AS', 'AZ', 'CA', 'CO',
            'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY', 'LA', 'MA', 'MD', 'ME', 'MH',
            'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29 more).
        tax_id (str | Unset):
        tax_payer_first_name (str | Unset):
        tax_payer_last_name (str | Unset):
        workers_comp_expiration_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        zip_ (str | Unset):
    """

    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset | UpdateVendorRequestCountryType0 = UNSET
    email_1: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    liability_expiration_date: str | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_2: str | Unset = UNSET
    state: UpdateVendorRequestState | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_payer_first_name: str | Unset = UNSET
    tax_payer_last_name: str | Unset = UNSET
    workers_comp_expiration_date: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, str):
            country = self.country
        else:
            country = self.country

        email_1 = self.email_1

        is_active = self.is_active

        liability_expiration_date = self.liability_expiration_date

        name = self.name

        notes = self.notes

        phone_1 = self.phone_1

        phone_2 = self.phone_2

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tax_id = self.tax_id

        tax_payer_first_name = self.tax_payer_first_name

        tax_payer_last_name = self.tax_payer_last_name

        workers_comp_expiration_date = self.workers_comp_expiration_date

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if liability_expiration_date is not UNSET:
            field_dict["liability_expiration_date"] = liability_expiration_date
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if phone_2 is not UNSET:
            field_dict["phone_2"] = phone_2
        if state is not UNSET:
            field_dict["state"] = state
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_payer_first_name is not UNSET:
            field_dict["tax_payer_first_name"] = tax_payer_first_name
        if tax_payer_last_name is not UNSET:
            field_dict["tax_payer_last_name"] = tax_payer_last_name
        if workers_comp_expiration_date is not UNSET:
            field_dict["workers_comp_expiration_date"] = workers_comp_expiration_date
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"

            def _parse_country(data: object) -> str | Unset | UpdateVendorRequestCountryType0:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    country_type_0 = check_update_vendor_request_country_type_0(data)

                    return country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(str | Unset | UpdateVendorRequestCountryType0, conform(data, "str"))

            country = _parse_country(d.pop("country", UNSET))

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "is_active"
            is_active = conform(d.pop("is_active", UNSET), "bool")

            _field = "liability_expiration_date"
            liability_expiration_date = conform(d.pop("liability_expiration_date", UNSET), "str")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "state"
            _state = d.pop("state", UNSET)
            state: UpdateVendorRequestState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = check_update_vendor_request_state(_state)

            _field = "tax_id"
            tax_id = conform(d.pop("tax_id", UNSET), "str")

            _field = "tax_payer_first_name"
            tax_payer_first_name = conform(d.pop("tax_payer_first_name", UNSET), "str")

            _field = "tax_payer_last_name"
            tax_payer_last_name = conform(d.pop("tax_payer_last_name", UNSET), "str")

            _field = "workers_comp_expiration_date"
            workers_comp_expiration_date = conform(d.pop("workers_comp_expiration_date", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateVendorRequest", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            email_1=email_1,
            is_active=is_active,
            liability_expiration_date=liability_expiration_date,
            name=name,
            notes=notes,
            phone_1=phone_1,
            phone_2=phone_2,
            state=state,
            tax_id=tax_id,
            tax_payer_first_name=tax_payer_first_name,
            tax_payer_last_name=tax_payer_last_name,
            workers_comp_expiration_date=workers_comp_expiration_date,
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
