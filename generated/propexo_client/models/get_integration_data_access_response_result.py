from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.get_integration_data_access_response_result_models import GetIntegrationDataAccessResponseResultModels


T = TypeVar("T", bound="GetIntegrationDataAccessResponseResult")


@_attrs_define
class GetIntegrationDataAccessResponseResult:
    """
    Attributes:
        data_access_check_in_process (bool):
        last_data_access_check (None | str):
        models (GetIntegrationDataAccessResponseResultModels):
    """

    data_access_check_in_process: bool
    last_data_access_check: None | str
    models: GetIntegrationDataAccessResponseResultModels
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_access_check_in_process = self.data_access_check_in_process

        last_data_access_check: None | str
        last_data_access_check = self.last_data_access_check

        models = self.models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_access_check_in_process": data_access_check_in_process,
                "last_data_access_check": last_data_access_check,
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_integration_data_access_response_result_models import (
            GetIntegrationDataAccessResponseResultModels,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "data_access_check_in_process"
            data_access_check_in_process = conform(
                pop_required(d, "data_access_check_in_process", "GetIntegrationDataAccessResponseResult"), "bool"
            )

            _field = "last_data_access_check"

            def _parse_last_data_access_check(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_data_access_check = _parse_last_data_access_check(
                pop_required(d, "last_data_access_check", "GetIntegrationDataAccessResponseResult")
            )

            _field = "models"
            models = GetIntegrationDataAccessResponseResultModels.from_dict(
                pop_required(d, "models", "GetIntegrationDataAccessResponseResult")
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetIntegrationDataAccessResponseResult", _field) from _failure
        _instance = cls(
            data_access_check_in_process=data_access_check_in_process,
            last_data_access_check=last_data_access_check,
            models=models,
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
