from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.application_applicants_item import ApplicationApplicantsItem
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """
    Attributes:
        applicants (list[ApplicationApplicantsItem]):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
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
    custom_data: CustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
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
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        applicants = []
        for applicants_item_data in self.applicants:
            applicants_item = applicants_item_data.to_dict()
            applicants.append(applicants_item)

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
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
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "applicants"
            applicants = []
            _applicants = pop_required(d, "applicants", "Application")
            for applicants_item_data in _applicants:
                applicants_item = ApplicationApplicantsItem.from_dict(applicants_item_data)

                applicants.append(applicants_item)

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Application"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Application"))

            _field = "id"
            id = conform(pop_required(d, "id", "Application"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Application"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Application"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Application"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Application"), "str")

            _field = "status"
            status = conform(pop_required(d, "status", "Application"), "str")

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "Application"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Application"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Application"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Application"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Application"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Application"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Application", _field) from _failure
        _instance = cls(
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
