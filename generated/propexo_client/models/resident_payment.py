from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.allocations_item import AllocationsItem
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ResidentPayment")


@_attrs_define
class ResidentPayment:
    """
    Attributes:
        allocations (list[AllocationsItem]):
        amount_in_cents (float | None):
        amount_raw (None | str):
        charge_code_id (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        description (None | str):
        financial_account_id (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        is_open (bool | None):
        last_seen (None | str):
        lease_id (None | str):
        name (None | str):
        payment_method_normalized (None | str):
        payment_method_raw (None | str):
        post_month (None | str): Pattern: `^\\d{4}-(?:0[1-9]|1[0-2])$`.
        property_id (str):
        reference_number (None | str):
        resident_id (None | str):
        transaction_date (None | str):
        unit_id (None | str):
        updated_at (str):
        x_charge_code_id (None | str):
        x_gl_account_id (None | str):
        x_id (str):
        x_lease_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_resident_id (None | str):
        x_unit_id (None | str):
    """

    allocations: list[AllocationsItem]
    amount_in_cents: float | None
    amount_raw: None | str
    charge_code_id: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    description: None | str
    financial_account_id: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    is_open: bool | None
    last_seen: None | str
    lease_id: None | str
    name: None | str
    payment_method_normalized: None | str
    payment_method_raw: None | str
    post_month: None | str
    property_id: str
    reference_number: None | str
    resident_id: None | str
    transaction_date: None | str
    unit_id: None | str
    updated_at: str
    x_charge_code_id: None | str
    x_gl_account_id: None | str
    x_id: str
    x_lease_id: None | str
    x_location_id: None | str
    x_property_id: str
    x_resident_id: None | str
    x_unit_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        allocations = []
        for allocations_item_data in self.allocations:
            allocations_item = allocations_item_data.to_dict()
            allocations.append(allocations_item)

        amount_in_cents: float | None
        amount_in_cents = self.amount_in_cents

        amount_raw: None | str
        amount_raw = self.amount_raw

        charge_code_id: None | str
        charge_code_id = self.charge_code_id

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        description: None | str
        description = self.description

        financial_account_id: None | str
        financial_account_id = self.financial_account_id

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        is_open: bool | None
        is_open = self.is_open

        last_seen: None | str
        last_seen = self.last_seen

        lease_id: None | str
        lease_id = self.lease_id

        name: None | str
        name = self.name

        payment_method_normalized: None | str
        payment_method_normalized = self.payment_method_normalized

        payment_method_raw: None | str
        payment_method_raw = self.payment_method_raw

        post_month: None | str
        post_month = self.post_month

        property_id = self.property_id

        reference_number: None | str
        reference_number = self.reference_number

        resident_id: None | str
        resident_id = self.resident_id

        transaction_date: None | str
        transaction_date = self.transaction_date

        unit_id: None | str
        unit_id = self.unit_id

        updated_at = self.updated_at

        x_charge_code_id: None | str
        x_charge_code_id = self.x_charge_code_id

        x_gl_account_id: None | str
        x_gl_account_id = self.x_gl_account_id

        x_id = self.x_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_resident_id: None | str
        x_resident_id = self.x_resident_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allocations": allocations,
                "amount_in_cents": amount_in_cents,
                "amount_raw": amount_raw,
                "charge_code_id": charge_code_id,
                "created_at": created_at,
                "custom_data": custom_data,
                "description": description,
                "financial_account_id": financial_account_id,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "is_open": is_open,
                "last_seen": last_seen,
                "lease_id": lease_id,
                "name": name,
                "payment_method_normalized": payment_method_normalized,
                "payment_method_raw": payment_method_raw,
                "post_month": post_month,
                "property_id": property_id,
                "reference_number": reference_number,
                "resident_id": resident_id,
                "transaction_date": transaction_date,
                "unit_id": unit_id,
                "updated_at": updated_at,
                "x_charge_code_id": x_charge_code_id,
                "x_gl_account_id": x_gl_account_id,
                "x_id": x_id,
                "x_lease_id": x_lease_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
                "x_unit_id": x_unit_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocations_item import AllocationsItem  # noqa: PLC0415
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "allocations"
            allocations = []
            _allocations = pop_required(d, "allocations", "ResidentPayment")
            for allocations_item_data in _allocations:
                allocations_item = AllocationsItem.from_dict(allocations_item_data)

                allocations.append(allocations_item)

            _field = "amount_in_cents"

            def _parse_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_in_cents = _parse_amount_in_cents(pop_required(d, "amount_in_cents", "ResidentPayment"))

            _field = "amount_raw"

            def _parse_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            amount_raw = _parse_amount_raw(pop_required(d, "amount_raw", "ResidentPayment"))

            _field = "charge_code_id"

            def _parse_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            charge_code_id = _parse_charge_code_id(pop_required(d, "charge_code_id", "ResidentPayment"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ResidentPayment"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ResidentPayment"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "ResidentPayment"))

            _field = "financial_account_id"

            def _parse_financial_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            financial_account_id = _parse_financial_account_id(
                pop_required(d, "financial_account_id", "ResidentPayment")
            )

            _field = "id"
            id = conform(pop_required(d, "id", "ResidentPayment"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ResidentPayment"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "ResidentPayment"))

            _field = "is_open"

            def _parse_is_open(data: object) -> bool | None:
                if data is None:
                    return data
                return cast(bool | None, conform(data, "bool"))

            is_open = _parse_is_open(pop_required(d, "is_open", "ResidentPayment"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ResidentPayment"))

            _field = "lease_id"

            def _parse_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_id = _parse_lease_id(pop_required(d, "lease_id", "ResidentPayment"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "ResidentPayment"))

            _field = "payment_method_normalized"

            def _parse_payment_method_normalized(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            payment_method_normalized = _parse_payment_method_normalized(
                pop_required(d, "payment_method_normalized", "ResidentPayment")
            )

            _field = "payment_method_raw"

            def _parse_payment_method_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            payment_method_raw = _parse_payment_method_raw(pop_required(d, "payment_method_raw", "ResidentPayment"))

            _field = "post_month"

            def _parse_post_month(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            post_month = _parse_post_month(pop_required(d, "post_month", "ResidentPayment"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ResidentPayment"), "str")

            _field = "reference_number"

            def _parse_reference_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            reference_number = _parse_reference_number(pop_required(d, "reference_number", "ResidentPayment"))

            _field = "resident_id"

            def _parse_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            resident_id = _parse_resident_id(pop_required(d, "resident_id", "ResidentPayment"))

            _field = "transaction_date"

            def _parse_transaction_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            transaction_date = _parse_transaction_date(pop_required(d, "transaction_date", "ResidentPayment"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "ResidentPayment"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ResidentPayment"), "str")

            _field = "x_charge_code_id"

            def _parse_x_charge_code_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_charge_code_id = _parse_x_charge_code_id(pop_required(d, "x_charge_code_id", "ResidentPayment"))

            _field = "x_gl_account_id"

            def _parse_x_gl_account_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_gl_account_id = _parse_x_gl_account_id(pop_required(d, "x_gl_account_id", "ResidentPayment"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ResidentPayment"), "str")

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "ResidentPayment"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "ResidentPayment"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ResidentPayment"), "str")

            _field = "x_resident_id"

            def _parse_x_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_resident_id = _parse_x_resident_id(pop_required(d, "x_resident_id", "ResidentPayment"))

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "ResidentPayment"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ResidentPayment", _field) from _failure
        _instance = cls(
            allocations=allocations,
            amount_in_cents=amount_in_cents,
            amount_raw=amount_raw,
            charge_code_id=charge_code_id,
            created_at=created_at,
            custom_data=custom_data,
            description=description,
            financial_account_id=financial_account_id,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            is_open=is_open,
            last_seen=last_seen,
            lease_id=lease_id,
            name=name,
            payment_method_normalized=payment_method_normalized,
            payment_method_raw=payment_method_raw,
            post_month=post_month,
            property_id=property_id,
            reference_number=reference_number,
            resident_id=resident_id,
            transaction_date=transaction_date,
            unit_id=unit_id,
            updated_at=updated_at,
            x_charge_code_id=x_charge_code_id,
            x_gl_account_id=x_gl_account_id,
            x_id=x_id,
            x_lease_id=x_lease_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
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
