"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one endpoint module imports only the models it needs,
not all of them. The path-derived names of earlier versions (`V1ResidentsGetOutputResultsItem`)
still resolve here, to the same classes (`Resident`); they are not in `__all__`. A name a Propexo
release changed (see model-names.json) resolves too, with a `DeprecationWarning` on every use.
"""

import warnings
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounting_entity import AccountingEntity
    from .address_type import AddressType
    from .amenity import Amenity
    from .amenity_custom_data_type_0 import AmenityCustomDataType0
    from .amenity_meta_data_type_0 import AmenityMetaDataType0
    from .amenity_units_item import AmenityUnitsItem
    from .applicant import Applicant
    from .applicant_applications_item import ApplicantApplicationsItem
    from .applicant_applications_item_custom_data_type_0 import ApplicantApplicationsItemCustomDataType0
    from .applicant_applications_item_status_normalized import ApplicantApplicationsItemStatusNormalized
    from .applicant_custom_data_type_0 import ApplicantCustomDataType0
    from .applicant_pets_item import ApplicantPetsItem
    from .applicant_pets_item_custom_data_type_0 import ApplicantPetsItemCustomDataType0
    from .applicant_screenings_item import ApplicantScreeningsItem
    from .application import Application
    from .application_applicants_item import ApplicationApplicantsItem
    from .application_applicants_item_custom_data_type_0 import ApplicationApplicantsItemCustomDataType0
    from .application_custom_data_type_0 import ApplicationCustomDataType0
    from .application_status import ApplicationStatus
    from .application_template import ApplicationTemplate
    from .assign_applicant_rentable_item_request import AssignApplicantRentableItemRequest
    from .assign_applicant_rentable_item_response import AssignApplicantRentableItemResponse
    from .assign_applicant_rentable_item_response_data import AssignApplicantRentableItemResponseData
    from .back_sync_integration_request import BackSyncIntegrationRequest
    from .back_sync_integration_request_models_to_sync_item import BackSyncIntegrationRequestModelsToSyncItem
    from .back_sync_integration_response import BackSyncIntegrationResponse
    from .back_sync_integration_response_result import BackSyncIntegrationResponseResult
    from .batch_create_resident_charges_propertyware_rest_request import (
        BatchCreateResidentChargesPropertywareRestRequest,
    )
    from .batch_create_resident_charges_propertyware_rest_request_charges_items import (
        BatchCreateResidentChargesPropertywareRestRequestChargesItems,
    )
    from .batch_create_resident_charges_propertyware_rest_response import (
        BatchCreateResidentChargesPropertywareRestResponse,
    )
    from .batch_create_resident_charges_propertyware_rest_response_meta import (
        BatchCreateResidentChargesPropertywareRestResponseMeta,
    )
    from .batch_create_resident_charges_rentmanager_request import BatchCreateResidentChargesRentmanagerRequest
    from .batch_create_resident_charges_rentmanager_request_charges_items import (
        BatchCreateResidentChargesRentmanagerRequestChargesItems,
    )
    from .batch_create_resident_charges_rentmanager_response import BatchCreateResidentChargesRentmanagerResponse
    from .batch_create_resident_charges_rentmanager_response_meta import (
        BatchCreateResidentChargesRentmanagerResponseMeta,
    )
    from .batch_create_resident_charges_resman_request import BatchCreateResidentChargesResmanRequest
    from .batch_create_resident_charges_resman_request_charges_items import (
        BatchCreateResidentChargesResmanRequestChargesItems,
    )
    from .batch_create_resident_charges_resman_response import BatchCreateResidentChargesResmanResponse
    from .batch_create_resident_charges_resman_response_meta import BatchCreateResidentChargesResmanResponseMeta
    from .batch_create_resident_charges_yardi_request import BatchCreateResidentChargesYardiRequest
    from .batch_create_resident_charges_yardi_request_charges_items import (
        BatchCreateResidentChargesYardiRequestChargesItems,
    )
    from .batch_create_resident_charges_yardi_response import BatchCreateResidentChargesYardiResponse
    from .batch_create_resident_charges_yardi_response_meta import BatchCreateResidentChargesYardiResponseMeta
    from .calendar_type import CalendarType
    from .call_log import CallLog
    from .call_log_custom_data_type_0 import CallLogCustomDataType0
    from .cancel_applicant_appointment_request import CancelApplicantAppointmentRequest
    from .cancel_applicant_appointment_response import CancelApplicantAppointmentResponse
    from .cancel_applicant_appointment_response_data import CancelApplicantAppointmentResponseData
    from .cancel_lead_appointment_request import CancelLeadAppointmentRequest
    from .cancel_lead_appointment_response import CancelLeadAppointmentResponse
    from .cancel_lead_appointment_response_data import CancelLeadAppointmentResponseData
    from .cancel_payable_register_request import CancelPayableRegisterRequest
    from .cancel_payable_register_response import CancelPayableRegisterResponse
    from .cancel_payable_register_response_data import CancelPayableRegisterResponseData
    from .cancel_resident_appointment_request import CancelResidentAppointmentRequest
    from .cancel_resident_appointment_response import CancelResidentAppointmentResponse
    from .cancel_resident_appointment_response_data import CancelResidentAppointmentResponseData
    from .charge_code import ChargeCode
    from .charge_code_custom_data_type_0 import ChargeCodeCustomDataType0
    from .check_integration_data_access_request import CheckIntegrationDataAccessRequest
    from .check_integration_data_access_response import CheckIntegrationDataAccessResponse
    from .check_integration_data_access_response_result import CheckIntegrationDataAccessResponseResult
    from .concession import Concession
    from .construction_job import ConstructionJob
    from .construction_job_custom_data_type_0 import ConstructionJobCustomDataType0
    from .construction_job_detail import ConstructionJobDetail
    from .construction_job_detail_custom_data_type_0 import ConstructionJobDetailCustomDataType0
    from .contract import Contract
    from .contract_custom_data_type_0 import ContractCustomDataType0
    from .contract_detail import ContractDetail
    from .contract_detail_custom_data_type_0 import ContractDetailCustomDataType0
    from .create_amenity_request import CreateAmenityRequest
    from .create_amenity_response import CreateAmenityResponse
    from .create_amenity_response_data import CreateAmenityResponseData
    from .create_applicant_appointment_request import CreateApplicantAppointmentRequest
    from .create_applicant_appointment_request_appointment_type import CreateApplicantAppointmentRequestAppointmentType
    from .create_applicant_appointment_request_priority import CreateApplicantAppointmentRequestPriority
    from .create_applicant_appointment_request_status import CreateApplicantAppointmentRequestStatus
    from .create_applicant_appointment_response import CreateApplicantAppointmentResponse
    from .create_applicant_appointment_response_data import CreateApplicantAppointmentResponseData
    from .create_applicant_event_request import CreateApplicantEventRequest
    from .create_applicant_event_request_call_status import CreateApplicantEventRequestCallStatus
    from .create_applicant_event_request_event_name import CreateApplicantEventRequestEventName
    from .create_applicant_event_request_event_type import CreateApplicantEventRequestEventType
    from .create_applicant_event_request_status import CreateApplicantEventRequestStatus
    from .create_applicant_event_response import CreateApplicantEventResponse
    from .create_applicant_event_response_data import CreateApplicantEventResponseData
    from .create_applicant_request import CreateApplicantRequest
    from .create_applicant_request_add_ons_item import CreateApplicantRequestAddOnsItem
    from .create_applicant_request_address_history_item import CreateApplicantRequestAddressHistoryItem
    from .create_applicant_request_address_history_item_address_type import (
        CreateApplicantRequestAddressHistoryItemAddressType,
    )
    from .create_applicant_request_address_history_item_country import CreateApplicantRequestAddressHistoryItemCountry
    from .create_applicant_request_address_history_item_manager_type import (
        CreateApplicantRequestAddressHistoryItemManagerType,
    )
    from .create_applicant_request_address_history_item_state import CreateApplicantRequestAddressHistoryItemState
    from .create_applicant_request_applicant_status import CreateApplicantRequestApplicantStatus
    from .create_applicant_request_application_references_item import CreateApplicantRequestApplicationReferencesItem
    from .create_applicant_request_application_status import CreateApplicantRequestApplicationStatus
    from .create_applicant_request_assistance import CreateApplicantRequestAssistance
    from .create_applicant_request_attachments_item import CreateApplicantRequestAttachmentsItem
    from .create_applicant_request_bank_accounts_item import CreateApplicantRequestBankAccountsItem
    from .create_applicant_request_bank_accounts_item_account_type import (
        CreateApplicantRequestBankAccountsItemAccountType,
    )
    from .create_applicant_request_credit_cards_item import CreateApplicantRequestCreditCardsItem
    from .create_applicant_request_custom_data import CreateApplicantRequestCustomData
    from .create_applicant_request_emergency_contacts_item import CreateApplicantRequestEmergencyContactsItem
    from .create_applicant_request_employment_history_item import CreateApplicantRequestEmploymentHistoryItem
    from .create_applicant_request_events_item import CreateApplicantRequestEventsItem
    from .create_applicant_request_events_item_event_name import CreateApplicantRequestEventsItemEventName
    from .create_applicant_request_marital_status import CreateApplicantRequestMaritalStatus
    from .create_applicant_request_other_income_item import CreateApplicantRequestOtherIncomeItem
    from .create_applicant_request_other_occupants_item import CreateApplicantRequestOtherOccupantsItem
    from .create_applicant_request_other_occupants_item_relationship import (
        CreateApplicantRequestOtherOccupantsItemRelationship,
    )
    from .create_applicant_request_pets_item import CreateApplicantRequestPetsItem
    from .create_applicant_request_pets_item_gender import CreateApplicantRequestPetsItemGender
    from .create_applicant_request_phone_1_type import CreateApplicantRequestPhone1Type
    from .create_applicant_request_phone_2_type import CreateApplicantRequestPhone2Type
    from .create_applicant_request_phone_3_type import CreateApplicantRequestPhone3Type
    from .create_applicant_request_status import CreateApplicantRequestStatus
    from .create_applicant_request_type import CreateApplicantRequestType
    from .create_applicant_request_vehicles_item import CreateApplicantRequestVehiclesItem
    from .create_applicant_response import CreateApplicantResponse
    from .create_applicant_response_data import CreateApplicantResponseData
    from .create_application_request import CreateApplicationRequest
    from .create_application_request_add_ons_item import CreateApplicationRequestAddOnsItem
    from .create_application_request_address_history_item import CreateApplicationRequestAddressHistoryItem
    from .create_application_request_address_history_item_country_type_0 import (
        CreateApplicationRequestAddressHistoryItemCountryType0,
    )
    from .create_application_request_address_history_item_state import CreateApplicationRequestAddressHistoryItemState
    from .create_application_request_application_fees_item import CreateApplicationRequestApplicationFeesItem
    from .create_application_request_application_references_item import (
        CreateApplicationRequestApplicationReferencesItem,
    )
    from .create_application_request_application_status import CreateApplicationRequestApplicationStatus
    from .create_application_request_assistance import CreateApplicationRequestAssistance
    from .create_application_request_attachments_item import CreateApplicationRequestAttachmentsItem
    from .create_application_request_bank_accounts_item import CreateApplicationRequestBankAccountsItem
    from .create_application_request_bank_accounts_item_account_type import (
        CreateApplicationRequestBankAccountsItemAccountType,
    )
    from .create_application_request_concession_fees_item import CreateApplicationRequestConcessionFeesItem
    from .create_application_request_credit_cards_item import CreateApplicationRequestCreditCardsItem
    from .create_application_request_emergency_contacts_item import CreateApplicationRequestEmergencyContactsItem
    from .create_application_request_emergency_contacts_item_country_type_0 import (
        CreateApplicationRequestEmergencyContactsItemCountryType0,
    )
    from .create_application_request_emergency_contacts_item_relationship import (
        CreateApplicationRequestEmergencyContactsItemRelationship,
    )
    from .create_application_request_emergency_contacts_item_state import (
        CreateApplicationRequestEmergencyContactsItemState,
    )
    from .create_application_request_employment_history_item import CreateApplicationRequestEmploymentHistoryItem
    from .create_application_request_employment_history_item_state import (
        CreateApplicationRequestEmploymentHistoryItemState,
    )
    from .create_application_request_marital_status import CreateApplicationRequestMaritalStatus
    from .create_application_request_other_income_item import CreateApplicationRequestOtherIncomeItem
    from .create_application_request_other_occupants_item import CreateApplicationRequestOtherOccupantsItem
    from .create_application_request_other_occupants_item_phone_1_type import (
        CreateApplicationRequestOtherOccupantsItemPhone1Type,
    )
    from .create_application_request_other_occupants_item_phone_2_type import (
        CreateApplicationRequestOtherOccupantsItemPhone2Type,
    )
    from .create_application_request_other_occupants_item_relationship import (
        CreateApplicationRequestOtherOccupantsItemRelationship,
    )
    from .create_application_request_other_occupants_item_state import CreateApplicationRequestOtherOccupantsItemState
    from .create_application_request_pets_item import CreateApplicationRequestPetsItem
    from .create_application_request_phone_1_type import CreateApplicationRequestPhone1Type
    from .create_application_request_phone_2_type import CreateApplicationRequestPhone2Type
    from .create_application_request_phone_3_type import CreateApplicationRequestPhone3Type
    from .create_application_request_status import CreateApplicationRequestStatus
    from .create_application_request_type import CreateApplicationRequestType
    from .create_application_request_vehicles_item import CreateApplicationRequestVehiclesItem
    from .create_application_request_vehicles_item_license_plate_state import (
        CreateApplicationRequestVehiclesItemLicensePlateState,
    )
    from .create_application_response import CreateApplicationResponse
    from .create_application_response_data import CreateApplicationResponseData
    from .create_construction_job_request import CreateConstructionJobRequest
    from .create_construction_job_response import CreateConstructionJobResponse
    from .create_construction_job_response_data import CreateConstructionJobResponseData
    from .create_contract_request import CreateContractRequest
    from .create_contract_request_contract_details_item import CreateContractRequestContractDetailsItem
    from .create_contract_response import CreateContractResponse
    from .create_contract_response_data import CreateContractResponseData
    from .create_file_type_request import CreateFileTypeRequest
    from .create_file_type_request_model import CreateFileTypeRequestModel
    from .create_file_type_response import CreateFileTypeResponse
    from .create_file_type_response_data import CreateFileTypeResponseData
    from .create_integration_property_list_request import CreateIntegrationPropertyListRequest
    from .create_integration_property_list_response import CreateIntegrationPropertyListResponse
    from .create_integration_request import CreateIntegrationRequest
    from .create_integration_request_buildium import CreateIntegrationRequestBuildium
    from .create_integration_request_credentials_type_0 import CreateIntegrationRequestCredentialsType0
    from .create_integration_request_custom_sync_schedule import CreateIntegrationRequestCustomSyncSchedule
    from .create_integration_request_custom_sync_schedule_interval import (
        CreateIntegrationRequestCustomSyncScheduleInterval,
    )
    from .create_integration_request_custom_sync_schedule_interval_friday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_friday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_monday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_monday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_saturday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_saturday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_sunday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_sunday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_thursday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_thursday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_tuesday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_tuesday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_interval_wednesday import (
        CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .create_integration_request_custom_sync_schedule_interval_wednesday_slots_item import (
        CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .create_integration_request_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .create_integration_request_custom_sync_schedule_timezone import (
        CreateIntegrationRequestCustomSyncScheduleTimezone,
    )
    from .create_integration_request_custom_sync_schedule_type import CreateIntegrationRequestCustomSyncScheduleType
    from .create_integration_request_entrata import CreateIntegrationRequestEntrata
    from .create_integration_request_knock import CreateIntegrationRequestKnock
    from .create_integration_request_max_request_cadence import CreateIntegrationRequestMaxRequestCadence
    from .create_integration_request_mri import CreateIntegrationRequestMRI
    from .create_integration_request_propertyware_rest import CreateIntegrationRequestPropertywareREST
    from .create_integration_request_propertyware_soap import CreateIntegrationRequestPropertywareSOAP
    from .create_integration_request_realpage_partner_exchange import CreateIntegrationRequestRealpagePartnerExchange
    from .create_integration_request_realpage_partner_exchange_method_specific import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_addservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getactivitytypes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getleaseinfo import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getlocationlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getresidentledger import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getsitelist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getsubscriptions import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getunitlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getunits import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_insertactivity import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_insertfollowup import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_insertprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_postsinglecharge import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_prospectsearch import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_transactioncodes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_unitlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_updateprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_updateservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from .create_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )
    from .create_integration_request_realpage_registered_vendor import CreateIntegrationRequestRealpageRegisteredVendor
    from .create_integration_request_realpage_registered_vendor_ftp_credentials import (
        CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials,
    )
    from .create_integration_request_rent_manager_production import CreateIntegrationRequestRentManagerProduction
    from .create_integration_request_rent_manager_sandbox import CreateIntegrationRequestRentManagerSandbox
    from .create_integration_request_rentvine import CreateIntegrationRequestRentvine
    from .create_integration_request_resman import CreateIntegrationRequestResman
    from .create_integration_request_sample_1 import CreateIntegrationRequestSample1
    from .create_integration_request_sample_1_common_data import CreateIntegrationRequestSample1CommonData
    from .create_integration_request_sample_1_guest_card import CreateIntegrationRequestSample1GuestCard
    from .create_integration_request_sample_1_job_cost import CreateIntegrationRequestSample1JobCost
    from .create_integration_request_sample_1_resident_transactions import (
        CreateIntegrationRequestSample1ResidentTransactions,
    )
    from .create_integration_request_sample_1_service_requests import CreateIntegrationRequestSample1ServiceRequests
    from .create_integration_request_sample_1_vendor_invoicing import CreateIntegrationRequestSample1VendorInvoicing
    from .create_integration_request_sample_2 import CreateIntegrationRequestSample2
    from .create_integration_request_sync_cadence import CreateIntegrationRequestSyncCadence
    from .create_integration_request_system import CreateIntegrationRequestSystem
    from .create_integration_response import CreateIntegrationResponse
    from .create_integration_response_result import CreateIntegrationResponseResult
    from .create_integration_response_result_custom_sync_schedule import (
        CreateIntegrationResponseResultCustomSyncSchedule,
    )
    from .create_integration_response_result_custom_sync_schedule_interval import (
        CreateIntegrationResponseResultCustomSyncScheduleInterval,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_friday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_friday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_monday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_monday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_saturday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_saturday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_sunday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_sunday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_thursday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_thursday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_tuesday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_tuesday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_wednesday import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .create_integration_response_result_custom_sync_schedule_interval_wednesday_slots_item import (
        CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .create_integration_response_result_custom_sync_schedule_timezone import (
        CreateIntegrationResponseResultCustomSyncScheduleTimezone,
    )
    from .create_integration_response_result_ping_results import CreateIntegrationResponseResultPingResults
    from .create_integration_response_result_vendor import CreateIntegrationResponseResultVendor
    from .create_invoice_request import CreateInvoiceRequest
    from .create_invoice_request_attachments_item import CreateInvoiceRequestAttachmentsItem
    from .create_invoice_request_invoice_items_item import CreateInvoiceRequestInvoiceItemsItem
    from .create_invoice_response import CreateInvoiceResponse
    from .create_invoice_response_data import CreateInvoiceResponseData
    from .create_lead_appointment_request import CreateLeadAppointmentRequest
    from .create_lead_appointment_request_appointment_type import CreateLeadAppointmentRequestAppointmentType
    from .create_lead_appointment_request_priority import CreateLeadAppointmentRequestPriority
    from .create_lead_appointment_request_status import CreateLeadAppointmentRequestStatus
    from .create_lead_appointment_response import CreateLeadAppointmentResponse
    from .create_lead_appointment_response_data import CreateLeadAppointmentResponseData
    from .create_lead_event_request import CreateLeadEventRequest
    from .create_lead_event_request_call_status import CreateLeadEventRequestCallStatus
    from .create_lead_event_request_event_name import CreateLeadEventRequestEventName
    from .create_lead_event_request_status import CreateLeadEventRequestStatus
    from .create_lead_event_response import CreateLeadEventResponse
    from .create_lead_event_response_data import CreateLeadEventResponseData
    from .create_lead_request import CreateLeadRequest
    from .create_lead_request_applicant_status import CreateLeadRequestApplicantStatus
    from .create_lead_request_events_item import CreateLeadRequestEventsItem
    from .create_lead_request_events_item_event_name import CreateLeadRequestEventsItemEventName
    from .create_lead_request_phone_1_type import CreateLeadRequestPhone1Type
    from .create_lead_request_phone_2_type import CreateLeadRequestPhone2Type
    from .create_lead_request_status import CreateLeadRequestStatus
    from .create_lead_response import CreateLeadResponse
    from .create_lead_response_data import CreateLeadResponseData
    from .create_lease_request import CreateLeaseRequest
    from .create_lease_request_address_history_item import CreateLeaseRequestAddressHistoryItem
    from .create_lease_request_address_history_item_country_type_0 import (
        CreateLeaseRequestAddressHistoryItemCountryType0,
    )
    from .create_lease_request_address_history_item_state import CreateLeaseRequestAddressHistoryItemState
    from .create_lease_request_application_fees_item import CreateLeaseRequestApplicationFeesItem
    from .create_lease_request_concession_fees_item import CreateLeaseRequestConcessionFeesItem
    from .create_lease_request_country import CreateLeaseRequestCountry
    from .create_lease_request_country_alternate import CreateLeaseRequestCountryAlternate
    from .create_lease_request_emergency_contacts_item import CreateLeaseRequestEmergencyContactsItem
    from .create_lease_request_emergency_contacts_item_country_type_0 import (
        CreateLeaseRequestEmergencyContactsItemCountryType0,
    )
    from .create_lease_request_emergency_contacts_item_relationship import (
        CreateLeaseRequestEmergencyContactsItemRelationship,
    )
    from .create_lease_request_emergency_contacts_item_state import CreateLeaseRequestEmergencyContactsItemState
    from .create_lease_request_employment_history_item import CreateLeaseRequestEmploymentHistoryItem
    from .create_lease_request_employment_history_item_state import CreateLeaseRequestEmploymentHistoryItemState
    from .create_lease_request_marital_status import CreateLeaseRequestMaritalStatus
    from .create_lease_request_other_income_item import CreateLeaseRequestOtherIncomeItem
    from .create_lease_request_other_occupants_item import CreateLeaseRequestOtherOccupantsItem
    from .create_lease_request_other_occupants_item_phone_1_type import CreateLeaseRequestOtherOccupantsItemPhone1Type
    from .create_lease_request_other_occupants_item_phone_2_type import CreateLeaseRequestOtherOccupantsItemPhone2Type
    from .create_lease_request_other_occupants_item_relationship import CreateLeaseRequestOtherOccupantsItemRelationship
    from .create_lease_request_other_occupants_item_state import CreateLeaseRequestOtherOccupantsItemState
    from .create_lease_request_pets_item import CreateLeaseRequestPetsItem
    from .create_lease_request_phone_1_type import CreateLeaseRequestPhone1Type
    from .create_lease_request_phone_2_type import CreateLeaseRequestPhone2Type
    from .create_lease_request_recurring_resident_charges_item import CreateLeaseRequestRecurringResidentChargesItem
    from .create_lease_request_rent_cycle import CreateLeaseRequestRentCycle
    from .create_lease_request_resident_charges_item import CreateLeaseRequestResidentChargesItem
    from .create_lease_request_status import CreateLeaseRequestStatus
    from .create_lease_request_tenants_item import CreateLeaseRequestTenantsItem
    from .create_lease_request_type import CreateLeaseRequestType
    from .create_lease_request_vehicles_item import CreateLeaseRequestVehiclesItem
    from .create_lease_response import CreateLeaseResponse
    from .create_lease_response_data import CreateLeaseResponseData
    from .create_listing_request import CreateListingRequest
    from .create_listing_request_custom_data import CreateListingRequestCustomData
    from .create_listing_response import CreateListingResponse
    from .create_listing_response_data import CreateListingResponseData
    from .create_payable_register_request import CreatePayableRegisterRequest
    from .create_payable_register_request_invoice_status import CreatePayableRegisterRequestInvoiceStatus
    from .create_payable_register_request_payable_register_items_item import (
        CreatePayableRegisterRequestPayableRegisterItemsItem,
    )
    from .create_payable_register_response import CreatePayableRegisterResponse
    from .create_payable_register_response_data import CreatePayableRegisterResponseData
    from .create_property_amenities_request import CreatePropertyAmenitiesRequest
    from .create_property_amenities_request_custom_data import CreatePropertyAmenitiesRequestCustomData
    from .create_property_amenities_request_vendor import CreatePropertyAmenitiesRequestVendor
    from .create_property_amenities_response import CreatePropertyAmenitiesResponse
    from .create_property_amenities_response_data import CreatePropertyAmenitiesResponseData
    from .create_property_request import CreatePropertyRequest
    from .create_property_request_category import CreatePropertyRequestCategory
    from .create_property_request_type import CreatePropertyRequestType
    from .create_property_response import CreatePropertyResponse
    from .create_property_response_data import CreatePropertyResponseData
    from .create_purchase_order_request import CreatePurchaseOrderRequest
    from .create_purchase_order_request_billing_state_type_0 import CreatePurchaseOrderRequestBillingStateType0
    from .create_purchase_order_request_purchase_order_items_item_type_0 import (
        CreatePurchaseOrderRequestPurchaseOrderItemsItemType0,
    )
    from .create_purchase_order_request_purchase_order_items_item_type_1 import (
        CreatePurchaseOrderRequestPurchaseOrderItemsItemType1,
    )
    from .create_purchase_order_request_shipping_state_type_0 import CreatePurchaseOrderRequestShippingStateType0
    from .create_purchase_order_response import CreatePurchaseOrderResponse
    from .create_purchase_order_response_data import CreatePurchaseOrderResponseData
    from .create_recurring_resident_charge_rentmanager_request import CreateRecurringResidentChargeRentmanagerRequest
    from .create_recurring_resident_charge_rentmanager_request_frequency_normalized import (
        CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized,
    )
    from .create_recurring_resident_charge_rentmanager_response import CreateRecurringResidentChargeRentmanagerResponse
    from .create_recurring_resident_charge_rentmanager_response_meta import (
        CreateRecurringResidentChargeRentmanagerResponseMeta,
    )
    from .create_recurring_resident_charge_request import CreateRecurringResidentChargeRequest
    from .create_recurring_resident_charge_request_frequency_normalized import (
        CreateRecurringResidentChargeRequestFrequencyNormalized,
    )
    from .create_recurring_resident_charge_response import CreateRecurringResidentChargeResponse
    from .create_recurring_resident_charge_response_data import CreateRecurringResidentChargeResponseData
    from .create_resident_appointment_request import CreateResidentAppointmentRequest
    from .create_resident_appointment_request_status import CreateResidentAppointmentRequestStatus
    from .create_resident_appointment_response import CreateResidentAppointmentResponse
    from .create_resident_appointment_response_data import CreateResidentAppointmentResponseData
    from .create_resident_charge_rentmanager_request import CreateResidentChargeRentmanagerRequest
    from .create_resident_charge_rentmanager_response import CreateResidentChargeRentmanagerResponse
    from .create_resident_charge_rentmanager_response_meta import CreateResidentChargeRentmanagerResponseMeta
    from .create_resident_charge_request import CreateResidentChargeRequest
    from .create_resident_charge_response import CreateResidentChargeResponse
    from .create_resident_charge_response_data import CreateResidentChargeResponseData
    from .create_resident_credit_rentmanager_request import CreateResidentCreditRentmanagerRequest
    from .create_resident_credit_rentmanager_response import CreateResidentCreditRentmanagerResponse
    from .create_resident_credit_rentmanager_response_meta import CreateResidentCreditRentmanagerResponseMeta
    from .create_resident_credit_request import CreateResidentCreditRequest
    from .create_resident_credit_response import CreateResidentCreditResponse
    from .create_resident_credit_response_data import CreateResidentCreditResponseData
    from .create_resident_event_request import CreateResidentEventRequest
    from .create_resident_event_request_call_status import CreateResidentEventRequestCallStatus
    from .create_resident_event_request_event_type import CreateResidentEventRequestEventType
    from .create_resident_event_request_status import CreateResidentEventRequestStatus
    from .create_resident_event_response import CreateResidentEventResponse
    from .create_resident_event_response_data import CreateResidentEventResponseData
    from .create_resident_payment_rentmanager_request import CreateResidentPaymentRentmanagerRequest
    from .create_resident_payment_rentmanager_response import CreateResidentPaymentRentmanagerResponse
    from .create_resident_payment_rentmanager_response_meta import CreateResidentPaymentRentmanagerResponseMeta
    from .create_resident_payment_request import CreateResidentPaymentRequest
    from .create_resident_payment_request_payment_type import CreateResidentPaymentRequestPaymentType
    from .create_resident_payment_response import CreateResidentPaymentResponse
    from .create_resident_payment_response_data import CreateResidentPaymentResponseData
    from .create_resident_pet_request import CreateResidentPetRequest
    from .create_resident_pet_response import CreateResidentPetResponse
    from .create_resident_pet_response_data import CreateResidentPetResponseData
    from .create_resident_request import CreateResidentRequest
    from .create_resident_request_attachments_item import CreateResidentRequestAttachmentsItem
    from .create_resident_request_attachments_item_file_type import CreateResidentRequestAttachmentsItemFileType
    from .create_resident_request_country_alternate import CreateResidentRequestCountryAlternate
    from .create_resident_request_country_type_0 import CreateResidentRequestCountryType0
    from .create_resident_request_custom_data import CreateResidentRequestCustomData
    from .create_resident_request_phone_1_type import CreateResidentRequestPhone1Type
    from .create_resident_request_phone_2_type import CreateResidentRequestPhone2Type
    from .create_resident_request_rent_period import CreateResidentRequestRentPeriod
    from .create_resident_response import CreateResidentResponse
    from .create_resident_response_data import CreateResidentResponseData
    from .create_service_request_history_request import CreateServiceRequestHistoryRequest
    from .create_service_request_history_request_attachment import CreateServiceRequestHistoryRequestAttachment
    from .create_service_request_history_request_status_raw import CreateServiceRequestHistoryRequestStatusRaw
    from .create_service_request_history_response import CreateServiceRequestHistoryResponse
    from .create_service_request_history_response_data import CreateServiceRequestHistoryResponseData
    from .create_service_request_request import CreateServiceRequestRequest
    from .create_service_request_request_access_is_authorized_value import (
        CreateServiceRequestRequestAccessIsAuthorizedValue,
    )
    from .create_service_request_request_service_category import CreateServiceRequestRequestServiceCategory
    from .create_service_request_request_service_priority import CreateServiceRequestRequestServicePriority
    from .create_service_request_request_service_status import CreateServiceRequestRequestServiceStatus
    from .create_service_request_request_status_raw import CreateServiceRequestRequestStatusRaw
    from .create_service_request_response import CreateServiceRequestResponse
    from .create_service_request_response_data import CreateServiceRequestResponseData
    from .create_unit_amenities_request import CreateUnitAmenitiesRequest
    from .create_unit_amenities_request_custom_data import CreateUnitAmenitiesRequestCustomData
    from .create_unit_amenities_request_vendor import CreateUnitAmenitiesRequestVendor
    from .create_unit_amenities_response import CreateUnitAmenitiesResponse
    from .create_unit_amenities_response_data import CreateUnitAmenitiesResponseData
    from .create_unit_request import CreateUnitRequest
    from .create_unit_request_category import CreateUnitRequestCategory
    from .create_unit_request_type import CreateUnitRequestType
    from .create_unit_response import CreateUnitResponse
    from .create_unit_response_data import CreateUnitResponseData
    from .create_vendor_request import CreateVendorRequest
    from .create_vendor_request_phone_1_type import CreateVendorRequestPhone1Type
    from .create_vendor_request_phone_2_type import CreateVendorRequestPhone2Type
    from .create_vendor_request_tax_payer_type import CreateVendorRequestTaxPayerType
    from .create_vendor_response import CreateVendorResponse
    from .create_vendor_response_data import CreateVendorResponseData
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_request_headers_item import CreateWebhookRequestHeadersItem
    from .create_webhook_request_model import CreateWebhookRequestModel
    from .create_webhook_request_triggers_item import CreateWebhookRequestTriggersItem
    from .create_webhook_response import CreateWebhookResponse
    from .create_webhook_response_result import CreateWebhookResponseResult
    from .create_webhook_response_result_headers_type_0_item import CreateWebhookResponseResultHeadersType0Item
    from .create_webhook_response_result_triggers_item import CreateWebhookResponseResultTriggersItem
    from .data_diff import DataDiff
    from .data_diff_data_diff import DataDiffDataDiff
    from .data_diff_event_type import DataDiffEventType
    from .day_of_week import DayOfWeek
    from .delete_integration_request import DeleteIntegrationRequest
    from .delete_integration_response import DeleteIntegrationResponse
    from .delete_webhook_request import DeleteWebhookRequest
    from .delete_webhook_response import DeleteWebhookResponse
    from .delete_webhook_response_result import DeleteWebhookResponseResult
    from .deposit import Deposit
    from .deposit_custom_data_type_0 import DepositCustomDataType0
    from .deposit_integration_data_type_0 import DepositIntegrationDataType0
    from .deposit_summary import DepositSummary
    from .deposit_summary_custom_data_type_0 import DepositSummaryCustomDataType0
    from .deposit_summary_integration_data_type_0 import DepositSummaryIntegrationDataType0
    from .employee import Employee
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_details import ErrorResponseErrorDetails
    from .event import Event
    from .event_result import EventResult
    from .event_sub_type import EventSubType
    from .event_type import EventType
    from .fee import Fee
    from .fee_custom_data_type_0 import FeeCustomDataType0
    from .file_type import FileType
    from .financial_account import FinancialAccount
    from .financial_account_custom_data_type_0 import FinancialAccountCustomDataType0
    from .floor_plan import FloorPlan
    from .floor_plan_custom_data_type_0 import FloorPlanCustomDataType0
    from .from_interfaces import FromInterfaces
    from .get_accounting_entity_request import GetAccountingEntityRequest
    from .get_accounting_entity_response import GetAccountingEntityResponse
    from .get_address_type_request import GetAddressTypeRequest
    from .get_address_type_response import GetAddressTypeResponse
    from .get_amenity_request import GetAmenityRequest
    from .get_amenity_response import GetAmenityResponse
    from .get_applicant_request import GetApplicantRequest
    from .get_applicant_response import GetApplicantResponse
    from .get_application_request import GetApplicationRequest
    from .get_application_response import GetApplicationResponse
    from .get_application_status_request import GetApplicationStatusRequest
    from .get_application_status_response import GetApplicationStatusResponse
    from .get_application_template_request import GetApplicationTemplateRequest
    from .get_application_template_response import GetApplicationTemplateResponse
    from .get_call_log_request import GetCallLogRequest
    from .get_call_log_response import GetCallLogResponse
    from .get_charge_code_request import GetChargeCodeRequest
    from .get_charge_code_response import GetChargeCodeResponse
    from .get_concession_request import GetConcessionRequest
    from .get_concession_response import GetConcessionResponse
    from .get_construction_job_request import GetConstructionJobRequest
    from .get_construction_job_response import GetConstructionJobResponse
    from .get_deposit_request import GetDepositRequest
    from .get_deposit_response import GetDepositResponse
    from .get_deposit_summary_request import GetDepositSummaryRequest
    from .get_deposit_summary_response import GetDepositSummaryResponse
    from .get_employee_request import GetEmployeeRequest
    from .get_employee_response import GetEmployeeResponse
    from .get_event_request import GetEventRequest
    from .get_event_response import GetEventResponse
    from .get_event_result_request import GetEventResultRequest
    from .get_event_result_response import GetEventResultResponse
    from .get_event_sub_type_request import GetEventSubTypeRequest
    from .get_event_sub_type_response import GetEventSubTypeResponse
    from .get_event_type_request import GetEventTypeRequest
    from .get_event_type_response import GetEventTypeResponse
    from .get_fee_request import GetFeeRequest
    from .get_fee_response import GetFeeResponse
    from .get_file_type_request import GetFileTypeRequest
    from .get_file_type_response import GetFileTypeResponse
    from .get_financial_account_request import GetFinancialAccountRequest
    from .get_financial_account_response import GetFinancialAccountResponse
    from .get_floor_plan_request import GetFloorPlanRequest
    from .get_floor_plan_response import GetFloorPlanResponse
    from .get_integration_data_access_request import GetIntegrationDataAccessRequest
    from .get_integration_data_access_response import GetIntegrationDataAccessResponse
    from .get_integration_data_access_response_result import GetIntegrationDataAccessResponseResult
    from .get_integration_data_access_response_result_models import GetIntegrationDataAccessResponseResultModels
    from .get_integration_data_access_response_result_models_additional_property import (
        GetIntegrationDataAccessResponseResultModelsAdditionalProperty,
    )
    from .get_integration_data_access_response_result_models_additional_property_create_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0,
    )
    from .get_integration_data_access_response_result_models_additional_property_create_type_0_status import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0Status,
    )
    from .get_integration_data_access_response_result_models_additional_property_create_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1,
    )
    from .get_integration_data_access_response_result_models_additional_property_create_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2,
    )
    from .get_integration_data_access_response_result_models_additional_property_read_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0,
    )
    from .get_integration_data_access_response_result_models_additional_property_read_type_0_status import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0Status,
    )
    from .get_integration_data_access_response_result_models_additional_property_read_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1,
    )
    from .get_integration_data_access_response_result_models_additional_property_read_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2,
    )
    from .get_integration_data_access_response_result_models_additional_property_update_type_0 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0,
    )
    from .get_integration_data_access_response_result_models_additional_property_update_type_0_status import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status,
    )
    from .get_integration_data_access_response_result_models_additional_property_update_type_1 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1,
    )
    from .get_integration_data_access_response_result_models_additional_property_update_type_2 import (
        GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2,
    )
    from .get_integration_job_schedule_request import GetIntegrationJobScheduleRequest
    from .get_integration_job_schedule_response import GetIntegrationJobScheduleResponse
    from .get_integration_request import GetIntegrationRequest
    from .get_integration_response import GetIntegrationResponse
    from .get_integration_response_results_type_0 import GetIntegrationResponseResultsType0
    from .get_integration_response_results_type_0_configuration_meta_data_item import (
        GetIntegrationResponseResultsType0ConfigurationMetaDataItem,
    )
    from .get_integration_response_results_type_0_configuration_meta_data_item_configuration_data import (
        GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData,
    )
    from .get_integration_response_results_type_0_configuration_meta_data_item_custom_data_type_0 import (
        GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0,
    )
    from .get_integration_response_results_type_0_integration_interfaces_item import (
        GetIntegrationResponseResultsType0IntegrationInterfacesItem,
    )
    from .get_integration_response_results_type_0_models import GetIntegrationResponseResultsType0Models
    from .get_integration_response_results_type_0_models_additional_property import (
        GetIntegrationResponseResultsType0ModelsAdditionalProperty,
    )
    from .get_integration_response_results_type_0_vendor import GetIntegrationResponseResultsType0Vendor
    from .get_invoice_request import GetInvoiceRequest
    from .get_invoice_response import GetInvoiceResponse
    from .get_job_log_data_link_request import GetJobLogDataLinkRequest
    from .get_job_log_data_link_response import GetJobLogDataLinkResponse
    from .get_job_log_request import GetJobLogRequest
    from .get_job_log_response import GetJobLogResponse
    from .get_lead_request import GetLeadRequest
    from .get_lead_response import GetLeadResponse
    from .get_lead_source_request import GetLeadSourceRequest
    from .get_lead_source_response import GetLeadSourceResponse
    from .get_lease_request import GetLeaseRequest
    from .get_lease_response import GetLeaseResponse
    from .get_lease_transfer_request import GetLeaseTransferRequest
    from .get_lease_transfer_response import GetLeaseTransferResponse
    from .get_listing_request import GetListingRequest
    from .get_listing_response import GetListingResponse
    from .get_normalization_mappings_request import GetNormalizationMappingsRequest
    from .get_normalization_mappings_response import GetNormalizationMappingsResponse
    from .get_normalization_mappings_response_results import GetNormalizationMappingsResponseResults
    from .get_normalization_mappings_response_results_mappings import GetNormalizationMappingsResponseResultsMappings
    from .get_note_category_request import GetNoteCategoryRequest
    from .get_note_category_response import GetNoteCategoryResponse
    from .get_owner_request import GetOwnerRequest
    from .get_owner_response import GetOwnerResponse
    from .get_payable_register_request import GetPayableRegisterRequest
    from .get_payable_register_response import GetPayableRegisterResponse
    from .get_property_list_request import GetPropertyListRequest
    from .get_property_list_response import GetPropertyListResponse
    from .get_property_request import GetPropertyRequest
    from .get_property_response import GetPropertyResponse
    from .get_purchase_order_request import GetPurchaseOrderRequest
    from .get_purchase_order_response import GetPurchaseOrderResponse
    from .get_recurring_resident_charge_request import GetRecurringResidentChargeRequest
    from .get_recurring_resident_charge_response import GetRecurringResidentChargeResponse
    from .get_rentable_item_request import GetRentableItemRequest
    from .get_rentable_item_response import GetRentableItemResponse
    from .get_resident_charge_request import GetResidentChargeRequest
    from .get_resident_charge_response import GetResidentChargeResponse
    from .get_resident_insurance_request import GetResidentInsuranceRequest
    from .get_resident_insurance_response import GetResidentInsuranceResponse
    from .get_resident_payment_request import GetResidentPaymentRequest
    from .get_resident_payment_response import GetResidentPaymentResponse
    from .get_resident_request import GetResidentRequest
    from .get_resident_response import GetResidentResponse
    from .get_service_request_category_request import GetServiceRequestCategoryRequest
    from .get_service_request_category_response import GetServiceRequestCategoryResponse
    from .get_service_request_history_request import GetServiceRequestHistoryRequest
    from .get_service_request_history_response import GetServiceRequestHistoryResponse
    from .get_service_request_location_integration_vendor import GetServiceRequestLocationIntegrationVendor
    from .get_service_request_location_request import GetServiceRequestLocationRequest
    from .get_service_request_location_response import GetServiceRequestLocationResponse
    from .get_service_request_priority_request import GetServiceRequestPriorityRequest
    from .get_service_request_priority_response import GetServiceRequestPriorityResponse
    from .get_service_request_problem_integration_vendor import GetServiceRequestProblemIntegrationVendor
    from .get_service_request_problem_request import GetServiceRequestProblemRequest
    from .get_service_request_problem_response import GetServiceRequestProblemResponse
    from .get_service_request_request import GetServiceRequestRequest
    from .get_service_request_response import GetServiceRequestResponse
    from .get_service_request_status_request import GetServiceRequestStatusRequest
    from .get_service_request_status_response import GetServiceRequestStatusResponse
    from .get_unit_detail_request import GetUnitDetailRequest
    from .get_unit_detail_response import GetUnitDetailResponse
    from .get_unit_request import GetUnitRequest
    from .get_unit_response import GetUnitResponse
    from .get_unit_type_request import GetUnitTypeRequest
    from .get_unit_type_response import GetUnitTypeResponse
    from .get_user_request import GetUserRequest
    from .get_user_response import GetUserResponse
    from .get_user_response_results_type_0 import GetUserResponseResultsType0
    from .get_vendor_request import GetVendorRequest
    from .get_vendor_response import GetVendorResponse
    from .get_webhook_request import GetWebhookRequest
    from .get_webhook_response import GetWebhookResponse
    from .get_write_status_request import GetWriteStatusRequest
    from .get_write_status_response import GetWriteStatusResponse
    from .income_source import IncomeSource
    from .integration import Integration
    from .integration_configuration_meta_data_item import IntegrationConfigurationMetaDataItem
    from .integration_configuration_meta_data_item_configuration_data import (
        IntegrationConfigurationMetaDataItemConfigurationData,
    )
    from .integration_configuration_meta_data_item_custom_data_type_0 import (
        IntegrationConfigurationMetaDataItemCustomDataType0,
    )
    from .integration_integration_interfaces_item import IntegrationIntegrationInterfacesItem
    from .integration_job_schedule import IntegrationJobSchedule
    from .integration_job_schedule_parameters import IntegrationJobScheduleParameters
    from .integration_job_schedule_status import IntegrationJobScheduleStatus
    from .integration_models import IntegrationModels
    from .integration_models_additional_property import IntegrationModelsAdditionalProperty
    from .integration_property import IntegrationProperty
    from .integration_property_list import IntegrationPropertyList
    from .integration_vendor import IntegrationVendor
    from .integration_vendor_enum import IntegrationVendorEnum
    from .interface_name import InterfaceName
    from .invoice import Invoice
    from .invoice_custom_data_type_0 import InvoiceCustomDataType0
    from .invoice_invoice_items_item import InvoiceInvoiceItemsItem
    from .job_log import JobLog
    from .lead import Lead
    from .lead_custom_data_type_0 import LeadCustomDataType0
    from .lead_pets_item import LeadPetsItem
    from .lead_pets_item_custom_data_type_0 import LeadPetsItemCustomDataType0
    from .lead_relationship import LeadRelationship
    from .lead_screenings_item import LeadScreeningsItem
    from .lead_source import LeadSource
    from .lease import Lease
    from .lease_custom_data_type_0 import LeaseCustomDataType0
    from .lease_residents_meta_data_item import LeaseResidentsMetaDataItem
    from .lease_residents_meta_data_item_custom_data_type_0 import LeaseResidentsMetaDataItemCustomDataType0
    from .lease_services_item import LeaseServicesItem
    from .lease_status_normalized import LeaseStatusNormalized
    from .lease_transfer import LeaseTransfer
    from .list_accounting_entities_integration_vendor import ListAccountingEntitiesIntegrationVendor
    from .list_accounting_entities_request import ListAccountingEntitiesRequest
    from .list_accounting_entities_response import ListAccountingEntitiesResponse
    from .list_address_types_integration_vendor import ListAddressTypesIntegrationVendor
    from .list_address_types_request import ListAddressTypesRequest
    from .list_address_types_response import ListAddressTypesResponse
    from .list_amenities_integration_vendor import ListAmenitiesIntegrationVendor
    from .list_amenities_request import ListAmenitiesRequest
    from .list_amenities_response import ListAmenitiesResponse
    from .list_applicant_rentable_items_integration_vendor import ListApplicantRentableItemsIntegrationVendor
    from .list_applicant_rentable_items_request import ListApplicantRentableItemsRequest
    from .list_applicant_rentable_items_response import ListApplicantRentableItemsResponse
    from .list_applicants_integration_vendor import ListApplicantsIntegrationVendor
    from .list_applicants_request import ListApplicantsRequest
    from .list_applicants_response import ListApplicantsResponse
    from .list_application_statuses_integration_vendor import ListApplicationStatusesIntegrationVendor
    from .list_application_statuses_request import ListApplicationStatusesRequest
    from .list_application_statuses_response import ListApplicationStatusesResponse
    from .list_application_templates_integration_vendor import ListApplicationTemplatesIntegrationVendor
    from .list_application_templates_request import ListApplicationTemplatesRequest
    from .list_application_templates_response import ListApplicationTemplatesResponse
    from .list_applications_integration_vendor import ListApplicationsIntegrationVendor
    from .list_applications_request import ListApplicationsRequest
    from .list_applications_response import ListApplicationsResponse
    from .list_appointments_integration_vendor import ListAppointmentsIntegrationVendor
    from .list_appointments_request import ListAppointmentsRequest
    from .list_appointments_response import ListAppointmentsResponse
    from .list_call_logs_integration_vendor import ListCallLogsIntegrationVendor
    from .list_call_logs_request import ListCallLogsRequest
    from .list_call_logs_response import ListCallLogsResponse
    from .list_charge_codes_integration_vendor import ListChargeCodesIntegrationVendor
    from .list_charge_codes_request import ListChargeCodesRequest
    from .list_charge_codes_response import ListChargeCodesResponse
    from .list_concessions_integration_vendor import ListConcessionsIntegrationVendor
    from .list_concessions_request import ListConcessionsRequest
    from .list_concessions_response import ListConcessionsResponse
    from .list_construction_job_contracts_integration_vendor import ListConstructionJobContractsIntegrationVendor
    from .list_construction_job_contracts_request import ListConstructionJobContractsRequest
    from .list_construction_job_contracts_response import ListConstructionJobContractsResponse
    from .list_construction_job_details_integration_vendor import ListConstructionJobDetailsIntegrationVendor
    from .list_construction_job_details_request import ListConstructionJobDetailsRequest
    from .list_construction_job_details_response import ListConstructionJobDetailsResponse
    from .list_construction_jobs_integration_vendor import ListConstructionJobsIntegrationVendor
    from .list_construction_jobs_request import ListConstructionJobsRequest
    from .list_construction_jobs_response import ListConstructionJobsResponse
    from .list_contract_details_integration_vendor import ListContractDetailsIntegrationVendor
    from .list_contract_details_request import ListContractDetailsRequest
    from .list_contract_details_response import ListContractDetailsResponse
    from .list_data_diffs_integration_vendor import ListDataDiffsIntegrationVendor
    from .list_data_diffs_request import ListDataDiffsRequest
    from .list_data_diffs_response import ListDataDiffsResponse
    from .list_deposit_summaries_integration_vendor import ListDepositSummariesIntegrationVendor
    from .list_deposit_summaries_request import ListDepositSummariesRequest
    from .list_deposit_summaries_response import ListDepositSummariesResponse
    from .list_deposits_integration_vendor import ListDepositsIntegrationVendor
    from .list_deposits_request import ListDepositsRequest
    from .list_deposits_response import ListDepositsResponse
    from .list_employees_integration_vendor import ListEmployeesIntegrationVendor
    from .list_employees_request import ListEmployeesRequest
    from .list_employees_response import ListEmployeesResponse
    from .list_event_results_integration_vendor import ListEventResultsIntegrationVendor
    from .list_event_results_request import ListEventResultsRequest
    from .list_event_results_response import ListEventResultsResponse
    from .list_event_sub_types_integration_vendor import ListEventSubTypesIntegrationVendor
    from .list_event_sub_types_request import ListEventSubTypesRequest
    from .list_event_sub_types_response import ListEventSubTypesResponse
    from .list_event_types_integration_vendor import ListEventTypesIntegrationVendor
    from .list_event_types_request import ListEventTypesRequest
    from .list_event_types_response import ListEventTypesResponse
    from .list_events_integration_vendor import ListEventsIntegrationVendor
    from .list_events_request import ListEventsRequest
    from .list_events_response import ListEventsResponse
    from .list_fees_request import ListFeesRequest
    from .list_fees_response import ListFeesResponse
    from .list_file_types_integration_vendor import ListFileTypesIntegrationVendor
    from .list_file_types_request import ListFileTypesRequest
    from .list_file_types_response import ListFileTypesResponse
    from .list_financial_accounts_integration_vendor import ListFinancialAccountsIntegrationVendor
    from .list_financial_accounts_request import ListFinancialAccountsRequest
    from .list_financial_accounts_response import ListFinancialAccountsResponse
    from .list_floor_plans_integration_vendor import ListFloorPlansIntegrationVendor
    from .list_floor_plans_request import ListFloorPlansRequest
    from .list_floor_plans_response import ListFloorPlansResponse
    from .list_integration_job_schedules_request import ListIntegrationJobSchedulesRequest
    from .list_integration_job_schedules_response import ListIntegrationJobSchedulesResponse
    from .list_integration_properties_request import ListIntegrationPropertiesRequest
    from .list_integration_properties_response import ListIntegrationPropertiesResponse
    from .list_integration_property_lists_request import ListIntegrationPropertyListsRequest
    from .list_integration_property_lists_response import ListIntegrationPropertyListsResponse
    from .list_integration_rate_limits_request import ListIntegrationRateLimitsRequest
    from .list_integration_rate_limits_response import ListIntegrationRateLimitsResponse
    from .list_integration_rate_limits_response_results_type_0 import ListIntegrationRateLimitsResponseResultsType0
    from .list_integration_rate_limits_response_results_type_0_api_ratelimits_item import (
        ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem,
    )
    from .list_integration_rate_limits_response_results_type_1 import ListIntegrationRateLimitsResponseResultsType1
    from .list_integrations_integration_vendor import ListIntegrationsIntegrationVendor
    from .list_integrations_request import ListIntegrationsRequest
    from .list_integrations_response import ListIntegrationsResponse
    from .list_invoices_integration_vendor import ListInvoicesIntegrationVendor
    from .list_invoices_request import ListInvoicesRequest
    from .list_invoices_response import ListInvoicesResponse
    from .list_job_logs_by_job_request import ListJobLogsByJobRequest
    from .list_job_logs_by_job_response import ListJobLogsByJobResponse
    from .list_job_logs_request import ListJobLogsRequest
    from .list_job_logs_request_status import ListJobLogsRequestStatus
    from .list_job_logs_response import ListJobLogsResponse
    from .list_job_logs_status import ListJobLogsStatus
    from .list_lead_relationships_integration_vendor import ListLeadRelationshipsIntegrationVendor
    from .list_lead_relationships_request import ListLeadRelationshipsRequest
    from .list_lead_relationships_response import ListLeadRelationshipsResponse
    from .list_lead_rentable_items_integration_vendor import ListLeadRentableItemsIntegrationVendor
    from .list_lead_rentable_items_request import ListLeadRentableItemsRequest
    from .list_lead_rentable_items_response import ListLeadRentableItemsResponse
    from .list_lead_sources_integration_vendor import ListLeadSourcesIntegrationVendor
    from .list_lead_sources_request import ListLeadSourcesRequest
    from .list_lead_sources_response import ListLeadSourcesResponse
    from .list_leads_integration_vendor import ListLeadsIntegrationVendor
    from .list_leads_request import ListLeadsRequest
    from .list_leads_response import ListLeadsResponse
    from .list_lease_transfers_integration_vendor import ListLeaseTransfersIntegrationVendor
    from .list_lease_transfers_request import ListLeaseTransfersRequest
    from .list_lease_transfers_response import ListLeaseTransfersResponse
    from .list_leases_integration_vendor import ListLeasesIntegrationVendor
    from .list_leases_request import ListLeasesRequest
    from .list_leases_request_status_normalized import ListLeasesRequestStatusNormalized
    from .list_leases_response import ListLeasesResponse
    from .list_leases_status_normalized import ListLeasesStatusNormalized
    from .list_listing_pricing_integration_vendor import ListListingPricingIntegrationVendor
    from .list_listing_pricing_request import ListListingPricingRequest
    from .list_listing_pricing_response import ListListingPricingResponse
    from .list_listings_integration_vendor import ListListingsIntegrationVendor
    from .list_listings_request import ListListingsRequest
    from .list_listings_response import ListListingsResponse
    from .list_locations_rentmanager_integration_vendor import ListLocationsRentmanagerIntegrationVendor
    from .list_locations_rentmanager_response import ListLocationsRentmanagerResponse
    from .list_note_categories_integration_vendor import ListNoteCategoriesIntegrationVendor
    from .list_note_categories_request import ListNoteCategoriesRequest
    from .list_note_categories_response import ListNoteCategoriesResponse
    from .list_owners_integration_vendor import ListOwnersIntegrationVendor
    from .list_owners_request import ListOwnersRequest
    from .list_owners_response import ListOwnersResponse
    from .list_payable_registers_integration_vendor import ListPayableRegistersIntegrationVendor
    from .list_payable_registers_request import ListPayableRegistersRequest
    from .list_payable_registers_response import ListPayableRegistersResponse
    from .list_properties_integration_vendor import ListPropertiesIntegrationVendor
    from .list_properties_request import ListPropertiesRequest
    from .list_properties_response import ListPropertiesResponse
    from .list_property_lists_integration_vendor import ListPropertyListsIntegrationVendor
    from .list_property_lists_request import ListPropertyListsRequest
    from .list_property_lists_response import ListPropertyListsResponse
    from .list_property_vendors_request import ListPropertyVendorsRequest
    from .list_property_vendors_response import ListPropertyVendorsResponse
    from .list_purchase_order_items_integration_vendor import ListPurchaseOrderItemsIntegrationVendor
    from .list_purchase_order_items_request import ListPurchaseOrderItemsRequest
    from .list_purchase_order_items_response import ListPurchaseOrderItemsResponse
    from .list_purchase_orders_integration_vendor import ListPurchaseOrdersIntegrationVendor
    from .list_purchase_orders_request import ListPurchaseOrdersRequest
    from .list_purchase_orders_response import ListPurchaseOrdersResponse
    from .list_recurring_resident_charges_integration_vendor import ListRecurringResidentChargesIntegrationVendor
    from .list_recurring_resident_charges_request import ListRecurringResidentChargesRequest
    from .list_recurring_resident_charges_response import ListRecurringResidentChargesResponse
    from .list_rentable_items_integration_vendor import ListRentableItemsIntegrationVendor
    from .list_rentable_items_request import ListRentableItemsRequest
    from .list_rentable_items_response import ListRentableItemsResponse
    from .list_resident_charges_integration_vendor import ListResidentChargesIntegrationVendor
    from .list_resident_charges_request import ListResidentChargesRequest
    from .list_resident_charges_response import ListResidentChargesResponse
    from .list_resident_insurance_request import ListResidentInsuranceRequest
    from .list_resident_insurance_response import ListResidentInsuranceResponse
    from .list_resident_payments_integration_vendor import ListResidentPaymentsIntegrationVendor
    from .list_resident_payments_request import ListResidentPaymentsRequest
    from .list_resident_payments_response import ListResidentPaymentsResponse
    from .list_resident_rentable_items_integration_vendor import ListResidentRentableItemsIntegrationVendor
    from .list_resident_rentable_items_request import ListResidentRentableItemsRequest
    from .list_resident_rentable_items_response import ListResidentRentableItemsResponse
    from .list_residents_integration_vendor import ListResidentsIntegrationVendor
    from .list_residents_request import ListResidentsRequest
    from .list_residents_response import ListResidentsResponse
    from .list_service_request_categories_integration_vendor import ListServiceRequestCategoriesIntegrationVendor
    from .list_service_request_categories_request import ListServiceRequestCategoriesRequest
    from .list_service_request_categories_response import ListServiceRequestCategoriesResponse
    from .list_service_request_history_integration_vendor import ListServiceRequestHistoryIntegrationVendor
    from .list_service_request_history_request import ListServiceRequestHistoryRequest
    from .list_service_request_history_response import ListServiceRequestHistoryResponse
    from .list_service_request_locations_integration_vendor import ListServiceRequestLocationsIntegrationVendor
    from .list_service_request_locations_request import ListServiceRequestLocationsRequest
    from .list_service_request_locations_response import ListServiceRequestLocationsResponse
    from .list_service_request_priorities_integration_vendor import ListServiceRequestPrioritiesIntegrationVendor
    from .list_service_request_priorities_request import ListServiceRequestPrioritiesRequest
    from .list_service_request_priorities_response import ListServiceRequestPrioritiesResponse
    from .list_service_request_problems_integration_vendor import ListServiceRequestProblemsIntegrationVendor
    from .list_service_request_problems_request import ListServiceRequestProblemsRequest
    from .list_service_request_problems_response import ListServiceRequestProblemsResponse
    from .list_service_request_statuses_integration_vendor import ListServiceRequestStatusesIntegrationVendor
    from .list_service_request_statuses_request import ListServiceRequestStatusesRequest
    from .list_service_request_statuses_response import ListServiceRequestStatusesResponse
    from .list_service_requests_integration_vendor import ListServiceRequestsIntegrationVendor
    from .list_service_requests_request import ListServiceRequestsRequest
    from .list_service_requests_response import ListServiceRequestsResponse
    from .list_timezones_integration_vendor import ListTimezonesIntegrationVendor
    from .list_timezones_request import ListTimezonesRequest
    from .list_timezones_response import ListTimezonesResponse
    from .list_unit_details_integration_vendor import ListUnitDetailsIntegrationVendor
    from .list_unit_details_request import ListUnitDetailsRequest
    from .list_unit_details_response import ListUnitDetailsResponse
    from .list_unit_types_integration_vendor import ListUnitTypesIntegrationVendor
    from .list_unit_types_request import ListUnitTypesRequest
    from .list_unit_types_response import ListUnitTypesResponse
    from .list_units_integration_vendor import ListUnitsIntegrationVendor
    from .list_units_request import ListUnitsRequest
    from .list_units_response import ListUnitsResponse
    from .list_users_request import ListUsersRequest
    from .list_users_response import ListUsersResponse
    from .list_vendors_integration_vendor import ListVendorsIntegrationVendor
    from .list_vendors_request import ListVendorsRequest
    from .list_vendors_response import ListVendorsResponse
    from .list_webhooks_request import ListWebhooksRequest
    from .list_webhooks_response import ListWebhooksResponse
    from .list_write_logs_request import ListWriteLogsRequest
    from .list_write_logs_request_status import ListWriteLogsRequestStatus
    from .list_write_logs_request_time_range import ListWriteLogsRequestTimeRange
    from .list_write_logs_request_write_category import ListWriteLogsRequestWriteCategory
    from .list_write_logs_response import ListWriteLogsResponse
    from .list_write_logs_response_results import ListWriteLogsResponseResults
    from .list_write_logs_response_results_logs_item import ListWriteLogsResponseResultsLogsItem
    from .list_write_logs_response_results_logs_item_status import ListWriteLogsResponseResultsLogsItemStatus
    from .list_write_logs_response_results_logs_item_vendor import ListWriteLogsResponseResultsLogsItemVendor
    from .list_write_logs_status import ListWriteLogsStatus
    from .list_write_logs_time_range import ListWriteLogsTimeRange
    from .list_write_logs_write_category import ListWriteLogsWriteCategory
    from .listing import Listing
    from .listing_custom_data_type_0 import ListingCustomDataType0
    from .listing_pricing import ListingPricing
    from .listing_pricing_custom_data_type_0 import ListingPricingCustomDataType0
    from .location import Location
    from .manager_phone_type import ManagerPhoneType
    from .manual_sync_integration_request import ManualSyncIntegrationRequest
    from .manual_sync_integration_request_models_to_sync_item import ManualSyncIntegrationRequestModelsToSyncItem
    from .manual_sync_integration_response import ManualSyncIntegrationResponse
    from .manual_sync_integration_response_result import ManualSyncIntegrationResponseResult
    from .max_request_cadence import MaxRequestCadence
    from .name_normalized import NameNormalized
    from .note_category import NoteCategory
    from .owner import Owner
    from .payable_register import PayableRegister
    from .payable_register_custom_data_type_0 import PayableRegisterCustomDataType0
    from .payable_register_payable_register_items_item import PayableRegisterPayableRegisterItemsItem
    from .pet_types import PetTypes
    from .phone_type import PhoneType
    from .property_ import Property
    from .property_custom_data_type_0 import PropertyCustomDataType0
    from .property_list import PropertyList
    from .property_office_hours_item import PropertyOfficeHoursItem
    from .purchase_order import PurchaseOrder
    from .purchase_order_custom_data_type_0 import PurchaseOrderCustomDataType0
    from .purchase_order_item import PurchaseOrderItem
    from .purchase_order_item_custom_data_type_0 import PurchaseOrderItemCustomDataType0
    from .query_appointment_availability_request import QueryAppointmentAvailabilityRequest
    from .query_appointment_availability_request_calendar_types_item import (
        QueryAppointmentAvailabilityRequestCalendarTypesItem,
    )
    from .query_appointment_availability_response import QueryAppointmentAvailabilityResponse
    from .query_appointment_availability_response_meta import QueryAppointmentAvailabilityResponseMeta
    from .query_appointment_availability_response_result_item import QueryAppointmentAvailabilityResponseResultItem
    from .query_appointment_availability_response_result_item_calendar_days_item import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem,
    )
    from .query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0 import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,
    )
    from .recurring_resident_charge import RecurringResidentCharge
    from .recurring_resident_charge_custom_data_type_0 import RecurringResidentChargeCustomDataType0
    from .recurring_resident_charge_frequency_normalized import RecurringResidentChargeFrequencyNormalized
    from .rentable_item import RentableItem
    from .resident import Resident
    from .resident_charge import ResidentCharge
    from .resident_charge_allocations_item import ResidentChargeAllocationsItem
    from .resident_charge_allocations_item_custom_data_type_0 import ResidentChargeAllocationsItemCustomDataType0
    from .resident_charge_custom_data_type_0 import ResidentChargeCustomDataType0
    from .resident_custom_data_type_0 import ResidentCustomDataType0
    from .resident_insurance import ResidentInsurance
    from .resident_leases_meta_data_item import ResidentLeasesMetaDataItem
    from .resident_leases_meta_data_item_custom_data_type_0 import ResidentLeasesMetaDataItemCustomDataType0
    from .resident_payment import ResidentPayment
    from .resident_payment_allocations_item import ResidentPaymentAllocationsItem
    from .resident_payment_allocations_item_custom_data_type_0 import ResidentPaymentAllocationsItemCustomDataType0
    from .resident_payment_custom_data_type_0 import ResidentPaymentCustomDataType0
    from .resident_pets_item import ResidentPetsItem
    from .resident_pets_item_custom_data_type_0 import ResidentPetsItemCustomDataType0
    from .resident_type_normalized import ResidentTypeNormalized
    from .resident_vehicles_item import ResidentVehiclesItem
    from .resident_vehicles_item_custom_data_type_0 import ResidentVehiclesItemCustomDataType0
    from .response_meta import ResponseMeta
    from .response_meta_order_by_item import ResponseMetaOrderByItem
    from .retry_write_request import RetryWriteRequest
    from .retry_write_response import RetryWriteResponse
    from .roles import Roles
    from .service_request import ServiceRequest
    from .service_request_category import ServiceRequestCategory
    from .service_request_employees_item import ServiceRequestEmployeesItem
    from .service_request_history import ServiceRequestHistory
    from .service_request_history_item import ServiceRequestHistoryItem
    from .service_request_location import ServiceRequestLocation
    from .service_request_priority import ServiceRequestPriority
    from .service_request_problem import ServiceRequestProblem
    from .service_request_status import ServiceRequestStatus
    from .service_request_vendors_item import ServiceRequestVendorsItem
    from .simultaneous_appointment_mode import SimultaneousAppointmentMode
    from .sync_cadence import SyncCadence
    from .system import System
    from .timezone import Timezone
    from .type_ import Type
    from .type_normalized import TypeNormalized
    from .unit import Unit
    from .unit_custom_data_type_0 import UnitCustomDataType0
    from .unit_detail import UnitDetail
    from .unit_type import UnitType
    from .update_amenity_request import UpdateAmenityRequest
    from .update_amenity_response import UpdateAmenityResponse
    from .update_amenity_response_data import UpdateAmenityResponseData
    from .update_applicant_appointment_request import UpdateApplicantAppointmentRequest
    from .update_applicant_appointment_request_appointment_type import UpdateApplicantAppointmentRequestAppointmentType
    from .update_applicant_appointment_request_priority import UpdateApplicantAppointmentRequestPriority
    from .update_applicant_appointment_request_status import UpdateApplicantAppointmentRequestStatus
    from .update_applicant_appointment_response import UpdateApplicantAppointmentResponse
    from .update_applicant_appointment_response_data import UpdateApplicantAppointmentResponseData
    from .update_applicant_event_request import UpdateApplicantEventRequest
    from .update_applicant_event_request_status import UpdateApplicantEventRequestStatus
    from .update_applicant_event_response import UpdateApplicantEventResponse
    from .update_applicant_event_response_data import UpdateApplicantEventResponseData
    from .update_applicant_request import UpdateApplicantRequest
    from .update_applicant_request_add_ons_item import UpdateApplicantRequestAddOnsItem
    from .update_applicant_request_address_history_item import UpdateApplicantRequestAddressHistoryItem
    from .update_applicant_request_address_history_item_address_type import (
        UpdateApplicantRequestAddressHistoryItemAddressType,
    )
    from .update_applicant_request_address_history_item_country import UpdateApplicantRequestAddressHistoryItemCountry
    from .update_applicant_request_address_history_item_manager_type import (
        UpdateApplicantRequestAddressHistoryItemManagerType,
    )
    from .update_applicant_request_address_history_item_state import UpdateApplicantRequestAddressHistoryItemState
    from .update_applicant_request_applicant_status import UpdateApplicantRequestApplicantStatus
    from .update_applicant_request_application_references_item import UpdateApplicantRequestApplicationReferencesItem
    from .update_applicant_request_application_status import UpdateApplicantRequestApplicationStatus
    from .update_applicant_request_assistance import UpdateApplicantRequestAssistance
    from .update_applicant_request_attachments_item import UpdateApplicantRequestAttachmentsItem
    from .update_applicant_request_bank_accounts_item import UpdateApplicantRequestBankAccountsItem
    from .update_applicant_request_bank_accounts_item_account_type import (
        UpdateApplicantRequestBankAccountsItemAccountType,
    )
    from .update_applicant_request_credit_cards_item import UpdateApplicantRequestCreditCardsItem
    from .update_applicant_request_emergency_contacts_item import UpdateApplicantRequestEmergencyContactsItem
    from .update_applicant_request_employment_history_item import UpdateApplicantRequestEmploymentHistoryItem
    from .update_applicant_request_events_item import UpdateApplicantRequestEventsItem
    from .update_applicant_request_marital_status import UpdateApplicantRequestMaritalStatus
    from .update_applicant_request_other_income_item import UpdateApplicantRequestOtherIncomeItem
    from .update_applicant_request_other_occupants_item import UpdateApplicantRequestOtherOccupantsItem
    from .update_applicant_request_other_occupants_item_relationship import (
        UpdateApplicantRequestOtherOccupantsItemRelationship,
    )
    from .update_applicant_request_pets_item import UpdateApplicantRequestPetsItem
    from .update_applicant_request_pets_item_gender import UpdateApplicantRequestPetsItemGender
    from .update_applicant_request_phone_1_type import UpdateApplicantRequestPhone1Type
    from .update_applicant_request_phone_2_type import UpdateApplicantRequestPhone2Type
    from .update_applicant_request_phone_3_type import UpdateApplicantRequestPhone3Type
    from .update_applicant_request_status import UpdateApplicantRequestStatus
    from .update_applicant_request_type import UpdateApplicantRequestType
    from .update_applicant_request_vehicles_item import UpdateApplicantRequestVehiclesItem
    from .update_applicant_response import UpdateApplicantResponse
    from .update_applicant_response_data import UpdateApplicantResponseData
    from .update_application_request import UpdateApplicationRequest
    from .update_application_request_add_ons_item import UpdateApplicationRequestAddOnsItem
    from .update_application_request_address_history_item import UpdateApplicationRequestAddressHistoryItem
    from .update_application_request_address_history_item_country_type_0 import (
        UpdateApplicationRequestAddressHistoryItemCountryType0,
    )
    from .update_application_request_address_history_item_state import UpdateApplicationRequestAddressHistoryItemState
    from .update_application_request_application_fees_item import UpdateApplicationRequestApplicationFeesItem
    from .update_application_request_application_status import UpdateApplicationRequestApplicationStatus
    from .update_application_request_attachments_item import UpdateApplicationRequestAttachmentsItem
    from .update_application_request_concession_fees_item import UpdateApplicationRequestConcessionFeesItem
    from .update_application_request_emergency_contacts_item import UpdateApplicationRequestEmergencyContactsItem
    from .update_application_request_emergency_contacts_item_country_type_0 import (
        UpdateApplicationRequestEmergencyContactsItemCountryType0,
    )
    from .update_application_request_emergency_contacts_item_relationship import (
        UpdateApplicationRequestEmergencyContactsItemRelationship,
    )
    from .update_application_request_emergency_contacts_item_state import (
        UpdateApplicationRequestEmergencyContactsItemState,
    )
    from .update_application_request_employment_history_item import UpdateApplicationRequestEmploymentHistoryItem
    from .update_application_request_employment_history_item_state import (
        UpdateApplicationRequestEmploymentHistoryItemState,
    )
    from .update_application_request_events_item import UpdateApplicationRequestEventsItem
    from .update_application_request_marital_status import UpdateApplicationRequestMaritalStatus
    from .update_application_request_other_income_item import UpdateApplicationRequestOtherIncomeItem
    from .update_application_request_other_occupants_item import UpdateApplicationRequestOtherOccupantsItem
    from .update_application_request_other_occupants_item_phone_1_type import (
        UpdateApplicationRequestOtherOccupantsItemPhone1Type,
    )
    from .update_application_request_other_occupants_item_phone_2_type import (
        UpdateApplicationRequestOtherOccupantsItemPhone2Type,
    )
    from .update_application_request_other_occupants_item_relationship import (
        UpdateApplicationRequestOtherOccupantsItemRelationship,
    )
    from .update_application_request_other_occupants_item_state import UpdateApplicationRequestOtherOccupantsItemState
    from .update_application_request_pets_item import UpdateApplicationRequestPetsItem
    from .update_application_request_phone_1_type import UpdateApplicationRequestPhone1Type
    from .update_application_request_phone_2_type import UpdateApplicationRequestPhone2Type
    from .update_application_request_status import UpdateApplicationRequestStatus
    from .update_application_request_vehicles_item import UpdateApplicationRequestVehiclesItem
    from .update_application_request_vehicles_item_license_plate_state import (
        UpdateApplicationRequestVehiclesItemLicensePlateState,
    )
    from .update_application_response import UpdateApplicationResponse
    from .update_application_response_data import UpdateApplicationResponseData
    from .update_construction_job_request import UpdateConstructionJobRequest
    from .update_construction_job_response import UpdateConstructionJobResponse
    from .update_construction_job_response_data import UpdateConstructionJobResponseData
    from .update_contract_request import UpdateContractRequest
    from .update_contract_response import UpdateContractResponse
    from .update_contract_response_data import UpdateContractResponseData
    from .update_deposit_summary_request import UpdateDepositSummaryRequest
    from .update_deposit_summary_request_payment_method import UpdateDepositSummaryRequestPaymentMethod
    from .update_deposit_summary_response import UpdateDepositSummaryResponse
    from .update_deposit_summary_response_data import UpdateDepositSummaryResponseData
    from .update_integration_property_list_request import UpdateIntegrationPropertyListRequest
    from .update_integration_property_list_response import UpdateIntegrationPropertyListResponse
    from .update_integration_property_request import UpdateIntegrationPropertyRequest
    from .update_integration_property_response import UpdateIntegrationPropertyResponse
    from .update_integration_property_response_results import UpdateIntegrationPropertyResponseResults
    from .update_integration_request import UpdateIntegrationRequest
    from .update_integration_request_buildium import UpdateIntegrationRequestBuildium
    from .update_integration_request_credentials_type_0 import UpdateIntegrationRequestCredentialsType0
    from .update_integration_request_custom_sync_schedule import UpdateIntegrationRequestCustomSyncSchedule
    from .update_integration_request_custom_sync_schedule_interval import (
        UpdateIntegrationRequestCustomSyncScheduleInterval,
    )
    from .update_integration_request_custom_sync_schedule_interval_friday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_friday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_monday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_monday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_saturday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_saturday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_sunday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_sunday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_thursday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_thursday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_tuesday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_tuesday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_interval_wednesday import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .update_integration_request_custom_sync_schedule_interval_wednesday_slots_item import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .update_integration_request_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .update_integration_request_custom_sync_schedule_timezone import (
        UpdateIntegrationRequestCustomSyncScheduleTimezone,
    )
    from .update_integration_request_custom_sync_schedule_type import UpdateIntegrationRequestCustomSyncScheduleType
    from .update_integration_request_entrata import UpdateIntegrationRequestEntrata
    from .update_integration_request_knock import UpdateIntegrationRequestKnock
    from .update_integration_request_max_request_cadence import UpdateIntegrationRequestMaxRequestCadence
    from .update_integration_request_mri import UpdateIntegrationRequestMRI
    from .update_integration_request_propertyware_rest import UpdateIntegrationRequestPropertywareREST
    from .update_integration_request_propertyware_soap import UpdateIntegrationRequestPropertywareSOAP
    from .update_integration_request_realpage_partner_exchange import UpdateIntegrationRequestRealpagePartnerExchange
    from .update_integration_request_realpage_partner_exchange_method_specific import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_addservicerequest import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getactivitytypes import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getleaseinfo import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getlocationlist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getresidentledger import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getservicerequest import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getsitelist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getsubscriptions import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getunitlist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getunits import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_insertactivity import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_insertfollowup import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_insertprospect import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_postsinglecharge import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_prospectsearch import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_transactioncodes import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_unitlist import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_updateprospect import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_updateservicerequest import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from .update_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )
    from .update_integration_request_realpage_registered_vendor import UpdateIntegrationRequestRealpageRegisteredVendor
    from .update_integration_request_realpage_registered_vendor_ftp_credentials import (
        UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials,
    )
    from .update_integration_request_rent_manager_production import UpdateIntegrationRequestRentManagerProduction
    from .update_integration_request_rent_manager_sandbox import UpdateIntegrationRequestRentManagerSandbox
    from .update_integration_request_rentvine import UpdateIntegrationRequestRentvine
    from .update_integration_request_resman import UpdateIntegrationRequestResman
    from .update_integration_request_sample_1 import UpdateIntegrationRequestSample1
    from .update_integration_request_sample_1_common_data import UpdateIntegrationRequestSample1CommonData
    from .update_integration_request_sample_1_guest_card import UpdateIntegrationRequestSample1GuestCard
    from .update_integration_request_sample_1_job_cost import UpdateIntegrationRequestSample1JobCost
    from .update_integration_request_sample_1_resident_transactions import (
        UpdateIntegrationRequestSample1ResidentTransactions,
    )
    from .update_integration_request_sample_1_service_requests import UpdateIntegrationRequestSample1ServiceRequests
    from .update_integration_request_sample_1_vendor_invoicing import UpdateIntegrationRequestSample1VendorInvoicing
    from .update_integration_request_sample_2 import UpdateIntegrationRequestSample2
    from .update_integration_request_sync_cadence import UpdateIntegrationRequestSyncCadence
    from .update_integration_request_system import UpdateIntegrationRequestSystem
    from .update_integration_response import UpdateIntegrationResponse
    from .update_integration_response_result import UpdateIntegrationResponseResult
    from .update_integration_response_result_custom_sync_schedule import (
        UpdateIntegrationResponseResultCustomSyncSchedule,
    )
    from .update_integration_response_result_custom_sync_schedule_interval import (
        UpdateIntegrationResponseResultCustomSyncScheduleInterval,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_friday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_friday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_monday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_monday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_saturday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_saturday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_sunday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_sunday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_thursday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_thursday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_tuesday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_tuesday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_wednesday import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .update_integration_response_result_custom_sync_schedule_interval_wednesday_slots_item import (
        UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .update_integration_response_result_custom_sync_schedule_timezone import (
        UpdateIntegrationResponseResultCustomSyncScheduleTimezone,
    )
    from .update_invoice_request import UpdateInvoiceRequest
    from .update_invoice_request_status import UpdateInvoiceRequestStatus
    from .update_invoice_response import UpdateInvoiceResponse
    from .update_invoice_response_data import UpdateInvoiceResponseData
    from .update_lead_appointment_request import UpdateLeadAppointmentRequest
    from .update_lead_appointment_request_appointment_type import UpdateLeadAppointmentRequestAppointmentType
    from .update_lead_appointment_request_priority import UpdateLeadAppointmentRequestPriority
    from .update_lead_appointment_request_status import UpdateLeadAppointmentRequestStatus
    from .update_lead_appointment_response import UpdateLeadAppointmentResponse
    from .update_lead_appointment_response_data import UpdateLeadAppointmentResponseData
    from .update_lead_event_request import UpdateLeadEventRequest
    from .update_lead_event_request_status import UpdateLeadEventRequestStatus
    from .update_lead_event_response import UpdateLeadEventResponse
    from .update_lead_event_response_data import UpdateLeadEventResponseData
    from .update_lead_request import UpdateLeadRequest
    from .update_lead_request_applicant_status import UpdateLeadRequestApplicantStatus
    from .update_lead_request_events_item import UpdateLeadRequestEventsItem
    from .update_lead_request_inactive_reason import UpdateLeadRequestInactiveReason
    from .update_lead_request_phone_1_type import UpdateLeadRequestPhone1Type
    from .update_lead_request_phone_2_type import UpdateLeadRequestPhone2Type
    from .update_lead_request_status import UpdateLeadRequestStatus
    from .update_lead_response import UpdateLeadResponse
    from .update_lead_response_data import UpdateLeadResponseData
    from .update_lease_request import UpdateLeaseRequest
    from .update_lease_request_address_history_item import UpdateLeaseRequestAddressHistoryItem
    from .update_lease_request_address_history_item_country import UpdateLeaseRequestAddressHistoryItemCountry
    from .update_lease_request_address_history_item_state import UpdateLeaseRequestAddressHistoryItemState
    from .update_lease_request_application_fees_item import UpdateLeaseRequestApplicationFeesItem
    from .update_lease_request_concession_fees_item import UpdateLeaseRequestConcessionFeesItem
    from .update_lease_request_emergency_contacts_item import UpdateLeaseRequestEmergencyContactsItem
    from .update_lease_request_emergency_contacts_item_country import UpdateLeaseRequestEmergencyContactsItemCountry
    from .update_lease_request_emergency_contacts_item_relationship import (
        UpdateLeaseRequestEmergencyContactsItemRelationship,
    )
    from .update_lease_request_emergency_contacts_item_state import UpdateLeaseRequestEmergencyContactsItemState
    from .update_lease_request_employment_history_item import UpdateLeaseRequestEmploymentHistoryItem
    from .update_lease_request_employment_history_item_state import UpdateLeaseRequestEmploymentHistoryItemState
    from .update_lease_request_marital_status import UpdateLeaseRequestMaritalStatus
    from .update_lease_request_other_income_item import UpdateLeaseRequestOtherIncomeItem
    from .update_lease_request_other_occupants_item import UpdateLeaseRequestOtherOccupantsItem
    from .update_lease_request_other_occupants_item_phone_1_type import UpdateLeaseRequestOtherOccupantsItemPhone1Type
    from .update_lease_request_other_occupants_item_phone_2_type import UpdateLeaseRequestOtherOccupantsItemPhone2Type
    from .update_lease_request_other_occupants_item_relationship import UpdateLeaseRequestOtherOccupantsItemRelationship
    from .update_lease_request_other_occupants_item_state import UpdateLeaseRequestOtherOccupantsItemState
    from .update_lease_request_pets_item import UpdateLeaseRequestPetsItem
    from .update_lease_request_phone_1_type import UpdateLeaseRequestPhone1Type
    from .update_lease_request_phone_2_type import UpdateLeaseRequestPhone2Type
    from .update_lease_request_status import UpdateLeaseRequestStatus
    from .update_lease_request_tenants_item import UpdateLeaseRequestTenantsItem
    from .update_lease_request_type import UpdateLeaseRequestType
    from .update_lease_request_vehicles_item import UpdateLeaseRequestVehiclesItem
    from .update_lease_response import UpdateLeaseResponse
    from .update_lease_response_data import UpdateLeaseResponseData
    from .update_listing_request import UpdateListingRequest
    from .update_listing_response import UpdateListingResponse
    from .update_listing_response_data import UpdateListingResponseData
    from .update_payable_register_request import UpdatePayableRegisterRequest
    from .update_payable_register_response import UpdatePayableRegisterResponse
    from .update_payable_register_response_data import UpdatePayableRegisterResponseData
    from .update_property_amenities_request import UpdatePropertyAmenitiesRequest
    from .update_property_amenities_request_features_item import UpdatePropertyAmenitiesRequestFeaturesItem
    from .update_property_amenities_request_included_in_rent_item import (
        UpdatePropertyAmenitiesRequestIncludedInRentItem,
    )
    from .update_property_amenities_response import UpdatePropertyAmenitiesResponse
    from .update_property_amenities_response_data import UpdatePropertyAmenitiesResponseData
    from .update_property_request import UpdatePropertyRequest
    from .update_property_request_category import UpdatePropertyRequestCategory
    from .update_property_request_type import UpdatePropertyRequestType
    from .update_property_response import UpdatePropertyResponse
    from .update_property_response_data import UpdatePropertyResponseData
    from .update_purchase_order_request import UpdatePurchaseOrderRequest
    from .update_purchase_order_request_billing_state_type_0 import UpdatePurchaseOrderRequestBillingStateType0
    from .update_purchase_order_request_purchase_order_items_item import (
        UpdatePurchaseOrderRequestPurchaseOrderItemsItem,
    )
    from .update_purchase_order_request_shipping_state_type_0 import UpdatePurchaseOrderRequestShippingStateType0
    from .update_purchase_order_response import UpdatePurchaseOrderResponse
    from .update_purchase_order_response_data import UpdatePurchaseOrderResponseData
    from .update_recurring_resident_charge_rentmanager_request import UpdateRecurringResidentChargeRentmanagerRequest
    from .update_recurring_resident_charge_rentmanager_request_frequency_normalized import (
        UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized,
    )
    from .update_recurring_resident_charge_rentmanager_response import UpdateRecurringResidentChargeRentmanagerResponse
    from .update_recurring_resident_charge_rentmanager_response_meta import (
        UpdateRecurringResidentChargeRentmanagerResponseMeta,
    )
    from .update_recurring_resident_charge_rentmanager_response_result import (
        UpdateRecurringResidentChargeRentmanagerResponseResult,
    )
    from .update_recurring_resident_charge_request import UpdateRecurringResidentChargeRequest
    from .update_recurring_resident_charge_request_frequency_normalized import (
        UpdateRecurringResidentChargeRequestFrequencyNormalized,
    )
    from .update_recurring_resident_charge_response import UpdateRecurringResidentChargeResponse
    from .update_recurring_resident_charge_response_data import UpdateRecurringResidentChargeResponseData
    from .update_resident_appointment_request import UpdateResidentAppointmentRequest
    from .update_resident_appointment_request_status import UpdateResidentAppointmentRequestStatus
    from .update_resident_appointment_response import UpdateResidentAppointmentResponse
    from .update_resident_appointment_response_data import UpdateResidentAppointmentResponseData
    from .update_resident_event_request import UpdateResidentEventRequest
    from .update_resident_event_request_status import UpdateResidentEventRequestStatus
    from .update_resident_event_response import UpdateResidentEventResponse
    from .update_resident_event_response_data import UpdateResidentEventResponseData
    from .update_resident_pet_request import UpdateResidentPetRequest
    from .update_resident_pet_response import UpdateResidentPetResponse
    from .update_resident_pet_response_data import UpdateResidentPetResponseData
    from .update_resident_request import UpdateResidentRequest
    from .update_resident_request_country import UpdateResidentRequestCountry
    from .update_resident_request_country_alternate import UpdateResidentRequestCountryAlternate
    from .update_resident_request_custom_data import UpdateResidentRequestCustomData
    from .update_resident_request_events_item import UpdateResidentRequestEventsItem
    from .update_resident_request_gender import UpdateResidentRequestGender
    from .update_resident_request_phone_1_type import UpdateResidentRequestPhone1Type
    from .update_resident_request_phone_2_type import UpdateResidentRequestPhone2Type
    from .update_resident_request_rent_period import UpdateResidentRequestRentPeriod
    from .update_resident_request_state import UpdateResidentRequestState
    from .update_resident_response import UpdateResidentResponse
    from .update_resident_response_data import UpdateResidentResponseData
    from .update_service_request_request import UpdateServiceRequestRequest
    from .update_service_request_request_service_category import UpdateServiceRequestRequestServiceCategory
    from .update_service_request_request_service_priority import UpdateServiceRequestRequestServicePriority
    from .update_service_request_request_status_raw import UpdateServiceRequestRequestStatusRaw
    from .update_service_request_response import UpdateServiceRequestResponse
    from .update_service_request_response_data import UpdateServiceRequestResponseData
    from .update_unit_amenities_request import UpdateUnitAmenitiesRequest
    from .update_unit_amenities_request_features_item import UpdateUnitAmenitiesRequestFeaturesItem
    from .update_unit_amenities_response import UpdateUnitAmenitiesResponse
    from .update_unit_amenities_response_data import UpdateUnitAmenitiesResponseData
    from .update_unit_request import UpdateUnitRequest
    from .update_unit_request_category import UpdateUnitRequestCategory
    from .update_unit_request_type import UpdateUnitRequestType
    from .update_unit_response import UpdateUnitResponse
    from .update_unit_response_data import UpdateUnitResponseData
    from .update_vendor_request import UpdateVendorRequest
    from .update_vendor_request_country_type_0 import UpdateVendorRequestCountryType0
    from .update_vendor_request_state import UpdateVendorRequestState
    from .update_vendor_response import UpdateVendorResponse
    from .update_vendor_response_data import UpdateVendorResponseData
    from .update_webhook_request import UpdateWebhookRequest
    from .update_webhook_request_headers_item import UpdateWebhookRequestHeadersItem
    from .update_webhook_request_model import UpdateWebhookRequestModel
    from .update_webhook_request_triggers_item import UpdateWebhookRequestTriggersItem
    from .update_webhook_response import UpdateWebhookResponse
    from .update_webhook_response_result import UpdateWebhookResponseResult
    from .update_webhook_response_result_headers_type_0_item import UpdateWebhookResponseResultHeadersType0Item
    from .update_webhook_response_result_triggers_item import UpdateWebhookResponseResultTriggersItem
    from .user import User
    from .vendor import Vendor
    from .vendor_contacts_item import VendorContactsItem
    from .vendor_custom_data_type_0 import VendorCustomDataType0
    from .webhook import Webhook
    from .webhook_headers_item import WebhookHeadersItem
    from .webhook_triggers_item import WebhookTriggersItem
    from .write_status import WriteStatus

_MODULES: dict[str, str] = {
    "AccountingEntity": ".accounting_entity",
    "AddressType": ".address_type",
    "Amenity": ".amenity",
    "AmenityCustomDataType0": ".amenity_custom_data_type_0",
    "AmenityMetaDataType0": ".amenity_meta_data_type_0",
    "AmenityUnitsItem": ".amenity_units_item",
    "Applicant": ".applicant",
    "ApplicantApplicationsItem": ".applicant_applications_item",
    "ApplicantApplicationsItemCustomDataType0": ".applicant_applications_item_custom_data_type_0",
    "ApplicantApplicationsItemStatusNormalized": ".applicant_applications_item_status_normalized",
    "ApplicantCustomDataType0": ".applicant_custom_data_type_0",
    "ApplicantPetsItem": ".applicant_pets_item",
    "ApplicantPetsItemCustomDataType0": ".applicant_pets_item_custom_data_type_0",
    "ApplicantScreeningsItem": ".applicant_screenings_item",
    "Application": ".application",
    "ApplicationApplicantsItem": ".application_applicants_item",
    "ApplicationApplicantsItemCustomDataType0": ".application_applicants_item_custom_data_type_0",
    "ApplicationCustomDataType0": ".application_custom_data_type_0",
    "ApplicationStatus": ".application_status",
    "ApplicationTemplate": ".application_template",
    "AssignApplicantRentableItemRequest": ".assign_applicant_rentable_item_request",
    "AssignApplicantRentableItemResponse": ".assign_applicant_rentable_item_response",
    "AssignApplicantRentableItemResponseData": ".assign_applicant_rentable_item_response_data",
    "BackSyncIntegrationRequest": ".back_sync_integration_request",
    "BackSyncIntegrationRequestModelsToSyncItem": ".back_sync_integration_request_models_to_sync_item",
    "BackSyncIntegrationResponse": ".back_sync_integration_response",
    "BackSyncIntegrationResponseResult": ".back_sync_integration_response_result",
    "BatchCreateResidentChargesPropertywareRestRequest": ".batch_create_resident_charges_propertyware_rest_request",
    "BatchCreateResidentChargesPropertywareRestRequestChargesItems": ".batch_create_resident_charges_propertyware_rest_request_charges_items",
    "BatchCreateResidentChargesPropertywareRestResponse": ".batch_create_resident_charges_propertyware_rest_response",
    "BatchCreateResidentChargesPropertywareRestResponseMeta": ".batch_create_resident_charges_propertyware_rest_response_meta",
    "BatchCreateResidentChargesRentmanagerRequest": ".batch_create_resident_charges_rentmanager_request",
    "BatchCreateResidentChargesRentmanagerRequestChargesItems": ".batch_create_resident_charges_rentmanager_request_charges_items",
    "BatchCreateResidentChargesRentmanagerResponse": ".batch_create_resident_charges_rentmanager_response",
    "BatchCreateResidentChargesRentmanagerResponseMeta": ".batch_create_resident_charges_rentmanager_response_meta",
    "BatchCreateResidentChargesResmanRequest": ".batch_create_resident_charges_resman_request",
    "BatchCreateResidentChargesResmanRequestChargesItems": ".batch_create_resident_charges_resman_request_charges_items",
    "BatchCreateResidentChargesResmanResponse": ".batch_create_resident_charges_resman_response",
    "BatchCreateResidentChargesResmanResponseMeta": ".batch_create_resident_charges_resman_response_meta",
    "BatchCreateResidentChargesYardiRequest": ".batch_create_resident_charges_yardi_request",
    "BatchCreateResidentChargesYardiRequestChargesItems": ".batch_create_resident_charges_yardi_request_charges_items",
    "BatchCreateResidentChargesYardiResponse": ".batch_create_resident_charges_yardi_response",
    "BatchCreateResidentChargesYardiResponseMeta": ".batch_create_resident_charges_yardi_response_meta",
    "CalendarType": ".calendar_type",
    "CallLog": ".call_log",
    "CallLogCustomDataType0": ".call_log_custom_data_type_0",
    "CancelApplicantAppointmentRequest": ".cancel_applicant_appointment_request",
    "CancelApplicantAppointmentResponse": ".cancel_applicant_appointment_response",
    "CancelApplicantAppointmentResponseData": ".cancel_applicant_appointment_response_data",
    "CancelLeadAppointmentRequest": ".cancel_lead_appointment_request",
    "CancelLeadAppointmentResponse": ".cancel_lead_appointment_response",
    "CancelLeadAppointmentResponseData": ".cancel_lead_appointment_response_data",
    "CancelPayableRegisterRequest": ".cancel_payable_register_request",
    "CancelPayableRegisterResponse": ".cancel_payable_register_response",
    "CancelPayableRegisterResponseData": ".cancel_payable_register_response_data",
    "CancelResidentAppointmentRequest": ".cancel_resident_appointment_request",
    "CancelResidentAppointmentResponse": ".cancel_resident_appointment_response",
    "CancelResidentAppointmentResponseData": ".cancel_resident_appointment_response_data",
    "ChargeCode": ".charge_code",
    "ChargeCodeCustomDataType0": ".charge_code_custom_data_type_0",
    "CheckIntegrationDataAccessRequest": ".check_integration_data_access_request",
    "CheckIntegrationDataAccessResponse": ".check_integration_data_access_response",
    "CheckIntegrationDataAccessResponseResult": ".check_integration_data_access_response_result",
    "Concession": ".concession",
    "ConstructionJob": ".construction_job",
    "ConstructionJobCustomDataType0": ".construction_job_custom_data_type_0",
    "ConstructionJobDetail": ".construction_job_detail",
    "ConstructionJobDetailCustomDataType0": ".construction_job_detail_custom_data_type_0",
    "Contract": ".contract",
    "ContractCustomDataType0": ".contract_custom_data_type_0",
    "ContractDetail": ".contract_detail",
    "ContractDetailCustomDataType0": ".contract_detail_custom_data_type_0",
    "CreateAmenityRequest": ".create_amenity_request",
    "CreateAmenityResponse": ".create_amenity_response",
    "CreateAmenityResponseData": ".create_amenity_response_data",
    "CreateApplicantAppointmentRequest": ".create_applicant_appointment_request",
    "CreateApplicantAppointmentRequestAppointmentType": ".create_applicant_appointment_request_appointment_type",
    "CreateApplicantAppointmentRequestPriority": ".create_applicant_appointment_request_priority",
    "CreateApplicantAppointmentRequestStatus": ".create_applicant_appointment_request_status",
    "CreateApplicantAppointmentResponse": ".create_applicant_appointment_response",
    "CreateApplicantAppointmentResponseData": ".create_applicant_appointment_response_data",
    "CreateApplicantEventRequest": ".create_applicant_event_request",
    "CreateApplicantEventRequestCallStatus": ".create_applicant_event_request_call_status",
    "CreateApplicantEventRequestEventName": ".create_applicant_event_request_event_name",
    "CreateApplicantEventRequestEventType": ".create_applicant_event_request_event_type",
    "CreateApplicantEventRequestStatus": ".create_applicant_event_request_status",
    "CreateApplicantEventResponse": ".create_applicant_event_response",
    "CreateApplicantEventResponseData": ".create_applicant_event_response_data",
    "CreateApplicantRequest": ".create_applicant_request",
    "CreateApplicantRequestAddOnsItem": ".create_applicant_request_add_ons_item",
    "CreateApplicantRequestAddressHistoryItem": ".create_applicant_request_address_history_item",
    "CreateApplicantRequestAddressHistoryItemAddressType": ".create_applicant_request_address_history_item_address_type",
    "CreateApplicantRequestAddressHistoryItemCountry": ".create_applicant_request_address_history_item_country",
    "CreateApplicantRequestAddressHistoryItemManagerType": ".create_applicant_request_address_history_item_manager_type",
    "CreateApplicantRequestAddressHistoryItemState": ".create_applicant_request_address_history_item_state",
    "CreateApplicantRequestApplicantStatus": ".create_applicant_request_applicant_status",
    "CreateApplicantRequestApplicationReferencesItem": ".create_applicant_request_application_references_item",
    "CreateApplicantRequestApplicationStatus": ".create_applicant_request_application_status",
    "CreateApplicantRequestAssistance": ".create_applicant_request_assistance",
    "CreateApplicantRequestAttachmentsItem": ".create_applicant_request_attachments_item",
    "CreateApplicantRequestBankAccountsItem": ".create_applicant_request_bank_accounts_item",
    "CreateApplicantRequestBankAccountsItemAccountType": ".create_applicant_request_bank_accounts_item_account_type",
    "CreateApplicantRequestCreditCardsItem": ".create_applicant_request_credit_cards_item",
    "CreateApplicantRequestCustomData": ".create_applicant_request_custom_data",
    "CreateApplicantRequestEmergencyContactsItem": ".create_applicant_request_emergency_contacts_item",
    "CreateApplicantRequestEmploymentHistoryItem": ".create_applicant_request_employment_history_item",
    "CreateApplicantRequestEventsItem": ".create_applicant_request_events_item",
    "CreateApplicantRequestEventsItemEventName": ".create_applicant_request_events_item_event_name",
    "CreateApplicantRequestMaritalStatus": ".create_applicant_request_marital_status",
    "CreateApplicantRequestOtherIncomeItem": ".create_applicant_request_other_income_item",
    "CreateApplicantRequestOtherOccupantsItem": ".create_applicant_request_other_occupants_item",
    "CreateApplicantRequestOtherOccupantsItemRelationship": ".create_applicant_request_other_occupants_item_relationship",
    "CreateApplicantRequestPetsItem": ".create_applicant_request_pets_item",
    "CreateApplicantRequestPetsItemGender": ".create_applicant_request_pets_item_gender",
    "CreateApplicantRequestPhone1Type": ".create_applicant_request_phone_1_type",
    "CreateApplicantRequestPhone2Type": ".create_applicant_request_phone_2_type",
    "CreateApplicantRequestPhone3Type": ".create_applicant_request_phone_3_type",
    "CreateApplicantRequestStatus": ".create_applicant_request_status",
    "CreateApplicantRequestType": ".create_applicant_request_type",
    "CreateApplicantRequestVehiclesItem": ".create_applicant_request_vehicles_item",
    "CreateApplicantResponse": ".create_applicant_response",
    "CreateApplicantResponseData": ".create_applicant_response_data",
    "CreateApplicationRequest": ".create_application_request",
    "CreateApplicationRequestAddOnsItem": ".create_application_request_add_ons_item",
    "CreateApplicationRequestAddressHistoryItem": ".create_application_request_address_history_item",
    "CreateApplicationRequestAddressHistoryItemCountryType0": ".create_application_request_address_history_item_country_type_0",
    "CreateApplicationRequestAddressHistoryItemState": ".create_application_request_address_history_item_state",
    "CreateApplicationRequestApplicationFeesItem": ".create_application_request_application_fees_item",
    "CreateApplicationRequestApplicationReferencesItem": ".create_application_request_application_references_item",
    "CreateApplicationRequestApplicationStatus": ".create_application_request_application_status",
    "CreateApplicationRequestAssistance": ".create_application_request_assistance",
    "CreateApplicationRequestAttachmentsItem": ".create_application_request_attachments_item",
    "CreateApplicationRequestBankAccountsItem": ".create_application_request_bank_accounts_item",
    "CreateApplicationRequestBankAccountsItemAccountType": ".create_application_request_bank_accounts_item_account_type",
    "CreateApplicationRequestConcessionFeesItem": ".create_application_request_concession_fees_item",
    "CreateApplicationRequestCreditCardsItem": ".create_application_request_credit_cards_item",
    "CreateApplicationRequestEmergencyContactsItem": ".create_application_request_emergency_contacts_item",
    "CreateApplicationRequestEmergencyContactsItemCountryType0": ".create_application_request_emergency_contacts_item_country_type_0",
    "CreateApplicationRequestEmergencyContactsItemRelationship": ".create_application_request_emergency_contacts_item_relationship",
    "CreateApplicationRequestEmergencyContactsItemState": ".create_application_request_emergency_contacts_item_state",
    "CreateApplicationRequestEmploymentHistoryItem": ".create_application_request_employment_history_item",
    "CreateApplicationRequestEmploymentHistoryItemState": ".create_application_request_employment_history_item_state",
    "CreateApplicationRequestMaritalStatus": ".create_application_request_marital_status",
    "CreateApplicationRequestOtherIncomeItem": ".create_application_request_other_income_item",
    "CreateApplicationRequestOtherOccupantsItem": ".create_application_request_other_occupants_item",
    "CreateApplicationRequestOtherOccupantsItemPhone1Type": ".create_application_request_other_occupants_item_phone_1_type",
    "CreateApplicationRequestOtherOccupantsItemPhone2Type": ".create_application_request_other_occupants_item_phone_2_type",
    "CreateApplicationRequestOtherOccupantsItemRelationship": ".create_application_request_other_occupants_item_relationship",
    "CreateApplicationRequestOtherOccupantsItemState": ".create_application_request_other_occupants_item_state",
    "CreateApplicationRequestPetsItem": ".create_application_request_pets_item",
    "CreateApplicationRequestPhone1Type": ".create_application_request_phone_1_type",
    "CreateApplicationRequestPhone2Type": ".create_application_request_phone_2_type",
    "CreateApplicationRequestPhone3Type": ".create_application_request_phone_3_type",
    "CreateApplicationRequestStatus": ".create_application_request_status",
    "CreateApplicationRequestType": ".create_application_request_type",
    "CreateApplicationRequestVehiclesItem": ".create_application_request_vehicles_item",
    "CreateApplicationRequestVehiclesItemLicensePlateState": ".create_application_request_vehicles_item_license_plate_state",
    "CreateApplicationResponse": ".create_application_response",
    "CreateApplicationResponseData": ".create_application_response_data",
    "CreateConstructionJobRequest": ".create_construction_job_request",
    "CreateConstructionJobResponse": ".create_construction_job_response",
    "CreateConstructionJobResponseData": ".create_construction_job_response_data",
    "CreateContractRequest": ".create_contract_request",
    "CreateContractRequestContractDetailsItem": ".create_contract_request_contract_details_item",
    "CreateContractResponse": ".create_contract_response",
    "CreateContractResponseData": ".create_contract_response_data",
    "CreateFileTypeRequest": ".create_file_type_request",
    "CreateFileTypeRequestModel": ".create_file_type_request_model",
    "CreateFileTypeResponse": ".create_file_type_response",
    "CreateFileTypeResponseData": ".create_file_type_response_data",
    "CreateIntegrationPropertyListRequest": ".create_integration_property_list_request",
    "CreateIntegrationPropertyListResponse": ".create_integration_property_list_response",
    "CreateIntegrationRequest": ".create_integration_request",
    "CreateIntegrationRequestBuildium": ".create_integration_request_buildium",
    "CreateIntegrationRequestCredentialsType0": ".create_integration_request_credentials_type_0",
    "CreateIntegrationRequestCustomSyncSchedule": ".create_integration_request_custom_sync_schedule",
    "CreateIntegrationRequestCustomSyncScheduleInterval": ".create_integration_request_custom_sync_schedule_interval",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": ".create_integration_request_custom_sync_schedule_interval_friday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_friday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY": ".create_integration_request_custom_sync_schedule_interval_monday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_monday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": ".create_integration_request_custom_sync_schedule_interval_saturday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_saturday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": ".create_integration_request_custom_sync_schedule_interval_sunday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_sunday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": ".create_integration_request_custom_sync_schedule_interval_thursday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_thursday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": ".create_integration_request_custom_sync_schedule_interval_tuesday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_tuesday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": ".create_integration_request_custom_sync_schedule_interval_wednesday",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".create_integration_request_custom_sync_schedule_interval_wednesday_slots_item",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".create_integration_request_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "CreateIntegrationRequestCustomSyncScheduleTimezone": ".create_integration_request_custom_sync_schedule_timezone",
    "CreateIntegrationRequestCustomSyncScheduleType": ".create_integration_request_custom_sync_schedule_type",
    "CreateIntegrationRequestEntrata": ".create_integration_request_entrata",
    "CreateIntegrationRequestKnock": ".create_integration_request_knock",
    "CreateIntegrationRequestMaxRequestCadence": ".create_integration_request_max_request_cadence",
    "CreateIntegrationRequestMRI": ".create_integration_request_mri",
    "CreateIntegrationRequestPropertywareREST": ".create_integration_request_propertyware_rest",
    "CreateIntegrationRequestPropertywareSOAP": ".create_integration_request_propertyware_soap",
    "CreateIntegrationRequestRealpagePartnerExchange": ".create_integration_request_realpage_partner_exchange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific": ".create_integration_request_realpage_partner_exchange_method_specific",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": ".create_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": ".create_integration_request_realpage_partner_exchange_method_specific_addservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": ".create_integration_request_realpage_partner_exchange_method_specific_getactivitytypes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": ".create_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": ".create_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": ".create_integration_request_realpage_partner_exchange_method_specific_getleaseinfo",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": ".create_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": ".create_integration_request_realpage_partner_exchange_method_specific_getlocationlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": ".create_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": ".create_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": ".create_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": ".create_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": ".create_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": ".create_integration_request_realpage_partner_exchange_method_specific_getresidentledger",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": ".create_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": ".create_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": ".create_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": ".create_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": ".create_integration_request_realpage_partner_exchange_method_specific_getservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": ".create_integration_request_realpage_partner_exchange_method_specific_getsitelist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": ".create_integration_request_realpage_partner_exchange_method_specific_getsubscriptions",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": ".create_integration_request_realpage_partner_exchange_method_specific_getunitlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": ".create_integration_request_realpage_partner_exchange_method_specific_getunits",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": ".create_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": ".create_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": ".create_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": ".create_integration_request_realpage_partner_exchange_method_specific_insertactivity",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": ".create_integration_request_realpage_partner_exchange_method_specific_insertfollowup",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": ".create_integration_request_realpage_partner_exchange_method_specific_insertprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": ".create_integration_request_realpage_partner_exchange_method_specific_postsinglecharge",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": ".create_integration_request_realpage_partner_exchange_method_specific_prospectsearch",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": ".create_integration_request_realpage_partner_exchange_method_specific_transactioncodes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": ".create_integration_request_realpage_partner_exchange_method_specific_unitlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": ".create_integration_request_realpage_partner_exchange_method_specific_updateprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": ".create_integration_request_realpage_partner_exchange_method_specific_updateservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": ".create_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus",
    "CreateIntegrationRequestRealpageRegisteredVendor": ".create_integration_request_realpage_registered_vendor",
    "CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials": ".create_integration_request_realpage_registered_vendor_ftp_credentials",
    "CreateIntegrationRequestRentManagerProduction": ".create_integration_request_rent_manager_production",
    "CreateIntegrationRequestRentManagerSandbox": ".create_integration_request_rent_manager_sandbox",
    "CreateIntegrationRequestRentvine": ".create_integration_request_rentvine",
    "CreateIntegrationRequestResman": ".create_integration_request_resman",
    "CreateIntegrationRequestSample1": ".create_integration_request_sample_1",
    "CreateIntegrationRequestSample1CommonData": ".create_integration_request_sample_1_common_data",
    "CreateIntegrationRequestSample1GuestCard": ".create_integration_request_sample_1_guest_card",
    "CreateIntegrationRequestSample1JobCost": ".create_integration_request_sample_1_job_cost",
    "CreateIntegrationRequestSample1ResidentTransactions": ".create_integration_request_sample_1_resident_transactions",
    "CreateIntegrationRequestSample1ServiceRequests": ".create_integration_request_sample_1_service_requests",
    "CreateIntegrationRequestSample1VendorInvoicing": ".create_integration_request_sample_1_vendor_invoicing",
    "CreateIntegrationRequestSample2": ".create_integration_request_sample_2",
    "CreateIntegrationRequestSyncCadence": ".create_integration_request_sync_cadence",
    "CreateIntegrationRequestSystem": ".create_integration_request_system",
    "CreateIntegrationResponse": ".create_integration_response",
    "CreateIntegrationResponseResult": ".create_integration_response_result",
    "CreateIntegrationResponseResultCustomSyncSchedule": ".create_integration_response_result_custom_sync_schedule",
    "CreateIntegrationResponseResultCustomSyncScheduleInterval": ".create_integration_response_result_custom_sync_schedule_interval",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": ".create_integration_response_result_custom_sync_schedule_interval_friday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_friday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": ".create_integration_response_result_custom_sync_schedule_interval_monday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_monday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": ".create_integration_response_result_custom_sync_schedule_interval_saturday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_saturday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": ".create_integration_response_result_custom_sync_schedule_interval_sunday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_sunday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": ".create_integration_response_result_custom_sync_schedule_interval_thursday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_thursday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": ".create_integration_response_result_custom_sync_schedule_interval_tuesday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_tuesday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": ".create_integration_response_result_custom_sync_schedule_interval_wednesday",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".create_integration_response_result_custom_sync_schedule_interval_wednesday_slots_item",
    "CreateIntegrationResponseResultCustomSyncScheduleTimezone": ".create_integration_response_result_custom_sync_schedule_timezone",
    "CreateIntegrationResponseResultPingResults": ".create_integration_response_result_ping_results",
    "CreateIntegrationResponseResultVendor": ".create_integration_response_result_vendor",
    "CreateInvoiceRequest": ".create_invoice_request",
    "CreateInvoiceRequestAttachmentsItem": ".create_invoice_request_attachments_item",
    "CreateInvoiceRequestInvoiceItemsItem": ".create_invoice_request_invoice_items_item",
    "CreateInvoiceResponse": ".create_invoice_response",
    "CreateInvoiceResponseData": ".create_invoice_response_data",
    "CreateLeadAppointmentRequest": ".create_lead_appointment_request",
    "CreateLeadAppointmentRequestAppointmentType": ".create_lead_appointment_request_appointment_type",
    "CreateLeadAppointmentRequestPriority": ".create_lead_appointment_request_priority",
    "CreateLeadAppointmentRequestStatus": ".create_lead_appointment_request_status",
    "CreateLeadAppointmentResponse": ".create_lead_appointment_response",
    "CreateLeadAppointmentResponseData": ".create_lead_appointment_response_data",
    "CreateLeadEventRequest": ".create_lead_event_request",
    "CreateLeadEventRequestCallStatus": ".create_lead_event_request_call_status",
    "CreateLeadEventRequestEventName": ".create_lead_event_request_event_name",
    "CreateLeadEventRequestStatus": ".create_lead_event_request_status",
    "CreateLeadEventResponse": ".create_lead_event_response",
    "CreateLeadEventResponseData": ".create_lead_event_response_data",
    "CreateLeadRequest": ".create_lead_request",
    "CreateLeadRequestApplicantStatus": ".create_lead_request_applicant_status",
    "CreateLeadRequestEventsItem": ".create_lead_request_events_item",
    "CreateLeadRequestEventsItemEventName": ".create_lead_request_events_item_event_name",
    "CreateLeadRequestPhone1Type": ".create_lead_request_phone_1_type",
    "CreateLeadRequestPhone2Type": ".create_lead_request_phone_2_type",
    "CreateLeadRequestStatus": ".create_lead_request_status",
    "CreateLeadResponse": ".create_lead_response",
    "CreateLeadResponseData": ".create_lead_response_data",
    "CreateLeaseRequest": ".create_lease_request",
    "CreateLeaseRequestAddressHistoryItem": ".create_lease_request_address_history_item",
    "CreateLeaseRequestAddressHistoryItemCountryType0": ".create_lease_request_address_history_item_country_type_0",
    "CreateLeaseRequestAddressHistoryItemState": ".create_lease_request_address_history_item_state",
    "CreateLeaseRequestApplicationFeesItem": ".create_lease_request_application_fees_item",
    "CreateLeaseRequestConcessionFeesItem": ".create_lease_request_concession_fees_item",
    "CreateLeaseRequestCountry": ".create_lease_request_country",
    "CreateLeaseRequestCountryAlternate": ".create_lease_request_country_alternate",
    "CreateLeaseRequestEmergencyContactsItem": ".create_lease_request_emergency_contacts_item",
    "CreateLeaseRequestEmergencyContactsItemCountryType0": ".create_lease_request_emergency_contacts_item_country_type_0",
    "CreateLeaseRequestEmergencyContactsItemRelationship": ".create_lease_request_emergency_contacts_item_relationship",
    "CreateLeaseRequestEmergencyContactsItemState": ".create_lease_request_emergency_contacts_item_state",
    "CreateLeaseRequestEmploymentHistoryItem": ".create_lease_request_employment_history_item",
    "CreateLeaseRequestEmploymentHistoryItemState": ".create_lease_request_employment_history_item_state",
    "CreateLeaseRequestMaritalStatus": ".create_lease_request_marital_status",
    "CreateLeaseRequestOtherIncomeItem": ".create_lease_request_other_income_item",
    "CreateLeaseRequestOtherOccupantsItem": ".create_lease_request_other_occupants_item",
    "CreateLeaseRequestOtherOccupantsItemPhone1Type": ".create_lease_request_other_occupants_item_phone_1_type",
    "CreateLeaseRequestOtherOccupantsItemPhone2Type": ".create_lease_request_other_occupants_item_phone_2_type",
    "CreateLeaseRequestOtherOccupantsItemRelationship": ".create_lease_request_other_occupants_item_relationship",
    "CreateLeaseRequestOtherOccupantsItemState": ".create_lease_request_other_occupants_item_state",
    "CreateLeaseRequestPetsItem": ".create_lease_request_pets_item",
    "CreateLeaseRequestPhone1Type": ".create_lease_request_phone_1_type",
    "CreateLeaseRequestPhone2Type": ".create_lease_request_phone_2_type",
    "CreateLeaseRequestRecurringResidentChargesItem": ".create_lease_request_recurring_resident_charges_item",
    "CreateLeaseRequestRentCycle": ".create_lease_request_rent_cycle",
    "CreateLeaseRequestResidentChargesItem": ".create_lease_request_resident_charges_item",
    "CreateLeaseRequestStatus": ".create_lease_request_status",
    "CreateLeaseRequestTenantsItem": ".create_lease_request_tenants_item",
    "CreateLeaseRequestType": ".create_lease_request_type",
    "CreateLeaseRequestVehiclesItem": ".create_lease_request_vehicles_item",
    "CreateLeaseResponse": ".create_lease_response",
    "CreateLeaseResponseData": ".create_lease_response_data",
    "CreateListingRequest": ".create_listing_request",
    "CreateListingRequestCustomData": ".create_listing_request_custom_data",
    "CreateListingResponse": ".create_listing_response",
    "CreateListingResponseData": ".create_listing_response_data",
    "CreatePayableRegisterRequest": ".create_payable_register_request",
    "CreatePayableRegisterRequestInvoiceStatus": ".create_payable_register_request_invoice_status",
    "CreatePayableRegisterRequestPayableRegisterItemsItem": ".create_payable_register_request_payable_register_items_item",
    "CreatePayableRegisterResponse": ".create_payable_register_response",
    "CreatePayableRegisterResponseData": ".create_payable_register_response_data",
    "CreatePropertyAmenitiesRequest": ".create_property_amenities_request",
    "CreatePropertyAmenitiesRequestCustomData": ".create_property_amenities_request_custom_data",
    "CreatePropertyAmenitiesRequestVendor": ".create_property_amenities_request_vendor",
    "CreatePropertyAmenitiesResponse": ".create_property_amenities_response",
    "CreatePropertyAmenitiesResponseData": ".create_property_amenities_response_data",
    "CreatePropertyRequest": ".create_property_request",
    "CreatePropertyRequestCategory": ".create_property_request_category",
    "CreatePropertyRequestType": ".create_property_request_type",
    "CreatePropertyResponse": ".create_property_response",
    "CreatePropertyResponseData": ".create_property_response_data",
    "CreatePurchaseOrderRequest": ".create_purchase_order_request",
    "CreatePurchaseOrderRequestBillingStateType0": ".create_purchase_order_request_billing_state_type_0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0": ".create_purchase_order_request_purchase_order_items_item_type_0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1": ".create_purchase_order_request_purchase_order_items_item_type_1",
    "CreatePurchaseOrderRequestShippingStateType0": ".create_purchase_order_request_shipping_state_type_0",
    "CreatePurchaseOrderResponse": ".create_purchase_order_response",
    "CreatePurchaseOrderResponseData": ".create_purchase_order_response_data",
    "CreateRecurringResidentChargeRentmanagerRequest": ".create_recurring_resident_charge_rentmanager_request",
    "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized": ".create_recurring_resident_charge_rentmanager_request_frequency_normalized",
    "CreateRecurringResidentChargeRentmanagerResponse": ".create_recurring_resident_charge_rentmanager_response",
    "CreateRecurringResidentChargeRentmanagerResponseMeta": ".create_recurring_resident_charge_rentmanager_response_meta",
    "CreateRecurringResidentChargeRequest": ".create_recurring_resident_charge_request",
    "CreateRecurringResidentChargeRequestFrequencyNormalized": ".create_recurring_resident_charge_request_frequency_normalized",
    "CreateRecurringResidentChargeResponse": ".create_recurring_resident_charge_response",
    "CreateRecurringResidentChargeResponseData": ".create_recurring_resident_charge_response_data",
    "CreateResidentAppointmentRequest": ".create_resident_appointment_request",
    "CreateResidentAppointmentRequestStatus": ".create_resident_appointment_request_status",
    "CreateResidentAppointmentResponse": ".create_resident_appointment_response",
    "CreateResidentAppointmentResponseData": ".create_resident_appointment_response_data",
    "CreateResidentChargeRentmanagerRequest": ".create_resident_charge_rentmanager_request",
    "CreateResidentChargeRentmanagerResponse": ".create_resident_charge_rentmanager_response",
    "CreateResidentChargeRentmanagerResponseMeta": ".create_resident_charge_rentmanager_response_meta",
    "CreateResidentChargeRequest": ".create_resident_charge_request",
    "CreateResidentChargeResponse": ".create_resident_charge_response",
    "CreateResidentChargeResponseData": ".create_resident_charge_response_data",
    "CreateResidentCreditRentmanagerRequest": ".create_resident_credit_rentmanager_request",
    "CreateResidentCreditRentmanagerResponse": ".create_resident_credit_rentmanager_response",
    "CreateResidentCreditRentmanagerResponseMeta": ".create_resident_credit_rentmanager_response_meta",
    "CreateResidentCreditRequest": ".create_resident_credit_request",
    "CreateResidentCreditResponse": ".create_resident_credit_response",
    "CreateResidentCreditResponseData": ".create_resident_credit_response_data",
    "CreateResidentEventRequest": ".create_resident_event_request",
    "CreateResidentEventRequestCallStatus": ".create_resident_event_request_call_status",
    "CreateResidentEventRequestEventType": ".create_resident_event_request_event_type",
    "CreateResidentEventRequestStatus": ".create_resident_event_request_status",
    "CreateResidentEventResponse": ".create_resident_event_response",
    "CreateResidentEventResponseData": ".create_resident_event_response_data",
    "CreateResidentPaymentRentmanagerRequest": ".create_resident_payment_rentmanager_request",
    "CreateResidentPaymentRentmanagerResponse": ".create_resident_payment_rentmanager_response",
    "CreateResidentPaymentRentmanagerResponseMeta": ".create_resident_payment_rentmanager_response_meta",
    "CreateResidentPaymentRequest": ".create_resident_payment_request",
    "CreateResidentPaymentRequestPaymentType": ".create_resident_payment_request_payment_type",
    "CreateResidentPaymentResponse": ".create_resident_payment_response",
    "CreateResidentPaymentResponseData": ".create_resident_payment_response_data",
    "CreateResidentPetRequest": ".create_resident_pet_request",
    "CreateResidentPetResponse": ".create_resident_pet_response",
    "CreateResidentPetResponseData": ".create_resident_pet_response_data",
    "CreateResidentRequest": ".create_resident_request",
    "CreateResidentRequestAttachmentsItem": ".create_resident_request_attachments_item",
    "CreateResidentRequestAttachmentsItemFileType": ".create_resident_request_attachments_item_file_type",
    "CreateResidentRequestCountryAlternate": ".create_resident_request_country_alternate",
    "CreateResidentRequestCountryType0": ".create_resident_request_country_type_0",
    "CreateResidentRequestCustomData": ".create_resident_request_custom_data",
    "CreateResidentRequestPhone1Type": ".create_resident_request_phone_1_type",
    "CreateResidentRequestPhone2Type": ".create_resident_request_phone_2_type",
    "CreateResidentRequestRentPeriod": ".create_resident_request_rent_period",
    "CreateResidentResponse": ".create_resident_response",
    "CreateResidentResponseData": ".create_resident_response_data",
    "CreateServiceRequestHistoryRequest": ".create_service_request_history_request",
    "CreateServiceRequestHistoryRequestAttachment": ".create_service_request_history_request_attachment",
    "CreateServiceRequestHistoryRequestStatusRaw": ".create_service_request_history_request_status_raw",
    "CreateServiceRequestHistoryResponse": ".create_service_request_history_response",
    "CreateServiceRequestHistoryResponseData": ".create_service_request_history_response_data",
    "CreateServiceRequestRequest": ".create_service_request_request",
    "CreateServiceRequestRequestAccessIsAuthorizedValue": ".create_service_request_request_access_is_authorized_value",
    "CreateServiceRequestRequestServiceCategory": ".create_service_request_request_service_category",
    "CreateServiceRequestRequestServicePriority": ".create_service_request_request_service_priority",
    "CreateServiceRequestRequestServiceStatus": ".create_service_request_request_service_status",
    "CreateServiceRequestRequestStatusRaw": ".create_service_request_request_status_raw",
    "CreateServiceRequestResponse": ".create_service_request_response",
    "CreateServiceRequestResponseData": ".create_service_request_response_data",
    "CreateUnitAmenitiesRequest": ".create_unit_amenities_request",
    "CreateUnitAmenitiesRequestCustomData": ".create_unit_amenities_request_custom_data",
    "CreateUnitAmenitiesRequestVendor": ".create_unit_amenities_request_vendor",
    "CreateUnitAmenitiesResponse": ".create_unit_amenities_response",
    "CreateUnitAmenitiesResponseData": ".create_unit_amenities_response_data",
    "CreateUnitRequest": ".create_unit_request",
    "CreateUnitRequestCategory": ".create_unit_request_category",
    "CreateUnitRequestType": ".create_unit_request_type",
    "CreateUnitResponse": ".create_unit_response",
    "CreateUnitResponseData": ".create_unit_response_data",
    "CreateVendorRequest": ".create_vendor_request",
    "CreateVendorRequestPhone1Type": ".create_vendor_request_phone_1_type",
    "CreateVendorRequestPhone2Type": ".create_vendor_request_phone_2_type",
    "CreateVendorRequestTaxPayerType": ".create_vendor_request_tax_payer_type",
    "CreateVendorResponse": ".create_vendor_response",
    "CreateVendorResponseData": ".create_vendor_response_data",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWebhookRequestHeadersItem": ".create_webhook_request_headers_item",
    "CreateWebhookRequestModel": ".create_webhook_request_model",
    "CreateWebhookRequestTriggersItem": ".create_webhook_request_triggers_item",
    "CreateWebhookResponse": ".create_webhook_response",
    "CreateWebhookResponseResult": ".create_webhook_response_result",
    "CreateWebhookResponseResultHeadersType0Item": ".create_webhook_response_result_headers_type_0_item",
    "CreateWebhookResponseResultTriggersItem": ".create_webhook_response_result_triggers_item",
    "DataDiff": ".data_diff",
    "DataDiffDataDiff": ".data_diff_data_diff",
    "DataDiffEventType": ".data_diff_event_type",
    "DayOfWeek": ".day_of_week",
    "DeleteIntegrationRequest": ".delete_integration_request",
    "DeleteIntegrationResponse": ".delete_integration_response",
    "DeleteWebhookRequest": ".delete_webhook_request",
    "DeleteWebhookResponse": ".delete_webhook_response",
    "DeleteWebhookResponseResult": ".delete_webhook_response_result",
    "Deposit": ".deposit",
    "DepositCustomDataType0": ".deposit_custom_data_type_0",
    "DepositIntegrationDataType0": ".deposit_integration_data_type_0",
    "DepositSummary": ".deposit_summary",
    "DepositSummaryCustomDataType0": ".deposit_summary_custom_data_type_0",
    "DepositSummaryIntegrationDataType0": ".deposit_summary_integration_data_type_0",
    "Employee": ".employee",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorDetails": ".error_response_error_details",
    "Event": ".event",
    "EventResult": ".event_result",
    "EventSubType": ".event_sub_type",
    "EventType": ".event_type",
    "Fee": ".fee",
    "FeeCustomDataType0": ".fee_custom_data_type_0",
    "FileType": ".file_type",
    "FinancialAccount": ".financial_account",
    "FinancialAccountCustomDataType0": ".financial_account_custom_data_type_0",
    "FloorPlan": ".floor_plan",
    "FloorPlanCustomDataType0": ".floor_plan_custom_data_type_0",
    "FromInterfaces": ".from_interfaces",
    "GetAccountingEntityRequest": ".get_accounting_entity_request",
    "GetAccountingEntityResponse": ".get_accounting_entity_response",
    "GetAddressTypeRequest": ".get_address_type_request",
    "GetAddressTypeResponse": ".get_address_type_response",
    "GetAmenityRequest": ".get_amenity_request",
    "GetAmenityResponse": ".get_amenity_response",
    "GetApplicantRequest": ".get_applicant_request",
    "GetApplicantResponse": ".get_applicant_response",
    "GetApplicationRequest": ".get_application_request",
    "GetApplicationResponse": ".get_application_response",
    "GetApplicationStatusRequest": ".get_application_status_request",
    "GetApplicationStatusResponse": ".get_application_status_response",
    "GetApplicationTemplateRequest": ".get_application_template_request",
    "GetApplicationTemplateResponse": ".get_application_template_response",
    "GetCallLogRequest": ".get_call_log_request",
    "GetCallLogResponse": ".get_call_log_response",
    "GetChargeCodeRequest": ".get_charge_code_request",
    "GetChargeCodeResponse": ".get_charge_code_response",
    "GetConcessionRequest": ".get_concession_request",
    "GetConcessionResponse": ".get_concession_response",
    "GetConstructionJobRequest": ".get_construction_job_request",
    "GetConstructionJobResponse": ".get_construction_job_response",
    "GetDepositRequest": ".get_deposit_request",
    "GetDepositResponse": ".get_deposit_response",
    "GetDepositSummaryRequest": ".get_deposit_summary_request",
    "GetDepositSummaryResponse": ".get_deposit_summary_response",
    "GetEmployeeRequest": ".get_employee_request",
    "GetEmployeeResponse": ".get_employee_response",
    "GetEventRequest": ".get_event_request",
    "GetEventResponse": ".get_event_response",
    "GetEventResultRequest": ".get_event_result_request",
    "GetEventResultResponse": ".get_event_result_response",
    "GetEventSubTypeRequest": ".get_event_sub_type_request",
    "GetEventSubTypeResponse": ".get_event_sub_type_response",
    "GetEventTypeRequest": ".get_event_type_request",
    "GetEventTypeResponse": ".get_event_type_response",
    "GetFeeRequest": ".get_fee_request",
    "GetFeeResponse": ".get_fee_response",
    "GetFileTypeRequest": ".get_file_type_request",
    "GetFileTypeResponse": ".get_file_type_response",
    "GetFinancialAccountRequest": ".get_financial_account_request",
    "GetFinancialAccountResponse": ".get_financial_account_response",
    "GetFloorPlanRequest": ".get_floor_plan_request",
    "GetFloorPlanResponse": ".get_floor_plan_response",
    "GetIntegrationDataAccessRequest": ".get_integration_data_access_request",
    "GetIntegrationDataAccessResponse": ".get_integration_data_access_response",
    "GetIntegrationDataAccessResponseResult": ".get_integration_data_access_response_result",
    "GetIntegrationDataAccessResponseResultModels": ".get_integration_data_access_response_result_models",
    "GetIntegrationDataAccessResponseResultModelsAdditionalProperty": ".get_integration_data_access_response_result_models_additional_property",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0": ".get_integration_data_access_response_result_models_additional_property_create_type_0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0Status": ".get_integration_data_access_response_result_models_additional_property_create_type_0_status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1": ".get_integration_data_access_response_result_models_additional_property_create_type_1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2": ".get_integration_data_access_response_result_models_additional_property_create_type_2",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0": ".get_integration_data_access_response_result_models_additional_property_read_type_0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0Status": ".get_integration_data_access_response_result_models_additional_property_read_type_0_status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1": ".get_integration_data_access_response_result_models_additional_property_read_type_1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2": ".get_integration_data_access_response_result_models_additional_property_read_type_2",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0": ".get_integration_data_access_response_result_models_additional_property_update_type_0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status": ".get_integration_data_access_response_result_models_additional_property_update_type_0_status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1": ".get_integration_data_access_response_result_models_additional_property_update_type_1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2": ".get_integration_data_access_response_result_models_additional_property_update_type_2",
    "GetIntegrationJobScheduleRequest": ".get_integration_job_schedule_request",
    "GetIntegrationJobScheduleResponse": ".get_integration_job_schedule_response",
    "GetIntegrationRequest": ".get_integration_request",
    "GetIntegrationResponse": ".get_integration_response",
    "GetIntegrationResponseResultsType0": ".get_integration_response_results_type_0",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItem": ".get_integration_response_results_type_0_configuration_meta_data_item",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData": ".get_integration_response_results_type_0_configuration_meta_data_item_configuration_data",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0": ".get_integration_response_results_type_0_configuration_meta_data_item_custom_data_type_0",
    "GetIntegrationResponseResultsType0IntegrationInterfacesItem": ".get_integration_response_results_type_0_integration_interfaces_item",
    "GetIntegrationResponseResultsType0Models": ".get_integration_response_results_type_0_models",
    "GetIntegrationResponseResultsType0ModelsAdditionalProperty": ".get_integration_response_results_type_0_models_additional_property",
    "GetIntegrationResponseResultsType0Vendor": ".get_integration_response_results_type_0_vendor",
    "GetInvoiceRequest": ".get_invoice_request",
    "GetInvoiceResponse": ".get_invoice_response",
    "GetJobLogDataLinkRequest": ".get_job_log_data_link_request",
    "GetJobLogDataLinkResponse": ".get_job_log_data_link_response",
    "GetJobLogRequest": ".get_job_log_request",
    "GetJobLogResponse": ".get_job_log_response",
    "GetLeadRequest": ".get_lead_request",
    "GetLeadResponse": ".get_lead_response",
    "GetLeadSourceRequest": ".get_lead_source_request",
    "GetLeadSourceResponse": ".get_lead_source_response",
    "GetLeaseRequest": ".get_lease_request",
    "GetLeaseResponse": ".get_lease_response",
    "GetLeaseTransferRequest": ".get_lease_transfer_request",
    "GetLeaseTransferResponse": ".get_lease_transfer_response",
    "GetListingRequest": ".get_listing_request",
    "GetListingResponse": ".get_listing_response",
    "GetNormalizationMappingsRequest": ".get_normalization_mappings_request",
    "GetNormalizationMappingsResponse": ".get_normalization_mappings_response",
    "GetNormalizationMappingsResponseResults": ".get_normalization_mappings_response_results",
    "GetNormalizationMappingsResponseResultsMappings": ".get_normalization_mappings_response_results_mappings",
    "GetNoteCategoryRequest": ".get_note_category_request",
    "GetNoteCategoryResponse": ".get_note_category_response",
    "GetOwnerRequest": ".get_owner_request",
    "GetOwnerResponse": ".get_owner_response",
    "GetPayableRegisterRequest": ".get_payable_register_request",
    "GetPayableRegisterResponse": ".get_payable_register_response",
    "GetPropertyListRequest": ".get_property_list_request",
    "GetPropertyListResponse": ".get_property_list_response",
    "GetPropertyRequest": ".get_property_request",
    "GetPropertyResponse": ".get_property_response",
    "GetPurchaseOrderRequest": ".get_purchase_order_request",
    "GetPurchaseOrderResponse": ".get_purchase_order_response",
    "GetRecurringResidentChargeRequest": ".get_recurring_resident_charge_request",
    "GetRecurringResidentChargeResponse": ".get_recurring_resident_charge_response",
    "GetRentableItemRequest": ".get_rentable_item_request",
    "GetRentableItemResponse": ".get_rentable_item_response",
    "GetResidentChargeRequest": ".get_resident_charge_request",
    "GetResidentChargeResponse": ".get_resident_charge_response",
    "GetResidentInsuranceRequest": ".get_resident_insurance_request",
    "GetResidentInsuranceResponse": ".get_resident_insurance_response",
    "GetResidentPaymentRequest": ".get_resident_payment_request",
    "GetResidentPaymentResponse": ".get_resident_payment_response",
    "GetResidentRequest": ".get_resident_request",
    "GetResidentResponse": ".get_resident_response",
    "GetServiceRequestCategoryRequest": ".get_service_request_category_request",
    "GetServiceRequestCategoryResponse": ".get_service_request_category_response",
    "GetServiceRequestHistoryRequest": ".get_service_request_history_request",
    "GetServiceRequestHistoryResponse": ".get_service_request_history_response",
    "GetServiceRequestLocationIntegrationVendor": ".get_service_request_location_integration_vendor",
    "GetServiceRequestLocationRequest": ".get_service_request_location_request",
    "GetServiceRequestLocationResponse": ".get_service_request_location_response",
    "GetServiceRequestPriorityRequest": ".get_service_request_priority_request",
    "GetServiceRequestPriorityResponse": ".get_service_request_priority_response",
    "GetServiceRequestProblemIntegrationVendor": ".get_service_request_problem_integration_vendor",
    "GetServiceRequestProblemRequest": ".get_service_request_problem_request",
    "GetServiceRequestProblemResponse": ".get_service_request_problem_response",
    "GetServiceRequestRequest": ".get_service_request_request",
    "GetServiceRequestResponse": ".get_service_request_response",
    "GetServiceRequestStatusRequest": ".get_service_request_status_request",
    "GetServiceRequestStatusResponse": ".get_service_request_status_response",
    "GetUnitDetailRequest": ".get_unit_detail_request",
    "GetUnitDetailResponse": ".get_unit_detail_response",
    "GetUnitRequest": ".get_unit_request",
    "GetUnitResponse": ".get_unit_response",
    "GetUnitTypeRequest": ".get_unit_type_request",
    "GetUnitTypeResponse": ".get_unit_type_response",
    "GetUserRequest": ".get_user_request",
    "GetUserResponse": ".get_user_response",
    "GetUserResponseResultsType0": ".get_user_response_results_type_0",
    "GetVendorRequest": ".get_vendor_request",
    "GetVendorResponse": ".get_vendor_response",
    "GetWebhookRequest": ".get_webhook_request",
    "GetWebhookResponse": ".get_webhook_response",
    "GetWriteStatusRequest": ".get_write_status_request",
    "GetWriteStatusResponse": ".get_write_status_response",
    "IncomeSource": ".income_source",
    "Integration": ".integration",
    "IntegrationConfigurationMetaDataItem": ".integration_configuration_meta_data_item",
    "IntegrationConfigurationMetaDataItemConfigurationData": ".integration_configuration_meta_data_item_configuration_data",
    "IntegrationConfigurationMetaDataItemCustomDataType0": ".integration_configuration_meta_data_item_custom_data_type_0",
    "IntegrationIntegrationInterfacesItem": ".integration_integration_interfaces_item",
    "IntegrationJobSchedule": ".integration_job_schedule",
    "IntegrationJobScheduleParameters": ".integration_job_schedule_parameters",
    "IntegrationJobScheduleStatus": ".integration_job_schedule_status",
    "IntegrationModels": ".integration_models",
    "IntegrationModelsAdditionalProperty": ".integration_models_additional_property",
    "IntegrationProperty": ".integration_property",
    "IntegrationPropertyList": ".integration_property_list",
    "IntegrationVendor": ".integration_vendor",
    "IntegrationVendorEnum": ".integration_vendor_enum",
    "InterfaceName": ".interface_name",
    "Invoice": ".invoice",
    "InvoiceCustomDataType0": ".invoice_custom_data_type_0",
    "InvoiceInvoiceItemsItem": ".invoice_invoice_items_item",
    "JobLog": ".job_log",
    "Lead": ".lead",
    "LeadCustomDataType0": ".lead_custom_data_type_0",
    "LeadPetsItem": ".lead_pets_item",
    "LeadPetsItemCustomDataType0": ".lead_pets_item_custom_data_type_0",
    "LeadRelationship": ".lead_relationship",
    "LeadScreeningsItem": ".lead_screenings_item",
    "LeadSource": ".lead_source",
    "Lease": ".lease",
    "LeaseCustomDataType0": ".lease_custom_data_type_0",
    "LeaseResidentsMetaDataItem": ".lease_residents_meta_data_item",
    "LeaseResidentsMetaDataItemCustomDataType0": ".lease_residents_meta_data_item_custom_data_type_0",
    "LeaseServicesItem": ".lease_services_item",
    "LeaseStatusNormalized": ".lease_status_normalized",
    "LeaseTransfer": ".lease_transfer",
    "ListAccountingEntitiesIntegrationVendor": ".list_accounting_entities_integration_vendor",
    "ListAccountingEntitiesRequest": ".list_accounting_entities_request",
    "ListAccountingEntitiesResponse": ".list_accounting_entities_response",
    "ListAddressTypesIntegrationVendor": ".list_address_types_integration_vendor",
    "ListAddressTypesRequest": ".list_address_types_request",
    "ListAddressTypesResponse": ".list_address_types_response",
    "ListAmenitiesIntegrationVendor": ".list_amenities_integration_vendor",
    "ListAmenitiesRequest": ".list_amenities_request",
    "ListAmenitiesResponse": ".list_amenities_response",
    "ListApplicantRentableItemsIntegrationVendor": ".list_applicant_rentable_items_integration_vendor",
    "ListApplicantRentableItemsRequest": ".list_applicant_rentable_items_request",
    "ListApplicantRentableItemsResponse": ".list_applicant_rentable_items_response",
    "ListApplicantsIntegrationVendor": ".list_applicants_integration_vendor",
    "ListApplicantsRequest": ".list_applicants_request",
    "ListApplicantsResponse": ".list_applicants_response",
    "ListApplicationStatusesIntegrationVendor": ".list_application_statuses_integration_vendor",
    "ListApplicationStatusesRequest": ".list_application_statuses_request",
    "ListApplicationStatusesResponse": ".list_application_statuses_response",
    "ListApplicationTemplatesIntegrationVendor": ".list_application_templates_integration_vendor",
    "ListApplicationTemplatesRequest": ".list_application_templates_request",
    "ListApplicationTemplatesResponse": ".list_application_templates_response",
    "ListApplicationsIntegrationVendor": ".list_applications_integration_vendor",
    "ListApplicationsRequest": ".list_applications_request",
    "ListApplicationsResponse": ".list_applications_response",
    "ListAppointmentsIntegrationVendor": ".list_appointments_integration_vendor",
    "ListAppointmentsRequest": ".list_appointments_request",
    "ListAppointmentsResponse": ".list_appointments_response",
    "ListCallLogsIntegrationVendor": ".list_call_logs_integration_vendor",
    "ListCallLogsRequest": ".list_call_logs_request",
    "ListCallLogsResponse": ".list_call_logs_response",
    "ListChargeCodesIntegrationVendor": ".list_charge_codes_integration_vendor",
    "ListChargeCodesRequest": ".list_charge_codes_request",
    "ListChargeCodesResponse": ".list_charge_codes_response",
    "ListConcessionsIntegrationVendor": ".list_concessions_integration_vendor",
    "ListConcessionsRequest": ".list_concessions_request",
    "ListConcessionsResponse": ".list_concessions_response",
    "ListConstructionJobContractsIntegrationVendor": ".list_construction_job_contracts_integration_vendor",
    "ListConstructionJobContractsRequest": ".list_construction_job_contracts_request",
    "ListConstructionJobContractsResponse": ".list_construction_job_contracts_response",
    "ListConstructionJobDetailsIntegrationVendor": ".list_construction_job_details_integration_vendor",
    "ListConstructionJobDetailsRequest": ".list_construction_job_details_request",
    "ListConstructionJobDetailsResponse": ".list_construction_job_details_response",
    "ListConstructionJobsIntegrationVendor": ".list_construction_jobs_integration_vendor",
    "ListConstructionJobsRequest": ".list_construction_jobs_request",
    "ListConstructionJobsResponse": ".list_construction_jobs_response",
    "ListContractDetailsIntegrationVendor": ".list_contract_details_integration_vendor",
    "ListContractDetailsRequest": ".list_contract_details_request",
    "ListContractDetailsResponse": ".list_contract_details_response",
    "ListDataDiffsIntegrationVendor": ".list_data_diffs_integration_vendor",
    "ListDataDiffsRequest": ".list_data_diffs_request",
    "ListDataDiffsResponse": ".list_data_diffs_response",
    "ListDepositSummariesIntegrationVendor": ".list_deposit_summaries_integration_vendor",
    "ListDepositSummariesRequest": ".list_deposit_summaries_request",
    "ListDepositSummariesResponse": ".list_deposit_summaries_response",
    "ListDepositsIntegrationVendor": ".list_deposits_integration_vendor",
    "ListDepositsRequest": ".list_deposits_request",
    "ListDepositsResponse": ".list_deposits_response",
    "ListEmployeesIntegrationVendor": ".list_employees_integration_vendor",
    "ListEmployeesRequest": ".list_employees_request",
    "ListEmployeesResponse": ".list_employees_response",
    "ListEventResultsIntegrationVendor": ".list_event_results_integration_vendor",
    "ListEventResultsRequest": ".list_event_results_request",
    "ListEventResultsResponse": ".list_event_results_response",
    "ListEventSubTypesIntegrationVendor": ".list_event_sub_types_integration_vendor",
    "ListEventSubTypesRequest": ".list_event_sub_types_request",
    "ListEventSubTypesResponse": ".list_event_sub_types_response",
    "ListEventTypesIntegrationVendor": ".list_event_types_integration_vendor",
    "ListEventTypesRequest": ".list_event_types_request",
    "ListEventTypesResponse": ".list_event_types_response",
    "ListEventsIntegrationVendor": ".list_events_integration_vendor",
    "ListEventsRequest": ".list_events_request",
    "ListEventsResponse": ".list_events_response",
    "ListFeesRequest": ".list_fees_request",
    "ListFeesResponse": ".list_fees_response",
    "ListFileTypesIntegrationVendor": ".list_file_types_integration_vendor",
    "ListFileTypesRequest": ".list_file_types_request",
    "ListFileTypesResponse": ".list_file_types_response",
    "ListFinancialAccountsIntegrationVendor": ".list_financial_accounts_integration_vendor",
    "ListFinancialAccountsRequest": ".list_financial_accounts_request",
    "ListFinancialAccountsResponse": ".list_financial_accounts_response",
    "ListFloorPlansIntegrationVendor": ".list_floor_plans_integration_vendor",
    "ListFloorPlansRequest": ".list_floor_plans_request",
    "ListFloorPlansResponse": ".list_floor_plans_response",
    "ListIntegrationJobSchedulesRequest": ".list_integration_job_schedules_request",
    "ListIntegrationJobSchedulesResponse": ".list_integration_job_schedules_response",
    "ListIntegrationPropertiesRequest": ".list_integration_properties_request",
    "ListIntegrationPropertiesResponse": ".list_integration_properties_response",
    "ListIntegrationPropertyListsRequest": ".list_integration_property_lists_request",
    "ListIntegrationPropertyListsResponse": ".list_integration_property_lists_response",
    "ListIntegrationRateLimitsRequest": ".list_integration_rate_limits_request",
    "ListIntegrationRateLimitsResponse": ".list_integration_rate_limits_response",
    "ListIntegrationRateLimitsResponseResultsType0": ".list_integration_rate_limits_response_results_type_0",
    "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem": ".list_integration_rate_limits_response_results_type_0_api_ratelimits_item",
    "ListIntegrationRateLimitsResponseResultsType1": ".list_integration_rate_limits_response_results_type_1",
    "ListIntegrationsIntegrationVendor": ".list_integrations_integration_vendor",
    "ListIntegrationsRequest": ".list_integrations_request",
    "ListIntegrationsResponse": ".list_integrations_response",
    "ListInvoicesIntegrationVendor": ".list_invoices_integration_vendor",
    "ListInvoicesRequest": ".list_invoices_request",
    "ListInvoicesResponse": ".list_invoices_response",
    "ListJobLogsByJobRequest": ".list_job_logs_by_job_request",
    "ListJobLogsByJobResponse": ".list_job_logs_by_job_response",
    "ListJobLogsRequest": ".list_job_logs_request",
    "ListJobLogsRequestStatus": ".list_job_logs_request_status",
    "ListJobLogsResponse": ".list_job_logs_response",
    "ListJobLogsStatus": ".list_job_logs_status",
    "ListLeadRelationshipsIntegrationVendor": ".list_lead_relationships_integration_vendor",
    "ListLeadRelationshipsRequest": ".list_lead_relationships_request",
    "ListLeadRelationshipsResponse": ".list_lead_relationships_response",
    "ListLeadRentableItemsIntegrationVendor": ".list_lead_rentable_items_integration_vendor",
    "ListLeadRentableItemsRequest": ".list_lead_rentable_items_request",
    "ListLeadRentableItemsResponse": ".list_lead_rentable_items_response",
    "ListLeadSourcesIntegrationVendor": ".list_lead_sources_integration_vendor",
    "ListLeadSourcesRequest": ".list_lead_sources_request",
    "ListLeadSourcesResponse": ".list_lead_sources_response",
    "ListLeadsIntegrationVendor": ".list_leads_integration_vendor",
    "ListLeadsRequest": ".list_leads_request",
    "ListLeadsResponse": ".list_leads_response",
    "ListLeaseTransfersIntegrationVendor": ".list_lease_transfers_integration_vendor",
    "ListLeaseTransfersRequest": ".list_lease_transfers_request",
    "ListLeaseTransfersResponse": ".list_lease_transfers_response",
    "ListLeasesIntegrationVendor": ".list_leases_integration_vendor",
    "ListLeasesRequest": ".list_leases_request",
    "ListLeasesRequestStatusNormalized": ".list_leases_request_status_normalized",
    "ListLeasesResponse": ".list_leases_response",
    "ListLeasesStatusNormalized": ".list_leases_status_normalized",
    "ListListingPricingIntegrationVendor": ".list_listing_pricing_integration_vendor",
    "ListListingPricingRequest": ".list_listing_pricing_request",
    "ListListingPricingResponse": ".list_listing_pricing_response",
    "ListListingsIntegrationVendor": ".list_listings_integration_vendor",
    "ListListingsRequest": ".list_listings_request",
    "ListListingsResponse": ".list_listings_response",
    "ListLocationsRentmanagerIntegrationVendor": ".list_locations_rentmanager_integration_vendor",
    "ListLocationsRentmanagerResponse": ".list_locations_rentmanager_response",
    "ListNoteCategoriesIntegrationVendor": ".list_note_categories_integration_vendor",
    "ListNoteCategoriesRequest": ".list_note_categories_request",
    "ListNoteCategoriesResponse": ".list_note_categories_response",
    "ListOwnersIntegrationVendor": ".list_owners_integration_vendor",
    "ListOwnersRequest": ".list_owners_request",
    "ListOwnersResponse": ".list_owners_response",
    "ListPayableRegistersIntegrationVendor": ".list_payable_registers_integration_vendor",
    "ListPayableRegistersRequest": ".list_payable_registers_request",
    "ListPayableRegistersResponse": ".list_payable_registers_response",
    "ListPropertiesIntegrationVendor": ".list_properties_integration_vendor",
    "ListPropertiesRequest": ".list_properties_request",
    "ListPropertiesResponse": ".list_properties_response",
    "ListPropertyListsIntegrationVendor": ".list_property_lists_integration_vendor",
    "ListPropertyListsRequest": ".list_property_lists_request",
    "ListPropertyListsResponse": ".list_property_lists_response",
    "ListPropertyVendorsRequest": ".list_property_vendors_request",
    "ListPropertyVendorsResponse": ".list_property_vendors_response",
    "ListPurchaseOrderItemsIntegrationVendor": ".list_purchase_order_items_integration_vendor",
    "ListPurchaseOrderItemsRequest": ".list_purchase_order_items_request",
    "ListPurchaseOrderItemsResponse": ".list_purchase_order_items_response",
    "ListPurchaseOrdersIntegrationVendor": ".list_purchase_orders_integration_vendor",
    "ListPurchaseOrdersRequest": ".list_purchase_orders_request",
    "ListPurchaseOrdersResponse": ".list_purchase_orders_response",
    "ListRecurringResidentChargesIntegrationVendor": ".list_recurring_resident_charges_integration_vendor",
    "ListRecurringResidentChargesRequest": ".list_recurring_resident_charges_request",
    "ListRecurringResidentChargesResponse": ".list_recurring_resident_charges_response",
    "ListRentableItemsIntegrationVendor": ".list_rentable_items_integration_vendor",
    "ListRentableItemsRequest": ".list_rentable_items_request",
    "ListRentableItemsResponse": ".list_rentable_items_response",
    "ListResidentChargesIntegrationVendor": ".list_resident_charges_integration_vendor",
    "ListResidentChargesRequest": ".list_resident_charges_request",
    "ListResidentChargesResponse": ".list_resident_charges_response",
    "ListResidentInsuranceRequest": ".list_resident_insurance_request",
    "ListResidentInsuranceResponse": ".list_resident_insurance_response",
    "ListResidentPaymentsIntegrationVendor": ".list_resident_payments_integration_vendor",
    "ListResidentPaymentsRequest": ".list_resident_payments_request",
    "ListResidentPaymentsResponse": ".list_resident_payments_response",
    "ListResidentRentableItemsIntegrationVendor": ".list_resident_rentable_items_integration_vendor",
    "ListResidentRentableItemsRequest": ".list_resident_rentable_items_request",
    "ListResidentRentableItemsResponse": ".list_resident_rentable_items_response",
    "ListResidentsIntegrationVendor": ".list_residents_integration_vendor",
    "ListResidentsRequest": ".list_residents_request",
    "ListResidentsResponse": ".list_residents_response",
    "ListServiceRequestCategoriesIntegrationVendor": ".list_service_request_categories_integration_vendor",
    "ListServiceRequestCategoriesRequest": ".list_service_request_categories_request",
    "ListServiceRequestCategoriesResponse": ".list_service_request_categories_response",
    "ListServiceRequestHistoryIntegrationVendor": ".list_service_request_history_integration_vendor",
    "ListServiceRequestHistoryRequest": ".list_service_request_history_request",
    "ListServiceRequestHistoryResponse": ".list_service_request_history_response",
    "ListServiceRequestLocationsIntegrationVendor": ".list_service_request_locations_integration_vendor",
    "ListServiceRequestLocationsRequest": ".list_service_request_locations_request",
    "ListServiceRequestLocationsResponse": ".list_service_request_locations_response",
    "ListServiceRequestPrioritiesIntegrationVendor": ".list_service_request_priorities_integration_vendor",
    "ListServiceRequestPrioritiesRequest": ".list_service_request_priorities_request",
    "ListServiceRequestPrioritiesResponse": ".list_service_request_priorities_response",
    "ListServiceRequestProblemsIntegrationVendor": ".list_service_request_problems_integration_vendor",
    "ListServiceRequestProblemsRequest": ".list_service_request_problems_request",
    "ListServiceRequestProblemsResponse": ".list_service_request_problems_response",
    "ListServiceRequestStatusesIntegrationVendor": ".list_service_request_statuses_integration_vendor",
    "ListServiceRequestStatusesRequest": ".list_service_request_statuses_request",
    "ListServiceRequestStatusesResponse": ".list_service_request_statuses_response",
    "ListServiceRequestsIntegrationVendor": ".list_service_requests_integration_vendor",
    "ListServiceRequestsRequest": ".list_service_requests_request",
    "ListServiceRequestsResponse": ".list_service_requests_response",
    "ListTimezonesIntegrationVendor": ".list_timezones_integration_vendor",
    "ListTimezonesRequest": ".list_timezones_request",
    "ListTimezonesResponse": ".list_timezones_response",
    "ListUnitDetailsIntegrationVendor": ".list_unit_details_integration_vendor",
    "ListUnitDetailsRequest": ".list_unit_details_request",
    "ListUnitDetailsResponse": ".list_unit_details_response",
    "ListUnitTypesIntegrationVendor": ".list_unit_types_integration_vendor",
    "ListUnitTypesRequest": ".list_unit_types_request",
    "ListUnitTypesResponse": ".list_unit_types_response",
    "ListUnitsIntegrationVendor": ".list_units_integration_vendor",
    "ListUnitsRequest": ".list_units_request",
    "ListUnitsResponse": ".list_units_response",
    "ListUsersRequest": ".list_users_request",
    "ListUsersResponse": ".list_users_response",
    "ListVendorsIntegrationVendor": ".list_vendors_integration_vendor",
    "ListVendorsRequest": ".list_vendors_request",
    "ListVendorsResponse": ".list_vendors_response",
    "ListWebhooksRequest": ".list_webhooks_request",
    "ListWebhooksResponse": ".list_webhooks_response",
    "ListWriteLogsRequest": ".list_write_logs_request",
    "ListWriteLogsRequestStatus": ".list_write_logs_request_status",
    "ListWriteLogsRequestTimeRange": ".list_write_logs_request_time_range",
    "ListWriteLogsRequestWriteCategory": ".list_write_logs_request_write_category",
    "ListWriteLogsResponse": ".list_write_logs_response",
    "ListWriteLogsResponseResults": ".list_write_logs_response_results",
    "ListWriteLogsResponseResultsLogsItem": ".list_write_logs_response_results_logs_item",
    "ListWriteLogsResponseResultsLogsItemStatus": ".list_write_logs_response_results_logs_item_status",
    "ListWriteLogsResponseResultsLogsItemVendor": ".list_write_logs_response_results_logs_item_vendor",
    "ListWriteLogsStatus": ".list_write_logs_status",
    "ListWriteLogsTimeRange": ".list_write_logs_time_range",
    "ListWriteLogsWriteCategory": ".list_write_logs_write_category",
    "Listing": ".listing",
    "ListingCustomDataType0": ".listing_custom_data_type_0",
    "ListingPricing": ".listing_pricing",
    "ListingPricingCustomDataType0": ".listing_pricing_custom_data_type_0",
    "Location": ".location",
    "ManagerPhoneType": ".manager_phone_type",
    "ManualSyncIntegrationRequest": ".manual_sync_integration_request",
    "ManualSyncIntegrationRequestModelsToSyncItem": ".manual_sync_integration_request_models_to_sync_item",
    "ManualSyncIntegrationResponse": ".manual_sync_integration_response",
    "ManualSyncIntegrationResponseResult": ".manual_sync_integration_response_result",
    "MaxRequestCadence": ".max_request_cadence",
    "NameNormalized": ".name_normalized",
    "NoteCategory": ".note_category",
    "Owner": ".owner",
    "PayableRegister": ".payable_register",
    "PayableRegisterCustomDataType0": ".payable_register_custom_data_type_0",
    "PayableRegisterPayableRegisterItemsItem": ".payable_register_payable_register_items_item",
    "PetTypes": ".pet_types",
    "PhoneType": ".phone_type",
    "Property": ".property_",
    "PropertyCustomDataType0": ".property_custom_data_type_0",
    "PropertyList": ".property_list",
    "PropertyOfficeHoursItem": ".property_office_hours_item",
    "PurchaseOrder": ".purchase_order",
    "PurchaseOrderCustomDataType0": ".purchase_order_custom_data_type_0",
    "PurchaseOrderItem": ".purchase_order_item",
    "PurchaseOrderItemCustomDataType0": ".purchase_order_item_custom_data_type_0",
    "QueryAppointmentAvailabilityRequest": ".query_appointment_availability_request",
    "QueryAppointmentAvailabilityRequestCalendarTypesItem": ".query_appointment_availability_request_calendar_types_item",
    "QueryAppointmentAvailabilityResponse": ".query_appointment_availability_response",
    "QueryAppointmentAvailabilityResponseMeta": ".query_appointment_availability_response_meta",
    "QueryAppointmentAvailabilityResponseResultItem": ".query_appointment_availability_response_result_item",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem": ".query_appointment_availability_response_result_item_calendar_days_item",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0": ".query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0",
    "RecurringResidentCharge": ".recurring_resident_charge",
    "RecurringResidentChargeCustomDataType0": ".recurring_resident_charge_custom_data_type_0",
    "RecurringResidentChargeFrequencyNormalized": ".recurring_resident_charge_frequency_normalized",
    "RentableItem": ".rentable_item",
    "Resident": ".resident",
    "ResidentCharge": ".resident_charge",
    "ResidentChargeAllocationsItem": ".resident_charge_allocations_item",
    "ResidentChargeAllocationsItemCustomDataType0": ".resident_charge_allocations_item_custom_data_type_0",
    "ResidentChargeCustomDataType0": ".resident_charge_custom_data_type_0",
    "ResidentCustomDataType0": ".resident_custom_data_type_0",
    "ResidentInsurance": ".resident_insurance",
    "ResidentLeasesMetaDataItem": ".resident_leases_meta_data_item",
    "ResidentLeasesMetaDataItemCustomDataType0": ".resident_leases_meta_data_item_custom_data_type_0",
    "ResidentPayment": ".resident_payment",
    "ResidentPaymentAllocationsItem": ".resident_payment_allocations_item",
    "ResidentPaymentAllocationsItemCustomDataType0": ".resident_payment_allocations_item_custom_data_type_0",
    "ResidentPaymentCustomDataType0": ".resident_payment_custom_data_type_0",
    "ResidentPetsItem": ".resident_pets_item",
    "ResidentPetsItemCustomDataType0": ".resident_pets_item_custom_data_type_0",
    "ResidentTypeNormalized": ".resident_type_normalized",
    "ResidentVehiclesItem": ".resident_vehicles_item",
    "ResidentVehiclesItemCustomDataType0": ".resident_vehicles_item_custom_data_type_0",
    "ResponseMeta": ".response_meta",
    "ResponseMetaOrderByItem": ".response_meta_order_by_item",
    "RetryWriteRequest": ".retry_write_request",
    "RetryWriteResponse": ".retry_write_response",
    "Roles": ".roles",
    "ServiceRequest": ".service_request",
    "ServiceRequestCategory": ".service_request_category",
    "ServiceRequestEmployeesItem": ".service_request_employees_item",
    "ServiceRequestHistory": ".service_request_history",
    "ServiceRequestHistoryItem": ".service_request_history_item",
    "ServiceRequestLocation": ".service_request_location",
    "ServiceRequestPriority": ".service_request_priority",
    "ServiceRequestProblem": ".service_request_problem",
    "ServiceRequestStatus": ".service_request_status",
    "ServiceRequestVendorsItem": ".service_request_vendors_item",
    "SimultaneousAppointmentMode": ".simultaneous_appointment_mode",
    "SyncCadence": ".sync_cadence",
    "System": ".system",
    "Timezone": ".timezone",
    "Type": ".type_",
    "TypeNormalized": ".type_normalized",
    "Unit": ".unit",
    "UnitCustomDataType0": ".unit_custom_data_type_0",
    "UnitDetail": ".unit_detail",
    "UnitType": ".unit_type",
    "UpdateAmenityRequest": ".update_amenity_request",
    "UpdateAmenityResponse": ".update_amenity_response",
    "UpdateAmenityResponseData": ".update_amenity_response_data",
    "UpdateApplicantAppointmentRequest": ".update_applicant_appointment_request",
    "UpdateApplicantAppointmentRequestAppointmentType": ".update_applicant_appointment_request_appointment_type",
    "UpdateApplicantAppointmentRequestPriority": ".update_applicant_appointment_request_priority",
    "UpdateApplicantAppointmentRequestStatus": ".update_applicant_appointment_request_status",
    "UpdateApplicantAppointmentResponse": ".update_applicant_appointment_response",
    "UpdateApplicantAppointmentResponseData": ".update_applicant_appointment_response_data",
    "UpdateApplicantEventRequest": ".update_applicant_event_request",
    "UpdateApplicantEventRequestStatus": ".update_applicant_event_request_status",
    "UpdateApplicantEventResponse": ".update_applicant_event_response",
    "UpdateApplicantEventResponseData": ".update_applicant_event_response_data",
    "UpdateApplicantRequest": ".update_applicant_request",
    "UpdateApplicantRequestAddOnsItem": ".update_applicant_request_add_ons_item",
    "UpdateApplicantRequestAddressHistoryItem": ".update_applicant_request_address_history_item",
    "UpdateApplicantRequestAddressHistoryItemAddressType": ".update_applicant_request_address_history_item_address_type",
    "UpdateApplicantRequestAddressHistoryItemCountry": ".update_applicant_request_address_history_item_country",
    "UpdateApplicantRequestAddressHistoryItemManagerType": ".update_applicant_request_address_history_item_manager_type",
    "UpdateApplicantRequestAddressHistoryItemState": ".update_applicant_request_address_history_item_state",
    "UpdateApplicantRequestApplicantStatus": ".update_applicant_request_applicant_status",
    "UpdateApplicantRequestApplicationReferencesItem": ".update_applicant_request_application_references_item",
    "UpdateApplicantRequestApplicationStatus": ".update_applicant_request_application_status",
    "UpdateApplicantRequestAssistance": ".update_applicant_request_assistance",
    "UpdateApplicantRequestAttachmentsItem": ".update_applicant_request_attachments_item",
    "UpdateApplicantRequestBankAccountsItem": ".update_applicant_request_bank_accounts_item",
    "UpdateApplicantRequestBankAccountsItemAccountType": ".update_applicant_request_bank_accounts_item_account_type",
    "UpdateApplicantRequestCreditCardsItem": ".update_applicant_request_credit_cards_item",
    "UpdateApplicantRequestEmergencyContactsItem": ".update_applicant_request_emergency_contacts_item",
    "UpdateApplicantRequestEmploymentHistoryItem": ".update_applicant_request_employment_history_item",
    "UpdateApplicantRequestEventsItem": ".update_applicant_request_events_item",
    "UpdateApplicantRequestMaritalStatus": ".update_applicant_request_marital_status",
    "UpdateApplicantRequestOtherIncomeItem": ".update_applicant_request_other_income_item",
    "UpdateApplicantRequestOtherOccupantsItem": ".update_applicant_request_other_occupants_item",
    "UpdateApplicantRequestOtherOccupantsItemRelationship": ".update_applicant_request_other_occupants_item_relationship",
    "UpdateApplicantRequestPetsItem": ".update_applicant_request_pets_item",
    "UpdateApplicantRequestPetsItemGender": ".update_applicant_request_pets_item_gender",
    "UpdateApplicantRequestPhone1Type": ".update_applicant_request_phone_1_type",
    "UpdateApplicantRequestPhone2Type": ".update_applicant_request_phone_2_type",
    "UpdateApplicantRequestPhone3Type": ".update_applicant_request_phone_3_type",
    "UpdateApplicantRequestStatus": ".update_applicant_request_status",
    "UpdateApplicantRequestType": ".update_applicant_request_type",
    "UpdateApplicantRequestVehiclesItem": ".update_applicant_request_vehicles_item",
    "UpdateApplicantResponse": ".update_applicant_response",
    "UpdateApplicantResponseData": ".update_applicant_response_data",
    "UpdateApplicationRequest": ".update_application_request",
    "UpdateApplicationRequestAddOnsItem": ".update_application_request_add_ons_item",
    "UpdateApplicationRequestAddressHistoryItem": ".update_application_request_address_history_item",
    "UpdateApplicationRequestAddressHistoryItemCountryType0": ".update_application_request_address_history_item_country_type_0",
    "UpdateApplicationRequestAddressHistoryItemState": ".update_application_request_address_history_item_state",
    "UpdateApplicationRequestApplicationFeesItem": ".update_application_request_application_fees_item",
    "UpdateApplicationRequestApplicationStatus": ".update_application_request_application_status",
    "UpdateApplicationRequestAttachmentsItem": ".update_application_request_attachments_item",
    "UpdateApplicationRequestConcessionFeesItem": ".update_application_request_concession_fees_item",
    "UpdateApplicationRequestEmergencyContactsItem": ".update_application_request_emergency_contacts_item",
    "UpdateApplicationRequestEmergencyContactsItemCountryType0": ".update_application_request_emergency_contacts_item_country_type_0",
    "UpdateApplicationRequestEmergencyContactsItemRelationship": ".update_application_request_emergency_contacts_item_relationship",
    "UpdateApplicationRequestEmergencyContactsItemState": ".update_application_request_emergency_contacts_item_state",
    "UpdateApplicationRequestEmploymentHistoryItem": ".update_application_request_employment_history_item",
    "UpdateApplicationRequestEmploymentHistoryItemState": ".update_application_request_employment_history_item_state",
    "UpdateApplicationRequestEventsItem": ".update_application_request_events_item",
    "UpdateApplicationRequestMaritalStatus": ".update_application_request_marital_status",
    "UpdateApplicationRequestOtherIncomeItem": ".update_application_request_other_income_item",
    "UpdateApplicationRequestOtherOccupantsItem": ".update_application_request_other_occupants_item",
    "UpdateApplicationRequestOtherOccupantsItemPhone1Type": ".update_application_request_other_occupants_item_phone_1_type",
    "UpdateApplicationRequestOtherOccupantsItemPhone2Type": ".update_application_request_other_occupants_item_phone_2_type",
    "UpdateApplicationRequestOtherOccupantsItemRelationship": ".update_application_request_other_occupants_item_relationship",
    "UpdateApplicationRequestOtherOccupantsItemState": ".update_application_request_other_occupants_item_state",
    "UpdateApplicationRequestPetsItem": ".update_application_request_pets_item",
    "UpdateApplicationRequestPhone1Type": ".update_application_request_phone_1_type",
    "UpdateApplicationRequestPhone2Type": ".update_application_request_phone_2_type",
    "UpdateApplicationRequestStatus": ".update_application_request_status",
    "UpdateApplicationRequestVehiclesItem": ".update_application_request_vehicles_item",
    "UpdateApplicationRequestVehiclesItemLicensePlateState": ".update_application_request_vehicles_item_license_plate_state",
    "UpdateApplicationResponse": ".update_application_response",
    "UpdateApplicationResponseData": ".update_application_response_data",
    "UpdateConstructionJobRequest": ".update_construction_job_request",
    "UpdateConstructionJobResponse": ".update_construction_job_response",
    "UpdateConstructionJobResponseData": ".update_construction_job_response_data",
    "UpdateContractRequest": ".update_contract_request",
    "UpdateContractResponse": ".update_contract_response",
    "UpdateContractResponseData": ".update_contract_response_data",
    "UpdateDepositSummaryRequest": ".update_deposit_summary_request",
    "UpdateDepositSummaryRequestPaymentMethod": ".update_deposit_summary_request_payment_method",
    "UpdateDepositSummaryResponse": ".update_deposit_summary_response",
    "UpdateDepositSummaryResponseData": ".update_deposit_summary_response_data",
    "UpdateIntegrationPropertyListRequest": ".update_integration_property_list_request",
    "UpdateIntegrationPropertyListResponse": ".update_integration_property_list_response",
    "UpdateIntegrationPropertyRequest": ".update_integration_property_request",
    "UpdateIntegrationPropertyResponse": ".update_integration_property_response",
    "UpdateIntegrationPropertyResponseResults": ".update_integration_property_response_results",
    "UpdateIntegrationRequest": ".update_integration_request",
    "UpdateIntegrationRequestBuildium": ".update_integration_request_buildium",
    "UpdateIntegrationRequestCredentialsType0": ".update_integration_request_credentials_type_0",
    "UpdateIntegrationRequestCustomSyncSchedule": ".update_integration_request_custom_sync_schedule",
    "UpdateIntegrationRequestCustomSyncScheduleInterval": ".update_integration_request_custom_sync_schedule_interval",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": ".update_integration_request_custom_sync_schedule_interval_friday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_friday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY": ".update_integration_request_custom_sync_schedule_interval_monday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_monday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": ".update_integration_request_custom_sync_schedule_interval_saturday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_saturday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": ".update_integration_request_custom_sync_schedule_interval_sunday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_sunday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": ".update_integration_request_custom_sync_schedule_interval_thursday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_thursday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": ".update_integration_request_custom_sync_schedule_interval_tuesday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_tuesday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": ".update_integration_request_custom_sync_schedule_interval_wednesday",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".update_integration_request_custom_sync_schedule_interval_wednesday_slots_item",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".update_integration_request_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "UpdateIntegrationRequestCustomSyncScheduleTimezone": ".update_integration_request_custom_sync_schedule_timezone",
    "UpdateIntegrationRequestCustomSyncScheduleType": ".update_integration_request_custom_sync_schedule_type",
    "UpdateIntegrationRequestEntrata": ".update_integration_request_entrata",
    "UpdateIntegrationRequestKnock": ".update_integration_request_knock",
    "UpdateIntegrationRequestMaxRequestCadence": ".update_integration_request_max_request_cadence",
    "UpdateIntegrationRequestMRI": ".update_integration_request_mri",
    "UpdateIntegrationRequestPropertywareREST": ".update_integration_request_propertyware_rest",
    "UpdateIntegrationRequestPropertywareSOAP": ".update_integration_request_propertyware_soap",
    "UpdateIntegrationRequestRealpagePartnerExchange": ".update_integration_request_realpage_partner_exchange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific": ".update_integration_request_realpage_partner_exchange_method_specific",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": ".update_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": ".update_integration_request_realpage_partner_exchange_method_specific_addservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": ".update_integration_request_realpage_partner_exchange_method_specific_getactivitytypes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": ".update_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": ".update_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": ".update_integration_request_realpage_partner_exchange_method_specific_getleaseinfo",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": ".update_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": ".update_integration_request_realpage_partner_exchange_method_specific_getlocationlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": ".update_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": ".update_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": ".update_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": ".update_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": ".update_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": ".update_integration_request_realpage_partner_exchange_method_specific_getresidentledger",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": ".update_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": ".update_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": ".update_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": ".update_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": ".update_integration_request_realpage_partner_exchange_method_specific_getservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": ".update_integration_request_realpage_partner_exchange_method_specific_getsitelist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": ".update_integration_request_realpage_partner_exchange_method_specific_getsubscriptions",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": ".update_integration_request_realpage_partner_exchange_method_specific_getunitlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": ".update_integration_request_realpage_partner_exchange_method_specific_getunits",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": ".update_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": ".update_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": ".update_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": ".update_integration_request_realpage_partner_exchange_method_specific_insertactivity",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": ".update_integration_request_realpage_partner_exchange_method_specific_insertfollowup",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": ".update_integration_request_realpage_partner_exchange_method_specific_insertprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": ".update_integration_request_realpage_partner_exchange_method_specific_postsinglecharge",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": ".update_integration_request_realpage_partner_exchange_method_specific_prospectsearch",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": ".update_integration_request_realpage_partner_exchange_method_specific_transactioncodes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": ".update_integration_request_realpage_partner_exchange_method_specific_unitlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": ".update_integration_request_realpage_partner_exchange_method_specific_updateprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": ".update_integration_request_realpage_partner_exchange_method_specific_updateservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": ".update_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus",
    "UpdateIntegrationRequestRealpageRegisteredVendor": ".update_integration_request_realpage_registered_vendor",
    "UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials": ".update_integration_request_realpage_registered_vendor_ftp_credentials",
    "UpdateIntegrationRequestRentManagerProduction": ".update_integration_request_rent_manager_production",
    "UpdateIntegrationRequestRentManagerSandbox": ".update_integration_request_rent_manager_sandbox",
    "UpdateIntegrationRequestRentvine": ".update_integration_request_rentvine",
    "UpdateIntegrationRequestResman": ".update_integration_request_resman",
    "UpdateIntegrationRequestSample1": ".update_integration_request_sample_1",
    "UpdateIntegrationRequestSample1CommonData": ".update_integration_request_sample_1_common_data",
    "UpdateIntegrationRequestSample1GuestCard": ".update_integration_request_sample_1_guest_card",
    "UpdateIntegrationRequestSample1JobCost": ".update_integration_request_sample_1_job_cost",
    "UpdateIntegrationRequestSample1ResidentTransactions": ".update_integration_request_sample_1_resident_transactions",
    "UpdateIntegrationRequestSample1ServiceRequests": ".update_integration_request_sample_1_service_requests",
    "UpdateIntegrationRequestSample1VendorInvoicing": ".update_integration_request_sample_1_vendor_invoicing",
    "UpdateIntegrationRequestSample2": ".update_integration_request_sample_2",
    "UpdateIntegrationRequestSyncCadence": ".update_integration_request_sync_cadence",
    "UpdateIntegrationRequestSystem": ".update_integration_request_system",
    "UpdateIntegrationResponse": ".update_integration_response",
    "UpdateIntegrationResponseResult": ".update_integration_response_result",
    "UpdateIntegrationResponseResultCustomSyncSchedule": ".update_integration_response_result_custom_sync_schedule",
    "UpdateIntegrationResponseResultCustomSyncScheduleInterval": ".update_integration_response_result_custom_sync_schedule_interval",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": ".update_integration_response_result_custom_sync_schedule_interval_friday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_friday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": ".update_integration_response_result_custom_sync_schedule_interval_monday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_monday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": ".update_integration_response_result_custom_sync_schedule_interval_saturday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_saturday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": ".update_integration_response_result_custom_sync_schedule_interval_sunday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_sunday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": ".update_integration_response_result_custom_sync_schedule_interval_thursday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_thursday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": ".update_integration_response_result_custom_sync_schedule_interval_tuesday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_tuesday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": ".update_integration_response_result_custom_sync_schedule_interval_wednesday",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".update_integration_response_result_custom_sync_schedule_interval_wednesday_slots_item",
    "UpdateIntegrationResponseResultCustomSyncScheduleTimezone": ".update_integration_response_result_custom_sync_schedule_timezone",
    "UpdateInvoiceRequest": ".update_invoice_request",
    "UpdateInvoiceRequestStatus": ".update_invoice_request_status",
    "UpdateInvoiceResponse": ".update_invoice_response",
    "UpdateInvoiceResponseData": ".update_invoice_response_data",
    "UpdateLeadAppointmentRequest": ".update_lead_appointment_request",
    "UpdateLeadAppointmentRequestAppointmentType": ".update_lead_appointment_request_appointment_type",
    "UpdateLeadAppointmentRequestPriority": ".update_lead_appointment_request_priority",
    "UpdateLeadAppointmentRequestStatus": ".update_lead_appointment_request_status",
    "UpdateLeadAppointmentResponse": ".update_lead_appointment_response",
    "UpdateLeadAppointmentResponseData": ".update_lead_appointment_response_data",
    "UpdateLeadEventRequest": ".update_lead_event_request",
    "UpdateLeadEventRequestStatus": ".update_lead_event_request_status",
    "UpdateLeadEventResponse": ".update_lead_event_response",
    "UpdateLeadEventResponseData": ".update_lead_event_response_data",
    "UpdateLeadRequest": ".update_lead_request",
    "UpdateLeadRequestApplicantStatus": ".update_lead_request_applicant_status",
    "UpdateLeadRequestEventsItem": ".update_lead_request_events_item",
    "UpdateLeadRequestInactiveReason": ".update_lead_request_inactive_reason",
    "UpdateLeadRequestPhone1Type": ".update_lead_request_phone_1_type",
    "UpdateLeadRequestPhone2Type": ".update_lead_request_phone_2_type",
    "UpdateLeadRequestStatus": ".update_lead_request_status",
    "UpdateLeadResponse": ".update_lead_response",
    "UpdateLeadResponseData": ".update_lead_response_data",
    "UpdateLeaseRequest": ".update_lease_request",
    "UpdateLeaseRequestAddressHistoryItem": ".update_lease_request_address_history_item",
    "UpdateLeaseRequestAddressHistoryItemCountry": ".update_lease_request_address_history_item_country",
    "UpdateLeaseRequestAddressHistoryItemState": ".update_lease_request_address_history_item_state",
    "UpdateLeaseRequestApplicationFeesItem": ".update_lease_request_application_fees_item",
    "UpdateLeaseRequestConcessionFeesItem": ".update_lease_request_concession_fees_item",
    "UpdateLeaseRequestEmergencyContactsItem": ".update_lease_request_emergency_contacts_item",
    "UpdateLeaseRequestEmergencyContactsItemCountry": ".update_lease_request_emergency_contacts_item_country",
    "UpdateLeaseRequestEmergencyContactsItemRelationship": ".update_lease_request_emergency_contacts_item_relationship",
    "UpdateLeaseRequestEmergencyContactsItemState": ".update_lease_request_emergency_contacts_item_state",
    "UpdateLeaseRequestEmploymentHistoryItem": ".update_lease_request_employment_history_item",
    "UpdateLeaseRequestEmploymentHistoryItemState": ".update_lease_request_employment_history_item_state",
    "UpdateLeaseRequestMaritalStatus": ".update_lease_request_marital_status",
    "UpdateLeaseRequestOtherIncomeItem": ".update_lease_request_other_income_item",
    "UpdateLeaseRequestOtherOccupantsItem": ".update_lease_request_other_occupants_item",
    "UpdateLeaseRequestOtherOccupantsItemPhone1Type": ".update_lease_request_other_occupants_item_phone_1_type",
    "UpdateLeaseRequestOtherOccupantsItemPhone2Type": ".update_lease_request_other_occupants_item_phone_2_type",
    "UpdateLeaseRequestOtherOccupantsItemRelationship": ".update_lease_request_other_occupants_item_relationship",
    "UpdateLeaseRequestOtherOccupantsItemState": ".update_lease_request_other_occupants_item_state",
    "UpdateLeaseRequestPetsItem": ".update_lease_request_pets_item",
    "UpdateLeaseRequestPhone1Type": ".update_lease_request_phone_1_type",
    "UpdateLeaseRequestPhone2Type": ".update_lease_request_phone_2_type",
    "UpdateLeaseRequestStatus": ".update_lease_request_status",
    "UpdateLeaseRequestTenantsItem": ".update_lease_request_tenants_item",
    "UpdateLeaseRequestType": ".update_lease_request_type",
    "UpdateLeaseRequestVehiclesItem": ".update_lease_request_vehicles_item",
    "UpdateLeaseResponse": ".update_lease_response",
    "UpdateLeaseResponseData": ".update_lease_response_data",
    "UpdateListingRequest": ".update_listing_request",
    "UpdateListingResponse": ".update_listing_response",
    "UpdateListingResponseData": ".update_listing_response_data",
    "UpdatePayableRegisterRequest": ".update_payable_register_request",
    "UpdatePayableRegisterResponse": ".update_payable_register_response",
    "UpdatePayableRegisterResponseData": ".update_payable_register_response_data",
    "UpdatePropertyAmenitiesRequest": ".update_property_amenities_request",
    "UpdatePropertyAmenitiesRequestFeaturesItem": ".update_property_amenities_request_features_item",
    "UpdatePropertyAmenitiesRequestIncludedInRentItem": ".update_property_amenities_request_included_in_rent_item",
    "UpdatePropertyAmenitiesResponse": ".update_property_amenities_response",
    "UpdatePropertyAmenitiesResponseData": ".update_property_amenities_response_data",
    "UpdatePropertyRequest": ".update_property_request",
    "UpdatePropertyRequestCategory": ".update_property_request_category",
    "UpdatePropertyRequestType": ".update_property_request_type",
    "UpdatePropertyResponse": ".update_property_response",
    "UpdatePropertyResponseData": ".update_property_response_data",
    "UpdatePurchaseOrderRequest": ".update_purchase_order_request",
    "UpdatePurchaseOrderRequestBillingStateType0": ".update_purchase_order_request_billing_state_type_0",
    "UpdatePurchaseOrderRequestPurchaseOrderItemsItem": ".update_purchase_order_request_purchase_order_items_item",
    "UpdatePurchaseOrderRequestShippingStateType0": ".update_purchase_order_request_shipping_state_type_0",
    "UpdatePurchaseOrderResponse": ".update_purchase_order_response",
    "UpdatePurchaseOrderResponseData": ".update_purchase_order_response_data",
    "UpdateRecurringResidentChargeRentmanagerRequest": ".update_recurring_resident_charge_rentmanager_request",
    "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized": ".update_recurring_resident_charge_rentmanager_request_frequency_normalized",
    "UpdateRecurringResidentChargeRentmanagerResponse": ".update_recurring_resident_charge_rentmanager_response",
    "UpdateRecurringResidentChargeRentmanagerResponseMeta": ".update_recurring_resident_charge_rentmanager_response_meta",
    "UpdateRecurringResidentChargeRentmanagerResponseResult": ".update_recurring_resident_charge_rentmanager_response_result",
    "UpdateRecurringResidentChargeRequest": ".update_recurring_resident_charge_request",
    "UpdateRecurringResidentChargeRequestFrequencyNormalized": ".update_recurring_resident_charge_request_frequency_normalized",
    "UpdateRecurringResidentChargeResponse": ".update_recurring_resident_charge_response",
    "UpdateRecurringResidentChargeResponseData": ".update_recurring_resident_charge_response_data",
    "UpdateResidentAppointmentRequest": ".update_resident_appointment_request",
    "UpdateResidentAppointmentRequestStatus": ".update_resident_appointment_request_status",
    "UpdateResidentAppointmentResponse": ".update_resident_appointment_response",
    "UpdateResidentAppointmentResponseData": ".update_resident_appointment_response_data",
    "UpdateResidentEventRequest": ".update_resident_event_request",
    "UpdateResidentEventRequestStatus": ".update_resident_event_request_status",
    "UpdateResidentEventResponse": ".update_resident_event_response",
    "UpdateResidentEventResponseData": ".update_resident_event_response_data",
    "UpdateResidentPetRequest": ".update_resident_pet_request",
    "UpdateResidentPetResponse": ".update_resident_pet_response",
    "UpdateResidentPetResponseData": ".update_resident_pet_response_data",
    "UpdateResidentRequest": ".update_resident_request",
    "UpdateResidentRequestCountry": ".update_resident_request_country",
    "UpdateResidentRequestCountryAlternate": ".update_resident_request_country_alternate",
    "UpdateResidentRequestCustomData": ".update_resident_request_custom_data",
    "UpdateResidentRequestEventsItem": ".update_resident_request_events_item",
    "UpdateResidentRequestGender": ".update_resident_request_gender",
    "UpdateResidentRequestPhone1Type": ".update_resident_request_phone_1_type",
    "UpdateResidentRequestPhone2Type": ".update_resident_request_phone_2_type",
    "UpdateResidentRequestRentPeriod": ".update_resident_request_rent_period",
    "UpdateResidentRequestState": ".update_resident_request_state",
    "UpdateResidentResponse": ".update_resident_response",
    "UpdateResidentResponseData": ".update_resident_response_data",
    "UpdateServiceRequestRequest": ".update_service_request_request",
    "UpdateServiceRequestRequestServiceCategory": ".update_service_request_request_service_category",
    "UpdateServiceRequestRequestServicePriority": ".update_service_request_request_service_priority",
    "UpdateServiceRequestRequestStatusRaw": ".update_service_request_request_status_raw",
    "UpdateServiceRequestResponse": ".update_service_request_response",
    "UpdateServiceRequestResponseData": ".update_service_request_response_data",
    "UpdateUnitAmenitiesRequest": ".update_unit_amenities_request",
    "UpdateUnitAmenitiesRequestFeaturesItem": ".update_unit_amenities_request_features_item",
    "UpdateUnitAmenitiesResponse": ".update_unit_amenities_response",
    "UpdateUnitAmenitiesResponseData": ".update_unit_amenities_response_data",
    "UpdateUnitRequest": ".update_unit_request",
    "UpdateUnitRequestCategory": ".update_unit_request_category",
    "UpdateUnitRequestType": ".update_unit_request_type",
    "UpdateUnitResponse": ".update_unit_response",
    "UpdateUnitResponseData": ".update_unit_response_data",
    "UpdateVendorRequest": ".update_vendor_request",
    "UpdateVendorRequestCountryType0": ".update_vendor_request_country_type_0",
    "UpdateVendorRequestState": ".update_vendor_request_state",
    "UpdateVendorResponse": ".update_vendor_response",
    "UpdateVendorResponseData": ".update_vendor_response_data",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UpdateWebhookRequestHeadersItem": ".update_webhook_request_headers_item",
    "UpdateWebhookRequestModel": ".update_webhook_request_model",
    "UpdateWebhookRequestTriggersItem": ".update_webhook_request_triggers_item",
    "UpdateWebhookResponse": ".update_webhook_response",
    "UpdateWebhookResponseResult": ".update_webhook_response_result",
    "UpdateWebhookResponseResultHeadersType0Item": ".update_webhook_response_result_headers_type_0_item",
    "UpdateWebhookResponseResultTriggersItem": ".update_webhook_response_result_triggers_item",
    "User": ".user",
    "Vendor": ".vendor",
    "VendorContactsItem": ".vendor_contacts_item",
    "VendorCustomDataType0": ".vendor_custom_data_type_0",
    "Webhook": ".webhook",
    "WebhookHeadersItem": ".webhook_headers_item",
    "WebhookTriggersItem": ".webhook_triggers_item",
    "WriteStatus": ".write_status",
}


#: Earlier, path-derived class names and the names they now have.
_ALIASES: dict[str, str] = {
    "AmenityNameNormalized": "NameNormalized",
    "ApplicantApplicationsItemStatusNormalizedType0": "ApplicantApplicationsItemStatusNormalized",
    "ApplicantPhone1Type": "PhoneType",
    "ApplicantPhone2Type": "PhoneType",
    "CreateIntegrationPropertyListResponseResults": "IntegrationPropertyList",
    "Enum1": "IntegrationVendor",
    "GetAccountingEntityResponseResults": "AccountingEntity",
    "GetAmenityResponseResults": "Amenity",
    "GetAmenityResponseResultsCustomDataType0": "AmenityCustomDataType0",
    "GetAmenityResponseResultsMetaDataType0": "AmenityMetaDataType0",
    "GetAmenityResponseResultsNameNormalized": "NameNormalized",
    "GetAmenityResponseResultsUnitsItem": "AmenityUnitsItem",
    "GetDepositResponseResults": "Deposit",
    "GetDepositResponseResultsCustomDataType0": "DepositCustomDataType0",
    "GetDepositResponseResultsIntegrationDataType0": "DepositIntegrationDataType0",
    "GetDepositSummaryResponseResults": "DepositSummary",
    "GetDepositSummaryResponseResultsCustomDataType0": "DepositSummaryCustomDataType0",
    "GetDepositSummaryResponseResultsIntegrationDataType0": "DepositSummaryIntegrationDataType0",
    "GetIntegrationJobScheduleResponseResults": "IntegrationJobSchedule",
    "GetIntegrationJobScheduleResponseResultsParameters": "IntegrationJobScheduleParameters",
    "GetIntegrationJobScheduleResponseResultsStatus": "IntegrationJobScheduleStatus",
    "GetIntegrationJobScheduleResponseResultsSyncCadence": "SyncCadence",
    "GetInvoiceResponseResults": "Invoice",
    "GetInvoiceResponseResultsCustomDataType0": "InvoiceCustomDataType0",
    "GetInvoiceResponseResultsInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "GetJobLogResponseResults": "JobLog",
    "GetPropertyListResponseResults": "PropertyList",
    "GetResidentInsuranceResponseResults": "ResidentInsurance",
    "GetResidentPaymentResponseResults": "ResidentPayment",
    "GetResidentPaymentResponseResultsAllocationsItem": "ResidentPaymentAllocationsItem",
    "GetResidentPaymentResponseResultsAllocationsItemCustomDataType0": "ResidentPaymentAllocationsItemCustomDataType0",
    "GetResidentPaymentResponseResultsCustomDataType0": "ResidentPaymentCustomDataType0",
    "GetResidentResponseResults": "Resident",
    "GetResidentResponseResultsCustomDataType0": "ResidentCustomDataType0",
    "GetResidentResponseResultsLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "GetResidentResponseResultsLeasesMetaDataItemCustomDataType0": "ResidentLeasesMetaDataItemCustomDataType0",
    "GetResidentResponseResultsLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "GetResidentResponseResultsPetsItem": "ResidentPetsItem",
    "GetResidentResponseResultsPetsItemCustomDataType0": "ResidentPetsItemCustomDataType0",
    "GetResidentResponseResultsPhone1Type": "PhoneType",
    "GetResidentResponseResultsPhone2Type": "PhoneType",
    "GetResidentResponseResultsVehiclesItem": "ResidentVehiclesItem",
    "GetResidentResponseResultsVehiclesItemCustomDataType0": "ResidentVehiclesItemCustomDataType0",
    "GetUnitDetailResponseResults": "UnitDetail",
    "GetUnitResponseResults": "Unit",
    "GetUnitResponseResultsCustomDataType0": "UnitCustomDataType0",
    "GetUnitTypeResponseResults": "UnitType",
    "GetVendorResponseResults": "Vendor",
    "GetVendorResponseResultsContactsItem": "VendorContactsItem",
    "GetVendorResponseResultsCustomDataType0": "VendorCustomDataType0",
    "GetWebhookResponseResults": "Webhook",
    "GetWebhookResponseResultsHeadersItem": "WebhookHeadersItem",
    "GetWebhookResponseResultsSystem": "System",
    "GetWebhookResponseResultsTriggersItem": "WebhookTriggersItem",
    "IntegrationIntegrationInterfacesItemInterfaceName": "InterfaceName",
    "IntegrationJobScheduleSyncCadence": "SyncCadence",
    "IntegrationMaxRequestCadence": "MaxRequestCadence",
    "IntegrationModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "IntegrationSyncCadence": "SyncCadence",
    "IntegrationSystem": "System",
    "IntegrationVendor": "IntegrationVendorEnum",
    "JobLogByJob": "JobLog",
    "LeaseResidentsMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "OwnerPhone1Type": "PhoneType",
    "OwnerPhone2Type": "PhoneType",
    "PropertyManagerPhone1Type": "ManagerPhoneType",
    "PropertyManagerPhone2Type": "ManagerPhoneType",
    "PropertyOfficeHoursItemDayOfWeek": "DayOfWeek",
    "PropertyTypeNormalizedType0": "TypeNormalized",
    "PropertyVendor": "Vendor",
    "PropertyVendorContactsItem": "VendorContactsItem",
    "PropertyVendorCustomDataType0": "VendorCustomDataType0",
    "ResidentLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "ResidentPhone1Type": "PhoneType",
    "ResidentPhone2Type": "PhoneType",
    "UpdateIntegrationPropertyListResponseResults": "IntegrationPropertyList",
    "UserRolesItem": "Roles",
    "V1AccountingEntitiesAccountingEntityIdGetInput": "GetAccountingEntityRequest",
    "V1AccountingEntitiesAccountingEntityIdGetOutput": "GetAccountingEntityResponse",
    "V1AccountingEntitiesAccountingEntityIdGetOutputResults": "AccountingEntity",
    "V1AccountingEntitiesGetInput": "ListAccountingEntitiesRequest",
    "V1AccountingEntitiesGetOutput": "ListAccountingEntitiesResponse",
    "V1AccountingEntitiesGetOutputResultsItem": "AccountingEntity",
    "V1AddressTypesAddressTypeIdGetInput": "GetAddressTypeRequest",
    "V1AddressTypesAddressTypeIdGetOutput": "GetAddressTypeResponse",
    "V1AddressTypesGetInput": "ListAddressTypesRequest",
    "V1AddressTypesGetOutput": "ListAddressTypesResponse",
    "V1AdminDataDiffsGetInput": "ListDataDiffsRequest",
    "V1AdminDataDiffsGetOutput": "ListDataDiffsResponse",
    "V1AdminDataDiffsGetOutputResultsItem": "DataDiff",
    "V1AdminDataDiffsGetOutputResultsItemDataDiff": "DataDiffDataDiff",
    "V1AdminDataDiffsGetOutputResultsItemEventType": "DataDiffEventType",
    "V1AdminIntegrationsGetInput": "ListIntegrationsRequest",
    "V1AdminIntegrationsGetOutput": "ListIntegrationsResponse",
    "V1AdminIntegrationsGetOutputResultsItem": "Integration",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem": "IntegrationConfigurationMetaDataItem",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData": "IntegrationConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0": "IntegrationConfigurationMetaDataItemCustomDataType0",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItem": "IntegrationIntegrationInterfacesItem",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItemInterfaceName": "InterfaceName",
    "V1AdminIntegrationsGetOutputResultsItemMaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsGetOutputResultsItemModels": "IntegrationModels",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty": "IntegrationModelsAdditionalProperty",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "V1AdminIntegrationsGetOutputResultsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsGetOutputResultsItemSystem": "System",
    "V1AdminIntegrationsGetOutputResultsItemVendor": "IntegrationVendorEnum",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInput": "BackSyncIntegrationRequest",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInputModelsToSyncItem": "BackSyncIntegrationRequestModelsToSyncItem",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutput": "BackSyncIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutputResult": "BackSyncIntegrationResponseResult",
    "V1AdminIntegrationsIntegrationIdDataAccessGetInput": "GetIntegrationDataAccessRequest",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutput": "GetIntegrationDataAccessResponse",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult": "GetIntegrationDataAccessResponseResult",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels": "GetIntegrationDataAccessResponseResultModels",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty": "GetIntegrationDataAccessResponseResultModelsAdditionalProperty",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0Status": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2": "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2",
    "V1AdminIntegrationsIntegrationIdDataAccessPostInput": "CheckIntegrationDataAccessRequest",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutput": "CheckIntegrationDataAccessResponse",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutputResult": "CheckIntegrationDataAccessResponseResult",
    "V1AdminIntegrationsIntegrationIdDeleteInput": "DeleteIntegrationRequest",
    "V1AdminIntegrationsIntegrationIdDeleteOutput": "DeleteIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdGetInput": "GetIntegrationRequest",
    "V1AdminIntegrationsIntegrationIdGetOutput": "GetIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0": "GetIntegrationResponseResultsType0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItem": "GetIntegrationResponseResultsType0ConfigurationMetaDataItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemConfigurationData": "GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemCustomDataType0": "GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem": "GetIntegrationResponseResultsType0IntegrationInterfacesItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName": "InterfaceName",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Models": "GetIntegrationResponseResultsType0Models",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalProperty": "GetIntegrationResponseResultsType0ModelsAdditionalProperty",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0System": "System",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor": "GetIntegrationResponseResultsType0Vendor",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetInput": "ListIntegrationJobSchedulesRequest",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutput": "ListIntegrationJobSchedulesResponse",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItem": "IntegrationJobSchedule",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemParameters": "IntegrationJobScheduleParameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus": "IntegrationJobScheduleStatus",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetInput": "GetIntegrationJobScheduleRequest",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutput": "GetIntegrationJobScheduleResponse",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResults": "IntegrationJobSchedule",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsParameters": "IntegrationJobScheduleParameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus": "IntegrationJobScheduleStatus",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInput": "ManualSyncIntegrationRequest",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInputModelsToSyncItem": "ManualSyncIntegrationRequestModelsToSyncItem",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutput": "ManualSyncIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutputResult": "ManualSyncIntegrationResponseResult",
    "V1AdminIntegrationsIntegrationIdPropertiesGetInput": "ListIntegrationPropertiesRequest",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutput": "ListIntegrationPropertiesResponse",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutputResultsItem": "IntegrationProperty",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutInput": "UpdateIntegrationPropertyRequest",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutput": "UpdateIntegrationPropertyResponse",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutputResults": "UpdateIntegrationPropertyResponseResults",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetInput": "ListIntegrationPropertyListsRequest",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutput": "ListIntegrationPropertyListsResponse",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutputResultsItem": "IntegrationPropertyList",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostInput": "CreateIntegrationPropertyListRequest",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutput": "CreateIntegrationPropertyListResponse",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutputResults": "IntegrationPropertyList",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutInput": "UpdateIntegrationPropertyListRequest",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutput": "UpdateIntegrationPropertyListResponse",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutputResults": "IntegrationPropertyList",
    "V1AdminIntegrationsIntegrationIdPutInput": "UpdateIntegrationRequest",
    "V1AdminIntegrationsIntegrationIdPutInputBuildium": "UpdateIntegrationRequestBuildium",
    "V1AdminIntegrationsIntegrationIdPutInputCredentialsType0": "UpdateIntegrationRequestCredentialsType0",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule": "UpdateIntegrationRequestCustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleInterval": "UpdateIntegrationRequestCustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAY": "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone": "UpdateIntegrationRequestCustomSyncScheduleTimezone",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType": "UpdateIntegrationRequestCustomSyncScheduleType",
    "V1AdminIntegrationsIntegrationIdPutInputEntrata": "UpdateIntegrationRequestEntrata",
    "V1AdminIntegrationsIntegrationIdPutInputKnock": "UpdateIntegrationRequestKnock",
    "V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence": "UpdateIntegrationRequestMaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdPutInputMRI": "UpdateIntegrationRequestMRI",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareREST": "UpdateIntegrationRequestPropertywareREST",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP": "UpdateIntegrationRequestPropertywareSOAP",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange": "UpdateIntegrationRequestRealpagePartnerExchange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor": "UpdateIntegrationRequestRealpageRegisteredVendor",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendorFtpCredentials": "UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction": "UpdateIntegrationRequestRentManagerProduction",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox": "UpdateIntegrationRequestRentManagerSandbox",
    "V1AdminIntegrationsIntegrationIdPutInputRentvine": "UpdateIntegrationRequestRentvine",
    "V1AdminIntegrationsIntegrationIdPutInputResman": "UpdateIntegrationRequestResman",
    "V1AdminIntegrationsIntegrationIdPutInputSample1": "UpdateIntegrationRequestSample1",
    "V1AdminIntegrationsIntegrationIdPutInputSample1CommonData": "UpdateIntegrationRequestSample1CommonData",
    "V1AdminIntegrationsIntegrationIdPutInputSample1GuestCard": "UpdateIntegrationRequestSample1GuestCard",
    "V1AdminIntegrationsIntegrationIdPutInputSample1JobCost": "UpdateIntegrationRequestSample1JobCost",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ResidentTransactions": "UpdateIntegrationRequestSample1ResidentTransactions",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ServiceRequests": "UpdateIntegrationRequestSample1ServiceRequests",
    "V1AdminIntegrationsIntegrationIdPutInputSample1VendorInvoicing": "UpdateIntegrationRequestSample1VendorInvoicing",
    "V1AdminIntegrationsIntegrationIdPutInputSample2": "UpdateIntegrationRequestSample2",
    "V1AdminIntegrationsIntegrationIdPutInputSyncCadence": "UpdateIntegrationRequestSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputSystem": "UpdateIntegrationRequestSystem",
    "V1AdminIntegrationsIntegrationIdPutOutput": "UpdateIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdPutOutputResult": "UpdateIntegrationResponseResult",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncSchedule": "UpdateIntegrationResponseResultCustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleInterval": "UpdateIntegrationResponseResultCustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAY": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleTimezone": "UpdateIntegrationResponseResultCustomSyncScheduleTimezone",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType": "Type",
    "V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSystem": "System",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetInput": "ListIntegrationRateLimitsRequest",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutput": "ListIntegrationRateLimitsResponse",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0": "ListIntegrationRateLimitsResponseResultsType0",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem": "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1": "ListIntegrationRateLimitsResponseResultsType1",
    "V1AdminIntegrationsPostInput": "CreateIntegrationRequest",
    "V1AdminIntegrationsPostInputBuildium": "CreateIntegrationRequestBuildium",
    "V1AdminIntegrationsPostInputCredentialsType0": "CreateIntegrationRequestCredentialsType0",
    "V1AdminIntegrationsPostInputCustomSyncSchedule": "CreateIntegrationRequestCustomSyncSchedule",
    "V1AdminIntegrationsPostInputCustomSyncScheduleInterval": "CreateIntegrationRequestCustomSyncScheduleInterval",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY": "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleTimezone": "CreateIntegrationRequestCustomSyncScheduleTimezone",
    "V1AdminIntegrationsPostInputCustomSyncScheduleType": "CreateIntegrationRequestCustomSyncScheduleType",
    "V1AdminIntegrationsPostInputEntrata": "CreateIntegrationRequestEntrata",
    "V1AdminIntegrationsPostInputKnock": "CreateIntegrationRequestKnock",
    "V1AdminIntegrationsPostInputMaxRequestCadence": "CreateIntegrationRequestMaxRequestCadence",
    "V1AdminIntegrationsPostInputMRI": "CreateIntegrationRequestMRI",
    "V1AdminIntegrationsPostInputPropertywareREST": "CreateIntegrationRequestPropertywareREST",
    "V1AdminIntegrationsPostInputPropertywareSOAP": "CreateIntegrationRequestPropertywareSOAP",
    "V1AdminIntegrationsPostInputRealpagePartnerExchange": "CreateIntegrationRequestRealpagePartnerExchange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendor": "CreateIntegrationRequestRealpageRegisteredVendor",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendorFtpCredentials": "CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsPostInputRentManagerProduction": "CreateIntegrationRequestRentManagerProduction",
    "V1AdminIntegrationsPostInputRentManagerSandbox": "CreateIntegrationRequestRentManagerSandbox",
    "V1AdminIntegrationsPostInputRentvine": "CreateIntegrationRequestRentvine",
    "V1AdminIntegrationsPostInputResman": "CreateIntegrationRequestResman",
    "V1AdminIntegrationsPostInputSample1": "CreateIntegrationRequestSample1",
    "V1AdminIntegrationsPostInputSample1CommonData": "CreateIntegrationRequestSample1CommonData",
    "V1AdminIntegrationsPostInputSample1GuestCard": "CreateIntegrationRequestSample1GuestCard",
    "V1AdminIntegrationsPostInputSample1JobCost": "CreateIntegrationRequestSample1JobCost",
    "V1AdminIntegrationsPostInputSample1ResidentTransactions": "CreateIntegrationRequestSample1ResidentTransactions",
    "V1AdminIntegrationsPostInputSample1ServiceRequests": "CreateIntegrationRequestSample1ServiceRequests",
    "V1AdminIntegrationsPostInputSample1VendorInvoicing": "CreateIntegrationRequestSample1VendorInvoicing",
    "V1AdminIntegrationsPostInputSample2": "CreateIntegrationRequestSample2",
    "V1AdminIntegrationsPostInputSyncCadence": "CreateIntegrationRequestSyncCadence",
    "V1AdminIntegrationsPostInputSystem": "CreateIntegrationRequestSystem",
    "V1AdminIntegrationsPostOutput": "CreateIntegrationResponse",
    "V1AdminIntegrationsPostOutputResult": "CreateIntegrationResponseResult",
    "V1AdminIntegrationsPostOutputResultCustomSyncSchedule": "CreateIntegrationResponseResultCustomSyncSchedule",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleInterval": "CreateIntegrationResponseResultCustomSyncScheduleInterval",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAY": "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleTimezone": "CreateIntegrationResponseResultCustomSyncScheduleTimezone",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleType": "Type",
    "V1AdminIntegrationsPostOutputResultMaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsPostOutputResultPingResults": "CreateIntegrationResponseResultPingResults",
    "V1AdminIntegrationsPostOutputResultSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultSystem": "System",
    "V1AdminIntegrationsPostOutputResultVendor": "CreateIntegrationResponseResultVendor",
    "V1AdminJobLogsJobLogIdDataGetInput": "GetJobLogDataLinkRequest",
    "V1AdminJobLogsJobLogIdDataGetOutput": "GetJobLogDataLinkResponse",
    "V1AdminJobLogsJobLogIdGetInput": "GetJobLogRequest",
    "V1AdminJobLogsJobLogIdGetOutput": "GetJobLogResponse",
    "V1AdminJobLogsJobLogIdGetOutputResults": "JobLog",
    "V1AdminLogsJobsGetInput": "ListJobLogsRequest",
    "V1AdminLogsJobsGetInputStatus": "ListJobLogsRequestStatus",
    "V1AdminLogsJobsGetOutput": "ListJobLogsResponse",
    "V1AdminLogsJobsGetOutputResultsItem": "JobLog",
    "V1AdminLogsJobsIdGetInput": "ListJobLogsByJobRequest",
    "V1AdminLogsJobsIdGetOutput": "ListJobLogsByJobResponse",
    "V1AdminLogsJobsIdGetOutputResultsItem": "JobLog",
    "V1AdminLogsWritesGetInput": "ListWriteLogsRequest",
    "V1AdminLogsWritesGetInputStatus": "ListWriteLogsRequestStatus",
    "V1AdminLogsWritesGetInputTimeRange": "ListWriteLogsRequestTimeRange",
    "V1AdminLogsWritesGetInputWriteCategory": "ListWriteLogsRequestWriteCategory",
    "V1AdminLogsWritesGetOutput": "ListWriteLogsResponse",
    "V1AdminLogsWritesGetOutputResults": "ListWriteLogsResponseResults",
    "V1AdminLogsWritesGetOutputResultsLogsItem": "ListWriteLogsResponseResultsLogsItem",
    "V1AdminLogsWritesGetOutputResultsLogsItemStatus": "ListWriteLogsResponseResultsLogsItemStatus",
    "V1AdminLogsWritesGetOutputResultsLogsItemVendor": "ListWriteLogsResponseResultsLogsItemVendor",
    "V1AdminNormalizationModelFieldGetInput": "GetNormalizationMappingsRequest",
    "V1AdminNormalizationModelFieldGetOutput": "GetNormalizationMappingsResponse",
    "V1AdminNormalizationModelFieldGetOutputResults": "GetNormalizationMappingsResponseResults",
    "V1AdminNormalizationModelFieldGetOutputResultsMappings": "GetNormalizationMappingsResponseResultsMappings",
    "V1AdminRetryWriteRootJobIdPostInput": "RetryWriteRequest",
    "V1AdminRetryWriteRootJobIdPostOutput": "RetryWriteResponse",
    "V1AdminUsersGetInput": "ListUsersRequest",
    "V1AdminUsersGetOutput": "ListUsersResponse",
    "V1AdminUsersGetOutputResultsItem": "User",
    "V1AdminUsersGetOutputResultsItemRolesItem": "Roles",
    "V1AdminUsersIdGetInput": "GetUserRequest",
    "V1AdminUsersIdGetOutput": "GetUserResponse",
    "V1AdminUsersIdGetOutputResultsType0": "GetUserResponseResultsType0",
    "V1AdminUsersIdGetOutputResultsType0RolesItem": "Roles",
    "V1AdminWriteStatusRootJobIdGetInput": "GetWriteStatusRequest",
    "V1AdminWriteStatusRootJobIdGetOutput": "GetWriteStatusResponse",
    "V1AdminWriteStatusRootJobIdGetOutputWriteStatus": "WriteStatus",
    "V1AmenitiesAmenityIdGetInput": "GetAmenityRequest",
    "V1AmenitiesAmenityIdGetOutput": "GetAmenityResponse",
    "V1AmenitiesAmenityIdGetOutputResults": "Amenity",
    "V1AmenitiesAmenityIdGetOutputResultsCustomDataType0": "AmenityCustomDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsMetaDataType0": "AmenityMetaDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsNameNormalized": "NameNormalized",
    "V1AmenitiesAmenityIdGetOutputResultsUnitsItem": "AmenityUnitsItem",
    "V1AmenitiesAmenityIdPutInput": "UpdateAmenityRequest",
    "V1AmenitiesAmenityIdPutOutput": "UpdateAmenityResponse",
    "V1AmenitiesAmenityIdPutOutputData": "UpdateAmenityResponseData",
    "V1AmenitiesGetInput": "ListAmenitiesRequest",
    "V1AmenitiesGetOutput": "ListAmenitiesResponse",
    "V1AmenitiesGetOutputResultsItem": "Amenity",
    "V1AmenitiesGetOutputResultsItemCustomDataType0": "AmenityCustomDataType0",
    "V1AmenitiesGetOutputResultsItemMetaDataType0": "AmenityMetaDataType0",
    "V1AmenitiesGetOutputResultsItemNameNormalized": "NameNormalized",
    "V1AmenitiesGetOutputResultsItemUnitsItem": "AmenityUnitsItem",
    "V1AmenitiesPostInput": "CreateAmenityRequest",
    "V1AmenitiesPostOutput": "CreateAmenityResponse",
    "V1AmenitiesPostOutputData": "CreateAmenityResponseData",
    "V1AmenitiesPropertiesIdPostInput": "CreatePropertyAmenitiesRequest",
    "V1AmenitiesPropertiesIdPostInputCustomData": "CreatePropertyAmenitiesRequestCustomData",
    "V1AmenitiesPropertiesIdPostInputVendor": "CreatePropertyAmenitiesRequestVendor",
    "V1AmenitiesPropertiesIdPostOutput": "CreatePropertyAmenitiesResponse",
    "V1AmenitiesPropertiesIdPostOutputData": "CreatePropertyAmenitiesResponseData",
    "V1AmenitiesPropertiesIdPutInput": "UpdatePropertyAmenitiesRequest",
    "V1AmenitiesPropertiesIdPutInputFeaturesItem": "UpdatePropertyAmenitiesRequestFeaturesItem",
    "V1AmenitiesPropertiesIdPutInputIncludedInRentItem": "UpdatePropertyAmenitiesRequestIncludedInRentItem",
    "V1AmenitiesPropertiesIdPutOutput": "UpdatePropertyAmenitiesResponse",
    "V1AmenitiesPropertiesIdPutOutputData": "UpdatePropertyAmenitiesResponseData",
    "V1AmenitiesUnitsIdPostInput": "CreateUnitAmenitiesRequest",
    "V1AmenitiesUnitsIdPostInputCustomData": "CreateUnitAmenitiesRequestCustomData",
    "V1AmenitiesUnitsIdPostInputVendor": "CreateUnitAmenitiesRequestVendor",
    "V1AmenitiesUnitsIdPostOutput": "CreateUnitAmenitiesResponse",
    "V1AmenitiesUnitsIdPostOutputData": "CreateUnitAmenitiesResponseData",
    "V1AmenitiesUnitsIdPutInput": "UpdateUnitAmenitiesRequest",
    "V1AmenitiesUnitsIdPutInputFeaturesItem": "UpdateUnitAmenitiesRequestFeaturesItem",
    "V1AmenitiesUnitsIdPutOutput": "UpdateUnitAmenitiesResponse",
    "V1AmenitiesUnitsIdPutOutputData": "UpdateUnitAmenitiesResponseData",
    "V1ApplicantsGetInput": "ListApplicantsRequest",
    "V1ApplicantsGetOutput": "ListApplicantsResponse",
    "V1ApplicantsIdGetInput": "GetApplicantRequest",
    "V1ApplicantsIdGetOutput": "GetApplicantResponse",
    "V1ApplicantsIdPutInput": "UpdateApplicantRequest",
    "V1ApplicantsIdPutInputAddOnsItem": "UpdateApplicantRequestAddOnsItem",
    "V1ApplicantsIdPutInputAddressHistoryItem": "UpdateApplicantRequestAddressHistoryItem",
    "V1ApplicantsIdPutInputAddressHistoryItemAddressType": "UpdateApplicantRequestAddressHistoryItemAddressType",
    "V1ApplicantsIdPutInputAddressHistoryItemCountry": "UpdateApplicantRequestAddressHistoryItemCountry",
    "V1ApplicantsIdPutInputAddressHistoryItemManagerType": "UpdateApplicantRequestAddressHistoryItemManagerType",
    "V1ApplicantsIdPutInputAddressHistoryItemState": "UpdateApplicantRequestAddressHistoryItemState",
    "V1ApplicantsIdPutInputApplicantStatus": "UpdateApplicantRequestApplicantStatus",
    "V1ApplicantsIdPutInputApplicationReferencesItem": "UpdateApplicantRequestApplicationReferencesItem",
    "V1ApplicantsIdPutInputApplicationStatus": "UpdateApplicantRequestApplicationStatus",
    "V1ApplicantsIdPutInputAssistance": "UpdateApplicantRequestAssistance",
    "V1ApplicantsIdPutInputAttachmentsItem": "UpdateApplicantRequestAttachmentsItem",
    "V1ApplicantsIdPutInputBankAccountsItem": "UpdateApplicantRequestBankAccountsItem",
    "V1ApplicantsIdPutInputBankAccountsItemAccountType": "UpdateApplicantRequestBankAccountsItemAccountType",
    "V1ApplicantsIdPutInputCreditCardsItem": "UpdateApplicantRequestCreditCardsItem",
    "V1ApplicantsIdPutInputEmergencyContactsItem": "UpdateApplicantRequestEmergencyContactsItem",
    "V1ApplicantsIdPutInputEmploymentHistoryItem": "UpdateApplicantRequestEmploymentHistoryItem",
    "V1ApplicantsIdPutInputEventsItem": "UpdateApplicantRequestEventsItem",
    "V1ApplicantsIdPutInputMaritalStatus": "UpdateApplicantRequestMaritalStatus",
    "V1ApplicantsIdPutInputOtherIncomeItem": "UpdateApplicantRequestOtherIncomeItem",
    "V1ApplicantsIdPutInputOtherOccupantsItem": "UpdateApplicantRequestOtherOccupantsItem",
    "V1ApplicantsIdPutInputOtherOccupantsItemRelationship": "UpdateApplicantRequestOtherOccupantsItemRelationship",
    "V1ApplicantsIdPutInputPetsItem": "UpdateApplicantRequestPetsItem",
    "V1ApplicantsIdPutInputPetsItemGender": "UpdateApplicantRequestPetsItemGender",
    "V1ApplicantsIdPutInputPhone1Type": "UpdateApplicantRequestPhone1Type",
    "V1ApplicantsIdPutInputPhone2Type": "UpdateApplicantRequestPhone2Type",
    "V1ApplicantsIdPutInputPhone3Type": "UpdateApplicantRequestPhone3Type",
    "V1ApplicantsIdPutInputStatus": "UpdateApplicantRequestStatus",
    "V1ApplicantsIdPutInputType": "UpdateApplicantRequestType",
    "V1ApplicantsIdPutInputVehiclesItem": "UpdateApplicantRequestVehiclesItem",
    "V1ApplicantsIdPutOutput": "UpdateApplicantResponse",
    "V1ApplicantsIdPutOutputData": "UpdateApplicantResponseData",
    "V1ApplicantsIdRentableItemsGetInput": "ListApplicantRentableItemsRequest",
    "V1ApplicantsIdRentableItemsGetOutput": "ListApplicantRentableItemsResponse",
    "V1ApplicantsPostInput": "CreateApplicantRequest",
    "V1ApplicantsPostInputAddOnsItem": "CreateApplicantRequestAddOnsItem",
    "V1ApplicantsPostInputAddressHistoryItem": "CreateApplicantRequestAddressHistoryItem",
    "V1ApplicantsPostInputAddressHistoryItemAddressType": "CreateApplicantRequestAddressHistoryItemAddressType",
    "V1ApplicantsPostInputAddressHistoryItemCountry": "CreateApplicantRequestAddressHistoryItemCountry",
    "V1ApplicantsPostInputAddressHistoryItemManagerType": "CreateApplicantRequestAddressHistoryItemManagerType",
    "V1ApplicantsPostInputAddressHistoryItemState": "CreateApplicantRequestAddressHistoryItemState",
    "V1ApplicantsPostInputApplicantStatus": "CreateApplicantRequestApplicantStatus",
    "V1ApplicantsPostInputApplicationReferencesItem": "CreateApplicantRequestApplicationReferencesItem",
    "V1ApplicantsPostInputApplicationStatus": "CreateApplicantRequestApplicationStatus",
    "V1ApplicantsPostInputAssistance": "CreateApplicantRequestAssistance",
    "V1ApplicantsPostInputAttachmentsItem": "CreateApplicantRequestAttachmentsItem",
    "V1ApplicantsPostInputBankAccountsItem": "CreateApplicantRequestBankAccountsItem",
    "V1ApplicantsPostInputBankAccountsItemAccountType": "CreateApplicantRequestBankAccountsItemAccountType",
    "V1ApplicantsPostInputCreditCardsItem": "CreateApplicantRequestCreditCardsItem",
    "V1ApplicantsPostInputCustomData": "CreateApplicantRequestCustomData",
    "V1ApplicantsPostInputEmergencyContactsItem": "CreateApplicantRequestEmergencyContactsItem",
    "V1ApplicantsPostInputEmploymentHistoryItem": "CreateApplicantRequestEmploymentHistoryItem",
    "V1ApplicantsPostInputEventsItem": "CreateApplicantRequestEventsItem",
    "V1ApplicantsPostInputEventsItemEventName": "CreateApplicantRequestEventsItemEventName",
    "V1ApplicantsPostInputMaritalStatus": "CreateApplicantRequestMaritalStatus",
    "V1ApplicantsPostInputOtherIncomeItem": "CreateApplicantRequestOtherIncomeItem",
    "V1ApplicantsPostInputOtherOccupantsItem": "CreateApplicantRequestOtherOccupantsItem",
    "V1ApplicantsPostInputOtherOccupantsItemRelationship": "CreateApplicantRequestOtherOccupantsItemRelationship",
    "V1ApplicantsPostInputPetsItem": "CreateApplicantRequestPetsItem",
    "V1ApplicantsPostInputPetsItemGender": "CreateApplicantRequestPetsItemGender",
    "V1ApplicantsPostInputPhone1Type": "CreateApplicantRequestPhone1Type",
    "V1ApplicantsPostInputPhone2Type": "CreateApplicantRequestPhone2Type",
    "V1ApplicantsPostInputPhone3Type": "CreateApplicantRequestPhone3Type",
    "V1ApplicantsPostInputStatus": "CreateApplicantRequestStatus",
    "V1ApplicantsPostInputType": "CreateApplicantRequestType",
    "V1ApplicantsPostInputVehiclesItem": "CreateApplicantRequestVehiclesItem",
    "V1ApplicantsPostOutput": "CreateApplicantResponse",
    "V1ApplicantsPostOutputData": "CreateApplicantResponseData",
    "V1ApplicationsGetInput": "ListApplicationsRequest",
    "V1ApplicationsGetOutput": "ListApplicationsResponse",
    "V1ApplicationsIdGetInput": "GetApplicationRequest",
    "V1ApplicationsIdGetOutput": "GetApplicationResponse",
    "V1ApplicationsIdPutInput": "UpdateApplicationRequest",
    "V1ApplicationsIdPutInputAddOnsItem": "UpdateApplicationRequestAddOnsItem",
    "V1ApplicationsIdPutInputAddressHistoryItem": "UpdateApplicationRequestAddressHistoryItem",
    "V1ApplicationsIdPutInputAddressHistoryItemCountryType0": "UpdateApplicationRequestAddressHistoryItemCountryType0",
    "V1ApplicationsIdPutInputAddressHistoryItemState": "UpdateApplicationRequestAddressHistoryItemState",
    "V1ApplicationsIdPutInputApplicationFeesItem": "UpdateApplicationRequestApplicationFeesItem",
    "V1ApplicationsIdPutInputApplicationStatus": "UpdateApplicationRequestApplicationStatus",
    "V1ApplicationsIdPutInputAttachmentsItem": "UpdateApplicationRequestAttachmentsItem",
    "V1ApplicationsIdPutInputConcessionFeesItem": "UpdateApplicationRequestConcessionFeesItem",
    "V1ApplicationsIdPutInputEmergencyContactsItem": "UpdateApplicationRequestEmergencyContactsItem",
    "V1ApplicationsIdPutInputEmergencyContactsItemCountryType0": "UpdateApplicationRequestEmergencyContactsItemCountryType0",
    "V1ApplicationsIdPutInputEmergencyContactsItemRelationship": "UpdateApplicationRequestEmergencyContactsItemRelationship",
    "V1ApplicationsIdPutInputEmergencyContactsItemState": "UpdateApplicationRequestEmergencyContactsItemState",
    "V1ApplicationsIdPutInputEmploymentHistoryItem": "UpdateApplicationRequestEmploymentHistoryItem",
    "V1ApplicationsIdPutInputEmploymentHistoryItemState": "UpdateApplicationRequestEmploymentHistoryItemState",
    "V1ApplicationsIdPutInputEventsItem": "UpdateApplicationRequestEventsItem",
    "V1ApplicationsIdPutInputMaritalStatus": "UpdateApplicationRequestMaritalStatus",
    "V1ApplicationsIdPutInputOtherIncomeItem": "UpdateApplicationRequestOtherIncomeItem",
    "V1ApplicationsIdPutInputOtherOccupantsItem": "UpdateApplicationRequestOtherOccupantsItem",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone1Type": "UpdateApplicationRequestOtherOccupantsItemPhone1Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type": "UpdateApplicationRequestOtherOccupantsItemPhone2Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemRelationship": "UpdateApplicationRequestOtherOccupantsItemRelationship",
    "V1ApplicationsIdPutInputOtherOccupantsItemState": "UpdateApplicationRequestOtherOccupantsItemState",
    "V1ApplicationsIdPutInputPetsItem": "UpdateApplicationRequestPetsItem",
    "V1ApplicationsIdPutInputPhone1Type": "UpdateApplicationRequestPhone1Type",
    "V1ApplicationsIdPutInputPhone2Type": "UpdateApplicationRequestPhone2Type",
    "V1ApplicationsIdPutInputStatus": "UpdateApplicationRequestStatus",
    "V1ApplicationsIdPutInputVehiclesItem": "UpdateApplicationRequestVehiclesItem",
    "V1ApplicationsIdPutInputVehiclesItemLicensePlateState": "UpdateApplicationRequestVehiclesItemLicensePlateState",
    "V1ApplicationsIdPutOutput": "UpdateApplicationResponse",
    "V1ApplicationsIdPutOutputData": "UpdateApplicationResponseData",
    "V1ApplicationsPostInput": "CreateApplicationRequest",
    "V1ApplicationsPostInputAddOnsItem": "CreateApplicationRequestAddOnsItem",
    "V1ApplicationsPostInputAddressHistoryItem": "CreateApplicationRequestAddressHistoryItem",
    "V1ApplicationsPostInputAddressHistoryItemCountryType0": "CreateApplicationRequestAddressHistoryItemCountryType0",
    "V1ApplicationsPostInputAddressHistoryItemState": "CreateApplicationRequestAddressHistoryItemState",
    "V1ApplicationsPostInputApplicationFeesItem": "CreateApplicationRequestApplicationFeesItem",
    "V1ApplicationsPostInputApplicationReferencesItem": "CreateApplicationRequestApplicationReferencesItem",
    "V1ApplicationsPostInputApplicationStatus": "CreateApplicationRequestApplicationStatus",
    "V1ApplicationsPostInputAssistance": "CreateApplicationRequestAssistance",
    "V1ApplicationsPostInputAttachmentsItem": "CreateApplicationRequestAttachmentsItem",
    "V1ApplicationsPostInputBankAccountsItem": "CreateApplicationRequestBankAccountsItem",
    "V1ApplicationsPostInputBankAccountsItemAccountType": "CreateApplicationRequestBankAccountsItemAccountType",
    "V1ApplicationsPostInputConcessionFeesItem": "CreateApplicationRequestConcessionFeesItem",
    "V1ApplicationsPostInputCreditCardsItem": "CreateApplicationRequestCreditCardsItem",
    "V1ApplicationsPostInputEmergencyContactsItem": "CreateApplicationRequestEmergencyContactsItem",
    "V1ApplicationsPostInputEmergencyContactsItemCountryType0": "CreateApplicationRequestEmergencyContactsItemCountryType0",
    "V1ApplicationsPostInputEmergencyContactsItemRelationship": "CreateApplicationRequestEmergencyContactsItemRelationship",
    "V1ApplicationsPostInputEmergencyContactsItemState": "CreateApplicationRequestEmergencyContactsItemState",
    "V1ApplicationsPostInputEmploymentHistoryItem": "CreateApplicationRequestEmploymentHistoryItem",
    "V1ApplicationsPostInputEmploymentHistoryItemState": "CreateApplicationRequestEmploymentHistoryItemState",
    "V1ApplicationsPostInputMaritalStatus": "CreateApplicationRequestMaritalStatus",
    "V1ApplicationsPostInputOtherIncomeItem": "CreateApplicationRequestOtherIncomeItem",
    "V1ApplicationsPostInputOtherOccupantsItem": "CreateApplicationRequestOtherOccupantsItem",
    "V1ApplicationsPostInputOtherOccupantsItemPhone1Type": "CreateApplicationRequestOtherOccupantsItemPhone1Type",
    "V1ApplicationsPostInputOtherOccupantsItemPhone2Type": "CreateApplicationRequestOtherOccupantsItemPhone2Type",
    "V1ApplicationsPostInputOtherOccupantsItemRelationship": "CreateApplicationRequestOtherOccupantsItemRelationship",
    "V1ApplicationsPostInputOtherOccupantsItemState": "CreateApplicationRequestOtherOccupantsItemState",
    "V1ApplicationsPostInputPetsItem": "CreateApplicationRequestPetsItem",
    "V1ApplicationsPostInputPhone1Type": "CreateApplicationRequestPhone1Type",
    "V1ApplicationsPostInputPhone2Type": "CreateApplicationRequestPhone2Type",
    "V1ApplicationsPostInputPhone3Type": "CreateApplicationRequestPhone3Type",
    "V1ApplicationsPostInputStatus": "CreateApplicationRequestStatus",
    "V1ApplicationsPostInputType": "CreateApplicationRequestType",
    "V1ApplicationsPostInputVehiclesItem": "CreateApplicationRequestVehiclesItem",
    "V1ApplicationsPostInputVehiclesItemLicensePlateState": "CreateApplicationRequestVehiclesItemLicensePlateState",
    "V1ApplicationsPostOutput": "CreateApplicationResponse",
    "V1ApplicationsPostOutputData": "CreateApplicationResponseData",
    "V1ApplicationStatusesApplicationStatusIdGetInput": "GetApplicationStatusRequest",
    "V1ApplicationStatusesApplicationStatusIdGetOutput": "GetApplicationStatusResponse",
    "V1ApplicationStatusesGetInput": "ListApplicationStatusesRequest",
    "V1ApplicationStatusesGetOutput": "ListApplicationStatusesResponse",
    "V1ApplicationTemplatesApplicationTemplateIdGetInput": "GetApplicationTemplateRequest",
    "V1ApplicationTemplatesApplicationTemplateIdGetOutput": "GetApplicationTemplateResponse",
    "V1ApplicationTemplatesGetInput": "ListApplicationTemplatesRequest",
    "V1ApplicationTemplatesGetOutput": "ListApplicationTemplatesResponse",
    "V1AppointmentAvailabilityPostInput": "QueryAppointmentAvailabilityRequest",
    "V1AppointmentAvailabilityPostInputCalendarTypesItem": "QueryAppointmentAvailabilityRequestCalendarTypesItem",
    "V1AppointmentAvailabilityPostOutput": "QueryAppointmentAvailabilityResponse",
    "V1AppointmentAvailabilityPostOutputMeta": "QueryAppointmentAvailabilityResponseMeta",
    "V1AppointmentAvailabilityPostOutputResultItem": "QueryAppointmentAvailabilityResponseResultItem",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItem": "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemAvailableSlotsItemType0": "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode": "SimultaneousAppointmentMode",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarType": "CalendarType",
    "V1AppointmentsGetInput": "ListAppointmentsRequest",
    "V1AppointmentsGetOutput": "ListAppointmentsResponse",
    "V1CallLogsCallLogIdGetInput": "GetCallLogRequest",
    "V1CallLogsCallLogIdGetOutput": "GetCallLogResponse",
    "V1CallLogsGetInput": "ListCallLogsRequest",
    "V1CallLogsGetOutput": "ListCallLogsResponse",
    "V1ChargeCodesChargeCodeIdGetInput": "GetChargeCodeRequest",
    "V1ChargeCodesChargeCodeIdGetOutput": "GetChargeCodeResponse",
    "V1ChargeCodesGetInput": "ListChargeCodesRequest",
    "V1ChargeCodesGetOutput": "ListChargeCodesResponse",
    "V1ConcessionsConcessionIdGetInput": "GetConcessionRequest",
    "V1ConcessionsConcessionIdGetOutput": "GetConcessionResponse",
    "V1ConcessionsGetInput": "ListConcessionsRequest",
    "V1ConcessionsGetOutput": "ListConcessionsResponse",
    "V1ConstructionJobsConstructionJobIdContractsGetInput": "ListConstructionJobContractsRequest",
    "V1ConstructionJobsConstructionJobIdContractsGetOutput": "ListConstructionJobContractsResponse",
    "V1ConstructionJobsConstructionJobIdDetailsGetInput": "ListConstructionJobDetailsRequest",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutput": "ListConstructionJobDetailsResponse",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItem": "ConstructionJobDetail",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItemCustomDataType0": "ConstructionJobDetailCustomDataType0",
    "V1ConstructionJobsConstructionJobIdGetInput": "GetConstructionJobRequest",
    "V1ConstructionJobsConstructionJobIdGetOutput": "GetConstructionJobResponse",
    "V1ConstructionJobsConstructionJobIdPutInput": "UpdateConstructionJobRequest",
    "V1ConstructionJobsConstructionJobIdPutOutput": "UpdateConstructionJobResponse",
    "V1ConstructionJobsConstructionJobIdPutOutputData": "UpdateConstructionJobResponseData",
    "V1ConstructionJobsContractsContractIdDetailsGetInput": "ListContractDetailsRequest",
    "V1ConstructionJobsContractsContractIdDetailsGetOutput": "ListContractDetailsResponse",
    "V1ConstructionJobsGetInput": "ListConstructionJobsRequest",
    "V1ConstructionJobsGetOutput": "ListConstructionJobsResponse",
    "V1ConstructionJobsPostInput": "CreateConstructionJobRequest",
    "V1ConstructionJobsPostOutput": "CreateConstructionJobResponse",
    "V1ConstructionJobsPostOutputData": "CreateConstructionJobResponseData",
    "V1ContractsContractIdPutInput": "UpdateContractRequest",
    "V1ContractsContractIdPutOutput": "UpdateContractResponse",
    "V1ContractsContractIdPutOutputData": "UpdateContractResponseData",
    "V1ContractsPostInput": "CreateContractRequest",
    "V1ContractsPostInputContractDetailsItem": "CreateContractRequestContractDetailsItem",
    "V1ContractsPostOutput": "CreateContractResponse",
    "V1ContractsPostOutputData": "CreateContractResponseData",
    "V1DepositsGetInput": "ListDepositsRequest",
    "V1DepositsGetOutput": "ListDepositsResponse",
    "V1DepositsGetOutputResultsItem": "Deposit",
    "V1DepositsGetOutputResultsItemCustomDataType0": "DepositCustomDataType0",
    "V1DepositsGetOutputResultsItemIntegrationDataType0": "DepositIntegrationDataType0",
    "V1DepositsIdGetInput": "GetDepositRequest",
    "V1DepositsIdGetOutput": "GetDepositResponse",
    "V1DepositsIdGetOutputResults": "Deposit",
    "V1DepositsIdGetOutputResultsCustomDataType0": "DepositCustomDataType0",
    "V1DepositsIdGetOutputResultsIntegrationDataType0": "DepositIntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdGetInput": "GetDepositSummaryRequest",
    "V1DepositSummariesDepositSummaryIdGetOutput": "GetDepositSummaryResponse",
    "V1DepositSummariesDepositSummaryIdGetOutputResults": "DepositSummary",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsCustomDataType0": "DepositSummaryCustomDataType0",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsIntegrationDataType0": "DepositSummaryIntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdPutInput": "UpdateDepositSummaryRequest",
    "V1DepositSummariesDepositSummaryIdPutInputPaymentMethod": "UpdateDepositSummaryRequestPaymentMethod",
    "V1DepositSummariesDepositSummaryIdPutOutput": "UpdateDepositSummaryResponse",
    "V1DepositSummariesDepositSummaryIdPutOutputData": "UpdateDepositSummaryResponseData",
    "V1DepositSummariesGetInput": "ListDepositSummariesRequest",
    "V1DepositSummariesGetOutput": "ListDepositSummariesResponse",
    "V1DepositSummariesGetOutputResultsItem": "DepositSummary",
    "V1DepositSummariesGetOutputResultsItemCustomDataType0": "DepositSummaryCustomDataType0",
    "V1DepositSummariesGetOutputResultsItemIntegrationDataType0": "DepositSummaryIntegrationDataType0",
    "V1EmployeesEmployeeIdGetInput": "GetEmployeeRequest",
    "V1EmployeesEmployeeIdGetOutput": "GetEmployeeResponse",
    "V1EmployeesGetInput": "ListEmployeesRequest",
    "V1EmployeesGetOutput": "ListEmployeesResponse",
    "V1EventResultsEventResultIdGetInput": "GetEventResultRequest",
    "V1EventResultsEventResultIdGetOutput": "GetEventResultResponse",
    "V1EventResultsGetInput": "ListEventResultsRequest",
    "V1EventResultsGetOutput": "ListEventResultsResponse",
    "V1EventsApplicantsEventIdPutInput": "UpdateApplicantEventRequest",
    "V1EventsApplicantsEventIdPutInputStatus": "UpdateApplicantEventRequestStatus",
    "V1EventsApplicantsEventIdPutOutput": "UpdateApplicantEventResponse",
    "V1EventsApplicantsEventIdPutOutputData": "UpdateApplicantEventResponseData",
    "V1EventsApplicantsPostInput": "CreateApplicantEventRequest",
    "V1EventsApplicantsPostInputCallStatus": "CreateApplicantEventRequestCallStatus",
    "V1EventsApplicantsPostInputEventName": "CreateApplicantEventRequestEventName",
    "V1EventsApplicantsPostInputEventType": "CreateApplicantEventRequestEventType",
    "V1EventsApplicantsPostInputStatus": "CreateApplicantEventRequestStatus",
    "V1EventsApplicantsPostOutput": "CreateApplicantEventResponse",
    "V1EventsApplicantsPostOutputData": "CreateApplicantEventResponseData",
    "V1EventsAppointmentsApplicantsCancelPostInput": "CancelApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsCancelPostOutput": "CancelApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsCancelPostOutputData": "CancelApplicantAppointmentResponseData",
    "V1EventsAppointmentsApplicantsEventIdPutInput": "UpdateApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType": "UpdateApplicantAppointmentRequestAppointmentType",
    "V1EventsAppointmentsApplicantsEventIdPutInputPriority": "UpdateApplicantAppointmentRequestPriority",
    "V1EventsAppointmentsApplicantsEventIdPutInputStatus": "UpdateApplicantAppointmentRequestStatus",
    "V1EventsAppointmentsApplicantsEventIdPutOutput": "UpdateApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsEventIdPutOutputData": "UpdateApplicantAppointmentResponseData",
    "V1EventsAppointmentsApplicantsPostInput": "CreateApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsPostInputAppointmentType": "CreateApplicantAppointmentRequestAppointmentType",
    "V1EventsAppointmentsApplicantsPostInputPriority": "CreateApplicantAppointmentRequestPriority",
    "V1EventsAppointmentsApplicantsPostInputStatus": "CreateApplicantAppointmentRequestStatus",
    "V1EventsAppointmentsApplicantsPostOutput": "CreateApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsPostOutputData": "CreateApplicantAppointmentResponseData",
    "V1EventsAppointmentsLeadsCancelPostInput": "CancelLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsCancelPostOutput": "CancelLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsCancelPostOutputData": "CancelLeadAppointmentResponseData",
    "V1EventsAppointmentsLeadsEventIdPutInput": "UpdateLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsEventIdPutInputAppointmentType": "UpdateLeadAppointmentRequestAppointmentType",
    "V1EventsAppointmentsLeadsEventIdPutInputPriority": "UpdateLeadAppointmentRequestPriority",
    "V1EventsAppointmentsLeadsEventIdPutInputStatus": "UpdateLeadAppointmentRequestStatus",
    "V1EventsAppointmentsLeadsEventIdPutOutput": "UpdateLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsEventIdPutOutputData": "UpdateLeadAppointmentResponseData",
    "V1EventsAppointmentsLeadsPostInput": "CreateLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsPostInputAppointmentType": "CreateLeadAppointmentRequestAppointmentType",
    "V1EventsAppointmentsLeadsPostInputPriority": "CreateLeadAppointmentRequestPriority",
    "V1EventsAppointmentsLeadsPostInputStatus": "CreateLeadAppointmentRequestStatus",
    "V1EventsAppointmentsLeadsPostOutput": "CreateLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsPostOutputData": "CreateLeadAppointmentResponseData",
    "V1EventsAppointmentsResidentsCancelPostInput": "CancelResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsCancelPostOutput": "CancelResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsCancelPostOutputData": "CancelResidentAppointmentResponseData",
    "V1EventsAppointmentsResidentsEventIdPutInput": "UpdateResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsEventIdPutInputStatus": "UpdateResidentAppointmentRequestStatus",
    "V1EventsAppointmentsResidentsEventIdPutOutput": "UpdateResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsEventIdPutOutputData": "UpdateResidentAppointmentResponseData",
    "V1EventsAppointmentsResidentsPostInput": "CreateResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsPostInputStatus": "CreateResidentAppointmentRequestStatus",
    "V1EventsAppointmentsResidentsPostOutput": "CreateResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsPostOutputData": "CreateResidentAppointmentResponseData",
    "V1EventsEventIdGetInput": "GetEventRequest",
    "V1EventsEventIdGetOutput": "GetEventResponse",
    "V1EventsGetInput": "ListEventsRequest",
    "V1EventsGetOutput": "ListEventsResponse",
    "V1EventsLeadsEventIdPutInput": "UpdateLeadEventRequest",
    "V1EventsLeadsEventIdPutInputStatus": "UpdateLeadEventRequestStatus",
    "V1EventsLeadsEventIdPutOutput": "UpdateLeadEventResponse",
    "V1EventsLeadsEventIdPutOutputData": "UpdateLeadEventResponseData",
    "V1EventsLeadsPostInput": "CreateLeadEventRequest",
    "V1EventsLeadsPostInputCallStatus": "CreateLeadEventRequestCallStatus",
    "V1EventsLeadsPostInputEventName": "CreateLeadEventRequestEventName",
    "V1EventsLeadsPostInputStatus": "CreateLeadEventRequestStatus",
    "V1EventsLeadsPostOutput": "CreateLeadEventResponse",
    "V1EventsLeadsPostOutputData": "CreateLeadEventResponseData",
    "V1EventsResidentsEventIdPutInput": "UpdateResidentEventRequest",
    "V1EventsResidentsEventIdPutInputStatus": "UpdateResidentEventRequestStatus",
    "V1EventsResidentsEventIdPutOutput": "UpdateResidentEventResponse",
    "V1EventsResidentsEventIdPutOutputData": "UpdateResidentEventResponseData",
    "V1EventsResidentsPostInput": "CreateResidentEventRequest",
    "V1EventsResidentsPostInputCallStatus": "CreateResidentEventRequestCallStatus",
    "V1EventsResidentsPostInputEventType": "CreateResidentEventRequestEventType",
    "V1EventsResidentsPostInputStatus": "CreateResidentEventRequestStatus",
    "V1EventsResidentsPostOutput": "CreateResidentEventResponse",
    "V1EventsResidentsPostOutputData": "CreateResidentEventResponseData",
    "V1EventSubTypesEventSubTypeIdGetInput": "GetEventSubTypeRequest",
    "V1EventSubTypesEventSubTypeIdGetOutput": "GetEventSubTypeResponse",
    "V1EventSubTypesGetInput": "ListEventSubTypesRequest",
    "V1EventSubTypesGetOutput": "ListEventSubTypesResponse",
    "V1EventTypesEventTypeIdGetInput": "GetEventTypeRequest",
    "V1EventTypesEventTypeIdGetOutput": "GetEventTypeResponse",
    "V1EventTypesGetInput": "ListEventTypesRequest",
    "V1EventTypesGetOutput": "ListEventTypesResponse",
    "V1FeesFeeIdGetInput": "GetFeeRequest",
    "V1FeesFeeIdGetOutput": "GetFeeResponse",
    "V1FeesGetInput": "ListFeesRequest",
    "V1FeesGetOutput": "ListFeesResponse",
    "V1FileTypesFileTypeIdGetInput": "GetFileTypeRequest",
    "V1FileTypesFileTypeIdGetOutput": "GetFileTypeResponse",
    "V1FileTypesGetInput": "ListFileTypesRequest",
    "V1FileTypesGetOutput": "ListFileTypesResponse",
    "V1FileTypesPostInput": "CreateFileTypeRequest",
    "V1FileTypesPostInputModel": "CreateFileTypeRequestModel",
    "V1FileTypesPostOutput": "CreateFileTypeResponse",
    "V1FileTypesPostOutputData": "CreateFileTypeResponseData",
    "V1FinancialAccountsFinancialAccountIdGetInput": "GetFinancialAccountRequest",
    "V1FinancialAccountsFinancialAccountIdGetOutput": "GetFinancialAccountResponse",
    "V1FinancialAccountsGetInput": "ListFinancialAccountsRequest",
    "V1FinancialAccountsGetOutput": "ListFinancialAccountsResponse",
    "V1FloorPlansFloorPlanIdGetInput": "GetFloorPlanRequest",
    "V1FloorPlansFloorPlanIdGetOutput": "GetFloorPlanResponse",
    "V1FloorPlansGetInput": "ListFloorPlansRequest",
    "V1FloorPlansGetOutput": "ListFloorPlansResponse",
    "V1InvoicesGetInput": "ListInvoicesRequest",
    "V1InvoicesGetOutput": "ListInvoicesResponse",
    "V1InvoicesGetOutputResultsItem": "Invoice",
    "V1InvoicesGetOutputResultsItemCustomDataType0": "InvoiceCustomDataType0",
    "V1InvoicesGetOutputResultsItemInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "V1InvoicesInvoiceIdGetInput": "GetInvoiceRequest",
    "V1InvoicesInvoiceIdGetOutput": "GetInvoiceResponse",
    "V1InvoicesInvoiceIdGetOutputResults": "Invoice",
    "V1InvoicesInvoiceIdGetOutputResultsCustomDataType0": "InvoiceCustomDataType0",
    "V1InvoicesInvoiceIdGetOutputResultsInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "V1InvoicesInvoiceIdPutInput": "UpdateInvoiceRequest",
    "V1InvoicesInvoiceIdPutInputStatus": "UpdateInvoiceRequestStatus",
    "V1InvoicesInvoiceIdPutOutput": "UpdateInvoiceResponse",
    "V1InvoicesInvoiceIdPutOutputData": "UpdateInvoiceResponseData",
    "V1InvoicesPostInput": "CreateInvoiceRequest",
    "V1InvoicesPostInputAttachmentsItem": "CreateInvoiceRequestAttachmentsItem",
    "V1InvoicesPostInputInvoiceItemsItem": "CreateInvoiceRequestInvoiceItemsItem",
    "V1InvoicesPostOutput": "CreateInvoiceResponse",
    "V1InvoicesPostOutputData": "CreateInvoiceResponseData",
    "V1LeadRelationshipsGetInput": "ListLeadRelationshipsRequest",
    "V1LeadRelationshipsGetOutput": "ListLeadRelationshipsResponse",
    "V1LeadsGetInput": "ListLeadsRequest",
    "V1LeadsGetOutput": "ListLeadsResponse",
    "V1LeadsIdGetInput": "GetLeadRequest",
    "V1LeadsIdGetOutput": "GetLeadResponse",
    "V1LeadsIdPutInput": "UpdateLeadRequest",
    "V1LeadsIdPutInputApplicantStatus": "UpdateLeadRequestApplicantStatus",
    "V1LeadsIdPutInputEventsItem": "UpdateLeadRequestEventsItem",
    "V1LeadsIdPutInputInactiveReason": "UpdateLeadRequestInactiveReason",
    "V1LeadsIdPutInputPhone1Type": "UpdateLeadRequestPhone1Type",
    "V1LeadsIdPutInputPhone2Type": "UpdateLeadRequestPhone2Type",
    "V1LeadsIdPutInputStatus": "UpdateLeadRequestStatus",
    "V1LeadsIdPutOutput": "UpdateLeadResponse",
    "V1LeadsIdPutOutputData": "UpdateLeadResponseData",
    "V1LeadsIdRentableItemsGetInput": "ListLeadRentableItemsRequest",
    "V1LeadsIdRentableItemsGetOutput": "ListLeadRentableItemsResponse",
    "V1LeadSourcesGetInput": "ListLeadSourcesRequest",
    "V1LeadSourcesGetOutput": "ListLeadSourcesResponse",
    "V1LeadSourcesLeadSourceIdGetInput": "GetLeadSourceRequest",
    "V1LeadSourcesLeadSourceIdGetOutput": "GetLeadSourceResponse",
    "V1LeadsPostInput": "CreateLeadRequest",
    "V1LeadsPostInputApplicantStatus": "CreateLeadRequestApplicantStatus",
    "V1LeadsPostInputEventsItem": "CreateLeadRequestEventsItem",
    "V1LeadsPostInputEventsItemEventName": "CreateLeadRequestEventsItemEventName",
    "V1LeadsPostInputPhone1Type": "CreateLeadRequestPhone1Type",
    "V1LeadsPostInputPhone2Type": "CreateLeadRequestPhone2Type",
    "V1LeadsPostInputStatus": "CreateLeadRequestStatus",
    "V1LeadsPostOutput": "CreateLeadResponse",
    "V1LeadsPostOutputData": "CreateLeadResponseData",
    "V1LeasesGetInput": "ListLeasesRequest",
    "V1LeasesGetInputStatusNormalized": "ListLeasesRequestStatusNormalized",
    "V1LeasesGetOutput": "ListLeasesResponse",
    "V1LeasesLeaseIdGetInput": "GetLeaseRequest",
    "V1LeasesLeaseIdGetOutput": "GetLeaseResponse",
    "V1LeasesLeaseIdPutInput": "UpdateLeaseRequest",
    "V1LeasesLeaseIdPutInputAddressHistoryItem": "UpdateLeaseRequestAddressHistoryItem",
    "V1LeasesLeaseIdPutInputAddressHistoryItemCountry": "UpdateLeaseRequestAddressHistoryItemCountry",
    "V1LeasesLeaseIdPutInputAddressHistoryItemState": "UpdateLeaseRequestAddressHistoryItemState",
    "V1LeasesLeaseIdPutInputApplicationFeesItem": "UpdateLeaseRequestApplicationFeesItem",
    "V1LeasesLeaseIdPutInputConcessionFeesItem": "UpdateLeaseRequestConcessionFeesItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItem": "UpdateLeaseRequestEmergencyContactsItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemCountry": "UpdateLeaseRequestEmergencyContactsItemCountry",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship": "UpdateLeaseRequestEmergencyContactsItemRelationship",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemState": "UpdateLeaseRequestEmergencyContactsItemState",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItem": "UpdateLeaseRequestEmploymentHistoryItem",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItemState": "UpdateLeaseRequestEmploymentHistoryItemState",
    "V1LeasesLeaseIdPutInputMaritalStatus": "UpdateLeaseRequestMaritalStatus",
    "V1LeasesLeaseIdPutInputOtherIncomeItem": "UpdateLeaseRequestOtherIncomeItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItem": "UpdateLeaseRequestOtherOccupantsItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone1Type": "UpdateLeaseRequestOtherOccupantsItemPhone1Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone2Type": "UpdateLeaseRequestOtherOccupantsItemPhone2Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship": "UpdateLeaseRequestOtherOccupantsItemRelationship",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemState": "UpdateLeaseRequestOtherOccupantsItemState",
    "V1LeasesLeaseIdPutInputPetsItem": "UpdateLeaseRequestPetsItem",
    "V1LeasesLeaseIdPutInputPhone1Type": "UpdateLeaseRequestPhone1Type",
    "V1LeasesLeaseIdPutInputPhone2Type": "UpdateLeaseRequestPhone2Type",
    "V1LeasesLeaseIdPutInputStatus": "UpdateLeaseRequestStatus",
    "V1LeasesLeaseIdPutInputTenantsItem": "UpdateLeaseRequestTenantsItem",
    "V1LeasesLeaseIdPutInputType": "UpdateLeaseRequestType",
    "V1LeasesLeaseIdPutInputVehiclesItem": "UpdateLeaseRequestVehiclesItem",
    "V1LeasesLeaseIdPutOutput": "UpdateLeaseResponse",
    "V1LeasesLeaseIdPutOutputData": "UpdateLeaseResponseData",
    "V1LeasesPostInput": "CreateLeaseRequest",
    "V1LeasesPostInputAddressHistoryItem": "CreateLeaseRequestAddressHistoryItem",
    "V1LeasesPostInputAddressHistoryItemCountryType0": "CreateLeaseRequestAddressHistoryItemCountryType0",
    "V1LeasesPostInputAddressHistoryItemState": "CreateLeaseRequestAddressHistoryItemState",
    "V1LeasesPostInputApplicationFeesItem": "CreateLeaseRequestApplicationFeesItem",
    "V1LeasesPostInputConcessionFeesItem": "CreateLeaseRequestConcessionFeesItem",
    "V1LeasesPostInputCountry": "CreateLeaseRequestCountry",
    "V1LeasesPostInputCountryAlternate": "CreateLeaseRequestCountryAlternate",
    "V1LeasesPostInputEmergencyContactsItem": "CreateLeaseRequestEmergencyContactsItem",
    "V1LeasesPostInputEmergencyContactsItemCountryType0": "CreateLeaseRequestEmergencyContactsItemCountryType0",
    "V1LeasesPostInputEmergencyContactsItemRelationship": "CreateLeaseRequestEmergencyContactsItemRelationship",
    "V1LeasesPostInputEmergencyContactsItemState": "CreateLeaseRequestEmergencyContactsItemState",
    "V1LeasesPostInputEmploymentHistoryItem": "CreateLeaseRequestEmploymentHistoryItem",
    "V1LeasesPostInputEmploymentHistoryItemState": "CreateLeaseRequestEmploymentHistoryItemState",
    "V1LeasesPostInputMaritalStatus": "CreateLeaseRequestMaritalStatus",
    "V1LeasesPostInputOtherIncomeItem": "CreateLeaseRequestOtherIncomeItem",
    "V1LeasesPostInputOtherOccupantsItem": "CreateLeaseRequestOtherOccupantsItem",
    "V1LeasesPostInputOtherOccupantsItemPhone1Type": "CreateLeaseRequestOtherOccupantsItemPhone1Type",
    "V1LeasesPostInputOtherOccupantsItemPhone2Type": "CreateLeaseRequestOtherOccupantsItemPhone2Type",
    "V1LeasesPostInputOtherOccupantsItemRelationship": "CreateLeaseRequestOtherOccupantsItemRelationship",
    "V1LeasesPostInputOtherOccupantsItemState": "CreateLeaseRequestOtherOccupantsItemState",
    "V1LeasesPostInputPetsItem": "CreateLeaseRequestPetsItem",
    "V1LeasesPostInputPhone1Type": "CreateLeaseRequestPhone1Type",
    "V1LeasesPostInputPhone2Type": "CreateLeaseRequestPhone2Type",
    "V1LeasesPostInputRecurringResidentChargesItem": "CreateLeaseRequestRecurringResidentChargesItem",
    "V1LeasesPostInputRentCycle": "CreateLeaseRequestRentCycle",
    "V1LeasesPostInputResidentChargesItem": "CreateLeaseRequestResidentChargesItem",
    "V1LeasesPostInputStatus": "CreateLeaseRequestStatus",
    "V1LeasesPostInputTenantsItem": "CreateLeaseRequestTenantsItem",
    "V1LeasesPostInputType": "CreateLeaseRequestType",
    "V1LeasesPostInputVehiclesItem": "CreateLeaseRequestVehiclesItem",
    "V1LeasesPostOutput": "CreateLeaseResponse",
    "V1LeasesPostOutputData": "CreateLeaseResponseData",
    "V1LeaseTransfersGetInput": "ListLeaseTransfersRequest",
    "V1LeaseTransfersGetOutput": "ListLeaseTransfersResponse",
    "V1LeaseTransfersLeaseTransferIdGetInput": "GetLeaseTransferRequest",
    "V1LeaseTransfersLeaseTransferIdGetOutput": "GetLeaseTransferResponse",
    "V1ListingsGetInput": "ListListingsRequest",
    "V1ListingsGetOutput": "ListListingsResponse",
    "V1ListingsListingIdGetInput": "GetListingRequest",
    "V1ListingsListingIdGetOutput": "GetListingResponse",
    "V1ListingsListingIdPutInput": "UpdateListingRequest",
    "V1ListingsListingIdPutOutput": "UpdateListingResponse",
    "V1ListingsListingIdPutOutputData": "UpdateListingResponseData",
    "V1ListingsPostInput": "CreateListingRequest",
    "V1ListingsPostInputCustomData": "CreateListingRequestCustomData",
    "V1ListingsPostOutput": "CreateListingResponse",
    "V1ListingsPostOutputData": "CreateListingResponseData",
    "V1ListingsPricingGetInput": "ListListingPricingRequest",
    "V1ListingsPricingGetOutput": "ListListingPricingResponse",
    "V1ListingsPricingGetOutputResultsItem": "ListingPricing",
    "V1ListingsPricingGetOutputResultsItemCustomDataType0": "ListingPricingCustomDataType0",
    "V1LocationsRentmanagerGetOutput": "ListLocationsRentmanagerResponse",
    "V1NoteCategoriesGetInput": "ListNoteCategoriesRequest",
    "V1NoteCategoriesGetOutput": "ListNoteCategoriesResponse",
    "V1NoteCategoriesNoteCategoryIdGetInput": "GetNoteCategoryRequest",
    "V1NoteCategoriesNoteCategoryIdGetOutput": "GetNoteCategoryResponse",
    "V1OwnersGetInput": "ListOwnersRequest",
    "V1OwnersGetOutput": "ListOwnersResponse",
    "V1OwnersOwnerIdGetInput": "GetOwnerRequest",
    "V1OwnersOwnerIdGetOutput": "GetOwnerResponse",
    "V1PayableRegistersCancelPostInput": "CancelPayableRegisterRequest",
    "V1PayableRegistersCancelPostOutput": "CancelPayableRegisterResponse",
    "V1PayableRegistersCancelPostOutputData": "CancelPayableRegisterResponseData",
    "V1PayableRegistersGetInput": "ListPayableRegistersRequest",
    "V1PayableRegistersGetOutput": "ListPayableRegistersResponse",
    "V1PayableRegistersPayableRegisterIdGetInput": "GetPayableRegisterRequest",
    "V1PayableRegistersPayableRegisterIdGetOutput": "GetPayableRegisterResponse",
    "V1PayableRegistersPayableRegisterIdPutInput": "UpdatePayableRegisterRequest",
    "V1PayableRegistersPayableRegisterIdPutOutput": "UpdatePayableRegisterResponse",
    "V1PayableRegistersPayableRegisterIdPutOutputData": "UpdatePayableRegisterResponseData",
    "V1PayableRegistersPostInput": "CreatePayableRegisterRequest",
    "V1PayableRegistersPostInputInvoiceStatus": "CreatePayableRegisterRequestInvoiceStatus",
    "V1PayableRegistersPostInputPayableRegisterItemsItem": "CreatePayableRegisterRequestPayableRegisterItemsItem",
    "V1PayableRegistersPostOutput": "CreatePayableRegisterResponse",
    "V1PayableRegistersPostOutputData": "CreatePayableRegisterResponseData",
    "V1PropertiesGetInput": "ListPropertiesRequest",
    "V1PropertiesGetOutput": "ListPropertiesResponse",
    "V1PropertiesIdGetInput": "GetPropertyRequest",
    "V1PropertiesIdGetOutput": "GetPropertyResponse",
    "V1PropertiesIdPutInput": "UpdatePropertyRequest",
    "V1PropertiesIdPutInputCategory": "UpdatePropertyRequestCategory",
    "V1PropertiesIdPutInputType": "UpdatePropertyRequestType",
    "V1PropertiesIdPutOutput": "UpdatePropertyResponse",
    "V1PropertiesIdPutOutputData": "UpdatePropertyResponseData",
    "V1PropertiesPostInput": "CreatePropertyRequest",
    "V1PropertiesPostInputCategory": "CreatePropertyRequestCategory",
    "V1PropertiesPostInputType": "CreatePropertyRequestType",
    "V1PropertiesPostOutput": "CreatePropertyResponse",
    "V1PropertiesPostOutputData": "CreatePropertyResponseData",
    "V1PropertyListsGetInput": "ListPropertyListsRequest",
    "V1PropertyListsGetOutput": "ListPropertyListsResponse",
    "V1PropertyListsGetOutputResultsItem": "PropertyList",
    "V1PropertyListsPropertyListIdGetInput": "GetPropertyListRequest",
    "V1PropertyListsPropertyListIdGetOutput": "GetPropertyListResponse",
    "V1PropertyListsPropertyListIdGetOutputResults": "PropertyList",
    "V1PurchaseOrdersGetInput": "ListPurchaseOrdersRequest",
    "V1PurchaseOrdersGetOutput": "ListPurchaseOrdersResponse",
    "V1PurchaseOrdersPostInput": "CreatePurchaseOrderRequest",
    "V1PurchaseOrdersPostInputBillingStateType0": "CreatePurchaseOrderRequestBillingStateType0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType0": "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType1": "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1",
    "V1PurchaseOrdersPostInputShippingStateType0": "CreatePurchaseOrderRequestShippingStateType0",
    "V1PurchaseOrdersPostOutput": "CreatePurchaseOrderResponse",
    "V1PurchaseOrdersPostOutputData": "CreatePurchaseOrderResponseData",
    "V1PurchaseOrdersPurchaseOrderIdGetInput": "GetPurchaseOrderRequest",
    "V1PurchaseOrdersPurchaseOrderIdGetOutput": "GetPurchaseOrderResponse",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetInput": "ListPurchaseOrderItemsRequest",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetOutput": "ListPurchaseOrderItemsResponse",
    "V1PurchaseOrdersPurchaseOrderIdPutInput": "UpdatePurchaseOrderRequest",
    "V1PurchaseOrdersPurchaseOrderIdPutInputBillingStateType0": "UpdatePurchaseOrderRequestBillingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutInputPurchaseOrderItemsItem": "UpdatePurchaseOrderRequestPurchaseOrderItemsItem",
    "V1PurchaseOrdersPurchaseOrderIdPutInputShippingStateType0": "UpdatePurchaseOrderRequestShippingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutOutput": "UpdatePurchaseOrderResponse",
    "V1PurchaseOrdersPurchaseOrderIdPutOutputData": "UpdatePurchaseOrderResponseData",
    "V1RecurringResidentChargesGetInput": "ListRecurringResidentChargesRequest",
    "V1RecurringResidentChargesGetOutput": "ListRecurringResidentChargesResponse",
    "V1RecurringResidentChargesPostInput": "CreateRecurringResidentChargeRequest",
    "V1RecurringResidentChargesPostInputFrequencyNormalized": "CreateRecurringResidentChargeRequestFrequencyNormalized",
    "V1RecurringResidentChargesPostOutput": "CreateRecurringResidentChargeResponse",
    "V1RecurringResidentChargesPostOutputData": "CreateRecurringResidentChargeResponseData",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetInput": "GetRecurringResidentChargeRequest",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetOutput": "GetRecurringResidentChargeResponse",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInput": "UpdateRecurringResidentChargeRequest",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized": "UpdateRecurringResidentChargeRequestFrequencyNormalized",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutput": "UpdateRecurringResidentChargeResponse",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutputData": "UpdateRecurringResidentChargeResponseData",
    "V1RecurringResidentChargesRentmanagerPostInput": "CreateRecurringResidentChargeRentmanagerRequest",
    "V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized": "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerPostOutput": "CreateRecurringResidentChargeRentmanagerResponse",
    "V1RecurringResidentChargesRentmanagerPostOutputMeta": "CreateRecurringResidentChargeRentmanagerResponseMeta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInput": "UpdateRecurringResidentChargeRentmanagerRequest",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized": "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutput": "UpdateRecurringResidentChargeRentmanagerResponse",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputMeta": "UpdateRecurringResidentChargeRentmanagerResponseMeta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputResult": "UpdateRecurringResidentChargeRentmanagerResponseResult",
    "V1RentableItemsApplicantsAssignPostInput": "AssignApplicantRentableItemRequest",
    "V1RentableItemsApplicantsAssignPostOutput": "AssignApplicantRentableItemResponse",
    "V1RentableItemsApplicantsAssignPostOutputData": "AssignApplicantRentableItemResponseData",
    "V1RentableItemsGetInput": "ListRentableItemsRequest",
    "V1RentableItemsGetOutput": "ListRentableItemsResponse",
    "V1RentableItemsRentableItemIdGetInput": "GetRentableItemRequest",
    "V1RentableItemsRentableItemIdGetOutput": "GetRentableItemResponse",
    "V1ResidentChargesBatchPropertywareRestPostInput": "BatchCreateResidentChargesPropertywareRestRequest",
    "V1ResidentChargesBatchPropertywareRestPostInputChargesItems": "BatchCreateResidentChargesPropertywareRestRequestChargesItems",
    "V1ResidentChargesBatchPropertywareRestPostOutput": "BatchCreateResidentChargesPropertywareRestResponse",
    "V1ResidentChargesBatchPropertywareRestPostOutputMeta": "BatchCreateResidentChargesPropertywareRestResponseMeta",
    "V1ResidentChargesBatchRentmanagerPostInput": "BatchCreateResidentChargesRentmanagerRequest",
    "V1ResidentChargesBatchRentmanagerPostInputChargesItems": "BatchCreateResidentChargesRentmanagerRequestChargesItems",
    "V1ResidentChargesBatchRentmanagerPostOutput": "BatchCreateResidentChargesRentmanagerResponse",
    "V1ResidentChargesBatchRentmanagerPostOutputMeta": "BatchCreateResidentChargesRentmanagerResponseMeta",
    "V1ResidentChargesBatchResmanPostInput": "BatchCreateResidentChargesResmanRequest",
    "V1ResidentChargesBatchResmanPostInputChargesItems": "BatchCreateResidentChargesResmanRequestChargesItems",
    "V1ResidentChargesBatchResmanPostOutput": "BatchCreateResidentChargesResmanResponse",
    "V1ResidentChargesBatchResmanPostOutputMeta": "BatchCreateResidentChargesResmanResponseMeta",
    "V1ResidentChargesBatchYardiPostInput": "BatchCreateResidentChargesYardiRequest",
    "V1ResidentChargesBatchYardiPostInputChargesItems": "BatchCreateResidentChargesYardiRequestChargesItems",
    "V1ResidentChargesBatchYardiPostOutput": "BatchCreateResidentChargesYardiResponse",
    "V1ResidentChargesBatchYardiPostOutputMeta": "BatchCreateResidentChargesYardiResponseMeta",
    "V1ResidentChargesGetInput": "ListResidentChargesRequest",
    "V1ResidentChargesGetOutput": "ListResidentChargesResponse",
    "V1ResidentChargesPostInput": "CreateResidentChargeRequest",
    "V1ResidentChargesPostOutput": "CreateResidentChargeResponse",
    "V1ResidentChargesPostOutputData": "CreateResidentChargeResponseData",
    "V1ResidentChargesRentmanagerPostInput": "CreateResidentChargeRentmanagerRequest",
    "V1ResidentChargesRentmanagerPostOutput": "CreateResidentChargeRentmanagerResponse",
    "V1ResidentChargesRentmanagerPostOutputMeta": "CreateResidentChargeRentmanagerResponseMeta",
    "V1ResidentChargesResidentChargeIdGetInput": "GetResidentChargeRequest",
    "V1ResidentChargesResidentChargeIdGetOutput": "GetResidentChargeResponse",
    "V1ResidentCreditsPostInput": "CreateResidentCreditRequest",
    "V1ResidentCreditsPostOutput": "CreateResidentCreditResponse",
    "V1ResidentCreditsPostOutputData": "CreateResidentCreditResponseData",
    "V1ResidentCreditsRentmanagerPostInput": "CreateResidentCreditRentmanagerRequest",
    "V1ResidentCreditsRentmanagerPostOutput": "CreateResidentCreditRentmanagerResponse",
    "V1ResidentCreditsRentmanagerPostOutputMeta": "CreateResidentCreditRentmanagerResponseMeta",
    "V1ResidentInsuranceGetInput": "ListResidentInsuranceRequest",
    "V1ResidentInsuranceGetOutput": "ListResidentInsuranceResponse",
    "V1ResidentInsuranceGetOutputResultsItem": "ResidentInsurance",
    "V1ResidentInsuranceResidentInsuranceIdGetInput": "GetResidentInsuranceRequest",
    "V1ResidentInsuranceResidentInsuranceIdGetOutput": "GetResidentInsuranceResponse",
    "V1ResidentInsuranceResidentInsuranceIdGetOutputResults": "ResidentInsurance",
    "V1ResidentPaymentsGetInput": "ListResidentPaymentsRequest",
    "V1ResidentPaymentsGetOutput": "ListResidentPaymentsResponse",
    "V1ResidentPaymentsGetOutputResultsItem": "ResidentPayment",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItem": "ResidentPaymentAllocationsItem",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItemCustomDataType0": "ResidentPaymentAllocationsItemCustomDataType0",
    "V1ResidentPaymentsGetOutputResultsItemCustomDataType0": "ResidentPaymentCustomDataType0",
    "V1ResidentPaymentsPostInput": "CreateResidentPaymentRequest",
    "V1ResidentPaymentsPostInputPaymentType": "CreateResidentPaymentRequestPaymentType",
    "V1ResidentPaymentsPostOutput": "CreateResidentPaymentResponse",
    "V1ResidentPaymentsPostOutputData": "CreateResidentPaymentResponseData",
    "V1ResidentPaymentsRentmanagerPostInput": "CreateResidentPaymentRentmanagerRequest",
    "V1ResidentPaymentsRentmanagerPostOutput": "CreateResidentPaymentRentmanagerResponse",
    "V1ResidentPaymentsRentmanagerPostOutputMeta": "CreateResidentPaymentRentmanagerResponseMeta",
    "V1ResidentPaymentsResidentPaymentIdGetInput": "GetResidentPaymentRequest",
    "V1ResidentPaymentsResidentPaymentIdGetOutput": "GetResidentPaymentResponse",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResults": "ResidentPayment",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItem": "ResidentPaymentAllocationsItem",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItemCustomDataType0": "ResidentPaymentAllocationsItemCustomDataType0",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsCustomDataType0": "ResidentPaymentCustomDataType0",
    "V1ResidentPetsPetIdPutInput": "UpdateResidentPetRequest",
    "V1ResidentPetsPetIdPutOutput": "UpdateResidentPetResponse",
    "V1ResidentPetsPetIdPutOutputData": "UpdateResidentPetResponseData",
    "V1ResidentPetsPostInput": "CreateResidentPetRequest",
    "V1ResidentPetsPostOutput": "CreateResidentPetResponse",
    "V1ResidentPetsPostOutputData": "CreateResidentPetResponseData",
    "V1ResidentsGetInput": "ListResidentsRequest",
    "V1ResidentsGetOutput": "ListResidentsResponse",
    "V1ResidentsGetOutputResultsItem": "Resident",
    "V1ResidentsGetOutputResultsItemCustomDataType0": "ResidentCustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemCustomDataType0": "ResidentLeasesMetaDataItemCustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "V1ResidentsGetOutputResultsItemPetsItem": "ResidentPetsItem",
    "V1ResidentsGetOutputResultsItemPetsItemCustomDataType0": "ResidentPetsItemCustomDataType0",
    "V1ResidentsGetOutputResultsItemPhone1Type": "PhoneType",
    "V1ResidentsGetOutputResultsItemPhone2Type": "PhoneType",
    "V1ResidentsGetOutputResultsItemVehiclesItem": "ResidentVehiclesItem",
    "V1ResidentsGetOutputResultsItemVehiclesItemCustomDataType0": "ResidentVehiclesItemCustomDataType0",
    "V1ResidentsIdGetInput": "GetResidentRequest",
    "V1ResidentsIdGetOutput": "GetResidentResponse",
    "V1ResidentsIdGetOutputResults": "Resident",
    "V1ResidentsIdGetOutputResultsCustomDataType0": "ResidentCustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemCustomDataType0": "ResidentLeasesMetaDataItemCustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "V1ResidentsIdGetOutputResultsPetsItem": "ResidentPetsItem",
    "V1ResidentsIdGetOutputResultsPetsItemCustomDataType0": "ResidentPetsItemCustomDataType0",
    "V1ResidentsIdGetOutputResultsPhone1Type": "PhoneType",
    "V1ResidentsIdGetOutputResultsPhone2Type": "PhoneType",
    "V1ResidentsIdGetOutputResultsVehiclesItem": "ResidentVehiclesItem",
    "V1ResidentsIdGetOutputResultsVehiclesItemCustomDataType0": "ResidentVehiclesItemCustomDataType0",
    "V1ResidentsIdPutInput": "UpdateResidentRequest",
    "V1ResidentsIdPutInputCountry": "UpdateResidentRequestCountry",
    "V1ResidentsIdPutInputCountryAlternate": "UpdateResidentRequestCountryAlternate",
    "V1ResidentsIdPutInputCustomData": "UpdateResidentRequestCustomData",
    "V1ResidentsIdPutInputEventsItem": "UpdateResidentRequestEventsItem",
    "V1ResidentsIdPutInputGender": "UpdateResidentRequestGender",
    "V1ResidentsIdPutInputPhone1Type": "UpdateResidentRequestPhone1Type",
    "V1ResidentsIdPutInputPhone2Type": "UpdateResidentRequestPhone2Type",
    "V1ResidentsIdPutInputRentPeriod": "UpdateResidentRequestRentPeriod",
    "V1ResidentsIdPutInputState": "UpdateResidentRequestState",
    "V1ResidentsIdPutOutput": "UpdateResidentResponse",
    "V1ResidentsIdPutOutputData": "UpdateResidentResponseData",
    "V1ResidentsIdRentableItemsGetInput": "ListResidentRentableItemsRequest",
    "V1ResidentsIdRentableItemsGetOutput": "ListResidentRentableItemsResponse",
    "V1ResidentsPostInput": "CreateResidentRequest",
    "V1ResidentsPostInputAttachmentsItem": "CreateResidentRequestAttachmentsItem",
    "V1ResidentsPostInputAttachmentsItemFileType": "CreateResidentRequestAttachmentsItemFileType",
    "V1ResidentsPostInputCountryAlternate": "CreateResidentRequestCountryAlternate",
    "V1ResidentsPostInputCountryType0": "CreateResidentRequestCountryType0",
    "V1ResidentsPostInputCustomData": "CreateResidentRequestCustomData",
    "V1ResidentsPostInputPhone1Type": "CreateResidentRequestPhone1Type",
    "V1ResidentsPostInputPhone2Type": "CreateResidentRequestPhone2Type",
    "V1ResidentsPostInputRentPeriod": "CreateResidentRequestRentPeriod",
    "V1ResidentsPostOutput": "CreateResidentResponse",
    "V1ResidentsPostOutputData": "CreateResidentResponseData",
    "V1ServiceRequestCategoriesGetInput": "ListServiceRequestCategoriesRequest",
    "V1ServiceRequestCategoriesGetOutput": "ListServiceRequestCategoriesResponse",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetInput": "GetServiceRequestCategoryRequest",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetOutput": "GetServiceRequestCategoryResponse",
    "V1ServiceRequestHistoryGetInput": "ListServiceRequestHistoryRequest",
    "V1ServiceRequestHistoryGetOutput": "ListServiceRequestHistoryResponse",
    "V1ServiceRequestHistoryPostInput": "CreateServiceRequestHistoryRequest",
    "V1ServiceRequestHistoryPostInputAttachment": "CreateServiceRequestHistoryRequestAttachment",
    "V1ServiceRequestHistoryPostInputStatusRaw": "CreateServiceRequestHistoryRequestStatusRaw",
    "V1ServiceRequestHistoryPostOutput": "CreateServiceRequestHistoryResponse",
    "V1ServiceRequestHistoryPostOutputData": "CreateServiceRequestHistoryResponseData",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetInput": "GetServiceRequestHistoryRequest",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetOutput": "GetServiceRequestHistoryResponse",
    "V1ServiceRequestLocationsGetInput": "ListServiceRequestLocationsRequest",
    "V1ServiceRequestLocationsGetOutput": "ListServiceRequestLocationsResponse",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetInput": "GetServiceRequestLocationRequest",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetOutput": "GetServiceRequestLocationResponse",
    "V1ServiceRequestPrioritiesGetInput": "ListServiceRequestPrioritiesRequest",
    "V1ServiceRequestPrioritiesGetOutput": "ListServiceRequestPrioritiesResponse",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetInput": "GetServiceRequestPriorityRequest",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetOutput": "GetServiceRequestPriorityResponse",
    "V1ServiceRequestProblemsGetInput": "ListServiceRequestProblemsRequest",
    "V1ServiceRequestProblemsGetOutput": "ListServiceRequestProblemsResponse",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetInput": "GetServiceRequestProblemRequest",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetOutput": "GetServiceRequestProblemResponse",
    "V1ServiceRequestsGetInput": "ListServiceRequestsRequest",
    "V1ServiceRequestsGetOutput": "ListServiceRequestsResponse",
    "V1ServiceRequestsPostInput": "CreateServiceRequestRequest",
    "V1ServiceRequestsPostInputAccessIsAuthorizedValue": "CreateServiceRequestRequestAccessIsAuthorizedValue",
    "V1ServiceRequestsPostInputServiceCategory": "CreateServiceRequestRequestServiceCategory",
    "V1ServiceRequestsPostInputServicePriority": "CreateServiceRequestRequestServicePriority",
    "V1ServiceRequestsPostInputServiceStatus": "CreateServiceRequestRequestServiceStatus",
    "V1ServiceRequestsPostInputStatusRaw": "CreateServiceRequestRequestStatusRaw",
    "V1ServiceRequestsPostOutput": "CreateServiceRequestResponse",
    "V1ServiceRequestsPostOutputData": "CreateServiceRequestResponseData",
    "V1ServiceRequestsServiceRequestIdGetInput": "GetServiceRequestRequest",
    "V1ServiceRequestsServiceRequestIdGetOutput": "GetServiceRequestResponse",
    "V1ServiceRequestsServiceRequestIdPutInput": "UpdateServiceRequestRequest",
    "V1ServiceRequestsServiceRequestIdPutInputServiceCategory": "UpdateServiceRequestRequestServiceCategory",
    "V1ServiceRequestsServiceRequestIdPutInputServicePriority": "UpdateServiceRequestRequestServicePriority",
    "V1ServiceRequestsServiceRequestIdPutInputStatusRaw": "UpdateServiceRequestRequestStatusRaw",
    "V1ServiceRequestsServiceRequestIdPutOutput": "UpdateServiceRequestResponse",
    "V1ServiceRequestsServiceRequestIdPutOutputData": "UpdateServiceRequestResponseData",
    "V1ServiceRequestStatusesGetInput": "ListServiceRequestStatusesRequest",
    "V1ServiceRequestStatusesGetOutput": "ListServiceRequestStatusesResponse",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetInput": "GetServiceRequestStatusRequest",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetOutput": "GetServiceRequestStatusResponse",
    "V1TimezonesGetInput": "ListTimezonesRequest",
    "V1TimezonesGetOutput": "ListTimezonesResponse",
    "V1TimezonesGetOutputResultsItem": "Timezone",
    "V1UnitsDetailsGetInput": "ListUnitDetailsRequest",
    "V1UnitsDetailsGetOutput": "ListUnitDetailsResponse",
    "V1UnitsDetailsGetOutputResultsItem": "UnitDetail",
    "V1UnitsDetailsUnitDetailIdGetInput": "GetUnitDetailRequest",
    "V1UnitsDetailsUnitDetailIdGetOutput": "GetUnitDetailResponse",
    "V1UnitsDetailsUnitDetailIdGetOutputResults": "UnitDetail",
    "V1UnitsGetInput": "ListUnitsRequest",
    "V1UnitsGetOutput": "ListUnitsResponse",
    "V1UnitsGetOutputResultsItem": "Unit",
    "V1UnitsGetOutputResultsItemCustomDataType0": "UnitCustomDataType0",
    "V1UnitsIdGetInput": "GetUnitRequest",
    "V1UnitsIdGetOutput": "GetUnitResponse",
    "V1UnitsIdGetOutputResults": "Unit",
    "V1UnitsIdGetOutputResultsCustomDataType0": "UnitCustomDataType0",
    "V1UnitsIdPutInput": "UpdateUnitRequest",
    "V1UnitsIdPutInputCategory": "UpdateUnitRequestCategory",
    "V1UnitsIdPutInputType": "UpdateUnitRequestType",
    "V1UnitsIdPutOutput": "UpdateUnitResponse",
    "V1UnitsIdPutOutputData": "UpdateUnitResponseData",
    "V1UnitsPostInput": "CreateUnitRequest",
    "V1UnitsPostInputCategory": "CreateUnitRequestCategory",
    "V1UnitsPostInputType": "CreateUnitRequestType",
    "V1UnitsPostOutput": "CreateUnitResponse",
    "V1UnitsPostOutputData": "CreateUnitResponseData",
    "V1UnitTypesGetInput": "ListUnitTypesRequest",
    "V1UnitTypesGetOutput": "ListUnitTypesResponse",
    "V1UnitTypesGetOutputResultsItem": "UnitType",
    "V1UnitTypesUnitTypeIdGetInput": "GetUnitTypeRequest",
    "V1UnitTypesUnitTypeIdGetOutput": "GetUnitTypeResponse",
    "V1UnitTypesUnitTypeIdGetOutputResults": "UnitType",
    "V1VendorsGetInput": "ListVendorsRequest",
    "V1VendorsGetOutput": "ListVendorsResponse",
    "V1VendorsGetOutputResultsItem": "Vendor",
    "V1VendorsGetOutputResultsItemContactsItem": "VendorContactsItem",
    "V1VendorsGetOutputResultsItemCustomDataType0": "VendorCustomDataType0",
    "V1VendorsPostInput": "CreateVendorRequest",
    "V1VendorsPostInputPhone1Type": "CreateVendorRequestPhone1Type",
    "V1VendorsPostInputPhone2Type": "CreateVendorRequestPhone2Type",
    "V1VendorsPostInputTaxPayerType": "CreateVendorRequestTaxPayerType",
    "V1VendorsPostOutput": "CreateVendorResponse",
    "V1VendorsPostOutputData": "CreateVendorResponseData",
    "V1VendorsPropertiesPropertyIdGetInput": "ListPropertyVendorsRequest",
    "V1VendorsPropertiesPropertyIdGetOutput": "ListPropertyVendorsResponse",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItem": "Vendor",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemContactsItem": "VendorContactsItem",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemCustomDataType0": "VendorCustomDataType0",
    "V1VendorsVendorIdGetInput": "GetVendorRequest",
    "V1VendorsVendorIdGetOutput": "GetVendorResponse",
    "V1VendorsVendorIdGetOutputResults": "Vendor",
    "V1VendorsVendorIdGetOutputResultsContactsItem": "VendorContactsItem",
    "V1VendorsVendorIdGetOutputResultsCustomDataType0": "VendorCustomDataType0",
    "V1VendorsVendorIdPutInput": "UpdateVendorRequest",
    "V1VendorsVendorIdPutInputCountryType0": "UpdateVendorRequestCountryType0",
    "V1VendorsVendorIdPutInputState": "UpdateVendorRequestState",
    "V1VendorsVendorIdPutOutput": "UpdateVendorResponse",
    "V1VendorsVendorIdPutOutputData": "UpdateVendorResponseData",
    "V1WebhooksGetInput": "ListWebhooksRequest",
    "V1WebhooksGetOutput": "ListWebhooksResponse",
    "V1WebhooksGetOutputResultsItem": "Webhook",
    "V1WebhooksGetOutputResultsItemHeadersItem": "WebhookHeadersItem",
    "V1WebhooksGetOutputResultsItemSystem": "System",
    "V1WebhooksGetOutputResultsItemTriggersItem": "WebhookTriggersItem",
    "V1WebhooksPostInput": "CreateWebhookRequest",
    "V1WebhooksPostInputHeadersItem": "CreateWebhookRequestHeadersItem",
    "V1WebhooksPostInputModel": "CreateWebhookRequestModel",
    "V1WebhooksPostInputTriggersItem": "CreateWebhookRequestTriggersItem",
    "V1WebhooksPostOutput": "CreateWebhookResponse",
    "V1WebhooksPostOutputResult": "CreateWebhookResponseResult",
    "V1WebhooksPostOutputResultHeadersType0Item": "CreateWebhookResponseResultHeadersType0Item",
    "V1WebhooksPostOutputResultSystem": "System",
    "V1WebhooksPostOutputResultTriggersItem": "CreateWebhookResponseResultTriggersItem",
    "V1WebhooksWebhookIdDeleteInput": "DeleteWebhookRequest",
    "V1WebhooksWebhookIdDeleteOutput": "DeleteWebhookResponse",
    "V1WebhooksWebhookIdDeleteOutputResult": "DeleteWebhookResponseResult",
    "V1WebhooksWebhookIdGetInput": "GetWebhookRequest",
    "V1WebhooksWebhookIdGetOutput": "GetWebhookResponse",
    "V1WebhooksWebhookIdGetOutputResults": "Webhook",
    "V1WebhooksWebhookIdGetOutputResultsHeadersItem": "WebhookHeadersItem",
    "V1WebhooksWebhookIdGetOutputResultsSystem": "System",
    "V1WebhooksWebhookIdGetOutputResultsTriggersItem": "WebhookTriggersItem",
    "V1WebhooksWebhookIdPutInput": "UpdateWebhookRequest",
    "V1WebhooksWebhookIdPutInputHeadersItem": "UpdateWebhookRequestHeadersItem",
    "V1WebhooksWebhookIdPutInputModel": "UpdateWebhookRequestModel",
    "V1WebhooksWebhookIdPutInputTriggersItem": "UpdateWebhookRequestTriggersItem",
    "V1WebhooksWebhookIdPutOutput": "UpdateWebhookResponse",
    "V1WebhooksWebhookIdPutOutputResult": "UpdateWebhookResponseResult",
    "V1WebhooksWebhookIdPutOutputResultHeadersType0Item": "UpdateWebhookResponseResultHeadersType0Item",
    "V1WebhooksWebhookIdPutOutputResultSystem": "System",
    "V1WebhooksWebhookIdPutOutputResultTriggersItem": "UpdateWebhookResponseResultTriggersItem",
    "WebhookSystem": "System",
}


#: Names a Propexo release changed and the names they now have (deprecated: they warn).
_DEPRECATED: dict[str, str] = {}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        new = _DEPRECATED[name]
        warnings.warn(
            f"{__name__}.{name} is deprecated (a Propexo release renamed it): use {new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(import_module(__name__), new)
    if name in _ALIASES:
        value = getattr(import_module(__name__), _ALIASES[name])
        globals()[name] = value
        return value
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountingEntity",
    "AddressType",
    "Amenity",
    "AmenityCustomDataType0",
    "AmenityMetaDataType0",
    "AmenityUnitsItem",
    "Applicant",
    "ApplicantApplicationsItem",
    "ApplicantApplicationsItemCustomDataType0",
    "ApplicantApplicationsItemStatusNormalized",
    "ApplicantCustomDataType0",
    "ApplicantPetsItem",
    "ApplicantPetsItemCustomDataType0",
    "ApplicantScreeningsItem",
    "Application",
    "ApplicationApplicantsItem",
    "ApplicationApplicantsItemCustomDataType0",
    "ApplicationCustomDataType0",
    "ApplicationStatus",
    "ApplicationTemplate",
    "AssignApplicantRentableItemRequest",
    "AssignApplicantRentableItemResponse",
    "AssignApplicantRentableItemResponseData",
    "BackSyncIntegrationRequest",
    "BackSyncIntegrationRequestModelsToSyncItem",
    "BackSyncIntegrationResponse",
    "BackSyncIntegrationResponseResult",
    "BatchCreateResidentChargesPropertywareRestRequest",
    "BatchCreateResidentChargesPropertywareRestRequestChargesItems",
    "BatchCreateResidentChargesPropertywareRestResponse",
    "BatchCreateResidentChargesPropertywareRestResponseMeta",
    "BatchCreateResidentChargesRentmanagerRequest",
    "BatchCreateResidentChargesRentmanagerRequestChargesItems",
    "BatchCreateResidentChargesRentmanagerResponse",
    "BatchCreateResidentChargesRentmanagerResponseMeta",
    "BatchCreateResidentChargesResmanRequest",
    "BatchCreateResidentChargesResmanRequestChargesItems",
    "BatchCreateResidentChargesResmanResponse",
    "BatchCreateResidentChargesResmanResponseMeta",
    "BatchCreateResidentChargesYardiRequest",
    "BatchCreateResidentChargesYardiRequestChargesItems",
    "BatchCreateResidentChargesYardiResponse",
    "BatchCreateResidentChargesYardiResponseMeta",
    "CalendarType",
    "CallLog",
    "CallLogCustomDataType0",
    "CancelApplicantAppointmentRequest",
    "CancelApplicantAppointmentResponse",
    "CancelApplicantAppointmentResponseData",
    "CancelLeadAppointmentRequest",
    "CancelLeadAppointmentResponse",
    "CancelLeadAppointmentResponseData",
    "CancelPayableRegisterRequest",
    "CancelPayableRegisterResponse",
    "CancelPayableRegisterResponseData",
    "CancelResidentAppointmentRequest",
    "CancelResidentAppointmentResponse",
    "CancelResidentAppointmentResponseData",
    "ChargeCode",
    "ChargeCodeCustomDataType0",
    "CheckIntegrationDataAccessRequest",
    "CheckIntegrationDataAccessResponse",
    "CheckIntegrationDataAccessResponseResult",
    "Concession",
    "ConstructionJob",
    "ConstructionJobCustomDataType0",
    "ConstructionJobDetail",
    "ConstructionJobDetailCustomDataType0",
    "Contract",
    "ContractCustomDataType0",
    "ContractDetail",
    "ContractDetailCustomDataType0",
    "CreateAmenityRequest",
    "CreateAmenityResponse",
    "CreateAmenityResponseData",
    "CreateApplicantAppointmentRequest",
    "CreateApplicantAppointmentRequestAppointmentType",
    "CreateApplicantAppointmentRequestPriority",
    "CreateApplicantAppointmentRequestStatus",
    "CreateApplicantAppointmentResponse",
    "CreateApplicantAppointmentResponseData",
    "CreateApplicantEventRequest",
    "CreateApplicantEventRequestCallStatus",
    "CreateApplicantEventRequestEventName",
    "CreateApplicantEventRequestEventType",
    "CreateApplicantEventRequestStatus",
    "CreateApplicantEventResponse",
    "CreateApplicantEventResponseData",
    "CreateApplicantRequest",
    "CreateApplicantRequestAddOnsItem",
    "CreateApplicantRequestAddressHistoryItem",
    "CreateApplicantRequestAddressHistoryItemAddressType",
    "CreateApplicantRequestAddressHistoryItemCountry",
    "CreateApplicantRequestAddressHistoryItemManagerType",
    "CreateApplicantRequestAddressHistoryItemState",
    "CreateApplicantRequestApplicantStatus",
    "CreateApplicantRequestApplicationReferencesItem",
    "CreateApplicantRequestApplicationStatus",
    "CreateApplicantRequestAssistance",
    "CreateApplicantRequestAttachmentsItem",
    "CreateApplicantRequestBankAccountsItem",
    "CreateApplicantRequestBankAccountsItemAccountType",
    "CreateApplicantRequestCreditCardsItem",
    "CreateApplicantRequestCustomData",
    "CreateApplicantRequestEmergencyContactsItem",
    "CreateApplicantRequestEmploymentHistoryItem",
    "CreateApplicantRequestEventsItem",
    "CreateApplicantRequestEventsItemEventName",
    "CreateApplicantRequestMaritalStatus",
    "CreateApplicantRequestOtherIncomeItem",
    "CreateApplicantRequestOtherOccupantsItem",
    "CreateApplicantRequestOtherOccupantsItemRelationship",
    "CreateApplicantRequestPetsItem",
    "CreateApplicantRequestPetsItemGender",
    "CreateApplicantRequestPhone1Type",
    "CreateApplicantRequestPhone2Type",
    "CreateApplicantRequestPhone3Type",
    "CreateApplicantRequestStatus",
    "CreateApplicantRequestType",
    "CreateApplicantRequestVehiclesItem",
    "CreateApplicantResponse",
    "CreateApplicantResponseData",
    "CreateApplicationRequest",
    "CreateApplicationRequestAddOnsItem",
    "CreateApplicationRequestAddressHistoryItem",
    "CreateApplicationRequestAddressHistoryItemCountryType0",
    "CreateApplicationRequestAddressHistoryItemState",
    "CreateApplicationRequestApplicationFeesItem",
    "CreateApplicationRequestApplicationReferencesItem",
    "CreateApplicationRequestApplicationStatus",
    "CreateApplicationRequestAssistance",
    "CreateApplicationRequestAttachmentsItem",
    "CreateApplicationRequestBankAccountsItem",
    "CreateApplicationRequestBankAccountsItemAccountType",
    "CreateApplicationRequestConcessionFeesItem",
    "CreateApplicationRequestCreditCardsItem",
    "CreateApplicationRequestEmergencyContactsItem",
    "CreateApplicationRequestEmergencyContactsItemCountryType0",
    "CreateApplicationRequestEmergencyContactsItemRelationship",
    "CreateApplicationRequestEmergencyContactsItemState",
    "CreateApplicationRequestEmploymentHistoryItem",
    "CreateApplicationRequestEmploymentHistoryItemState",
    "CreateApplicationRequestMaritalStatus",
    "CreateApplicationRequestOtherIncomeItem",
    "CreateApplicationRequestOtherOccupantsItem",
    "CreateApplicationRequestOtherOccupantsItemPhone1Type",
    "CreateApplicationRequestOtherOccupantsItemPhone2Type",
    "CreateApplicationRequestOtherOccupantsItemRelationship",
    "CreateApplicationRequestOtherOccupantsItemState",
    "CreateApplicationRequestPetsItem",
    "CreateApplicationRequestPhone1Type",
    "CreateApplicationRequestPhone2Type",
    "CreateApplicationRequestPhone3Type",
    "CreateApplicationRequestStatus",
    "CreateApplicationRequestType",
    "CreateApplicationRequestVehiclesItem",
    "CreateApplicationRequestVehiclesItemLicensePlateState",
    "CreateApplicationResponse",
    "CreateApplicationResponseData",
    "CreateConstructionJobRequest",
    "CreateConstructionJobResponse",
    "CreateConstructionJobResponseData",
    "CreateContractRequest",
    "CreateContractRequestContractDetailsItem",
    "CreateContractResponse",
    "CreateContractResponseData",
    "CreateFileTypeRequest",
    "CreateFileTypeRequestModel",
    "CreateFileTypeResponse",
    "CreateFileTypeResponseData",
    "CreateIntegrationPropertyListRequest",
    "CreateIntegrationPropertyListResponse",
    "CreateIntegrationRequest",
    "CreateIntegrationRequestBuildium",
    "CreateIntegrationRequestCredentialsType0",
    "CreateIntegrationRequestCustomSyncSchedule",
    "CreateIntegrationRequestCustomSyncScheduleInterval",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleTimezone",
    "CreateIntegrationRequestCustomSyncScheduleType",
    "CreateIntegrationRequestEntrata",
    "CreateIntegrationRequestKnock",
    "CreateIntegrationRequestMaxRequestCadence",
    "CreateIntegrationRequestMRI",
    "CreateIntegrationRequestPropertywareREST",
    "CreateIntegrationRequestPropertywareSOAP",
    "CreateIntegrationRequestRealpagePartnerExchange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "CreateIntegrationRequestRealpageRegisteredVendor",
    "CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials",
    "CreateIntegrationRequestRentManagerProduction",
    "CreateIntegrationRequestRentManagerSandbox",
    "CreateIntegrationRequestRentvine",
    "CreateIntegrationRequestResman",
    "CreateIntegrationRequestSample1",
    "CreateIntegrationRequestSample1CommonData",
    "CreateIntegrationRequestSample1GuestCard",
    "CreateIntegrationRequestSample1JobCost",
    "CreateIntegrationRequestSample1ResidentTransactions",
    "CreateIntegrationRequestSample1ServiceRequests",
    "CreateIntegrationRequestSample1VendorInvoicing",
    "CreateIntegrationRequestSample2",
    "CreateIntegrationRequestSyncCadence",
    "CreateIntegrationRequestSystem",
    "CreateIntegrationResponse",
    "CreateIntegrationResponseResult",
    "CreateIntegrationResponseResultCustomSyncSchedule",
    "CreateIntegrationResponseResultCustomSyncScheduleInterval",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleTimezone",
    "CreateIntegrationResponseResultPingResults",
    "CreateIntegrationResponseResultVendor",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestAttachmentsItem",
    "CreateInvoiceRequestInvoiceItemsItem",
    "CreateInvoiceResponse",
    "CreateInvoiceResponseData",
    "CreateLeadAppointmentRequest",
    "CreateLeadAppointmentRequestAppointmentType",
    "CreateLeadAppointmentRequestPriority",
    "CreateLeadAppointmentRequestStatus",
    "CreateLeadAppointmentResponse",
    "CreateLeadAppointmentResponseData",
    "CreateLeadEventRequest",
    "CreateLeadEventRequestCallStatus",
    "CreateLeadEventRequestEventName",
    "CreateLeadEventRequestStatus",
    "CreateLeadEventResponse",
    "CreateLeadEventResponseData",
    "CreateLeadRequest",
    "CreateLeadRequestApplicantStatus",
    "CreateLeadRequestEventsItem",
    "CreateLeadRequestEventsItemEventName",
    "CreateLeadRequestPhone1Type",
    "CreateLeadRequestPhone2Type",
    "CreateLeadRequestStatus",
    "CreateLeadResponse",
    "CreateLeadResponseData",
    "CreateLeaseRequest",
    "CreateLeaseRequestAddressHistoryItem",
    "CreateLeaseRequestAddressHistoryItemCountryType0",
    "CreateLeaseRequestAddressHistoryItemState",
    "CreateLeaseRequestApplicationFeesItem",
    "CreateLeaseRequestConcessionFeesItem",
    "CreateLeaseRequestCountry",
    "CreateLeaseRequestCountryAlternate",
    "CreateLeaseRequestEmergencyContactsItem",
    "CreateLeaseRequestEmergencyContactsItemCountryType0",
    "CreateLeaseRequestEmergencyContactsItemRelationship",
    "CreateLeaseRequestEmergencyContactsItemState",
    "CreateLeaseRequestEmploymentHistoryItem",
    "CreateLeaseRequestEmploymentHistoryItemState",
    "CreateLeaseRequestMaritalStatus",
    "CreateLeaseRequestOtherIncomeItem",
    "CreateLeaseRequestOtherOccupantsItem",
    "CreateLeaseRequestOtherOccupantsItemPhone1Type",
    "CreateLeaseRequestOtherOccupantsItemPhone2Type",
    "CreateLeaseRequestOtherOccupantsItemRelationship",
    "CreateLeaseRequestOtherOccupantsItemState",
    "CreateLeaseRequestPetsItem",
    "CreateLeaseRequestPhone1Type",
    "CreateLeaseRequestPhone2Type",
    "CreateLeaseRequestRecurringResidentChargesItem",
    "CreateLeaseRequestRentCycle",
    "CreateLeaseRequestResidentChargesItem",
    "CreateLeaseRequestStatus",
    "CreateLeaseRequestTenantsItem",
    "CreateLeaseRequestType",
    "CreateLeaseRequestVehiclesItem",
    "CreateLeaseResponse",
    "CreateLeaseResponseData",
    "CreateListingRequest",
    "CreateListingRequestCustomData",
    "CreateListingResponse",
    "CreateListingResponseData",
    "CreatePayableRegisterRequest",
    "CreatePayableRegisterRequestInvoiceStatus",
    "CreatePayableRegisterRequestPayableRegisterItemsItem",
    "CreatePayableRegisterResponse",
    "CreatePayableRegisterResponseData",
    "CreatePropertyAmenitiesRequest",
    "CreatePropertyAmenitiesRequestCustomData",
    "CreatePropertyAmenitiesRequestVendor",
    "CreatePropertyAmenitiesResponse",
    "CreatePropertyAmenitiesResponseData",
    "CreatePropertyRequest",
    "CreatePropertyRequestCategory",
    "CreatePropertyRequestType",
    "CreatePropertyResponse",
    "CreatePropertyResponseData",
    "CreatePurchaseOrderRequest",
    "CreatePurchaseOrderRequestBillingStateType0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1",
    "CreatePurchaseOrderRequestShippingStateType0",
    "CreatePurchaseOrderResponse",
    "CreatePurchaseOrderResponseData",
    "CreateRecurringResidentChargeRentmanagerRequest",
    "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "CreateRecurringResidentChargeRentmanagerResponse",
    "CreateRecurringResidentChargeRentmanagerResponseMeta",
    "CreateRecurringResidentChargeRequest",
    "CreateRecurringResidentChargeRequestFrequencyNormalized",
    "CreateRecurringResidentChargeResponse",
    "CreateRecurringResidentChargeResponseData",
    "CreateResidentAppointmentRequest",
    "CreateResidentAppointmentRequestStatus",
    "CreateResidentAppointmentResponse",
    "CreateResidentAppointmentResponseData",
    "CreateResidentChargeRentmanagerRequest",
    "CreateResidentChargeRentmanagerResponse",
    "CreateResidentChargeRentmanagerResponseMeta",
    "CreateResidentChargeRequest",
    "CreateResidentChargeResponse",
    "CreateResidentChargeResponseData",
    "CreateResidentCreditRentmanagerRequest",
    "CreateResidentCreditRentmanagerResponse",
    "CreateResidentCreditRentmanagerResponseMeta",
    "CreateResidentCreditRequest",
    "CreateResidentCreditResponse",
    "CreateResidentCreditResponseData",
    "CreateResidentEventRequest",
    "CreateResidentEventRequestCallStatus",
    "CreateResidentEventRequestEventType",
    "CreateResidentEventRequestStatus",
    "CreateResidentEventResponse",
    "CreateResidentEventResponseData",
    "CreateResidentPaymentRentmanagerRequest",
    "CreateResidentPaymentRentmanagerResponse",
    "CreateResidentPaymentRentmanagerResponseMeta",
    "CreateResidentPaymentRequest",
    "CreateResidentPaymentRequestPaymentType",
    "CreateResidentPaymentResponse",
    "CreateResidentPaymentResponseData",
    "CreateResidentPetRequest",
    "CreateResidentPetResponse",
    "CreateResidentPetResponseData",
    "CreateResidentRequest",
    "CreateResidentRequestAttachmentsItem",
    "CreateResidentRequestAttachmentsItemFileType",
    "CreateResidentRequestCountryAlternate",
    "CreateResidentRequestCountryType0",
    "CreateResidentRequestCustomData",
    "CreateResidentRequestPhone1Type",
    "CreateResidentRequestPhone2Type",
    "CreateResidentRequestRentPeriod",
    "CreateResidentResponse",
    "CreateResidentResponseData",
    "CreateServiceRequestHistoryRequest",
    "CreateServiceRequestHistoryRequestAttachment",
    "CreateServiceRequestHistoryRequestStatusRaw",
    "CreateServiceRequestHistoryResponse",
    "CreateServiceRequestHistoryResponseData",
    "CreateServiceRequestRequest",
    "CreateServiceRequestRequestAccessIsAuthorizedValue",
    "CreateServiceRequestRequestServiceCategory",
    "CreateServiceRequestRequestServicePriority",
    "CreateServiceRequestRequestServiceStatus",
    "CreateServiceRequestRequestStatusRaw",
    "CreateServiceRequestResponse",
    "CreateServiceRequestResponseData",
    "CreateUnitAmenitiesRequest",
    "CreateUnitAmenitiesRequestCustomData",
    "CreateUnitAmenitiesRequestVendor",
    "CreateUnitAmenitiesResponse",
    "CreateUnitAmenitiesResponseData",
    "CreateUnitRequest",
    "CreateUnitRequestCategory",
    "CreateUnitRequestType",
    "CreateUnitResponse",
    "CreateUnitResponseData",
    "CreateVendorRequest",
    "CreateVendorRequestPhone1Type",
    "CreateVendorRequestPhone2Type",
    "CreateVendorRequestTaxPayerType",
    "CreateVendorResponse",
    "CreateVendorResponseData",
    "CreateWebhookRequest",
    "CreateWebhookRequestHeadersItem",
    "CreateWebhookRequestModel",
    "CreateWebhookRequestTriggersItem",
    "CreateWebhookResponse",
    "CreateWebhookResponseResult",
    "CreateWebhookResponseResultHeadersType0Item",
    "CreateWebhookResponseResultTriggersItem",
    "DataDiff",
    "DataDiffDataDiff",
    "DataDiffEventType",
    "DayOfWeek",
    "DeleteIntegrationRequest",
    "DeleteIntegrationResponse",
    "DeleteWebhookRequest",
    "DeleteWebhookResponse",
    "DeleteWebhookResponseResult",
    "Deposit",
    "DepositCustomDataType0",
    "DepositIntegrationDataType0",
    "DepositSummary",
    "DepositSummaryCustomDataType0",
    "DepositSummaryIntegrationDataType0",
    "Employee",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "Event",
    "EventResult",
    "EventSubType",
    "EventType",
    "Fee",
    "FeeCustomDataType0",
    "FileType",
    "FinancialAccount",
    "FinancialAccountCustomDataType0",
    "FloorPlan",
    "FloorPlanCustomDataType0",
    "FromInterfaces",
    "GetAccountingEntityRequest",
    "GetAccountingEntityResponse",
    "GetAddressTypeRequest",
    "GetAddressTypeResponse",
    "GetAmenityRequest",
    "GetAmenityResponse",
    "GetApplicantRequest",
    "GetApplicantResponse",
    "GetApplicationRequest",
    "GetApplicationResponse",
    "GetApplicationStatusRequest",
    "GetApplicationStatusResponse",
    "GetApplicationTemplateRequest",
    "GetApplicationTemplateResponse",
    "GetCallLogRequest",
    "GetCallLogResponse",
    "GetChargeCodeRequest",
    "GetChargeCodeResponse",
    "GetConcessionRequest",
    "GetConcessionResponse",
    "GetConstructionJobRequest",
    "GetConstructionJobResponse",
    "GetDepositRequest",
    "GetDepositResponse",
    "GetDepositSummaryRequest",
    "GetDepositSummaryResponse",
    "GetEmployeeRequest",
    "GetEmployeeResponse",
    "GetEventRequest",
    "GetEventResponse",
    "GetEventResultRequest",
    "GetEventResultResponse",
    "GetEventSubTypeRequest",
    "GetEventSubTypeResponse",
    "GetEventTypeRequest",
    "GetEventTypeResponse",
    "GetFeeRequest",
    "GetFeeResponse",
    "GetFileTypeRequest",
    "GetFileTypeResponse",
    "GetFinancialAccountRequest",
    "GetFinancialAccountResponse",
    "GetFloorPlanRequest",
    "GetFloorPlanResponse",
    "GetIntegrationDataAccessRequest",
    "GetIntegrationDataAccessResponse",
    "GetIntegrationDataAccessResponseResult",
    "GetIntegrationDataAccessResponseResultModels",
    "GetIntegrationDataAccessResponseResultModelsAdditionalProperty",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType0Status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyCreateType2",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType0Status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyReadType2",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType0Status",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType1",
    "GetIntegrationDataAccessResponseResultModelsAdditionalPropertyUpdateType2",
    "GetIntegrationJobScheduleRequest",
    "GetIntegrationJobScheduleResponse",
    "GetIntegrationRequest",
    "GetIntegrationResponse",
    "GetIntegrationResponseResultsType0",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItem",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0",
    "GetIntegrationResponseResultsType0IntegrationInterfacesItem",
    "GetIntegrationResponseResultsType0Models",
    "GetIntegrationResponseResultsType0ModelsAdditionalProperty",
    "GetIntegrationResponseResultsType0Vendor",
    "GetInvoiceRequest",
    "GetInvoiceResponse",
    "GetJobLogDataLinkRequest",
    "GetJobLogDataLinkResponse",
    "GetJobLogRequest",
    "GetJobLogResponse",
    "GetLeadRequest",
    "GetLeadResponse",
    "GetLeadSourceRequest",
    "GetLeadSourceResponse",
    "GetLeaseRequest",
    "GetLeaseResponse",
    "GetLeaseTransferRequest",
    "GetLeaseTransferResponse",
    "GetListingRequest",
    "GetListingResponse",
    "GetNormalizationMappingsRequest",
    "GetNormalizationMappingsResponse",
    "GetNormalizationMappingsResponseResults",
    "GetNormalizationMappingsResponseResultsMappings",
    "GetNoteCategoryRequest",
    "GetNoteCategoryResponse",
    "GetOwnerRequest",
    "GetOwnerResponse",
    "GetPayableRegisterRequest",
    "GetPayableRegisterResponse",
    "GetPropertyListRequest",
    "GetPropertyListResponse",
    "GetPropertyRequest",
    "GetPropertyResponse",
    "GetPurchaseOrderRequest",
    "GetPurchaseOrderResponse",
    "GetRecurringResidentChargeRequest",
    "GetRecurringResidentChargeResponse",
    "GetRentableItemRequest",
    "GetRentableItemResponse",
    "GetResidentChargeRequest",
    "GetResidentChargeResponse",
    "GetResidentInsuranceRequest",
    "GetResidentInsuranceResponse",
    "GetResidentPaymentRequest",
    "GetResidentPaymentResponse",
    "GetResidentRequest",
    "GetResidentResponse",
    "GetServiceRequestCategoryRequest",
    "GetServiceRequestCategoryResponse",
    "GetServiceRequestHistoryRequest",
    "GetServiceRequestHistoryResponse",
    "GetServiceRequestLocationIntegrationVendor",
    "GetServiceRequestLocationRequest",
    "GetServiceRequestLocationResponse",
    "GetServiceRequestPriorityRequest",
    "GetServiceRequestPriorityResponse",
    "GetServiceRequestProblemIntegrationVendor",
    "GetServiceRequestProblemRequest",
    "GetServiceRequestProblemResponse",
    "GetServiceRequestRequest",
    "GetServiceRequestResponse",
    "GetServiceRequestStatusRequest",
    "GetServiceRequestStatusResponse",
    "GetUnitDetailRequest",
    "GetUnitDetailResponse",
    "GetUnitRequest",
    "GetUnitResponse",
    "GetUnitTypeRequest",
    "GetUnitTypeResponse",
    "GetUserRequest",
    "GetUserResponse",
    "GetUserResponseResultsType0",
    "GetVendorRequest",
    "GetVendorResponse",
    "GetWebhookRequest",
    "GetWebhookResponse",
    "GetWriteStatusRequest",
    "GetWriteStatusResponse",
    "IncomeSource",
    "Integration",
    "IntegrationConfigurationMetaDataItem",
    "IntegrationConfigurationMetaDataItemConfigurationData",
    "IntegrationConfigurationMetaDataItemCustomDataType0",
    "IntegrationIntegrationInterfacesItem",
    "IntegrationJobSchedule",
    "IntegrationJobScheduleParameters",
    "IntegrationJobScheduleStatus",
    "IntegrationModels",
    "IntegrationModelsAdditionalProperty",
    "IntegrationProperty",
    "IntegrationPropertyList",
    "IntegrationVendor",
    "IntegrationVendorEnum",
    "InterfaceName",
    "Invoice",
    "InvoiceCustomDataType0",
    "InvoiceInvoiceItemsItem",
    "JobLog",
    "Lead",
    "LeadCustomDataType0",
    "LeadPetsItem",
    "LeadPetsItemCustomDataType0",
    "LeadRelationship",
    "LeadScreeningsItem",
    "LeadSource",
    "Lease",
    "LeaseCustomDataType0",
    "LeaseResidentsMetaDataItem",
    "LeaseResidentsMetaDataItemCustomDataType0",
    "LeaseServicesItem",
    "LeaseStatusNormalized",
    "LeaseTransfer",
    "ListAccountingEntitiesIntegrationVendor",
    "ListAccountingEntitiesRequest",
    "ListAccountingEntitiesResponse",
    "ListAddressTypesIntegrationVendor",
    "ListAddressTypesRequest",
    "ListAddressTypesResponse",
    "ListAmenitiesIntegrationVendor",
    "ListAmenitiesRequest",
    "ListAmenitiesResponse",
    "ListApplicantRentableItemsIntegrationVendor",
    "ListApplicantRentableItemsRequest",
    "ListApplicantRentableItemsResponse",
    "ListApplicantsIntegrationVendor",
    "ListApplicantsRequest",
    "ListApplicantsResponse",
    "ListApplicationsIntegrationVendor",
    "ListApplicationsRequest",
    "ListApplicationsResponse",
    "ListApplicationStatusesIntegrationVendor",
    "ListApplicationStatusesRequest",
    "ListApplicationStatusesResponse",
    "ListApplicationTemplatesIntegrationVendor",
    "ListApplicationTemplatesRequest",
    "ListApplicationTemplatesResponse",
    "ListAppointmentsIntegrationVendor",
    "ListAppointmentsRequest",
    "ListAppointmentsResponse",
    "ListCallLogsIntegrationVendor",
    "ListCallLogsRequest",
    "ListCallLogsResponse",
    "ListChargeCodesIntegrationVendor",
    "ListChargeCodesRequest",
    "ListChargeCodesResponse",
    "ListConcessionsIntegrationVendor",
    "ListConcessionsRequest",
    "ListConcessionsResponse",
    "ListConstructionJobContractsIntegrationVendor",
    "ListConstructionJobContractsRequest",
    "ListConstructionJobContractsResponse",
    "ListConstructionJobDetailsIntegrationVendor",
    "ListConstructionJobDetailsRequest",
    "ListConstructionJobDetailsResponse",
    "ListConstructionJobsIntegrationVendor",
    "ListConstructionJobsRequest",
    "ListConstructionJobsResponse",
    "ListContractDetailsIntegrationVendor",
    "ListContractDetailsRequest",
    "ListContractDetailsResponse",
    "ListDataDiffsIntegrationVendor",
    "ListDataDiffsRequest",
    "ListDataDiffsResponse",
    "ListDepositsIntegrationVendor",
    "ListDepositsRequest",
    "ListDepositsResponse",
    "ListDepositSummariesIntegrationVendor",
    "ListDepositSummariesRequest",
    "ListDepositSummariesResponse",
    "ListEmployeesIntegrationVendor",
    "ListEmployeesRequest",
    "ListEmployeesResponse",
    "ListEventResultsIntegrationVendor",
    "ListEventResultsRequest",
    "ListEventResultsResponse",
    "ListEventsIntegrationVendor",
    "ListEventsRequest",
    "ListEventsResponse",
    "ListEventSubTypesIntegrationVendor",
    "ListEventSubTypesRequest",
    "ListEventSubTypesResponse",
    "ListEventTypesIntegrationVendor",
    "ListEventTypesRequest",
    "ListEventTypesResponse",
    "ListFeesRequest",
    "ListFeesResponse",
    "ListFileTypesIntegrationVendor",
    "ListFileTypesRequest",
    "ListFileTypesResponse",
    "ListFinancialAccountsIntegrationVendor",
    "ListFinancialAccountsRequest",
    "ListFinancialAccountsResponse",
    "ListFloorPlansIntegrationVendor",
    "ListFloorPlansRequest",
    "ListFloorPlansResponse",
    "Listing",
    "ListingCustomDataType0",
    "ListingPricing",
    "ListingPricingCustomDataType0",
    "ListIntegrationJobSchedulesRequest",
    "ListIntegrationJobSchedulesResponse",
    "ListIntegrationPropertiesRequest",
    "ListIntegrationPropertiesResponse",
    "ListIntegrationPropertyListsRequest",
    "ListIntegrationPropertyListsResponse",
    "ListIntegrationRateLimitsRequest",
    "ListIntegrationRateLimitsResponse",
    "ListIntegrationRateLimitsResponseResultsType0",
    "ListIntegrationRateLimitsResponseResultsType0ApiRatelimitsItem",
    "ListIntegrationRateLimitsResponseResultsType1",
    "ListIntegrationsIntegrationVendor",
    "ListIntegrationsRequest",
    "ListIntegrationsResponse",
    "ListInvoicesIntegrationVendor",
    "ListInvoicesRequest",
    "ListInvoicesResponse",
    "ListJobLogsByJobRequest",
    "ListJobLogsByJobResponse",
    "ListJobLogsRequest",
    "ListJobLogsRequestStatus",
    "ListJobLogsResponse",
    "ListJobLogsStatus",
    "ListLeadRelationshipsIntegrationVendor",
    "ListLeadRelationshipsRequest",
    "ListLeadRelationshipsResponse",
    "ListLeadRentableItemsIntegrationVendor",
    "ListLeadRentableItemsRequest",
    "ListLeadRentableItemsResponse",
    "ListLeadsIntegrationVendor",
    "ListLeadSourcesIntegrationVendor",
    "ListLeadSourcesRequest",
    "ListLeadSourcesResponse",
    "ListLeadsRequest",
    "ListLeadsResponse",
    "ListLeasesIntegrationVendor",
    "ListLeasesRequest",
    "ListLeasesRequestStatusNormalized",
    "ListLeasesResponse",
    "ListLeasesStatusNormalized",
    "ListLeaseTransfersIntegrationVendor",
    "ListLeaseTransfersRequest",
    "ListLeaseTransfersResponse",
    "ListListingPricingIntegrationVendor",
    "ListListingPricingRequest",
    "ListListingPricingResponse",
    "ListListingsIntegrationVendor",
    "ListListingsRequest",
    "ListListingsResponse",
    "ListLocationsRentmanagerIntegrationVendor",
    "ListLocationsRentmanagerResponse",
    "ListNoteCategoriesIntegrationVendor",
    "ListNoteCategoriesRequest",
    "ListNoteCategoriesResponse",
    "ListOwnersIntegrationVendor",
    "ListOwnersRequest",
    "ListOwnersResponse",
    "ListPayableRegistersIntegrationVendor",
    "ListPayableRegistersRequest",
    "ListPayableRegistersResponse",
    "ListPropertiesIntegrationVendor",
    "ListPropertiesRequest",
    "ListPropertiesResponse",
    "ListPropertyListsIntegrationVendor",
    "ListPropertyListsRequest",
    "ListPropertyListsResponse",
    "ListPropertyVendorsRequest",
    "ListPropertyVendorsResponse",
    "ListPurchaseOrderItemsIntegrationVendor",
    "ListPurchaseOrderItemsRequest",
    "ListPurchaseOrderItemsResponse",
    "ListPurchaseOrdersIntegrationVendor",
    "ListPurchaseOrdersRequest",
    "ListPurchaseOrdersResponse",
    "ListRecurringResidentChargesIntegrationVendor",
    "ListRecurringResidentChargesRequest",
    "ListRecurringResidentChargesResponse",
    "ListRentableItemsIntegrationVendor",
    "ListRentableItemsRequest",
    "ListRentableItemsResponse",
    "ListResidentChargesIntegrationVendor",
    "ListResidentChargesRequest",
    "ListResidentChargesResponse",
    "ListResidentInsuranceRequest",
    "ListResidentInsuranceResponse",
    "ListResidentPaymentsIntegrationVendor",
    "ListResidentPaymentsRequest",
    "ListResidentPaymentsResponse",
    "ListResidentRentableItemsIntegrationVendor",
    "ListResidentRentableItemsRequest",
    "ListResidentRentableItemsResponse",
    "ListResidentsIntegrationVendor",
    "ListResidentsRequest",
    "ListResidentsResponse",
    "ListServiceRequestCategoriesIntegrationVendor",
    "ListServiceRequestCategoriesRequest",
    "ListServiceRequestCategoriesResponse",
    "ListServiceRequestHistoryIntegrationVendor",
    "ListServiceRequestHistoryRequest",
    "ListServiceRequestHistoryResponse",
    "ListServiceRequestLocationsIntegrationVendor",
    "ListServiceRequestLocationsRequest",
    "ListServiceRequestLocationsResponse",
    "ListServiceRequestPrioritiesIntegrationVendor",
    "ListServiceRequestPrioritiesRequest",
    "ListServiceRequestPrioritiesResponse",
    "ListServiceRequestProblemsIntegrationVendor",
    "ListServiceRequestProblemsRequest",
    "ListServiceRequestProblemsResponse",
    "ListServiceRequestsIntegrationVendor",
    "ListServiceRequestsRequest",
    "ListServiceRequestsResponse",
    "ListServiceRequestStatusesIntegrationVendor",
    "ListServiceRequestStatusesRequest",
    "ListServiceRequestStatusesResponse",
    "ListTimezonesIntegrationVendor",
    "ListTimezonesRequest",
    "ListTimezonesResponse",
    "ListUnitDetailsIntegrationVendor",
    "ListUnitDetailsRequest",
    "ListUnitDetailsResponse",
    "ListUnitsIntegrationVendor",
    "ListUnitsRequest",
    "ListUnitsResponse",
    "ListUnitTypesIntegrationVendor",
    "ListUnitTypesRequest",
    "ListUnitTypesResponse",
    "ListUsersRequest",
    "ListUsersResponse",
    "ListVendorsIntegrationVendor",
    "ListVendorsRequest",
    "ListVendorsResponse",
    "ListWebhooksRequest",
    "ListWebhooksResponse",
    "ListWriteLogsRequest",
    "ListWriteLogsRequestStatus",
    "ListWriteLogsRequestTimeRange",
    "ListWriteLogsRequestWriteCategory",
    "ListWriteLogsResponse",
    "ListWriteLogsResponseResults",
    "ListWriteLogsResponseResultsLogsItem",
    "ListWriteLogsResponseResultsLogsItemStatus",
    "ListWriteLogsResponseResultsLogsItemVendor",
    "ListWriteLogsStatus",
    "ListWriteLogsTimeRange",
    "ListWriteLogsWriteCategory",
    "Location",
    "ManagerPhoneType",
    "ManualSyncIntegrationRequest",
    "ManualSyncIntegrationRequestModelsToSyncItem",
    "ManualSyncIntegrationResponse",
    "ManualSyncIntegrationResponseResult",
    "MaxRequestCadence",
    "NameNormalized",
    "NoteCategory",
    "Owner",
    "PayableRegister",
    "PayableRegisterCustomDataType0",
    "PayableRegisterPayableRegisterItemsItem",
    "PetTypes",
    "PhoneType",
    "Property",
    "PropertyCustomDataType0",
    "PropertyList",
    "PropertyOfficeHoursItem",
    "PurchaseOrder",
    "PurchaseOrderCustomDataType0",
    "PurchaseOrderItem",
    "PurchaseOrderItemCustomDataType0",
    "QueryAppointmentAvailabilityRequest",
    "QueryAppointmentAvailabilityRequestCalendarTypesItem",
    "QueryAppointmentAvailabilityResponse",
    "QueryAppointmentAvailabilityResponseMeta",
    "QueryAppointmentAvailabilityResponseResultItem",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0",
    "RecurringResidentCharge",
    "RecurringResidentChargeCustomDataType0",
    "RecurringResidentChargeFrequencyNormalized",
    "RentableItem",
    "Resident",
    "ResidentCharge",
    "ResidentChargeAllocationsItem",
    "ResidentChargeAllocationsItemCustomDataType0",
    "ResidentChargeCustomDataType0",
    "ResidentCustomDataType0",
    "ResidentInsurance",
    "ResidentLeasesMetaDataItem",
    "ResidentLeasesMetaDataItemCustomDataType0",
    "ResidentPayment",
    "ResidentPaymentAllocationsItem",
    "ResidentPaymentAllocationsItemCustomDataType0",
    "ResidentPaymentCustomDataType0",
    "ResidentPetsItem",
    "ResidentPetsItemCustomDataType0",
    "ResidentTypeNormalized",
    "ResidentVehiclesItem",
    "ResidentVehiclesItemCustomDataType0",
    "ResponseMeta",
    "ResponseMetaOrderByItem",
    "RetryWriteRequest",
    "RetryWriteResponse",
    "Roles",
    "ServiceRequest",
    "ServiceRequestCategory",
    "ServiceRequestEmployeesItem",
    "ServiceRequestHistory",
    "ServiceRequestHistoryItem",
    "ServiceRequestLocation",
    "ServiceRequestPriority",
    "ServiceRequestProblem",
    "ServiceRequestStatus",
    "ServiceRequestVendorsItem",
    "SimultaneousAppointmentMode",
    "SyncCadence",
    "System",
    "Timezone",
    "Type",
    "TypeNormalized",
    "Unit",
    "UnitCustomDataType0",
    "UnitDetail",
    "UnitType",
    "UpdateAmenityRequest",
    "UpdateAmenityResponse",
    "UpdateAmenityResponseData",
    "UpdateApplicantAppointmentRequest",
    "UpdateApplicantAppointmentRequestAppointmentType",
    "UpdateApplicantAppointmentRequestPriority",
    "UpdateApplicantAppointmentRequestStatus",
    "UpdateApplicantAppointmentResponse",
    "UpdateApplicantAppointmentResponseData",
    "UpdateApplicantEventRequest",
    "UpdateApplicantEventRequestStatus",
    "UpdateApplicantEventResponse",
    "UpdateApplicantEventResponseData",
    "UpdateApplicantRequest",
    "UpdateApplicantRequestAddOnsItem",
    "UpdateApplicantRequestAddressHistoryItem",
    "UpdateApplicantRequestAddressHistoryItemAddressType",
    "UpdateApplicantRequestAddressHistoryItemCountry",
    "UpdateApplicantRequestAddressHistoryItemManagerType",
    "UpdateApplicantRequestAddressHistoryItemState",
    "UpdateApplicantRequestApplicantStatus",
    "UpdateApplicantRequestApplicationReferencesItem",
    "UpdateApplicantRequestApplicationStatus",
    "UpdateApplicantRequestAssistance",
    "UpdateApplicantRequestAttachmentsItem",
    "UpdateApplicantRequestBankAccountsItem",
    "UpdateApplicantRequestBankAccountsItemAccountType",
    "UpdateApplicantRequestCreditCardsItem",
    "UpdateApplicantRequestEmergencyContactsItem",
    "UpdateApplicantRequestEmploymentHistoryItem",
    "UpdateApplicantRequestEventsItem",
    "UpdateApplicantRequestMaritalStatus",
    "UpdateApplicantRequestOtherIncomeItem",
    "UpdateApplicantRequestOtherOccupantsItem",
    "UpdateApplicantRequestOtherOccupantsItemRelationship",
    "UpdateApplicantRequestPetsItem",
    "UpdateApplicantRequestPetsItemGender",
    "UpdateApplicantRequestPhone1Type",
    "UpdateApplicantRequestPhone2Type",
    "UpdateApplicantRequestPhone3Type",
    "UpdateApplicantRequestStatus",
    "UpdateApplicantRequestType",
    "UpdateApplicantRequestVehiclesItem",
    "UpdateApplicantResponse",
    "UpdateApplicantResponseData",
    "UpdateApplicationRequest",
    "UpdateApplicationRequestAddOnsItem",
    "UpdateApplicationRequestAddressHistoryItem",
    "UpdateApplicationRequestAddressHistoryItemCountryType0",
    "UpdateApplicationRequestAddressHistoryItemState",
    "UpdateApplicationRequestApplicationFeesItem",
    "UpdateApplicationRequestApplicationStatus",
    "UpdateApplicationRequestAttachmentsItem",
    "UpdateApplicationRequestConcessionFeesItem",
    "UpdateApplicationRequestEmergencyContactsItem",
    "UpdateApplicationRequestEmergencyContactsItemCountryType0",
    "UpdateApplicationRequestEmergencyContactsItemRelationship",
    "UpdateApplicationRequestEmergencyContactsItemState",
    "UpdateApplicationRequestEmploymentHistoryItem",
    "UpdateApplicationRequestEmploymentHistoryItemState",
    "UpdateApplicationRequestEventsItem",
    "UpdateApplicationRequestMaritalStatus",
    "UpdateApplicationRequestOtherIncomeItem",
    "UpdateApplicationRequestOtherOccupantsItem",
    "UpdateApplicationRequestOtherOccupantsItemPhone1Type",
    "UpdateApplicationRequestOtherOccupantsItemPhone2Type",
    "UpdateApplicationRequestOtherOccupantsItemRelationship",
    "UpdateApplicationRequestOtherOccupantsItemState",
    "UpdateApplicationRequestPetsItem",
    "UpdateApplicationRequestPhone1Type",
    "UpdateApplicationRequestPhone2Type",
    "UpdateApplicationRequestStatus",
    "UpdateApplicationRequestVehiclesItem",
    "UpdateApplicationRequestVehiclesItemLicensePlateState",
    "UpdateApplicationResponse",
    "UpdateApplicationResponseData",
    "UpdateConstructionJobRequest",
    "UpdateConstructionJobResponse",
    "UpdateConstructionJobResponseData",
    "UpdateContractRequest",
    "UpdateContractResponse",
    "UpdateContractResponseData",
    "UpdateDepositSummaryRequest",
    "UpdateDepositSummaryRequestPaymentMethod",
    "UpdateDepositSummaryResponse",
    "UpdateDepositSummaryResponseData",
    "UpdateIntegrationPropertyListRequest",
    "UpdateIntegrationPropertyListResponse",
    "UpdateIntegrationPropertyRequest",
    "UpdateIntegrationPropertyResponse",
    "UpdateIntegrationPropertyResponseResults",
    "UpdateIntegrationRequest",
    "UpdateIntegrationRequestBuildium",
    "UpdateIntegrationRequestCredentialsType0",
    "UpdateIntegrationRequestCustomSyncSchedule",
    "UpdateIntegrationRequestCustomSyncScheduleInterval",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleTimezone",
    "UpdateIntegrationRequestCustomSyncScheduleType",
    "UpdateIntegrationRequestEntrata",
    "UpdateIntegrationRequestKnock",
    "UpdateIntegrationRequestMaxRequestCadence",
    "UpdateIntegrationRequestMRI",
    "UpdateIntegrationRequestPropertywareREST",
    "UpdateIntegrationRequestPropertywareSOAP",
    "UpdateIntegrationRequestRealpagePartnerExchange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "UpdateIntegrationRequestRealpageRegisteredVendor",
    "UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials",
    "UpdateIntegrationRequestRentManagerProduction",
    "UpdateIntegrationRequestRentManagerSandbox",
    "UpdateIntegrationRequestRentvine",
    "UpdateIntegrationRequestResman",
    "UpdateIntegrationRequestSample1",
    "UpdateIntegrationRequestSample1CommonData",
    "UpdateIntegrationRequestSample1GuestCard",
    "UpdateIntegrationRequestSample1JobCost",
    "UpdateIntegrationRequestSample1ResidentTransactions",
    "UpdateIntegrationRequestSample1ServiceRequests",
    "UpdateIntegrationRequestSample1VendorInvoicing",
    "UpdateIntegrationRequestSample2",
    "UpdateIntegrationRequestSyncCadence",
    "UpdateIntegrationRequestSystem",
    "UpdateIntegrationResponse",
    "UpdateIntegrationResponseResult",
    "UpdateIntegrationResponseResultCustomSyncSchedule",
    "UpdateIntegrationResponseResultCustomSyncScheduleInterval",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleTimezone",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestStatus",
    "UpdateInvoiceResponse",
    "UpdateInvoiceResponseData",
    "UpdateLeadAppointmentRequest",
    "UpdateLeadAppointmentRequestAppointmentType",
    "UpdateLeadAppointmentRequestPriority",
    "UpdateLeadAppointmentRequestStatus",
    "UpdateLeadAppointmentResponse",
    "UpdateLeadAppointmentResponseData",
    "UpdateLeadEventRequest",
    "UpdateLeadEventRequestStatus",
    "UpdateLeadEventResponse",
    "UpdateLeadEventResponseData",
    "UpdateLeadRequest",
    "UpdateLeadRequestApplicantStatus",
    "UpdateLeadRequestEventsItem",
    "UpdateLeadRequestInactiveReason",
    "UpdateLeadRequestPhone1Type",
    "UpdateLeadRequestPhone2Type",
    "UpdateLeadRequestStatus",
    "UpdateLeadResponse",
    "UpdateLeadResponseData",
    "UpdateLeaseRequest",
    "UpdateLeaseRequestAddressHistoryItem",
    "UpdateLeaseRequestAddressHistoryItemCountry",
    "UpdateLeaseRequestAddressHistoryItemState",
    "UpdateLeaseRequestApplicationFeesItem",
    "UpdateLeaseRequestConcessionFeesItem",
    "UpdateLeaseRequestEmergencyContactsItem",
    "UpdateLeaseRequestEmergencyContactsItemCountry",
    "UpdateLeaseRequestEmergencyContactsItemRelationship",
    "UpdateLeaseRequestEmergencyContactsItemState",
    "UpdateLeaseRequestEmploymentHistoryItem",
    "UpdateLeaseRequestEmploymentHistoryItemState",
    "UpdateLeaseRequestMaritalStatus",
    "UpdateLeaseRequestOtherIncomeItem",
    "UpdateLeaseRequestOtherOccupantsItem",
    "UpdateLeaseRequestOtherOccupantsItemPhone1Type",
    "UpdateLeaseRequestOtherOccupantsItemPhone2Type",
    "UpdateLeaseRequestOtherOccupantsItemRelationship",
    "UpdateLeaseRequestOtherOccupantsItemState",
    "UpdateLeaseRequestPetsItem",
    "UpdateLeaseRequestPhone1Type",
    "UpdateLeaseRequestPhone2Type",
    "UpdateLeaseRequestStatus",
    "UpdateLeaseRequestTenantsItem",
    "UpdateLeaseRequestType",
    "UpdateLeaseRequestVehiclesItem",
    "UpdateLeaseResponse",
    "UpdateLeaseResponseData",
    "UpdateListingRequest",
    "UpdateListingResponse",
    "UpdateListingResponseData",
    "UpdatePayableRegisterRequest",
    "UpdatePayableRegisterResponse",
    "UpdatePayableRegisterResponseData",
    "UpdatePropertyAmenitiesRequest",
    "UpdatePropertyAmenitiesRequestFeaturesItem",
    "UpdatePropertyAmenitiesRequestIncludedInRentItem",
    "UpdatePropertyAmenitiesResponse",
    "UpdatePropertyAmenitiesResponseData",
    "UpdatePropertyRequest",
    "UpdatePropertyRequestCategory",
    "UpdatePropertyRequestType",
    "UpdatePropertyResponse",
    "UpdatePropertyResponseData",
    "UpdatePurchaseOrderRequest",
    "UpdatePurchaseOrderRequestBillingStateType0",
    "UpdatePurchaseOrderRequestPurchaseOrderItemsItem",
    "UpdatePurchaseOrderRequestShippingStateType0",
    "UpdatePurchaseOrderResponse",
    "UpdatePurchaseOrderResponseData",
    "UpdateRecurringResidentChargeRentmanagerRequest",
    "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "UpdateRecurringResidentChargeRentmanagerResponse",
    "UpdateRecurringResidentChargeRentmanagerResponseMeta",
    "UpdateRecurringResidentChargeRentmanagerResponseResult",
    "UpdateRecurringResidentChargeRequest",
    "UpdateRecurringResidentChargeRequestFrequencyNormalized",
    "UpdateRecurringResidentChargeResponse",
    "UpdateRecurringResidentChargeResponseData",
    "UpdateResidentAppointmentRequest",
    "UpdateResidentAppointmentRequestStatus",
    "UpdateResidentAppointmentResponse",
    "UpdateResidentAppointmentResponseData",
    "UpdateResidentEventRequest",
    "UpdateResidentEventRequestStatus",
    "UpdateResidentEventResponse",
    "UpdateResidentEventResponseData",
    "UpdateResidentPetRequest",
    "UpdateResidentPetResponse",
    "UpdateResidentPetResponseData",
    "UpdateResidentRequest",
    "UpdateResidentRequestCountry",
    "UpdateResidentRequestCountryAlternate",
    "UpdateResidentRequestCustomData",
    "UpdateResidentRequestEventsItem",
    "UpdateResidentRequestGender",
    "UpdateResidentRequestPhone1Type",
    "UpdateResidentRequestPhone2Type",
    "UpdateResidentRequestRentPeriod",
    "UpdateResidentRequestState",
    "UpdateResidentResponse",
    "UpdateResidentResponseData",
    "UpdateServiceRequestRequest",
    "UpdateServiceRequestRequestServiceCategory",
    "UpdateServiceRequestRequestServicePriority",
    "UpdateServiceRequestRequestStatusRaw",
    "UpdateServiceRequestResponse",
    "UpdateServiceRequestResponseData",
    "UpdateUnitAmenitiesRequest",
    "UpdateUnitAmenitiesRequestFeaturesItem",
    "UpdateUnitAmenitiesResponse",
    "UpdateUnitAmenitiesResponseData",
    "UpdateUnitRequest",
    "UpdateUnitRequestCategory",
    "UpdateUnitRequestType",
    "UpdateUnitResponse",
    "UpdateUnitResponseData",
    "UpdateVendorRequest",
    "UpdateVendorRequestCountryType0",
    "UpdateVendorRequestState",
    "UpdateVendorResponse",
    "UpdateVendorResponseData",
    "UpdateWebhookRequest",
    "UpdateWebhookRequestHeadersItem",
    "UpdateWebhookRequestModel",
    "UpdateWebhookRequestTriggersItem",
    "UpdateWebhookResponse",
    "UpdateWebhookResponseResult",
    "UpdateWebhookResponseResultHeadersType0Item",
    "UpdateWebhookResponseResultTriggersItem",
    "User",
    "Vendor",
    "VendorContactsItem",
    "VendorCustomDataType0",
    "Webhook",
    "WebhookHeadersItem",
    "WebhookTriggersItem",
    "WriteStatus",
)
