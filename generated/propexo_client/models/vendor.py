from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.vendor_contacts_item import VendorContactsItem


T = TypeVar("T", bound="Vendor")


@_attrs_define
class Vendor:
    """
    Attributes:
        account_number (None | str):
        contacts (list[VendorContactsItem]):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_active (bool | None):
        last_seen (None | str):
        name (None | str):
        notes (None | str):
        property_id (str):
        tax_id (None | str):
        third_party_id (None | str):
        type_ (None | str):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    account_number: None | str
    contacts: list[VendorContactsItem]
    created_at: str
    custom_data: CustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_active: bool | None
    last_seen: None | str
    name: None | str
    notes: None | str
    property_id: str
    tax_id: None | str
    third_party_id: None | str
    type_: None | str
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        account_number: None | str
        account_number = self.account_number

        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

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

        name: None | str
        name = self.name

        notes: None | str
        notes = self.notes

        property_id = self.property_id

        tax_id: None | str
        tax_id = self.tax_id

        third_party_id: None | str
        third_party_id = self.third_party_id

        type_: None | str
        type_ = self.type_

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "contacts": contacts,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_active": is_active,
                "last_seen": last_seen,
                "name": name,
                "notes": notes,
                "property_id": property_id,
                "tax_id": tax_id,
                "third_party_id": third_party_id,
                "type": type_,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.vendor_contacts_item import VendorContactsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "account_number"

            def _parse_account_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            account_number = _parse_account_number(pop_required(d, "account_number", "Vendor"))

            _field = "contacts"
            contacts = []
            _contacts = pop_required(d, "contacts", "Vendor")
            for contacts_item_data in _contacts:
                contacts_item = VendorContactsItem.from_dict(contacts_item_data)

                contacts.append(contacts_item)

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Vendor"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Vendor"))

            _field = "id"
            id = conform(pop_required(d, "id", "Vendor"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Vendor"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Vendor"))

            _field = "is_active"

            def _parse_is_active(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_active = _parse_is_active(pop_required(d, "is_active", "Vendor"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Vendor"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "Vendor"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Vendor"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Vendor"), "str")

            _field = "tax_id"

            def _parse_tax_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            tax_id = _parse_tax_id(pop_required(d, "tax_id", "Vendor"))

            _field = "third_party_id"

            def _parse_third_party_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            third_party_id = _parse_third_party_id(pop_required(d, "third_party_id", "Vendor"))

            _field = "type"

            def _parse_type_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_ = _parse_type_(pop_required(d, "type", "Vendor"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Vendor"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Vendor"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Vendor"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Vendor"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Vendor", _field) from _failure
        _instance = cls(
            account_number=account_number,
            contacts=contacts,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_active=is_active,
            last_seen=last_seen,
            name=name,
            notes=notes,
            property_id=property_id,
            tax_id=tax_id,
            third_party_id=third_party_id,
            type_=type_,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
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
