from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.lead_pets_item import LeadPetsItem
    from ..models.screenings_item import ScreeningsItem


T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead:
    """
    Attributes:
        address_1 (None | str):
        address_2 (None | str):
        city (None | str):
        country (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        date_of_birth (None | str):
        desired_amenities (None | str):
        desired_floor_plan_id (None | str):
        desired_floor_plan_name (None | str):
        desired_lease_term_in_months (None | str):
        desired_max_rent_in_cents (float | None):
        desired_max_square_ft (float | None):
        desired_min_rent_in_cents (float | None):
        desired_min_square_ft (float | None):
        desired_num_bathrooms (float | None):
        desired_num_bedrooms (int | None):
        desired_unit_number (None | str):
        desired_unit_type (None | str):
        email_1 (None | str):
        email_2 (None | str):
        first_name (None | str):
        id (str):
        ils (None | str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_name (None | str):
        last_seen (None | str):
        lead_source (None | str):
        lead_source_id (None | str):
        leasing_agent (None | str):
        middle_name (None | str):
        notes (None | str):
        number_of_occupants (int | None):
        pet_details (None | str): Deprecated.
        pets (list[LeadPetsItem]):
        phone_1 (None | str):
        phone_1_type (None | str):
        phone_2 (None | str):
        phone_2_type (None | str):
        property_id (str):
        screenings (list[ScreeningsItem]):
        state (None | str):
        status (None | str):
        target_move_in_date (None | str):
        unit_id_preferred (list[str]):
        updated_at (str):
        x_created_at (None | str):
        x_guestcard_id (None | str):
        x_id (str):
        x_lead_source_id (None | str):
        x_leasing_agent_id (None | str):
        x_property_id (str):
        x_unit_id (None | str): Deprecated.
        x_unit_id_preferred (list[str]):
        x_updated_at (None | str):
        zip_ (None | str):
    """

    address_1: None | str
    address_2: None | str
    city: None | str
    country: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    date_of_birth: None | str
    desired_amenities: None | str
    desired_floor_plan_id: None | str
    desired_floor_plan_name: None | str
    desired_lease_term_in_months: None | str
    desired_max_rent_in_cents: float | None
    desired_max_square_ft: float | None
    desired_min_rent_in_cents: float | None
    desired_min_square_ft: float | None
    desired_num_bathrooms: float | None
    desired_num_bedrooms: int | None
    desired_unit_number: None | str
    desired_unit_type: None | str
    email_1: None | str
    email_2: None | str
    first_name: None | str
    id: str
    ils: None | str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_name: None | str
    last_seen: None | str
    lead_source: None | str
    lead_source_id: None | str
    leasing_agent: None | str
    middle_name: None | str
    notes: None | str
    number_of_occupants: int | None
    pet_details: None | str
    pets: list[LeadPetsItem]
    phone_1: None | str
    phone_1_type: None | str
    phone_2: None | str
    phone_2_type: None | str
    property_id: str
    screenings: list[ScreeningsItem]
    state: None | str
    status: None | str
    target_move_in_date: None | str
    unit_id_preferred: list[str]
    updated_at: str
    x_created_at: None | str
    x_guestcard_id: None | str
    x_id: str
    x_lead_source_id: None | str
    x_leasing_agent_id: None | str
    x_property_id: str
    x_unit_id: None | str
    x_unit_id_preferred: list[str]
    x_updated_at: None | str
    zip_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        address_1: None | str
        address_1 = self.address_1

        address_2: None | str
        address_2 = self.address_2

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

        date_of_birth: None | str
        date_of_birth = self.date_of_birth

        desired_amenities: None | str
        desired_amenities = self.desired_amenities

        desired_floor_plan_id: None | str
        desired_floor_plan_id = self.desired_floor_plan_id

        desired_floor_plan_name: None | str
        desired_floor_plan_name = self.desired_floor_plan_name

        desired_lease_term_in_months: None | str
        desired_lease_term_in_months = self.desired_lease_term_in_months

        desired_max_rent_in_cents: float | None
        desired_max_rent_in_cents = self.desired_max_rent_in_cents

        desired_max_square_ft: float | None
        desired_max_square_ft = self.desired_max_square_ft

        desired_min_rent_in_cents: float | None
        desired_min_rent_in_cents = self.desired_min_rent_in_cents

        desired_min_square_ft: float | None
        desired_min_square_ft = self.desired_min_square_ft

        desired_num_bathrooms: float | None
        desired_num_bathrooms = self.desired_num_bathrooms

        desired_num_bedrooms: int | None
        desired_num_bedrooms = self.desired_num_bedrooms

        desired_unit_number: None | str
        desired_unit_number = self.desired_unit_number

        desired_unit_type: None | str
        desired_unit_type = self.desired_unit_type

        email_1: None | str
        email_1 = self.email_1

        email_2: None | str
        email_2 = self.email_2

        first_name: None | str
        first_name = self.first_name

        id = self.id

        ils: None | str
        ils = self.ils

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_name: None | str
        last_name = self.last_name

        last_seen: None | str
        last_seen = self.last_seen

        lead_source: None | str
        lead_source = self.lead_source

        lead_source_id: None | str
        lead_source_id = self.lead_source_id

        leasing_agent: None | str
        leasing_agent = self.leasing_agent

        middle_name: None | str
        middle_name = self.middle_name

        notes: None | str
        notes = self.notes

        number_of_occupants: int | None
        number_of_occupants = self.number_of_occupants

        pet_details: None | str
        pet_details = self.pet_details

        pets = []
        for pets_item_data in self.pets:
            pets_item = pets_item_data.to_dict()
            pets.append(pets_item)

        phone_1: None | str
        phone_1 = self.phone_1

        phone_1_type: None | str
        phone_1_type = self.phone_1_type

        phone_2: None | str
        phone_2 = self.phone_2

        phone_2_type: None | str
        phone_2_type = self.phone_2_type

        property_id = self.property_id

        screenings = []
        for screenings_item_data in self.screenings:
            screenings_item = screenings_item_data.to_dict()
            screenings.append(screenings_item)

        state: None | str
        state = self.state

        status: None | str
        status = self.status

        target_move_in_date: None | str
        target_move_in_date = self.target_move_in_date

        unit_id_preferred = self.unit_id_preferred

        updated_at = self.updated_at

        x_created_at: None | str
        x_created_at = self.x_created_at

        x_guestcard_id: None | str
        x_guestcard_id = self.x_guestcard_id

        x_id = self.x_id

        x_lead_source_id: None | str
        x_lead_source_id = self.x_lead_source_id

        x_leasing_agent_id: None | str
        x_leasing_agent_id = self.x_leasing_agent_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        x_unit_id_preferred = self.x_unit_id_preferred

        x_updated_at: None | str
        x_updated_at = self.x_updated_at

        zip_: None | str
        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_2": address_2,
                "city": city,
                "country": country,
                "created_at": created_at,
                "custom_data": custom_data,
                "date_of_birth": date_of_birth,
                "desired_amenities": desired_amenities,
                "desired_floor_plan_id": desired_floor_plan_id,
                "desired_floor_plan_name": desired_floor_plan_name,
                "desired_lease_term_in_months": desired_lease_term_in_months,
                "desired_max_rent_in_cents": desired_max_rent_in_cents,
                "desired_max_square_ft": desired_max_square_ft,
                "desired_min_rent_in_cents": desired_min_rent_in_cents,
                "desired_min_square_ft": desired_min_square_ft,
                "desired_num_bathrooms": desired_num_bathrooms,
                "desired_num_bedrooms": desired_num_bedrooms,
                "desired_unit_number": desired_unit_number,
                "desired_unit_type": desired_unit_type,
                "email_1": email_1,
                "email_2": email_2,
                "first_name": first_name,
                "id": id,
                "ils": ils,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_name": last_name,
                "last_seen": last_seen,
                "lead_source": lead_source,
                "lead_source_id": lead_source_id,
                "leasing_agent": leasing_agent,
                "middle_name": middle_name,
                "notes": notes,
                "number_of_occupants": number_of_occupants,
                "pet_details": pet_details,
                "pets": pets,
                "phone_1": phone_1,
                "phone_1_type": phone_1_type,
                "phone_2": phone_2,
                "phone_2_type": phone_2_type,
                "property_id": property_id,
                "screenings": screenings,
                "state": state,
                "status": status,
                "target_move_in_date": target_move_in_date,
                "unit_id_preferred": unit_id_preferred,
                "updated_at": updated_at,
                "x_created_at": x_created_at,
                "x_guestcard_id": x_guestcard_id,
                "x_id": x_id,
                "x_lead_source_id": x_lead_source_id,
                "x_leasing_agent_id": x_leasing_agent_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
                "x_unit_id_preferred": x_unit_id_preferred,
                "x_updated_at": x_updated_at,
                "zip": zip_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.lead_pets_item import LeadPetsItem  # noqa: PLC0415
        from ..models.screenings_item import ScreeningsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Lead"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Lead"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Lead"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Lead"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Lead"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Lead"))

            _field = "date_of_birth"

            def _parse_date_of_birth(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_of_birth = _parse_date_of_birth(pop_required(d, "date_of_birth", "Lead"))

            _field = "desired_amenities"

            def _parse_desired_amenities(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_amenities = _parse_desired_amenities(pop_required(d, "desired_amenities", "Lead"))

            _field = "desired_floor_plan_id"

            def _parse_desired_floor_plan_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_floor_plan_id = _parse_desired_floor_plan_id(pop_required(d, "desired_floor_plan_id", "Lead"))

            _field = "desired_floor_plan_name"

            def _parse_desired_floor_plan_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_floor_plan_name = _parse_desired_floor_plan_name(pop_required(d, "desired_floor_plan_name", "Lead"))

            _field = "desired_lease_term_in_months"

            def _parse_desired_lease_term_in_months(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_lease_term_in_months = _parse_desired_lease_term_in_months(
                pop_required(d, "desired_lease_term_in_months", "Lead")
            )

            _field = "desired_max_rent_in_cents"

            def _parse_desired_max_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            desired_max_rent_in_cents = _parse_desired_max_rent_in_cents(
                pop_required(d, "desired_max_rent_in_cents", "Lead")
            )

            _field = "desired_max_square_ft"

            def _parse_desired_max_square_ft(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            desired_max_square_ft = _parse_desired_max_square_ft(pop_required(d, "desired_max_square_ft", "Lead"))

            _field = "desired_min_rent_in_cents"

            def _parse_desired_min_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            desired_min_rent_in_cents = _parse_desired_min_rent_in_cents(
                pop_required(d, "desired_min_rent_in_cents", "Lead")
            )

            _field = "desired_min_square_ft"

            def _parse_desired_min_square_ft(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            desired_min_square_ft = _parse_desired_min_square_ft(pop_required(d, "desired_min_square_ft", "Lead"))

            _field = "desired_num_bathrooms"

            def _parse_desired_num_bathrooms(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            desired_num_bathrooms = _parse_desired_num_bathrooms(pop_required(d, "desired_num_bathrooms", "Lead"))

            _field = "desired_num_bedrooms"

            def _parse_desired_num_bedrooms(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            desired_num_bedrooms = _parse_desired_num_bedrooms(pop_required(d, "desired_num_bedrooms", "Lead"))

            _field = "desired_unit_number"

            def _parse_desired_unit_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_unit_number = _parse_desired_unit_number(pop_required(d, "desired_unit_number", "Lead"))

            _field = "desired_unit_type"

            def _parse_desired_unit_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            desired_unit_type = _parse_desired_unit_type(pop_required(d, "desired_unit_type", "Lead"))

            _field = "email_1"

            def _parse_email_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_1 = _parse_email_1(pop_required(d, "email_1", "Lead"))

            _field = "email_2"

            def _parse_email_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_2 = _parse_email_2(pop_required(d, "email_2", "Lead"))

            _field = "first_name"

            def _parse_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            first_name = _parse_first_name(pop_required(d, "first_name", "Lead"))

            _field = "id"
            id = conform(pop_required(d, "id", "Lead"), "str")

            _field = "ils"

            def _parse_ils(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            ils = _parse_ils(pop_required(d, "ils", "Lead"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Lead"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Lead"))

            _field = "last_name"

            def _parse_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_name = _parse_last_name(pop_required(d, "last_name", "Lead"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Lead"))

            _field = "lead_source"

            def _parse_lead_source(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lead_source = _parse_lead_source(pop_required(d, "lead_source", "Lead"))

            _field = "lead_source_id"

            def _parse_lead_source_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lead_source_id = _parse_lead_source_id(pop_required(d, "lead_source_id", "Lead"))

            _field = "leasing_agent"

            def _parse_leasing_agent(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            leasing_agent = _parse_leasing_agent(pop_required(d, "leasing_agent", "Lead"))

            _field = "middle_name"

            def _parse_middle_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            middle_name = _parse_middle_name(pop_required(d, "middle_name", "Lead"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Lead"))

            _field = "number_of_occupants"

            def _parse_number_of_occupants(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            number_of_occupants = _parse_number_of_occupants(pop_required(d, "number_of_occupants", "Lead"))

            _field = "pet_details"

            def _parse_pet_details(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            pet_details = _parse_pet_details(pop_required(d, "pet_details", "Lead"))

            _field = "pets"
            pets = []
            _pets = pop_required(d, "pets", "Lead")
            for pets_item_data in _pets:
                pets_item = LeadPetsItem.from_dict(pets_item_data)

                pets.append(pets_item)

            _field = "phone_1"

            def _parse_phone_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_1 = _parse_phone_1(pop_required(d, "phone_1", "Lead"))

            _field = "phone_1_type"

            def _parse_phone_1_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_1_type = _parse_phone_1_type(pop_required(d, "phone_1_type", "Lead"))

            _field = "phone_2"

            def _parse_phone_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_2 = _parse_phone_2(pop_required(d, "phone_2", "Lead"))

            _field = "phone_2_type"

            def _parse_phone_2_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_2_type = _parse_phone_2_type(pop_required(d, "phone_2_type", "Lead"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Lead"), "str")

            _field = "screenings"
            screenings = []
            _screenings = pop_required(d, "screenings", "Lead")
            for screenings_item_data in _screenings:
                screenings_item = ScreeningsItem.from_dict(screenings_item_data)

                screenings.append(screenings_item)

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Lead"))

            _field = "status"

            def _parse_status(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status = _parse_status(pop_required(d, "status", "Lead"))

            _field = "target_move_in_date"

            def _parse_target_move_in_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            target_move_in_date = _parse_target_move_in_date(pop_required(d, "target_move_in_date", "Lead"))

            _field = "unit_id_preferred"
            unit_id_preferred = cast(list[str], conform_list(pop_required(d, "unit_id_preferred", "Lead"), "str"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Lead"), "str")

            _field = "x_created_at"

            def _parse_x_created_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_created_at = _parse_x_created_at(pop_required(d, "x_created_at", "Lead"))

            _field = "x_guestcard_id"

            def _parse_x_guestcard_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_guestcard_id = _parse_x_guestcard_id(pop_required(d, "x_guestcard_id", "Lead"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Lead"), "str")

            _field = "x_lead_source_id"

            def _parse_x_lead_source_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lead_source_id = _parse_x_lead_source_id(pop_required(d, "x_lead_source_id", "Lead"))

            _field = "x_leasing_agent_id"

            def _parse_x_leasing_agent_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_leasing_agent_id = _parse_x_leasing_agent_id(pop_required(d, "x_leasing_agent_id", "Lead"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Lead"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Lead"))

            _field = "x_unit_id_preferred"
            x_unit_id_preferred = cast(list[str], conform_list(pop_required(d, "x_unit_id_preferred", "Lead"), "str"))

            _field = "x_updated_at"

            def _parse_x_updated_at(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_updated_at = _parse_x_updated_at(pop_required(d, "x_updated_at", "Lead"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Lead"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Lead", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_2=address_2,
            city=city,
            country=country,
            created_at=created_at,
            custom_data=custom_data,
            date_of_birth=date_of_birth,
            desired_amenities=desired_amenities,
            desired_floor_plan_id=desired_floor_plan_id,
            desired_floor_plan_name=desired_floor_plan_name,
            desired_lease_term_in_months=desired_lease_term_in_months,
            desired_max_rent_in_cents=desired_max_rent_in_cents,
            desired_max_square_ft=desired_max_square_ft,
            desired_min_rent_in_cents=desired_min_rent_in_cents,
            desired_min_square_ft=desired_min_square_ft,
            desired_num_bathrooms=desired_num_bathrooms,
            desired_num_bedrooms=desired_num_bedrooms,
            desired_unit_number=desired_unit_number,
            desired_unit_type=desired_unit_type,
            email_1=email_1,
            email_2=email_2,
            first_name=first_name,
            id=id,
            ils=ils,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_name=last_name,
            last_seen=last_seen,
            lead_source=lead_source,
            lead_source_id=lead_source_id,
            leasing_agent=leasing_agent,
            middle_name=middle_name,
            notes=notes,
            number_of_occupants=number_of_occupants,
            pet_details=pet_details,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            property_id=property_id,
            screenings=screenings,
            state=state,
            status=status,
            target_move_in_date=target_move_in_date,
            unit_id_preferred=unit_id_preferred,
            updated_at=updated_at,
            x_created_at=x_created_at,
            x_guestcard_id=x_guestcard_id,
            x_id=x_id,
            x_lead_source_id=x_lead_source_id,
            x_leasing_agent_id=x_leasing_agent_id,
            x_property_id=x_property_id,
            x_unit_id=x_unit_id,
            x_unit_id_preferred=x_unit_id_preferred,
            x_updated_at=x_updated_at,
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
