from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ConstructionJobDetail")


@_attrs_define
class ConstructionJobDetail:
    """
    Attributes:
        category_description (None | str):
        cost_code (None | str):
        created_at (str):
        custom_data (CustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        invoiced_total_in_cents (float | None):
        last_seen (None | str):
        original_budget_in_cents (float | None):
        property_id (str):
        revised_budget_in_cents (float | None):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    category_description: None | str
    cost_code: None | str
    created_at: str
    custom_data: CustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    invoiced_total_in_cents: float | None
    last_seen: None | str
    original_budget_in_cents: float | None
    property_id: str
    revised_budget_in_cents: float | None
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        category_description: None | str
        category_description = self.category_description

        cost_code: None | str
        cost_code = self.cost_code

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        invoiced_total_in_cents: float | None
        invoiced_total_in_cents = self.invoiced_total_in_cents

        last_seen: None | str
        last_seen = self.last_seen

        original_budget_in_cents: float | None
        original_budget_in_cents = self.original_budget_in_cents

        property_id = self.property_id

        revised_budget_in_cents: float | None
        revised_budget_in_cents = self.revised_budget_in_cents

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category_description": category_description,
                "cost_code": cost_code,
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "invoiced_total_in_cents": invoiced_total_in_cents,
                "last_seen": last_seen,
                "original_budget_in_cents": original_budget_in_cents,
                "property_id": property_id,
                "revised_budget_in_cents": revised_budget_in_cents,
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

        d = dict(src_dict)
        _field = ""
        try:
            _field = "category_description"

            def _parse_category_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            category_description = _parse_category_description(
                pop_required(d, "category_description", "ConstructionJobDetail")
            )

            _field = "cost_code"

            def _parse_cost_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            cost_code = _parse_cost_code(pop_required(d, "cost_code", "ConstructionJobDetail"))

            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ConstructionJobDetail"), "str")

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ConstructionJobDetail"))

            _field = "id"
            id = conform(pop_required(d, "id", "ConstructionJobDetail"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ConstructionJobDetail"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(
                pop_required(d, "integration_vendor", "ConstructionJobDetail")
            )

            _field = "invoiced_total_in_cents"

            def _parse_invoiced_total_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            invoiced_total_in_cents = _parse_invoiced_total_in_cents(
                pop_required(d, "invoiced_total_in_cents", "ConstructionJobDetail")
            )

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ConstructionJobDetail"))

            _field = "original_budget_in_cents"

            def _parse_original_budget_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            original_budget_in_cents = _parse_original_budget_in_cents(
                pop_required(d, "original_budget_in_cents", "ConstructionJobDetail")
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ConstructionJobDetail"), "str")

            _field = "revised_budget_in_cents"

            def _parse_revised_budget_in_cents(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, conform(data, "float"))

            revised_budget_in_cents = _parse_revised_budget_in_cents(
                pop_required(d, "revised_budget_in_cents", "ConstructionJobDetail")
            )

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ConstructionJobDetail"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ConstructionJobDetail"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "ConstructionJobDetail"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ConstructionJobDetail"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ConstructionJobDetail", _field) from _failure
        _instance = cls(
            category_description=category_description,
            cost_code=cost_code,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            invoiced_total_in_cents=invoiced_total_in_cents,
            last_seen=last_seen,
            original_budget_in_cents=original_budget_in_cents,
            property_id=property_id,
            revised_budget_in_cents=revised_budget_in_cents,
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
