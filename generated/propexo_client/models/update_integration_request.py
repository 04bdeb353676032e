from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.update_integration_request_max_request_cadence import (
    UpdateIntegrationRequestMaxRequestCadence,
    check_update_integration_request_max_request_cadence,
)
from ..models.update_integration_request_sync_cadence import (
    UpdateIntegrationRequestSyncCadence,
    check_update_integration_request_sync_cadence,
)
from ..models.update_integration_request_system import (
    UpdateIntegrationRequestSystem,
    check_update_integration_request_system,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.buildium import Buildium
    from ..models.credentials_type_0 import CredentialsType0
    from ..models.custom_sync_schedule import CustomSyncSchedule
    from ..models.entrata import Entrata
    from ..models.knock import Knock
    from ..models.mri import MRI
    from ..models.propertyware_rest import PropertywareREST
    from ..models.propertyware_soap import PropertywareSOAP
    from ..models.realpage_partner_exchange import RealpagePartnerExchange
    from ..models.realpage_registered_vendor import RealpageRegisteredVendor
    from ..models.rent_manager_production import RentManagerProduction
    from ..models.rent_manager_sandbox import RentManagerSandbox
    from ..models.rentvine import Rentvine
    from ..models.resman import Resman
    from ..models.sample_1 import Sample1
    from ..models.sample_2 import Sample2


T = TypeVar("T", bound="UpdateIntegrationRequest")


@_attrs_define
class UpdateIntegrationRequest:
    """
    Attributes:
        active (bool | Unset):
        allow_manual_syncs (bool | Unset): Deprecated. Default: True.
        base_url (None | str | Unset): Deprecated. Format: uri.
        credentials (Buildium | CredentialsType0 | Entrata | Knock | MRI | PropertywareREST | PropertywareSOAP |
            RealpagePartnerExchange | RealpageRegisteredVendor | RentManagerProduction | RentManagerSandbox | Rentvine |
            Resman | Sample1 | Sample2 | Unset):
        custom_sync_schedule (CustomSyncSchedule | Unset):
        integration_vendor (IntegrationVendor | Unset): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        max_job_concurrency (int | Unset): At least 1. At most 100. Default: 1.
        max_request_cadence (UpdateIntegrationRequestMaxRequestCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK',
            'MONTH', 'SECOND'. Default: 'SECOND'.
        max_request_frequency (float | Unset): At least 1. Default: 1.0.
        name (str | Unset):
        new_properties_are_enabled (bool | Unset):
        sync_cadence (UpdateIntegrationRequestSyncCadence | Unset): One of 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH',
            'SECOND'.
        sync_frequency (int | Unset):
        system (UpdateIntegrationRequestSystem | Unset): Deprecated. One of 'PRODUCTION', 'SANDBOX'.
        use_custom_sync_schedule (bool | Unset):
    """

    active: bool | Unset = UNSET
    allow_manual_syncs: bool | Unset = True
    base_url: None | str | Unset = UNSET
    credentials: (
        Buildium
        | CredentialsType0
        | Entrata
        | Knock
        | MRI
        | PropertywareREST
        | PropertywareSOAP
        | RealpagePartnerExchange
        | RealpageRegisteredVendor
        | RentManagerProduction
        | RentManagerSandbox
        | Rentvine
        | Resman
        | Sample1
        | Sample2
        | Unset
    ) = UNSET
    custom_sync_schedule: CustomSyncSchedule | Unset = UNSET
    integration_vendor: IntegrationVendor | Unset = UNSET
    max_job_concurrency: int | Unset = 1
    max_request_cadence: UpdateIntegrationRequestMaxRequestCadence | Unset = "SECOND"
    max_request_frequency: float | Unset = 1.0
    name: str | Unset = UNSET
    new_properties_are_enabled: bool | Unset = UNSET
    sync_cadence: UpdateIntegrationRequestSyncCadence | Unset = UNSET
    sync_frequency: int | Unset = UNSET
    system: UpdateIntegrationRequestSystem | Unset = UNSET
    use_custom_sync_schedule: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.buildium import Buildium  # noqa: PLC0415
        from ..models.credentials_type_0 import CredentialsType0  # noqa: PLC0415
        from ..models.entrata import Entrata  # noqa: PLC0415
        from ..models.knock import Knock  # noqa: PLC0415
        from ..models.mri import MRI  # noqa: PLC0415
        from ..models.propertyware_rest import PropertywareREST  # noqa: PLC0415
        from ..models.propertyware_soap import PropertywareSOAP  # noqa: PLC0415
        from ..models.realpage_partner_exchange import RealpagePartnerExchange  # noqa: PLC0415
        from ..models.realpage_registered_vendor import RealpageRegisteredVendor  # noqa: PLC0415
        from ..models.rent_manager_production import RentManagerProduction  # noqa: PLC0415
        from ..models.rent_manager_sandbox import RentManagerSandbox  # noqa: PLC0415
        from ..models.rentvine import Rentvine  # noqa: PLC0415
        from ..models.resman import Resman  # noqa: PLC0415
        from ..models.sample_2 import Sample2  # noqa: PLC0415

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
        elif isinstance(self.credentials, CredentialsType0):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Entrata):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, MRI):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, PropertywareREST):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, RealpageRegisteredVendor):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, PropertywareSOAP):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, RentManagerSandbox):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, RentManagerProduction):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Buildium):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Resman):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Sample2):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, RealpagePartnerExchange):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Knock):
            credentials = self.credentials.to_dict()
        elif isinstance(self.credentials, Rentvine):
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
        from ..models.buildium import Buildium  # noqa: PLC0415
        from ..models.credentials_type_0 import CredentialsType0  # noqa: PLC0415
        from ..models.custom_sync_schedule import CustomSyncSchedule  # noqa: PLC0415
        from ..models.entrata import Entrata  # noqa: PLC0415
        from ..models.knock import Knock  # noqa: PLC0415
        from ..models.mri import MRI  # noqa: PLC0415
        from ..models.propertyware_rest import PropertywareREST  # noqa: PLC0415
        from ..models.propertyware_soap import PropertywareSOAP  # noqa: PLC0415
        from ..models.realpage_partner_exchange import RealpagePartnerExchange  # noqa: PLC0415
        from ..models.realpage_registered_vendor import RealpageRegisteredVendor  # noqa: PLC0415
        from ..models.rent_manager_production import RentManagerProduction  # noqa: PLC0415
        from ..models.rent_manager_sandbox import RentManagerSandbox  # noqa: PLC0415
        from ..models.rentvine import Rentvine  # noqa: PLC0415
        from ..models.resman import Resman  # noqa: PLC0415
        from ..models.sample_1 import Sample1  # noqa: PLC0415
        from ..models.sample_2 import Sample2  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "active"
            active = conform(d.pop("active", UNSET), "bool")

            _field = "allow_manual_syncs"
            allow_manual_syncs = conform(d.pop("allow_manual_syncs", UNSET), "bool")

            _field = "base_url"

            def _parse_base_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            base_url = _parse_base_url(d.pop("base_url", UNSET))

            _field = "credentials"

            def _parse_credentials(
                data: object,
            ) -> (
                Buildium
                | CredentialsType0
                | Entrata
                | Knock
                | MRI
                | PropertywareREST
                | PropertywareSOAP
                | RealpagePartnerExchange
                | RealpageRegisteredVendor
                | RentManagerProduction
                | RentManagerSandbox
                | Rentvine
                | Resman
                | Sample1
                | Sample2
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_0 = CredentialsType0.from_dict(data)

                    return credentials_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_1 = Entrata.from_dict(data)

                    return credentials_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_2 = MRI.from_dict(data)

                    return credentials_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_3 = PropertywareREST.from_dict(data)

                    return credentials_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_4 = RealpageRegisteredVendor.from_dict(data)

                    return credentials_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_5 = PropertywareSOAP.from_dict(data)

                    return credentials_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_6 = RentManagerSandbox.from_dict(data)

                    return credentials_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_7 = RentManagerProduction.from_dict(data)

                    return credentials_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_8 = Buildium.from_dict(data)

                    return credentials_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_9 = Resman.from_dict(data)

                    return credentials_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_10 = Sample2.from_dict(data)

                    return credentials_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_11 = RealpagePartnerExchange.from_dict(data)

                    return credentials_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_12 = Knock.from_dict(data)

                    return credentials_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    credentials_type_13 = Rentvine.from_dict(data)

                    return credentials_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_14 = Sample1.from_dict(data)

                return credentials_type_14

            credentials = _parse_credentials(d.pop("credentials", UNSET))

            _field = "custom_sync_schedule"
            _custom_sync_schedule = d.pop("custom_sync_schedule", UNSET)
            custom_sync_schedule: CustomSyncSchedule | Unset
            if isinstance(_custom_sync_schedule, Unset):
                custom_sync_schedule = UNSET
            else:
                custom_sync_schedule = CustomSyncSchedule.from_dict(_custom_sync_schedule)

            _field = "integration_vendor"
            _integration_vendor = d.pop("integration_vendor", UNSET)
            integration_vendor: IntegrationVendor | Unset
            if isinstance(_integration_vendor, Unset):
                integration_vendor = UNSET
            else:
                integration_vendor = check_integration_vendor(_integration_vendor)

            _field = "max_job_concurrency"
            max_job_concurrency = conform(d.pop("max_job_concurrency", UNSET), "int")

            _field = "max_request_cadence"
            _max_request_cadence = d.pop("max_request_cadence", UNSET)
            max_request_cadence: UpdateIntegrationRequestMaxRequestCadence | Unset
            if isinstance(_max_request_cadence, Unset):
                max_request_cadence = UNSET
            else:
                max_request_cadence = check_update_integration_request_max_request_cadence(_max_request_cadence)

            _field = "max_request_frequency"
            max_request_frequency = conform(d.pop("max_request_frequency", UNSET), "float")

            _field = "name"
            name = conform(d.pop("name", UNSET), "str")

            _field = "new_properties_are_enabled"
            new_properties_are_enabled = conform(d.pop("new_properties_are_enabled", UNSET), "bool")

            _field = "sync_cadence"
            _sync_cadence = d.pop("sync_cadence", UNSET)
            sync_cadence: UpdateIntegrationRequestSyncCadence | Unset
            if isinstance(_sync_cadence, Unset):
                sync_cadence = UNSET
            else:
                sync_cadence = check_update_integration_request_sync_cadence(_sync_cadence)

            _field = "sync_frequency"
            sync_frequency = conform(d.pop("sync_frequency", UNSET), "int")

            _field = "system"
            _system = d.pop("system", UNSET)
            system: UpdateIntegrationRequestSystem | Unset
            if isinstance(_system, Unset):
                system = UNSET
            else:
                system = check_update_integration_request_system(_system)

            _field = "use_custom_sync_schedule"
            use_custom_sync_schedule = conform(d.pop("use_custom_sync_schedule", UNSET), "bool")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateIntegrationRequest", _field) from _failure
        _instance = cls(
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
