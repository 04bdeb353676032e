from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem")


@_attrs_define
class ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem:
    """
    Attributes:
        api (str):
        day_limit (int | None):
        hour_limit (int | None):
        minute_limit (int | None):
        updated_at (str):
    """

    api: str
    day_limit: int | None
    hour_limit: int | None
    minute_limit: int | None
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api = self.api

        day_limit: int | None
        day_limit = self.day_limit

        hour_limit: int | None
        hour_limit = self.hour_limit

        minute_limit: int | None
        minute_limit = self.minute_limit

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api": api,
                "day_limit": day_limit,
                "hour_limit": hour_limit,
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
            _field = "api"
            api = conform(
                pop_required(d, "api", "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem"), "str"
            )

            _field = "day_limit"

            def _parse_day_limit(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            day_limit = _parse_day_limit(
                pop_required(d, "day_limit", "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem")
            )

            _field = "hour_limit"

            def _parse_hour_limit(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            hour_limit = _parse_hour_limit(
                pop_required(d, "hour_limit", "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem")
            )

            _field = "minute_limit"

            def _parse_minute_limit(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            minute_limit = _parse_minute_limit(
                pop_required(d, "minute_limit", "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem")
            )

            _field = "updated_at"
            updated_at = conform(
                pop_required(d, "updated_at", "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem"), "str"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem", _field
            ) from _failure
        _instance = cls(
            api=api,
            day_limit=day_limit,
            hour_limit=hour_limit,
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
