from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.list_write_logs_request_status import ListWriteLogsRequestStatus, check_list_write_logs_request_status
from ..models.list_write_logs_request_time_range import (
    ListWriteLogsRequestTimeRange,
    check_list_write_logs_request_time_range,
)
from ..models.list_write_logs_request_write_category import (
    ListWriteLogsRequestWriteCategory,
    check_list_write_logs_request_write_category,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWriteLogsRequest")


@_attrs_define
class ListWriteLogsRequest:
    """
    Attributes:
        integration_id (str | Unset):
        limit (int | Unset): At least 1. At most 100. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        status (ListWriteLogsRequestStatus | Unset): One of 'SUCCESS', 'FAILURE'.
        time_range (ListWriteLogsRequestTimeRange | Unset): One of 'hour', 'month', 'week', 'day'.
        write_category (ListWriteLogsRequestWriteCategory | Unset): One of 'amenities', 'applicants', 'applications',
            'contracts', 'crm_listings', 'deposit_summaries', 'event_types', 'events', 'file_types', 'file_upload',
            'invoices', 'leads', 'leases', 'listings', 'properties', 'purchase_orders', 'recurring_resident_charges',
            'resident_charges', 'resident_payments', 'resident_pets', 'residents', 'service_request_vendors',
            'service_requests', 'transactions', 'units'.
    """

    integration_id: str | Unset = UNSET
    limit: int | Unset = 100
    offset: int | None | Unset = 0
    status: ListWriteLogsRequestStatus | Unset = UNSET
    time_range: ListWriteLogsRequestTimeRange | Unset = UNSET
    write_category: ListWriteLogsRequestWriteCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        time_range: str | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range

        write_category: str | Unset = UNSET
        if not isinstance(self.write_category, Unset):
            write_category = self.write_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status is not UNSET:
            field_dict["status"] = status
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if write_category is not UNSET:
            field_dict["write_category"] = write_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "limit"
            limit = conform(d.pop("limit", UNSET), "int")

            _field = "offset"

            def _parse_offset(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, conform(data, "int"))

            offset = _parse_offset(d.pop("offset", UNSET))

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ListWriteLogsRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_list_write_logs_request_status(_status)

            _field = "time_range"
            _time_range = d.pop("time_range", UNSET)
            time_range: ListWriteLogsRequestTimeRange | Unset
            if isinstance(_time_range, Unset):
                time_range = UNSET
            else:
                time_range = check_list_write_logs_request_time_range(_time_range)

            _field = "write_category"
            _write_category = d.pop("write_category", UNSET)
            write_category: ListWriteLogsRequestWriteCategory | Unset
            if isinstance(_write_category, Unset):
                write_category = UNSET
            else:
                write_category = check_list_write_logs_request_write_category(_write_category)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListWriteLogsRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            limit=limit,
            offset=offset,
            status=status,
            time_range=time_range,
            write_category=write_category,
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
