from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ListingPricing")


@_attrs_define
class ListingPricing:
    """
    Attributes:
        available_date (None | str):
        base_rent_in_cents (float | None):
        concession_in_cents (float | None):
        created_at (str):
        custom_data (CustomDataType0 | None):
        effective_rent_in_cents (float | None):
        end_date (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        lease_term_in_months (int | None):
        listing_id (None | str):
        property_id (str):
        start_date (None | str):
        updated_at (str):
        x_id (str):
        x_listing_id (None | str):
        x_property_id (str):
    """

    available_date: None | str
    base_rent_in_cents: float | None
    concession_in_cents: float | None
    created_at: str
    custom_data: CustomDataType0 | None
    effective_rent_in_cents: float | None
    end_date: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    lease_term_in_months: int | None
    listing_id: None | str
    property_id: str
    start_date: None | str
    updated_at: str
    x_id: str
    x_listing_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        available_date: None | str
        available_date = self.available_date

        base_rent_in_cents: float | None
        base_rent_in_cents = self.base_rent_in_cents

        concession_in_cents: float | None
        concession_in_cents = self.concession_in_cents

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        effective_rent_in_cents: float | None
        effective_rent_in_cents = self.effective_rent_in_cents

        end_date: None | str
        end_date = self.end_date

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        lease_term_in_months: int | None
        lease_term_in_months = self.lease_term_in_months

        listing_id: None | str
        listing_id = self.listing_id

        property_id = self.property_id

        start_date: None | str
        start_date = self.start_date

        updated_at = self.updated_at

        x_id = self.x_id

        x_listing_id: None | str
        x_listing_id = self.x_listing_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_date": available_date,
                "base_rent_in_cents": base_rent_in_cents,
                "concession_in_cents": concession_in_cents,
                "created_at": created_at,
                "custom_data": custom_data,
                "effective_rent_in_cents": effective_rent_in_cents,
                "end_date": end_date,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "lease_term_in_months": lease_term_in_months,
                "listing_id": listing_id,
                "property_id": property_id,
                "start_date": start_date,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_listing_id": x_listing_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "available_date"

            def _parse_available_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            available_date = _parse_available_date(pop_required(d, "available_date", "ListingPricing"))

            _field = "base_rent_in_cents"

            def _parse_base_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            base_rent_in_cents = _parse_base_rent_in_cents(pop_required(d, "base_rent_in_cents", "ListingPricing"))

            _field = "concession_in_cents"

            def _parse_concession_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            concession_in_cents = _parse_concession_in_cents(pop_required(d, "concession_in_cents", "ListingPricing"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ListingPricing"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ListingPricing"))

            _field = "effective_rent_in_cents"

            def _parse_effective_rent_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            effective_rent_in_cents = _parse_effective_rent_in_cents(
                pop_required(d, "effective_rent_in_cents", "ListingPricing")
            )

            _field = "end_date"

            def _parse_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            end_date = _parse_end_date(pop_required(d, "end_date", "ListingPricing"))

            _field = "id"
            id = conform(pop_required(d, "id", "ListingPricing"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ListingPricing"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "ListingPricing"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ListingPricing"))

            _field = "lease_term_in_months"

            def _parse_lease_term_in_months(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, conform(data, "int"))

            lease_term_in_months = _parse_lease_term_in_months(
                pop_required(d, "lease_term_in_months", "ListingPricing")
            )

            _field = "listing_id"

            def _parse_listing_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            listing_id = _parse_listing_id(pop_required(d, "listing_id", "ListingPricing"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ListingPricing"), "str")

            _field = "start_date"

            def _parse_start_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            start_date = _parse_start_date(pop_required(d, "start_date", "ListingPricing"))

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ListingPricing"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ListingPricing"), "str")

            _field = "x_listing_id"

            def _parse_x_listing_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_listing_id = _parse_x_listing_id(pop_required(d, "x_listing_id", "ListingPricing"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ListingPricing"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ListingPricing", _field) from _failure
        _instance = cls(
            available_date=available_date,
            base_rent_in_cents=base_rent_in_cents,
            concession_in_cents=concession_in_cents,
            created_at=created_at,
            custom_data=custom_data,
            effective_rent_in_cents=effective_rent_in_cents,
            end_date=end_date,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            lease_term_in_months=lease_term_in_months,
            listing_id=listing_id,
            property_id=property_id,
            start_date=start_date,
            updated_at=updated_at,
            x_id=x_id,
            x_listing_id=x_listing_id,
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
