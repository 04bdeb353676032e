from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ResidentVehiclesItem")


@_attrs_define
class ResidentVehiclesItem:
    """
    Attributes:
        color (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        last_seen (None | str):
        license_plate_number (None | str):
        license_plate_state (None | str):
        make (None | str):
        model (None | str):
        notes (None | str):
        updated_at (str):
        x_id (str):
        year (None | str):
    """

    color: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    id: str
    last_seen: None | str
    license_plate_number: None | str
    license_plate_state: None | str
    make: None | str
    model: None | str
    notes: None | str
    updated_at: str
    x_id: str
    year: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        color: None | str
        color = self.color

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        last_seen: None | str
        last_seen = self.last_seen

        license_plate_number: None | str
        license_plate_number = self.license_plate_number

        license_plate_state: None | str
        license_plate_state = self.license_plate_state

        make: None | str
        make = self.make

        model: None | str
        model = self.model

        notes: None | str
        notes = self.notes

        updated_at = self.updated_at

        x_id = self.x_id

        year: None | str
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "color": color,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "last_seen": last_seen,
                "license_plate_number": license_plate_number,
                "license_plate_state": license_plate_state,
                "make": make,
                "model": model,
                "notes": notes,
                "updated_at": updated_at,
                "x_id": x_id,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "color"

            def _parse_color(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            color = _parse_color(pop_required(d, "color", "ResidentVehiclesItem"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ResidentVehiclesItem"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ResidentVehiclesItem"))

            _field = "id"
            id = conform(pop_required(d, "id", "ResidentVehiclesItem"), "str")

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ResidentVehiclesItem"))

            _field = "license_plate_number"

            def _parse_license_plate_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            license_plate_number = _parse_license_plate_number(
                pop_required(d, "license_plate_number", "ResidentVehiclesItem")
            )

            _field = "license_plate_state"

            def _parse_license_plate_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            license_plate_state = _parse_license_plate_state(
                pop_required(d, "license_plate_state", "ResidentVehiclesItem")
            )

            _field = "make"

            def _parse_make(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            make = _parse_make(pop_required(d, "make", "ResidentVehiclesItem"))

            _field = "model"

            def _parse_model(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            model = _parse_model(pop_required(d, "model", "ResidentVehiclesItem"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "ResidentVehiclesItem"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ResidentVehiclesItem"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ResidentVehiclesItem"), "str")

            _field = "year"

            def _parse_year(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            year = _parse_year(pop_required(d, "year", "ResidentVehiclesItem"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ResidentVehiclesItem", _field) from _failure
        _instance = cls(
            color=color,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            last_seen=last_seen,
            license_plate_number=license_plate_number,
            license_plate_state=license_plate_state,
            make=make,
            model=model,
            notes=notes,
            updated_at=updated_at,
            x_id=x_id,
            year=year,
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
