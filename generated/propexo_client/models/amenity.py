from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.name_normalized import NameNormalized, check_name_normalized

if TYPE_CHECKING:
    from ..models.amenity_meta_data_type_0 import AmenityMetaDataType0
    from ..models.amenity_units_item import AmenityUnitsItem
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="Amenity")


@_attrs_define
class Amenity:
    """
    Attributes:
        cost_in_cents (float | None):
        created_at (str):
        custom_data (CustomDataType0 | None):
        description (None | str):
        id (str):
        image_urls (list[str]):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_unit_amenity (bool | None):
        last_seen (None | str):
        meta_data (AmenityMetaDataType0 | None):
        name (str):
        name_normalized (NameNormalized): One of 'ACCENT_WALLS', 'ACCEPTS_SMOKING', 'ADDITIONAL_STORAGE', 'AIR_CON',
            'AIR_CONDITIONING_COMMERCIAL', 'AIR_CONDITIONING', 'ALARM', 'APPLIANCES_INCLUDED', 'AVAILABILITY_24_HOURS',
            'BALCONY_OR_DECK_OR_PATIO', 'BALCONY', 'BASKETBALL_COURT', 'BEACH_ACCESS', 'BILINGUAL', 'BOAT_DOCKS',
            'BROADBAND_INTERNET', 'BUSINESS_CENTER', 'CABLE_READY_COMMERCIAL', 'CABLE_READY', 'CABLE', 'CAR_WASH_AREA',
            'CARPET', 'CARPORT', 'CEILING_FAN', 'CHILD_CARE', 'CLUB_DISCOUNT', 'CLUB_HOUSE', 'CONCIERGE', 'CONFERENCE_ROOM',
            'CONTROLLED_ACCESS', 'COURTYARD', 'DISHWASHER', 'DISPOSAL', 'DOCK_HIGH_DOORS_OR_LOADING_AVAILABLE',
            'DOOR_ATTENDANT', 'DOUBLE_SINK_VANITY', 'DRYER', 'ELECTRIC', 'ELEVATOR', 'FENCED_YARD' (and 100 more).
        property_id (str):
        units (list[AmenityUnitsItem]):
        updated_at (str):
        x_id (str):
        x_listing_id (None | str):
        x_parent_amenity_id (None | str):
        x_property_id (str):
        x_unit_id (None | str): Deprecated.
    """

    cost_in_cents: float | None
    created_at: str
    custom_data: CustomDataType0 | None
    description: None | str
    id: str
    image_urls: list[str]
    integration_id: str
    integration_vendor: IntegrationVendor
    is_unit_amenity: bool | None
    last_seen: None | str
    meta_data: AmenityMetaDataType0 | None
    name: str
    name_normalized: NameNormalized
    property_id: str
    units: list[AmenityUnitsItem]
    updated_at: str
    x_id: str
    x_listing_id: None | str
    x_parent_amenity_id: None | str
    x_property_id: str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.amenity_meta_data_type_0 import AmenityMetaDataType0  # noqa: PLC0415
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        cost_in_cents: float | None
        cost_in_cents = self.cost_in_cents

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        id = self.id

        image_urls = self.image_urls

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_unit_amenity: bool | None
        is_unit_amenity = self.is_unit_amenity

        last_seen: None | str
        last_seen = self.last_seen

        meta_data: dict[str, Any] | None
        if isinstance(self.meta_data, AmenityMetaDataType0):
            meta_data = self.meta_data.to_dict()
        else:
            meta_data = self.meta_data

        name = self.name

        name_normalized: str = self.name_normalized

        property_id = self.property_id

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        updated_at = self.updated_at

        x_id = self.x_id

        x_listing_id: None | str
        x_listing_id = self.x_listing_id

        x_parent_amenity_id: None | str
        x_parent_amenity_id = self.x_parent_amenity_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost_in_cents": cost_in_cents,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "id": id,
                "image_urls": image_urls,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_unit_amenity": is_unit_amenity,
                "last_seen": last_seen,
                "meta_data": meta_data,
                "name": name,
                "name_normalized": name_normalized,
                "property_id": property_id,
                "units": units,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_listing_id": x_listing_id,
                "x_parent_amenity_id": x_parent_amenity_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amenity_meta_data_type_0 import AmenityMetaDataType0  # noqa: PLC0415
        from ..models.amenity_units_item import AmenityUnitsItem  # noqa: PLC0415
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "cost_in_cents"

            def _parse_cost_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            cost_in_cents = _parse_cost_in_cents(pop_required(d, "cost_in_cents", "Amenity"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Amenity"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Amenity"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "Amenity"))

            _field = "id"
            id = conform(pop_required(d, "id", "Amenity"), "str")

            _field = "image_urls"
            image_urls = cast(list[str], conform_list(pop_required(d, "image_urls", "Amenity"), "str"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Amenity"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Amenity"))

            _field = "is_unit_amenity"

            def _parse_is_unit_amenity(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_unit_amenity = _parse_is_unit_amenity(pop_required(d, "is_unit_amenity", "Amenity"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Amenity"))

            _field = "meta_data"

            def _parse_meta_data(data: object) -> AmenityMetaDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    meta_data_type_0 = AmenityMetaDataType0.from_dict(data)

                    return meta_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AmenityMetaDataType0 | None, conform(data))

            meta_data = _parse_meta_data(pop_required(d, "meta_data", "Amenity"))

            _field = "name"
            name = conform(pop_required(d, "name", "Amenity"), "str")

            _field = "name_normalized"
            name_normalized = check_name_normalized(pop_required(d, "name_normalized", "Amenity"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Amenity"), "str")

            _field = "units"
            units = []
            _units = pop_required(d, "units", "Amenity")
            for units_item_data in _units:
                units_item = AmenityUnitsItem.from_dict(units_item_data)

                units.append(units_item)

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Amenity"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Amenity"), "str")

            _field = "x_listing_id"

            def _parse_x_listing_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_listing_id = _parse_x_listing_id(pop_required(d, "x_listing_id", "Amenity"))

            _field = "x_parent_amenity_id"

            def _parse_x_parent_amenity_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_parent_amenity_id = _parse_x_parent_amenity_id(pop_required(d, "x_parent_amenity_id", "Amenity"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Amenity"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Amenity"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Amenity", _field) from _failure
        _instance = cls(
            cost_in_cents=cost_in_cents,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            id=id,
            image_urls=image_urls,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_unit_amenity=is_unit_amenity,
            last_seen=last_seen,
            meta_data=meta_data,
            name=name,
            name_normalized=name_normalized,
            property_id=property_id,
            units=units,
            updated_at=updated_at,
            x_id=x_id,
            x_listing_id=x_listing_id,
            x_parent_amenity_id=x_parent_amenity_id,
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
