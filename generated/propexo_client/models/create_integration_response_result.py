from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_integration_response_result_vendor import (
    CreateIntegrationResponseResultVendor,
    check_create_integration_response_result_vendor,
)
from ..models.max_request_cadence import MaxRequestCadence, check_max_request_cadence
from ..models.sync_cadence import SyncCadence, check_sync_cadence
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_integration_response_result_ping_results import CreateIntegrationResponseResultPingResults
    from ..models.custom_sync_schedule import CustomSyncSchedule


T = TypeVar("T", bound="CreateIntegrationResponseResult")


@_attrs_define
class CreateIntegrationResponseResult:
    """
    Attributes:
        active (bool):
        base_url (None | str): Deprecated.
        created_at (str):
        customer_id (str):
        id (str):
        is_archived (bool):
        name (None | str):
        new_properties_are_enabled (bool):
        ping_results (CreateIntegrationResponseResultPingResults):
        sync_cadence (SyncCadence): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        sync_frequency (int):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        use_custom_sync_schedule (bool):
        vendor (CreateIntegrationResponseResultVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'FUNNEL', 'KNOCK',
            'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'SAMPLE3', 'RENTMANAGER', 'RENTVINE',
            'RESMAN', 'SAMPLE1'.
        allow_manual_syncs (bool | Unset): Deprecated. Default: True.
        custom_sync_schedule (CustomSyncSchedule | Unset):
        max_job_concurrency (int | Unset): At least 1. Default: 1.
        max_request_cadence (MaxRequestCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
            Default: 'SECOND'.
        max_request_frequency (float | Unset): At least 1. Default: 1.0.
    """

    active: bool
    base_url: None | str
    created_at: str
    customer_id: str
    id: str
    is_archived: bool
    name: None | str
    new_properties_are_enabled: bool
    ping_results: CreateIntegrationResponseResultPingResults
    sync_cadence: SyncCadence
    sync_frequency: int
    system: System
    updated_at: str
    use_custom_sync_schedule: bool
    vendor: CreateIntegrationResponseResultVendor
    allow_manual_syncs: bool | Unset = True
    custom_sync_schedule: CustomSyncSchedule | Unset = UNSET
    max_job_concurrency: int | Unset = 1
    max_request_cadence: MaxRequestCadence | Unset = "SECOND"
    max_request_frequency: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        base_url: None | str
        base_url = self.base_url

        created_at = self.created_at

        customer_id = self.customer_id

        id = self.id

        is_archived = self.is_archived

        name: None | str
        name = self.name

        new_properties_are_enabled = self.new_properties_are_enabled

        ping_results = self.ping_results.to_dict()

        sync_cadence: str = self.sync_cadence

        sync_frequency = self.sync_frequency

        system: str = self.system

        updated_at = self.updated_at

        use_custom_sync_schedule = self.use_custom_sync_schedule

        vendor: str = self.vendor

        allow_manual_syncs = self.allow_manual_syncs

        custom_sync_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_sync_schedule, Unset):
            custom_sync_schedule = self.custom_sync_schedule.to_dict()

        max_job_concurrency = self.max_job_concurrency

        max_request_cadence: str | Unset = UNSET
        if not isinstance(self.max_request_cadence, Unset):
            max_request_cadence = self.max_request_cadence

        max_request_frequency = self.max_request_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "base_url": base_url,
                "created_at": created_at,
                "customer_id": customer_id,
                "id": id,
                "is_archived": is_archived,
                "name": name,
                "new_properties_are_enabled": new_properties_are_enabled,
                "ping_results": ping_results,
                "sync_cadence": sync_cadence,
                "sync_frequency": sync_frequency,
                "system": system,
                "updated_at": updated_at,
                "use_custom_sync_schedule": use_custom_sync_schedule,
                "vendor": vendor,
            }
        )
        if allow_manual_syncs is not UNSET:
            field_dict["allow_manual_syncs"] = allow_manual_syncs
        if custom_sync_schedule is not UNSET:
            field_dict["custom_sync_schedule"] = custom_sync_schedule
        if max_job_concurrency is not UNSET:
            field_dict["max_job_concurrency"] = max_job_concurrency
        if max_request_cadence is not UNSET:
            field_dict["max_request_cadence"] = max_request_cadence
        if max_request_frequency is not UNSET:
            field_dict["max_request_frequency"] = max_request_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_integration_response_result_ping_results import CreateIntegrationResponseResultPingResults  # noqa: PLC0415
        from ..models.custom_sync_schedule import CustomSyncSchedule  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "CreateIntegrationResponseResult"), "bool")

            _field = "base_url"

            def _parse_base_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            base_url = _parse_base_url(pop_required(d, "base_url", "CreateIntegrationResponseResult"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "CreateIntegrationResponseResult"), "str")

            _field = "customer_id"
            customer_id = conform(pop_required(d, "customer_id", "CreateIntegrationResponseResult"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "CreateIntegrationResponseResult"), "str")

            _field = "is_archived"
            is_archived = conform(pop_required(d, "is_archived", "CreateIntegrationResponseResult"), "bool")

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "CreateIntegrationResponseResult"))

            _field = "new_properties_are_enabled"
            new_properties_are_enabled = conform(
                pop_required(d, "new_properties_are_enabled", "CreateIntegrationResponseResult"), "bool"
            )

            _field = "ping_results"
            ping_results = CreateIntegrationResponseResultPingResults.from_dict(
                pop_required(d, "ping_results", "CreateIntegrationResponseResult")
            )

            _field = "sync_cadence"
            sync_cadence = check_sync_cadence(pop_required(d, "sync_cadence", "CreateIntegrationResponseResult"))

            _field = "sync_frequency"
            sync_frequency = conform(pop_required(d, "sync_frequency", "CreateIntegrationResponseResult"), "int")

            _field = "system"
            system = check_system(pop_required(d, "system", "CreateIntegrationResponseResult"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "CreateIntegrationResponseResult"), "str")

            _field = "use_custom_sync_schedule"
            use_custom_sync_schedule = conform(
                pop_required(d, "use_custom_sync_schedule", "CreateIntegrationResponseResult"), "bool"
            )

            _field = "vendor"
            vendor = check_create_integration_response_result_vendor(
                pop_required(d, "vendor", "CreateIntegrationResponseResult")
            )

            _field = "allow_manual_syncs"
            allow_manual_syncs = conform(d.pop("allow_manual_syncs", UNSET), "bool")

            _field = "custom_sync_schedule"
            _custom_sync_schedule = d.pop("custom_sync_schedule", UNSET)
            custom_sync_schedule: CustomSyncSchedule | Unset
            if isinstance(_custom_sync_schedule, Unset):
                custom_sync_schedule = UNSET
            else:
                custom_sync_schedule = CustomSyncSchedule.from_dict(_custom_sync_schedule)

            _field = "max_job_concurrency"
            max_job_concurrency = conform(d.pop("max_job_concurrency", UNSET), "int")

            _field = "max_request_cadence"
            _max_request_cadence = d.pop("max_request_cadence", UNSET)
            max_request_cadence: MaxRequestCadence | Unset
            if isinstance(_max_request_cadence, Unset):
                max_request_cadence = UNSET
            else:
                max_request_cadence = check_max_request_cadence(_max_request_cadence)

            _field = "max_request_frequency"
            max_request_frequency = conform(d.pop("max_request_frequency", UNSET), "float")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateIntegrationResponseResult", _field) from _failure
        _instance = cls(
            active=active,
            base_url=base_url,
            created_at=created_at,
            customer_id=customer_id,
            id=id,
            is_archived=is_archived,
            name=name,
            new_properties_are_enabled=new_properties_are_enabled,
            ping_results=ping_results,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
            system=system,
            updated_at=updated_at,
            use_custom_sync_schedule=use_custom_sync_schedule,
            vendor=vendor,
            allow_manual_syncs=allow_manual_syncs,
            custom_sync_schedule=custom_sync_schedule,
            max_job_concurrency=max_job_concurrency,
            max_request_cadence=max_request_cadence,
            max_request_frequency=max_request_frequency,
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
