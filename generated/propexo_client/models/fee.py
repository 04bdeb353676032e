from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.fee_custom_data_type_0 import FeeCustomDataType0


T = TypeVar("T", bound="Fee")


@_attrs_define
class Fee:
    """
    Attributes:
        amount_in_cents (float | None):
        amount_raw (None | str):
        charge_code_id (None | str):
        charge_code_name (None | str):
        created_at (str):
        custom_data (FeeCustomDataType0 | None):
        description (None | str):
        floor_plan_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        name (None | str):
        property_id (str):
        unit_id (None | str):
        updated_at (str):
        x_charge_code_id (None | str):
        x_floor_plan_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_unit_id (None | str):
    """

    amount_in_cents: float | None
    amount_raw: None | str
    charge_code_id: None | str
    charge_code_name: None | str
    created_at: str
    custom_data: FeeCustomDataType0 | None
    description: None | str
    floor_plan_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    name: None | str
    property_id: str
    unit_id: None | str
    updated_at: str
    x_charge_code_id: None | str
    x_floor_plan_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fee_custom_data_type_0 import FeeCustomDataType0  # noqa: PLC0415

        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        amount_raw: None | str
        amount_raw = self.amount_raw

        charge_code_id: None | str
        charge_code_id = self.charge_code_id

        charge_code_name: None | str
        charge_code_name = self.charge_code_name

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, FeeCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        floor_plan_id: None | str
        floor_plan_id = self.floor_plan_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        name: None | str
        name = self.name

        property_id = self.property_id

        unit_id: None | str
        unit_id = self.unit_id

        updated_at = self.updated_at

        x_charge_code_id: None | str
        x_charge_code_id = self.x_charge_code_id

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
                "amount_in_cents": amount_in_cents,
                "amount_raw": amount_raw,
                "charge_code_id": charge_code_id,
                "charge_code_name": charge_code_name,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "floor_plan_id": floor_plan_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "name": name,
                "property_id": property_id,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "x_charge_code_id": x_charge_code_id,
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
        from ..models.fee_custom_data_type_0 import FeeCustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"

            def _parse_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "Fee"))

            _field = "amount_raw"

            def _parse_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            amount_raw = _parse_amount_raw(pop_required(d, "amount_raw", "Fee"))

            _field = "charge_code_id"

            def _parse_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            charge_code_id = _parse_charge_code_id(pop_required(d, "charge_code_id", "Fee"))

            _field = "charge_code_name"

            def _parse_charge_code_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            charge_code_name = _parse_charge_code_name(pop_required(d, "charge_code_name", "Fee"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Fee"), "str")

            _field = "custom_data"

            def _parse_custom_data(data: object) -> FeeCustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    custom_data_type_0 = FeeCustomDataType0.from_dict(data)

                    return custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(FeeCustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Fee"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "Fee"))

            _field = "floor_plan_id"

            def _parse_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_id = _parse_floor_plan_id(pop_required(d, "floor_plan_id", "Fee"))

            _field = "id"
            id = conform(pop_required(d, "id", "Fee"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Fee"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Fee"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Fee"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "Fee"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Fee"), "str")

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "Fee"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Fee"), "str")

            _field = "x_charge_code_id"

            def _parse_x_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_charge_code_id = _parse_x_charge_code_id(pop_required(d, "x_charge_code_id", "Fee"))

            _field = "x_floor_plan_id"

            def _parse_x_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_floor_plan_id = _parse_x_floor_plan_id(pop_required(d, "x_floor_plan_id", "Fee"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Fee"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Fee"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Fee"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Fee"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Fee", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            amount_raw=amount_raw,
            charge_code_id=charge_code_id,
            charge_code_name=charge_code_name,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            floor_plan_id=floor_plan_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            name=name,
            property_id=property_id,
            unit_id=unit_id,
            updated_at=updated_at,
            x_charge_code_id=x_charge_code_id,
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
