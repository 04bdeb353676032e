from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_1 import Enum1, check_enum_1

if TYPE_CHECKING:
    from ..models.financial_account_custom_data_type_0 import FinancialAccountCustomDataType0


T = TypeVar("T", bound="FinancialAccount")


@_attrs_define
class FinancialAccount:
    """
    Attributes:
        account_number (None | str):
        created_at (str):
        custom_data (FinancialAccountCustomDataType0 | None):
        id (str):
        integration_id (str):
        integration_vendor (Enum1):
        last_seen (None | str):
        name (None | str):
        property_id (str):
        status_raw (None | str):
        updated_at (str):
        x_id (str):
        x_location_id (None | str):
        x_property_id (str):
    """

    account_number: None | str
    created_at: str
    custom_data: FinancialAccountCustomDataType0 | None
    id: str
    integration_id: str
    integration_vendor: Enum1
    last_seen: None | str
    name: None | str
    property_id: str
    status_raw: None | str
    updated_at: str
    x_id: str
    x_location_id: None | str
    x_property_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.financial_account_custom_data_type_0 import FinancialAccountCustomDataType0  # noqa: PLC0415

        account_number: None | str
        account_number = self.account_number

        created_at = self.created_at

        custom_data: dict[str, Any] | None
        if isinstance(self.custom_data, FinancialAccountCustomDataType0):
            custom_data = self.custom_data.to_dict()
        else:
            custom_data = self.custom_data

        id = self.id

        integration_id = self.integration_id

        integration_vendor: str = self.integration_vendor

        last_seen: None | str
        last_seen = self.last_seen

        name: None | str
        name = self.name

        property_id = self.property_id

        status_raw: None | str
        status_raw = self.status_raw

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
                "created_at": created_at,
                "custom_data": custom_data,
                "id": id,
                "integration_id": integration_id,
                "integration_vendor": integration_vendor,
                "last_seen": last_seen,
                "name": name,
                "property_id": property_id,
                "status_raw": status_raw,
                "updated_at": updated_at,
                "x_id": x_id,
                "x_location_id": x_location_id,
                "x_property_id": x_property_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.financial_account_custom_data_type_0 import FinancialAccountCustomDataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_number = _parse_account_number(d.pop("account_number"))

        created_at = d.pop("created_at")

        def _parse_custom_data(data: object) -> FinancialAccountCustomDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_data_type_0 = FinancialAccountCustomDataType0.from_dict(data)

                return custom_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinancialAccountCustomDataType0 | None, data)

        custom_data = _parse_custom_data(d.pop("custom_data"))

        id = d.pop("id")

        integration_id = d.pop("integration_id")

        integration_vendor = check_enum_1(d.pop("integration_vendor"))

        def _parse_last_seen(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_seen = _parse_last_seen(d.pop("last_seen"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        property_id = d.pop("property_id")

        def _parse_status_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_raw = _parse_status_raw(d.pop("status_raw"))

        updated_at = d.pop("updated_at")

        x_id = d.pop("x_id")

        def _parse_x_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        x_location_id = _parse_x_location_id(d.pop("x_location_id"))

        x_property_id = d.pop("x_property_id")

        financial_account = cls(
            account_number=account_number,
            created_at=created_at,
            custom_data=custom_data,
            id=id,
            integration_id=integration_id,
            integration_vendor=integration_vendor,
            last_seen=last_seen,
            name=name,
            property_id=property_id,
            status_raw=status_raw,
            updated_at=updated_at,
            x_id=x_id,
            x_location_id=x_location_id,
            x_property_id=x_property_id,
        )

        financial_account.additional_properties = d
        return financial_account

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
