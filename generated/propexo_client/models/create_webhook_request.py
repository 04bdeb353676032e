from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_webhook_request_model import CreateWebhookRequestModel, check_create_webhook_request_model
from ..models.create_webhook_request_triggers_item import (
    CreateWebhookRequestTriggersItem,
    check_create_webhook_request_triggers_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.headers_item import HeadersItem


T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """
    Attributes:
        triggers (list[CreateWebhookRequestTriggersItem]): At least 1 items.
        url (str): Format: uri.
        active (bool | Unset):  Default: False.
        headers (list[HeadersItem] | Unset):
        model (CreateWebhookRequestModel | Unset): One of 'accounting_entities', 'address_types', 'amenities',
            'ap_codes', 'ap_codes_to_construction_job', 'applicant_pets', 'applicants', 'applicants_to_applications',
            'applicants_to_events', 'applicants_to_rentable_items', 'application_statuses', 'applications', 'call_logs',
            'charge_code_types', 'charge_code_types_to_charge_timings', 'charge_codes', 'charge_timings', 'concessions',
            'construction_job_details', 'construction_jobs', 'contract_details', 'contracts', 'crm_agents', 'crm_amenities',
            'crm_attributions', 'crm_communities', 'crm_communities_to_agents', 'crm_communities_to_attributions',
            'crm_events', 'crm_listings', 'crm_pet_policies', 'crm_prospects', 'deposit_summaries', 'deposits', 'employees',
            'entrata_lease_periods', 'entrata_unit_types', 'entrata_vendor_locations', 'event_results',
            'event_results_to_event_types' (and 72 more).
        secret (str | Unset): Length at least 10.
    """

    triggers: list[CreateWebhookRequestTriggersItem]
    url: str
    active: bool | Unset = False
    headers: list[HeadersItem] | Unset = UNSET
    model: CreateWebhookRequestModel | Unset = UNSET
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item: str = triggers_item_data
            triggers.append(triggers_item)

        url = self.url

        active = self.active

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggers": triggers,
                "url": url,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if headers is not UNSET:
            field_dict["headers"] = headers
        if model is not UNSET:
            field_dict["model"] = model
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.headers_item import HeadersItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "triggers"
            triggers = []
            _triggers = pop_required(d, "triggers", "CreateWebhookRequest")
            for triggers_item_data in _triggers:
                triggers_item = check_create_webhook_request_triggers_item(triggers_item_data)

                triggers.append(triggers_item)

            _field = "url"
            url = conform(pop_required(d, "url", "CreateWebhookRequest"), "str")

            _field = "active"
            active = conform(d.pop("active", UNSET), "bool")

            _field = "headers"
            _headers = d.pop("headers", UNSET)
            headers: list[HeadersItem] | Unset = UNSET
            if _headers is not UNSET:
                headers = []
                for headers_item_data in _headers:
                    headers_item = HeadersItem.from_dict(headers_item_data)

                    headers.append(headers_item)

            _field = "model"
            _model = d.pop("model", UNSET)
            model: CreateWebhookRequestModel | Unset
            if isinstance(_model, Unset):
                model = UNSET
            else:
                model = check_create_webhook_request_model(_model)

            _field = "secret"
            secret = conform(d.pop("secret", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateWebhookRequest", _field) from _failure
        _instance = cls(
            triggers=triggers,
            url=url,
            active=active,
            headers=headers,
            model=model,
            secret=secret,
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
