from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_listing_request_custom_data import CreateListingRequestCustomData


T = TypeVar("T", bound="CreateListingRequest")


@_attrs_define
class CreateListingRequest:
    """
    Attributes:
        available_date (str):
        contact_id (str):
        deposit_amount_in_cents (int): At least 0.
        is_managed_external (bool):
        rent_amount_in_cents (int): At least 0.
        unit_id (str):
        custom_data (CreateListingRequestCustomData | Unset): Deprecated.
        lease_terms (str | Unset):
    """

    available_date: str
    contact_id: str
    deposit_amount_in_cents: int
    is_managed_external: bool
    rent_amount_in_cents: int
    unit_id: str
    custom_data: CreateListingRequestCustomData | Unset = UNSET
    lease_terms: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_date = self.available_date

        contact_id = self.contact_id

        deposit_amount_in_cents = self.deposit_amount_in_cents

        is_managed_external = self.is_managed_external

        rent_amount_in_cents = self.rent_amount_in_cents

        unit_id = self.unit_id

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        lease_terms = self.lease_terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_date": available_date,
                "contact_id": contact_id,
                "deposit_amount_in_cents": deposit_amount_in_cents,
                "is_managed_external": is_managed_external,
                "rent_amount_in_cents": rent_amount_in_cents,
                "unit_id": unit_id,
            }
        )
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if lease_terms is not UNSET:
            field_dict["lease_terms"] = lease_terms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_listing_request_custom_data import CreateListingRequestCustomData  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "available_date"
            available_date = conform(pop_required(d, "available_date", "CreateListingRequest"), "str")

            _field = "contact_id"
            contact_id = conform(pop_required(d, "contact_id", "CreateListingRequest"), "str")

            _field = "deposit_amount_in_cents"
            deposit_amount_in_cents = conform(pop_required(d, "deposit_amount_in_cents", "CreateListingRequest"), "int")

            _field = "is_managed_external"
            is_managed_external = conform(pop_required(d, "is_managed_external", "CreateListingRequest"), "bool")

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(pop_required(d, "rent_amount_in_cents", "CreateListingRequest"), "int")

            _field = "unit_id"
            unit_id = conform(pop_required(d, "unit_id", "CreateListingRequest"), "str")

            _field = "custom_data"
            _custom_data = d.pop("custom_data", UNSET)
            custom_data: CreateListingRequestCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = CreateListingRequestCustomData.from_dict(_custom_data)

            _field = "lease_terms"
            lease_terms = conform(d.pop("lease_terms", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateListingRequest", _field) from _failure
        _instance = cls(
            available_date=available_date,
            contact_id=contact_id,
            deposit_amount_in_cents=deposit_amount_in_cents,
            is_managed_external=is_managed_external,
            rent_amount_in_cents=rent_amount_in_cents,
            unit_id=unit_id,
            custom_data=custom_data,
            lease_terms=lease_terms,
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
