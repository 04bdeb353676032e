from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor
from ..models.lease_status_normalized import LeaseStatusNormalized, check_lease_status_normalized
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0
    from ..models.lease_residents_meta_data_item import LeaseResidentsMetaDataItem
    from ..models.lease_services_item import LeaseServicesItem


T = TypeVar("T", bound="Lease")


@_attrs_define
class Lease:
    """
    Attributes:
        application_date (None | str):
        balance_amount_in_cents (float | None):
        balance_amount_raw (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        deposit_amount (None | str):
        deposit_amount_in_cents (float | None):
        deposit_date (None | str):
        end_date (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        past_due_balance_in_cents (float | None):
        past_due_balance_raw (None | str):
        property_id (str):
        realized_move_in_date (None | str):
        realized_move_out_date (None | str):
        rent_amount_in_cents (float | None):
        rent_amount_market_in_cents (float | None):
        rent_due_date (None | str):
        rent_due_day (int | None): At least 0.
        scheduled_move_in_date (None | str):
        scheduled_move_out_date (None | str):
        services (list[LeaseServicesItem]):
        signature_date (None | str):
        start_date (None | str):
        status (None | str): Deprecated.
        status_normalized (LeaseStatusNormalized): One of 'ACTIVE', 'INACTIVE', 'OTHER', 'PENDING', 'EVICTED'.
        status_raw (None | str):
        term (None | str):
        type_ (None | str):
        unit_id (None | str):
        unit_number (None | str):
        updated_at (str):
        write_off_amount_in_cents (float | None):
        write_off_amount_raw (None | str):
        x_id (str):
        x_property_id (str):
        x_resident_id (None | str): Deprecated.
        x_unit_id (None | str):
        residents_meta_data (list[LeaseResidentsMetaDataItem] | Unset):
    """

    application_date: None | str
    balance_amount_in_cents: float | None
    balance_amount_raw: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    deposit_amount: None | str
    deposit_amount_in_cents: float | None
    deposit_date: None | str
    end_date: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    past_due_balance_in_cents: float | None
    past_due_balance_raw: None | str
    property_id: str
    realized_move_in_date: None | str
    realized_move_out_date: None | str
    rent_amount_in_cents: float | None
    rent_amount_market_in_cents: float | None
    rent_due_date: None | str
    rent_due_day: int | None
    scheduled_move_in_date: None | str
    scheduled_move_out_date: None | str
    services: list[LeaseServicesItem]
    signature_date: None | str
    start_date: None | str
    status: None | str
    status_normalized: LeaseStatusNormalized
    status_raw: None | str
    term: None | str
    type_: None | str
    unit_id: None | str
    unit_number: None | str
    updated_at: str
    write_off_amount_in_cents: float | None
    write_off_amount_raw: None | str
    x_id: str
    x_property_id: str
    x_resident_id: None | str
    x_unit_id: None | str
    residents_meta_data: list[LeaseResidentsMetaDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        application_date: None | str
        application_date = self.application_date

        balance_amount_in_cents: float | None
        balance_amount_in_cents = self.balance_amount_in_cents

        balance_amount_raw: None | str
        balance_amount_raw = self.balance_amount_raw

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        deposit_amount: None | str
        deposit_amount = self.deposit_amount

        deposit_amount_in_cents: float | None
        deposit_amount_in_cents = self.deposit_amount_in_cents

        deposit_date: None | str
        deposit_date = self.deposit_date

        end_date: None | str
        end_date = self.end_date

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        past_due_balance_in_cents: float | None
        past_due_balance_in_cents = self.past_due_balance_in_cents

        past_due_balance_raw: None | str
        past_due_balance_raw = self.past_due_balance_raw

        property_id = self.property_id

        realized_move_in_date: None | str
        realized_move_in_date = self.realized_move_in_date

        realized_move_out_date: None | str
        realized_move_out_date = self.realized_move_out_date

        rent_amount_in_cents: float | None
        rent_amount_in_cents = self.rent_amount_in_cents

        rent_amount_market_in_cents: float | None
        rent_amount_market_in_cents = self.rent_amount_market_in_cents

        rent_due_date: None | str
        rent_due_date = self.rent_due_date

        rent_due_day: int | None
        rent_due_day = self.rent_due_day

        scheduled_move_in_date: None | str
        scheduled_move_in_date = self.scheduled_move_in_date

        scheduled_move_out_date: None | str
        scheduled_move_out_date = self.scheduled_move_out_date

        services = []
        for services_item_data in self.services:
            services_item = services_item_data.to_dict()
            services.append(services_item)

        signature_date: None | str
        signature_date = self.signature_date

        start_date: None | str
        start_date = self.start_date

        status: None | str
        status = self.status

        status_normalized: str = self.status_normalized

        status_raw: None | str
        status_raw = self.status_raw

        term: None | str
        term = self.term

        type_: None | str
        type_ = self.type_

        unit_id: None | str
        unit_id = self.unit_id

        unit_number: None | str
        unit_number = self.unit_number

        updated_at = self.updated_at

        write_off_amount_in_cents: float | None
        write_off_amount_in_cents = self.write_off_amount_in_cents

        write_off_amount_raw: None | str
        write_off_amount_raw = self.write_off_amount_raw

        x_id = self.x_id

        x_property_id = self.x_property_id

        x_resident_id: None | str
        x_resident_id = self.x_resident_id

        x_unit_id: None | str
        x_unit_id = self.x_unit_id

        residents_meta_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.residents_meta_data, Unset):
            residents_meta_data = []
            for residents_meta_data_item_data in self.residents_meta_data:
                residents_meta_data_item = residents_meta_data_item_data.to_dict()
                residents_meta_data.append(residents_meta_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "application_date": application_date,
                "balance_amount_in_cents": balance_amount_in_cents,
                "balance_amount_raw": balance_amount_raw,
                "created_at": created_at,
                "custom_data": custom_data,
                "deposit_amount": deposit_amount,
                "deposit_amount_in_cents": deposit_amount_in_cents,
                "deposit_date": deposit_date,
                "end_date": end_date,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "past_due_balance_in_cents": past_due_balance_in_cents,
                "past_due_balance_raw": past_due_balance_raw,
                "property_id": property_id,
                "realized_move_in_date": realized_move_in_date,
                "realized_move_out_date": realized_move_out_date,
                "rent_amount_in_cents": rent_amount_in_cents,
                "rent_amount_market_in_cents": rent_amount_market_in_cents,
                "rent_due_date": rent_due_date,
                "rent_due_day": rent_due_day,
                "scheduled_move_in_date": scheduled_move_in_date,
                "scheduled_move_out_date": scheduled_move_out_date,
                "services": services,
                "signature_date": signature_date,
                "start_date": start_date,
                "status": status,
                "status_normalized": status_normalized,
                "status_raw": status_raw,
                "term": term,
                "type": type_,
                "unit_id": unit_id,
                "unit_number": unit_number,
                "updated_at": updated_at,
                "write_off_amount_in_cents": write_off_amount_in_cents,
                "write_off_amount_raw": write_off_amount_raw,
                "x_id": x_id,
                "x_property_id": x_property_id,
                "x_resident_id": x_resident_id,
                "x_unit_id": x_unit_id,
            }
        )
        if residents_meta_data is not UNSET:
            field_dict["residents_meta_data"] = residents_meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415
        from ..models.lease_residents_meta_data_item import LeaseResidentsMetaDataItem  # noqa: PLC0415
        from ..models.lease_services_item import LeaseServicesItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "application_date"

            def _parse_application_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            application_date = _parse_application_date(pop_required(d, "application_date", "Lease"))

            _field = "balance_amount_in_cents"

            def _parse_balance_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            balance_amount_in_cents = _parse_balance_amount_in_cents(
                pop_required(d, "balance_amount_in_cents", "Lease")
            )

            _field = "balance_amount_raw"

            def _parse_balance_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            balance_amount_raw = _parse_balance_amount_raw(pop_required(d, "balance_amount_raw", "Lease"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "Lease"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "Lease"))

            _field = "deposit_amount"

            def _parse_deposit_amount(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_amount = _parse_deposit_amount(pop_required(d, "deposit_amount", "Lease"))

            _field = "deposit_amount_in_cents"

            def _parse_deposit_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            deposit_amount_in_cents = _parse_deposit_amount_in_cents(
                pop_required(d, "deposit_amount_in_cents", "Lease")
            )

            _field = "deposit_date"

            def _parse_deposit_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            deposit_date = _parse_deposit_date(pop_required(d, "deposit_date", "Lease"))

            _field = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end_date = _parse_end_date(pop_required(d, "end_date", "Lease"))

            _field = "id"
            id = conform(pop_required(d, "id", "Lease"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "Lease"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "Lease"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "Lease"))

            _field = "past_due_balance_in_cents"

            def _parse_past_due_balance_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            past_due_balance_in_cents = _parse_past_due_balance_in_cents(
                pop_required(d, "past_due_balance_in_cents", "Lease")
            )

            _field = "past_due_balance_raw"

            def _parse_past_due_balance_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            past_due_balance_raw = _parse_past_due_balance_raw(pop_required(d, "past_due_balance_raw", "Lease"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "Lease"), "str")

            _field = "realized_move_in_date"

            def _parse_realized_move_in_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            realized_move_in_date = _parse_realized_move_in_date(pop_required(d, "realized_move_in_date", "Lease"))

            _field = "realized_move_out_date"

            def _parse_realized_move_out_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            realized_move_out_date = _parse_realized_move_out_date(pop_required(d, "realized_move_out_date", "Lease"))

            _field = "rent_amount_in_cents"

            def _parse_rent_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_in_cents = _parse_rent_amount_in_cents(pop_required(d, "rent_amount_in_cents", "Lease"))

            _field = "rent_amount_market_in_cents"

            def _parse_rent_amount_market_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            rent_amount_market_in_cents = _parse_rent_amount_market_in_cents(
                pop_required(d, "rent_amount_market_in_cents", "Lease")
            )

            _field = "rent_due_date"

            def _parse_rent_due_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            rent_due_date = _parse_rent_due_date(pop_required(d, "rent_due_date", "Lease"))

            _field = "rent_due_day"

            def _parse_rent_due_day(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            rent_due_day = _parse_rent_due_day(pop_required(d, "rent_due_day", "Lease"))

            _field = "scheduled_move_in_date"

            def _parse_scheduled_move_in_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            scheduled_move_in_date = _parse_scheduled_move_in_date(pop_required(d, "scheduled_move_in_date", "Lease"))

            _field = "scheduled_move_out_date"

            def _parse_scheduled_move_out_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            scheduled_move_out_date = _parse_scheduled_move_out_date(
                pop_required(d, "scheduled_move_out_date", "Lease")
            )

            _field = "services"
            services = []
            _services = pop_required(d, "services", "Lease")
            for services_item_data in _services:
                services_item = LeaseServicesItem.from_dict(services_item_data)

                services.append(services_item)

            _field = "signature_date"

            def _parse_signature_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            signature_date = _parse_signature_date(pop_required(d, "signature_date", "Lease"))

            _field = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            start_date = _parse_start_date(pop_required(d, "start_date", "Lease"))

            _field = "status"

            def _parse_status(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status = _parse_status(pop_required(d, "status", "Lease"))

            _field = "status_normalized"
            status_normalized = check_lease_status_normalized(pop_required(d, "status_normalized", "Lease"))

            _field = "status_raw"

            def _parse_status_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            status_raw = _parse_status_raw(pop_required(d, "status_raw", "Lease"))

            _field = "term"

            def _parse_term(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            term = _parse_term(pop_required(d, "term", "Lease"))

            _field = "type"

            def _parse_type_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            type_ = _parse_type_(pop_required(d, "type", "Lease"))

            _field = "unit_id"

            def _parse_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_id = _parse_unit_id(pop_required(d, "unit_id", "Lease"))

            _field = "unit_number"

            def _parse_unit_number(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            unit_number = _parse_unit_number(pop_required(d, "unit_number", "Lease"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "Lease"), "str")

            _field = "write_off_amount_in_cents"

            def _parse_write_off_amount_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            write_off_amount_in_cents = _parse_write_off_amount_in_cents(
                pop_required(d, "write_off_amount_in_cents", "Lease")
            )

            _field = "write_off_amount_raw"

            def _parse_write_off_amount_raw(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            write_off_amount_raw = _parse_write_off_amount_raw(pop_required(d, "write_off_amount_raw", "Lease"))

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "Lease"), "str")

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "Lease"), "str")

            _field = "x_resident_id"

            def _parse_x_resident_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_resident_id = _parse_x_resident_id(pop_required(d, "x_resident_id", "Lease"))

            _field = "x_unit_id"

            def _parse_x_unit_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_unit_id = _parse_x_unit_id(pop_required(d, "x_unit_id", "Lease"))

            _field = "residents_meta_data"
            _residents_meta_data = d.pop("residents_meta_data", UNSET)
            residents_meta_data: list[LeaseResidentsMetaDataItem] | Unset = UNSET
            if _residents_meta_data is not UNSET:
                residents_meta_data = []
                for residents_meta_data_item_data in _residents_meta_data:
                    residents_meta_data_item = LeaseResidentsMetaDataItem.from_dict(residents_meta_data_item_data)

                    residents_meta_data.append(residents_meta_data_item)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Lease", _field) from _failure
        _instance = cls(
            application_date=application_date,
            balance_amount_in_cents=balance_amount_in_cents,
            balance_amount_raw=balance_amount_raw,
            created_at=created_at,
            custom_data=custom_data,
            deposit_amount=deposit_amount,
            deposit_amount_in_cents=deposit_amount_in_cents,
            deposit_date=deposit_date,
            end_date=end_date,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            past_due_balance_in_cents=past_due_balance_in_cents,
            past_due_balance_raw=past_due_balance_raw,
            property_id=property_id,
            realized_move_in_date=realized_move_in_date,
            realized_move_out_date=realized_move_out_date,
            rent_amount_in_cents=rent_amount_in_cents,
            rent_amount_market_in_cents=rent_amount_market_in_cents,
            rent_due_date=rent_due_date,
            rent_due_day=rent_due_day,
            scheduled_move_in_date=scheduled_move_in_date,
            scheduled_move_out_date=scheduled_move_out_date,
            services=services,
            signature_date=signature_date,
            start_date=start_date,
            status=status,
            status_normalized=status_normalized,
            status_raw=status_raw,
            term=term,
            type_=type_,
            unit_id=unit_id,
            unit_number=unit_number,
            updated_at=updated_at,
            write_off_amount_in_cents=write_off_amount_in_cents,
            write_off_amount_raw=write_off_amount_raw,
            x_id=x_id,
            x_property_id=x_property_id,
            x_resident_id=x_resident_id,
            x_unit_id=x_unit_id,
            residents_meta_data=residents_meta_data,
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
