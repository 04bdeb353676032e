from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="ListIntegrationRateLimitsResponseResultsType1")


@_attrs_define
class ListIntegrationRateLimitsResponseResultsType1:
    """
    Attributes:
        integration_id (str):
        minute_limit (int | None):
        updated_at (str):
    """

    integration_id: str
    minute_limit: int | None
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        minute_limit: int | None
        minute_limit = self.minute_limit

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "minute_limit": minute_limit,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "ListIntegrationRateLimitsResponseResultsType1"), "str"
            )

            _field = "minute_limit"

            def _parse_minute_limit(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            minute_limit = _parse_minute_limit(
                pop_required(d, "minute_limit", "ListIntegrationRateLimitsResponseResultsType1")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ListIntegrationRateLimitsResponseResultsType1"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListIntegrationRateLimitsResponseResultsType1", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            minute_limit=minute_limit,
            updated_at=updated_at,
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
