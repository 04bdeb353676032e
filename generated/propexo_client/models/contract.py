from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="Contract")


@_attrs_define
class Contract:
    """
    Attributes:
        construction_job_id (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        end_date (None | str):
        expense_type (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoiced_total_in_cents (float | None):
        last_seen (None | str):
        notes (None | str):
        original_amount_in_cents (float | None):
        property_id (str):
        retention_percent (None | str):
        start_date (None | str):
        status_normalized (None | str):
        status_raw (None | str):
        total_amount_in_cents (float | None):
        updated_at (str):
        vendor_id (None | str):
        x_construction_job_id (None | str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
        x_vendor_id (None | str):
    """

    construction_job_id: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    end_date: None | str
    expense_type: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    invoiced_total_in_cents: float | None
    last_seen: None | str
    notes: None | str
    original_amount_in_cents: float | None
    property_id: str
    retention_percent: None | str
    start_date: None | str
    status_normalized: None | str
    status_raw: None | str
    total_amount_in_cents: float | None
    updated_at: str
    vendor_id: None | str
    x_construction_job_id: None | str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    x_vendor_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        construction_job_id: None | str
        construction_job_id = self.construction_job_id

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        end_date: None | str
        end_date = self.end_date

        expense_type: None | str
        expense_type = self.expense_type

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        invoiced_total_in_cents: float | None
        invoiced_total_in_cents = self.invoiced_total_in_cents

        last_seen: None | str
        last_seen = self.last_seen

        notes: None | str
        notes = self.notes

        original_amount_in_cents: float | None
        original_amount_in_cents = self.original_amount_in_cents

        property_id = self.property_id

        retention_percent: None | str
        retention_percent = self.retention_percent

        start_date: None | str
        start_date = self.start_date

        status_normalized: None | str
        status_normalized = self.status_normalized

        status_raw: None | str
        status_raw = self.status_raw

        total_amount_in_cents: float | None
        total_amount_in_cents = self.total_amount_in_cents

        updated_at = self.updated_at

        vendor_id: None | str
        vendor_id = self.vendor_id

        x_construction_job_id: None | str
        x_construction_job_id = self.x_construction_job_id

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        x_vendor_id: None | str
        x_vendor_id = self.x_vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "construction_job_id": construction_job_id,
                "created_at": created_at,
                "custom_data": custom_data,
                "end_date": end_date,
                "expense_type": expense_type,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "invoiced_total_in_cents": invoiced_total_in_cents,
                "last_seen": last_seen,
                "notes": notes,
                "original_amount_in_cents": original_amount_in_cents,
                "property_id": property_id,
                "retention_percent": retention_percent,
                "start_date": start_date,
                "status_normalized": status_normalized,
                "status_raw": status_raw,
                "total_amount_in_cents": total_amount_in_cents,
                "updated_at": updated_at,
                "vendor_id": vendor_id,
                "x_construction_job_id": x_construction_job_id,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
                "x_vendor_id": x_vendor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "construction_job_id"

            def _parse_construction_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            construction_job_id = _parse_construction_job_id(pop_required(d, "construction_job_id", "Contract"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Contract"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Contract"))

            _field = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end_date = _parse_end_date(pop_required(d, "end_date", "Contract"))

            _field = "expense_type"

            def _parse_expense_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            expense_type = _parse_expense_type(pop_required(d, "expense_type", "Contract"))

            _field = "id"
            id = conform(pop_required(d, "id", "Contract"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Contract"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Contract"))

            _field = "invoiced_total_in_cents"

            def _parse_invoiced_total_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            invoiced_total_in_cents = _parse_invoiced_total_in_cents(
                pop_required(d, "invoiced_total_in_cents", "Contract")
            )

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Contract"))

            _field = "notes"

            def _parse_notes(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            notes = _parse_notes(pop_required(d, "notes", "Contract"))

            _field = "original_amount_in_cents"

            def _parse_original_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            original_amount_in_cents = _parse_original_amount_in_cents(
                pop_required(d, "original_amount_in_cents", "Contract")
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Contract"), "str")

            _field = "retention_percent"

            def _parse_retention_percent(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            retention_percent = _parse_retention_percent(pop_required(d, "retention_percent", "Contract"))

            _field = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            start_date = _parse_start_date(pop_required(d, "start_date", "Contract"))

            _field = "status_normalized"

            def _parse_status_normalized(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_normalized = _parse_status_normalized(pop_required(d, "status_normalized", "Contract"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "Contract"))

            _field = "total_amount_in_cents"

            def _parse_total_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            total_amount_in_cents = _parse_total_amount_in_cents(pop_required(d, "total_amount_in_cents", "Contract"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Contract"), "str")

            _field = "vendor_id"

            def _parse_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            vendor_id = _parse_vendor_id(pop_required(d, "vendor_id", "Contract"))

            _field = "x_construction_job_id"

            def _parse_x_construction_job_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_construction_job_id = _parse_x_construction_job_id(pop_required(d, "x_construction_job_id", "Contract"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Contract"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "Contract"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Contract"), "str")

            _field = "x_vendor_id"

            def _parse_x_vendor_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_vendor_id = _parse_x_vendor_id(pop_required(d, "x_vendor_id", "Contract"))

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Contract", _field) from _failure
        _instance = cls(
            construction_job_id=construction_job_id,
            created_at=created_at,
            custom_data=custom_data,
            end_date=end_date,
            expense_type=expense_type,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            invoiced_total_in_cents=invoiced_total_in_cents,
            last_seen=last_seen,
            notes=notes,
            original_amount_in_cents=original_amount_in_cents,
            property_id=property_id,
            retention_percent=retention_percent,
            start_date=start_date,
            status_normalized=status_normalized,
            status_raw=status_raw,
            total_amount_in_cents=total_amount_in_cents,
            updated_at=updated_at,
            vendor_id=vendor_id,
            x_construction_job_id=x_construction_job_id,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
            x_vendor_id=x_vendor_id,
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
