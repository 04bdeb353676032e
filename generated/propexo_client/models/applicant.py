from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.phone_type import PhoneType, check_phone_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.applicant_applications_item import ApplicantApplicationsItem
    from ..models.applicant_pets_item import ApplicantPetsItem
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.income_source import IncomeSource
    from ..models.screenings_item import ScreeningsItem


T = TypeVar("T", bound="Applicant")


@_attrs_define
class Applicant:
    """
    Attributes:
        address_1 (None | str):
        address_1_alternate (None | str):
        address_2 (None | str):
        address_2_alternate (None | str):
        applications (list[ApplicantApplicationsItem]):
        city (None | str):
        city_alternate (None | str):
        country (None | str):
        country_alternate (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        date_of_birth (None | str):
        email_1 (None | str):
        email_2 (None | str):
        first_name (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_name (None | str):
        last_seen (None | str):
        middle_name (None | str):
        notes (None | str):
        pets (list[ApplicantPetsItem]):
        phone_1 (None | str):
        phone_1_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        phone_2 (None | str):
        phone_2_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        property_id (str):
        screenings (list[ScreeningsItem]):
        state (None | str):
        state_alternate (None | str):
        type_normalized (None | str):
        type_raw (None | str):
        unit_id_preferred (list[str]):
        updated_at (str):
        x_id (str):
        x_lead_id (None | str):
        x_lease_id (None | str): Deprecated.
        x_property_id (str):
        x_unit_id (None | str): Deprecated.
        x_unit_id_preferred (list[str]):
        zip_ (None | str):
        zip_alternate (None | str):
        self_reported_income (list[IncomeSource] | Unset):
    """

    address_1: None | str
    address_1_alternate: None | str
    address_2: None | str
    address_2_alternate: None | str
    applications: list[ApplicantApplicationsItem]
    city: None | str
    city_alternate: None | str
    country: None | str
    country_alternate: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    date_of_birth: None | str
    email_1: None | str
    email_2: None | str
    first_name: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_name: None | str
    last_seen: None | str
    middle_name: None | str
    notes: None | str
    pets: list[ApplicantPetsItem]
    phone_1: None | str
    phone_1_type: PhoneType
    phone_2: None | str
    phone_2_type: PhoneType
    property_id: str
    screenings: list[ScreeningsItem]
    state: None | str
    state_alternate: None | str
    type_normalized: None | str
    type_raw: None | str
    unit_id_preferred: list[str]
    updated_at: str
    x_id: str
    x_lead_id: None | str
    x_lease_id: None | str
    x_property_id: str
    x_unit_id: None | str
    x_unit_id_preferred: list[str]
    zip_: None | str
    zip_alternate: None | str
    self_reported_income: list[IncomeSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        address_1: None | str
        address_1 = self.address_1

        address_1_alternate: None | str
        address_1_alternate = self.address_1_alternate

        address_2: None | str
        address_2 = self.address_2

        address_2_alternate: None | str
        address_2_alternate = self.address_2_alternate

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        city: None | str
        city = self.city

        city_alternate: None | str
        city_alternate = self.city_alternate

        country: None | str
        country = self.country

        country_alternate: None | str
        country_alternate = self.country_alternate

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        date_of_birth: None | str
        date_of_birth = self.date_of_birth

        email_1: None | str
        email_1 = self.email_1

        email_2: None | str
        email_2 = self.email_2

        first_name: None | str
        first_name = self.first_name

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_name: None | str
        last_name = self.last_name

        last_seen: None | str
        last_seen = self.last_seen

        middle_name: None | str
        middle_name = self.middle_name

        notes: None | str
        notes = self.notes

        pets = []
        for pets_item_data in self.pets:
            pets_item = pets_item_data.to_dict()
            pets.append(pets_item)

        phone_1: None | str
        phone_1 = self.phone_1

        phone_1_type: str = self.phone_1_type

        phone_2: None | str
        phone_2 = self.phone_2

        phone_2_type: str = self.phone_2_type

        property_id = self.property_id

        screenings = []
        for screenings_item_data in self.screenings:
            screenings_item = screenings_item_data.to_dict()
            screenings.append(screenings_item)

        state: None | str
        state = self.state

        state_alternate: None | str
        state_alternate = self.state_alternate

        type_normalized: None | str
        type_normalized = self.type_normalized

        type_raw: None | str
        type_raw = self.type_raw

        unit_id_preferred = self.unit_id_preferred

        updated_at = self.updated_at

        x_id = self.x_id

        x_lead_id: None | str
        x_lead_id = self.x_lead_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        x_property_id = self.x_property_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        x_unit_id_preferred = self.x_unit_id_preferred

        zip_: None | str
        zip_ = self.zip_

        zip_alternate: None | str
        zip_alternate = self.zip_alternate

        self_reported_income: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.self_reported_income, Unset):
            self_reported_income = []
            for self_reported_income_item_data in self.self_reported_income:
                self_reported_income_item = self_reported_income_item_data.to_dict()
                self_reported_income.append(self_reported_income_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_1_alternate": address_1_alternate,
                "address_2": address_2,
                "address_2_alternate": address_2_alternate,
                "applications": applications,
                "city": city,
                "city_alternate": city_alternate,
                "country": country,
                "country_alternate": country_alternate,
                "created_at": created_at,
                "custom_data": custom_data,
                "date_of_birth": date_of_birth,
                "email_1": email_1,
                "email_2": email_2,
                "first_name": first_name,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_name": last_name,
                "last_seen": last_seen,
                "middle_name": middle_name,
                "notes": notes,
                "pets": pets,
                "phone_1": phone_1,
                "phone_1_type": phone_1_type,
                "phone_2": phone_2,
                "phone_2_type": phone_2_type,
                "property_id": property_id,
                "screenings": screenings,
                "state": state,
                "state_alternate": state_alternate,
                "type_normalized": type_normalized,
                "type_raw": type_raw,
                "unit_id_preferred": unit_id_preferred,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_lead_id": x_lead_id,
                "x_lease_id": x_lease_id,
                "x_property_id": x_property_id,
                "x_unit_id": x_unit_id,
                "x_unit_id_preferred": x_unit_id_preferred,
                "zip": zip_,
                "zip_alternate": zip_alternate,
            }
        )
        if self_reported_income is not UNSET:
            field_dict["self_reported_income"] = self_reported_income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.applicant_applications_item import ApplicantApplicationsItem  # noqa: PLC0415
        from ..models.applicant_pets_item import ApplicantPetsItem  # noqa: PLC0415
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.income_source import IncomeSource  # noqa: PLC0415
        from ..models.screenings_item import ScreeningsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Applicant"))

            _field = "address_1_alternate"

            def _parse_address_1_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1_alternate = _parse_address_1_alternate(pop_required(d, "address_1_alternate", "Applicant"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Applicant"))

            _field = "address_2_alternate"

            def _parse_address_2_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2_alternate = _parse_address_2_alternate(pop_required(d, "address_2_alternate", "Applicant"))

            _field = "applications"
            applications = []
            _applications = pop_required(d, "applications", "Applicant")
            for applications_item_data in _applications:
                applications_item = ApplicantApplicationsItem.from_dict(applications_item_data)

                applications.append(applications_item)

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Applicant"))

            _field = "city_alternate"

            def _parse_city_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city_alternate = _parse_city_alternate(pop_required(d, "city_alternate", "Applicant"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Applicant"))

            _field = "country_alternate"

            def _parse_country_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country_alternate = _parse_country_alternate(pop_required(d, "country_alternate", "Applicant"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Applicant"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Applicant"))

            _field = "date_of_birth"

            def _parse_date_of_birth(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_of_birth = _parse_date_of_birth(pop_required(d, "date_of_birth", "Applicant"))

            _field = "email_1"

            def _parse_email_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_1 = _parse_email_1(pop_required(d, "email_1", "Applicant"))

            _field = "email_2"

            def _parse_email_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_2 = _parse_email_2(pop_required(d, "email_2", "Applicant"))

            _field = "first_name"

            def _parse_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            first_name = _parse_first_name(pop_required(d, "first_name", "Applicant"))

            _field = "id"
            id = conform(pop_required(d, "id", "Applicant"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Applicant"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Applicant"))

            _field = "last_name"

            def _parse_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_name = _parse_last_name(pop_required(d, "last_name", "Applicant"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Applicant"))

            _field = "middle_name"

            def _parse_middle_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            middle_name = _parse_middle_name(pop_required(d, "middle_name", "Applicant"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Applicant"))

            _field = "pets"
            pets = []
            _pets = pop_required(d, "pets", "Applicant")
            for pets_item_data in _pets:
                pets_item = ApplicantPetsItem.from_dict(pets_item_data)

                pets.append(pets_item)

            _field = "phone_1"

            def _parse_phone_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_1 = _parse_phone_1(pop_required(d, "phone_1", "Applicant"))

            _field = "phone_1_type"
            phone_1_type = check_phone_type(pop_required(d, "phone_1_type", "Applicant"))

            _field = "phone_2"

            def _parse_phone_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_2 = _parse_phone_2(pop_required(d, "phone_2", "Applicant"))

            _field = "phone_2_type"
            phone_2_type = check_phone_type(pop_required(d, "phone_2_type", "Applicant"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Applicant"), "str")

            _field = "screenings"
            screenings = []
            _screenings = pop_required(d, "screenings", "Applicant")
            for screenings_item_data in _screenings:
                screenings_item = ScreeningsItem.from_dict(screenings_item_data)

                screenings.append(screenings_item)

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Applicant"))

            _field = "state_alternate"

            def _parse_state_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state_alternate = _parse_state_alternate(pop_required(d, "state_alternate", "Applicant"))

            _field = "type_normalized"

            def _parse_type_normalized(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_normalized = _parse_type_normalized(pop_required(d, "type_normalized", "Applicant"))

            _field = "type_raw"

            def _parse_type_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_raw = _parse_type_raw(pop_required(d, "type_raw", "Applicant"))

            _field = "unit_id_preferred"
            unit_id_preferred = cast(list[str], conform_list(pop_required(d, "unit_id_preferred", "Applicant"), "str"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Applicant"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Applicant"), "str")

            _field = "x_lead_id"

            def _parse_x_lead_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lead_id = _parse_x_lead_id(pop_required(d, "x_lead_id", "Applicant"))

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "Applicant"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Applicant"), "str")

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Applicant"))

            _field = "x_unit_id_preferred"
            x_unit_id_preferred = cast(
                list[str], conform_list(pop_required(d, "x_unit_id_preferred", "Applicant"), "str")
            )

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Applicant"))

            _field = "zip_alternate"

            def _parse_zip_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_alternate = _parse_zip_alternate(pop_required(d, "zip_alternate", "Applicant"))

            _field = "self_reported_income"
            _self_reported_income = d.pop("self_reported_income", UNSET)
            self_reported_income: list[IncomeSource] | Unset = UNSET
            if _self_reported_income is not UNSET:
                self_reported_income = []
                for self_reported_income_item_data in _self_reported_income:
                    self_reported_income_item = IncomeSource.from_dict(self_reported_income_item_data)

                    self_reported_income.append(self_reported_income_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Applicant", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_1_alternate=address_1_alternate,
            address_2=address_2,
            address_2_alternate=address_2_alternate,
            applications=applications,
            city=city,
            city_alternate=city_alternate,
            country=country,
            country_alternate=country_alternate,
            created_at=created_at,
            custom_data=custom_data,
            date_of_birth=date_of_birth,
            email_1=email_1,
            email_2=email_2,
            first_name=first_name,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_name=last_name,
            last_seen=last_seen,
            middle_name=middle_name,
            notes=notes,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            property_id=property_id,
            screenings=screenings,
            state=state,
            state_alternate=state_alternate,
            type_normalized=type_normalized,
            type_raw=type_raw,
            unit_id_preferred=unit_id_preferred,
            updated_at=updated_at,
            x_id=x_id,
            x_lead_id=x_lead_id,
            x_lease_id=x_lease_id,
            x_property_id=x_property_id,
            x_unit_id=x_unit_id,
            x_unit_id_preferred=x_unit_id_preferred,
            zip_=zip_,
            zip_alternate=zip_alternate,
            self_reported_income=self_reported_income,
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
