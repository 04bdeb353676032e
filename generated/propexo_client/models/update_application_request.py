from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.update_application_request_application_status import (
    UpdateApplicationRequestApplicationStatus,
    check_update_application_request_application_status,
)
from ..models.update_application_request_marital_status import (
    UpdateApplicationRequestMaritalStatus,
    check_update_application_request_marital_status,
)
from ..models.update_application_request_phone_1_type import (
    UpdateApplicationRequestPhone1Type,
    check_update_application_request_phone_1_type,
)
from ..models.update_application_request_phone_2_type import (
    UpdateApplicationRequestPhone2Type,
    check_update_application_request_phone_2_type,
)
from ..models.update_application_request_status import (
    UpdateApplicationRequestStatus,
    check_update_application_request_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_ons_item import AddOnsItem
    from ..models.application_fees_item import ApplicationFeesItem
    from ..models.attachments_item import AttachmentsItem
    from ..models.concession_fees_item import ConcessionFeesItem
    from ..models.employment_history_item import EmploymentHistoryItem
    from ..models.events_item import EventsItem
    from ..models.other_income_item import OtherIncomeItem
    from ..models.other_occupants_item import OtherOccupantsItem
    from ..models.pets_item import PetsItem
    from ..models.update_application_request_address_history_item import UpdateApplicationRequestAddressHistoryItem
    from ..models.update_application_request_emergency_contacts_item import (
        UpdateApplicationRequestEmergencyContactsItem,
    )
    from ..models.update_application_request_vehicles_item import UpdateApplicationRequestVehiclesItem


T = TypeVar("T", bound="UpdateApplicationRequest")


@_attrs_define
class UpdateApplicationRequest:
    """
    Attributes:
        add_ons (list[AddOnsItem] | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
        address_history (list[UpdateApplicationRequestAddressHistoryItem] | Unset): At most 2 items.
        applicant_id (str | Unset):
        application_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        application_fees (list[ApplicationFeesItem] | Unset):
        application_id (str | Unset):
        application_status (UpdateApplicationRequestApplicationStatus | Unset): One of 'COMPLETED', 'APPROVED'.
        application_status_id (str | Unset):
        attachments (list[AttachmentsItem] | Unset):
        city (str | Unset):
        concession_fees (list[ConcessionFeesItem] | Unset):
        create_new_events_only (bool | str | Unset):
        criminal_charge_description (str | Unset):
        date_of_birth (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        desired_lease_term_in_months (str | Unset):
        drivers_license_number (str | Unset):
        email_1 (str | Unset): Format: email.
        emergency_contacts (list[UpdateApplicationRequestEmergencyContactsItem] | Unset): At most 1 items.
        employee_id (str | Unset):
        employment_history (list[EmploymentHistoryItem] | Unset): At most 2 items.
        end_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        events (list[EventsItem] | Unset): Deprecated.
        eviction_description (str | Unset):
        felony_description (str | Unset):
        first_name (str | Unset):
        floor_plan_id (str | Unset):
        identification_number (str | Unset):
        is_criminal_charge (bool | Unset):
        is_evicted (bool | Unset):
        is_felony (bool | Unset):
        last_name (str | Unset):
        lead_source_id (str | Unset):
        lease_period_id (str | Unset):
        maiden_name (str | Unset):
        marital_status (UpdateApplicationRequestMaritalStatus | Unset): One of 'SINGLE', 'MARRIED'.
        middle_name (str | Unset):
        move_in_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        move_out_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        notes (str | Unset):
        other_income (list[OtherIncomeItem] | Unset): At most 2 items.
        other_occupants (list[OtherOccupantsItem] | Unset):
        pets (list[PetsItem] | Unset): At most 6 items.
        phone_1 (str | Unset): Pattern: `^\\d{10}$`.
        phone_1_type (UpdateApplicationRequestPhone1Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        phone_2 (str | Unset): Pattern: `^\\d{10}$`.
        phone_2_type (UpdateApplicationRequestPhone2Type | Unset): One of 'FAX', 'HOME', 'MOBILE', 'WORK'.
        rent_amount_in_cents (int | Unset): At least 0.
        start_date (str | Unset): Pattern: `^\\d{4}-\\d{2}-\\d{2}(?:[Tt
            ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$`.
        state (str | Unset):
        status (UpdateApplicationRequestStatus | Unset): One of 'PENDING', 'APPROVED', 'CANCELED', 'DENIED', 'SIGNED'.
        unit_id (str | Unset):
        vehicles (list[UpdateApplicationRequestVehiclesItem] | Unset): At most 4 items.
        zip_ (str | Unset):
    """

    add_ons: list[AddOnsItem] | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_history: list[UpdateApplicationRequestAddressHistoryItem] | Unset = UNSET
    applicant_id: str | Unset = UNSET
    application_date: str | Unset = UNSET
    application_fees: list[ApplicationFeesItem] | Unset = UNSET
    application_id: str | Unset = UNSET
    application_status: UpdateApplicationRequestApplicationStatus | Unset = UNSET
    application_status_id: str | Unset = UNSET
    attachments: list[AttachmentsItem] | Unset = UNSET
    city: str | Unset = UNSET
    concession_fees: list[ConcessionFeesItem] | Unset = UNSET
    create_new_events_only: bool | str | Unset = UNSET
    criminal_charge_description: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    desired_lease_term_in_months: str | Unset = UNSET
    drivers_license_number: str | Unset = UNSET
    email_1: str | Unset = UNSET
    emergency_contacts: list[UpdateApplicationRequestEmergencyContactsItem] | Unset = UNSET
    employee_id: str | Unset = UNSET
    employment_history: list[EmploymentHistoryItem] | Unset = UNSET
    end_date: str | Unset = UNSET
    events: list[EventsItem] | Unset = UNSET
    eviction_description: str | Unset = UNSET
    felony_description: str | Unset = UNSET
    first_name: str | Unset = UNSET
    floor_plan_id: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    is_criminal_charge: bool | Unset = UNSET
    is_evicted: bool | Unset = UNSET
    is_felony: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    lead_source_id: str | Unset = UNSET
    lease_period_id: str | Unset = UNSET
    maiden_name: str | Unset = UNSET
    marital_status: UpdateApplicationRequestMaritalStatus | Unset = UNSET
    middle_name: str | Unset = UNSET
    move_in_date: str | Unset = UNSET
    move_out_date: str | Unset = UNSET
    notes: str | Unset = UNSET
    other_income: list[OtherIncomeItem] | Unset = UNSET
    other_occupants: list[OtherOccupantsItem] | Unset = UNSET
    pets: list[PetsItem] | Unset = UNSET
    phone_1: str | Unset = UNSET
    phone_1_type: UpdateApplicationRequestPhone1Type | Unset = UNSET
    phone_2: str | Unset = UNSET
    phone_2_type: UpdateApplicationRequestPhone2Type | Unset = UNSET
    rent_amount_in_cents: int | Unset = UNSET
    start_date: str | Unset = UNSET
    state: str | Unset = UNSET
    status: UpdateApplicationRequestStatus | Unset = UNSET
    unit_id: str | Unset = UNSET
    vehicles: list[UpdateApplicationRequestVehiclesItem] | Unset = UNSET
    zip_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        applicant_id = self.applicant_id

        application_date = self.application_date

        application_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.application_fees, Unset):
            application_fees = []
            for application_fees_item_data in self.application_fees:
                application_fees_item = application_fees_item_data.to_dict()
                application_fees.append(application_fees_item)

        application_id = self.application_id

        application_status: str | Unset = UNSET
        if not isinstance(self.application_status, Unset):
            application_status = self.application_status

        application_status_id = self.application_status_id

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        city = self.city

        concession_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concession_fees, Unset):
            concession_fees = []
            for concession_fees_item_data in self.concession_fees:
                concession_fees_item = concession_fees_item_data.to_dict()
                concession_fees.append(concession_fees_item)

        create_new_events_only: bool | str | Unset
        if isinstance(self.create_new_events_only, Unset):
            create_new_events_only = UNSET
        else:
            create_new_events_only = self.create_new_events_only

        criminal_charge_description = self.criminal_charge_description

        date_of_birth = self.date_of_birth

        desired_lease_term_in_months = self.desired_lease_term_in_months

        drivers_license_number = self.drivers_license_number

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

        eviction_description = self.eviction_description

        felony_description = self.felony_description

        first_name = self.first_name

        floor_plan_id = self.floor_plan_id

        identification_number = self.identification_number

        is_criminal_charge = self.is_criminal_charge

        is_evicted = self.is_evicted

        is_felony = self.is_felony

        last_name = self.last_name

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

        rent_amount_in_cents = self.rent_amount_in_cents

        start_date = self.start_date

        state = self.state

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        unit_id = self.unit_id

        vehicles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vehicles, Unset):
            vehicles = []
            for vehicles_item_data in self.vehicles:
                vehicles_item = vehicles_item_data.to_dict()
                vehicles.append(vehicles_item)

        zip_ = self.zip_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if add_ons is not UNSET:
            field_dict["add_ons"] = add_ons
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_history is not UNSET:
            field_dict["address_history"] = address_history
        if applicant_id is not UNSET:
            field_dict["applicant_id"] = applicant_id
        if application_date is not UNSET:
            field_dict["application_date"] = application_date
        if application_fees is not UNSET:
            field_dict["application_fees"] = application_fees
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if application_status is not UNSET:
            field_dict["application_status"] = application_status
        if application_status_id is not UNSET:
            field_dict["application_status_id"] = application_status_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if city is not UNSET:
            field_dict["city"] = city
        if concession_fees is not UNSET:
            field_dict["concession_fees"] = concession_fees
        if create_new_events_only is not UNSET:
            field_dict["create_new_events_only"] = create_new_events_only
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
        if eviction_description is not UNSET:
            field_dict["eviction_description"] = eviction_description
        if felony_description is not UNSET:
            field_dict["felony_description"] = felony_description
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
        if rent_amount_in_cents is not UNSET:
            field_dict["rent_amount_in_cents"] = rent_amount_in_cents
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if vehicles is not UNSET:
            field_dict["vehicles"] = vehicles
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_ons_item import AddOnsItem  # noqa: PLC0415
        from ..models.application_fees_item import ApplicationFeesItem  # noqa: PLC0415
        from ..models.attachments_item import AttachmentsItem  # noqa: PLC0415
        from ..models.concession_fees_item import ConcessionFeesItem  # noqa: PLC0415
        from ..models.employment_history_item import EmploymentHistoryItem  # noqa: PLC0415
        from ..models.events_item import EventsItem  # noqa: PLC0415
        from ..models.other_income_item import OtherIncomeItem  # noqa: PLC0415
        from ..models.other_occupants_item import OtherOccupantsItem  # noqa: PLC0415
        from ..models.pets_item import PetsItem  # noqa: PLC0415
        from ..models.update_application_request_address_history_item import UpdateApplicationRequestAddressHistoryItem  # noqa: PLC0415
        from ..models.update_application_request_emergency_contacts_item import (
            UpdateApplicationRequestEmergencyContactsItem,  # noqa: PLC0415
        )
        from ..models.update_application_request_vehicles_item import UpdateApplicationRequestVehiclesItem  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
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
            address_history: list[UpdateApplicationRequestAddressHistoryItem] | Unset = UNSET
            if _address_history is not UNSET:
                address_history = []
                for address_history_item_data in _address_history:
                    address_history_item = UpdateApplicationRequestAddressHistoryItem.from_dict(
                        address_history_item_data
                    )

                    address_history.append(address_history_item)

            _field = "applicant_id"
            applicant_id = conform(d.pop("applicant_id", UNSET), "str")

            _field = "application_date"
            application_date = conform(d.pop("application_date", UNSET), "str")

            _field = "application_fees"
            _application_fees = d.pop("application_fees", UNSET)
            application_fees: list[ApplicationFeesItem] | Unset = UNSET
            if _application_fees is not UNSET:
                application_fees = []
                for application_fees_item_data in _application_fees:
                    application_fees_item = ApplicationFeesItem.from_dict(application_fees_item_data)

                    application_fees.append(application_fees_item)

            _field = "application_id"
            application_id = conform(d.pop("application_id", UNSET), "str")

            _field = "application_status"
            _application_status = d.pop("application_status", UNSET)
            application_status: UpdateApplicationRequestApplicationStatus | Unset
            if isinstance(_application_status, Unset):
                application_status = UNSET
            else:
                application_status = check_update_application_request_application_status(_application_status)

            _field = "application_status_id"
            application_status_id = conform(d.pop("application_status_id", UNSET), "str")

            _field = "attachments"
            _attachments = d.pop("attachments", UNSET)
            attachments: list[AttachmentsItem] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = AttachmentsItem.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            _field = "city"
            city = conform(d.pop("city", UNSET), "str")

            _field = "concession_fees"
            _concession_fees = d.pop("concession_fees", UNSET)
            concession_fees: list[ConcessionFeesItem] | Unset = UNSET
            if _concession_fees is not UNSET:
                concession_fees = []
                for concession_fees_item_data in _concession_fees:
                    concession_fees_item = ConcessionFeesItem.from_dict(concession_fees_item_data)

                    concession_fees.append(concession_fees_item)

            _field = "create_new_events_only"

            def _parse_create_new_events_only(data: object) -> bool | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(bool | str | Unset, conform(data, "bool", "str"))

            create_new_events_only = _parse_create_new_events_only(d.pop("create_new_events_only", UNSET))

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

            _field = "emergency_contacts"
            _emergency_contacts = d.pop("emergency_contacts", UNSET)
            emergency_contacts: list[UpdateApplicationRequestEmergencyContactsItem] | Unset = UNSET
            if _emergency_contacts is not UNSET:
                emergency_contacts = []
                for emergency_contacts_item_data in _emergency_contacts:
                    emergency_contacts_item = UpdateApplicationRequestEmergencyContactsItem.from_dict(
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

            _field = "events"
            _events = d.pop("events", UNSET)
            events: list[EventsItem] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = EventsItem.from_dict(events_item_data)

                    events.append(events_item)

            _field = "eviction_description"
            eviction_description = conform(d.pop("eviction_description", UNSET), "str")

            _field = "felony_description"
            felony_description = conform(d.pop("felony_description", UNSET), "str")

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

            _field = "lead_source_id"
            lead_source_id = conform(d.pop("lead_source_id", UNSET), "str")

            _field = "lease_period_id"
            lease_period_id = conform(d.pop("lease_period_id", UNSET), "str")

            _field = "maiden_name"
            maiden_name = conform(d.pop("maiden_name", UNSET), "str")

            _field = "marital_status"
            _marital_status = d.pop("marital_status", UNSET)
            marital_status: UpdateApplicationRequestMaritalStatus | Unset
            if isinstance(_marital_status, Unset):
                marital_status = UNSET
            else:
                marital_status = check_update_application_request_marital_status(_marital_status)

            _field = "middle_name"
            middle_name = conform(d.pop("middle_name", UNSET), "str")

            _field = "move_in_date"
            move_in_date = conform(d.pop("move_in_date", UNSET), "str")

            _field = "move_out_date"
            move_out_date = conform(d.pop("move_out_date", UNSET), "str")

            _field = "notes"
            notes = conform(d.pop("notes", UNSET), "str")

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
            phone_1_type: UpdateApplicationRequestPhone1Type | Unset
            if isinstance(_phone_1_type, Unset):
                phone_1_type = UNSET
            else:
                phone_1_type = check_update_application_request_phone_1_type(_phone_1_type)

            _field = "phone_2"
            phone_2 = conform(d.pop("phone_2", UNSET), "str")

            _field = "phone_2_type"
            _phone_2_type = d.pop("phone_2_type", UNSET)
            phone_2_type: UpdateApplicationRequestPhone2Type | Unset
            if isinstance(_phone_2_type, Unset):
                phone_2_type = UNSET
            else:
                phone_2_type = check_update_application_request_phone_2_type(_phone_2_type)

            _field = "rent_amount_in_cents"
            rent_amount_in_cents = conform(d.pop("rent_amount_in_cents", UNSET), "int")

            _field = "start_date"
            start_date = conform(d.pop("start_date", UNSET), "str")

            _field = "state"
            state = conform(d.pop("state", UNSET), "str")

            _field = "status"
            _status = d.pop("status", UNSET)
            status: UpdateApplicationRequestStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_update_application_request_status(_status)

            _field = "unit_id"
            unit_id = conform(d.pop("unit_id", UNSET), "str")

            _field = "vehicles"
            _vehicles = d.pop("vehicles", UNSET)
            vehicles: list[UpdateApplicationRequestVehiclesItem] | Unset = UNSET
            if _vehicles is not UNSET:
                vehicles = []
                for vehicles_item_data in _vehicles:
                    vehicles_item = UpdateApplicationRequestVehiclesItem.from_dict(vehicles_item_data)

                    vehicles.append(vehicles_item)

            _field = "zip"
            zip_ = conform(d.pop("zip", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "UpdateApplicationRequest", _field) from _failure
        _instance = cls(
            add_ons=add_ons,
            address_1=address_1,
            address_2=address_2,
            address_history=address_history,
            applicant_id=applicant_id,
            application_date=application_date,
            application_fees=application_fees,
            application_id=application_id,
            application_status=application_status,
            application_status_id=application_status_id,
            attachments=attachments,
            city=city,
            concession_fees=concession_fees,
            create_new_events_only=create_new_events_only,
            criminal_charge_description=criminal_charge_description,
            date_of_birth=date_of_birth,
            desired_lease_term_in_months=desired_lease_term_in_months,
            drivers_license_number=drivers_license_number,
            email_1=email_1,
            emergency_contacts=emergency_contacts,
            employee_id=employee_id,
            employment_history=employment_history,
            end_date=end_date,
            events=events,
            eviction_description=eviction_description,
            felony_description=felony_description,
            first_name=first_name,
            floor_plan_id=floor_plan_id,
            identification_number=identification_number,
            is_criminal_charge=is_criminal_charge,
            is_evicted=is_evicted,
            is_felony=is_felony,
            last_name=last_name,
            lead_source_id=lead_source_id,
            lease_period_id=lease_period_id,
            maiden_name=maiden_name,
            marital_status=marital_status,
            middle_name=middle_name,
            move_in_date=move_in_date,
            move_out_date=move_out_date,
            notes=notes,
            other_income=other_income,
            other_occupants=other_occupants,
            pets=pets,
            phone_1=phone_1,
            phone_1_type=phone_1_type,
            phone_2=phone_2,
            phone_2_type=phone_2_type,
            rent_amount_in_cents=rent_amount_in_cents,
            start_date=start_date,
            state=state,
            status=status,
            unit_id=unit_id,
            vehicles=vehicles,
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
