from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_purchase_order_request_billing_state_type_0 import (
    CreatePurchaseOrderRequestBillingStateType0,
    check_create_purchase_order_request_billing_state_type_0,
)
from ..models.create_purchase_order_request_shipping_state_type_0 import (
    CreatePurchaseOrderRequestShippingStateType0,
    check_create_purchase_order_request_shipping_state_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_purchase_order_request_purchase_order_items_item_type_0 import (
        CreatePurchaseOrderRequestPurchaseOrderItemsItemType0,
    )
    from ..models.create_purchase_order_request_purchase_order_items_item_type_1 import (
        CreatePurchaseOrderRequestPurchaseOrderItemsItemType1,
    )


T = TypeVar("T", bound="CreatePurchaseOrderRequest")


@_attrs_define
class CreatePurchaseOrderRequest:
    """
    Attributes:
        integration_id (str):
        ap_financial_account_id (str | Unset):
        billing_address_1 (str | Unset):
        billing_address_2 (str | Unset):
        billing_city (str | Unset):
        billing_country (str | Unset):
        billing_state (CreatePurchaseOrderRequestBillingStateType0 | str | Unset): One of 'AA', 'AE', 'AK', 'AL', 'AP',
            'AR', 'AS', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS', 'KY',
            'LA', 'MA', 'MD', 'ME', 'MH', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and 29
            more).
        billing_zip (str | Unset):
        description (str | Unset):
        discount_amount_in_cents (int | Unset):
        display_type (str | Unset):
        expense_type (str | Unset):
        number (str | Unset): Length at most 8.
        order_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        post_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        property_id (str | Unset):
        purchase_order_items (list[CreatePurchaseOrderRequestPurchaseOrderItemsItemType0 |
            CreatePurchaseOrderRequestPurchaseOrderItemsItemType1] | Unset): At least 1 items.
        shipping_address_1 (str | Unset):
        shipping_address_2 (str | Unset):
        shipping_amount_in_cents (int | Unset):
        shipping_city (str | Unset):
        shipping_country (str | Unset):
        shipping_state (CreatePurchaseOrderRequestShippingStateType0 | str | Unset): One of 'AA', 'AE', 'AK', 'AL',
            'AP', 'AR', 'AS', 'AZ', 'CA', 'CO', 'CT', 'DC', 'DE', 'FL', 'FM', 'GA', 'GU', 'HI', 'IA', 'ID', 'IN', 'KS',
            'KY', 'LA', 'MA', 'MD', 'ME', 'MH', 'MI', 'MN', 'MO', 'MP', 'MS', 'MT', 'NC', 'NE', 'NL', 'NJ', 'NM', 'NV' (and
            29 more).
        shipping_zip (str | Unset):
        total_amount_in_cents (float | Unset):
        vendor_id (str | Unset):
        vendor_location_id (str | Unset):
    """

    integration_id: str
    ap_financial_account_id: str | Unset = UNSET
    billing_address_1: str | Unset = UNSET
    billing_address_2: str | Unset = UNSET
    billing_city: str | Unset = UNSET
    billing_country: str | Unset = UNSET
    billing_state: CreatePurchaseOrderRequestBillingStateType0 | str | Unset = UNSET
    billing_zip: str | Unset = UNSET
    description: str | Unset = UNSET
    discount_amount_in_cents: int | Unset = UNSET
    display_type: str | Unset = UNSET
    expense_type: str | Unset = UNSET
    number: str | Unset = UNSET
    order_date: str | Unset = UNSET
    post_date: str | Unset = UNSET
    property_id: str | Unset = UNSET
    purchase_order_items: (
        list[
            CreatePurchaseOrderRequestPurchaseOrderItemsItemType0
            | CreatePurchaseOrderRequestPurchaseOrderItemsItemType1
        ]
        | Unset
    ) = UNSET
    shipping_address_1: str | Unset = UNSET
    shipping_address_2: str | Unset = UNSET
    shipping_amount_in_cents: int | Unset = UNSET
    shipping_city: str | Unset = UNSET
    shipping_country: str | Unset = UNSET
    shipping_state: CreatePurchaseOrderRequestShippingStateType0 | str | Unset = UNSET
    shipping_zip: str | Unset = UNSET
    total_amount_in_cents: float | Unset = UNSET
    vendor_id: str | Unset = UNSET
    vendor_location_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_purchase_order_request_purchase_order_items_item_type_0 import (
            CreatePurchaseOrderRequestPurchaseOrderItemsItemType0,  # noqa: PLC0415
        )

        integration_id = self.integration_id

        ap_financial_account_id = self.ap_financial_account_id

        billing_address_1 = self.billing_address_1

        billing_address_2 = self.billing_address_2

        billing_city = self.billing_city

        billing_country = self.billing_country

        billing_state: str | Unset
        if isinstance(self.billing_state, Unset):
            billing_state = UNSET
        elif isinstance(self.billing_state, str):
            billing_state = self.billing_state
        else:
            billing_state = self.billing_state

        billing_zip = self.billing_zip

        description = self.description

        discount_amount_in_cents = self.discount_amount_in_cents

        display_type = self.display_type

        expense_type = self.expense_type

        number = self.number

        order_date = self.order_date

        post_date = self.post_date

        property_id = self.property_id

        purchase_order_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_items, Unset):
            purchase_order_items = []
            for purchase_order_items_item_data in self.purchase_order_items:
                purchase_order_items_item: dict[str, Any]
                if isinstance(purchase_order_items_item_data, CreatePurchaseOrderRequestPurchaseOrderItemsItemType0):
                    purchase_order_items_item = purchase_order_items_item_data.to_dict()
                else:
                    purchase_order_items_item = purchase_order_items_item_data.to_dict()

                purchase_order_items.append(purchase_order_items_item)

        shipping_address_1 = self.shipping_address_1

        shipping_address_2 = self.shipping_address_2

        shipping_amount_in_cents = self.shipping_amount_in_cents

        shipping_city = self.shipping_city

        shipping_country = self.shipping_country

        shipping_state: str | Unset
        if isinstance(self.shipping_state, Unset):
            shipping_state = UNSET
        elif isinstance(self.shipping_state, str):
            shipping_state = self.shipping_state
        else:
            shipping_state = self.shipping_state

        shipping_zip = self.shipping_zip

        total_amount_in_cents = self.total_amount_in_cents

        vendor_id = self.vendor_id

        vendor_location_id = self.vendor_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if ap_financial_account_id is not UNSET:
            field_dict["ap_financial_account_id"] = ap_financial_account_id
        if billing_address_1 is not UNSET:
            field_dict["billing_address_1"] = billing_address_1
        if billing_address_2 is not UNSET:
            field_dict["billing_address_2"] = billing_address_2
        if billing_city is not UNSET:
            field_dict["billing_city"] = billing_city
        if billing_country is not UNSET:
            field_dict["billing_country"] = billing_country
        if billing_state is not UNSET:
            field_dict["billing_state"] = billing_state
        if billing_zip is not UNSET:
            field_dict["billing_zip"] = billing_zip
        if description is not UNSET:
            field_dict["description"] = description
        if discount_amount_in_cents is not UNSET:
            field_dict["discount_amount_in_cents"] = discount_amount_in_cents
        if display_type is not UNSET:
            field_dict["display_type"] = display_type
        if expense_type is not UNSET:
            field_dict["expense_type"] = expense_type
        if number is not UNSET:
            field_dict["number"] = number
        if order_date is not UNSET:
            field_dict["order_date"] = order_date
        if post_date is not UNSET:
            field_dict["post_date"] = post_date
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if purchase_order_items is not UNSET:
            field_dict["purchase_order_items"] = purchase_order_items
        if shipping_address_1 is not UNSET:
            field_dict["shipping_address_1"] = shipping_address_1
        if shipping_address_2 is not UNSET:
            field_dict["shipping_address_2"] = shipping_address_2
        if shipping_amount_in_cents is not UNSET:
            field_dict["shipping_amount_in_cents"] = shipping_amount_in_cents
        if shipping_city is not UNSET:
            field_dict["shipping_city"] = shipping_city
        if shipping_country is not UNSET:
            field_dict["shipping_country"] = shipping_country
        if shipping_state is not UNSET:
            field_dict["shipping_state"] = shipping_state
        if shipping_zip is not UNSET:
            field_dict["shipping_zip"] = shipping_zip
        if total_amount_in_cents is not UNSET:
            field_dict["total_amount_in_cents"] = total_amount_in_cents
        if vendor_id is not UNSET:
            field_dict["vendor_id"] = vendor_id
        if vendor_location_id is not UNSET:
            field_dict["vendor_location_id"] = vendor_location_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_purchase_order_request_purchase_order_items_item_type_0 import (
            CreatePurchaseOrderRequestPurchaseOrderItemsItemType0,  # noqa: PLC0415
        )
        from ..models.create_purchase_order_request_purchase_order_items_item_type_1 import (
            CreatePurchaseOrderRequestPurchaseOrderItemsItemType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreatePurchaseOrderRequest"), "str")

            _field = "ap_financial_account_id"
            ap_financial_account_id = conform(d.pop("ap_financial_account_id", UNSET), "str")

            _field = "billing_address_1"
            billing_address_1 = conform(d.pop("billing_address_1", UNSET), "str")

            _field = "billing_address_2"
            billing_address_2 = conform(d.pop("billing_address_2", UNSET), "str")

            _field = "billing_city"
            billing_city = conform(d.pop("billing_city", UNSET), "str")

            _field = "billing_country"
            billing_country = conform(d.pop("billing_country", UNSET), "str")

            _field = "billing_state"

            def _parse_billing_state(data: object) -> CreatePurchaseOrderRequestBillingStateType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    billing_state_type_0 = check_create_purchase_order_request_billing_state_type_0(data)

                    return billing_state_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreatePurchaseOrderRequestBillingStateType0 | str | Unset, conform(data, "str"))

            billing_state = _parse_billing_state(d.pop("billing_state", UNSET))

            _field = "billing_zip"
            billing_zip = conform(d.pop("billing_zip", UNSET), "str")

            _field = "description"
            description = conform(d.pop("description", UNSET), "str")

            _field = "discount_amount_in_cents"
            discount_amount_in_cents = conform(d.pop("discount_amount_in_cents", UNSET), "int")

            _field = "display_type"
            display_type = conform(d.pop("display_type", UNSET), "str")

            _field = "expense_type"
            expense_type = conform(d.pop("expense_type", UNSET), "str")

            _field = "number"
            number = conform(d.pop("number", UNSET), "str")

            _field = "order_date"
            order_date = conform(d.pop("order_date", UNSET), "str")

            _field = "post_date"
            post_date = conform(d.pop("post_date", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "purchase_order_items"
            _purchase_order_items = d.pop("purchase_order_items", UNSET)
            purchase_order_items: (
                list[
                    CreatePurchaseOrderRequestPurchaseOrderItemsItemType0
                    | CreatePurchaseOrderRequestPurchaseOrderItemsItemType1
                ]
                | Unset
            ) = UNSET
            if _purchase_order_items is not UNSET:
                purchase_order_items = []
                for purchase_order_items_item_data in _purchase_order_items:

                    def _parse_purchase_order_items_item(
                        data: object,
                    ) -> (
                        CreatePurchaseOrderRequestPurchaseOrderItemsItemType0
                        | CreatePurchaseOrderRequestPurchaseOrderItemsItemType1
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            purchase_order_items_item_type_0 = (
                                CreatePurchaseOrderRequestPurchaseOrderItemsItemType0.from_dict(data)
                            )

                            return purchase_order_items_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        purchase_order_items_item_type_1 = (
                            CreatePurchaseOrderRequestPurchaseOrderItemsItemType1.from_dict(data)
                        )

                        return purchase_order_items_item_type_1

                    purchase_order_items_item = _parse_purchase_order_items_item(purchase_order_items_item_data)

                    purchase_order_items.append(purchase_order_items_item)

            _field = "shipping_address_1"
            shipping_address_1 = conform(d.pop("shipping_address_1", UNSET), "str")

            _field = "shipping_address_2"
            shipping_address_2 = conform(d.pop("shipping_address_2", UNSET), "str")

            _field = "shipping_amount_in_cents"
            shipping_amount_in_cents = conform(d.pop("shipping_amount_in_cents", UNSET), "int")

            _field = "shipping_city"
            shipping_city = conform(d.pop("shipping_city", UNSET), "str")

            _field = "shipping_country"
            shipping_country = conform(d.pop("shipping_country", UNSET), "str")

            _field = "shipping_state"

            def _parse_shipping_state(data: object) -> CreatePurchaseOrderRequestShippingStateType0 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    shipping_state_type_0 = check_create_purchase_order_request_shipping_state_type_0(data)

                    return shipping_state_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CreatePurchaseOrderRequestShippingStateType0 | str | Unset, conform(data, "str"))

            shipping_state = _parse_shipping_state(d.pop("shipping_state", UNSET))

            _field = "shipping_zip"
            shipping_zip = conform(d.pop("shipping_zip", UNSET), "str")

            _field = "total_amount_in_cents"
            total_amount_in_cents = conform(d.pop("total_amount_in_cents", UNSET), "float")

            _field = "vendor_id"
            vendor_id = conform(d.pop("vendor_id", UNSET), "str")

            _field = "vendor_location_id"
            vendor_location_id = conform(d.pop("vendor_location_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreatePurchaseOrderRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            ap_financial_account_id=ap_financial_account_id,
            billing_address_1=billing_address_1,
            billing_address_2=billing_address_2,
            billing_city=billing_city,
            billing_country=billing_country,
            billing_state=billing_state,
            billing_zip=billing_zip,
            description=description,
            discount_amount_in_cents=discount_amount_in_cents,
            display_type=display_type,
            expense_type=expense_type,
            number=number,
            order_date=order_date,
            post_date=post_date,
            property_id=property_id,
            purchase_order_items=purchase_order_items,
            shipping_address_1=shipping_address_1,
            shipping_address_2=shipping_address_2,
            shipping_amount_in_cents=shipping_amount_in_cents,
            shipping_city=shipping_city,
            shipping_country=shipping_country,
            shipping_state=shipping_state,
            shipping_zip=shipping_zip,
            total_amount_in_cents=total_amount_in_cents,
            vendor_id=vendor_id,
            vendor_location_id=vendor_location_id,
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
