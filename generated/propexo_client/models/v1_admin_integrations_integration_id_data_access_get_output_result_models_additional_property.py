from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1,
    )
    from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty")


@_attrs_define
class V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty:
    """
    Attributes:
        create (Unset | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2):
        read (Unset | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2):
        update (Unset | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1 |
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2):
    """

    create: (
        Unset
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2
    ) = UNSET
    read: (
        Unset
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2
    ) = UNSET
    update: (
        Unset
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1
        | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1,  # noqa: PLC0415
        )

        create: dict[str, Any] | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        elif isinstance(
            self.create, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0
        ):
            create = self.create.to_dict()
        elif isinstance(
            self.create, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1
        ):
            create = self.create.to_dict()
        else:
            create = self.create.to_dict()

        read: dict[str, Any] | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        elif isinstance(
            self.read, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0
        ):
            read = self.read.to_dict()
        elif isinstance(
            self.read, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1
        ):
            read = self.read.to_dict()
        else:
            read = self.read.to_dict()

        update: dict[str, Any] | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(
            self.update, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0
        ):
            update = self.update.to_dict()
        elif isinstance(
            self.update, V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1
        ):
            update = self.update.to_dict()
        else:
            update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create
        if read is not UNSET:
            field_dict["read"] = read
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_2 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_2 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_1 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_2 import (
            V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_create(
            data: object,
        ) -> (
            Unset
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                create_type_0 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0.from_dict(
                    data
                )

                return create_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                create_type_1 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1.from_dict(
                    data
                )

                return create_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            create_type_2 = (
                V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2.from_dict(
                    data
                )
            )

            return create_type_2

        create = _parse_create(d.pop("create", UNSET))

        def _parse_read(
            data: object,
        ) -> (
            Unset
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                read_type_0 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0.from_dict(
                    data
                )

                return read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                read_type_1 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1.from_dict(
                    data
                )

                return read_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            read_type_2 = (
                V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2.from_dict(
                    data
                )
            )

            return read_type_2

        read = _parse_read(d.pop("read", UNSET))

        def _parse_update(
            data: object,
        ) -> (
            Unset
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1
            | V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_type_0 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0.from_dict(
                    data
                )

                return update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                update_type_1 = V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1.from_dict(
                    data
                )

                return update_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            update_type_2 = (
                V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2.from_dict(
                    data
                )
            )

            return update_type_2

        update = _parse_update(d.pop("update", UNSET))

        v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property = cls(
            create=create,
            read=read,
            update=update,
        )

        v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property.additional_properties = d
        return v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property

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
