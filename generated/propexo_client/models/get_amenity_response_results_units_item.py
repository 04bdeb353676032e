from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="GetAmenityResponseResultsUnitsItem")


@_attrs_define
class GetAmenityResponseResultsUnitsItem:
    """
    Attributes:
        amenity_id (str):
        cost_in_cents (float | None):
        unit_id (str):
    """

    amenity_id: str
    cost_in_cents: float | None
    unit_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amenity_id = self.amenity_id

        cost_in_cents: float | None
        cost_in_cents = self.cost_in_cents

        unit_id = self.unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amenity_id": amenity_id,
                "cost_in_cents": cost_in_cents,
                "unit_id": unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "amenity_id"
            amenity_id = conform(pop_required(d, "amenity_id", "GetAmenityResponseResultsUnitsItem"), "str")

            _field = "cost_in_cents"

            def _parse_cost_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            cost_in_cents = _parse_cost_in_cents(pop_required(d, "cost_in_cents", "GetAmenityResponseResultsUnitsItem"))

            _field = "unit_id"
            unit_id = conform(pop_required(d, "unit_id", "GetAmenityResponseResultsUnitsItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetAmenityResponseResultsUnitsItem", _field) from _failure
        _instance = cls(
            amenity_id=amenity_id,
            cost_in_cents=cost_in_cents,
            unit_id=unit_id,
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
