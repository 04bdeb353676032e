from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_1 import Enum1, check_enum_1
from ..models.v1_admin_integrations_integration_id_put_input_max_request_cadence import (
    V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence,
    check_v1_admin_integrations_integration_id_put_input_max_request_cadence,
)
from ..models.v1_admin_integrations_integration_id_put_input_sync_cadence import (
    V1AdminIntegrationsIntegrationIdPutInputSyncCadence,
    check_v1_admin_integrations_integration_id_put_input_sync_cadence,
)
from ..models.v1_admin_integrations_integration_id_put_input_system import (
    V1AdminIntegrationsIntegrationIdPutInputSystem,
    check_v1_admin_integrations_integration_id_put_input_system,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_put_input_buildium import (
        V1AdminIntegrationsIntegrationIdPutInputBuildium,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_credentials_type_0 import (
        V1AdminIntegrationsIntegrationIdPutInputCredentialsType0,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_custom_sync_schedule import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_entrata import (
        V1AdminIntegrationsIntegrationIdPutInputEntrata,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_knock import (
        V1AdminIntegrationsIntegrationIdPutInputKnock,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_mri import V1AdminIntegrationsIntegrationIdPutInputMRI
    from ..models.v1_admin_integrations_integration_id_put_input_propertyware_rest import (
        V1AdminIntegrationsIntegrationIdPutInputPropertywareREST,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_propertyware_soap import (
        V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_registered_vendor import (
        V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_production import (
        V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_sandbox import (
        V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_rentvine import (
        V1AdminIntegrationsIntegrationIdPutInputRentvine,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_resman import (
        V1AdminIntegrationsIntegrationIdPutInputResman,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_sample_1 import (
        V1AdminIntegrationsIntegrationIdPutInputSample1,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_sample_2 import (
        V1AdminIntegrationsIntegrationIdPutInputSample2,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdPutInput")


@_attrs_define
class V1AdminIntegrationsIntegrationIdPutInput:
    """
    Attributes:
        active (bool | Unset):
        allow_manual_syncs (bool | Unset): Deprecated. Default: True.
        base_url (None | str | Unset): Deprecated. Format: uri.
        credentials (Unset | V1AdminIntegrationsIntegrationIdPutInputBuildium |
            V1AdminIntegrationsIntegrationIdPutInputCredentialsType0 | V1AdminIntegrationsIntegrationIdPutInputEntrata |
            V1AdminIntegrationsIntegrationIdPutInputKnock | V1AdminIntegrationsIntegrationIdPutInputMRI |
            V1AdminIntegrationsIntegrationIdPutInputPropertywareREST |
            V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP |
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange |
            V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor |
            V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction |
            V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox | V1AdminIntegrationsIntegrationIdPutInputRentvine |
            V1AdminIntegrationsIntegrationIdPutInputResman | V1AdminIntegrationsIntegrationIdPutInputSample1 |
            V1AdminIntegrationsIntegrationIdPutInputSample2):
        custom_sync_schedule (V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule | Unset):
        integration_vendor (Enum1 | Unset): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        max_job_concurrency (int | Unset): At least 1. At most 100. Default: 1.
        max_request_cadence (V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence | Unset): One of 'MINUTE',
            'HOUR', 'DAY', 'WEEK', 'MONTH', 'SECOND'. Default: 'SECOND'.
        max_request_frequency (float | Unset): At least 1. Default: 1.0.
        name (str | Unset):
        new_properties_are_enabled (bool | Unset):
        sync_cadence (V1AdminIntegrationsIntegrationIdPutInputSyncCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY',
            'WEEK', 'MONTH', 'SECOND'.
        sync_frequency (int | Unset):
        system (V1AdminIntegrationsIntegrationIdPutInputSystem | Unset): Deprecated. One of 'PRODUCTION', 'SANDBOX'.
        use_custom_sync_schedule (bool | Unset):
    """

    active: bool | Unset = UNSET
    allow_manual_syncs: bool | Unset = True
    base_url: None | str | Unset = UNSET
    credentials: (
        Unset
        | V1AdminIntegrationsIntegrationIdPutInputBuildium
        | V1AdminIntegrationsIntegrationIdPutInputCredentialsType0
        | V1AdminIntegrationsIntegrationIdPutInputEntrata
        | V1AdminIntegrationsIntegrationIdPutInputKnock
        | V1AdminIntegrationsIntegrationIdPutInputMRI
        | V1AdminIntegrationsIntegrationIdPutInputPropertywareREST
        | V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP
        | V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange
        | V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor
        | V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction
        | V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox
        | V1AdminIntegrationsIntegrationIdPutInputRentvine
        | V1AdminIntegrationsIntegrationIdPutInputResman
        | V1AdminIntegrationsIntegrationIdPutInputSample1
        | V1AdminIntegrationsIntegrationIdPutInputSample2
    ) = UNSET
    custom_sync_schedule: V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule | Unset = UNSET
    integration_vendor: Enum1 | Unset = UNSET
    max_job_concurrency: int | Unset = 1
    max_request_cadence: V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence | Unset = "SECOND"
    max_request_frequency: float | Unset = 1.0
    name: str | Unset = UNSET
    new_properties_are_enabled: bool | Unset = UNSET
    sync_cadence: V1AdminIntegrationsIntegrationIdPutInputSyncCadence | Unset = UNSET
    sync_frequency: int | Unset = UNSET
    system: V1AdminIntegrationsIntegrationIdPutInputSystem | Unset = UNSET
    use_custom_sync_schedule: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v1_admin_integrations_integration_id_put_input_buildium import (
            V1AdminIntegrationsIntegrationIdPutInputBuildium,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_credentials_type_0 import (
            V1AdminIntegrationsIntegrationIdPutInputCredentialsType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_entrata import (
            V1AdminIntegrationsIntegrationIdPutInputEntrata,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_knock import (
            V1AdminIntegrationsIntegrationIdPutInputKnock,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_mri import (
            V1AdminIntegrationsIntegrationIdPutInputMRI,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_propertyware_rest import (
            V1AdminIntegrationsIntegrationIdPutInputPropertywareREST,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_propertyware_soap import (
            V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_registered_vendor import (
            V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_production import (
            V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_sandbox import (
            V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rentvine import (
            V1AdminIntegrationsIntegrationIdPutInputRentvine,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_resman import (
            V1AdminIntegrationsIntegrationIdPutInputResman,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_sample_2 import (
            V1AdminIntegrationsIntegrationIdPutInputSample2,  # noqa: PLC0415
        )

        active = self.active

        allow_manual_syncs = self.allow_manual_syncs

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        credentials: dict[str, Any] | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputCredentialsType0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputEntrata):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputMRI):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputPropertywareREST):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputBuildium):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputResman):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputSample2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputKnock):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, V1AdminIntegrationsIntegrationIdPutInputRentvine):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials.to_dict()

        custom_sync_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_sync_schedule, Unset):
            custom_sync_schedule = self.custom_sync_schedule.to_dict()

        integration_vendor: str | Unset = UNSET
        if not isinstance(self.integration_vendor, Unset):
            integration_vendor = self.integration_vendor

        max_job_concurrency = self.max_job_concurrency

        max_request_cadence: str | Unset = UNSET
        if not isinstance(self.max_request_cadence, Unset):
            max_request_cadence = self.max_request_cadence

        max_request_frequency = self.max_request_frequency

        name = self.name

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
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if allow_manual_syncs is not UNSET:
            field_dict["allow_manual_syncs"] = allow_manual_syncs
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if custom_sync_schedule is not UNSET:
            field_dict["custom_sync_schedule"] = custom_sync_schedule
        if integration_vendor is not UNSET:
            field_dict["integration_vendor"] = integration_vendor
        if max_job_concurrency is not UNSET:
            field_dict["max_job_concurrency"] = max_job_concurrency
        if max_request_cadence is not UNSET:
            field_dict["max_request_cadence"] = max_request_cadence
        if max_request_frequency is not UNSET:
            field_dict["max_request_frequency"] = max_request_frequency
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.v1_admin_integrations_integration_id_put_input_buildium import (
            V1AdminIntegrationsIntegrationIdPutInputBuildium,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_credentials_type_0 import (
            V1AdminIntegrationsIntegrationIdPutInputCredentialsType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_custom_sync_schedule import (
            V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_entrata import (
            V1AdminIntegrationsIntegrationIdPutInputEntrata,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_knock import (
            V1AdminIntegrationsIntegrationIdPutInputKnock,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_mri import (
            V1AdminIntegrationsIntegrationIdPutInputMRI,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_propertyware_rest import (
            V1AdminIntegrationsIntegrationIdPutInputPropertywareREST,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_propertyware_soap import (
            V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_registered_vendor import (
            V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_production import (
            V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rent_manager_sandbox import (
            V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_rentvine import (
            V1AdminIntegrationsIntegrationIdPutInputRentvine,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_resman import (
            V1AdminIntegrationsIntegrationIdPutInputResman,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_sample_1 import (
            V1AdminIntegrationsIntegrationIdPutInputSample1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_sample_2 import (
            V1AdminIntegrationsIntegrationIdPutInputSample2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        active = d.pop("active", UNSET)

        allow_manual_syncs = d.pop("allow_manual_syncs", UNSET)

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_credentials(
            data: object,
        ) -> (
            Unset
            | V1AdminIntegrationsIntegrationIdPutInputBuildium
            | V1AdminIntegrationsIntegrationIdPutInputCredentialsType0
            | V1AdminIntegrationsIntegrationIdPutInputEntrata
            | V1AdminIntegrationsIntegrationIdPutInputKnock
            | V1AdminIntegrationsIntegrationIdPutInputMRI
            | V1AdminIntegrationsIntegrationIdPutInputPropertywareREST
            | V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP
            | V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange
            | V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor
            | V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction
            | V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox
            | V1AdminIntegrationsIntegrationIdPutInputRentvine
            | V1AdminIntegrationsIntegrationIdPutInputResman
            | V1AdminIntegrationsIntegrationIdPutInputSample1
            | V1AdminIntegrationsIntegrationIdPutInputSample2
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = V1AdminIntegrationsIntegrationIdPutInputCredentialsType0.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_entrata = V1AdminIntegrationsIntegrationIdPutInputEntrata.from_dict(data)

                return credentials_entrata
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_mri = V1AdminIntegrationsIntegrationIdPutInputMRI.from_dict(data)

                return credentials_mri
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_propertyware_rest = V1AdminIntegrationsIntegrationIdPutInputPropertywareREST.from_dict(data)

                return credentials_propertyware_rest
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_realpage_registered_vendor = (
                    V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor.from_dict(data)
                )

                return credentials_realpage_registered_vendor
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_propertyware_soap = V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP.from_dict(data)

                return credentials_propertyware_soap
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rent_manager_sandbox = V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox.from_dict(
                    data
                )

                return credentials_rent_manager_sandbox
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rent_manager_production = (
                    V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction.from_dict(data)
                )

                return credentials_rent_manager_production
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_buildium = V1AdminIntegrationsIntegrationIdPutInputBuildium.from_dict(data)

                return credentials_buildium
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_resman = V1AdminIntegrationsIntegrationIdPutInputResman.from_dict(data)

                return credentials_resman
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_sample_2 = V1AdminIntegrationsIntegrationIdPutInputSample2.from_dict(data)

                return credentials_sample_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_realpage_partner_exchange = (
                    V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange.from_dict(data)
                )

                return credentials_realpage_partner_exchange
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_knock = V1AdminIntegrationsIntegrationIdPutInputKnock.from_dict(data)

                return credentials_knock
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_rentvine = V1AdminIntegrationsIntegrationIdPutInputRentvine.from_dict(data)

                return credentials_rentvine
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            credentials_sample_1 = V1AdminIntegrationsIntegrationIdPutInputSample1.from_dict(data)

            return credentials_sample_1

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        _custom_sync_schedule = d.pop("custom_sync_schedule", UNSET)
        custom_sync_schedule: V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule | Unset
        if isinstance(_custom_sync_schedule, Unset):
            custom_sync_schedule = UNSET
        else:
            custom_sync_schedule = V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule.from_dict(
                _custom_sync_schedule
            )

        _integration_vendor = d.pop("integration_vendor", UNSET)
        integration_vendor: Enum1 | Unset
        if isinstance(_integration_vendor, Unset):
            integration_vendor = UNSET
        else:
            integration_vendor = check_enum_1(_integration_vendor)

        max_job_concurrency = d.pop("max_job_concurrency", UNSET)

        _max_request_cadence = d.pop("max_request_cadence", UNSET)
        max_request_cadence: V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence | Unset
        if isinstance(_max_request_cadence, Unset):
            max_request_cadence = UNSET
        else:
            max_request_cadence = check_v1_admin_integrations_integration_id_put_input_max_request_cadence(
                _max_request_cadence
            )

        max_request_frequency = d.pop("max_request_frequency", UNSET)

        name = d.pop("name", UNSET)

        new_properties_are_enabled = d.pop("new_properties_are_enabled", UNSET)

        _sync_cadence = d.pop("sync_cadence", UNSET)
        sync_cadence: V1AdminIntegrationsIntegrationIdPutInputSyncCadence | Unset
        if isinstance(_sync_cadence, Unset):
            sync_cadence = UNSET
        else:
            sync_cadence = check_v1_admin_integrations_integration_id_put_input_sync_cadence(_sync_cadence)

        sync_frequency = d.pop("sync_frequency", UNSET)

        _system = d.pop("system", UNSET)
        system: V1AdminIntegrationsIntegrationIdPutInputSystem | Unset
        if isinstance(_system, Unset):
            system = UNSET
        else:
            system = check_v1_admin_integrations_integration_id_put_input_system(_system)

        use_custom_sync_schedule = d.pop("use_custom_sync_schedule", UNSET)

        v1_admin_integrations_integration_id_put_input = cls(
            active=active,
            allow_manual_syncs=allow_manual_syncs,
            base_url=base_url,
            credentials=credentials,
            custom_sync_schedule=custom_sync_schedule,
            integration_vendor=integration_vendor,
            max_job_concurrency=max_job_concurrency,
            max_request_cadence=max_request_cadence,
            max_request_frequency=max_request_frequency,
            name=name,
            new_properties_are_enabled=new_properties_are_enabled,
            sync_cadence=sync_cadence,
            sync_frequency=sync_frequency,
            system=system,
            use_custom_sync_schedule=use_custom_sync_schedule,
        )

        v1_admin_integrations_integration_id_put_input.additional_properties = d
        return v1_admin_integrations_integration_id_put_input

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
