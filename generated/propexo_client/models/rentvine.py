from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="Rentvine")


@_attrs_define
class Rentvine:
    """
    Attributes:
        api_key (str):
        api_secret (str):
        company_id (str):
        portfolio_id (str | Unset):
    """

    api_key: str
    api_secret: str
    company_id: str
    portfolio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        company_id = self.company_id

        portfolio_id = self.portfolio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "apiSecret": api_secret,
                "companyId": company_id,
            }
        )
        if portfolio_id is not UNSET:
            field_dict["portfolioId"] = portfolio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "apiKey"
            api_key = conform(pop_required(d, "apiKey", "Rentvine"), "str")

            _field = "apiSecret"
            api_secret = conform(pop_required(d, "apiSecret", "Rentvine"), "str")

            _field = "companyId"
            company_id = conform(pop_required(d, "companyId", "Rentvine"), "str")

            _field = "portfolioId"
            portfolio_id = conform(d.pop("portfolioId", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Rentvine", _field) from _failure
        _instance = cls(
            api_key=api_key,
            api_secret=api_secret,
            company_id=company_id,
            portfolio_id=portfolio_id,
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
