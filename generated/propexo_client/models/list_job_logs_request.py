from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.list_job_logs_request_status import ListJobLogsRequestStatus, check_list_job_logs_request_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListJobLogsRequest")


@_attrs_define
class ListJobLogsRequest:
    """
    Attributes:
        integration_id (str | Unset):
        job_type (str | Unset):
        limit (int | None | Unset): At least 0. At most 250. Default: 100.
        offset (int | None | Unset): At least 0. Default: 0.
        order_by (str | Unset):  Default: 'created_at:desc'.
        status (ListJobLogsRequestStatus | Unset): One of 'SUCCESS', 'FAILURE'.
    """

    integration_id: str | Unset = UNSET
    job_type: str | Unset = UNSET
    limit: int | None | Unset = 100
    offset: int | None | Unset = 0
    order_by: str | Unset = "created_at:desc"
    status: ListJobLogsRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        job_type = self.job_type

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        order_by = self.order_by

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_by is not UNSET:
            field_dict["order-by"] = order_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(d.pop("integration_id", UNSET), "str")

            _field = "job_type"
            job_type = conform(d.pop("job_type", UNSET), "str")

            _field = "limit"

            def _parse_limit(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, conform(data, "int"))

            limit = _parse_limit(d.pop("limit", UNSET))

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

            _field = "status"
            _status = d.pop("status", UNSET)
            status: ListJobLogsRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_list_job_logs_request_status(_status)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListJobLogsRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            job_type=job_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            status=status,
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
