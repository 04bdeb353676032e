from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.phone_type import PhoneType, check_phone_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.resident_leases_meta_data_item import ResidentLeasesMetaDataItem
    from ..models.resident_pets_item import ResidentPetsItem
    from ..models.resident_vehicles_item import ResidentVehiclesItem


T = TypeVar("T", bound="Resident")


@_attrs_define
class Resident:
    """
    Attributes:
        address_1 (None | str):
        address_1_alternate (None | str):
        address_2 (None | str):
        address_2_alternate (None | str):
        balance_in_cents (float | None):
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
        is_employee (bool | None):
        last_name (None | str):
        last_seen (None | str):
        late_balance_in_cents (float | None):
        middle_name (None | str):
        notes (None | str):
        pets (list[ResidentPetsItem]):
        phone_1 (None | str):
        phone_1_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        phone_2 (None | str):
        phone_2_type (PhoneType): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        property_id (str):
        state (None | str):
        state_alternate (None | str):
        updated_at (str):
        vehicles (list[ResidentVehiclesItem]):
        x_id (str):
        x_lease_id (None | str): Deprecated.
        zip_ (None | str):
        zip_alternate (None | str):
        leases_meta_data (list[ResidentLeasesMetaDataItem] | Unset):
    """

    address_1: None | str
    address_1_alternate: None | str
    address_2: None | str
    address_2_alternate: None | str
    balance_in_cents: float | None
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
    is_employee: bool | None
    last_name: None | str
    last_seen: None | str
    late_balance_in_cents: float | None
    middle_name: None | str
    notes: None | str
    pets: list[ResidentPetsItem]
    phone_1: None | str
    phone_1_type: PhoneType
    phone_2: None | str
    phone_2_type: PhoneType
    property_id: str
    state: None | str
    state_alternate: None | str
    updated_at: str
    vehicles: list[ResidentVehiclesItem]
    x_id: str
    x_lease_id: None | str
    zip_: None | str
    zip_alternate: None | str
    leases_meta_data: list[ResidentLeasesMetaDataItem] | Unset = UNSET
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

        balance_in_cents: float | None
        balance_in_cents = self.balance_in_cents

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

        is_employee: bool | None
        is_employee = self.is_employee

        last_name: None | str
        last_name = self.last_name

        last_seen: None | str
        last_seen = self.last_seen

        late_balance_in_cents: float | None
        late_balance_in_cents = self.late_balance_in_cents

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

        state: None | str
        state = self.state

        state_alternate: None | str
        state_alternate = self.state_alternate

        updated_at = self.updated_at

        vehicles = []
        for vehicles_item_data in self.vehicles:
            vehicles_item = vehicles_item_data.to_dict()
            vehicles.append(vehicles_item)

        x_id = self.x_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        zip_: None | str
        zip_ = self.zip_

        zip_alternate: None | str
        zip_alternate = self.zip_alternate

        leases_meta_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leases_meta_data, Unset):
            leases_meta_data = []
            for leases_meta_data_item_data in self.leases_meta_data:
                leases_meta_data_item = leases_meta_data_item_data.to_dict()
                leases_meta_data.append(leases_meta_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address_1": address_1,
                "address_1_alternate": address_1_alternate,
                "address_2": address_2,
                "address_2_alternate": address_2_alternate,
                "balance_in_cents": balance_in_cents,
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
                "is_employee": is_employee,
                "last_name": last_name,
                "last_seen": last_seen,
                "late_balance_in_cents": late_balance_in_cents,
                "middle_name": middle_name,
                "notes": notes,
                "pets": pets,
                "phone_1": phone_1,
                "phone_1_type": phone_1_type,
                "phone_2": phone_2,
                "phone_2_type": phone_2_type,
                "property_id": property_id,
                "state": state,
                "state_alternate": state_alternate,
                "updated_at": updated_at,
                "vehicles": vehicles,
                "x_id": x_id,
                "x_lease_id": x_lease_id,
                "zip": zip_,
                "zip_alternate": zip_alternate,
            }
        )
        if leases_meta_data is not UNSET:
            field_dict["leases_meta_data"] = leases_meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.resident_leases_meta_data_item import ResidentLeasesMetaDataItem  # noqa: PLC0415
        from ..models.resident_pets_item import ResidentPetsItem  # noqa: PLC0415
        from ..models.resident_vehicles_item import ResidentVehiclesItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "address_1"

            def _parse_address_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1 = _parse_address_1(pop_required(d, "address_1", "Resident"))

            _field = "address_1_alternate"

            def _parse_address_1_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_1_alternate = _parse_address_1_alternate(pop_required(d, "address_1_alternate", "Resident"))

            _field = "address_2"

            def _parse_address_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2 = _parse_address_2(pop_required(d, "address_2", "Resident"))

            _field = "address_2_alternate"

            def _parse_address_2_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            address_2_alternate = _parse_address_2_alternate(pop_required(d, "address_2_alternate", "Resident"))

            _field = "balance_in_cents"

            def _parse_balance_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            balance_in_cents = _parse_balance_in_cents(pop_required(d, "balance_in_cents", "Resident"))

            _field = "city"

            def _parse_city(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city = _parse_city(pop_required(d, "city", "Resident"))

            _field = "city_alternate"

            def _parse_city_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            city_alternate = _parse_city_alternate(pop_required(d, "city_alternate", "Resident"))

            _field = "country"

            def _parse_country(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country = _parse_country(pop_required(d, "country", "Resident"))

            _field = "country_alternate"

            def _parse_country_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            country_alternate = _parse_country_alternate(pop_required(d, "country_alternate", "Resident"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Resident"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Resident"))

            _field = "date_of_birth"

            def _parse_date_of_birth(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            date_of_birth = _parse_date_of_birth(pop_required(d, "date_of_birth", "Resident"))

            _field = "email_1"

            def _parse_email_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_1 = _parse_email_1(pop_required(d, "email_1", "Resident"))

            _field = "email_2"

            def _parse_email_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            email_2 = _parse_email_2(pop_required(d, "email_2", "Resident"))

            _field = "first_name"

            def _parse_first_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            first_name = _parse_first_name(pop_required(d, "first_name", "Resident"))

            _field = "id"
            id = conform(pop_required(d, "id", "Resident"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Resident"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Resident"))

            _field = "is_employee"

            def _parse_is_employee(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_employee = _parse_is_employee(pop_required(d, "is_employee", "Resident"))

            _field = "last_name"

            def _parse_last_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_name = _parse_last_name(pop_required(d, "last_name", "Resident"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Resident"))

            _field = "late_balance_in_cents"

            def _parse_late_balance_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            late_balance_in_cents = _parse_late_balance_in_cents(pop_required(d, "late_balance_in_cents", "Resident"))

            _field = "middle_name"

            def _parse_middle_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            middle_name = _parse_middle_name(pop_required(d, "middle_name", "Resident"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Resident"))

            _field = "pets"
            pets = []
            _pets = pop_required(d, "pets", "Resident")
            for pets_item_data in _pets:
                pets_item = ResidentPetsItem.from_dict(pets_item_data)

                pets.append(pets_item)

            _field = "phone_1"

            def _parse_phone_1(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_1 = _parse_phone_1(pop_required(d, "phone_1", "Resident"))

            _field = "phone_1_type"
            phone_1_type = check_phone_type(pop_required(d, "phone_1_type", "Resident"))

            _field = "phone_2"

            def _parse_phone_2(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            phone_2 = _parse_phone_2(pop_required(d, "phone_2", "Resident"))

            _field = "phone_2_type"
            phone_2_type = check_phone_type(pop_required(d, "phone_2_type", "Resident"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Resident"), "str")

            _field = "state"

            def _parse_state(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state = _parse_state(pop_required(d, "state", "Resident"))

            _field = "state_alternate"

            def _parse_state_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            state_alternate = _parse_state_alternate(pop_required(d, "state_alternate", "Resident"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Resident"), "str")

            _field = "vehicles"
            vehicles = []
            _vehicles = pop_required(d, "vehicles", "Resident")
            for vehicles_item_data in _vehicles:
                vehicles_item = ResidentVehiclesItem.from_dict(vehicles_item_data)

                vehicles.append(vehicles_item)

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Resident"), "str")

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "Resident"))

            _field = "zip"

            def _parse_zip_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_ = _parse_zip_(pop_required(d, "zip", "Resident"))

            _field = "zip_alternate"

            def _parse_zip_alternate(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            zip_alternate = _parse_zip_alternate(pop_required(d, "zip_alternate", "Resident"))

            _field = "leases_meta_data"
            _leases_meta_data = d.pop("leases_meta_data", UNSET)
            leases_meta_data: list[ResidentLeasesMetaDataItem] | Unset = UNSET
            if _leases_meta_data is not UNSET:
                leases_meta_data = []
                for leases_meta_data_item_data in _leases_meta_data:
                    leases_meta_data_item = ResidentLeasesMetaDataItem.from_dict(leases_meta_data_item_data)

                    leases_meta_data.append(leases_meta_data_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Resident", _field) from _failure
        _instance = cls(
            address_1=address_1,
            address_1_alternate=address_1_alternate,
            address_2=address_2,
            address_2_alternate=address_2_alternate,
            balance_in_cents=balance_in_cents,
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
            is_employee=is_employee,
            last_name=last_name,
            last_seen=last_seen,
            late_balance_in_cents=late_balance_in_cents,
            middle_name=middle_name,
            notes=notes,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            property_id=property_id,
            state=state,
            state_alternate=state_alternate,
            updated_at=updated_at,
            vehicles=vehicles,
            x_id=x_id,
            x_lease_id=x_lease_id,
            zip_=zip_,
            zip_alternate=zip_alternate,
            leases_meta_data=leases_meta_data,
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
