from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_integration_data_access_response_result_models_additional_property_create_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_create_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_create_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_read_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_read_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_read_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_update_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_update_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1,
    )
    from ..models.get_integration_data_access_response_result_models_additional_property_update_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2,
    )


T = TypeVar("T", bound="GetIntegrationDataAccessResponseResultModelsAdditionalProperty")


@_attrs_define
class GetIntegrationDataAccessResponseResultModelsAdditionalProperty:
    """
    Attributes:
        create (GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2 | Unset):
        read (GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2 | Unset):
        update (GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1 |
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2 | Unset):
    """

    create: (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2
        | Unset
    ) = UNSET
    read: (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2
        | Unset
    ) = UNSET
    update: (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1
        | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_integration_data_access_response_result_models_additional_property_create_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_create_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_read_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_read_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_update_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_update_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1,  # noqa: PLC0415
        )

        create: dict[str, Any] | Unset
        if isinstance(self.create, Unset):
            create = UNSET
        elif isinstance(self.create, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0):
            create = self.create.to_dict()
        elif isinstance(self.create, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1):
            create = self.create.to_dict()
        else:
            create = self.create.to_dict()

        read: dict[str, Any] | Unset
        if isinstance(self.read, Unset):
            read = UNSET
        elif isinstance(self.read, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0):
            read = self.read.to_dict()
        elif isinstance(self.read, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1):
            read = self.read.to_dict()
        else:
            read = self.read.to_dict()

        update: dict[str, Any] | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        elif isinstance(self.update, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0):
            update = self.update.to_dict()
        elif isinstance(self.update, GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1):
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
        from ..models.get_integration_data_access_response_result_models_additional_property_create_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_create_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_create_type_2 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_read_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_read_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_read_type_2 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_update_type_0 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_update_type_1 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1,  # noqa: PLC0415
        )
        from ..models.get_integration_data_access_response_result_models_additional_property_update_type_2 import (
            GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "create"

            def _parse_create(
                data: object,
            ) -> (
                GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    create_type_0 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0.from_dict(
                        data
                    )

                    return create_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    create_type_1 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1.from_dict(
                        data
                    )

                    return create_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                create_type_2 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2.from_dict(
                    data
                )

                return create_type_2

            create = _parse_create(d.pop("create", UNSET))

            _field = "read"

            def _parse_read(
                data: object,
            ) -> (
                GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    read_type_0 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0.from_dict(
                        data
                    )

                    return read_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    read_type_1 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1.from_dict(
                        data
                    )

                    return read_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                read_type_2 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2.from_dict(data)

                return read_type_2

            read = _parse_read(d.pop("read", UNSET))

            _field = "update"

            def _parse_update(
                data: object,
            ) -> (
                GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1
                | GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2
                | Unset
            ):
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    update_type_0 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0.from_dict(
                        data
                    )

                    return update_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    update_type_1 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1.from_dict(
                        data
                    )

                    return update_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                update_type_2 = GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2.from_dict(
                    data
                )

                return update_type_2

            update = _parse_update(d.pop("update", UNSET))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "GetIntegrationDataAccessResponseResultModelsAdditionalProperty", _field
            ) from _failure
        _instance = cls(
            create=create,
            read=read,
            update=update,
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
