from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="PetTypes")


@_attrs_define
class PetTypes:
    """
    Attributes:
        deposit_in_cents (float | None):
        deposit_raw (None | str):
        description (None | str):
        fee_in_cents (float | None):
        fee_max_in_cents (float | None):
        fee_max_raw (None | str):
        fee_min_in_cents (float | None):
        fee_min_raw (None | str):
        fee_raw (None | str):
        is_allowed (bool | None):
        name (str):
        notes (None | str):
        rent_amount_in_cents (float | None):
        rent_amount_raw (None | str):
    """

    deposit_in_cents: float | None
    deposit_raw: None | str
    description: None | str
    fee_in_cents: float | None
    fee_max_in_cents: float | None
    fee_max_raw: None | str
    fee_min_in_cents: float | None
    fee_min_raw: None | str
    fee_raw: None | str
    is_allowed: bool | None
    name: str
    notes: None | str
    rent_amount_in_cents: float | None
    rent_amount_raw: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deposit_in_cents: float | None
        deposit_in_cents = self.deposit_in_cents

        deposit_raw: None | str
        deposit_raw = self.deposit_raw

        description: None | str
        description = self.description

        fee_in_cents: float | None
        fee_in_cents = self.fee_in_cents

        fee_max_in_cents: float | None
        fee_max_in_cents = self.fee_max_in_cents

        fee_max_raw: None | str
        fee_max_raw = self.fee_max_raw

        fee_min_in_cents: float | None
        fee_min_in_cents = self.fee_min_in_cents

        fee_min_raw: None | str
        fee_min_raw = self.fee_min_raw

        fee_raw: None | str
        fee_raw = self.fee_raw

        is_allowed: bool | None
        is_allowed = self.is_allowed

        name = self.name

        notes: None | str
        notes = self.notes

        rent_amount_in_cents: float | None
        rent_amount_in_cents = self.rent_amount_in_cents

        rent_amount_raw: None | str
        rent_amount_raw = self.rent_amount_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deposit_in_cents": deposit_in_cents,
                "deposit_raw": deposit_raw,
                "description": description,
                "fee_in_cents": fee_in_cents,
                "fee_max_in_cents": fee_max_in_cents,
                "fee_max_raw": fee_max_raw,
                "fee_min_in_cents": fee_min_in_cents,
                "fee_min_raw": fee_min_raw,
                "fee_raw": fee_raw,
                "is_allowed": is_allowed,
                "name": name,
                "notes": notes,
                "rent_amount_in_cents": rent_amount_in_cents,
                "rent_amount_raw": rent_amount_raw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "deposit_in_cents"

            def _parse_deposit_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_in_cents = _parse_deposit_in_cents(pop_required(d, "deposit_in_cents", "PetTypes"))

            _field = "deposit_raw"

            def _parse_deposit_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_raw = _parse_deposit_raw(pop_required(d, "deposit_raw", "PetTypes"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "PetTypes"))

            _field = "fee_in_cents"

            def _parse_fee_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            fee_in_cents = _parse_fee_in_cents(pop_required(d, "fee_in_cents", "PetTypes"))

            _field = "fee_max_in_cents"

            def _parse_fee_max_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            fee_max_in_cents = _parse_fee_max_in_cents(pop_required(d, "fee_max_in_cents", "PetTypes"))

            _field = "fee_max_raw"

            def _parse_fee_max_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            fee_max_raw = _parse_fee_max_raw(pop_required(d, "fee_max_raw", "PetTypes"))

            _field = "fee_min_in_cents"

            def _parse_fee_min_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            fee_min_in_cents = _parse_fee_min_in_cents(pop_required(d, "fee_min_in_cents", "PetTypes"))

            _field = "fee_min_raw"

            def _parse_fee_min_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            fee_min_raw = _parse_fee_min_raw(pop_required(d, "fee_min_raw", "PetTypes"))

            _field = "fee_raw"

            def _parse_fee_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            fee_raw = _parse_fee_raw(pop_required(d, "fee_raw", "PetTypes"))

            _field = "is_allowed"

            def _parse_is_allowed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_allowed = _parse_is_allowed(pop_required(d, "is_allowed", "PetTypes"))

            _field = "name"
            name = conform(pop_required(d, "name", "PetTypes"), "str")

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "PetTypes"))

            _field = "rent_amount_in_cents"

            def _parse_rent_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_in_cents = _parse_rent_amount_in_cents(pop_required(d, "rent_amount_in_cents", "PetTypes"))

            _field = "rent_amount_raw"

            def _parse_rent_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            rent_amount_raw = _parse_rent_amount_raw(pop_required(d, "rent_amount_raw", "PetTypes"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "PetTypes", _field) from _failure
        _instance = cls(
            deposit_in_cents=deposit_in_cents,
            deposit_raw=deposit_raw,
            description=description,
            fee_in_cents=fee_in_cents,
            fee_max_in_cents=fee_max_in_cents,
            fee_max_raw=fee_max_raw,
            fee_min_in_cents=fee_min_in_cents,
            fee_min_raw=fee_min_raw,
            fee_raw=fee_raw,
            is_allowed=is_allowed,
            name=name,
            notes=notes,
            rent_amount_in_cents=rent_amount_in_cents,
            rent_amount_raw=rent_amount_raw,
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
