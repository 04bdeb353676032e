from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..models.create_applicant_request_applicant_status import (
    CreateApplicantRequestApplicantStatus,
    check_create_applicant_request_applicant_status,
)
from ..models.create_applicant_request_application_status import (
    CreateApplicantRequestApplicationStatus,
    check_create_applicant_request_application_status,
)
from ..models.create_applicant_request_marital_status import (
    CreateApplicantRequestMaritalStatus,
    check_create_applicant_request_marital_status,
)
from ..models.create_applicant_request_phone_1_type import (
    CreateApplicantRequestPhone1Type,
    check_create_applicant_request_phone_1_type,
)
from ..models.create_applicant_request_phone_2_type import (
    CreateApplicantRequestPhone2Type,
    check_create_applicant_request_phone_2_type,
)
from ..models.create_applicant_request_phone_3_type import (
    CreateApplicantRequestPhone3Type,
    check_create_applicant_request_phone_3_type,
)
from ..models.create_applicant_request_status import CreateApplicantRequestStatus, check_create_applicant_request_status
from ..models.create_applicant_request_type import CreateApplicantRequestType, check_create_applicant_request_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_ons_item import AddOnsItem
    from ..models.address_history_item import AddressHistoryItem
    from ..models.application_references_item import ApplicationReferencesItem
    from ..models.assistance import Assistance
    from ..models.attachments_item import AttachmentsItem
    from ..models.bank_accounts_item import BankAccountsItem
    from ..models.create_applicant_request_custom_data import CreateApplicantRequestCustomData
    from ..models.create_applicant_request_employment_history_item import CreateApplicantRequestEmploymentHistoryItem
    from ..models.create_applicant_request_events_item import CreateApplicantRequestEventsItem
    from ..models.create_applicant_request_other_income_item import CreateApplicantRequestOtherIncomeItem
    from ..models.create_applicant_request_other_occupants_item import CreateApplicantRequestOtherOccupantsItem
    from ..models.create_applicant_request_pets_item import CreateApplicantRequestPetsItem
    from ..models.credit_cards_item import CreditCardsItem
    from ..models.emergency_contacts_item import EmergencyContactsItem
    from ..models.vehicles_item import VehiclesItem


T = TypeVar("T", bound="CreateApplicantRequest")


@_attrs_define
class CreateApplicantRequest:
    """
    Attributes:
        integration_id (str):
        add_ons (list[AddOnsItem] | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        address_history (list[AddressHistoryItem] | Unset): At least 1 items.
        address_type_id (str | Unset):
        applicant_status (CreateApplicantRequestApplicantStatus | Unset): One of 'APPLICANT', 'CO_APPLICANT',
            'OCCUPANT'.
        application_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        application_id (str | Unset):
        application_references (list[ApplicationReferencesItem] | Unset):
        application_status (CreateApplicantRequestApplicationStatus | Unset): One of 'COMPLETED', 'APPROVED'.
        application_template_id (str | Unset):
        assistance (Assistance | Unset):
        attachments (list[AttachmentsItem] | Unset):
        bank_accounts (list[BankAccountsItem] | Unset):
        citizenship (str | Unset):
        city (str | Unset):
        credit_cards (list[CreditCardsItem] | Unset):
        custom_data (CreateApplicantRequestCustomData | Unset): Deprecated.
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        desired_lease_term_in_months (str | Unset):
        desired_num_bathrooms (str | Unset):
        desired_num_bedrooms (float | Unset):
        drivers_license_number (str | Unset):
        drivers_license_state (str | Unset):
        email_1 (str | Unset):
        emergency_contacts (list[EmergencyContactsItem] | Unset):
        employee_id (str | Unset):
        employment_history (list[CreateApplicantRequestEmploymentHistoryItem] | Unset):
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        events (list[CreateApplicantRequestEventsItem] | Unset):
        eye_color (str | Unset):
        first_name (str | Unset):
        hair_color (str | Unset):
        height (str | Unset):
        identification_number (str | Unset):
        last_name (str | Unset):
        lead_id (str | Unset):
        lead_source (str | Unset):
        lead_source_id (str | Unset):
        lease_period_id (str | Unset):
        leasing_agent_contact_info (str | Unset):
        leasing_agent_first_name (str | Unset):
        leasing_agent_last_name (str | Unset):
        maiden_name (str | Unset):
        marital_status (CreateApplicantRequestMaritalStatus | Unset): One of 'SINGLE', 'MARRIED', 'ENGAGED',
            'SEPARATED', 'DIVORCED', 'WIDOWED', 'UNMARRIED_PARTNERS'.
        middle_name (str | Unset):
        move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        notes (str | Unset):
        number_of_occupants (float | Unset):
        organization_name (str | Unset):
        other_income (list[CreateApplicantRequestOtherIncomeItem] | Unset):
        other_occupants (list[CreateApplicantRequestOtherOccupantsItem] | Unset):
        passport_number (str | Unset):
        pets (list[CreateApplicantRequestPetsItem] | Unset):
        phone_1 (str | Unset):
        phone_1_type (CreateApplicantRequestPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        phone_2 (str | Unset):
        phone_2_type (CreateApplicantRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'OTHER', 'WORK'.
        phone_3 (str | Unset): Pattern: `^\\+?\\d{1,50}$`.
        phone_3_type (CreateApplicantRequestPhone3Type | Unset): One of 'HOME', 'WORK', 'MOBILE'.
        place_of_birth (str | Unset):
        property_id (str | Unset):
        rent_amount_in_cents (int | Unset): At least 0.
        rent_amount_market_in_cents (int | Unset):
        security_deposit_in_cents (int | Unset): At least 0.
        send_rental_application_email (bool | Unset):  Default: False.
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        state (str | Unset):
        status (CreateApplicantRequestStatus | Unset): One of 'PENDING', 'APPROVED', 'CANCELED', 'DENIED', 'SIGNED'.
        student_id (str | Unset):
        target_move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        third_party_id (str | Unset): Length at least 1.
        type_ (CreateApplicantRequestType | Unset): One of 'APPLICANT', 'CO_APPLICANT', 'OCCUPANT', 'GUARANTOR'.
        unit_id (str | Unset):
        vehicles (list[VehiclesItem] | Unset):
        weight (str | Unset):
        zip_ (str | Unset):
    """

    integration_id: str
    add_ons: list[AddOnsItem] | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_history: list[AddressHistoryItem] | Unset = UNSET
    address_type_id: str | Unset = UNSET
    applicant_status: CreateApplicantRequestApplicantStatus | Unset = UNSET
    application_date: str | Unset = UNSET
    application_id: str | Unset = UNSET
    application_references: list[ApplicationReferencesItem] | Unset = UNSET
    application_status: CreateApplicantRequestApplicationStatus | Unset = UNSET
    application_template_id: str | Unset = UNSET
    assistance: Assistance | Unset = UNSET
    attachments: list[AttachmentsItem] | Unset = UNSET
    bank_accounts: list[BankAccountsItem] | Unset = UNSET
    citizenship: str | Unset = UNSET
    city: str | Unset = UNSET
    credit_cards: list[CreditCardsItem] | Unset = UNSET
    custom_data: CreateApplicantRequestCustomData | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    desired_lease_term_in_months: str | Unset = UNSET
    desired_num_bathrooms: str | Unset = UNSET
    desired_num_bedrooms: float | Unset = UNSET
    drivers_license_number: str | Unset = UNSET
    drivers_license_state: str | Unset = UNSET
    email_1: str | Unset = UNSET
    emergency_contacts: list[EmergencyContactsItem] | Unset = UNSET
    employee_id: str | Unset = UNSET
    employment_history: list[CreateApplicantRequestEmploymentHistoryItem] | Unset = UNSET
    end_date: str | Unset = UNSET
    events: list[CreateApplicantRequestEventsItem] | Unset = UNSET
    eye_color: str | Unset = UNSET
    first_name: str | Unset = UNSET
    hair_color: str | Unset = UNSET
    height: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    last_name: str | Unset = UNSET
    lead_id: str | Unset = UNSET
    lead_source: str | Unset = UNSET
    lead_source_id: str | Unset = UNSET
    lease_period_id: str | Unset = UNSET
    leasing_agent_contact_info: str | Unset = UNSET
    leasing_agent_first_name: str | Unset = UNSET
    leasing_agent_last_name: str | Unset = UNSET
    maiden_name: str | Unset = UNSET
    marital_status: CreateApplicantRequestMaritalStatus | Unset = UNSET
    middle_name: str | Unset = UNSET
    move_in_date: str | Unset = UNSET
    notes: str | Unset = UNSET
    number_of_occupants: float | Unset = UNSET
    organization_name: str | Unset = UNSET
    other_income: list[CreateApplicantRequestOtherIncomeItem] | Unset = UNSET
    other_occupants: list[CreateApplicantRequestOtherOccupantsItem] | Unset = UNSET
    passport_number: str | Unset = UNSET
    pets: list[CreateApplicantRequestPetsItem] | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: CreateApplicantRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: CreateApplicantRequestPhone2Type | Unset = UNSET
    phone_3: str | Unset = UNSET
    phone_3_type: CreateApplicantRequestPhone3Type | Unset = UNSET
    place_of_birth: str | Unset = UNSET
    property_id: str | Unset = UNSET
    rent_amount_in_cents: int | Unset = UNSET
    rent_amount_market_in_cents: int | Unset = UNSET
    security_deposit_in_cents: int | Unset = UNSET
    send_rental_application_email: bool | Unset = False
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    status: CreateApplicantRequestStatus | Unset = UNSET
    student_id: str | Unset = UNSET
    target_move_in_date: str | Unset = UNSET
    third_party_id: str | Unset = UNSET
    type_: CreateApplicantRequestType | Unset = UNSET
    unit_id: str | Unset = UNSET
    vehicles: list[VehiclesItem] | Unset = UNSET
    weight: str | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        add_ons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_ons, Unset):
            add_ons = []
            for add_ons_item_data in self.add_ons:
                add_ons_item = add_ons_item_data.to_dict()
                add_ons.append(add_ons_item)

        address_1 = self.address_1

        address_2 = self.address_2

        address_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.address_history, Unset):
            address_history = []
            for address_history_item_data in self.address_history:
                address_history_item = address_history_item_data.to_dict()
                address_history.append(address_history_item)

        address_type_id = self.address_type_id

        applicant_status: str | Unset = UNSET
        if not isinstance(self.applicant_status, Unset):
            applicant_status = self.applicant_status

        application_date = self.application_date

        application_id = self.application_id

        application_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.application_references, Unset):
            application_references = []
            for application_references_item_data in self.application_references:
                application_references_item = application_references_item_data.to_dict()
                application_references.append(application_references_item)

        application_status: str | Unset = UNSET
        if not isinstance(self.application_status, Unset):
            application_status = self.application_status

        application_template_id = self.application_template_id

        assistance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assistance, Unset):
            assistance = self.assistance.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        bank_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_accounts, Unset):
            bank_accounts = []
            for bank_accounts_item_data in self.bank_accounts:
                bank_accounts_item = bank_accounts_item_data.to_dict()
                bank_accounts.append(bank_accounts_item)

        citizenship = self.citizenship

        city = self.city

        credit_cards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_cards, Unset):
            credit_cards = []
            for credit_cards_item_data in self.credit_cards:
                credit_cards_item = credit_cards_item_data.to_dict()
                credit_cards.append(credit_cards_item)

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        date_of_birth = self.date_of_birth

        desired_lease_term_in_months = self.desired_lease_term_in_months

        desired_num_bathrooms = self.desired_num_bathrooms

        desired_num_bedrooms = self.desired_num_bedrooms

        drivers_license_number = self.drivers_license_number

        drivers_license_state = self.drivers_license_state

        email_1 = self.email_1

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

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        eye_color = self.eye_color

        first_name = self.first_name

        hair_color = self.hair_color

        height = self.height

        identification_number = self.identification_number

        last_name = self.last_name

        lead_id = self.lead_id

        lead_source = self.lead_source

        lead_source_id = self.lead_source_id

        lease_period_id = self.lease_period_id

        leasing_agent_contact_info = self.leasing_agent_contact_info

        leasing_agent_first_name = self.leasing_agent_first_name

        leasing_agent_last_name = self.leasing_agent_last_name

        maiden_name = self.maiden_name

        marital_status: str | Unset = UNSET
        if not isinstance(self.marital_status, Unset):
            marital_status = self.marital_status

        middle_name = self.middle_name

        move_in_date = self.move_in_date

        notes = self.notes

        number_of_occupants = self.number_of_occupants

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

        passport_number = self.passport_number

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

        phone_3 = self.phone_3

        phone_3_type: str | Unset = UNSET
        if not isinstance(self.phone_3_type, Unset):
            phone_3_type = self.phone_3_type

        place_of_birth = self.place_of_birth

        property_id = self.property_id

        rent_amount_in_cents = self.rent_amount_in_cents

        rent_amount_market_in_cents = self.rent_amount_market_in_cents

        security_deposit_in_cents = self.security_deposit_in_cents

        send_rental_application_email = self.send_rental_application_email

        start_date = self.start_date

        state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        student_id = self.student_id

        target_move_in_date = self.target_move_in_date

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

        weight = self.weight

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_history is not UNSET:
            field_dict["address_history"] = address_history
        if address_type_id is not UNSET:
            field_dict["address_type_id"] = address_type_id
        if applicant_status is not UNSET:
            field_dict["applicant_status"] = applicant_status
        if application_date is not UNSET:
            field_dict["application_date"] = application_date
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_references is not UNSET:
            field_dict["application_references"] = application_references
        if application_status is not UNSET:
            field_dict["application_status"] = application_status
        if application_template_id is not UNSET:
            field_dict["application_template_id"] = application_template_id
        if assistance is not UNSET:
            field_dict["assistance"] = assistance
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if bank_accounts is not UNSET:
            field_dict["bank_accounts"] = bank_accounts
        if citizenship is not UNSET:
            field_dict["citizenship"] = citizenship
        if city is not UNSET:
            field_dict["city"] = city
        if credit_cards is not UNSET:
            field_dict["credit_cards"] = credit_cards
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if desired_lease_term_in_months is not UNSET:
            field_dict["desired_lease_term_in_months"] = desired_lease_term_in_months
        if desired_num_bathrooms is not UNSET:
            field_dict["desired_num_bathrooms"] = desired_num_bathrooms
        if desired_num_bedrooms is not UNSET:
            field_dict["desired_num_bedrooms"] = desired_num_bedrooms
        if drivers_license_number is not UNSET:
            field_dict["drivers_license_number"] = drivers_license_number
        if drivers_license_state is not UNSET:
            field_dict["drivers_license_state"] = drivers_license_state
        if email_1 is not UNSET:
            field_dict["email_1"] = email_1
        if emergency_contacts is not UNSET:
            field_dict["emergency_contacts"] = emergency_contacts
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if employment_history is not UNSET:
            field_dict["employment_history"] = employment_history
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if events is not UNSET:
            field_dict["events"] = events
        if eye_color is not UNSET:
            field_dict["eye_color"] = eye_color
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if hair_color is not UNSET:
            field_dict["hair_color"] = hair_color
        if height is not UNSET:
            field_dict["height"] = height
        if identification_number is not UNSET:
            field_dict["identification_number"] = identification_number
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if lead_source is not UNSET:
            field_dict["lead_source"] = lead_source
        if lead_source_id is not UNSET:
            field_dict["lead_source_id"] = lead_source_id
        if lease_period_id is not UNSET:
            field_dict["lease_period_id"] = lease_period_id
        if leasing_agent_contact_info is not UNSET:
            field_dict["leasing_agent_contact_info"] = leasing_agent_contact_info
        if leasing_agent_first_name is not UNSET:
            field_dict["leasing_agent_first_name"] = leasing_agent_first_name
        if leasing_agent_last_name is not UNSET:
            field_dict["leasing_agent_last_name"] = leasing_agent_last_name
        if maiden_name is not UNSET:
            field_dict["maiden_name"] = maiden_name
        if marital_status is not UNSET:
            field_dict["marital_status"] = marital_status
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if move_in_date is not UNSET:
            field_dict["move_in_date"] = move_in_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if number_of_occupants is not UNSET:
            field_dict["number_of_occupants"] = number_of_occupants
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if other_income is not UNSET:
            field_dict["other_income"] = other_income
        if other_occupants is not UNSET:
            field_dict["other_occupants"] = other_occupants
        if passport_number is not UNSET:
            field_dict["passport_number"] = passport_number
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
        if phone_3 is not UNSET:
            field_dict["phone_3"] = phone_3
        if phone_3_type is not UNSET:
            field_dict["phone_3_type"] = phone_3_type
        if place_of_birth is not UNSET:
            field_dict["place_of_birth"] = place_of_birth
        if property_id is not UNSET:
            field_dict["property_id"] = property_id
        if rent_amount_in_cents is not UNSET:
            field_dict["rent_amount_in_cents"] = rent_amount_in_cents
        if rent_amount_market_in_cents is not UNSET:
            field_dict["rent_amount_market_in_cents"] = rent_amount_market_in_cents
        if security_deposit_in_cents is not UNSET:
            field_dict["security_deposit_in_cents"] = security_deposit_in_cents
        if send_rental_application_email is not UNSET:
            field_dict["send_rental_application_email"] = send_rental_application_email
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if student_id is not UNSET:
            field_dict["student_id"] = student_id
        if target_move_in_date is not UNSET:
            field_dict["target_move_in_date"] = target_move_in_date
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if vehicles is not UNSET:
            field_dict["vehicles"] = vehicles
        if weight is not UNSET:
            field_dict["weight"] = weight
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_ons_item import AddOnsItem  # noqa: PLC0415
        from ..models.address_history_item import AddressHistoryItem  # noqa: PLC0415
        from ..models.application_references_item import ApplicationReferencesItem  # noqa: PLC0415
        from ..models.assistance import Assistance  # noqa: PLC0415
        from ..models.attachments_item import AttachmentsItem  # noqa: PLC0415
        from ..models.bank_accounts_item import BankAccountsItem  # noqa: PLC0415
        from ..models.create_applicant_request_custom_data import CreateApplicantRequestCustomData  # noqa: PLC0415
        from ..models.create_applicant_request_employment_history_item import (
            CreateApplicantRequestEmploymentHistoryItem,  # noqa: PLC0415
        )
        from ..models.create_applicant_request_events_item import CreateApplicantRequestEventsItem  # noqa: PLC0415
        from ..models.create_applicant_request_other_income_item import CreateApplicantRequestOtherIncomeItem  # noqa: PLC0415
        from ..models.create_applicant_request_other_occupants_item import CreateApplicantRequestOtherOccupantsItem  # noqa: PLC0415
        from ..models.create_applicant_request_pets_item import CreateApplicantRequestPetsItem  # noqa: PLC0415
        from ..models.credit_cards_item import CreditCardsItem  # noqa: PLC0415
        from ..models.emergency_contacts_item import EmergencyContactsItem  # noqa: PLC0415
        from ..models.vehicles_item import VehiclesItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "integration_id"
            integration_id = conform(pop_required(d, "integration_id", "CreateApplicantRequest"), "str")

            _field = "add_ons"
            _add_ons = d.pop("add_ons", UNSET)
            add_ons: list[AddOnsItem] | Unset = UNSET
            if _add_ons is not UNSET:
                add_ons = []
                for add_ons_item_data in _add_ons:
                    add_ons_item = AddOnsItem.from_dict(add_ons_item_data)

                    add_ons.append(add_ons_item)

            _field = "address_1"
            address_1 = conform(d.pop("address_1", UNSET), "str")

            _field = "address_2"
            address_2 = conform(d.pop("address_2", UNSET), "str")

            _field = "address_history"
            _address_history = d.pop("address_history", UNSET)
            address_history: list[AddressHistoryItem] | Unset = UNSET
            if _address_history is not UNSET:
                address_history = []
                for address_history_item_data in _address_history:
                    address_history_item = AddressHistoryItem.from_dict(address_history_item_data)

                    address_history.append(address_history_item)

            _field = "address_type_id"
            address_type_id = conform(d.pop("address_type_id", UNSET), "str")

            _field = "applicant_status"
            _applicant_status = d.pop("applicant_status", UNSET)
            applicant_status: CreateApplicantRequestApplicantStatus | Unset
            if isinstance(_applicant_status, Unset):
                applicant_status = UNSET
            else:
                applicant_status = check_create_applicant_request_applicant_status(_applicant_status)

            _field = "application_date"
            application_date = conform(d.pop("application_date", UNSET), "str")

            _field = "application_id"
            application_id = conform(d.pop("application_id", UNSET), "str")

            _field = "application_references"
            _application_references = d.pop("application_references", UNSET)
            application_references: list[ApplicationReferencesItem] | Unset = UNSET
            if _application_references is not UNSET:
                application_references = []
                for application_references_item_data in _application_references:
                    application_references_item = ApplicationReferencesItem.from_dict(application_references_item_data)

                    application_references.append(application_references_item)

            _field = "application_status"
            _application_status = d.pop("application_status", UNSET)
            application_status: CreateApplicantRequestApplicationStatus | Unset
            if isinstance(_application_status, Unset):
                application_status = UNSET
            else:
                application_status = check_create_applicant_request_application_status(_application_status)

            _field = "application_template_id"
            application_template_id = conform(d.pop("application_template_id", UNSET), "str")

            _field = "assistance"
            _assistance = d.pop("assistance", UNSET)
            assistance: Assistance | Unset
            if isinstance(_assistance, Unset):
                assistance = UNSET
            else:
                assistance = Assistance.from_dict(_assistance)

            _field = "attachments"
            _attachments = d.pop("attachments", UNSET)
            attachments: list[AttachmentsItem] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = AttachmentsItem.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            _field = "bank_accounts"
            _bank_accounts = d.pop("bank_accounts", UNSET)
            bank_accounts: list[BankAccountsItem] | Unset = UNSET
            if _bank_accounts is not UNSET:
                bank_accounts = []
                for bank_accounts_item_data in _bank_accounts:
                    bank_accounts_item = BankAccountsItem.from_dict(bank_accounts_item_data)

                    bank_accounts.append(bank_accounts_item)

            _field = "citizenship"
            citizenship = conform(d.pop("citizenship", UNSET), "str")

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "credit_cards"
            _credit_cards = d.pop("credit_cards", UNSET)
            credit_cards: list[CreditCardsItem] | Unset = UNSET
            if _credit_cards is not UNSET:
                credit_cards = []
                for credit_cards_item_data in _credit_cards:
                    credit_cards_item = CreditCardsItem.from_dict(credit_cards_item_data)

                    credit_cards.append(credit_cards_item)

            _field = "custom_data"
            _custom_data = d.pop("custom_data", UNSET)
            custom_data: CreateApplicantRequestCustomData | Unset
            if isinstance(_custom_data, Unset):
                custom_data = UNSET
            else:
                custom_data = CreateApplicantRequestCustomData.from_dict(_custom_data)

            _field = "date_of_birth"
            date_of_birth = conform(d.pop("date_of_birth", UNSET), "str")

            _field = "desired_lease_term_in_months"
            desired_lease_term_in_months = conform(d.pop("desired_lease_term_in_months", UNSET), "str")

            _field = "desired_num_bathrooms"
            desired_num_bathrooms = conform(d.pop("desired_num_bathrooms", UNSET), "str")

            _field = "desired_num_bedrooms"
            desired_num_bedrooms = conform(d.pop("desired_num_bedrooms", UNSET), "float")

            _field = "drivers_license_number"
            drivers_license_number = conform(d.pop("drivers_license_number", UNSET), "str")

            _field = "drivers_license_state"
            drivers_license_state = conform(d.pop("drivers_license_state", UNSET), "str")

            _field = "email_1"
            email_1 = conform(d.pop("email_1", UNSET), "str")

            _field = "emergency_contacts"
            _emergency_contacts = d.pop("emergency_contacts", UNSET)
            emergency_contacts: list[EmergencyContactsItem] | Unset = UNSET
            if _emergency_contacts is not UNSET:
                emergency_contacts = []
                for emergency_contacts_item_data in _emergency_contacts:
                    emergency_contacts_item = EmergencyContactsItem.from_dict(emergency_contacts_item_data)

                    emergency_contacts.append(emergency_contacts_item)

            _field = "employee_id"
            employee_id = conform(d.pop("employee_id", UNSET), "str")

            _field = "employment_history"
            _employment_history = d.pop("employment_history", UNSET)
            employment_history: list[CreateApplicantRequestEmploymentHistoryItem] | Unset = UNSET
            if _employment_history is not UNSET:
                employment_history = []
                for employment_history_item_data in _employment_history:
                    employment_history_item = CreateApplicantRequestEmploymentHistoryItem.from_dict(
                        employment_history_item_data
                    )

                    employment_history.append(employment_history_item)

            _field = "end_date"
            end_date = conform(d.pop("end_date", UNSET), "str")

            _field = "events"
            _events = d.pop("events", UNSET)
            events: list[CreateApplicantRequestEventsItem] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = CreateApplicantRequestEventsItem.from_dict(events_item_data)

                    events.append(events_item)

            _field = "eye_color"
            eye_color = conform(d.pop("eye_color", UNSET), "str")

            _field = "first_name"
            first_name = conform(d.pop("first_name", UNSET), "str")

            _field = "hair_color"
            hair_color = conform(d.pop("hair_color", UNSET), "str")

            _field = "height"
            height = conform(d.pop("height", UNSET), "str")

            _field = "identification_number"
            identification_number = conform(d.pop("identification_number", UNSET), "str")

            _field = "last_name"
            last_name = conform(d.pop("last_name", UNSET), "str")

            _field = "lead_id"
            lead_id = conform(d.pop("lead_id", UNSET), "str")

            _field = "lead_source"
            lead_source = conform(d.pop("lead_source", UNSET), "str")

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "lease_period_id"
            lease_period_id = conform(d.pop("lease_period_id", UNSET), "str")

            _field = "leasing_agent_contact_info"
            leasing_agent_contact_info = conform(d.pop("leasing_agent_contact_info", UNSET), "str")

            _field = "leasing_agent_first_name"
            leasing_agent_first_name = conform(d.pop("leasing_agent_first_name", UNSET), "str")

            _field = "leasing_agent_last_name"
            leasing_agent_last_name = conform(d.pop("leasing_agent_last_name", UNSET), "str")

            _field = "maiden_name"
            maiden_name = conform(d.pop("maiden_name", UNSET), "str")

            _field = "marital_status"
            _marital_status = d.pop("marital_status", UNSET)
            marital_status: CreateApplicantRequestMaritalStatus | Unset
            if isinstance(_marital_status, Unset):
                marital_status = UNSET
            else:
                marital_status = check_create_applicant_request_marital_status(_marital_status)

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "move_in_date"
            move_in_date = conform(d.pop("move_in_date", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

            _field = "number_of_occupants"
            number_of_occupants = conform(d.pop("number_of_occupants", UNSET), "float")

            _field = "organization_name"
            organization_name = conform(d.pop("organization_name", UNSET), "str")

            _field = "other_income"
            _other_income = d.pop("other_income", UNSET)
            other_income: list[CreateApplicantRequestOtherIncomeItem] | Unset = UNSET
            if _other_income is not UNSET:
                other_income = []
                for other_income_item_data in _other_income:
                    other_income_item = CreateApplicantRequestOtherIncomeItem.from_dict(other_income_item_data)

                    other_income.append(other_income_item)

            _field = "other_occupants"
            _other_occupants = d.pop("other_occupants", UNSET)
            other_occupants: list[CreateApplicantRequestOtherOccupantsItem] | Unset = UNSET
            if _other_occupants is not UNSET:
                other_occupants = []
                for other_occupants_item_data in _other_occupants:
                    other_occupants_item = CreateApplicantRequestOtherOccupantsItem.from_dict(other_occupants_item_data)

                    other_occupants.append(other_occupants_item)

            _field = "passport_number"
            passport_number = conform(d.pop("passport_number", UNSET), "str")

            _field = "pets"
            _pets = d.pop("pets", UNSET)
            pets: list[CreateApplicantRequestPetsItem] | Unset = UNSET
            if _pets is not UNSET:
                pets = []
                for pets_item_data in _pets:
                    pets_item = CreateApplicantRequestPetsItem.from_dict(pets_item_data)

                    pets.append(pets_item)

            _field = "phone_1"
            phone_1 = conform(d.pop("phone_1", UNSET), "str")

            _field = "phone_1_type"
            _phone_1_type = d.pop("phone_1_type", UNSET)
            phone_1_type: CreateApplicantRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_create_applicant_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: CreateApplicantRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_create_applicant_request_phone_2_type(_phone_2_type)

            _field = "phone_3"
            phone_3 = conform(d.pop("phone_3", UNSET), "str")

            _field = "phone_3_type"
            _phone_3_type = d.pop("phone_3_type", UNSET)
            phone_3_type: CreateApplicantRequestPhone3Type | Unset
            if isinstance(_phone_3_type, Unset):
                phone_3_type = UNSET
            else:
                phone_3_type = check_create_applicant_request_phone_3_type(_phone_3_type)

            _field = "place_of_birth"
            place_of_birth = conform(d.pop("place_of_birth", UNSET), "str")

            _field = "property_id"
            property_id = conform(d.pop("property_id", UNSET), "str")

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(d.pop("rent_amount_in_cents", UNSET), "int")

            _field = "rent_amount_market_in_cents"
            rent_amount_market_in_cents = conform(d.pop("rent_amount_market_in_cents", UNSET), "int")

            _field = "security_deposit_in_cents"
            security_deposit_in_cents = conform(d.pop("security_deposit_in_cents", UNSET), "int")

            _field = "send_rental_application_email"
            send_rental_application_email = conform(d.pop("send_rental_application_email", UNSET), "bool")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: CreateApplicantRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_create_applicant_request_status(_status)

            _field = "student_id"
            student_id = conform(d.pop("student_id", UNSET), "str")

            _field = "target_move_in_date"
            target_move_in_date = conform(d.pop("target_move_in_date", UNSET), "str")

            _field = "third_party_id"
            third_party_id = conform(d.pop("third_party_id", UNSET), "str")

            _field = "type"
            _type_ = d.pop("type", UNSET)
            type_: CreateApplicantRequestType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_create_applicant_request_type(_type_)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "vehicles"
            _vehicles = d.pop("vehicles", UNSET)
            vehicles: list[VehiclesItem] | Unset = UNSET
            if _vehicles is not UNSET:
                vehicles = []
                for vehicles_item_data in _vehicles:
                    vehicles_item = VehiclesItem.from_dict(vehicles_item_data)

                    vehicles.append(vehicles_item)

            _field = "weight"
            weight = conform(d.pop("weight", UNSET), "str")

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "CreateApplicantRequest", _field) from _failure
        _instance = cls(
            integration_id=integration_id,
            add_ons=add_ons,
            address_1=address_1,
            address_2=address_2,
            address_history=address_history,
            address_type_id=address_type_id,
            applicant_status=applicant_status,
            application_date=application_date,
            application_id=application_id,
            application_references=application_references,
            application_status=application_status,
            application_template_id=application_template_id,
            assistance=assistance,
            attachments=attachments,
            bank_accounts=bank_accounts,
            citizenship=citizenship,
            city=city,
            credit_cards=credit_cards,
            custom_data=custom_data,
            date_of_birth=date_of_birth,
            desired_lease_term_in_months=desired_lease_term_in_months,
            desired_num_bathrooms=desired_num_bathrooms,
            desired_num_bedrooms=desired_num_bedrooms,
            drivers_license_number=drivers_license_number,
            drivers_license_state=drivers_license_state,
            email_1=email_1,
            emergency_contacts=emergency_contacts,
            employee_id=employee_id,
            employment_history=employment_history,
            end_date=end_date,
            events=events,
            eye_color=eye_color,
            first_name=first_name,
            hair_color=hair_color,
            height=height,
            identification_number=identification_number,
            last_name=last_name,
            lead_id=lead_id,
            lead_source=lead_source,
            lead_source_id=lead_source_id,
            lease_period_id=lease_period_id,
            leasing_agent_contact_info=leasing_agent_contact_info,
            leasing_agent_first_name=leasing_agent_first_name,
            leasing_agent_last_name=leasing_agent_last_name,
            maiden_name=maiden_name,
            marital_status=marital_status,
            middle_name=middle_name,
            move_in_date=move_in_date,
            notes=notes,
            number_of_occupants=number_of_occupants,
            organization_name=organization_name,
            other_income=other_income,
            other_occupants=other_occupants,
            passport_number=passport_number,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            phone_3=phone_3,
            phone_3_type=phone_3_type,
            place_of_birth=place_of_birth,
            property_id=property_id,
            rent_amount_in_cents=rent_amount_in_cents,
            rent_amount_market_in_cents=rent_amount_market_in_cents,
            security_deposit_in_cents=security_deposit_in_cents,
            send_rental_application_email=send_rental_application_email,
            start_date=start_date,
            state=state,
            status=status,
            student_id=student_id,
            target_move_in_date=target_move_in_date,
            third_party_id=third_party_id,
            type_=type_,
            unit_id=unit_id,
            vehicles=vehicles,
            weight=weight,
            zip_=zip_,
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
