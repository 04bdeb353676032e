from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationFeesItem")


@_attrs_define
class ApplicationFeesItem:
    """
    Attributes:
        amount_in_cents (int): At least 0.
        charge_code_id (str):
        description (str | Unset):
    """

    amount_in_cents: int
    charge_code_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents = self.amount_in_cents

        charge_code_id = self.charge_code_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_in_cents": amount_in_cents,
                "charge_code_id": charge_code_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_in_cents"
            amount_in_cents = conform(pop_required(d, "amount_in_cents", "ApplicationFeesItem"), "int")

            _field = "charge_code_id"
            charge_code_id = conform(pop_required(d, "charge_code_id", "ApplicationFeesItem"), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ApplicationFeesItem", _field) from _failure
        _instance = cls(
            amount_in_cents=amount_in_cents,
            charge_code_id=charge_code_id,
            description=description,
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
