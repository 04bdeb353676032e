from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.integration_data_type_0 import IntegrationDataType0


T = TypeVar("T", bound="Deposit")


@_attrs_define
class Deposit:
    """
    Attributes:
        amount_charged_in_cents (float | None):
        amount_paid_in_cents (float | None):
        amount_refunded_in_cents (float | None):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        integration_data (IntegrationDataType0 | None):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        lease_id (None | str):
        notes (None | str):
        property_id (str):
        refund_amount_due_in_cents (float | None):
        resident_id (str):
        updated_at (str):
        x_building_id (None | str):
        x_deposit_type (None | str):
        x_id (str):
        x_lease_id (None | str):
        x_location_id (None | str):
        x_property_id (str):
        x_resident_id (str):
    """

    amount_charged_in_cents: float | None
    amount_paid_in_cents: float | None
    amount_refunded_in_cents: float | None
    created_at: str
    custom_data: CustomDataType0 | None
    id: str
    integration_data: IntegrationDataType0 | None
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    lease_id: None | str
    notes: None | str
    property_id: str
    refund_amount_due_in_cents: float | None
    resident_id: str
    updated_at: str
    x_building_id: None | str
    x_deposit_type: None | str
    x_id: str
    x_lease_id: None | str
    x_location_id: None | str
    x_property_id: str
    x_resident_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.integration_data_type_0 import IntegrationDataType0  # noqa: PLC0415

        amount_charged_in_cents: float | None
        amount_charged_in_cents = self.amount_charged_in_cents

        amount_paid_in_cents: float | None
        amount_paid_in_cents = self.amount_paid_in_cents

        amount_refunded_in_cents: float | None
        amount_refunded_in_cents = self.amount_refunded_in_cents

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        integration_data: dict[str, Any] | None
        if isinstance(self.integration_data, IntegrationDataType0):
            integration_data = self.integration_data.to_dict()
        else:
            integration_data = self.integration_data

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        lease_id: None | str
        lease_id = self.lease_id

        notes: None | str
        notes = self.notes

        property_id = self.property_id

        refund_amount_due_in_cents: float | None
        refund_amount_due_in_cents = self.refund_amount_due_in_cents

        resident_id = self.resident_id

        updated_at = self.updated_at

        x_building_id: None | str
        x_building_id = self.x_building_id

        x_deposit_type: None | str
        x_deposit_type = self.x_deposit_type

        x_id = self.x_id

        x_lease_id: None | str
        x_lease_id = self.x_lease_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_resident_id = self.x_resident_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_charged_in_cents": amount_charged_in_cents,
                "amount_paid_in_cents": amount_paid_in_cents,
                "amount_refunded_in_cents": amount_refunded_in_cents,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_data": integration_data,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "lease_id": lease_id,
                "notes": notes,
                "property_id": property_id,
                "refund_amount_due_in_cents": refund_amount_due_in_cents,
                "resident_id": resident_id,
                "updated_at": updated_at,
                "x_building_id": x_building_id,
                "x_deposit_type": x_deposit_type,
                "x_id": x_id,
                "x_lease_id": x_lease_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.integration_data_type_0 import IntegrationDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "amount_charged_in_cents"

            def _parse_amount_charged_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_charged_in_cents = _parse_amount_charged_in_cents(
                pop_required(d, "amount_charged_in_cents", "Deposit")
            )

            _field = "amount_paid_in_cents"

            def _parse_amount_paid_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_paid_in_cents = _parse_amount_paid_in_cents(pop_required(d, "amount_paid_in_cents", "Deposit"))

            _field = "amount_refunded_in_cents"

            def _parse_amount_refunded_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            amount_refunded_in_cents = _parse_amount_refunded_in_cents(
                pop_required(d, "amount_refunded_in_cents", "Deposit")
            )

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Deposit"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Deposit"))

            _field = "id"
            id = conform(pop_required(d, "id", "Deposit"), "str")

            _field = "integration_data"

            def _parse_integration_data(data: object) -> IntegrationDataType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_integration_data_type_0 = IntegrationDataType0.from_dict(data)

                    return componentsschemas_integration_data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(IntegrationDataType0 | None, conform(data))

            integration_data = _parse_integration_data(pop_required(d, "integration_data", "Deposit"))

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Deposit"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Deposit"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Deposit"))

            _field = "lease_id"

            def _parse_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            lease_id = _parse_lease_id(pop_required(d, "lease_id", "Deposit"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Deposit"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Deposit"), "str")

            _field = "refund_amount_due_in_cents"

            def _parse_refund_amount_due_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            refund_amount_due_in_cents = _parse_refund_amount_due_in_cents(
                pop_required(d, "refund_amount_due_in_cents", "Deposit")
            )

            _field = "resident_id"
            resident_id = conform(pop_required(d, "resident_id", "Deposit"), "str")

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Deposit"), "str")

            _field = "x_building_id"

            def _parse_x_building_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_building_id = _parse_x_building_id(pop_required(d, "x_building_id", "Deposit"))

            _field = "x_deposit_type"

            def _parse_x_deposit_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_deposit_type = _parse_x_deposit_type(pop_required(d, "x_deposit_type", "Deposit"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Deposit"), "str")

            _field = "x_lease_id"

            def _parse_x_lease_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_lease_id = _parse_x_lease_id(pop_required(d, "x_lease_id", "Deposit"))

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Deposit"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Deposit"), "str")

            _field = "x_resident_id"
            x_resident_id = conform(pop_required(d, "x_resident_id", "Deposit"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Deposit", _field) from _failure
        _instance = cls(
            amount_charged_in_cents=amount_charged_in_cents,
            amount_paid_in_cents=amount_paid_in_cents,
            amount_refunded_in_cents=amount_refunded_in_cents,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_data=integration_data,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            lease_id=lease_id,
            notes=notes,
            property_id=property_id,
            refund_amount_due_in_cents=refund_amount_due_in_cents,
            resident_id=resident_id,
            updated_at=updated_at,
            x_building_id=x_building_id,
            x_deposit_type=x_deposit_type,
            x_id=x_id,
            x_lease_id=x_lease_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
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
