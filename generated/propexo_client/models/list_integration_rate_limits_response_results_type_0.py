from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.list_integration_rate_limits_response_results_type_0_api_ratelimits_item import (
        ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem,
    )


T = TypeVar("T", bound="ListIntegrationRateLimitsResponseResultsType0")


@_attrs_define
class ListIntegrationRateLimitsResponseResultsType0:
    """
    Attributes:
        api_ratelimits (list[ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem]):
        integration_id (str):
    """

    api_ratelimits: list[ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem]
    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_ratelimits = []
        for api_ratelimits_item_data in self.api_ratelimits:
            api_ratelimits_item = api_ratelimits_item_data.to_dict()
            api_ratelimits.append(api_ratelimits_item)

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_ratelimits": api_ratelimits,
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_integration_rate_limits_response_results_type_0_api_ratelimits_item import (
            ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "api_ratelimits"
            api_ratelimits = []
            _api_ratelimits = pop_required(d, "api_ratelimits", "ListIntegrationRateLimitsResponseResultsType0")
            for api_ratelimits_item_data in _api_ratelimits:
                api_ratelimits_item = ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem.from_dict(
                    api_ratelimits_item_data
                )

                api_ratelimits.append(api_ratelimits_item)

            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "ListIntegrationRateLimitsResponseResultsType0"), "str"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListIntegrationRateLimitsResponseResultsType0", _field) from _failure
        _instance = cls(
            api_ratelimits=api_ratelimits,
            integration_id=integration_id,
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
