from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="RentableItem")


@_attrs_define
class RentableItem:
    """
    Attributes:
        amount_in_cents (float | None):
        applicant_id (None | str): Deprecated.
        charge_code_id (None | str):
        created_at (str):
        description (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_available (bool | None):
        last_seen (None | str):
        lead_id (None | str): Deprecated.
        name (None | str):
        property_id (str):
        reserved_until_date (None | str):
        resident_id (None | str): Deprecated.
        type_ (None | str):
        updated_at (str):
        x_applicant_id (None | str):
        x_charge_code_id (None | str):
        x_id (str):
        x_lead_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_resident_id (None | str):
        x_type_id (None | str):
    """

    amount_in_cents: float | None
    applicant_id: None | str
    charge_code_id: None | str
    created_at: str
    description: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_available: bool | None
    last_seen: None | str
    lead_id: None | str
    name: None | str
    property_id: str
    reserved_until_date: None | str
    resident_id: None | str
    type_: None | str
    updated_at: str
    x_applicant_id: None | str
    x_charge_code_id: None | str
    x_id: str
    x_lead_id: None | str
    x_location_id: None | str
    x_property_id: str
    x_resident_id: None | str
    x_type_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        applicant_id: None | str
        applicant_id = self.applicant_id

        charge_code_id: None | str
        charge_code_id = self.charge_code_id

        created_at = self.created_at

        description: None | str
        description = self.description

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_available: bool | None
        is_available = self.is_available

        last_seen: None | str
        last_seen = self.last_seen

        lead_id: None | str
        lead_id = self.lead_id

        name: None | str
        name = self.name

        property_id = self.property_id

        reserved_until_date: None | str
        reserved_until_date = self.reserved_until_date

        resident_id: None | str
        resident_id = self.resident_id

        type_: None | str
        type_ = self.type_

        updated_at = self.updated_at

        x_applicant_id: None | str
        x_applicant_id = self.x_applicant_id

        x_charge_code_id: None | str
        x_charge_code_id = self.x_charge_code_id

        x_id = self.x_id

        x_lead_id: None | str
        x_lead_id = self.x_lead_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_resident_id: None | str
        x_resident_id = self.x_resident_id

        x_type_id: None | str
        x_type_id = self.x_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "applicant_id": applicant_id,
                "charge_code_id": charge_code_id,
                "created_at": created_at,
                "description": description,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_available": is_available,
                "last_seen": last_seen,
                "lead_id": lead_id,
                "name": name,
                "property_id": property_id,
                "reserved_until_date": reserved_until_date,
                "resident_id": resident_id,
                "type": type_,
                "updated_at": updated_at,
                "x_applicant_id": x_applicant_id,
                "x_charge_code_id": x_charge_code_id,
                "x_id": x_id,
                "x_lead_id": x_lead_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
                "x_type_id": x_type_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"

            def _parse_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "RentableItem"))

            _field = "applicant_id"

            def _parse_applicant_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            applicant_id = _parse_applicant_id(pop_required(d, "applicant_id", "RentableItem"))

            _field = "charge_code_id"

            def _parse_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            charge_code_id = _parse_charge_code_id(pop_required(d, "charge_code_id", "RentableItem"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "RentableItem"), "str")

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "RentableItem"))

            _field = "id"
            id = conform(pop_required(d, "id", "RentableItem"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "RentableItem"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "RentableItem"))

            _field = "is_available"

            def _parse_is_available(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_available = _parse_is_available(pop_required(d, "is_available", "RentableItem"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "RentableItem"))

            _field = "lead_id"

            def _parse_lead_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lead_id = _parse_lead_id(pop_required(d, "lead_id", "RentableItem"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "RentableItem"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "RentableItem"), "str")

            _field = "reserved_until_date"

            def _parse_reserved_until_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            reserved_until_date = _parse_reserved_until_date(pop_required(d, "reserved_until_date", "RentableItem"))

            _field = "resident_id"

            def _parse_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_id = _parse_resident_id(pop_required(d, "resident_id", "RentableItem"))

            _field = "type"

            def _parse_type_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_ = _parse_type_(pop_required(d, "type", "RentableItem"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "RentableItem"), "str")

            _field = "x_applicant_id"

            def _parse_x_applicant_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_applicant_id = _parse_x_applicant_id(pop_required(d, "x_applicant_id", "RentableItem"))

            _field = "x_charge_code_id"

            def _parse_x_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_charge_code_id = _parse_x_charge_code_id(pop_required(d, "x_charge_code_id", "RentableItem"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "RentableItem"), "str")

            _field = "x_lead_id"

            def _parse_x_lead_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lead_id = _parse_x_lead_id(pop_required(d, "x_lead_id", "RentableItem"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "RentableItem"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "RentableItem"), "str")

            _field = "x_resident_id"

            def _parse_x_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_resident_id = _parse_x_resident_id(pop_required(d, "x_resident_id", "RentableItem"))

            _field = "x_type_id"

            def _parse_x_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_type_id = _parse_x_type_id(pop_required(d, "x_type_id", "RentableItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RentableItem", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            applicant_id=applicant_id,
            charge_code_id=charge_code_id,
            created_at=created_at,
            description=description,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_available=is_available,
            last_seen=last_seen,
            lead_id=lead_id,
            name=name,
            property_id=property_id,
            reserved_until_date=reserved_until_date,
            resident_id=resident_id,
            type_=type_,
            updated_at=updated_at,
            x_applicant_id=x_applicant_id,
            x_charge_code_id=x_charge_code_id,
            x_id=x_id,
            x_lead_id=x_lead_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
            x_type_id=x_type_id,
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
