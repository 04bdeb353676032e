from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realpage_partner_exchange_method_specific import RealpagePartnerExchangeMethodSpecific


T = TypeVar("T", bound="RealpagePartnerExchange")


@_attrs_define
class RealpagePartnerExchange:
    """
    Attributes:
        base_url (str): Length at least 1. Format: uri.
        licensekey (str): Length at least 1.
        method_specific (RealpagePartnerExchangeMethodSpecific | Unset):
        pmc_id (str | Unset):
        site_id (str | Unset):
    """

    base_url: str
    licensekey: str
    method_specific: RealpagePartnerExchangeMethodSpecific | Unset = UNSET
    pmc_id: str | Unset = UNSET
    site_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_url = self.base_url

        licensekey = self.licensekey

        method_specific: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method_specific, Unset):
            method_specific = self.method_specific.to_dict()

        pmc_id = self.pmc_id

        site_id = self.site_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUrl": base_url,
                "licensekey": licensekey,
            }
        )
        if method_specific is not UNSET:
            field_dict["method_specific"] = method_specific
        if pmc_id is not UNSET:
            field_dict["pmcId"] = pmc_id
        if site_id is not UNSET:
            field_dict["siteId"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.realpage_partner_exchange_method_specific import RealpagePartnerExchangeMethodSpecific  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "baseUrl"
            base_url = conform(pop_required(d, "baseUrl", "RealpagePartnerExchange"), "str")

            _field = "licensekey"
            licensekey = conform(pop_required(d, "licensekey", "RealpagePartnerExchange"), "str")

            _field = "method_specific"
            _method_specific = d.pop("method_specific", UNSET)
            method_specific: RealpagePartnerExchangeMethodSpecific | Unset
            if isinstance(_method_specific, Unset):
                method_specific = UNSET
            else:
                method_specific = RealpagePartnerExchangeMethodSpecific.from_dict(_method_specific)

            _field = "pmcId"
            pmc_id = conform(d.pop("pmcId", UNSET), "str")

            _field = "siteId"
            site_id = conform(d.pop("siteId", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RealpagePartnerExchange", _field) from _failure
        _instance = cls(
            base_url=base_url,
            licensekey=licensekey,
            method_specific=method_specific,
            pmc_id=pmc_id,
            site_id=site_id,
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
