from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_unit_amenities_request_vendor import (
    CreateUnitAmenitiesRequestVendor,
    check_create_unit_amenities_request_vendor,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_unit_amenities_request_custom_data import CreateUnitAmenitiesRequestCustomData


T = TypeVar("T", bound="CreateUnitAmenitiesRequest")


@_attrs_define
class CreateUnitAmenitiesRequest:
    """
    Attributes:
        amenity (str):
        integration_id (str):
        vendor (CreateUnitAmenitiesRequestVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'FUNNEL', 'KNOCK', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'SAMPLE3', 'RENTMANAGER', 'RENTVINE', 'RESMAN',
            'SAMPLE1'.
        custom_data (CreateUnitAmenitiesRequestCustomData | Unset): Deprecated.
    """

    amenity: str
    integration_id: str
    vendor: CreateUnitAmenitiesRequestVendor
    custom_data: CreateUnitAmenitiesRequestCustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amenity = self.amenity

        integration_id = self.integration_id

        vendor: str = self.vendor

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amenity": amenity,
                "integration_id": integration_id,
                "vendor": vendor,
            }
        )
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_unit_amenities_request_custom_data import CreateUnitAmenitiesRequestCustomData  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amenity"
            amenity = conform(pop_required(d, "amenity", "CreateUnitAmenitiesRequest"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateUnitAmenitiesRequest"), "str")

            _field = "vendor"
            vendor = check_create_unit_amenities_request_vendor(pop_required(d, "vendor", "CreateUnitAmenitiesRequest"))

            _field = "custom_data"
            _custom_data = d.pop("custom_data", UNSET)
            custom_data: CreateUnitAmenitiesRequestCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = CreateUnitAmenitiesRequestCustomData.from_dict(_custom_data)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateUnitAmenitiesRequest", _field) from _failure
        _instance = cls(
            amenity=amenity,
            integration_id=integration_id,
            vendor=vendor,
            custom_data=custom_data,
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
