from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error, pop_required

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.query_appointment_availability_response_result_item import (
        QueryAppointmentAvailabilityResponseResultItem,
    )


T = TypeVar("T", bound="QueryAppointmentAvailabilityResponse")


@_attrs_define
class QueryAppointmentAvailabilityResponse:
    """
    Attributes:
        meta (Meta):
        result (list[QueryAppointmentAvailabilityResponseResultItem]):
    """

    meta: Meta
    result: list[QueryAppointmentAvailabilityResponseResultItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.query_appointment_availability_response_result_item import (
            QueryAppointmentAvailabilityResponseResultItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "meta"
            meta = Meta.from_dict(pop_required(d, "meta", "QueryAppointmentAvailabilityResponse"))

            _field = "result"
            result = []
            _result = pop_required(d, "result", "QueryAppointmentAvailabilityResponse")
            for result_item_data in _result:
                result_item = QueryAppointmentAvailabilityResponseResultItem.from_dict(result_item_data)

                result.append(result_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "QueryAppointmentAvailabilityResponse", _field) from _failure
        _instance = cls(
            meta=meta,
            result=result,
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
