from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContractRequestContractDetailsItem")


@_attrs_define
class CreateContractRequestContractDetailsItem:
    """
    Attributes:
        construction_job_id (str):
        property_id (str):
        total_amount_in_cents (float):
        category_code (str | Unset):
        cost_code (str | Unset):
        financial_account_id (str | Unset):
        notes (str | Unset):
        retention_percent (str | Unset):
    """

    construction_job_id: str
    property_id: str
    total_amount_in_cents: float
    category_code: str | Unset = UNSET
    cost_code: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    notes: str | Unset = UNSET
    retention_percent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        construction_job_id = self.construction_job_id

        property_id = self.property_id

        total_amount_in_cents = self.total_amount_in_cents

        category_code = self.category_code

        cost_code = self.cost_code

        financial_account_id = self.financial_account_id

        notes = self.notes

        retention_percent = self.retention_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "construction_job_id": construction_job_id,
                "property_id": property_id,
                "total_amount_in_cents": total_amount_in_cents,
            }
        )
        if category_code is not UNSET:
            field_dict["category_code"] = category_code
        if cost_code is not UNSET:
            field_dict["cost_code"] = cost_code
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if retention_percent is not UNSET:
            field_dict["retention_percent"] = retention_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "construction_job_id"
            construction_job_id = conform(
                pop_required(d, "construction_job_id", "CreateContractRequestContractDetailsItem"), "str"
            )

            _field = "property_id"
            property_id = conform(pop_required(d, "property_id", "CreateContractRequestContractDetailsItem"), "str")

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(
                pop_required(d, "total_amount_in_cents", "CreateContractRequestContractDetailsItem"), "float"
            )

            _field = "category_code"
            category_code = conform(d.pop("category_code", UNSET), "str")

            _field = "cost_code"
            cost_code = conform(d.pop("cost_code", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "retention_percent"
            retention_percent = conform(d.pop("retention_percent", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateContractRequestContractDetailsItem", _field) from _failure
        _instance = cls(
            construction_job_id=construction_job_id,
            property_id=property_id,
            total_amount_in_cents=total_amount_in_cents,
            category_code=category_code,
            cost_code=cost_code,
            financial_account_id=financial_account_id,
            notes=notes,
            retention_percent=retention_percent,
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
