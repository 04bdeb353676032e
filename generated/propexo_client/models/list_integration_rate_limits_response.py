from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error, pop_required

if TYPE_CHECKING:
    from ..models.list_integration_rate_limits_response_results_type_0 import (
        ListIntegrationRateLimitsResponseResultsType0,
    )
    from ..models.list_integration_rate_limits_response_results_type_1 import (
        ListIntegrationRateLimitsResponseResultsType1,
    )


T = TypeVar("T", bound="ListIntegrationRateLimitsResponse")


@_attrs_define
class ListIntegrationRateLimitsResponse:
    """
    Attributes:
        results (ListIntegrationRateLimitsResponseResultsType0 | ListIntegrationRateLimitsResponseResultsType1):
    """

    results: ListIntegrationRateLimitsResponseResultsType0 | ListIntegrationRateLimitsResponseResultsType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_integration_rate_limits_response_results_type_0 import (
            ListIntegrationRateLimitsResponseResultsType0,  # noqa: PLC0415
        )

        results: dict[str, Any]
        if isinstance(self.results, ListIntegrationRateLimitsResponseResultsType0):
            results = self.results.to_dict()
        else:
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_integration_rate_limits_response_results_type_0 import (
            ListIntegrationRateLimitsResponseResultsType0,  # noqa: PLC0415
        )
        from ..models.list_integration_rate_limits_response_results_type_1 import (
            ListIntegrationRateLimitsResponseResultsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "results"

            def _parse_results(
                data: object,
            ) -> ListIntegrationRateLimitsResponseResultsType0 | ListIntegrationRateLimitsResponseResultsType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    results_type_0 = ListIntegrationRateLimitsResponseResultsType0.from_dict(data)

                    return results_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_1 = ListIntegrationRateLimitsResponseResultsType1.from_dict(data)

                return results_type_1

            results = _parse_results(pop_required(d, "results", "ListIntegrationRateLimitsResponse"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListIntegrationRateLimitsResponse", _field) from _failure
        _instance = cls(
            results=results,
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
