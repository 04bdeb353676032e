from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.list_leases_request_status_normalized import (
    ListLeasesRequestStatusNormalized,
    check_list_leases_request_status_normalized,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLeasesRequest")


@_attrs_define
class ListLeasesRequest:
    """
    Attributes:
        after_move_in_date (None | str | Unset):
        after_move_out_date (None | str | Unset):
        before_move_in_date (None | str | Unset):
        before_move_out_date (None | str | Unset):
        integration_id (str | Unset):
        integration_vendor (IntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        location_id (str | Unset):
        offset (int | None | Unset): At least 0. Default: 0.
        only_null_move_outs (bool | str | Unset):
        order_by (str | Unset):  Default: 'created_at:desc'.
        property_id (str | Unset):
        resident_id (str | Unset):
        status_normalized (ListLeasesRequestStatusNormalized | Unset): One of 'ACTIVE', 'INACTIVE', 'OTHER', 'PENDING',
            'EVICTED'.
        status_raw (str | Unset):
        unit_id (str | Unset):
        unit_number (str | Unset):
        x_id (str | Unset):
        x_property_id (str | Unset): Deprecated.
        x_unit_id (str | Unset): Deprecated.
    """

    after_move_in_date: None | str | Unset = UNSET
    after_move_out_date: None | str | Unset = UNSET
    before_move_in_date: None | str | Unset = UNSET
    before_move_out_date: None | str | Unset = UNSET
    integration_id: str | Unset = UNSET
    integration_vendor: IntegrationVendor | Unset = UNSET
    limit: int | None | Unset = 100
    location_id: str | Unset = UNSET
    offset: int | None | Unset = 0
    only_null_move_outs: bool | str | Unset = UNSET
    order_by: str | Unset = "created_at:desc"
    property_id: str | Unset = UNSET
    resident_id: str | Unset = UNSET
    status_normalized: ListLeasesRequestStatusNormalized | Unset = UNSET
    status_raw: str | Unset = UNSET
    unit_id: str | Unset = UNSET
    unit_number: str | Unset = UNSET
    x_id: str | Unset = UNSET
    x_property_id: str | Unset = UNSET
    x_unit_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after_move_in_date: None | str | Unset
        if isinstance(self.after_move_in_date, Unset):
            after_move_in_date = UNSET
        else:
            after_move_in_date = self.after_move_in_date

        after_move_out_date: None | str | Unset
        if isinstance(self.after_move_out_date, Unset):
            after_move_out_date = UNSET
        else:
            after_move_out_date = self.after_move_out_date

        before_move_in_date: None | str | Unset
        if isinstance(self.before_move_in_date, Unset):
            before_move_in_date = UNSET
        else:
            before_move_in_date = self.before_move_in_date

        before_move_out_date: None | str | Unset
        if isinstance(self.before_move_out_date, Unset):
            before_move_out_date = UNSET
        else:
            before_move_out_date = self.before_move_out_date

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

        only_null_move_outs: bool | str | Unset
        if isinstance(self.only_null_move_outs, Unset):
            only_null_move_outs = UNSET
        else:
            only_null_move_outs = self.only_null_move_outs

        order_by = self.order_by

        property_id = self.property_id

        resident_id = self.resident_id

        status_normalized: str | Unset = UNSET
        if not isinstance(self.status_normalized, Unset):
            status_normalized = self.status_normalized

        status_raw = self.status_raw

        unit_id = self.unit_id

        unit_number = self.unit_number

        x_id = self.x_id

        x_property_id = self.x_property_id

        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if after_move_in_date is not UNSET:
            field_dict["after_move_in_date"] = after_move_in_date
        if after_move_out_date is not UNSET:
            field_dict["after_move_out_date"] = after_move_out_date
        if before_move_in_date is not UNSET:
            field_dict["before_move_in_date"] = before_move_in_date
        if before_move_out_date is not UNSET:
            field_dict["before_move_out_date"] = before_move_out_date
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
        if only_null_move_outs is not UNSET:
            field_dict["only_null_move_outs"] = only_null_move_outs
        if order_by is not UNSET:
            field_dict["order-by"] = order_by
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if status_normalized is not UNSET:
            field_dict["status_normalized"] = status_normalized
        if status_raw is not UNSET:
            field_dict["status_raw"] = status_raw
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_number is not UNSET:
            field_dict["unit_number"] = unit_number
        if x_id is not UNSET:
            field_dict["x_id"] = x_id
        if x_property_id is not UNSET:
            field_dict["x_property_id"] = x_property_id
        if x_unit_id is not UNSET:
            field_dict["x_unit_id"] = x_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "after_move_in_date"

            def _parse_after_move_in_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            after_move_in_date = _parse_after_move_in_date(d.pop("after_move_in_date", UNSET))

            _field = "after_move_out_date"

            def _parse_after_move_out_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            after_move_out_date = _parse_after_move_out_date(d.pop("after_move_out_date", UNSET))

            _field = "before_move_in_date"

            def _parse_before_move_in_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            before_move_in_date = _parse_before_move_in_date(d.pop("before_move_in_date", UNSET))

            _field = "before_move_out_date"

            def _parse_before_move_out_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            before_move_out_date = _parse_before_move_out_date(d.pop("before_move_out_date", UNSET))

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

            _field = "only_null_move_outs"

            def _parse_only_null_move_outs(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, conform(data, "bool", "str"))

            only_null_move_outs = _parse_only_null_move_outs(d.pop("only_null_move_outs", UNSET))

            _field = "order-by"
            order_by = conform(d.pop("order-by", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "status_normalized"
            _status_normalized = d.pop("status_normalized", UNSET)
            status_normalized: ListLeasesRequestStatusNormalized | Unset
            if isinstance(_status_normalized, Unset):
                status_normalized = UNSET
            else:
                status_normalized = check_list_leases_request_status_normalized(_status_normalized)

            _field = "status_raw"
            status_raw = conform(d.pop("status_raw", UNSET), "str")

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "unit_number"
            unit_number = conform(d.pop("unit_number", UNSET), "str")

            _field = "x_id"
            x_id = conform(d.pop("x_id", UNSET), "str")

            _field = "x_property_id"
            x_property_id = conform(d.pop("x_property_id", UNSET), "str")

            _field = "x_unit_id"
            x_unit_id = conform(d.pop("x_unit_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListLeasesRequest", _field) from _failure
        _instance = cls(
            after_move_in_date=after_move_in_date,
            after_move_out_date=after_move_out_date,
            before_move_in_date=before_move_in_date,
            before_move_out_date=before_move_out_date,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            limit=limit,
            location_id=location_id,
            offset=offset,
            only_null_move_outs=only_null_move_outs,
            order_by=order_by,
            property_id=property_id,
            resident_id=resident_id,
            status_normalized=status_normalized,
            status_raw=status_raw,
            unit_id=unit_id,
            unit_number=unit_number,
            x_id=x_id,
            x_property_id=x_property_id,
            x_unit_id=x_unit_id,
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
