from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.batch_create_resident_charges_resman_request_charges_items import (
        BatchCreateResidentChargesResmanRequestChargesItems,
    )


T = TypeVar("T", bound="BatchCreateResidentChargesResmanRequest")


@_attrs_define
class BatchCreateResidentChargesResmanRequest:
    """
    Attributes:
        charges (list[BatchCreateResidentChargesResmanRequestChargesItems]): At least 1 items.
        integration_id (str):
    """

    charges: list[BatchCreateResidentChargesResmanRequestChargesItems]
    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charges = []
        for charges_item_data in self.charges:
            charges_item = charges_item_data.to_dict()
            charges.append(charges_item)

        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charges": charges,
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_create_resident_charges_resman_request_charges_items import (
            BatchCreateResidentChargesResmanRequestChargesItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "charges"
            charges = []
            _charges = pop_required(d, "charges", "BatchCreateResidentChargesResmanRequest")
            for charges_item_data in _charges:
                charges_item = BatchCreateResidentChargesResmanRequestChargesItems.from_dict(charges_item_data)

                charges.append(charges_item)

            _field = "integration_id"
            integration_id = conform(
                pop_required(d, "integration_id", "BatchCreateResidentChargesResmanRequest"), "str"
            )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "BatchCreateResidentChargesResmanRequest", _field) from _failure
        _instance = cls(
            charges=charges,
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
