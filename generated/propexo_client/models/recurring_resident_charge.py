from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.recurring_resident_charge_frequency_normalized import (
    RecurringResidentChargeFrequencyNormalized,
    check_recurring_resident_charge_frequency_normalized,
)

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="RecurringResidentCharge")


@_attrs_define
class RecurringResidentCharge:
    """
    Attributes:
        amount_in_cents (float | None):
        amount_raw (None | str):
        charge_code_id (None | str):
        charge_due_day (int | None): At least 0.
        created_at (str):
        custom_data (CustomDataType0 | None):
        description (None | str):
        end_date (None | str):
        financial_account_id (None | str):
        frequency_normalized (RecurringResidentChargeFrequencyNormalized): One of 'OTHER', 'WEEKLY', 'MONTHLY', 'DAILY'.
        frequency_raw (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        last_seen (None | str):
        lease_id (None | str):
        property_id (str):
        reference_number (None | str):
        start_date (None | str):
        updated_at (str):
        x_charge_code_id (None | str):
        x_financial_account_id (None | str):
        x_id (str):
        x_lease_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
    """

    amount_in_cents: float | None
    amount_raw: None | str
    charge_code_id: None | str
    charge_due_day: int | None
    created_at: str
    custom_data: CustomDataType0 | None
    description: None | str
    end_date: None | str
    financial_account_id: None | str
    frequency_normalized: RecurringResidentChargeFrequencyNormalized
    frequency_raw: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    last_seen: None | str
    lease_id: None | str
    property_id: str
    reference_number: None | str
    start_date: None | str
    updated_at: str
    x_charge_code_id: None | str
    x_financial_account_id: None | str
    x_id: str
    x_lease_id: None | str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        amount_raw: None | str
        amount_raw = self.amount_raw

        charge_code_id: None | str
        charge_code_id = self.charge_code_id

        charge_due_day: int | None
        charge_due_day = self.charge_due_day

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        end_date: None | str
        end_date = self.end_date

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        frequency_normalized: str = self.frequency_normalized

        frequency_raw: None | str
        frequency_raw = self.frequency_raw

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_active: bool | None
        is_active = self.is_active

        last_seen: None | str
        last_seen = self.last_seen

        lease_id: None | str
        lease_id = self.lease_id

        property_id = self.property_id

        reference_number: None | str
        reference_number = self.reference_number

        start_date: None | str
        start_date = self.start_date

        updated_at = self.updated_at

        x_charge_code_id: None | str
        x_charge_code_id = self.x_charge_code_id

        x_financial_account_id: None | str
        x_financial_account_id = self.x_financial_account_id

        x_id = self.x_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "amount_raw": amount_raw,
                "charge_code_id": charge_code_id,
                "charge_due_day": charge_due_day,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "end_date": end_date,
                "financial_account_id": financial_account_id,
                "frequency_normalized": frequency_normalized,
                "frequency_raw": frequency_raw,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "last_seen": last_seen,
                "lease_id": lease_id,
                "property_id": property_id,
                "reference_number": reference_number,
                "start_date": start_date,
                "updated_at": updated_at,
                "x_charge_code_id": x_charge_code_id,
                "x_financial_account_id": x_financial_account_id,
                "x_id": x_id,
                "x_lease_id": x_lease_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"

            def _parse_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "RecurringResidentCharge"))

            _field = "amount_raw"

            def _parse_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            amount_raw = _parse_amount_raw(pop_required(d, "amount_raw", "RecurringResidentCharge"))

            _field = "charge_code_id"

            def _parse_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            charge_code_id = _parse_charge_code_id(pop_required(d, "charge_code_id", "RecurringResidentCharge"))

            _field = "charge_due_day"

            def _parse_charge_due_day(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            charge_due_day = _parse_charge_due_day(pop_required(d, "charge_due_day", "RecurringResidentCharge"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "RecurringResidentCharge"), "str")

            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "RecurringResidentCharge"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "RecurringResidentCharge"))

            _field = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end_date = _parse_end_date(pop_required(d, "end_date", "RecurringResidentCharge"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "RecurringResidentCharge")
            )

            _field = "frequency_normalized"
            frequency_normalized = check_recurring_resident_charge_frequency_normalized(
                pop_required(d, "frequency_normalized", "RecurringResidentCharge")
            )

            _field = "frequency_raw"

            def _parse_frequency_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            frequency_raw = _parse_frequency_raw(pop_required(d, "frequency_raw", "RecurringResidentCharge"))

            _field = "id"
            id = conform(pop_required(d, "id", "RecurringResidentCharge"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "RecurringResidentCharge"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(
                pop_required(d, "integration_vendor", "RecurringResidentCharge")
            )

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "RecurringResidentCharge"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "RecurringResidentCharge"))

            _field = "lease_id"

            def _parse_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_id = _parse_lease_id(pop_required(d, "lease_id", "RecurringResidentCharge"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "RecurringResidentCharge"), "str")

            _field = "reference_number"

            def _parse_reference_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            reference_number = _parse_reference_number(pop_required(d, "reference_number", "RecurringResidentCharge"))

            _field = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            start_date = _parse_start_date(pop_required(d, "start_date", "RecurringResidentCharge"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "RecurringResidentCharge"), "str")

            _field = "x_charge_code_id"

            def _parse_x_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_charge_code_id = _parse_x_charge_code_id(pop_required(d, "x_charge_code_id", "RecurringResidentCharge"))

            _field = "x_financial_account_id"

            def _parse_x_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_financial_account_id = _parse_x_financial_account_id(
                pop_required(d, "x_financial_account_id", "RecurringResidentCharge")
            )

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "RecurringResidentCharge"), "str")

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "RecurringResidentCharge"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "RecurringResidentCharge"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "RecurringResidentCharge"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RecurringResidentCharge", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            amount_raw=amount_raw,
            charge_code_id=charge_code_id,
            charge_due_day=charge_due_day,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            end_date=end_date,
            financial_account_id=financial_account_id,
            frequency_normalized=frequency_normalized,
            frequency_raw=frequency_raw,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            last_seen=last_seen,
            lease_id=lease_id,
            property_id=property_id,
            reference_number=reference_number,
            start_date=start_date,
            updated_at=updated_at,
            x_charge_code_id=x_charge_code_id,
            x_financial_account_id=x_financial_account_id,
            x_id=x_id,
            x_lease_id=x_lease_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
