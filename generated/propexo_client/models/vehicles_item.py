from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="VehiclesItem")


@_attrs_define
class VehiclesItem:
    """
    Attributes:
        make (str):
        color (str | Unset):
        insurance_carrier (str | Unset):
        license_plate_number (str | Unset):
        license_plate_state (str | Unset):
        model (str | Unset):
        monthly_payment_in_cents (int | Unset): At least 0.
        year (int | Unset):
    """

    make: str
    color: str | Unset = UNSET
    insurance_carrier: str | Unset = UNSET
    license_plate_number: str | Unset = UNSET
    license_plate_state: str | Unset = UNSET
    model: str | Unset = UNSET
    monthly_payment_in_cents: int | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make = self.make

        color = self.color

        insurance_carrier = self.insurance_carrier

        license_plate_number = self.license_plate_number

        license_plate_state = self.license_plate_state

        model = self.model

        monthly_payment_in_cents = self.monthly_payment_in_cents

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "make": make,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if insurance_carrier is not UNSET:
            field_dict["insurance_carrier"] = insurance_carrier
        if license_plate_number is not UNSET:
            field_dict["license_plate_number"] = license_plate_number
        if license_plate_state is not UNSET:
            field_dict["license_plate_state"] = license_plate_state
        if model is not UNSET:
            field_dict["model"] = model
        if monthly_payment_in_cents is not UNSET:
            field_dict["monthly_payment_in_cents"] = monthly_payment_in_cents
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "make"
            make = conform(pop_required(d, "make", "VehiclesItem"), "str")

            _field = "color"
            color = conform(d.pop("color", UNSET), "str")

            _field = "insurance_carrier"
            insurance_carrier = conform(d.pop("insurance_carrier", UNSET), "str")

            _field = "license_plate_number"
            license_plate_number = conform(d.pop("license_plate_number", UNSET), "str")

            _field = "license_plate_state"
            license_plate_state = conform(d.pop("license_plate_state", UNSET), "str")

            _field = "model"
            model = conform(d.pop("model", UNSET), "str")

            _field = "monthly_payment_in_cents"
            monthly_payment_in_cents = conform(d.pop("monthly_payment_in_cents", UNSET), "int")

            _field = "year"
            year = conform(d.pop("year", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "VehiclesItem", _field) from _failure
        _instance = cls(
            make=make,
            color=color,
            insurance_carrier=insurance_carrier,
            license_plate_number=license_plate_number,
            license_plate_state=license_plate_state,
            model=model,
            monthly_payment_in_cents=monthly_payment_in_cents,
            year=year,
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
