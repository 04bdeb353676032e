from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ApplicationApplicantsItem")


@_attrs_define
class ApplicationApplicantsItem:
    """
    Attributes:
        applicant_id (str):
        application_id (str):
        custom_data (CustomDataType0 | None | Unset):
        status (None | str | Unset): Deprecated.
        status_normalized (None | str | Unset):
        status_raw (None | str | Unset):
    """

    applicant_id: str
    application_id: str
    custom_data: CustomDataType0 | None | Unset = UNSET
    status: None | str | Unset = UNSET
    status_normalized: None | str | Unset = UNSET
    status_raw: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        applicant_id = self.applicant_id

        application_id = self.application_id

        custom_data: dict[str, Any] | None | Unset
        if isinstance(self.custom_data, Unset):
            custom_data = UNSET
        elif isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_normalized: None | str | Unset
        if isinstance(self.status_normalized, Unset):
            status_normalized = UNSET
        else:
            status_normalized = self.status_normalized

        status_raw: None | str | Unset
        if isinstance(self.status_raw, Unset):
            status_raw = UNSET
        else:
            status_raw = self.status_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicant_id": applicant_id,
                "application_id": application_id,
            }
        )
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if status is not UNSET:
            field_dict["status"] = status
        if status_normalized is not UNSET:
            field_dict["status_normalized"] = status_normalized
        if status_raw is not UNSET:
            field_dict["status_raw"] = status_raw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "applicant_id"
            applicant_id = conform(pop_required(d, "applicant_id", "ApplicationApplicantsItem"), "str")

            _field = "application_id"
            application_id = conform(pop_required(d, "application_id", "ApplicationApplicantsItem"), "str")

            _field = "custom_data"

            def _parse_custom_data(data: object) -> CustomDataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_custom_data_type_0 = CustomDataType0.from_dict(data)

                    return componentsschemas_custom_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomDataType0 | None | Unset, conform(data))

            custom_data = _parse_custom_data(d.pop("custom_data", UNSET))

            _field = "status"

            def _parse_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            status = _parse_status(d.pop("status", UNSET))

            _field = "status_normalized"

            def _parse_status_normalized(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            status_normalized = _parse_status_normalized(d.pop("status_normalized", UNSET))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, conform(data, "str"))

            status_raw = _parse_status_raw(d.pop("status_raw", UNSET))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ApplicationApplicantsItem", _field) from _failure
        _instance = cls(
            applicant_id=applicant_id,
            application_id=application_id,
            custom_data=custom_data,
            status=status,
            status_normalized=status_normalized,
            status_raw=status_raw,
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
