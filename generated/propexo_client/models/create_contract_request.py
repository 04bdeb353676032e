from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_contract_request_contract_details_item import CreateContractRequestContractDetailsItem


T = TypeVar("T", bound="CreateContractRequest")


@_attrs_define
class CreateContractRequest:
    """
    Attributes:
        integration_id (str):
        contract_details (list[CreateContractRequestContractDetailsItem] | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        expense_type (str | Unset):
        notes (str | Unset):
        retention_percent (str | Unset):
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        vendor_id (str | Unset):
        x_id (str | Unset): Length at most 16.
    """

    integration_id: str
    contract_details: list[CreateContractRequestContractDetailsItem] | Unset = UNSET
    end_date: str | Unset = UNSET
    expense_type: str | Unset = UNSET
    notes: str | Unset = UNSET
    retention_percent: str | Unset = UNSET
    start_date: str | Unset = UNSET
    vendor_id: str | Unset = UNSET
    x_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        contract_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contract_details, Unset):
            contract_details = []
            for contract_details_item_data in self.contract_details:
                contract_details_item = contract_details_item_data.to_dict()
                contract_details.append(contract_details_item)

        end_date = self.end_date

        expense_type = self.expense_type

        notes = self.notes

        retention_percent = self.retention_percent

        start_date = self.start_date

        vendor_id = self.vendor_id

        x_id = self.x_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if contract_details is not UNSET:
            field_dict["contract_details"] = contract_details
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
        if x_id is not UNSET:
            field_dict["x_id"] = x_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_contract_request_contract_details_item import CreateContractRequestContractDetailsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateContractRequest"), "str")

            _field = "contract_details"
            _contract_details = d.pop("contract_details", UNSET)
            contract_details: list[CreateContractRequestContractDetailsItem] | Unset = UNSET
            if _contract_details is not UNSET:
                contract_details = []
                for contract_details_item_data in _contract_details:
                    contract_details_item = CreateContractRequestContractDetailsItem.from_dict(
                        contract_details_item_data
                    )

                    contract_details.append(contract_details_item)

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "expense_type"
            expense_type = conform(d.pop("expense_type", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "retention_percent"
            retention_percent = conform(d.pop("retention_percent", UNSET), "str")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

            _field = "vendor_id"
            vendor_id = conform(d.pop("vendor_id", UNSET), "str")

            _field = "x_id"
            x_id = conform(d.pop("x_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateContractRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            contract_details=contract_details,
            end_date=end_date,
            expense_type=expense_type,
            notes=notes,
            retention_percent=retention_percent,
            start_date=start_date,
            vendor_id=vendor_id,
            x_id=x_id,
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
