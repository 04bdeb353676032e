from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor_enum import IntegrationVendorEnum, check_integration_vendor_enum
from ..models.max_request_cadence import MaxRequestCadence, check_max_request_cadence
from ..models.sync_cadence import SyncCadence, check_sync_cadence
from ..models.system import System, check_system
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_meta_data_item import ConfigurationMetaDataItem
    from ..models.integration_interfaces_item import IntegrationInterfacesItem
    from ..models.integration_models import IntegrationModels


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
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
        last_completed_back_sync (None | str):
        last_completed_sync (None | str):
        last_data_access_check (None | str):
        max_job_concurrency (int):
        max_request_cadence (MaxRequestCadence): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'.
        max_request_frequency (int):
        models (IntegrationModels):
        name (str):
        new_properties_are_enabled (bool):
        system (System): One of 'PRODUCTION', 'SANDBOX'.
        updated_at (str):
        vendor (IntegrationVendorEnum): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'FUNNEL', 'KNOCK', 'MRI',
            'PROPERTYWARE', 'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'SAMPLE3', 'RENTMANAGER', 'RENTVINE', 'RESMAN',
            'SAMPLE1'.
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
    last_completed_back_sync: None | str
    last_completed_sync: None | str
    last_data_access_check: None | str
    max_job_concurrency: int
    max_request_cadence: MaxRequestCadence
    max_request_frequency: int
    models: IntegrationModels
    name: str
    new_properties_are_enabled: bool
    system: System
    updated_at: str
    vendor: IntegrationVendorEnum
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
        from ..models.integration_interfaces_item import IntegrationInterfacesItem  # noqa: PLC0415
        from ..models.integration_models import IntegrationModels  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(pop_required(d, "active", "Integration"), "bool")

            _field = "base_url"

            def _parse_base_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            base_url = _parse_base_url(pop_required(d, "base_url", "Integration"))

            _field = "can_authenticate"
            can_authenticate = conform(pop_required(d, "can_authenticate", "Integration"), "bool")

            _field = "configuration_meta_data"
            configuration_meta_data = []
            _configuration_meta_data = pop_required(d, "configuration_meta_data", "Integration")
            for configuration_meta_data_item_data in _configuration_meta_data:
                configuration_meta_data_item = ConfigurationMetaDataItem.from_dict(configuration_meta_data_item_data)

                configuration_meta_data.append(configuration_meta_data_item)

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Integration"), "str")

            _field = "id"
            id = conform(pop_required(d, "id", "Integration"), "str")

            _field = "integration_interfaces"
            integration_interfaces = []
            _integration_interfaces = pop_required(d, "integration_interfaces", "Integration")
            for integration_interfaces_item_data in _integration_interfaces:
                integration_interfaces_item = IntegrationInterfacesItem.from_dict(integration_interfaces_item_data)

                integration_interfaces.append(integration_interfaces_item)

            _field = "is_archived"
            is_archived = conform(pop_required(d, "is_archived", "Integration"), "bool")

            _field = "last_completed_back_sync"

            def _parse_last_completed_back_sync(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_completed_back_sync = _parse_last_completed_back_sync(
                pop_required(d, "last_completed_back_sync", "Integration")
            )

            _field = "last_completed_sync"

            def _parse_last_completed_sync(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_completed_sync = _parse_last_completed_sync(pop_required(d, "last_completed_sync", "Integration"))

            _field = "last_data_access_check"

            def _parse_last_data_access_check(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_data_access_check = _parse_last_data_access_check(
                pop_required(d, "last_data_access_check", "Integration")
            )

            _field = "max_job_concurrency"
            max_job_concurrency = conform(pop_required(d, "max_job_concurrency", "Integration"), "int")

            _field = "max_request_cadence"
            max_request_cadence = check_max_request_cadence(pop_required(d, "max_request_cadence", "Integration"))

            _field = "max_request_frequency"
            max_request_frequency = conform(pop_required(d, "max_request_frequency", "Integration"), "int")

            _field = "models"
            models = IntegrationModels.from_dict(pop_required(d, "models", "Integration"))

            _field = "name"
            name = conform(pop_required(d, "name", "Integration"), "str")

            _field = "new_properties_are_enabled"
            new_properties_are_enabled = conform(pop_required(d, "new_properties_are_enabled", "Integration"), "bool")

            _field = "system"
            system = check_system(pop_required(d, "system", "Integration"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Integration"), "str")

            _field = "vendor"
            vendor = check_integration_vendor_enum(pop_required(d, "vendor", "Integration"))

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
            raise field_error(_failure, "Integration", _field) from _failure
        _instance = cls(
            active=active,
            base_url=base_url,
            can_authenticate=can_authenticate,
            configuration_meta_data=configuration_meta_data,
            created_at=created_at,
            id=id,
            integration_interfaces=integration_interfaces,
            is_archived=is_archived,
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
