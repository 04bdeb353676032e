from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

if TYPE_CHECKING:
    from ..models.v1_resident_charges_batch_resman_post_input import V1ResidentChargesBatchResmanPostInput
    from ..models.v1_resident_charges_batch_resman_post_output_meta import V1ResidentChargesBatchResmanPostOutputMeta


T = TypeVar("T", bound="V1ResidentChargesBatchResmanPostOutput")


@_attrs_define
class V1ResidentChargesBatchResmanPostOutput:
    """
    Attributes:
        meta (V1ResidentChargesBatchResmanPostOutputMeta):
        result (V1ResidentChargesBatchResmanPostInput):
    """

    meta: V1ResidentChargesBatchResmanPostOutputMeta
    result: V1ResidentChargesBatchResmanPostInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        result = self.result.to_dict()

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
        from ..models.v1_resident_charges_batch_resman_post_input import V1ResidentChargesBatchResmanPostInput  # noqa: PLC0415
        from ..models.v1_resident_charges_batch_resman_post_output_meta import (
            V1ResidentChargesBatchResmanPostOutputMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        meta = V1ResidentChargesBatchResmanPostOutputMeta.from_dict(
            pop_required(d, "meta", "V1ResidentChargesBatchResmanPostOutput")
        )

        result = V1ResidentChargesBatchResmanPostInput.from_dict(
            pop_required(d, "result", "V1ResidentChargesBatchResmanPostOutput")
        )

        v1_resident_charges_batch_resman_post_output = cls(
            meta=meta,
            result=result,
        )

        v1_resident_charges_batch_resman_post_output.additional_properties = d
        return v1_resident_charges_batch_resman_post_output

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
