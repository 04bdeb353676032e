from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="JobLogByJob")


@_attrs_define
class JobLogByJob:
    """
    Attributes:
        associated_property_id (None | str):
        created_at (str):
        id (str):
        integration_id (str):
        job_id (None | str):
        job_schedule_id (None | str):
        job_type (str):
        parent_job_id (None | str):
        root_job_id (str):
        status (str):
    """

    associated_property_id: None | str
    created_at: str
    id: str
    integration_id: str
    job_id: None | str
    job_schedule_id: None | str
    job_type: str
    parent_job_id: None | str
    root_job_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_property_id: None | str
        associated_property_id = self.associated_property_id

        created_at = self.created_at

        id = self.id

        integration_id = self.integration_id

        job_id: None | str
        job_id = self.job_id

        job_schedule_id: None | str
        job_schedule_id = self.job_schedule_id

        job_type = self.job_type

        parent_job_id: None | str
        parent_job_id = self.parent_job_id

        root_job_id = self.root_job_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "associated_property_id": associated_property_id,
                "created_at": created_at,
                "id": id,
                "integration_id": integration_id,
                "job_id": job_id,
                "job_schedule_id": job_schedule_id,
                "job_type": job_type,
                "parent_job_id": parent_job_id,
                "root_job_id": root_job_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "associated_property_id"

            def _parse_associated_property_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            associated_property_id = _parse_associated_property_id(
                pop_required(d, "associated_property_id", "JobLogByJob")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "JobLogByJob"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "JobLogByJob"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "JobLogByJob"), "str")

            _field = "job_id"

            def _parse_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            job_id = _parse_job_id(pop_required(d, "job_id", "JobLogByJob"))

            _field = "job_schedule_id"

            def _parse_job_schedule_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            job_schedule_id = _parse_job_schedule_id(pop_required(d, "job_schedule_id", "JobLogByJob"))

            _field = "job_type"
            job_type = conform(pop_required(d, "job_type", "JobLogByJob"), "str")

            _field = "parent_job_id"

            def _parse_parent_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            parent_job_id = _parse_parent_job_id(pop_required(d, "parent_job_id", "JobLogByJob"))

            _field = "root_job_id"
            root_job_id = conform(pop_required(d, "root_job_id", "JobLogByJob"), "str")

            _field = "status"
            status = conform(pop_required(d, "status", "JobLogByJob"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "JobLogByJob", _field) from _failure
        _instance = cls(
            associated_property_id=associated_property_id,
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            job_id=job_id,
            job_schedule_id=job_schedule_id,
            job_type=job_type,
            parent_job_id=parent_job_id,
            root_job_id=root_job_id,
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
