from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.bank_accounts_item_account_type import BankAccountsItemAccountType, check_bank_accounts_item_account_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccountsItem")


@_attrs_define
class BankAccountsItem:
    """
    Attributes:
        name (str):
        account_number (str | Unset):
        account_type (BankAccountsItemAccountType | Unset): One of 'SAVINGS', 'CHECKING'.
        balance_in_cents (int | Unset): At least 0.
    """

    name: str
    account_number: str | Unset = UNSET
    account_type: BankAccountsItemAccountType | Unset = UNSET
    balance_in_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        account_number = self.account_number

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        balance_in_cents = self.balance_in_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if balance_in_cents is not UNSET:
            field_dict["balance_in_cents"] = balance_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "name"
            name = conform(pop_required(d, "name", "BankAccountsItem"), "str")

            _field = "account_number"
            account_number = conform(d.pop("account_number", UNSET), "str")

            _field = "account_type"
            _account_type = d.pop("account_type", UNSET)
            account_type: BankAccountsItemAccountType | Unset
            if isinstance(_account_type, Unset):
                account_type = UNSET
            else:
                account_type = check_bank_accounts_item_account_type(_account_type)

            _field = "balance_in_cents"
            balance_in_cents = conform(d.pop("balance_in_cents", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "BankAccountsItem", _field) from _failure
        _instance = cls(
            name=name,
            account_number=account_number,
            account_type=account_type,
            balance_in_cents=balance_in_cents,
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
