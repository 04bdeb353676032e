from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.get_integration_response_results_type_0_vendor import (
    GetIntegrationResponseResultsType0Vendor,
    check_get_integration_response_results_type_0_vendor,
)
from ..models.max_request_cadence import MaxRequestCadence, check_max_request_cadence
from ..models.sync_cadence import SyncCadence, check_sync_cadence
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_meta_data_item import ConfigurationMetaDataItem
    from ..models.get_integration_response_results_type_0_models import GetIntegrationResponseResultsType0Models
    from ..models.integration_interfaces_item import IntegrationInterfacesItem


T = TypeVar("T", bound="GetIntegrationResponseResultsType0")


@_attrs_define
class GetIntegrationResponseResultsType0:
    """
    Attributes:
        active (bool):
        base_url (None | str): Deprecated.
        can_authenticate (bool):
        configuration_meta_data (list[ConfigurationMetaDataItem]):
        created_at (str):
        id (str):
        integration_interfaces (list[IntegrationInterfacesItem]):
        is_archived (bool):
        is_running_data_access_check (bool):
        is_running_sync (bool):
        last_completed_back_sync (None | str):
        last_completed_sync (None | str):
        last_data_access_check (None | str):
        max_job_concurrency (int):
        max_request_cadence (MaxRequestCadence): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        max_request_frequency (int):
        models (GetIntegrationResponseResultsType0Models):
        name (str):
        new_properties_are_enabled (bool):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        vendor (GetIntegrationResponseResultsType0Vendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'FUNNEL', 'KNOCK',
            'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'SAMPLE3', 'RENTMANAGER', 'RENTVINE',
            'RESMAN', 'SAMPLE1'.
        allow_manual_syncs (bool | Unset): Deprecated. Default: True.
        sync_cadence (SyncCadence | Unset): Deprecated. One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        sync_frequency (int | None | Unset): Deprecated.
    """

    active: bool
    base_url: None | str
    can_authenticate: bool
    configuration_meta_data: list[ConfigurationMetaDataItem]
    created_at: str
    id: str
    integration_interfaces: list[IntegrationInterfacesItem]
    is_archived: bool
    is_running_data_access_check: bool
    is_running_sync: bool
    last_completed_back_sync: None | str
    last_completed_sync: None | str
    last_data_access_check: None | str
    max_job_concurrency: int
    max_request_cadence: MaxRequestCadence
    max_request_frequency: int
    models: GetIntegrationResponseResultsType0Models
    name: str
    new_properties_are_enabled: bool
    system: System
    updated_at: str
    vendor: GetIntegrationResponseResultsType0Vendor
    allow_manual_syncs: bool | Unset = True
    sync_cadence: SyncCadence | Unset = UNSET
    sync_frequency: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        base_url: None | str
        base_url = self.base_url

        can_authenticate = self.can_authenticate

        configuration_meta_data = []
        for configuration_meta_data_item_data in self.configuration_meta_data:
            configuration_meta_data_item = configuration_meta_data_item_data.to_dict()
            configuration_meta_data.append(configuration_meta_data_item)

        created_at = self.created_at

        id = self.id

        integration_interfaces = []
        for integration_interfaces_item_data in self.integration_interfaces:
            integration_interfaces_item = integration_interfaces_item_data.to_dict()
            integration_interfaces.append(integration_interfaces_item)

        is_archived = self.is_archived

        is_running_data_access_check = self.is_running_data_access_check

        is_running_sync = self.is_running_sync

        last_completed_back_sync: None | str
        last_completed_back_sync = self.last_completed_back_sync

        last_completed_sync: None | str
        last_completed_sync = self.last_completed_sync

        last_data_access_check: None | str
        last_data_access_check = self.last_data_access_check

        max_job_concurrency = self.max_job_concurrency

        max_request_cadence: str = self.max_request_cadence

        max_request_frequency = self.max_request_frequency

        models = self.models.to_dict()

        name = self.name

        new_properties_are_enabled = self.new_properties_are_enabled

        system: str = self.system

        updated_at = self.updated_at

        vendor: str = self.vendor

        allow_manual_syncs = self.allow_manual_syncs

        sync_cadence: str | Unset = UNSET
        if not isinstance(self.sync_cadence, Unset):
            sync_cadence = self.sync_cadence

        sync_frequency: int | None | Unset
        if isinstance(self.sync_frequency, Unset):
            sync_frequency = UNSET
        else:
            sync_frequency = self.sync_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "base_url": base_url,
                "can_authenticate": can_authenticate,
                "configuration_meta_data": configuration_meta_data,
                "created_at": created_at,
                "id": id,
                "integration_interfaces": integration_interfaces,
                "is_archived": is_archived,
                "is_running_data_access_check": is_running_data_access_check,
                "is_running_sync": is_running_sync,
                "last_completed_back_sync": last_completed_back_sync,
                "last_completed_sync": last_completed_sync,
                "last_data_access_check": last_data_access_check,
                "max_job_concurrency": max_job_concurrency,
                "max_request_cadence": max_request_cadence,
                "max_request_frequency": max_request_frequency,
                "models": models,
                "name": name,
                "new_properties_are_enabled": new_properties_are_enabled,
                "system": system,
                "updated_at": updated_at,
                "vendor": vendor,
            }
        )
        if allow_manual_syncs is not UNSET:
            field_dict["allow_manual_syncs"] = allow_manual_syncs
        if sync_cadence is not UNSET:
            field_dict["sync_cadence"] = sync_cadence
        if sync_frequency is not UNSET:
            field_dict["sync_frequency"] = sync_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_meta_data_item import ConfigurationMetaDataItem  # noqa: PLC0415
        from ..models.get_integration_response_results_type_0_models import GetIntegrationResponseResultsType0Models  # noqa: PLC0415
        from ..models.integration_interfaces_item import IntegrationInterfacesItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "GetIntegrationResponseResultsType0"), "bool")

            _field = "base_url"

            def _parse_base_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            base_url = _parse_base_url(pop_required(d, "base_url", "GetIntegrationResponseResultsType0"))

            _field = "can_authenticate"
            can_authenticate = conform(
                pop_required(d, "can_authenticate", "GetIntegrationResponseResultsType0"), "bool"
            )

            _field = "configuration_meta_data"
            configuration_meta_data = []
            _configuration_meta_data = pop_required(d, "configuration_meta_data", "GetIntegrationResponseResultsType0")
            for configuration_meta_data_item_data in _configuration_meta_data:
                configuration_meta_data_item = ConfigurationMetaDataItem.from_dict(configuration_meta_data_item_data)

                configuration_meta_data.append(configuration_meta_data_item)

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "GetIntegrationResponseResultsType0"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "GetIntegrationResponseResultsType0"), "str")

            _field = "integration_interfaces"
            integration_interfaces = []
            _integration_interfaces = pop_required(d, "integration_interfaces", "GetIntegrationResponseResultsType0")
            for integration_interfaces_item_data in _integration_interfaces:
                integration_interfaces_item = IntegrationInterfacesItem.from_dict(integration_interfaces_item_data)

                integration_interfaces.append(integration_interfaces_item)

            _field = "is_archived"
            is_archived = conform(pop_required(d, "is_archived", "GetIntegrationResponseResultsType0"), "bool")

            _field = "is_running_data_access_check"
            is_running_data_access_check = conform(
                pop_required(d, "is_running_data_access_check", "GetIntegrationResponseResultsType0"), "bool"
            )

            _field = "is_running_sync"
            is_running_sync = conform(pop_required(d, "is_running_sync", "GetIntegrationResponseResultsType0"), "bool")

            _field = "last_completed_back_sync"

            def _parse_last_completed_back_sync(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_completed_back_sync = _parse_last_completed_back_sync(
                pop_required(d, "last_completed_back_sync", "GetIntegrationResponseResultsType0")
            )

            _field = "last_completed_sync"

            def _parse_last_completed_sync(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_completed_sync = _parse_last_completed_sync(
                pop_required(d, "last_completed_sync", "GetIntegrationResponseResultsType0")
            )

            _field = "last_data_access_check"

            def _parse_last_data_access_check(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_data_access_check = _parse_last_data_access_check(
                pop_required(d, "last_data_access_check", "GetIntegrationResponseResultsType0")
            )

            _field = "max_job_concurrency"
            max_job_concurrency = conform(
                pop_required(d, "max_job_concurrency", "GetIntegrationResponseResultsType0"), "int"
            )

            _field = "max_request_cadence"
            max_request_cadence = check_max_request_cadence(
                pop_required(d, "max_request_cadence", "GetIntegrationResponseResultsType0")
            )

            _field = "max_request_frequency"
            max_request_frequency = conform(
                pop_required(d, "max_request_frequency", "GetIntegrationResponseResultsType0"), "int"
            )

            _field = "models"
            models = GetIntegrationResponseResultsType0Models.from_dict(
                pop_required(d, "models", "GetIntegrationResponseResultsType0")
            )

            _field = "name"
            name = conform(pop_required(d, "name", "GetIntegrationResponseResultsType0"), "str")

            _field = "new_properties_are_enabled"
            new_properties_are_enabled = conform(
                pop_required(d, "new_properties_are_enabled", "GetIntegrationResponseResultsType0"), "bool"
            )

            _field = "system"
            system = check_system(pop_required(d, "system", "GetIntegrationResponseResultsType0"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "GetIntegrationResponseResultsType0"), "str")

            _field = "vendor"
            vendor = check_get_integration_response_results_type_0_vendor(
                pop_required(d, "vendor", "GetIntegrationResponseResultsType0")
            )

            _field = "allow_manual_syncs"
            allow_manual_syncs = conform(d.pop("allow_manual_syncs", UNSET), "bool")

            _field = "sync_cadence"
            _sync_cadence = d.pop("sync_cadence", UNSET)
            sync_cadence: SyncCadence | Unset
            if isinstance(_sync_cadence, Unset):
                sync_cadence = UNSET
            else:
                sync_cadence = check_sync_cadence(_sync_cadence)

            _field = "sync_frequency"

            def _parse_sync_frequency(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, conform(data, "int"))

            sync_frequency = _parse_sync_frequency(d.pop("sync_frequency", UNSET))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetIntegrationResponseResultsType0", _field) from _failure
        _instance = cls(
            active=active,
            base_url=base_url,
            can_authenticate=can_authenticate,
            configuration_meta_data=configuration_meta_data,
            created_at=created_at,
            id=id,
            integration_interfaces=integration_interfaces,
            is_archived=is_archived,
            is_running_data_access_check=is_running_data_access_check,
            is_running_sync=is_running_sync,
            last_completed_back_sync=last_completed_back_sync,
            last_completed_sync=last_completed_sync,
            last_data_access_check=last_data_access_check,
            max_job_concurrency=max_job_concurrency,
            max_request_cadence=max_request_cadence,
            max_request_frequency=max_request_frequency,
            models=models,
            name=name,
            new_properties_are_enabled=new_properties_are_enabled,
            system=system,
            updated_at=updated_at,
            vendor=vendor,
            allow_manual_syncs=allow_manual_syncs,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
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
