from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_1 import Enum1, check_enum_1

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
        integration_vendor (Enum1):
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
    integration_vendor: Enum1
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

        def _parse_amount_in_cents(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount_in_cents = _parse_amount_in_cents(d.pop("amount_in_cents"))

        def _parse_amount_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        amount_raw = _parse_amount_raw(d.pop("amount_raw"))

        def _parse_charge_code_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        charge_code_id = _parse_charge_code_id(d.pop("charge_code_id"))

        def _parse_charge_code_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        charge_code_name = _parse_charge_code_name(d.pop("charge_code_name"))

        created_at = d.pop("created_at")

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
            return cast(FeeCustomDataType0 | None, data)

        custom_data = _parse_custom_data(d.pop("custom_data"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_floor_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        floor_plan_id = _parse_floor_plan_id(d.pop("floor_plan_id"))

        id = d.pop("id")

        integration_id = d.pop("integration_id")

        integration_vendor = check_enum_1(d.pop("integration_vendor"))

        def _parse_last_seen(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        property_id = d.pop("property_id")

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        updated_at = d.pop("updated_at")

        def _parse_x_charge_code_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_charge_code_id = _parse_x_charge_code_id(d.pop("x_charge_code_id"))

        def _parse_x_floor_plan_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_floor_plan_id = _parse_x_floor_plan_id(d.pop("x_floor_plan_id"))

        x_id = d.pop("x_id")

        def _parse_x_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_location_id = _parse_x_location_id(d.pop("x_location_id"))

        x_property_id = d.pop("x_property_id")

        def _parse_x_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_unit_id = _parse_x_unit_id(d.pop("x_unit_id"))

        fee = cls(
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

        fee.additional_properties = d
        return fee

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
