from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.integration_vendor import IntegrationVendor, check_integration_vendor

if TYPE_CHECKING:
    from ..models.custom_data_type_0 import CustomDataType0


T = TypeVar("T", bound="ChargeCode")


@_attrs_define
class ChargeCode:
    """
    Attributes:
        created_at (str):
        credit_gl_account (None | str):
        custom_data (CustomDataType0 | None):
        debit_gl_account (None | str):
        description (None | str):
        id (str):
        integration_id (str):
        integration_vendor (IntegrationVendor): One of 'SAMPLE2', 'BUILDIUM', 'ENTRATA', 'MRI', 'PROPERTYWARE',
            'PROPERTYWARE_REST', 'REALPAGE', 'REALPAGE_RPX', 'RENTMANAGER', 'RENTVINE', 'RESMAN', 'SAMPLE1'.
        last_seen (None | str):
        name (None | str):
        property_id (str):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    created_at: str
    credit_gl_account: None | str
    custom_data: CustomDataType0 | None
    debit_gl_account: None | str
    description: None | str
    id: str
    integration_id: str
    integration_vendor: IntegrationVendor
    last_seen: None | str
    name: None | str
    property_id: str
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_data_type_0 import CustomDataType0  # noqa: PLC0415

        created_at = self.created_at

        credit_gl_account: None | str
        credit_gl_account = self.credit_gl_account

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, CustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        debit_gl_account: None | str
        debit_gl_account = self.debit_gl_account

        description: None | str
        description = self.description

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        name: None | str
        name = self.name

        property_id = self.property_id

        updated_at = self.updated_at

        x_id = self.x_id

        x_location_id: None | str
        x_location_id = self.x_location_id

        x_property_id = self.x_property_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "credit_gl_account": credit_gl_account,
                "custom_data": custom_data,
                "debit_gl_account": debit_gl_account,
                "description": description,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "name": name,
                "property_id": property_id,
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
            _field = "created_at"
            created_at = conform(pop_required(d, "created_at", "ChargeCode"), "str")

            _field = "credit_gl_account"

            def _parse_credit_gl_account(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            credit_gl_account = _parse_credit_gl_account(pop_required(d, "credit_gl_account", "ChargeCode"))

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

            custom_data = _parse_custom_data(pop_required(d, "custom_data", "ChargeCode"))

            _field = "debit_gl_account"

            def _parse_debit_gl_account(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            debit_gl_account = _parse_debit_gl_account(pop_required(d, "debit_gl_account", "ChargeCode"))

            _field = "description"

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            description = _parse_description(pop_required(d, "description", "ChargeCode"))

            _field = "id"
            id = conform(pop_required(d, "id", "ChargeCode"), "str")

            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "ChargeCode"), "str")

            _field = "integration_vendor"
            integration_vendor = check_integration_vendor(pop_required(d, "integration_vendor", "ChargeCode"))

            _field = "last_seen"

            def _parse_last_seen(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            last_seen = _parse_last_seen(pop_required(d, "last_seen", "ChargeCode"))

            _field = "name"

            def _parse_name(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            name = _parse_name(pop_required(d, "name", "ChargeCode"))

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "ChargeCode"), "str")

            _field = "updated_at"
            updated_at = conform(pop_required(d, "updated_at", "ChargeCode"), "str")

            _field = "x_id"
            x_id = conform(pop_required(d, "x_id", "ChargeCode"), "str")

            _field = "x_location_id"

            def _parse_x_location_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, conform(data, "str"))

            x_location_id = _parse_x_location_id(pop_required(d, "x_location_id", "ChargeCode"))

            _field = "x_property_id"
            x_property_id = conform(pop_required(d, "x_property_id", "ChargeCode"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ChargeCode", _field) from _failure
        _instance = cls(
            created_at=created_at,
            credit_gl_account=credit_gl_account,
            custom_data=custom_data,
            debit_gl_account=debit_gl_account,
            description=description,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            name=name,
            property_id=property_id,
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
