from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAccountingEntitiesRequest")


@_attrs_define
class ListAccountingEntitiesRequest:
    """
    Attributes:
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
    """

    integration_id: str | Unset = UNSET
    integration_vendor: IntegrationVendor | Unset = UNSET
    limit: int | None | Unset = 100
    location_id: str | Unset = UNSET
    offset: int | None | Unset = 0
    order_by: str | Unset = "created_at:desc"
    property_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        integration_vendor: str | Unset = UNSET
        if not isinstance(self.integration_vendor, Unset):
            integration_vendor = self.integration_vendor

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        location_id = self.location_id

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        order_by = self.order_by

        property_id = self.property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if integration_vendor is not UNSET:
            field_dict["integration_vendor"] = integration_vendor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order-by"] = order_by
        if property_id is not UNSET:
            field_dict["property_id"] = property_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "integration_vendor"
            _integration_vendor = d.pop("integration_vendor", UNSET)
            integration_vendor: IntegrationVendor | Unset
            if isinstance(_integration_vendor, Unset):
                integration_vendor = UNSET
            else:
                integration_vendor = check_integration_vendor(_integration_vendor)

            _field = "limit"

            def _parse_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, conform(data, "int"))

            limit = _parse_limit(d.pop("limit", UNSET))

            _field = "location_id"
            location_id = conform(d.pop("location_id", UNSET), "str")

            _field = "offset"

            def _parse_offset(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, conform(data, "int"))

            offset = _parse_offset(d.pop("offset", UNSET))

            _field = "order-by"
            order_by = conform(d.pop("order-by", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListAccountingEntitiesRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            limit=limit,
            location_id=location_id,
            offset=offset,
            order_by=order_by,
            property_id=property_id,
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
