from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="LeadPetsItem")


@_attrs_define
class LeadPetsItem:
    """
    Attributes:
        age_in_years (float | None):
        breed (None | str):
        color (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        gender_raw (None | str):
        id (str):
        is_fixed (bool | None):
        is_service_animal (bool | None):
        last_seen (None | str):
        name (None | str):
        notes (None | str):
        type_ (None | str):
        updated_at (str):
        weight_in_pounds (float | None):
        x_id (str):
    """

    age_in_years: float | None
    breed: None | str
    color: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    gender_raw: None | str
    id: str
    is_fixed: bool | None
    is_service_animal: bool | None
    last_seen: None | str
    name: None | str
    notes: None | str
    type_: None | str
    updated_at: str
    weight_in_pounds: float | None
    x_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        age_in_years: float | None
        age_in_years = self.age_in_years

        breed: None | str
        breed = self.breed

        color: None | str
        color = self.color

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        gender_raw: None | str
        gender_raw = self.gender_raw

        id = self.id

        is_fixed: bool | None
        is_fixed = self.is_fixed

        is_service_animal: bool | None
        is_service_animal = self.is_service_animal

        last_seen: None | str
        last_seen = self.last_seen

        name: None | str
        name = self.name

        notes: None | str
        notes = self.notes

        type_: None | str
        type_ = self.type_

        updated_at = self.updated_at

        weight_in_pounds: float | None
        weight_in_pounds = self.weight_in_pounds

        x_id = self.x_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age_in_years": age_in_years,
                "breed": breed,
                "color": color,
                "created_at": created_at,
                "custom_data": custom_data,
                "gender_raw": gender_raw,
                "id": id,
                "is_fixed": is_fixed,
                "is_service_animal": is_service_animal,
                "last_seen": last_seen,
                "name": name,
                "notes": notes,
                "type": type_,
                "updated_at": updated_at,
                "weight_in_pounds": weight_in_pounds,
                "x_id": x_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "age_in_years"

            def _parse_age_in_years(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            age_in_years = _parse_age_in_years(pop_required(d, "age_in_years", "LeadPetsItem"))

            _field = "breed"

            def _parse_breed(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            breed = _parse_breed(pop_required(d, "breed", "LeadPetsItem"))

            _field = "color"

            def _parse_color(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            color = _parse_color(pop_required(d, "color", "LeadPetsItem"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "LeadPetsItem"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "LeadPetsItem"))

            _field = "gender_raw"

            def _parse_gender_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            gender_raw = _parse_gender_raw(pop_required(d, "gender_raw", "LeadPetsItem"))

            _field = "id"
            id = conform(pop_required(d, "id", "LeadPetsItem"), "str")

            _field = "is_fixed"

            def _parse_is_fixed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_fixed = _parse_is_fixed(pop_required(d, "is_fixed", "LeadPetsItem"))

            _field = "is_service_animal"

            def _parse_is_service_animal(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_service_animal = _parse_is_service_animal(pop_required(d, "is_service_animal", "LeadPetsItem"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "LeadPetsItem"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "LeadPetsItem"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "LeadPetsItem"))

            _field = "type"

            def _parse_type_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_ = _parse_type_(pop_required(d, "type", "LeadPetsItem"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "LeadPetsItem"), "str")

            _field = "weight_in_pounds"

            def _parse_weight_in_pounds(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            weight_in_pounds = _parse_weight_in_pounds(pop_required(d, "weight_in_pounds", "LeadPetsItem"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "LeadPetsItem"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "LeadPetsItem", _field) from _failure
        _instance = cls(
            age_in_years=age_in_years,
            breed=breed,
            color=color,
            created_at=created_at,
            custom_data=custom_data,
            gender_raw=gender_raw,
            id=id,
            is_fixed=is_fixed,
            is_service_animal=is_service_animal,
            last_seen=last_seen,
            name=name,
            notes=notes,
            type_=type_,
            updated_at=updated_at,
            weight_in_pounds=weight_in_pounds,
            x_id=x_id,
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
