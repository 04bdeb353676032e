from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.get_integration_job_schedule_response_results_status import (
    GetIntegrationJobScheduleResponseResultsStatus,
    check_get_integration_job_schedule_response_results_status,
)
from ..models.sync_cadence import SyncCadence, check_sync_cadence

if TYPE_CHECKING:
    from ..models.get_integration_job_schedule_response_results_parameters import (
        GetIntegrationJobScheduleResponseResultsParameters,
    )


T = TypeVar("T", bound="GetIntegrationJobScheduleResponseResults")


@_attrs_define
class GetIntegrationJobScheduleResponseResults:
    """
    Attributes:
        created_at (str):
        id (str):
        integration_id (str):
        job_type (str):
        last_run (None | str):
        parameters (GetIntegrationJobScheduleResponseResultsParameters):
        status (GetIntegrationJobScheduleResponseResultsStatus): One of 'ACTIVE', 'INACTIVE'.
        sync_cadence (SyncCadence): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        sync_frequency (int):
        updated_at (str):
    """

    created_at: str
    id: str
    integration_id: str
    job_type: str
    last_run: None | str
    parameters: GetIntegrationJobScheduleResponseResultsParameters
    status: GetIntegrationJobScheduleResponseResultsStatus
    sync_cadence: SyncCadence
    sync_frequency: int
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        integration_id = self.integration_id

        job_type = self.job_type

        last_run: None | str
        last_run = self.last_run

        parameters = self.parameters.to_dict()

        status: str = self.status

        sync_cadence: str = self.sync_cadence

        sync_frequency = self.sync_frequency

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "integration_id": integration_id,
                "job_type": job_type,
                "last_run": last_run,
                "parameters": parameters,
                "status": status,
                "sync_cadence": sync_cadence,
                "sync_frequency": sync_frequency,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_integration_job_schedule_response_results_parameters import (
            GetIntegrationJobScheduleResponseResultsParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "GetIntegrationJobScheduleResponseResults"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "GetIntegrationJobScheduleResponseResults"), "str")

            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "GetIntegrationJobScheduleResponseResults"), "str"
            )

            _field = "job_type"
            job_type = conform(pop_required(d, "job_type", "GetIntegrationJobScheduleResponseResults"), "str")

            _field = "last_run"

            def _parse_last_run(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_run = _parse_last_run(pop_required(d, "last_run", "GetIntegrationJobScheduleResponseResults"))

            _field = "parameters"
            parameters = GetIntegrationJobScheduleResponseResultsParameters.from_dict(
                pop_required(d, "parameters", "GetIntegrationJobScheduleResponseResults")
            )

            _field = "status"
            status = check_get_integration_job_schedule_response_results_status(
                pop_required(d, "status", "GetIntegrationJobScheduleResponseResults")
            )

            _field = "sync_cadence"
            sync_cadence = check_sync_cadence(
                pop_required(d, "sync_cadence", "GetIntegrationJobScheduleResponseResults")
            )

            _field = "sync_frequency"
            sync_frequency = conform(
                pop_required(d, "sync_frequency", "GetIntegrationJobScheduleResponseResults"), "int"
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "GetIntegrationJobScheduleResponseResults"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetIntegrationJobScheduleResponseResults", _field) from _failure
        _instance = cls(
            created_at=created_at,
            id=id,
            integration_id=integration_id,
            job_type=job_type,
            last_run=last_run,
            parameters=parameters,
            status=status,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
            updated_at=updated_at,
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
