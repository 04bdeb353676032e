from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, conform_list, field_error, pop_required
from ..models.create_lease_request_country import CreateLeaseRequestCountry, check_create_lease_request_country
from ..models.create_lease_request_country_alternate import (
    CreateLeaseRequestCountryAlternate,
    check_create_lease_request_country_alternate,
)
from ..models.create_lease_request_marital_status import (
    CreateLeaseRequestMaritalStatus,
    check_create_lease_request_marital_status,
)
from ..models.create_lease_request_phone_1_type import (
    CreateLeaseRequestPhone1Type,
    check_create_lease_request_phone_1_type,
)
from ..models.create_lease_request_phone_2_type import (
    CreateLeaseRequestPhone2Type,
    check_create_lease_request_phone_2_type,
)
from ..models.create_lease_request_rent_cycle import CreateLeaseRequestRentCycle, check_create_lease_request_rent_cycle
from ..models.create_lease_request_status import CreateLeaseRequestStatus, check_create_lease_request_status
from ..models.create_lease_request_type import CreateLeaseRequestType, check_create_lease_request_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.application_fees_item import ApplicationFeesItem
    from ..models.concession_fees_item import ConcessionFeesItem
    from ..models.create_lease_request_address_history_item import CreateLeaseRequestAddressHistoryItem
    from ..models.create_lease_request_emergency_contacts_item import CreateLeaseRequestEmergencyContactsItem
    from ..models.create_lease_request_recurring_resident_charges_item import (
        CreateLeaseRequestRecurringResidentChargesItem,
    )
    from ..models.create_lease_request_resident_charges_item import CreateLeaseRequestResidentChargesItem
    from ..models.create_lease_request_tenants_item import CreateLeaseRequestTenantsItem
    from ..models.create_lease_request_vehicles_item import CreateLeaseRequestVehiclesItem
    from ..models.employment_history_item import EmploymentHistoryItem
    from ..models.other_income_item import OtherIncomeItem
    from ..models.other_occupants_item import OtherOccupantsItem
    from ..models.pets_item import PetsItem


T = TypeVar("T", bound="CreateLeaseRequest")


@_attrs_define
class CreateLeaseRequest:
    """
    Attributes:
        integration_id (str):
        address_1 (str | Unset):
        address_1_alternate (str | Unset): Length at most 100.
        address_2 (str | Unset):
        address_2_alternate (str | Unset): Length at most 100.
        address_history (list[CreateLeaseRequestAddressHistoryItem] | Unset): At most 2 items.
        application_fees (list[ApplicationFeesItem] | Unset):
        associated_resident_ids (list[str] | Unset): At least 1 items.
        city (str | Unset):
        city_alternate (str | Unset): Length at most 100.
        concession_fees (list[ConcessionFeesItem] | Unset):
        country (CreateLeaseRequestCountry | Unset): One of 'US'.
        country_alternate (CreateLeaseRequestCountryAlternate | Unset): One of 'US'.
        criminal_charge_description (str | Unset):
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        desired_lease_term_in_months (str | Unset):
        drivers_license_number (str | Unset):
        email_1 (str | Unset): Format: email.
        email_2 (str | Unset): Format: email.
        emergency_contacts (list[CreateLeaseRequestEmergencyContactsItem] | Unset): At most 1 items.
        employee_id (str | Unset):
        employment_history (list[EmploymentHistoryItem] | Unset): At most 2 items.
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        eviction_description (str | Unset):
        felony_description (str | Unset):
        financial_account_id (str | Unset):
        first_name (str | Unset):
        floor_plan_id (str | Unset):
        identification_number (str | Unset):
        is_criminal_charge (bool | Unset):
        is_evicted (bool | Unset):
        is_felony (bool | Unset):
        last_name (str | Unset):
        lead_id (str | Unset):
        lead_source_id (str | Unset):
        lease_period_id (str | Unset):
        maiden_name (str | Unset):
        marital_status (CreateLeaseRequestMaritalStatus | Unset): One of 'SINGLE', 'MARRIED'.
        middle_name (str | Unset):
        move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        move_out_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        notes (str | Unset):
        nsf_fee_amount_in_cents (int | Unset): Greater than 0.
        organization_name (str | Unset):
        other_income (list[OtherIncomeItem] | Unset): At most 2 items.
        other_occupants (list[OtherOccupantsItem] | Unset):
        pets (list[PetsItem] | Unset): At most 6 items.
        phone_1 (str | Unset): Pattern: `^\\d{10}$`.
        phone_1_type (CreateLeaseRequestPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        phone_2 (str | Unset): Pattern: `^\\d{10}$`.
        phone_2_type (CreateLeaseRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        primary_contact_id (str | Unset):
        property_id (str | Unset):
        realized_move_in_date (datetime.datetime | Unset):
        realized_move_out_date (datetime.datetime | Unset):
        recurring_resident_charges (list[CreateLeaseRequestRecurringResidentChargesItem] | Unset):
        rent_amount_in_cents (int | Unset): Greater than 0.
        rent_cycle (CreateLeaseRequestRentCycle | Unset): One of 'Monthly', 'Weekly', 'Every2Weeks', 'Quarterly',
            'Yearly', 'Every2Months', 'Daily', 'Every6Months', 'OneTime'.
        rent_due_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        resident_charges (list[CreateLeaseRequestResidentChargesItem] | Unset):
        resident_id (str | Unset):
        scheduled_move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        scheduled_move_out_date (datetime.datetime | Unset):
        send_welcome_email (bool | Unset):  Default: False.
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        state (str | Unset):
        state_alternate (str | Unset):
        status (CreateLeaseRequestStatus | Unset): One of 'PENDING', 'ACTIVE'.
        tenants (list[CreateLeaseRequestTenantsItem] | Unset):
        third_party_id (str | Unset): Length at least 1.
        type_ (CreateLeaseRequestType | Unset): One of 'Fixed', 'FixedWithRollover', 'AtWill'.
        unit_id (str | Unset):
        vehicles (list[CreateLeaseRequestVehiclesItem] | Unset): At most 4 items.
        zip_ (str | Unset):
        zip_alternate (str | Unset):
    """

    integration_id: str
    address_1: str | Unset = UNSET
    address_1_alternate: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_2_alternate: str | Unset = UNSET
    address_history: list[CreateLeaseRequestAddressHistoryItem] | Unset = UNSET
    application_fees: list[ApplicationFeesItem] | Unset = UNSET
    associated_resident_ids: list[str] | Unset = UNSET
    city: str | Unset = UNSET
    city_alternate: str | Unset = UNSET
    concession_fees: list[ConcessionFeesItem] | Unset = UNSET
    country: CreateLeaseRequestCountry | Unset = UNSET
    country_alternate: CreateLeaseRequestCountryAlternate | Unset = UNSET
    criminal_charge_description: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    desired_lease_term_in_months: str | Unset = UNSET
    drivers_license_number: str | Unset = UNSET
    email_1: str | Unset = UNSET
    email_2: str | Unset = UNSET
    emergency_contacts: list[CreateLeaseRequestEmergencyContactsItem] | Unset = UNSET
    employee_id: str | Unset = UNSET
    employment_history: list[EmploymentHistoryItem] | Unset = UNSET
    end_date: str | Unset = UNSET
    eviction_description: str | Unset = UNSET
    felony_description: str | Unset = UNSET
    financial_account_id: str | Unset = UNSET
    first_name: str | Unset = UNSET
    floor_plan_id: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    is_criminal_charge: bool | Unset = UNSET
    is_evicted: bool | Unset = UNSET
    is_felony: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    lead_id: str | Unset = UNSET
    lead_source_id: str | Unset = UNSET
    lease_period_id: str | Unset = UNSET
    maiden_name: str | Unset = UNSET
    marital_status: CreateLeaseRequestMaritalStatus | Unset = UNSET
    middle_name: str | Unset = UNSET
    move_in_date: str | Unset = UNSET
    move_out_date: str | Unset = UNSET
    notes: str | Unset = UNSET
    nsf_fee_amount_in_cents: int | Unset = UNSET
    organization_name: str | Unset = UNSET
    other_income: list[OtherIncomeItem] | Unset = UNSET
    other_occupants: list[OtherOccupantsItem] | Unset = UNSET
    pets: list[PetsItem] | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: CreateLeaseRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: CreateLeaseRequestPhone2Type | Unset = UNSET
    primary_contact_id: str | Unset = UNSET
    property_id: str | Unset = UNSET
    realized_move_in_date: datetime.datetime | Unset = UNSET
    realized_move_out_date: datetime.datetime | Unset = UNSET
    recurring_resident_charges: list[CreateLeaseRequestRecurringResidentChargesItem] | Unset = UNSET
    rent_amount_in_cents: int | Unset = UNSET
    rent_cycle: CreateLeaseRequestRentCycle | Unset = UNSET
    rent_due_date: str | Unset = UNSET
    resident_charges: list[CreateLeaseRequestResidentChargesItem] | Unset = UNSET
    resident_id: str | Unset = UNSET
    scheduled_move_in_date: str | Unset = UNSET
    scheduled_move_out_date: datetime.datetime | Unset = UNSET
    send_welcome_email: bool | Unset = False
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    state_alternate: str | Unset = UNSET
    status: CreateLeaseRequestStatus | Unset = UNSET
    tenants: list[CreateLeaseRequestTenantsItem] | Unset = UNSET
    third_party_id: str | Unset = UNSET
    type_: CreateLeaseRequestType | Unset = UNSET
    unit_id: str | Unset = UNSET
    vehicles: list[CreateLeaseRequestVehiclesItem] | Unset = UNSET
    zip_: str | Unset = UNSET
    zip_alternate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        address_1 = self.address_1

        address_1_alternate = self.address_1_alternate

        address_2 = self.address_2

        address_2_alternate = self.address_2_alternate

        address_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address_history, Unset):
            address_history = []
            for address_history_item_data in self.address_history:
                address_history_item = address_history_item_data.to_dict()
                address_history.append(address_history_item)

        application_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.application_fees, Unset):
            application_fees = []
            for application_fees_item_data in self.application_fees:
                application_fees_item = application_fees_item_data.to_dict()
                application_fees.append(application_fees_item)

        associated_resident_ids: list[str] | Unset = UNSET
        if not isinstance(self.associated_resident_ids, Unset):
            associated_resident_ids = self.associated_resident_ids

        city = self.city

        city_alternate = self.city_alternate

        concession_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concession_fees, Unset):
            concession_fees = []
            for concession_fees_item_data in self.concession_fees:
                concession_fees_item = concession_fees_item_data.to_dict()
                concession_fees.append(concession_fees_item)

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        country_alternate: str | Unset = UNSET
        if not isinstance(self.country_alternate, Unset):
            country_alternate = self.country_alternate

        criminal_charge_description = self.criminal_charge_description

        date_of_birth = self.date_of_birth

        desired_lease_term_in_months = self.desired_lease_term_in_months

        drivers_license_number = self.drivers_license_number

        email_1 = self.email_1

        email_2 = self.email_2

        emergency_contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emergency_contacts, Unset):
            emergency_contacts = []
            for emergency_contacts_item_data in self.emergency_contacts:
                emergency_contacts_item = emergency_contacts_item_data.to_dict()
                emergency_contacts.append(emergency_contacts_item)

        employee_id = self.employee_id

        employment_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employment_history, Unset):
            employment_history = []
            for employment_history_item_data in self.employment_history:
                employment_history_item = employment_history_item_data.to_dict()
                employment_history.append(employment_history_item)

        end_date = self.end_date

        eviction_description = self.eviction_description

        felony_description = self.felony_description

        financial_account_id = self.financial_account_id

        first_name = self.first_name

        floor_plan_id = self.floor_plan_id

        identification_number = self.identification_number

        is_criminal_charge = self.is_criminal_charge

        is_evicted = self.is_evicted

        is_felony = self.is_felony

        last_name = self.last_name

        lead_id = self.lead_id

        lead_source_id = self.lead_source_id

        lease_period_id = self.lease_period_id

        maiden_name = self.maiden_name

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status

        middle_name = self.middle_name

        move_in_date = self.move_in_date

        move_out_date = self.move_out_date

        notes = self.notes

        nsf_fee_amount_in_cents = self.nsf_fee_amount_in_cents

        organization_name = self.organization_name

        other_income: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_income, Unset):
            other_income = []
            for other_income_item_data in self.other_income:
                other_income_item = other_income_item_data.to_dict()
                other_income.append(other_income_item)

        other_occupants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_occupants, Unset):
            other_occupants = []
            for other_occupants_item_data in self.other_occupants:
                other_occupants_item = other_occupants_item_data.to_dict()
                other_occupants.append(other_occupants_item)

        pets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pets, Unset):
            pets = []
            for pets_item_data in self.pets:
                pets_item = pets_item_data.to_dict()
                pets.append(pets_item)

        phone_1 = self.phone_1

        phone_1_type: str | Unset = UNSET
        if not isinstance(self.phone_1_type, Unset):
            phone_1_type = self.phone_1_type

        phone_2 = self.phone_2

        phone_2_type: str | Unset = UNSET
        if not isinstance(self.phone_2_type, Unset):
            phone_2_type = self.phone_2_type

        primary_contact_id = self.primary_contact_id

        property_id = self.property_id

        realized_move_in_date: str | Unset = UNSET
        if not isinstance(self.realized_move_in_date, Unset):
            realized_move_in_date = self.realized_move_in_date.isoformat()

        realized_move_out_date: str | Unset = UNSET
        if not isinstance(self.realized_move_out_date, Unset):
            realized_move_out_date = self.realized_move_out_date.isoformat()

        recurring_resident_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recurring_resident_charges, Unset):
            recurring_resident_charges = []
            for recurring_resident_charges_item_data in self.recurring_resident_charges:
                recurring_resident_charges_item = recurring_resident_charges_item_data.to_dict()
                recurring_resident_charges.append(recurring_resident_charges_item)

        rent_amount_in_cents = self.rent_amount_in_cents

        rent_cycle: str | Unset = UNSET
        if not isinstance(self.rent_cycle, Unset):
            rent_cycle = self.rent_cycle

        rent_due_date = self.rent_due_date

        resident_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resident_charges, Unset):
            resident_charges = []
            for resident_charges_item_data in self.resident_charges:
                resident_charges_item = resident_charges_item_data.to_dict()
                resident_charges.append(resident_charges_item)

        resident_id = self.resident_id

        scheduled_move_in_date = self.scheduled_move_in_date

        scheduled_move_out_date: str | Unset = UNSET
        if not isinstance(self.scheduled_move_out_date, Unset):
            scheduled_move_out_date = self.scheduled_move_out_date.isoformat()

        send_welcome_email = self.send_welcome_email

        start_date = self.start_date

        state = self.state

        state_alternate = self.state_alternate

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

        third_party_id = self.third_party_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        unit_id = self.unit_id

        vehicles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vehicles, Unset):
            vehicles = []
            for vehicles_item_data in self.vehicles:
                vehicles_item = vehicles_item_data.to_dict()
                vehicles.append(vehicles_item)

        zip_ = self.zip_

        zip_alternate = self.zip_alternate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_1_alternate is not UNSET:
            field_dict["address_1_alternate"] = address_1_alternate
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_2_alternate is not UNSET:
            field_dict["address_2_alternate"] = address_2_alternate
        if address_history is not UNSET:
            field_dict["address_history"] = address_history
        if application_fees is not UNSET:
            field_dict["application_fees"] = application_fees
        if associated_resident_ids is not UNSET:
            field_dict["associated_resident_ids"] = associated_resident_ids
        if city is not UNSET:
            field_dict["city"] = city
        if city_alternate is not UNSET:
            field_dict["city_alternate"] = city_alternate
        if concession_fees is not UNSET:
            field_dict["concession_fees"] = concession_fees
        if country is not UNSET:
            field_dict["country"] = country
        if country_alternate is not UNSET:
            field_dict["country_alternate"] = country_alternate
        if criminal_charge_description is not UNSET:
            field_dict["criminal_charge_description"] = criminal_charge_description
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if desired_lease_term_in_months is not UNSET:
            field_dict["desired_lease_term_in_months"] = desired_lease_term_in_months
        if drivers_license_number is not UNSET:
            field_dict["drivers_license_number"] = drivers_license_number
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if email_2 is not UNSET:
            field_dict["email_2"] = email_2
        if emergency_contacts is not UNSET:
            field_dict["emergency_contacts"] = emergency_contacts
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if employment_history is not UNSET:
            field_dict["employment_history"] = employment_history
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if eviction_description is not UNSET:
            field_dict["eviction_description"] = eviction_description
        if felony_description is not UNSET:
            field_dict["felony_description"] = felony_description
        if financial_account_id is not UNSET:
            field_dict["financial_account_id"] = financial_account_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if floor_plan_id is not UNSET:
            field_dict["floor_plan_id"] = floor_plan_id
        if identification_number is not UNSET:
            field_dict["identification_number"] = identification_number
        if is_criminal_charge is not UNSET:
            field_dict["is_criminal_charge"] = is_criminal_charge
        if is_evicted is not UNSET:
            field_dict["is_evicted"] = is_evicted
        if is_felony is not UNSET:
            field_dict["is_felony"] = is_felony
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_source_id is not UNSET:
            field_dict["lead_source_id"] = lead_source_id
        if lease_period_id is not UNSET:
            field_dict["lease_period_id"] = lease_period_id
        if maiden_name is not UNSET:
            field_dict["maiden_name"] = maiden_name
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if move_in_date is not UNSET:
            field_dict["move_in_date"] = move_in_date
        if move_out_date is not UNSET:
            field_dict["move_out_date"] = move_out_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if nsf_fee_amount_in_cents is not UNSET:
            field_dict["nsf_fee_amount_in_cents"] = nsf_fee_amount_in_cents
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if other_income is not UNSET:
            field_dict["other_income"] = other_income
        if other_occupants is not UNSET:
            field_dict["other_occupants"] = other_occupants
        if pets is not UNSET:
            field_dict["pets"] = pets
        if phone_1 is not UNSET:
            field_dict["phone_1"] = phone_1
        if phone_1_type is not UNSET:
            field_dict["phone_1_type"] = phone_1_type
        if phone_2 is not UNSET:
            field_dict["phone_2"] = phone_2
        if phone_2_type is not UNSET:
            field_dict["phone_2_type"] = phone_2_type
        if primary_contact_id is not UNSET:
            field_dict["primary_contact_id"] = primary_contact_id
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if realized_move_in_date is not UNSET:
            field_dict["realized_move_in_date"] = realized_move_in_date
        if realized_move_out_date is not UNSET:
            field_dict["realized_move_out_date"] = realized_move_out_date
        if recurring_resident_charges is not UNSET:
            field_dict["recurring_resident_charges"] = recurring_resident_charges
        if rent_amount_in_cents is not UNSET:
            field_dict["rent_amount_in_cents"] = rent_amount_in_cents
        if rent_cycle is not UNSET:
            field_dict["rent_cycle"] = rent_cycle
        if rent_due_date is not UNSET:
            field_dict["rent_due_date"] = rent_due_date
        if resident_charges is not UNSET:
            field_dict["resident_charges"] = resident_charges
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if scheduled_move_in_date is not UNSET:
            field_dict["scheduled_move_in_date"] = scheduled_move_in_date
        if scheduled_move_out_date is not UNSET:
            field_dict["scheduled_move_out_date"] = scheduled_move_out_date
        if send_welcome_email is not UNSET:
            field_dict["send_welcome_email"] = send_welcome_email
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if state_alternate is not UNSET:
            field_dict["state_alternate"] = state_alternate
        if status is not UNSET:
            field_dict["status"] = status
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if vehicles is not UNSET:
            field_dict["vehicles"] = vehicles
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if zip_alternate is not UNSET:
            field_dict["zip_alternate"] = zip_alternate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.application_fees_item import ApplicationFeesItem  # noqa: PLC0415
        from ..models.concession_fees_item import ConcessionFeesItem  # noqa: PLC0415
        from ..models.create_lease_request_address_history_item import CreateLeaseRequestAddressHistoryItem  # noqa: PLC0415
        from ..models.create_lease_request_emergency_contacts_item import CreateLeaseRequestEmergencyContactsItem  # noqa: PLC0415
        from ..models.create_lease_request_recurring_resident_charges_item import (
            CreateLeaseRequestRecurringResidentChargesItem,  # noqa: PLC0415
        )
        from ..models.create_lease_request_resident_charges_item import CreateLeaseRequestResidentChargesItem  # noqa: PLC0415
        from ..models.create_lease_request_tenants_item import CreateLeaseRequestTenantsItem  # noqa: PLC0415
        from ..models.create_lease_request_vehicles_item import CreateLeaseRequestVehiclesItem  # noqa: PLC0415
        from ..models.employment_history_item import EmploymentHistoryItem  # noqa: PLC0415
        from ..models.other_income_item import OtherIncomeItem  # noqa: PLC0415
        from ..models.other_occupants_item import OtherOccupantsItem  # noqa: PLC0415
        from ..models.pets_item import PetsItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateLeaseRequest"), "str")

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_1_alternate"
            address_1_alternate = conform(d.pop("address_1_alternate", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_2_alternate"
            address_2_alternate = conform(d.pop("address_2_alternate", UNSET), "str")

            _field = "address_history"
            _address_history = d.pop("address_history", UNSET)
            address_history: list[CreateLeaseRequestAddressHistoryItem] | Unset = UNSET
            if _address_history is not UNSET:
                address_history = []
                for address_history_item_data in _address_history:
                    address_history_item = CreateLeaseRequestAddressHistoryItem.from_dict(address_history_item_data)

                    address_history.append(address_history_item)

            _field = "application_fees"
            _application_fees = d.pop("application_fees", UNSET)
            application_fees: list[ApplicationFeesItem] | Unset = UNSET
            if _application_fees is not UNSET:
                application_fees = []
                for application_fees_item_data in _application_fees:
                    application_fees_item = ApplicationFeesItem.from_dict(application_fees_item_data)

                    application_fees.append(application_fees_item)

            _field = "associated_resident_ids"
            associated_resident_ids = cast(list[str], conform_list(d.pop("associated_resident_ids", UNSET), "str"))

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "city_alternate"
            city_alternate = conform(d.pop("city_alternate", UNSET), "str")

            _field = "concession_fees"
            _concession_fees = d.pop("concession_fees", UNSET)
            concession_fees: list[ConcessionFeesItem] | Unset = UNSET
            if _concession_fees is not UNSET:
                concession_fees = []
                for concession_fees_item_data in _concession_fees:
                    concession_fees_item = ConcessionFeesItem.from_dict(concession_fees_item_data)

                    concession_fees.append(concession_fees_item)

            _field = "country"
            _country = d.pop("country", UNSET)
            country: CreateLeaseRequestCountry | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = check_create_lease_request_country(_country)

            _field = "country_alternate"
            _country_alternate = d.pop("country_alternate", UNSET)
            country_alternate: CreateLeaseRequestCountryAlternate | Unset
            if isinstance(_country_alternate, Unset):
                country_alternate = UNSET
            else:
                country_alternate = check_create_lease_request_country_alternate(_country_alternate)

            _field = "criminal_charge_description"
            criminal_charge_description = conform(d.pop("criminal_charge_description", UNSET), "str")

            _field = "date_of_birth"
            date_of_birth = conform(d.pop("date_of_birth", UNSET), "str")

            _field = "desired_lease_term_in_months"
            desired_lease_term_in_months = conform(d.pop("desired_lease_term_in_months", UNSET), "str")

            _field = "drivers_license_number"
            drivers_license_number = conform(d.pop("drivers_license_number", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "email_2"
            email_2 = conform(d.pop("email_2", UNSET), "str")

            _field = "emergency_contacts"
            _emergency_contacts = d.pop("emergency_contacts", UNSET)
            emergency_contacts: list[CreateLeaseRequestEmergencyContactsItem] | Unset = UNSET
            if _emergency_contacts is not UNSET:
                emergency_contacts = []
                for emergency_contacts_item_data in _emergency_contacts:
                    emergency_contacts_item = CreateLeaseRequestEmergencyContactsItem.from_dict(
                        emergency_contacts_item_data
                    )

                    emergency_contacts.append(emergency_contacts_item)

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "employment_history"
            _employment_history = d.pop("employment_history", UNSET)
            employment_history: list[EmploymentHistoryItem] | Unset = UNSET
            if _employment_history is not UNSET:
                employment_history = []
                for employment_history_item_data in _employment_history:
                    employment_history_item = EmploymentHistoryItem.from_dict(employment_history_item_data)

                    employment_history.append(employment_history_item)

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "eviction_description"
            eviction_description = conform(d.pop("eviction_description", UNSET), "str")

            _field = "felony_description"
            felony_description = conform(d.pop("felony_description", UNSET), "str")

            _field = "financial_account_id"
            financial_account_id = conform(d.pop("financial_account_id", UNSET), "str")

            _field = "first_name"
            first_name = conform(d.pop("first_name", UNSET), "str")

            _field = "floor_plan_id"
            floor_plan_id = conform(d.pop("floor_plan_id", UNSET), "str")

            _field = "identification_number"
            identification_number = conform(d.pop("identification_number", UNSET), "str")

            _field = "is_criminal_charge"
            is_criminal_charge = conform(d.pop("is_criminal_charge", UNSET), "bool")

            _field = "is_evicted"
            is_evicted = conform(d.pop("is_evicted", UNSET), "bool")

            _field = "is_felony"
            is_felony = conform(d.pop("is_felony", UNSET), "bool")

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "lead_id"
            lead_id = conform(d.pop("lead_id", UNSET), "str")

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "lease_period_id"
            lease_period_id = conform(d.pop("lease_period_id", UNSET), "str")

            _field = "maiden_name"
            maiden_name = conform(d.pop("maiden_name", UNSET), "str")

            _field = "marital_status"
            _marital_status = d.pop("marital_status", UNSET)
            marital_status: CreateLeaseRequestMaritalStatus | Unset
            if isinstance(_marital_status, Unset):
                marital_status = UNSET
            else:
                marital_status = check_create_lease_request_marital_status(_marital_status)

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "move_in_date"
            move_in_date = conform(d.pop("move_in_date", UNSET), "str")

            _field = "move_out_date"
            move_out_date = conform(d.pop("move_out_date", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "nsf_fee_amount_in_cents"
            nsf_fee_amount_in_cents = conform(d.pop("nsf_fee_amount_in_cents", UNSET), "int")

            _field = "organization_name"
            organization_name = conform(d.pop("organization_name", UNSET), "str")

            _field = "other_income"
            _other_income = d.pop("other_income", UNSET)
            other_income: list[OtherIncomeItem] | Unset = UNSET
            if _other_income is not UNSET:
                other_income = []
                for other_income_item_data in _other_income:
                    other_income_item = OtherIncomeItem.from_dict(other_income_item_data)

                    other_income.append(other_income_item)

            _field = "other_occupants"
            _other_occupants = d.pop("other_occupants", UNSET)
            other_occupants: list[OtherOccupantsItem] | Unset = UNSET
            if _other_occupants is not UNSET:
                other_occupants = []
                for other_occupants_item_data in _other_occupants:
                    other_occupants_item = OtherOccupantsItem.from_dict(other_occupants_item_data)

                    other_occupants.append(other_occupants_item)

            _field = "pets"
            _pets = d.pop("pets", UNSET)
            pets: list[PetsItem] | Unset = UNSET
            if _pets is not UNSET:
                pets = []
                for pets_item_data in _pets:
                    pets_item = PetsItem.from_dict(pets_item_data)

                    pets.append(pets_item)

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: CreateLeaseRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_create_lease_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: CreateLeaseRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_create_lease_request_phone_2_type(_phone_2_type)

            _field = "primary_contact_id"
            primary_contact_id = conform(d.pop("primary_contact_id", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "realized_move_in_date"
            _realized_move_in_date = d.pop("realized_move_in_date", UNSET)
            realized_move_in_date: datetime.datetime | Unset
            if isinstance(_realized_move_in_date, Unset):
                realized_move_in_date = UNSET
            else:
                realized_move_in_date = datetime.datetime.fromisoformat(_realized_move_in_date)

            _field = "realized_move_out_date"
            _realized_move_out_date = d.pop("realized_move_out_date", UNSET)
            realized_move_out_date: datetime.datetime | Unset
            if isinstance(_realized_move_out_date, Unset):
                realized_move_out_date = UNSET
            else:
                realized_move_out_date = datetime.datetime.fromisoformat(_realized_move_out_date)

            _field = "recurring_resident_charges"
            _recurring_resident_charges = d.pop("recurring_resident_charges", UNSET)
            recurring_resident_charges: list[CreateLeaseRequestRecurringResidentChargesItem] | Unset = UNSET
            if _recurring_resident_charges is not UNSET:
                recurring_resident_charges = []
                for recurring_resident_charges_item_data in _recurring_resident_charges:
                    recurring_resident_charges_item = CreateLeaseRequestRecurringResidentChargesItem.from_dict(
                        recurring_resident_charges_item_data
                    )

                    recurring_resident_charges.append(recurring_resident_charges_item)

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(d.pop("rent_amount_in_cents", UNSET), "int")

            _field = "rent_cycle"
            _rent_cycle = d.pop("rent_cycle", UNSET)
            rent_cycle: CreateLeaseRequestRentCycle | Unset
            if isinstance(_rent_cycle, Unset):
                rent_cycle = UNSET
            else:
                rent_cycle = check_create_lease_request_rent_cycle(_rent_cycle)

            _field = "rent_due_date"
            rent_due_date = conform(d.pop("rent_due_date", UNSET), "str")

            _field = "resident_charges"
            _resident_charges = d.pop("resident_charges", UNSET)
            resident_charges: list[CreateLeaseRequestResidentChargesItem] | Unset = UNSET
            if _resident_charges is not UNSET:
                resident_charges = []
                for resident_charges_item_data in _resident_charges:
                    resident_charges_item = CreateLeaseRequestResidentChargesItem.from_dict(resident_charges_item_data)

                    resident_charges.append(resident_charges_item)

            _field = "resident_id"
            resident_id = conform(d.pop("resident_id", UNSET), "str")

            _field = "scheduled_move_in_date"
            scheduled_move_in_date = conform(d.pop("scheduled_move_in_date", UNSET), "str")

            _field = "scheduled_move_out_date"
            _scheduled_move_out_date = d.pop("scheduled_move_out_date", UNSET)
            scheduled_move_out_date: datetime.datetime | Unset
            if isinstance(_scheduled_move_out_date, Unset):
                scheduled_move_out_date = UNSET
            else:
                scheduled_move_out_date = datetime.datetime.fromisoformat(_scheduled_move_out_date)

            _field = "send_welcome_email"
            send_welcome_email = conform(d.pop("send_welcome_email", UNSET), "bool")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "state_alternate"
            state_alternate = conform(d.pop("state_alternate", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: CreateLeaseRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_create_lease_request_status(_status)

            _field = "tenants"
            _tenants = d.pop("tenants", UNSET)
            tenants: list[CreateLeaseRequestTenantsItem] | Unset = UNSET
            if _tenants is not UNSET:
                tenants = []
                for tenants_item_data in _tenants:
                    tenants_item = CreateLeaseRequestTenantsItem.from_dict(tenants_item_data)

                    tenants.append(tenants_item)

            _field = "third_party_id"
            third_party_id = conform(d.pop("third_party_id", UNSET), "str")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: CreateLeaseRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_lease_request_type(_type_)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "vehicles"
            _vehicles = d.pop("vehicles", UNSET)
            vehicles: list[CreateLeaseRequestVehiclesItem] | Unset = UNSET
            if _vehicles is not UNSET:
                vehicles = []
                for vehicles_item_data in _vehicles:
                    vehicles_item = CreateLeaseRequestVehiclesItem.from_dict(vehicles_item_data)

                    vehicles.append(vehicles_item)

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

            _field = "zip_alternate"
            zip_alternate = conform(d.pop("zip_alternate", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateLeaseRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            address_1=address_1,
            address_1_alternate=address_1_alternate,
            address_2=address_2,
            address_2_alternate=address_2_alternate,
            address_history=address_history,
            application_fees=application_fees,
            associated_resident_ids=associated_resident_ids,
            city=city,
            city_alternate=city_alternate,
            concession_fees=concession_fees,
            country=country,
            country_alternate=country_alternate,
            criminal_charge_description=criminal_charge_description,
            date_of_birth=date_of_birth,
            desired_lease_term_in_months=desired_lease_term_in_months,
            drivers_license_number=drivers_license_number,
            email_1=email_1,
            email_2=email_2,
            emergency_contacts=emergency_contacts,
            employee_id=employee_id,
            employment_history=employment_history,
            end_date=end_date,
            eviction_description=eviction_description,
            felony_description=felony_description,
            financial_account_id=financial_account_id,
            first_name=first_name,
            floor_plan_id=floor_plan_id,
            identification_number=identification_number,
            is_criminal_charge=is_criminal_charge,
            is_evicted=is_evicted,
            is_felony=is_felony,
            last_name=last_name,
            lead_id=lead_id,
            lead_source_id=lead_source_id,
            lease_period_id=lease_period_id,
            maiden_name=maiden_name,
            marital_status=marital_status,
            middle_name=middle_name,
            move_in_date=move_in_date,
            move_out_date=move_out_date,
            notes=notes,
            nsf_fee_amount_in_cents=nsf_fee_amount_in_cents,
            organization_name=organization_name,
            other_income=other_income,
            other_occupants=other_occupants,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            primary_contact_id=primary_contact_id,
            property_id=property_id,
            realized_move_in_date=realized_move_in_date,
            realized_move_out_date=realized_move_out_date,
            recurring_resident_charges=recurring_resident_charges,
            rent_amount_in_cents=rent_amount_in_cents,
            rent_cycle=rent_cycle,
            rent_due_date=rent_due_date,
            resident_charges=resident_charges,
            resident_id=resident_id,
            scheduled_move_in_date=scheduled_move_in_date,
            scheduled_move_out_date=scheduled_move_out_date,
            send_welcome_email=send_welcome_email,
            start_date=start_date,
            state=state,
            state_alternate=state_alternate,
            status=status,
            tenants=tenants,
            third_party_id=third_party_id,
            type_=type_,
            unit_id=unit_id,
            vehicles=vehicles,
            zip_=zip_,
            zip_alternate=zip_alternate,
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
