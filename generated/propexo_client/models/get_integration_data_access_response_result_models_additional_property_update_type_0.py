from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.get_integration_data_access_response_result_models_additional_property_update_type_0_status import (
    GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status,
    check_get_integration_data_access_response_result_models_additional_property_update_type_0_status,
)

T = TypeVar("T", bound="GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0")


@_attrs_define
class GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0:
    """
    Attributes:
        error_message (None | str):
        status (GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status): One of 'SUCCESS',
            'FAILED', 'PROCESSING'.
    """

    error_message: None | str
    status: GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message: None | str
        error_message = self.error_message

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_message": error_message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "error_message"

            def _parse_error_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            error_message = _parse_error_message(
                pop_required(
                    d, "error_message", "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0"
                )
            )

            _field = "status"
            status = check_get_integration_data_access_response_result_models_additional_property_update_type_0_status(
                pop_required(d, "status", "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0")
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0", _field
            ) from _failure
        _instance = cls(
            error_message=error_message,
            status=status,
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
