from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.manager_phone_type import ManagerPhoneType, check_manager_phone_type
from ..models.type_normalized import TypeNormalized, check_type_normalized

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.pet_types import PetTypes
    from ..models.property_office_hours_item import PropertyOfficeHoursItem


T = TypeVar("T", bound="Property")


@_attrs_define
class Property:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        associated_owner_ids (list[str]):
        building_number (None | str):
        city (None | str):
        code (None | str):
        country (None | str):
        county (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        last_seen (None | str):
        long_description (None | str):
        manager_email (None | str):
        manager_name (None | str):
        manager_phone_1 (None | str):
        manager_phone_1_type (ManagerPhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        manager_phone_2 (None | str):
        manager_phone_2_type (ManagerPhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        name (None | str):
        notes (None | str):
        number_of_units (int | None): At least 0.
        office_hours (list[PropertyOfficeHoursItem]):
        pet_types (list[PetTypes]):
        property_id (str):
        short_description (None | str):
        square_feet (int | None):
        square_footage (int | None): Deprecated.
        state (None | str):
        street_address_1 (None | str): Deprecated.
        street_address_2 (None | str): Deprecated.
        type_ (None | str): Deprecated.
        type_normalized (None | str | TypeNormalized): One of 'SINGLE_FAMILY', 'MULTI_FAMILY', 'STUDENT_HOUSING',
            'VACATION', 'COMMERCIAL', 'OTHER'.
        type_raw (None | str):
        updated_at (str):
        website (None | str):
        x_building_id (None | str):
        x_created_at (None | str):
        x_id (str):
        x_property_id (str):
        year_built (int | None): At least 0.
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    associated_owner_ids: list[str]
    building_number: None | str
    city: None | str
    code: None | str
    country: None | str
    county: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    last_seen: None | str
    long_description: None | str
    manager_email: None | str
    manager_name: None | str
    manager_phone_1: None | str
    manager_phone_1_type: ManagerPhoneType
    manager_phone_2: None | str
    manager_phone_2_type: ManagerPhoneType
    name: None | str
    notes: None | str
    number_of_units: int | None
    office_hours: list[PropertyOfficeHoursItem]
    pet_types: list[PetTypes]
    property_id: str
    short_description: None | str
    square_feet: int | None
    square_footage: int | None
    state: None | str
    street_address_1: None | str
    street_address_2: None | str
    type_: None | str
    type_normalized: None | str | TypeNormalized
    type_raw: None | str
    updated_at: str
    website: None | str
    x_building_id: None | str
    x_created_at: None | str
    x_id: str
    x_property_id: str
    year_built: int | None
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        associated_owner_ids = self.associated_owner_ids

        building_number: None | str
        building_number = self.building_number

        city: None | str
        city = self.city

        code: None | str
        code = self.code

        country: None | str
        country = self.country

        county: None | str
        county = self.county

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_active: bool | None
        is_active = self.is_active

        last_seen: None | str
        last_seen = self.last_seen

        long_description: None | str
        long_description = self.long_description

        manager_email: None | str
        manager_email = self.manager_email

        manager_name: None | str
        manager_name = self.manager_name

        manager_phone_1: None | str
        manager_phone_1 = self.manager_phone_1

        manager_phone_1_type: str = self.manager_phone_1_type

        manager_phone_2: None | str
        manager_phone_2 = self.manager_phone_2

        manager_phone_2_type: str = self.manager_phone_2_type

        name: None | str
        name = self.name

        notes: None | str
        notes = self.notes

        number_of_units: int | None
        number_of_units = self.number_of_units

        office_hours = []
        for office_hours_item_data in self.office_hours:
            office_hours_item = office_hours_item_data.to_dict()
            office_hours.append(office_hours_item)

        pet_types = []
        for pet_types_item_data in self.pet_types:
            pet_types_item = pet_types_item_data.to_dict()
            pet_types.append(pet_types_item)

        property_id = self.property_id

        short_description: None | str
        short_description = self.short_description

        square_feet: int | None
        square_feet = self.square_feet

        square_footage: int | None
        square_footage = self.square_footage

        state: None | str
        state = self.state

        street_address_1: None | str
        street_address_1 = self.street_address_1

        street_address_2: None | str
        street_address_2 = self.street_address_2

        type_: None | str
        type_ = self.type_

        type_normalized: None | str
        if isinstance(self.type_normalized, str):
            type_normalized = self.type_normalized
        else:
            type_normalized = self.type_normalized

        type_raw: None | str
        type_raw = self.type_raw

        updated_at = self.updated_at

        website: None | str
        website = self.website

        x_building_id: None | str
        x_building_id = self.x_building_id

        x_created_at: None | str
        x_created_at = self.x_created_at

        x_id = self.x_id

        x_property_id = self.x_property_id

        year_built: int | None
        year_built = self.year_built

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "associated_owner_ids": associated_owner_ids,
                "building_number": building_number,
                "city": city,
                "code": code,
                "country": country,
                "county": county,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "last_seen": last_seen,
                "long_description": long_description,
                "manager_email": manager_email,
                "manager_name": manager_name,
                "manager_phone_1": manager_phone_1,
                "manager_phone_1_type": manager_phone_1_type,
                "manager_phone_2": manager_phone_2,
                "manager_phone_2_type": manager_phone_2_type,
                "name": name,
                "notes": notes,
                "number_of_units": number_of_units,
                "office_hours": office_hours,
                "pet_types": pet_types,
                "property_id": property_id,
                "short_description": short_description,
                "square_feet": square_feet,
                "square_footage": square_footage,
                "state": state,
                "street_address_1": street_address_1,
                "street_address_2": street_address_2,
                "type": type_,
                "type_normalized": type_normalized,
                "type_raw": type_raw,
                "updated_at": updated_at,
                "website": website,
                "x_building_id": x_building_id,
                "x_created_at": x_created_at,
                "x_id": x_id,
                "x_property_id": x_property_id,
                "year_built": year_built,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.pet_types import PetTypes  # noqa: PLC0415
        from ..models.property_office_hours_item import PropertyOfficeHoursItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Property"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Property"))

            _field = "associated_owner_ids"
            associated_owner_ids = cast(
                list[str], conform_list(pop_required(d, "associated_owner_ids", "Property"), "str")
            )

            _field = "building_number"

            def _parse_building_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_number = _parse_building_number(pop_required(d, "building_number", "Property"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Property"))

            _field = "code"

            def _parse_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            code = _parse_code(pop_required(d, "code", "Property"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Property"))

            _field = "county"

            def _parse_county(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            county = _parse_county(pop_required(d, "county", "Property"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Property"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Property"))

            _field = "id"
            id = conform(pop_required(d, "id", "Property"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Property"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Property"))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "Property"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Property"))

            _field = "long_description"

            def _parse_long_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            long_description = _parse_long_description(pop_required(d, "long_description", "Property"))

            _field = "manager_email"

            def _parse_manager_email(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            manager_email = _parse_manager_email(pop_required(d, "manager_email", "Property"))

            _field = "manager_name"

            def _parse_manager_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            manager_name = _parse_manager_name(pop_required(d, "manager_name", "Property"))

            _field = "manager_phone_1"

            def _parse_manager_phone_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            manager_phone_1 = _parse_manager_phone_1(pop_required(d, "manager_phone_1", "Property"))

            _field = "manager_phone_1_type"
            manager_phone_1_type = check_manager_phone_type(pop_required(d, "manager_phone_1_type", "Property"))

            _field = "manager_phone_2"

            def _parse_manager_phone_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            manager_phone_2 = _parse_manager_phone_2(pop_required(d, "manager_phone_2", "Property"))

            _field = "manager_phone_2_type"
            manager_phone_2_type = check_manager_phone_type(pop_required(d, "manager_phone_2_type", "Property"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "Property"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Property"))

            _field = "number_of_units"

            def _parse_number_of_units(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            number_of_units = _parse_number_of_units(pop_required(d, "number_of_units", "Property"))

            _field = "office_hours"
            office_hours = []
            _office_hours = pop_required(d, "office_hours", "Property")
            for office_hours_item_data in _office_hours:
                office_hours_item = PropertyOfficeHoursItem.from_dict(office_hours_item_data)

                office_hours.append(office_hours_item)

            _field = "pet_types"
            pet_types = []
            _pet_types = pop_required(d, "pet_types", "Property")
            for pet_types_item_data in _pet_types:
                pet_types_item = PetTypes.from_dict(pet_types_item_data)

                pet_types.append(pet_types_item)

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Property"), "str")

            _field = "short_description"

            def _parse_short_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            short_description = _parse_short_description(pop_required(d, "short_description", "Property"))

            _field = "square_feet"

            def _parse_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            square_feet = _parse_square_feet(pop_required(d, "square_feet", "Property"))

            _field = "square_footage"

            def _parse_square_footage(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            square_footage = _parse_square_footage(pop_required(d, "square_footage", "Property"))

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Property"))

            _field = "street_address_1"

            def _parse_street_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_1 = _parse_street_address_1(pop_required(d, "street_address_1", "Property"))

            _field = "street_address_2"

            def _parse_street_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_2 = _parse_street_address_2(pop_required(d, "street_address_2", "Property"))

            _field = "type"

            def _parse_type_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_ = _parse_type_(pop_required(d, "type", "Property"))

            _field = "type_normalized"

            def _parse_type_normalized(data: object) -> None | str | TypeNormalized:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_normalized_type_0 = check_type_normalized(data)

                    return type_normalized_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | str | TypeNormalized, conform(data, "str"))

            type_normalized = _parse_type_normalized(pop_required(d, "type_normalized", "Property"))

            _field = "type_raw"

            def _parse_type_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_raw = _parse_type_raw(pop_required(d, "type_raw", "Property"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Property"), "str")

            _field = "website"

            def _parse_website(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            website = _parse_website(pop_required(d, "website", "Property"))

            _field = "x_building_id"

            def _parse_x_building_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_building_id = _parse_x_building_id(pop_required(d, "x_building_id", "Property"))

            _field = "x_created_at"

            def _parse_x_created_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_created_at = _parse_x_created_at(pop_required(d, "x_created_at", "Property"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Property"), "str")

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Property"), "str")

            _field = "year_built"

            def _parse_year_built(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            year_built = _parse_year_built(pop_required(d, "year_built", "Property"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Property"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Property", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            associated_owner_ids=associated_owner_ids,
            building_number=building_number,
            city=city,
            code=code,
            country=country,
            county=county,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            last_seen=last_seen,
            long_description=long_description,
            manager_email=manager_email,
            manager_name=manager_name,
            manager_phone_1=manager_phone_1,
            manager_phone_1_type=manager_phone_1_type,
            manager_phone_2=manager_phone_2,
            manager_phone_2_type=manager_phone_2_type,
            name=name,
            notes=notes,
            number_of_units=number_of_units,
            office_hours=office_hours,
            pet_types=pet_types,
            property_id=property_id,
            short_description=short_description,
            square_feet=square_feet,
            square_footage=square_footage,
            state=state,
            street_address_1=street_address_1,
            street_address_2=street_address_2,
            type_=type_,
            type_normalized=type_normalized,
            type_raw=type_raw,
            updated_at=updated_at,
            website=website,
            x_building_id=x_building_id,
            x_created_at=x_created_at,
            x_id=x_id,
            x_property_id=x_property_id,
            year_built=year_built,
            zip_=zip_,
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
