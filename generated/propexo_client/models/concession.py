from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

T = TypeVar("T", bound="Concession")


@_attrs_define
class Concession:
    """
    Attributes:
        concession_formula_raw (None | str):
        created_at (str):
        description (None | str):
        end_date (None | str):
        fixed_amount_in_cents (int | None):
        floor_plan_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        is_one_time (bool | None):
        is_recurring (bool | None):
        last_seen (None | str):
        lease_term_in_months (int | None):
        lease_term_raw (None | str):
        monthly_fixed_amount_in_cents (int | None):
        monthly_percentage_amount (int | None):
        monthly_percentage_raw (None | str):
        number_of_occurrences (int | None):
        one_time_fixed_amount_in_cents (int | None):
        one_time_percentage_amount (int | None):
        one_time_percentage_raw (None | str):
        percentage_amount (int | None):
        percentage_raw (None | str):
        property_id (str):
        start_date (None | str):
        total_amount_in_cents (int | None):
        unit_id (None | str):
        updated_at (str):
        x_floor_plan_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_unit_id (None | str):
    """

    concession_formula_raw: None | str
    created_at: str
    description: None | str
    end_date: None | str
    fixed_amount_in_cents: int | None
    floor_plan_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    is_one_time: bool | None
    is_recurring: bool | None
    last_seen: None | str
    lease_term_in_months: int | None
    lease_term_raw: None | str
    monthly_fixed_amount_in_cents: int | None
    monthly_percentage_amount: int | None
    monthly_percentage_raw: None | str
    number_of_occurrences: int | None
    one_time_fixed_amount_in_cents: int | None
    one_time_percentage_amount: int | None
    one_time_percentage_raw: None | str
    percentage_amount: int | None
    percentage_raw: None | str
    property_id: str
    start_date: None | str
    total_amount_in_cents: int | None
    unit_id: None | str
    updated_at: str
    x_floor_plan_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concession_formula_raw: None | str
        concession_formula_raw = self.concession_formula_raw

        created_at = self.created_at

        description: None | str
        description = self.description

        end_date: None | str
        end_date = self.end_date

        fixed_amount_in_cents: int | None
        fixed_amount_in_cents = self.fixed_amount_in_cents

        floor_plan_id: None | str
        floor_plan_id = self.floor_plan_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_active: bool | None
        is_active = self.is_active

        is_one_time: bool | None
        is_one_time = self.is_one_time

        is_recurring: bool | None
        is_recurring = self.is_recurring

        last_seen: None | str
        last_seen = self.last_seen

        lease_term_in_months: int | None
        lease_term_in_months = self.lease_term_in_months

        lease_term_raw: None | str
        lease_term_raw = self.lease_term_raw

        monthly_fixed_amount_in_cents: int | None
        monthly_fixed_amount_in_cents = self.monthly_fixed_amount_in_cents

        monthly_percentage_amount: int | None
        monthly_percentage_amount = self.monthly_percentage_amount

        monthly_percentage_raw: None | str
        monthly_percentage_raw = self.monthly_percentage_raw

        number_of_occurrences: int | None
        number_of_occurrences = self.number_of_occurrences

        one_time_fixed_amount_in_cents: int | None
        one_time_fixed_amount_in_cents = self.one_time_fixed_amount_in_cents

        one_time_percentage_amount: int | None
        one_time_percentage_amount = self.one_time_percentage_amount

        one_time_percentage_raw: None | str
        one_time_percentage_raw = self.one_time_percentage_raw

        percentage_amount: int | None
        percentage_amount = self.percentage_amount

        percentage_raw: None | str
        percentage_raw = self.percentage_raw

        property_id = self.property_id

        start_date: None | str
        start_date = self.start_date

        total_amount_in_cents: int | None
        total_amount_in_cents = self.total_amount_in_cents

        unit_id: None | str
        unit_id = self.unit_id

        updated_at = self.updated_at

        x_floor_plan_id: None | str
        x_floor_plan_id = self.x_floor_plan_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concession_formula_raw": concession_formula_raw,
                "created_at": created_at,
                "description": description,
                "end_date": end_date,
                "fixed_amount_in_cents": fixed_amount_in_cents,
                "floor_plan_id": floor_plan_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "is_one_time": is_one_time,
                "is_recurring": is_recurring,
                "last_seen": last_seen,
                "lease_term_in_months": lease_term_in_months,
                "lease_term_raw": lease_term_raw,
                "monthly_fixed_amount_in_cents": monthly_fixed_amount_in_cents,
                "monthly_percentage_amount": monthly_percentage_amount,
                "monthly_percentage_raw": monthly_percentage_raw,
                "number_of_occurrences": number_of_occurrences,
                "one_time_fixed_amount_in_cents": one_time_fixed_amount_in_cents,
                "one_time_percentage_amount": one_time_percentage_amount,
                "one_time_percentage_raw": one_time_percentage_raw,
                "percentage_amount": percentage_amount,
                "percentage_raw": percentage_raw,
                "property_id": property_id,
                "start_date": start_date,
                "total_amount_in_cents": total_amount_in_cents,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "x_floor_plan_id": x_floor_plan_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "concession_formula_raw"

            def _parse_concession_formula_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            concession_formula_raw = _parse_concession_formula_raw(
                pop_required(d, "concession_formula_raw", "Concession")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Concession"), "str")

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "Concession"))

            _field = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end_date = _parse_end_date(pop_required(d, "end_date", "Concession"))

            _field = "fixed_amount_in_cents"

            def _parse_fixed_amount_in_cents(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            fixed_amount_in_cents = _parse_fixed_amount_in_cents(pop_required(d, "fixed_amount_in_cents", "Concession"))

            _field = "floor_plan_id"

            def _parse_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_id = _parse_floor_plan_id(pop_required(d, "floor_plan_id", "Concession"))

            _field = "id"
            id = conform(pop_required(d, "id", "Concession"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Concession"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Concession"))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "Concession"))

            _field = "is_one_time"

            def _parse_is_one_time(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_one_time = _parse_is_one_time(pop_required(d, "is_one_time", "Concession"))

            _field = "is_recurring"

            def _parse_is_recurring(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_recurring = _parse_is_recurring(pop_required(d, "is_recurring", "Concession"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Concession"))

            _field = "lease_term_in_months"

            def _parse_lease_term_in_months(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            lease_term_in_months = _parse_lease_term_in_months(pop_required(d, "lease_term_in_months", "Concession"))

            _field = "lease_term_raw"

            def _parse_lease_term_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_term_raw = _parse_lease_term_raw(pop_required(d, "lease_term_raw", "Concession"))

            _field = "monthly_fixed_amount_in_cents"

            def _parse_monthly_fixed_amount_in_cents(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            monthly_fixed_amount_in_cents = _parse_monthly_fixed_amount_in_cents(
                pop_required(d, "monthly_fixed_amount_in_cents", "Concession")
            )

            _field = "monthly_percentage_amount"

            def _parse_monthly_percentage_amount(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            monthly_percentage_amount = _parse_monthly_percentage_amount(
                pop_required(d, "monthly_percentage_amount", "Concession")
            )

            _field = "monthly_percentage_raw"

            def _parse_monthly_percentage_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            monthly_percentage_raw = _parse_monthly_percentage_raw(
                pop_required(d, "monthly_percentage_raw", "Concession")
            )

            _field = "number_of_occurrences"

            def _parse_number_of_occurrences(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            number_of_occurrences = _parse_number_of_occurrences(pop_required(d, "number_of_occurrences", "Concession"))

            _field = "one_time_fixed_amount_in_cents"

            def _parse_one_time_fixed_amount_in_cents(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            one_time_fixed_amount_in_cents = _parse_one_time_fixed_amount_in_cents(
                pop_required(d, "one_time_fixed_amount_in_cents", "Concession")
            )

            _field = "one_time_percentage_amount"

            def _parse_one_time_percentage_amount(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            one_time_percentage_amount = _parse_one_time_percentage_amount(
                pop_required(d, "one_time_percentage_amount", "Concession")
            )

            _field = "one_time_percentage_raw"

            def _parse_one_time_percentage_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            one_time_percentage_raw = _parse_one_time_percentage_raw(
                pop_required(d, "one_time_percentage_raw", "Concession")
            )

            _field = "percentage_amount"

            def _parse_percentage_amount(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            percentage_amount = _parse_percentage_amount(pop_required(d, "percentage_amount", "Concession"))

            _field = "percentage_raw"

            def _parse_percentage_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            percentage_raw = _parse_percentage_raw(pop_required(d, "percentage_raw", "Concession"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Concession"), "str")

            _field = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            start_date = _parse_start_date(pop_required(d, "start_date", "Concession"))

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            total_amount_in_cents = _parse_total_amount_in_cents(pop_required(d, "total_amount_in_cents", "Concession"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "Concession"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Concession"), "str")

            _field = "x_floor_plan_id"

            def _parse_x_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_floor_plan_id = _parse_x_floor_plan_id(pop_required(d, "x_floor_plan_id", "Concession"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Concession"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Concession"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Concession"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Concession"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Concession", _field) from _failure
        _instance = cls(
            concession_formula_raw=concession_formula_raw,
            created_at=created_at,
            description=description,
            end_date=end_date,
            fixed_amount_in_cents=fixed_amount_in_cents,
            floor_plan_id=floor_plan_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            is_one_time=is_one_time,
            is_recurring=is_recurring,
            last_seen=last_seen,
            lease_term_in_months=lease_term_in_months,
            lease_term_raw=lease_term_raw,
            monthly_fixed_amount_in_cents=monthly_fixed_amount_in_cents,
            monthly_percentage_amount=monthly_percentage_amount,
            monthly_percentage_raw=monthly_percentage_raw,
            number_of_occurrences=number_of_occurrences,
            one_time_fixed_amount_in_cents=one_time_fixed_amount_in_cents,
            one_time_percentage_amount=one_time_percentage_amount,
            one_time_percentage_raw=one_time_percentage_raw,
            percentage_amount=percentage_amount,
            percentage_raw=percentage_raw,
            property_id=property_id,
            start_date=start_date,
            total_amount_in_cents=total_amount_in_cents,
            unit_id=unit_id,
            updated_at=updated_at,
            x_floor_plan_id=x_floor_plan_id,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
