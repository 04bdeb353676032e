from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_1 import Enum1, check_enum_1

if TYPE_CHECKING:
    from ..models.application_applicants_item import ApplicationApplicantsItem
    from ..models.application_custom_data_type_0 import ApplicationCustomDataType0


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        applicants (list[ApplicationApplicantsItem]):
        created_at (str):
        custom_data (ApplicationCustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (Enum1):
        last_seen (None | str):
        property_id (str):
        status (str):
        unit_id (None | str):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_unit_id (None | str):
    """

    applicants: list[ApplicationApplicantsItem]
    created_at: str
    custom_data: ApplicationCustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: Enum1
    last_seen: None | str
    property_id: str
    status: str
    unit_id: None | str
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.application_custom_data_type_0 import ApplicationCustomDataType0  # noqa: PLC0415

        applicants = []
        for applicants_item_data in self.applicants:
            applicants_item = applicants_item_data.to_dict()
            applicants.append(applicants_item)

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, ApplicationCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        property_id = self.property_id

        status = self.status

        unit_id: None | str
        unit_id = self.unit_id

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicants": applicants,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "property_id": property_id,
                "status": status,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_applicants_item import ApplicationApplicantsItem  # noqa: PLC0415
        from ..models.application_custom_data_type_0 import ApplicationCustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        applicants = []
        _applicants = d.pop("applicants")
        for applicants_item_data in _applicants:
            applicants_item = ApplicationApplicantsItem.from_dict(applicants_item_data)

            applicants.append(applicants_item)

        created_at = d.pop("created_at")

        def _parse_custom_data(data: object) -> ApplicationCustomDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = ApplicationCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplicationCustomDataType0 | None, data)

        custom_data = _parse_custom_data(d.pop("custom_data"))

        id = d.pop("id")

        integration_id = d.pop("integration_id")

        integration_vendor = check_enum_1(d.pop("integration_vendor"))

        def _parse_last_seen(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        property_id = d.pop("property_id")

        status = d.pop("status")

        def _parse_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_id = _parse_unit_id(d.pop("unit_id"))

        updated_at = d.pop("updated_at")

        x_id = d.pop("x_id")

        def _parse_x_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_location_id = _parse_x_location_id(d.pop("x_location_id"))

        x_property_id = d.pop("x_property_id")

        def _parse_x_unit_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_unit_id = _parse_x_unit_id(d.pop("x_unit_id"))

        application = cls(
            applicants=applicants,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            property_id=property_id,
            status=status,
            unit_id=unit_id,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_unit_id=x_unit_id,
        )

        application.additional_properties = d
        return application

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
