from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.list_write_logs_response_results_logs_item_status import (
    ListWriteLogsResponseResultsLogsItemStatus,
    check_list_write_logs_response_results_logs_item_status,
)
from ..models.list_write_logs_response_results_logs_item_vendor import (
    ListWriteLogsResponseResultsLogsItemVendor,
    check_list_write_logs_response_results_logs_item_vendor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWriteLogsResponseResultsLogsItem")


@_attrs_define
class ListWriteLogsResponseResultsLogsItem:
    """
    Attributes:
        created_at (str):
        error (None | str):
        id (str):
        integration_id (str):
        job_id (str):
        job_log_id (str):
        job_type (str):
        name (str):
        status (ListWriteLogsResponseResultsLogsItemStatus): One of 'SUCCESS', 'FAILURE'.
        vendor (ListWriteLogsResponseResultsLogsItemVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'FUNNEL',
            'INTERNAL', 'KNOCK', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'SAMPLE3',
            'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        parameters (Any | Unset):
    """

    created_at: str
    error: None | str
    id: str
    integration_id: str
    job_id: str
    job_log_id: str
    job_type: str
    name: str
    status: ListWriteLogsResponseResultsLogsItemStatus
    vendor: ListWriteLogsResponseResultsLogsItemVendor
    parameters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        error: None | str
        error = self.error

        id = self.id

        integration_id = self.integration_id

        job_id = self.job_id

        job_log_id = self.job_log_id

        job_type = self.job_type

        name = self.name

        status: str = self.status

        vendor: str = self.vendor

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "error": error,
                "id": id,
                "integration_id": integration_id,
                "job_id": job_id,
                "job_log_id": job_log_id,
                "job_type": job_type,
                "name": name,
                "status": status,
                "vendor": vendor,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "error"

            def _parse_error(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            error = _parse_error(pop_required(d, "error", "ListWriteLogsResponseResultsLogsItem"))

            _field = "id"
            id = conform(pop_required(d, "id", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "job_id"
            job_id = conform(pop_required(d, "job_id", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "job_log_id"
            job_log_id = conform(pop_required(d, "job_log_id", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "job_type"
            job_type = conform(pop_required(d, "job_type", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "name"
            name = conform(pop_required(d, "name", "ListWriteLogsResponseResultsLogsItem"), "str")

            _field = "status"
            status = check_list_write_logs_response_results_logs_item_status(
                pop_required(d, "status", "ListWriteLogsResponseResultsLogsItem")
            )

            _field = "vendor"
            vendor = check_list_write_logs_response_results_logs_item_vendor(
                pop_required(d, "vendor", "ListWriteLogsResponseResultsLogsItem")
            )

            _field = "parameters"
            parameters = d.pop("parameters", UNSET)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListWriteLogsResponseResultsLogsItem", _field) from _failure
        _instance = cls(
            created_at=created_at,
            error=error,
            id=id,
            integration_id=integration_id,
            job_id=job_id,
            job_log_id=job_log_id,
            job_type=job_type,
            name=name,
            status=status,
            vendor=vendor,
            parameters=parameters,
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
