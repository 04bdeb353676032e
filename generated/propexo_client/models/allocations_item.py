from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="AllocationsItem")


@_attrs_define
class AllocationsItem:
    """
    Attributes:
        amount_in_cents (float | None):
        amount_raw (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        financial_account_id (None | str):
        id (str):
        last_seen (None | str):
        resident_charge_id (None | str):
        resident_payment_id (None | str):
        updated_at (str):
        x_destination_id (None | str):
        x_id (str):
        x_source_id (None | str):
    """

    amount_in_cents: float | None
    amount_raw: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    financial_account_id: None | str
    id: str
    last_seen: None | str
    resident_charge_id: None | str
    resident_payment_id: None | str
    updated_at: str
    x_destination_id: None | str
    x_id: str
    x_source_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        amount_raw: None | str
        amount_raw = self.amount_raw

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        id = self.id

        last_seen: None | str
        last_seen = self.last_seen

        resident_charge_id: None | str
        resident_charge_id = self.resident_charge_id

        resident_payment_id: None | str
        resident_payment_id = self.resident_payment_id

        updated_at = self.updated_at

        x_destination_id: None | str
        x_destination_id = self.x_destination_id

        x_id = self.x_id

        x_source_id: None | str
        x_source_id = self.x_source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "amount_raw": amount_raw,
                "created_at": created_at,
                "custom_data": custom_data,
                "financial_account_id": financial_account_id,
                "id": id,
                "last_seen": last_seen,
                "resident_charge_id": resident_charge_id,
                "resident_payment_id": resident_payment_id,
                "updated_at": updated_at,
                "x_destination_id": x_destination_id,
                "x_id": x_id,
                "x_source_id": x_source_id,
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

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "AllocationsItem"))

            _field = "amount_raw"

            def _parse_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            amount_raw = _parse_amount_raw(pop_required(d, "amount_raw", "AllocationsItem"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "AllocationsItem"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "AllocationsItem"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "AllocationsItem")
            )

            _field = "id"
            id = conform(pop_required(d, "id", "AllocationsItem"), "str")

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "AllocationsItem"))

            _field = "resident_charge_id"

            def _parse_resident_charge_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_charge_id = _parse_resident_charge_id(pop_required(d, "resident_charge_id", "AllocationsItem"))

            _field = "resident_payment_id"

            def _parse_resident_payment_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_payment_id = _parse_resident_payment_id(pop_required(d, "resident_payment_id", "AllocationsItem"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "AllocationsItem"), "str")

            _field = "x_destination_id"

            def _parse_x_destination_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_destination_id = _parse_x_destination_id(pop_required(d, "x_destination_id", "AllocationsItem"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "AllocationsItem"), "str")

            _field = "x_source_id"

            def _parse_x_source_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_source_id = _parse_x_source_id(pop_required(d, "x_source_id", "AllocationsItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "AllocationsItem", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            amount_raw=amount_raw,
            created_at=created_at,
            custom_data=custom_data,
            financial_account_id=financial_account_id,
            id=id,
            last_seen=last_seen,
            resident_charge_id=resident_charge_id,
            resident_payment_id=resident_payment_id,
            updated_at=updated_at,
            x_destination_id=x_destination_id,
            x_id=x_id,
            x_source_id=x_source_id,
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
