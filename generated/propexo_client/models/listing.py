from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="Listing")


@_attrs_define
class Listing:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        application_url (None | str):
        available_date (None | str):
        bathrooms (None | str):
        bathrooms_full (float | None):
        bathrooms_half (float | None):
        bedrooms (None | str):
        building_name (None | str):
        building_number (None | str):
        city (None | str):
        country (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        deposit_amount_in_cents (float | None):
        floor (None | str):
        floor_plan_code (None | str):
        floor_plan_id (None | str):
        floor_plan_name (None | str):
        id (str):
        image_urls (list[str]):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_available (bool | None):
        is_furnished (bool | None):
        is_listed (bool | None):
        is_managed_external (bool | None):
        is_unit (bool):
        is_vacant (bool | None):
        last_seen (None | str):
        lease_term (None | str):
        listing_date (None | str):
        listing_title (None | str):
        make_ready_date (None | str):
        marketing_name (None | str):
        notes (None | str):
        number (None | str):
        property_description (None | str):
        property_id (str):
        rent_amount_in_cents (float | None):
        short_description (None | str):
        specials (None | str):
        square_feet (int | None): At least 0.
        state (None | str):
        status_raw (None | str):
        street_address_1 (None | str): Deprecated.
        street_address_2 (None | str): Deprecated.
        unit_description (None | str):
        unit_id (None | str):
        unit_type_id (None | str):
        updated_at (str):
        vacate_date (None | str):
        video_urls (list[str] | None):
        x_floor_plan_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_unit_id (None | str):
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    application_url: None | str
    available_date: None | str
    bathrooms: None | str
    bathrooms_full: float | None
    bathrooms_half: float | None
    bedrooms: None | str
    building_name: None | str
    building_number: None | str
    city: None | str
    country: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    deposit_amount_in_cents: float | None
    floor: None | str
    floor_plan_code: None | str
    floor_plan_id: None | str
    floor_plan_name: None | str
    id: str
    image_urls: list[str]
    integration_id: str
    integration_vendor: IntegrationVendor
    is_available: bool | None
    is_furnished: bool | None
    is_listed: bool | None
    is_managed_external: bool | None
    is_unit: bool
    is_vacant: bool | None
    last_seen: None | str
    lease_term: None | str
    listing_date: None | str
    listing_title: None | str
    make_ready_date: None | str
    marketing_name: None | str
    notes: None | str
    number: None | str
    property_description: None | str
    property_id: str
    rent_amount_in_cents: float | None
    short_description: None | str
    specials: None | str
    square_feet: int | None
    state: None | str
    status_raw: None | str
    street_address_1: None | str
    street_address_2: None | str
    unit_description: None | str
    unit_id: None | str
    unit_type_id: None | str
    updated_at: str
    vacate_date: None | str
    video_urls: list[str] | None
    x_floor_plan_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_unit_id: None | str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

        application_url: None | str
        application_url = self.application_url

        available_date: None | str
        available_date = self.available_date

        bathrooms: None | str
        bathrooms = self.bathrooms

        bathrooms_full: float | None
        bathrooms_full = self.bathrooms_full

        bathrooms_half: float | None
        bathrooms_half = self.bathrooms_half

        bedrooms: None | str
        bedrooms = self.bedrooms

        building_name: None | str
        building_name = self.building_name

        building_number: None | str
        building_number = self.building_number

        city: None | str
        city = self.city

        country: None | str
        country = self.country

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        deposit_amount_in_cents: float | None
        deposit_amount_in_cents = self.deposit_amount_in_cents

        floor: None | str
        floor = self.floor

        floor_plan_code: None | str
        floor_plan_code = self.floor_plan_code

        floor_plan_id: None | str
        floor_plan_id = self.floor_plan_id

        floor_plan_name: None | str
        floor_plan_name = self.floor_plan_name

        id = self.id

        image_urls = self.image_urls

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_available: bool | None
        is_available = self.is_available

        is_furnished: bool | None
        is_furnished = self.is_furnished

        is_listed: bool | None
        is_listed = self.is_listed

        is_managed_external: bool | None
        is_managed_external = self.is_managed_external

        is_unit = self.is_unit

        is_vacant: bool | None
        is_vacant = self.is_vacant

        last_seen: None | str
        last_seen = self.last_seen

        lease_term: None | str
        lease_term = self.lease_term

        listing_date: None | str
        listing_date = self.listing_date

        listing_title: None | str
        listing_title = self.listing_title

        make_ready_date: None | str
        make_ready_date = self.make_ready_date

        marketing_name: None | str
        marketing_name = self.marketing_name

        notes: None | str
        notes = self.notes

        number: None | str
        number = self.number

        property_description: None | str
        property_description = self.property_description

        property_id = self.property_id

        rent_amount_in_cents: float | None
        rent_amount_in_cents = self.rent_amount_in_cents

        short_description: None | str
        short_description = self.short_description

        specials: None | str
        specials = self.specials

        square_feet: int | None
        square_feet = self.square_feet

        state: None | str
        state = self.state

        status_raw: None | str
        status_raw = self.status_raw

        street_address_1: None | str
        street_address_1 = self.street_address_1

        street_address_2: None | str
        street_address_2 = self.street_address_2

        unit_description: None | str
        unit_description = self.unit_description

        unit_id: None | str
        unit_id = self.unit_id

        unit_type_id: None | str
        unit_type_id = self.unit_type_id

        updated_at = self.updated_at

        vacate_date: None | str
        vacate_date = self.vacate_date

        video_urls: list[str] | None
        if isinstance(self.video_urls, list):
            video_urls = self.video_urls

        else:
            video_urls = self.video_urls

        x_floor_plan_id: None | str
        x_floor_plan_id = self.x_floor_plan_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "application_url": application_url,
                "available_date": available_date,
                "bathrooms": bathrooms,
                "bathrooms_full": bathrooms_full,
                "bathrooms_half": bathrooms_half,
                "bedrooms": bedrooms,
                "building_name": building_name,
                "building_number": building_number,
                "city": city,
                "country": country,
                "created_at": created_at,
                "custom_data": custom_data,
                "deposit_amount_in_cents": deposit_amount_in_cents,
                "floor": floor,
                "floor_plan_code": floor_plan_code,
                "floor_plan_id": floor_plan_id,
                "floor_plan_name": floor_plan_name,
                "id": id,
                "image_urls": image_urls,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_available": is_available,
                "is_furnished": is_furnished,
                "is_listed": is_listed,
                "is_managed_external": is_managed_external,
                "is_unit": is_unit,
                "is_vacant": is_vacant,
                "last_seen": last_seen,
                "lease_term": lease_term,
                "listing_date": listing_date,
                "listing_title": listing_title,
                "make_ready_date": make_ready_date,
                "marketing_name": marketing_name,
                "notes": notes,
                "number": number,
                "property_description": property_description,
                "property_id": property_id,
                "rent_amount_in_cents": rent_amount_in_cents,
                "short_description": short_description,
                "specials": specials,
                "square_feet": square_feet,
                "state": state,
                "status_raw": status_raw,
                "street_address_1": street_address_1,
                "street_address_2": street_address_2,
                "unit_description": unit_description,
                "unit_id": unit_id,
                "unit_type_id": unit_type_id,
                "updated_at": updated_at,
                "vacate_date": vacate_date,
                "video_urls": video_urls,
                "x_floor_plan_id": x_floor_plan_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Listing"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Listing"))

            _field = "application_url"

            def _parse_application_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            application_url = _parse_application_url(pop_required(d, "application_url", "Listing"))

            _field = "available_date"

            def _parse_available_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            available_date = _parse_available_date(pop_required(d, "available_date", "Listing"))

            _field = "bathrooms"

            def _parse_bathrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bathrooms = _parse_bathrooms(pop_required(d, "bathrooms", "Listing"))

            _field = "bathrooms_full"

            def _parse_bathrooms_full(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            bathrooms_full = _parse_bathrooms_full(pop_required(d, "bathrooms_full", "Listing"))

            _field = "bathrooms_half"

            def _parse_bathrooms_half(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            bathrooms_half = _parse_bathrooms_half(pop_required(d, "bathrooms_half", "Listing"))

            _field = "bedrooms"

            def _parse_bedrooms(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            bedrooms = _parse_bedrooms(pop_required(d, "bedrooms", "Listing"))

            _field = "building_name"

            def _parse_building_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_name = _parse_building_name(pop_required(d, "building_name", "Listing"))

            _field = "building_number"

            def _parse_building_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            building_number = _parse_building_number(pop_required(d, "building_number", "Listing"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Listing"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Listing"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Listing"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Listing"))

            _field = "deposit_amount_in_cents"

            def _parse_deposit_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_in_cents = _parse_deposit_amount_in_cents(
                pop_required(d, "deposit_amount_in_cents", "Listing")
            )

            _field = "floor"

            def _parse_floor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor = _parse_floor(pop_required(d, "floor", "Listing"))

            _field = "floor_plan_code"

            def _parse_floor_plan_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_code = _parse_floor_plan_code(pop_required(d, "floor_plan_code", "Listing"))

            _field = "floor_plan_id"

            def _parse_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_id = _parse_floor_plan_id(pop_required(d, "floor_plan_id", "Listing"))

            _field = "floor_plan_name"

            def _parse_floor_plan_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            floor_plan_name = _parse_floor_plan_name(pop_required(d, "floor_plan_name", "Listing"))

            _field = "id"
            id = conform(pop_required(d, "id", "Listing"), "str")

            _field = "image_urls"
            image_urls = cast(list[str], conform_list(pop_required(d, "image_urls", "Listing"), "str"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Listing"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Listing"))

            _field = "is_available"

            def _parse_is_available(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_available = _parse_is_available(pop_required(d, "is_available", "Listing"))

            _field = "is_furnished"

            def _parse_is_furnished(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_furnished = _parse_is_furnished(pop_required(d, "is_furnished", "Listing"))

            _field = "is_listed"

            def _parse_is_listed(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_listed = _parse_is_listed(pop_required(d, "is_listed", "Listing"))

            _field = "is_managed_external"

            def _parse_is_managed_external(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_managed_external = _parse_is_managed_external(pop_required(d, "is_managed_external", "Listing"))

            _field = "is_unit"
            is_unit = conform(pop_required(d, "is_unit", "Listing"), "bool")

            _field = "is_vacant"

            def _parse_is_vacant(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_vacant = _parse_is_vacant(pop_required(d, "is_vacant", "Listing"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Listing"))

            _field = "lease_term"

            def _parse_lease_term(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_term = _parse_lease_term(pop_required(d, "lease_term", "Listing"))

            _field = "listing_date"

            def _parse_listing_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            listing_date = _parse_listing_date(pop_required(d, "listing_date", "Listing"))

            _field = "listing_title"

            def _parse_listing_title(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            listing_title = _parse_listing_title(pop_required(d, "listing_title", "Listing"))

            _field = "make_ready_date"

            def _parse_make_ready_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            make_ready_date = _parse_make_ready_date(pop_required(d, "make_ready_date", "Listing"))

            _field = "marketing_name"

            def _parse_marketing_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            marketing_name = _parse_marketing_name(pop_required(d, "marketing_name", "Listing"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Listing"))

            _field = "number"

            def _parse_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            number = _parse_number(pop_required(d, "number", "Listing"))

            _field = "property_description"

            def _parse_property_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            property_description = _parse_property_description(pop_required(d, "property_description", "Listing"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Listing"), "str")

            _field = "rent_amount_in_cents"

            def _parse_rent_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_in_cents = _parse_rent_amount_in_cents(pop_required(d, "rent_amount_in_cents", "Listing"))

            _field = "short_description"

            def _parse_short_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            short_description = _parse_short_description(pop_required(d, "short_description", "Listing"))

            _field = "specials"

            def _parse_specials(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            specials = _parse_specials(pop_required(d, "specials", "Listing"))

            _field = "square_feet"

            def _parse_square_feet(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            square_feet = _parse_square_feet(pop_required(d, "square_feet", "Listing"))

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Listing"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "Listing"))

            _field = "street_address_1"

            def _parse_street_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_1 = _parse_street_address_1(pop_required(d, "street_address_1", "Listing"))

            _field = "street_address_2"

            def _parse_street_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            street_address_2 = _parse_street_address_2(pop_required(d, "street_address_2", "Listing"))

            _field = "unit_description"

            def _parse_unit_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_description = _parse_unit_description(pop_required(d, "unit_description", "Listing"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "Listing"))

            _field = "unit_type_id"

            def _parse_unit_type_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_type_id = _parse_unit_type_id(pop_required(d, "unit_type_id", "Listing"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Listing"), "str")

            _field = "vacate_date"

            def _parse_vacate_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            vacate_date = _parse_vacate_date(pop_required(d, "vacate_date", "Listing"))

            _field = "video_urls"

            def _parse_video_urls(data: object) -> list[str] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    video_urls_type_0 = cast(list[str], conform_list(data, "str"))

                    return video_urls_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None, conform(data))

            video_urls = _parse_video_urls(pop_required(d, "video_urls", "Listing"))

            _field = "x_floor_plan_id"

            def _parse_x_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_floor_plan_id = _parse_x_floor_plan_id(pop_required(d, "x_floor_plan_id", "Listing"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Listing"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Listing"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Listing"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Listing"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Listing"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Listing", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            application_url=application_url,
            available_date=available_date,
            bathrooms=bathrooms,
            bathrooms_full=bathrooms_full,
            bathrooms_half=bathrooms_half,
            bedrooms=bedrooms,
            building_name=building_name,
            building_number=building_number,
            city=city,
            country=country,
            created_at=created_at,
            custom_data=custom_data,
            deposit_amount_in_cents=deposit_amount_in_cents,
            floor=floor,
            floor_plan_code=floor_plan_code,
            floor_plan_id=floor_plan_id,
            floor_plan_name=floor_plan_name,
            id=id,
            image_urls=image_urls,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_available=is_available,
            is_furnished=is_furnished,
            is_listed=is_listed,
            is_managed_external=is_managed_external,
            is_unit=is_unit,
            is_vacant=is_vacant,
            last_seen=last_seen,
            lease_term=lease_term,
            listing_date=listing_date,
            listing_title=listing_title,
            make_ready_date=make_ready_date,
            marketing_name=marketing_name,
            notes=notes,
            number=number,
            property_description=property_description,
            property_id=property_id,
            rent_amount_in_cents=rent_amount_in_cents,
            short_description=short_description,
            specials=specials,
            square_feet=square_feet,
            state=state,
            status_raw=status_raw,
            street_address_1=street_address_1,
            street_address_2=street_address_2,
            unit_description=unit_description,
            unit_id=unit_id,
            unit_type_id=unit_type_id,
            updated_at=updated_at,
            vacate_date=vacate_date,
            video_urls=video_urls,
            x_floor_plan_id=x_floor_plan_id,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_unit_id=x_unit_id,
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
