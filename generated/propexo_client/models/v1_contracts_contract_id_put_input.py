from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="V1ContractsContractIdPutInput")


@_attrs_define
class V1ContractsContractIdPutInput:
    """
    Attributes:
        end_date (datetime.datetime | str | Unset):
        expense_type (str | Unset):
        notes (str | Unset):
        retention_percent (str | Unset):
        start_date (datetime.datetime | str | Unset):
        vendor_id (str | Unset):
    """

    end_date: datetime.datetime | str | Unset = UNSET
    expense_type: str | Unset = UNSET
    notes: str | Unset = UNSET
    retention_percent: str | Unset = UNSET
    start_date: datetime.datetime | str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date: str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        expense_type = self.expense_type

        notes = self.notes

        retention_percent = self.retention_percent

        start_date: str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        vendor_id = self.vendor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if expense_type is not UNSET:
            field_dict["expense_type"] = expense_type
        if notes is not UNSET:
            field_dict["notes"] = notes
        if retention_percent is not UNSET:
            field_dict["retention_percent"] = retention_percent
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_end_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        expense_type = d.pop("expense_type", UNSET)

        notes = d.pop("notes", UNSET)

        retention_percent = d.pop("retention_percent", UNSET)

        def _parse_start_date(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        vendor_id = d.pop("vendor_id", UNSET)

        v1_contracts_contract_id_put_input = cls(
            end_date=end_date,
            expense_type=expense_type,
            notes=notes,
            retention_percent=retention_percent,
            start_date=start_date,
            vendor_id=vendor_id,
        )

        v1_contracts_contract_id_put_input.additional_properties = d
        return v1_contracts_contract_id_put_input

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
