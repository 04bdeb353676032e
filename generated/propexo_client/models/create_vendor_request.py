from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_vendor_request_phone_1_type import (
    CreateVendorRequestPhone1Type,
    check_create_vendor_request_phone_1_type,
)
from ..models.create_vendor_request_phone_2_type import (
    CreateVendorRequestPhone2Type,
    check_create_vendor_request_phone_2_type,
)
from ..models.create_vendor_request_tax_payer_type import (
    CreateVendorRequestTaxPayerType,
    check_create_vendor_request_tax_payer_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVendorRequest")


@_attrs_define
class CreateVendorRequest:
    """
    Attributes:
        integration_id (str):
        account_number (str | Unset): Length at most 30.
        address_1 (str | Unset): Length at most 100.
        address_2 (str | Unset): Length at most 100.
        city (str | Unset): Length at most 100.
        country (str | Unset):
        email_1 (str | Unset): Format: email.
        email_2 (str | Unset): Format: email.
        first_name (str | Unset): Length at most 127.
        insurance_expire_date (datetime.datetime | Unset):
        insurance_policy_number (str | Unset): Length at most 65.
        insurance_provider (str | Unset): Length at most 65.
        is_company (bool | Unset):
        last_name (str | Unset): Length at most 127.
        name (str | Unset): Length at most 127.
        notes (str | Unset): Length at most 65535.
        phone_1 (str | Unset): Length at least 10. Length at most 20.
        phone_1_type (CreateVendorRequestPhone1Type | Unset): One of 'HOME', 'WORK', 'MOBILE', 'FAX'.
        phone_2 (str | Unset): Length at least 10. Length at most 20.
        phone_2_type (CreateVendorRequestPhone2Type | Unset): One of 'HOME', 'WORK', 'MOBILE', 'FAX'.
        state (str | Unset):
        tax_address_1 (str | Unset): Length at most 100.
        tax_address_2 (str | Unset): Length at most 100.
        tax_city (str | Unset): Length at most 100.
        tax_country (str | Unset):
        tax_id (str | Unset):
        tax_payer_name_1 (str | Unset): Length at most 40.
        tax_payer_name_2 (str | Unset): Length at most 40.
        tax_payer_type (CreateVendorRequestTaxPayerType | Unset): One of 'SSN', 'EIN'.
        tax_state (str | Unset):
        tax_zip (str | Unset):
        vendor_category_id (str | Unset):
        website (str | Unset): Length at most 100. Format: uri.
        zip_ (str | Unset):
    """

    integration_id: str
    account_number: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email_1: str | Unset = UNSET
    email_2: str | Unset = UNSET
    first_name: str | Unset = UNSET
    insurance_expire_date: datetime.datetime | Unset = UNSET
    insurance_policy_number: str | Unset = UNSET
    insurance_provider: str | Unset = UNSET
    is_company: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    notes: str | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: CreateVendorRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: CreateVendorRequestPhone2Type | Unset = UNSET
    state: str | Unset = UNSET
    tax_address_1: str | Unset = UNSET
    tax_address_2: str | Unset = UNSET
    tax_city: str | Unset = UNSET
    tax_country: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_payer_name_1: str | Unset = UNSET
    tax_payer_name_2: str | Unset = UNSET
    tax_payer_type: CreateVendorRequestTaxPayerType | Unset = UNSET
    tax_state: str | Unset = UNSET
    tax_zip: str | Unset = UNSET
    vendor_category_id: str | Unset = UNSET
    website: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        account_number = self.account_number

        address_1 = self.address_1

        address_2 = self.address_2

        city = self.city

        country = self.country

        email_1 = self.email_1

        email_2 = self.email_2

        first_name = self.first_name

        insurance_expire_date: str | Unset = UNSET
        if not isinstance(self.insurance_expire_date, Unset):
            insurance_expire_date = self.insurance_expire_date.isoformat()

        insurance_policy_number = self.insurance_policy_number

        insurance_provider = self.insurance_provider

        is_company = self.is_company

        last_name = self.last_name

        name = self.name

        notes = self.notes

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

        state = self.state

        tax_address_1 = self.tax_address_1

        tax_address_2 = self.tax_address_2

        tax_city = self.tax_city

        tax_country = self.tax_country

        tax_id = self.tax_id

        tax_payer_name_1 = self.tax_payer_name_1

        tax_payer_name_2 = self.tax_payer_name_2

        tax_payer_type: str | Unset = UNSET
        if not isinstance(self.tax_payer_type, Unset):
            tax_payer_type = self.tax_payer_type

        tax_state = self.tax_state

        tax_zip = self.tax_zip

        vendor_category_id = self.vendor_category_id

        website = self.website

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
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
        if email_2 is not UNSET:
            field_dict["email_2"] = email_2
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if insurance_expire_date is not UNSET:
            field_dict["insurance_expire_date"] = insurance_expire_date
        if insurance_policy_number is not UNSET:
            field_dict["insurance_policy_number"] = insurance_policy_number
        if insurance_provider is not UNSET:
            field_dict["insurance_provider"] = insurance_provider
        if is_company is not UNSET:
            field_dict["is_company"] = is_company
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
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
        if state is not UNSET:
            field_dict["state"] = state
        if tax_address_1 is not UNSET:
            field_dict["tax_address_1"] = tax_address_1
        if tax_address_2 is not UNSET:
            field_dict["tax_address_2"] = tax_address_2
        if tax_city is not UNSET:
            field_dict["tax_city"] = tax_city
        if tax_country is not UNSET:
            field_dict["tax_country"] = tax_country
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_payer_name_1 is not UNSET:
            field_dict["tax_payer_name_1"] = tax_payer_name_1
        if tax_payer_name_2 is not UNSET:
            field_dict["tax_payer_name_2"] = tax_payer_name_2
        if tax_payer_type is not UNSET:
            field_dict["tax_payer_type"] = tax_payer_type
        if tax_state is not UNSET:
            field_dict["tax_state"] = tax_state
        if tax_zip is not UNSET:
            field_dict["tax_zip"] = tax_zip
        if vendor_category_id is not UNSET:
            field_dict["vendor_category_id"] = vendor_category_id
        if website is not UNSET:
            field_dict["website"] = website
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateVendorRequest"), "str")

            _field = "account_number"
            account_number = conform(d.pop("account_number", UNSET), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "country"
            country = conform(d.pop("country", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "email_2"
            email_2 = conform(d.pop("email_2", UNSET), "str")

            _field = "first_name"
            first_name = conform(d.pop("first_name", UNSET), "str")

            _field = "insurance_expire_date"
            _insurance_expire_date = d.pop("insurance_expire_date", UNSET)
            insurance_expire_date: datetime.datetime | Unset
            if isinstance(_insurance_expire_date, Unset):
                insurance_expire_date = UNSET
            else:
                insurance_expire_date = datetime.datetime.fromisoformat(_insurance_expire_date)

            _field = "insurance_policy_number"
            insurance_policy_number = conform(d.pop("insurance_policy_number", UNSET), "str")

            _field = "insurance_provider"
            insurance_provider = conform(d.pop("insurance_provider", UNSET), "str")

            _field = "is_company"
            is_company = conform(d.pop("is_company", UNSET), "bool")

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: CreateVendorRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_create_vendor_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: CreateVendorRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_create_vendor_request_phone_2_type(_phone_2_type)

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "tax_address_1"
            tax_address_1 = conform(d.pop("tax_address_1", UNSET), "str")

            _field = "tax_address_2"
            tax_address_2 = conform(d.pop("tax_address_2", UNSET), "str")

            _field = "tax_city"
            tax_city = conform(d.pop("tax_city", UNSET), "str")

            _field = "tax_country"
            tax_country = conform(d.pop("tax_country", UNSET), "str")

            _field = "tax_id"
            tax_id = conform(d.pop("tax_id", UNSET), "str")

            _field = "tax_payer_name_1"
            tax_payer_name_1 = conform(d.pop("tax_payer_name_1", UNSET), "str")

            _field = "tax_payer_name_2"
            tax_payer_name_2 = conform(d.pop("tax_payer_name_2", UNSET), "str")

            _field = "tax_payer_type"
            _tax_payer_type = d.pop("tax_payer_type", UNSET)
            tax_payer_type: CreateVendorRequestTaxPayerType | Unset
            if isinstance(_tax_payer_type, Unset):
                tax_payer_type = UNSET
            else:
                tax_payer_type = check_create_vendor_request_tax_payer_type(_tax_payer_type)

            _field = "tax_state"
            tax_state = conform(d.pop("tax_state", UNSET), "str")

            _field = "tax_zip"
            tax_zip = conform(d.pop("tax_zip", UNSET), "str")

            _field = "vendor_category_id"
            vendor_category_id = conform(d.pop("vendor_category_id", UNSET), "str")

            _field = "website"
            website = conform(d.pop("website", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateVendorRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            account_number=account_number,
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            email_1=email_1,
            email_2=email_2,
            first_name=first_name,
            insurance_expire_date=insurance_expire_date,
            insurance_policy_number=insurance_policy_number,
            insurance_provider=insurance_provider,
            is_company=is_company,
            last_name=last_name,
            name=name,
            notes=notes,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            state=state,
            tax_address_1=tax_address_1,
            tax_address_2=tax_address_2,
            tax_city=tax_city,
            tax_country=tax_country,
            tax_id=tax_id,
            tax_payer_name_1=tax_payer_name_1,
            tax_payer_name_2=tax_payer_name_2,
            tax_payer_type=tax_payer_type,
            tax_state=tax_state,
            tax_zip=tax_zip,
            vendor_category_id=vendor_category_id,
            website=website,
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
