from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.resident_type_normalized import ResidentTypeNormalized, check_resident_type_normalized

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="LeaseResidentsMetaDataItem")


@_attrs_define
class LeaseResidentsMetaDataItem:
    """
    Attributes:
        custom_data (CustomDataType0 | None):
        move_in_date (None | str):
        move_out_date (None | str):
        notice_date (None | str):
        resident_id (str):
        resident_type_normalized (None | ResidentTypeNormalized | str): One of 'PRIMARY', 'SECONDARY', 'GUARANTOR',
            'OTHER'.
        x_resident_type (None | str):
    """

    custom_data: CustomDataType0 | None
    move_in_date: None | str
    move_out_date: None | str
    notice_date: None | str
    resident_id: str
    resident_type_normalized: None | ResidentTypeNormalized | str
    x_resident_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        move_in_date: None | str
        move_in_date = self.move_in_date

        move_out_date: None | str
        move_out_date = self.move_out_date

        notice_date: None | str
        notice_date = self.notice_date

        resident_id = self.resident_id

        resident_type_normalized: None | str
        if isinstance(self.resident_type_normalized, str):
            resident_type_normalized = self.resident_type_normalized
        else:
            resident_type_normalized = self.resident_type_normalized

        x_resident_type: None | str
        x_resident_type = self.x_resident_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_data": custom_data,
                "move_in_date": move_in_date,
                "move_out_date": move_out_date,
                "notice_date": notice_date,
                "resident_id": resident_id,
                "resident_type_normalized": resident_type_normalized,
                "x_resident_type": x_resident_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None, conform(data))

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "LeaseResidentsMetaDataItem"))

            _field = "move_in_date"

            def _parse_move_in_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            move_in_date = _parse_move_in_date(pop_required(d, "move_in_date", "LeaseResidentsMetaDataItem"))

            _field = "move_out_date"

            def _parse_move_out_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            move_out_date = _parse_move_out_date(pop_required(d, "move_out_date", "LeaseResidentsMetaDataItem"))

            _field = "notice_date"

            def _parse_notice_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notice_date = _parse_notice_date(pop_required(d, "notice_date", "LeaseResidentsMetaDataItem"))

            _field = "resident_id"
            resident_id = conform(pop_required(d, "resident_id", "LeaseResidentsMetaDataItem"), "str")

            _field = "resident_type_normalized"

            def _parse_resident_type_normalized(data: object) -> None | ResidentTypeNormalized | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    resident_type_normalized_type_1 = check_resident_type_normalized(data)

                    return resident_type_normalized_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ResidentTypeNormalized | str, conform(data, "str"))

            resident_type_normalized = _parse_resident_type_normalized(
                pop_required(d, "resident_type_normalized", "LeaseResidentsMetaDataItem")
            )

            _field = "x_resident_type"

            def _parse_x_resident_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_resident_type = _parse_x_resident_type(pop_required(d, "x_resident_type", "LeaseResidentsMetaDataItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "LeaseResidentsMetaDataItem", _field) from _failure
        _instance = cls(
            custom_data=custom_data,
            move_in_date=move_in_date,
            move_out_date=move_out_date,
            notice_date=notice_date,
            resident_id=resident_id,
            resident_type_normalized=resident_type_normalized,
            x_resident_type=x_resident_type,
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
