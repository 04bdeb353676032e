from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.enum_1 import Enum1, check_enum_1
from ..models.v1_admin_integrations_post_input_max_request_cadence import (
    V1AdminIntegrationsPostInputMaxRequestCadence,
    check_v1_admin_integrations_post_input_max_request_cadence,
)
from ..models.v1_admin_integrations_post_input_sync_cadence import (
    V1AdminIntegrationsPostInputSyncCadence,
    check_v1_admin_integrations_post_input_sync_cadence,
)
from ..models.v1_admin_integrations_post_input_system import (
    V1AdminIntegrationsPostInputSystem,
    check_v1_admin_integrations_post_input_system,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_post_input_buildium import V1AdminIntegrationsPostInputBuildium
    from ..models.v1_admin_integrations_post_input_credentials_type_0 import (
        V1AdminIntegrationsPostInputCredentialsType0,
    )
    from ..models.v1_admin_integrations_post_input_custom_sync_schedule import (
        V1AdminIntegrationsPostInputCustomSyncSchedule,
    )
    from ..models.v1_admin_integrations_post_input_entrata import V1AdminIntegrationsPostInputEntrata
    from ..models.v1_admin_integrations_post_input_knock import V1AdminIntegrationsPostInputKnock
    from ..models.v1_admin_integrations_post_input_mri import V1AdminIntegrationsPostInputMRI
    from ..models.v1_admin_integrations_post_input_propertyware_rest import V1AdminIntegrationsPostInputPropertywareREST
    from ..models.v1_admin_integrations_post_input_propertyware_soap import V1AdminIntegrationsPostInputPropertywareSOAP
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange import (
        V1AdminIntegrationsPostInputRealpagePartnerExchange,
    )
    from ..models.v1_admin_integrations_post_input_realpage_registered_vendor import (
        V1AdminIntegrationsPostInputRealpageRegisteredVendor,
    )
    from ..models.v1_admin_integrations_post_input_rent_manager_production import (
        V1AdminIntegrationsPostInputRentManagerProduction,
    )
    from ..models.v1_admin_integrations_post_input_rent_manager_sandbox import (
        V1AdminIntegrationsPostInputRentManagerSandbox,
    )
    from ..models.v1_admin_integrations_post_input_rentvine import V1AdminIntegrationsPostInputRentvine
    from ..models.v1_admin_integrations_post_input_resman import V1AdminIntegrationsPostInputResman
    from ..models.v1_admin_integrations_post_input_sample_1 import V1AdminIntegrationsPostInputSample1
    from ..models.v1_admin_integrations_post_input_sample_2 import V1AdminIntegrationsPostInputSample2


T = TypeVar("T", bound="V1AdminIntegrationsPostInput")


@_attrs_define
class V1AdminIntegrationsPostInput:
    """
    Attributes:
        credentials (V1AdminIntegrationsPostInputBuildium | V1AdminIntegrationsPostInputCredentialsType0 |
            V1AdminIntegrationsPostInputEntrata | V1AdminIntegrationsPostInputKnock | V1AdminIntegrationsPostInputMRI |
            V1AdminIntegrationsPostInputPropertywareREST | V1AdminIntegrationsPostInputPropertywareSOAP |
            V1AdminIntegrationsPostInputRealpagePartnerExchange | V1AdminIntegrationsPostInputRealpageRegisteredVendor |
            V1AdminIntegrationsPostInputRentManagerProduction | V1AdminIntegrationsPostInputRentManagerSandbox |
            V1AdminIntegrationsPostInputRentvine | V1AdminIntegrationsPostInputResman | V1AdminIntegrationsPostInputSample1
            | V1AdminIntegrationsPostInputSample2):
        integration_vendor (Enum1): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE', 'PROPERTYWARE_REST',
            'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        name (str):
        active (bool | Unset):  Default: False.
        allow_manual_syncs (bool | Unset): Deprecated. Default: True.
        base_url (None | str | Unset): Deprecated. Format: uri.
        based_on_integration_id (str | Unset):
        custom_sync_schedule (V1AdminIntegrationsPostInputCustomSyncSchedule | Unset):
        max_job_concurrency (int | Unset): At least 1. At most 100. Default: 1.
        max_request_cadence (V1AdminIntegrationsPostInputMaxRequestCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY',
            'WEEK', 'MONTH', 'SECOND'. Default: 'SECOND'.
        max_request_frequency (float | Unset): At least 1. Default: 1.0.
        new_properties_are_enabled (bool | Unset):  Default: True.
        sync_cadence (V1AdminIntegrationsPostInputSyncCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH',
            'SECOND'. Default: 'HOUR'.
        sync_frequency (int | Unset): At least 1. Default: 12.
        system (V1AdminIntegrationsPostInputSystem | Unset): Deprecated. One of 'PRODUCTION', 'SANDBOX'.
        use_custom_sync_schedule (bool | Unset):  Default: False.
    """

    credentials: (
        V1AdminIntegrationsPostInputBuildium
        | V1AdminIntegrationsPostInputCredentialsType0
        | V1AdminIntegrationsPostInputEntrata
        | V1AdminIntegrationsPostInputKnock
        | V1AdminIntegrationsPostInputMRI
        | V1AdminIntegrationsPostInputPropertywareREST
        | V1AdminIntegrationsPostInputPropertywareSOAP
        | V1AdminIntegrationsPostInputRealpagePartnerExchange
        | V1AdminIntegrationsPostInputRealpageRegisteredVendor
        | V1AdminIntegrationsPostInputRentManagerProduction
        | V1AdminIntegrationsPostInputRentManagerSandbox
        | V1AdminIntegrationsPostInputRentvine
        | V1AdminIntegrationsPostInputResman
        | V1AdminIntegrationsPostInputSample1
        | V1AdminIntegrationsPostInputSample2
    )
    integration_vendor: Enum1
    name: str
    active: bool | Unset = False
    allow_manual_syncs: bool | Unset = True
    base_url: None | str | Unset = UNSET
    based_on_integration_id: str | Unset = UNSET
    custom_sync_schedule: V1AdminIntegrationsPostInputCustomSyncSchedule | Unset = UNSET
    max_job_concurrency: int | Unset = 1
    max_request_cadence: V1AdminIntegrationsPostInputMaxRequestCadence | Unset = "SECOND"
    max_request_frequency: float | Unset = 1.0
    new_properties_are_enabled: bool | Unset = True
    sync_cadence: V1AdminIntegrationsPostInputSyncCadence | Unset = "HOUR"
    sync_frequency: int | Unset = 12
    system: V1AdminIntegrationsPostInputSystem | Unset = UNSET
    use_custom_sync_schedule: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v1_admin_integrations_post_input_buildium import V1AdminIntegrationsPostInputBuildium  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_credentials_type_0 import (
            V1AdminIntegrationsPostInputCredentialsType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_entrata import V1AdminIntegrationsPostInputEntrata  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_knock import V1AdminIntegrationsPostInputKnock  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_mri import V1AdminIntegrationsPostInputMRI  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_propertyware_rest import (
            V1AdminIntegrationsPostInputPropertywareREST,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_propertyware_soap import (
            V1AdminIntegrationsPostInputPropertywareSOAP,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange import (
            V1AdminIntegrationsPostInputRealpagePartnerExchange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_registered_vendor import (
            V1AdminIntegrationsPostInputRealpageRegisteredVendor,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rent_manager_production import (
            V1AdminIntegrationsPostInputRentManagerProduction,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rent_manager_sandbox import (
            V1AdminIntegrationsPostInputRentManagerSandbox,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rentvine import V1AdminIntegrationsPostInputRentvine  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_resman import V1AdminIntegrationsPostInputResman  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_sample_2 import V1AdminIntegrationsPostInputSample2  # noqa: PLC0415

        credentials: dict[str, Any]
        if isinstance(self.credentials, V1AdminIntegrationsPostInputCredentialsType0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputEntrata):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputMRI):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputPropertywareREST):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputRealpageRegisteredVendor):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputPropertywareSOAP):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputRentManagerSandbox):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputRentManagerProduction):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputBuildium):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputResman):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputSample2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputRealpagePartnerExchange):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputKnock):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsPostInputRentvine):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        integration_vendor: str = self.integration_vendor

        name = self.name

        active = self.active

        allow_manual_syncs = self.allow_manual_syncs

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        based_on_integration_id = self.based_on_integration_id

        custom_sync_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_sync_schedule, Unset):
            custom_sync_schedule = self.custom_sync_schedule.to_dict()

        max_job_concurrency = self.max_job_concurrency

        max_request_cadence: str | Unset = UNSET
        if not isinstance(self.max_request_cadence, Unset):
            max_request_cadence = self.max_request_cadence

        max_request_frequency = self.max_request_frequency

        new_properties_are_enabled = self.new_properties_are_enabled

        sync_cadence: str | Unset = UNSET
        if not isinstance(self.sync_cadence, Unset):
            sync_cadence = self.sync_cadence

        sync_frequency = self.sync_frequency

        system: str | Unset = UNSET
        if not isinstance(self.system, Unset):
            system = self.system

        use_custom_sync_schedule = self.use_custom_sync_schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
                "integration_vendor": integration_vendor,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if allow_manual_syncs is not UNSET:
            field_dict["allow_manual_syncs"] = allow_manual_syncs
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if based_on_integration_id is not UNSET:
            field_dict["based_on_integration_id"] = based_on_integration_id
        if custom_sync_schedule is not UNSET:
            field_dict["custom_sync_schedule"] = custom_sync_schedule
        if max_job_concurrency is not UNSET:
            field_dict["max_job_concurrency"] = max_job_concurrency
        if max_request_cadence is not UNSET:
            field_dict["max_request_cadence"] = max_request_cadence
        if max_request_frequency is not UNSET:
            field_dict["max_request_frequency"] = max_request_frequency
        if new_properties_are_enabled is not UNSET:
            field_dict["new_properties_are_enabled"] = new_properties_are_enabled
        if sync_cadence is not UNSET:
            field_dict["sync_cadence"] = sync_cadence
        if sync_frequency is not UNSET:
            field_dict["sync_frequency"] = sync_frequency
        if system is not UNSET:
            field_dict["system"] = system
        if use_custom_sync_schedule is not UNSET:
            field_dict["use_custom_sync_schedule"] = use_custom_sync_schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_post_input_buildium import V1AdminIntegrationsPostInputBuildium  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_credentials_type_0 import (
            V1AdminIntegrationsPostInputCredentialsType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_custom_sync_schedule import (
            V1AdminIntegrationsPostInputCustomSyncSchedule,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_entrata import V1AdminIntegrationsPostInputEntrata  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_knock import V1AdminIntegrationsPostInputKnock  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_mri import V1AdminIntegrationsPostInputMRI  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_propertyware_rest import (
            V1AdminIntegrationsPostInputPropertywareREST,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_propertyware_soap import (
            V1AdminIntegrationsPostInputPropertywareSOAP,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange import (
            V1AdminIntegrationsPostInputRealpagePartnerExchange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_registered_vendor import (
            V1AdminIntegrationsPostInputRealpageRegisteredVendor,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rent_manager_production import (
            V1AdminIntegrationsPostInputRentManagerProduction,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rent_manager_sandbox import (
            V1AdminIntegrationsPostInputRentManagerSandbox,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_rentvine import V1AdminIntegrationsPostInputRentvine  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_resman import V1AdminIntegrationsPostInputResman  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_sample_1 import V1AdminIntegrationsPostInputSample1  # noqa: PLC0415
        from ..models.v1_admin_integrations_post_input_sample_2 import V1AdminIntegrationsPostInputSample2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_credentials(
            data: object,
        ) -> (
            V1AdminIntegrationsPostInputBuildium
            | V1AdminIntegrationsPostInputCredentialsType0
            | V1AdminIntegrationsPostInputEntrata
            | V1AdminIntegrationsPostInputKnock
            | V1AdminIntegrationsPostInputMRI
            | V1AdminIntegrationsPostInputPropertywareREST
            | V1AdminIntegrationsPostInputPropertywareSOAP
            | V1AdminIntegrationsPostInputRealpagePartnerExchange
            | V1AdminIntegrationsPostInputRealpageRegisteredVendor
            | V1AdminIntegrationsPostInputRentManagerProduction
            | V1AdminIntegrationsPostInputRentManagerSandbox
            | V1AdminIntegrationsPostInputRentvine
            | V1AdminIntegrationsPostInputResman
            | V1AdminIntegrationsPostInputSample1
            | V1AdminIntegrationsPostInputSample2
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = V1AdminIntegrationsPostInputCredentialsType0.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_entrata = V1AdminIntegrationsPostInputEntrata.from_dict(data)

                return credentials_entrata
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_mri = V1AdminIntegrationsPostInputMRI.from_dict(data)

                return credentials_mri
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_propertyware_rest = V1AdminIntegrationsPostInputPropertywareREST.from_dict(data)

                return credentials_propertyware_rest
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_realpage_registered_vendor = V1AdminIntegrationsPostInputRealpageRegisteredVendor.from_dict(
                    data
                )

                return credentials_realpage_registered_vendor
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_propertyware_soap = V1AdminIntegrationsPostInputPropertywareSOAP.from_dict(data)

                return credentials_propertyware_soap
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rent_manager_sandbox = V1AdminIntegrationsPostInputRentManagerSandbox.from_dict(data)

                return credentials_rent_manager_sandbox
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rent_manager_production = V1AdminIntegrationsPostInputRentManagerProduction.from_dict(data)

                return credentials_rent_manager_production
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_buildium = V1AdminIntegrationsPostInputBuildium.from_dict(data)

                return credentials_buildium
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_resman = V1AdminIntegrationsPostInputResman.from_dict(data)

                return credentials_resman
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_sample_2 = V1AdminIntegrationsPostInputSample2.from_dict(data)

                return credentials_sample_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_realpage_partner_exchange = V1AdminIntegrationsPostInputRealpagePartnerExchange.from_dict(
                    data
                )

                return credentials_realpage_partner_exchange
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_knock = V1AdminIntegrationsPostInputKnock.from_dict(data)

                return credentials_knock
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rentvine = V1AdminIntegrationsPostInputRentvine.from_dict(data)

                return credentials_rentvine
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credentials_sample_1 = V1AdminIntegrationsPostInputSample1.from_dict(data)

            return credentials_sample_1

        credentials = _parse_credentials(pop_required(d, "credentials", "V1AdminIntegrationsPostInput"))

        integration_vendor = check_enum_1(pop_required(d, "integration_vendor", "V1AdminIntegrationsPostInput"))

        name = pop_required(d, "name", "V1AdminIntegrationsPostInput")

        active = d.pop("active", UNSET)

        allow_manual_syncs = d.pop("allow_manual_syncs", UNSET)

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        based_on_integration_id = d.pop("based_on_integration_id", UNSET)

        _custom_sync_schedule = d.pop("custom_sync_schedule", UNSET)
        custom_sync_schedule: V1AdminIntegrationsPostInputCustomSyncSchedule | Unset
        if isinstance(_custom_sync_schedule, Unset):
            custom_sync_schedule = UNSET
        else:
            custom_sync_schedule = V1AdminIntegrationsPostInputCustomSyncSchedule.from_dict(_custom_sync_schedule)

        max_job_concurrency = d.pop("max_job_concurrency", UNSET)

        _max_request_cadence = d.pop("max_request_cadence", UNSET)
        max_request_cadence: V1AdminIntegrationsPostInputMaxRequestCadence | Unset
        if isinstance(_max_request_cadence, Unset):
            max_request_cadence = UNSET
        else:
            max_request_cadence = check_v1_admin_integrations_post_input_max_request_cadence(_max_request_cadence)

        max_request_frequency = d.pop("max_request_frequency", UNSET)

        new_properties_are_enabled = d.pop("new_properties_are_enabled", UNSET)

        _sync_cadence = d.pop("sync_cadence", UNSET)
        sync_cadence: V1AdminIntegrationsPostInputSyncCadence | Unset
        if isinstance(_sync_cadence, Unset):
            sync_cadence = UNSET
        else:
            sync_cadence = check_v1_admin_integrations_post_input_sync_cadence(_sync_cadence)

        sync_frequency = d.pop("sync_frequency", UNSET)

        _system = d.pop("system", UNSET)
        system: V1AdminIntegrationsPostInputSystem | Unset
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = check_v1_admin_integrations_post_input_system(_system)

        use_custom_sync_schedule = d.pop("use_custom_sync_schedule", UNSET)

        v1_admin_integrations_post_input = cls(
            credentials=credentials,
            integration_vendor=integration_vendor,
            name=name,
            active=active,
            allow_manual_syncs=allow_manual_syncs,
            base_url=base_url,
            based_on_integration_id=based_on_integration_id,
            custom_sync_schedule=custom_sync_schedule,
            max_job_concurrency=max_job_concurrency,
            max_request_cadence=max_request_cadence,
            max_request_frequency=max_request_frequency,
            new_properties_are_enabled=new_properties_are_enabled,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
            system=system,
            use_custom_sync_schedule=use_custom_sync_schedule,
        )

        v1_admin_integrations_post_input.additional_properties = d
        return v1_admin_integrations_post_input

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
