from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_meta_order_by_item import ResponseMetaOrderByItem


T = TypeVar("T", bound="ResponseMeta")


@_attrs_define
class ResponseMeta:
    """
    Attributes:
        order_by (list[ResponseMetaOrderByItem]):
        has_more (bool | None | Unset):
        limit (int | Unset): At least 0. At most 250.
        offset (int | Unset): At least 0.
        total (int | Unset): At least 0.
    """

    order_by: list[ResponseMetaOrderByItem]
    has_more: bool | None | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_by = []
        for order_by_item_data in self.order_by:
            order_by_item = order_by_item_data.to_dict()
            order_by.append(order_by_item)

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        limit = self.limit

        offset = self.offset

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderBy": order_by,
            }
        )
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_meta_order_by_item import ResponseMetaOrderByItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "orderBy"
            order_by = []
            _order_by = pop_required(d, "orderBy", "ResponseMeta")
            for order_by_item_data in _order_by:
                order_by_item = ResponseMetaOrderByItem.from_dict(order_by_item_data)

                order_by.append(order_by_item)

            _field = "hasMore"

            def _parse_has_more(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, conform(data, "bool"))

            has_more = _parse_has_more(d.pop("hasMore", UNSET))

            _field = "limit"
            limit = conform(d.pop("limit", UNSET), "int")

            _field = "offset"
            offset = conform(d.pop("offset", UNSET), "int")

            _field = "total"
            total = conform(d.pop("total", UNSET), "int")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ResponseMeta", _field) from _failure
        _instance = cls(
            order_by=order_by,
            has_more=has_more,
            limit=limit,
            offset=offset,
            total=total,
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
