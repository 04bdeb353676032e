from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_1_value import Sample1Value


T = TypeVar("T", bound="Sample1")


@_attrs_define
class Sample1:
    """
    Attributes:
        company_id (str): Pattern: `^\\w+$`.
        database (str):
        entity (str):
        license_ (str):
        password (str):
        platform (str):
        server_name (str):
        username (str):
        base_url (str | Unset):
        common_data (Sample1Value | Unset):
        guest_card (Sample1Value | Unset):
        job_cost (Sample1Value | Unset):
        resident_transactions (Sample1Value | Unset):
        service_requests (Sample1Value | Unset):
        vendor_invoicing (Sample1Value | Unset):
    """

    company_id: str
    database: str
    entity: str
    license_: str
    password: str
    platform: str
    server_name: str
    username: str
    base_url: str | Unset = UNSET
    common_data: Sample1Value | Unset = UNSET
    guest_card: Sample1Value | Unset = UNSET
    job_cost: Sample1Value | Unset = UNSET
    resident_transactions: Sample1Value | Unset = UNSET
    service_requests: Sample1Value | Unset = UNSET
    vendor_invoicing: Sample1Value | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        database = self.database

        entity = self.entity

        license_ = self.license_

        password = self.password

        platform = self.platform

        server_name = self.server_name

        username = self.username

        base_url = self.base_url

        common_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.common_data, Unset):
            common_data = self.common_data.to_dict()

        guest_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_card, Unset):
            guest_card = self.guest_card.to_dict()

        job_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_cost, Unset):
            job_cost = self.job_cost.to_dict()

        resident_transactions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resident_transactions, Unset):
            resident_transactions = self.resident_transactions.to_dict()

        service_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_requests, Unset):
            service_requests = self.service_requests.to_dict()

        vendor_invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor_invoicing, Unset):
            vendor_invoicing = self.vendor_invoicing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "companyId": company_id,
                "database": database,
                "entity": entity,
                "license": license_,
                "password": password,
                "platform": platform,
                "serverName": server_name,
                "username": username,
            }
        )
        if base_url is not UNSET:
            field_dict["baseUrl"] = base_url
        if common_data is not UNSET:
            field_dict["common_data"] = common_data
        if guest_card is not UNSET:
            field_dict["guest_card"] = guest_card
        if job_cost is not UNSET:
            field_dict["job_cost"] = job_cost
        if resident_transactions is not UNSET:
            field_dict["resident_transactions"] = resident_transactions
        if service_requests is not UNSET:
            field_dict["service_requests"] = service_requests
        if vendor_invoicing is not UNSET:
            field_dict["vendor_invoicing"] = vendor_invoicing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sample_1_value import Sample1Value  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "companyId"
            company_id = conform(pop_required(d, "companyId", "Sample1"), "str")

            _field = "database"
            database = conform(pop_required(d, "database", "Sample1"), "str")

            _field = "entity"
            entity = conform(pop_required(d, "entity", "Sample1"), "str")

            _field = "license"
            license_ = conform(pop_required(d, "license", "Sample1"), "str")

            _field = "password"
            password = conform(pop_required(d, "password", "Sample1"), "str")

            _field = "platform"
            platform = conform(pop_required(d, "platform", "Sample1"), "str")

            _field = "serverName"
            server_name = conform(pop_required(d, "serverName", "Sample1"), "str")

            _field = "username"
            username = conform(pop_required(d, "username", "Sample1"), "str")

            _field = "baseUrl"
            base_url = conform(d.pop("baseUrl", UNSET), "str")

            _field = "common_data"
            _common_data = d.pop("common_data", UNSET)
            common_data: Sample1Value | Unset
            if isinstance(_common_data, Unset):
                common_data = UNSET
            else:
                common_data = Sample1Value.from_dict(_common_data)

            _field = "guest_card"
            _guest_card = d.pop("guest_card", UNSET)
            guest_card: Sample1Value | Unset
            if isinstance(_guest_card, Unset):
                guest_card = UNSET
            else:
                guest_card = Sample1Value.from_dict(_guest_card)

            _field = "job_cost"
            _job_cost = d.pop("job_cost", UNSET)
            job_cost: Sample1Value | Unset
            if isinstance(_job_cost, Unset):
                job_cost = UNSET
            else:
                job_cost = Sample1Value.from_dict(_job_cost)

            _field = "resident_transactions"
            _resident_transactions = d.pop("resident_transactions", UNSET)
            resident_transactions: Sample1Value | Unset
            if isinstance(_resident_transactions, Unset):
                resident_transactions = UNSET
            else:
                resident_transactions = Sample1Value.from_dict(_resident_transactions)

            _field = "service_requests"
            _service_requests = d.pop("service_requests", UNSET)
            service_requests: Sample1Value | Unset
            if isinstance(_service_requests, Unset):
                service_requests = UNSET
            else:
                service_requests = Sample1Value.from_dict(_service_requests)

            _field = "vendor_invoicing"
            _vendor_invoicing = d.pop("vendor_invoicing", UNSET)
            vendor_invoicing: Sample1Value | Unset
            if isinstance(_vendor_invoicing, Unset):
                vendor_invoicing = UNSET
            else:
                vendor_invoicing = Sample1Value.from_dict(_vendor_invoicing)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "Sample1", _field) from _failure
        _instance = cls(
            company_id=company_id,
            database=database,
            entity=entity,
            license_=license_,
            password=password,
            platform=platform,
            server_name=server_name,
            username=username,
            base_url=base_url,
            common_data=common_data,
            guest_card=guest_card,
            job_cost=job_cost,
            resident_transactions=resident_transactions,
            service_requests=service_requests,
            vendor_invoicing=vendor_invoicing,
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
