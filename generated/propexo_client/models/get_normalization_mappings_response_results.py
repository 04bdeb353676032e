from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.get_normalization_mappings_response_results_mappings import (
        GetNormalizationMappingsResponseResultsMappings,
    )


T = TypeVar("T", bound="GetNormalizationMappingsResponseResults")


@_attrs_define
class GetNormalizationMappingsResponseResults:
    """
    Attributes:
        default_value (str):
        is_custom_mapping (bool):
        mappings (GetNormalizationMappingsResponseResultsMappings):
    """

    default_value: str
    is_custom_mapping: bool
    mappings: GetNormalizationMappingsResponseResultsMappings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_value = self.default_value

        is_custom_mapping = self.is_custom_mapping

        mappings = self.mappings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_value": default_value,
                "is_custom_mapping": is_custom_mapping,
                "mappings": mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_normalization_mappings_response_results_mappings import (
            GetNormalizationMappingsResponseResultsMappings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "default_value"
            default_value = conform(pop_required(d, "default_value", "GetNormalizationMappingsResponseResults"), "str")

            _field = "is_custom_mapping"
            is_custom_mapping = conform(
                pop_required(d, "is_custom_mapping", "GetNormalizationMappingsResponseResults"), "bool"
            )

            _field = "mappings"
            mappings = GetNormalizationMappingsResponseResultsMappings.from_dict(
                pop_required(d, "mappings", "GetNormalizationMappingsResponseResults")
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "GetNormalizationMappingsResponseResults", _field) from _failure
        _instance = cls(
            default_value=default_value,
            is_custom_mapping=is_custom_mapping,
            mappings=mappings,
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
