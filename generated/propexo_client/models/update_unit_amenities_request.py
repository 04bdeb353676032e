from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..models.update_unit_amenities_request_features_item import (
    UpdateUnitAmenitiesRequestFeaturesItem,
    check_update_unit_amenities_request_features_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUnitAmenitiesRequest")


@_attrs_define
class UpdateUnitAmenitiesRequest:
    """
    Attributes:
        features (list[UpdateUnitAmenitiesRequestFeaturesItem] | Unset):
    """

    features: list[UpdateUnitAmenitiesRequestFeaturesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: str = features_item_data
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "features"
            _features = d.pop("features", UNSET)
            features: list[UpdateUnitAmenitiesRequestFeaturesItem] | Unset = UNSET
            if _features is not UNSET:
                features = []
                for features_item_data in _features:
                    features_item = check_update_unit_amenities_request_features_item(features_item_data)

                    features.append(features_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateUnitAmenitiesRequest", _field) from _failure
        _instance = cls(
            features=features,
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
