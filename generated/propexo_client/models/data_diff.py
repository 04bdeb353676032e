from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.data_diff_event_type import DataDiffEventType, check_data_diff_event_type
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.data_diff_data_diff import DataDiffDataDiff


T = TypeVar("T", bound="DataDiff")


@_attrs_define
class DataDiff:
    """
    Attributes:
        created_at (str):
        data_diff (DataDiffDataDiff):
        event_type (DataDiffEventType): One of 'NEW', 'UPDATE'.
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        job_id (None | str):
        model (str):
        model_record_id (str):
    """

    created_at: str
    data_diff: DataDiffDataDiff
    event_type: DataDiffEventType
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    job_id: None | str
    model: str
    model_record_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        data_diff = self.data_diff.to_dict()

        event_type: str = self.event_type

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        job_id: None | str
        job_id = self.job_id

        model = self.model

        model_record_id = self.model_record_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "data_diff": data_diff,
                "event_type": event_type,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "job_id": job_id,
                "model": model,
                "model_record_id": model_record_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_diff_data_diff import DataDiffDataDiff  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "DataDiff"), "str")

            _field = "data_diff"
            data_diff = DataDiffDataDiff.from_dict(pop_required(d, "data_diff", "DataDiff"))

            _field = "event_type"
            event_type = check_data_diff_event_type(pop_required(d, "event_type", "DataDiff"))

            _field = "id"
            id = conform(pop_required(d, "id", "DataDiff"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "DataDiff"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "DataDiff"))

            _field = "job_id"

            def _parse_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            job_id = _parse_job_id(pop_required(d, "job_id", "DataDiff"))

            _field = "model"
            model = conform(pop_required(d, "model", "DataDiff"), "str")

            _field = "model_record_id"
            model_record_id = conform(pop_required(d, "model_record_id", "DataDiff"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "DataDiff", _field) from _failure
        _instance = cls(
            created_at=created_at,
            data_diff=data_diff,
            event_type=event_type,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            job_id=job_id,
            model=model,
            model_record_id=model_record_id,
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
