from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="ResidentInsurance")


@_attrs_define
class ResidentInsurance:
    """
    Attributes:
        cancellation_date (None | str):
        created_at (str):
        effective_date (None | str):
        expiration_date (None | str):
        id (str):
        insurance_type (None | str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        lease_id (None | str):
        liability_amount_in_cents (float | None):
        liability_amount_raw (None | str):
        notes (None | str):
        policy_number (None | str):
        property_id (str):
        provider (None | str):
        resident_id (None | str):
        unit_id (None | str):
        updated_at (str):
        x_id (str):
        x_lease_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_resident_id (None | str):
        x_unit_id (None | str):
    """

    cancellation_date: None | str
    created_at: str
    effective_date: None | str
    expiration_date: None | str
    id: str
    insurance_type: None | str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    lease_id: None | str
    liability_amount_in_cents: float | None
    liability_amount_raw: None | str
    notes: None | str
    policy_number: None | str
    property_id: str
    provider: None | str
    resident_id: None | str
    unit_id: None | str
    updated_at: str
    x_id: str
    x_lease_id: None | str
    x_location_id: None | str
    x_property_id: str
    x_resident_id: None | str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancellation_date: None | str
        cancellation_date = self.cancellation_date

        created_at = self.created_at

        effective_date: None | str
        effective_date = self.effective_date

        expiration_date: None | str
        expiration_date = self.expiration_date

        id = self.id

        insurance_type: None | str
        insurance_type = self.insurance_type

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        lease_id: None | str
        lease_id = self.lease_id

        liability_amount_in_cents: float | None
        liability_amount_in_cents = self.liability_amount_in_cents

        liability_amount_raw: None | str
        liability_amount_raw = self.liability_amount_raw

        notes: None | str
        notes = self.notes

        policy_number: None | str
        policy_number = self.policy_number

        property_id = self.property_id

        provider: None | str
        provider = self.provider

        resident_id: None | str
        resident_id = self.resident_id

        unit_id: None | str
        unit_id = self.unit_id

        updated_at = self.updated_at

        x_id = self.x_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_resident_id: None | str
        x_resident_id = self.x_resident_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancellation_date": cancellation_date,
                "created_at": created_at,
                "effective_date": effective_date,
                "expiration_date": expiration_date,
                "id": id,
                "insurance_type": insurance_type,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "lease_id": lease_id,
                "liability_amount_in_cents": liability_amount_in_cents,
                "liability_amount_raw": liability_amount_raw,
                "notes": notes,
                "policy_number": policy_number,
                "property_id": property_id,
                "provider": provider,
                "resident_id": resident_id,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_lease_id": x_lease_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "cancellation_date"

            def _parse_cancellation_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cancellation_date = _parse_cancellation_date(pop_required(d, "cancellation_date", "ResidentInsurance"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ResidentInsurance"), "str")

            _field = "effective_date"

            def _parse_effective_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            effective_date = _parse_effective_date(pop_required(d, "effective_date", "ResidentInsurance"))

            _field = "expiration_date"

            def _parse_expiration_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            expiration_date = _parse_expiration_date(pop_required(d, "expiration_date", "ResidentInsurance"))

            _field = "id"
            id = conform(pop_required(d, "id", "ResidentInsurance"), "str")

            _field = "insurance_type"

            def _parse_insurance_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            insurance_type = _parse_insurance_type(pop_required(d, "insurance_type", "ResidentInsurance"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ResidentInsurance"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "ResidentInsurance"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ResidentInsurance"))

            _field = "lease_id"

            def _parse_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_id = _parse_lease_id(pop_required(d, "lease_id", "ResidentInsurance"))

            _field = "liability_amount_in_cents"

            def _parse_liability_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            liability_amount_in_cents = _parse_liability_amount_in_cents(
                pop_required(d, "liability_amount_in_cents", "ResidentInsurance")
            )

            _field = "liability_amount_raw"

            def _parse_liability_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            liability_amount_raw = _parse_liability_amount_raw(
                pop_required(d, "liability_amount_raw", "ResidentInsurance")
            )

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "ResidentInsurance"))

            _field = "policy_number"

            def _parse_policy_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            policy_number = _parse_policy_number(pop_required(d, "policy_number", "ResidentInsurance"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ResidentInsurance"), "str")

            _field = "provider"

            def _parse_provider(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            provider = _parse_provider(pop_required(d, "provider", "ResidentInsurance"))

            _field = "resident_id"

            def _parse_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_id = _parse_resident_id(pop_required(d, "resident_id", "ResidentInsurance"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "ResidentInsurance"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ResidentInsurance"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ResidentInsurance"), "str")

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "ResidentInsurance"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "ResidentInsurance"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ResidentInsurance"), "str")

            _field = "x_resident_id"

            def _parse_x_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_resident_id = _parse_x_resident_id(pop_required(d, "x_resident_id", "ResidentInsurance"))

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "ResidentInsurance"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ResidentInsurance", _field) from _failure
        _instance = cls(
            cancellation_date=cancellation_date,
            created_at=created_at,
            effective_date=effective_date,
            expiration_date=expiration_date,
            id=id,
            insurance_type=insurance_type,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            lease_id=lease_id,
            liability_amount_in_cents=liability_amount_in_cents,
            liability_amount_raw=liability_amount_raw,
            notes=notes,
            policy_number=policy_number,
            property_id=property_id,
            provider=provider,
            resident_id=resident_id,
            unit_id=unit_id,
            updated_at=updated_at,
            x_id=x_id,
            x_lease_id=x_lease_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
            x_unit_id=x_unit_id,
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
