from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..models.update_property_amenities_request_features_item import (
    UpdatePropertyAmenitiesRequestFeaturesItem,
    check_update_property_amenities_request_features_item,
)
from ..models.update_property_amenities_request_included_in_rent_item import (
    UpdatePropertyAmenitiesRequestIncludedInRentItem,
    check_update_property_amenities_request_included_in_rent_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePropertyAmenitiesRequest")


@_attrs_define
class UpdatePropertyAmenitiesRequest:
    """
    Attributes:
        features (list[UpdatePropertyAmenitiesRequestFeaturesItem] | Unset):
        included_in_rent (list[UpdatePropertyAmenitiesRequestIncludedInRentItem] | Unset):
    """

    features: list[UpdatePropertyAmenitiesRequestFeaturesItem] | Unset = UNSET
    included_in_rent: list[UpdatePropertyAmenitiesRequestIncludedInRentItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item: str = features_item_data
                features.append(features_item)

        included_in_rent: list[str] | Unset = UNSET
        if not isinstance(self.included_in_rent, Unset):
            included_in_rent = []
            for included_in_rent_item_data in self.included_in_rent:
                included_in_rent_item: str = included_in_rent_item_data
                included_in_rent.append(included_in_rent_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if included_in_rent is not UNSET:
            field_dict["included_in_rent"] = included_in_rent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "features"
            _features = d.pop("features", UNSET)
            features: list[UpdatePropertyAmenitiesRequestFeaturesItem] | Unset = UNSET
            if _features is not UNSET:
                features = []
                for features_item_data in _features:
                    features_item = check_update_property_amenities_request_features_item(features_item_data)

                    features.append(features_item)

            _field = "included_in_rent"
            _included_in_rent = d.pop("included_in_rent", UNSET)
            included_in_rent: list[UpdatePropertyAmenitiesRequestIncludedInRentItem] | Unset = UNSET
            if _included_in_rent is not UNSET:
                included_in_rent = []
                for included_in_rent_item_data in _included_in_rent:
                    included_in_rent_item = check_update_property_amenities_request_included_in_rent_item(
                        included_in_rent_item_data
                    )

                    included_in_rent.append(included_in_rent_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdatePropertyAmenitiesRequest", _field) from _failure
        _instance = cls(
            features=features,
            included_in_rent=included_in_rent,
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
