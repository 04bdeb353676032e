from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.data import Data


T = TypeVar("T", bound="UpdateConstructionJobResponse")


@_attrs_define
class UpdateConstructionJobResponse:
    """
    Attributes:
        data (Data):
        job_id (str):
    """

    data: Data
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data import Data  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "data"
            data = Data.from_dict(pop_required(d, "data", "UpdateConstructionJobResponse"))

            _field = "job_id"
            job_id = conform(pop_required(d, "job_id", "UpdateConstructionJobResponse"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateConstructionJobResponse", _field) from _failure
        _instance = cls(
            data=data,
            job_id=job_id,
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
