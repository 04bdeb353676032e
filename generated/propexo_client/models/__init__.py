"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one endpoint module imports only the models it needs,
not all of them. The path-derived names of earlier versions (`V1ResidentsGetOutputResultsItem`)
still resolve here, to the same classes (`Resident`); they are not in `__all__`. A name a Propexo
release changed (see model-names.json) resolves too, with a `DeprecationWarning` on every use.
"""

from typing import TYPE_CHECKING, Any

from .._lazy import resolve

if TYPE_CHECKING:
    from .accounting_entity import AccountingEntity
    from .add_ons_item import AddOnsItem
    from .address_history_item import AddressHistoryItem
    from .address_history_item_address_type import AddressHistoryItemAddressType
    from .address_history_item_country import AddressHistoryItemCountry
    from .address_history_item_manager_type import AddressHistoryItemManagerType
    from .address_history_item_state import AddressHistoryItemState
    from .address_type import AddressType
    from .allocations_item import AllocationsItem
    from .amenity import Amenity
    from .amenity_meta_data_type_0 import AmenityMetaDataType0
    from .amenity_units_item import AmenityUnitsItem
    from .applicant import Applicant
    from .applicant_applications_item import ApplicantApplicationsItem
    from .applicant_applications_item_status_normalized import ApplicantApplicationsItemStatusNormalized
    from .applicant_pets_item import ApplicantPetsItem
    from .application import Application
    from .application_applicants_item import ApplicationApplicantsItem
    from .application_fees_item import ApplicationFeesItem
    from .application_references_item import ApplicationReferencesItem
    from .application_status import ApplicationStatus
    from .application_template import ApplicationTemplate
    from .assign_applicant_rentable_item_request import AssignApplicantRentableItemRequest
    from .assign_applicant_rentable_item_response import AssignApplicantRentableItemResponse
    from .assistance import Assistance
    from .attachments_item import AttachmentsItem
    from .back_sync_integration_request import BackSyncIntegrationRequest
    from .back_sync_integration_request_models_to_sync_item import BackSyncIntegrationRequestModelsToSyncItem
    from .back_sync_integration_response import BackSyncIntegrationResponse
    from .back_sync_integration_response_result import BackSyncIntegrationResponseResult
    from .bank_accounts_item import BankAccountsItem
    from .bank_accounts_item_account_type import BankAccountsItemAccountType
    from .batch_create_resident_charges_propertyware_rest_request import (
        BatchCreateResidentChargesPropertywareRestRequest,
    )
    from .batch_create_resident_charges_propertyware_rest_request_charges_items import (
        BatchCreateResidentChargesPropertywareRestRequestChargesItems,
    )
    from .batch_create_resident_charges_propertyware_rest_response import (
        BatchCreateResidentChargesPropertywareRestResponse,
    )
    from .batch_create_resident_charges_rentmanager_request import BatchCreateResidentChargesRentmanagerRequest
    from .batch_create_resident_charges_rentmanager_request_charges_items import (
        BatchCreateResidentChargesRentmanagerRequestChargesItems,
    )
    from .batch_create_resident_charges_rentmanager_response import BatchCreateResidentChargesRentmanagerResponse
    from .batch_create_resident_charges_resman_request import BatchCreateResidentChargesResmanRequest
    from .batch_create_resident_charges_resman_request_charges_items import (
        BatchCreateResidentChargesResmanRequestChargesItems,
    )
    from .batch_create_resident_charges_resman_response import BatchCreateResidentChargesResmanResponse
    from .batch_create_resident_charges_yardi_request import BatchCreateResidentChargesYardiRequest
    from .batch_create_resident_charges_yardi_request_charges_items import (
        BatchCreateResidentChargesYardiRequestChargesItems,
    )
    from .batch_create_resident_charges_yardi_response import BatchCreateResidentChargesYardiResponse
    from .buildium import Buildium
    from .calendar_type import CalendarType
    from .call_log import CallLog
    from .cancel_applicant_appointment_request import CancelApplicantAppointmentRequest
    from .cancel_applicant_appointment_response import CancelApplicantAppointmentResponse
    from .cancel_lead_appointment_request import CancelLeadAppointmentRequest
    from .cancel_lead_appointment_response import CancelLeadAppointmentResponse
    from .cancel_payable_register_request import CancelPayableRegisterRequest
    from .cancel_payable_register_response import CancelPayableRegisterResponse
    from .cancel_resident_appointment_request import CancelResidentAppointmentRequest
    from .cancel_resident_appointment_response import CancelResidentAppointmentResponse
    from .charge_code import ChargeCode
    from .check_integration_data_access_request import CheckIntegrationDataAccessRequest
    from .check_integration_data_access_response import CheckIntegrationDataAccessResponse
    from .check_integration_data_access_response_result import CheckIntegrationDataAccessResponseResult
    from .concession import Concession
    from .concession_fees_item import ConcessionFeesItem
    from .configuration_meta_data_item import ConfigurationMetaDataItem
    from .configuration_meta_data_item_configuration_data import ConfigurationMetaDataItemConfigurationData
    from .construction_job import ConstructionJob
    from .construction_job_detail import ConstructionJobDetail
    from .contract import Contract
    from .contract_detail import ContractDetail
    from .create_amenity_request import CreateAmenityRequest
    from .create_amenity_response import CreateAmenityResponse
    from .create_applicant_appointment_request import CreateApplicantAppointmentRequest
    from .create_applicant_appointment_request_appointment_type import CreateApplicantAppointmentRequestAppointmentType
    from .create_applicant_appointment_request_priority import CreateApplicantAppointmentRequestPriority
    from .create_applicant_appointment_request_status import CreateApplicantAppointmentRequestStatus
    from .create_applicant_appointment_response import CreateApplicantAppointmentResponse
    from .create_applicant_event_request import CreateApplicantEventRequest
    from .create_applicant_event_request_call_status import CreateApplicantEventRequestCallStatus
    from .create_applicant_event_request_event_name import CreateApplicantEventRequestEventName
    from .create_applicant_event_request_event_type import CreateApplicantEventRequestEventType
    from .create_applicant_event_request_status import CreateApplicantEventRequestStatus
    from .create_applicant_event_response import CreateApplicantEventResponse
    from .create_applicant_request import CreateApplicantRequest
    from .create_applicant_request_applicant_status import CreateApplicantRequestApplicantStatus
    from .create_applicant_request_application_status import CreateApplicantRequestApplicationStatus
    from .create_applicant_request_custom_data import CreateApplicantRequestCustomData
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
    from .create_applicant_response import CreateApplicantResponse
    from .create_application_request import CreateApplicationRequest
    from .create_application_request_address_history_item import CreateApplicationRequestAddressHistoryItem
    from .create_application_request_address_history_item_country_type_0 import (
        CreateApplicationRequestAddressHistoryItemCountryType0,
    )
    from .create_application_request_address_history_item_state import CreateApplicationRequestAddressHistoryItemState
    from .create_application_request_application_status import CreateApplicationRequestApplicationStatus
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
    from .create_construction_job_request import CreateConstructionJobRequest
    from .create_construction_job_response import CreateConstructionJobResponse
    from .create_contract_request import CreateContractRequest
    from .create_contract_request_contract_details_item import CreateContractRequestContractDetailsItem
    from .create_contract_response import CreateContractResponse
    from .create_file_type_request import CreateFileTypeRequest
    from .create_file_type_request_model import CreateFileTypeRequestModel
    from .create_file_type_response import CreateFileTypeResponse
    from .create_integration_property_list_request import CreateIntegrationPropertyListRequest
    from .create_integration_property_list_response import CreateIntegrationPropertyListResponse
    from .create_integration_request import CreateIntegrationRequest
    from .create_integration_request_max_request_cadence import CreateIntegrationRequestMaxRequestCadence
    from .create_integration_request_sync_cadence import CreateIntegrationRequestSyncCadence
    from .create_integration_request_system import CreateIntegrationRequestSystem
    from .create_integration_response import CreateIntegrationResponse
    from .create_integration_response_result import CreateIntegrationResponseResult
    from .create_integration_response_result_ping_results import CreateIntegrationResponseResultPingResults
    from .create_integration_response_result_vendor import CreateIntegrationResponseResultVendor
    from .create_invoice_request import CreateInvoiceRequest
    from .create_invoice_request_attachments_item import CreateInvoiceRequestAttachmentsItem
    from .create_invoice_request_invoice_items_item import CreateInvoiceRequestInvoiceItemsItem
    from .create_invoice_response import CreateInvoiceResponse
    from .create_lead_appointment_request import CreateLeadAppointmentRequest
    from .create_lead_appointment_request_appointment_type import CreateLeadAppointmentRequestAppointmentType
    from .create_lead_appointment_request_priority import CreateLeadAppointmentRequestPriority
    from .create_lead_appointment_request_status import CreateLeadAppointmentRequestStatus
    from .create_lead_appointment_response import CreateLeadAppointmentResponse
    from .create_lead_event_request import CreateLeadEventRequest
    from .create_lead_event_request_call_status import CreateLeadEventRequestCallStatus
    from .create_lead_event_request_event_name import CreateLeadEventRequestEventName
    from .create_lead_event_request_status import CreateLeadEventRequestStatus
    from .create_lead_event_response import CreateLeadEventResponse
    from .create_lead_request import CreateLeadRequest
    from .create_lead_request_applicant_status import CreateLeadRequestApplicantStatus
    from .create_lead_request_events_item import CreateLeadRequestEventsItem
    from .create_lead_request_events_item_event_name import CreateLeadRequestEventsItemEventName
    from .create_lead_request_phone_1_type import CreateLeadRequestPhone1Type
    from .create_lead_request_phone_2_type import CreateLeadRequestPhone2Type
    from .create_lead_request_status import CreateLeadRequestStatus
    from .create_lead_response import CreateLeadResponse
    from .create_lease_request import CreateLeaseRequest
    from .create_lease_request_address_history_item import CreateLeaseRequestAddressHistoryItem
    from .create_lease_request_address_history_item_country_type_0 import (
        CreateLeaseRequestAddressHistoryItemCountryType0,
    )
    from .create_lease_request_address_history_item_state import CreateLeaseRequestAddressHistoryItemState
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
    from .create_lease_request_marital_status import CreateLeaseRequestMaritalStatus
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
    from .create_listing_request import CreateListingRequest
    from .create_listing_request_custom_data import CreateListingRequestCustomData
    from .create_listing_response import CreateListingResponse
    from .create_payable_register_request import CreatePayableRegisterRequest
    from .create_payable_register_request_invoice_status import CreatePayableRegisterRequestInvoiceStatus
    from .create_payable_register_request_payable_register_items_item import (
        CreatePayableRegisterRequestPayableRegisterItemsItem,
    )
    from .create_payable_register_response import CreatePayableRegisterResponse
    from .create_property_amenities_request import CreatePropertyAmenitiesRequest
    from .create_property_amenities_request_custom_data import CreatePropertyAmenitiesRequestCustomData
    from .create_property_amenities_request_vendor import CreatePropertyAmenitiesRequestVendor
    from .create_property_amenities_response import CreatePropertyAmenitiesResponse
    from .create_property_request import CreatePropertyRequest
    from .create_property_request_category import CreatePropertyRequestCategory
    from .create_property_request_type import CreatePropertyRequestType
    from .create_property_response import CreatePropertyResponse
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
    from .create_recurring_resident_charge_rentmanager_request import CreateRecurringResidentChargeRentmanagerRequest
    from .create_recurring_resident_charge_rentmanager_request_frequency_normalized import (
        CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized,
    )
    from .create_recurring_resident_charge_rentmanager_response import CreateRecurringResidentChargeRentmanagerResponse
    from .create_recurring_resident_charge_request import CreateRecurringResidentChargeRequest
    from .create_recurring_resident_charge_request_frequency_normalized import (
        CreateRecurringResidentChargeRequestFrequencyNormalized,
    )
    from .create_recurring_resident_charge_response import CreateRecurringResidentChargeResponse
    from .create_resident_appointment_request import CreateResidentAppointmentRequest
    from .create_resident_appointment_request_status import CreateResidentAppointmentRequestStatus
    from .create_resident_appointment_response import CreateResidentAppointmentResponse
    from .create_resident_charge_rentmanager_request import CreateResidentChargeRentmanagerRequest
    from .create_resident_charge_rentmanager_response import CreateResidentChargeRentmanagerResponse
    from .create_resident_charge_request import CreateResidentChargeRequest
    from .create_resident_charge_response import CreateResidentChargeResponse
    from .create_resident_credit_rentmanager_request import CreateResidentCreditRentmanagerRequest
    from .create_resident_credit_rentmanager_response import CreateResidentCreditRentmanagerResponse
    from .create_resident_credit_request import CreateResidentCreditRequest
    from .create_resident_credit_response import CreateResidentCreditResponse
    from .create_resident_event_request import CreateResidentEventRequest
    from .create_resident_event_request_call_status import CreateResidentEventRequestCallStatus
    from .create_resident_event_request_event_type import CreateResidentEventRequestEventType
    from .create_resident_event_request_status import CreateResidentEventRequestStatus
    from .create_resident_event_response import CreateResidentEventResponse
    from .create_resident_payment_rentmanager_request import CreateResidentPaymentRentmanagerRequest
    from .create_resident_payment_rentmanager_response import CreateResidentPaymentRentmanagerResponse
    from .create_resident_payment_request import CreateResidentPaymentRequest
    from .create_resident_payment_request_payment_type import CreateResidentPaymentRequestPaymentType
    from .create_resident_payment_response import CreateResidentPaymentResponse
    from .create_resident_pet_request import CreateResidentPetRequest
    from .create_resident_pet_response import CreateResidentPetResponse
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
    from .create_service_request_history_request import CreateServiceRequestHistoryRequest
    from .create_service_request_history_request_attachment import CreateServiceRequestHistoryRequestAttachment
    from .create_service_request_history_request_status_raw import CreateServiceRequestHistoryRequestStatusRaw
    from .create_service_request_history_response import CreateServiceRequestHistoryResponse
    from .create_service_request_request import CreateServiceRequestRequest
    from .create_service_request_request_access_is_authorized_value import (
        CreateServiceRequestRequestAccessIsAuthorizedValue,
    )
    from .create_service_request_request_service_category import CreateServiceRequestRequestServiceCategory
    from .create_service_request_request_service_priority import CreateServiceRequestRequestServicePriority
    from .create_service_request_request_service_status import CreateServiceRequestRequestServiceStatus
    from .create_service_request_request_status_raw import CreateServiceRequestRequestStatusRaw
    from .create_service_request_response import CreateServiceRequestResponse
    from .create_unit_amenities_request import CreateUnitAmenitiesRequest
    from .create_unit_amenities_request_custom_data import CreateUnitAmenitiesRequestCustomData
    from .create_unit_amenities_request_vendor import CreateUnitAmenitiesRequestVendor
    from .create_unit_amenities_response import CreateUnitAmenitiesResponse
    from .create_unit_request import CreateUnitRequest
    from .create_unit_request_category import CreateUnitRequestCategory
    from .create_unit_request_type import CreateUnitRequestType
    from .create_unit_response import CreateUnitResponse
    from .create_vendor_request import CreateVendorRequest
    from .create_vendor_request_phone_1_type import CreateVendorRequestPhone1Type
    from .create_vendor_request_phone_2_type import CreateVendorRequestPhone2Type
    from .create_vendor_request_tax_payer_type import CreateVendorRequestTaxPayerType
    from .create_vendor_response import CreateVendorResponse
    from .create_webhook_request import CreateWebhookRequest
    from .create_webhook_request_model import CreateWebhookRequestModel
    from .create_webhook_request_triggers_item import CreateWebhookRequestTriggersItem
    from .create_webhook_response import CreateWebhookResponse
    from .credentials_type_0 import CredentialsType0
    from .credit_cards_item import CreditCardsItem
    from .custom_data_type_0 import CustomDataType0
    from .custom_sync_schedule import CustomSyncSchedule
    from .custom_sync_schedule_interval import CustomSyncScheduleInterval
    from .custom_sync_schedule_timezone import CustomSyncScheduleTimezone
    from .data import Data
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
    from .deposit_summary import DepositSummary
    from .emergency_contacts_item import EmergencyContactsItem
    from .employee import Employee
    from .employment_history_item import EmploymentHistoryItem
    from .employment_history_item_state import EmploymentHistoryItemState
    from .entrata import Entrata
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_details import ErrorResponseErrorDetails
    from .event import Event
    from .event_result import EventResult
    from .event_sub_type import EventSubType
    from .event_type import EventType
    from .events_item import EventsItem
    from .fee import Fee
    from .fee_custom_data_type_0 import FeeCustomDataType0
    from .file_type import FileType
    from .financial_account import FinancialAccount
    from .floor_plan import FloorPlan
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
    from .get_integration_response_results_type_0_models import GetIntegrationResponseResultsType0Models
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
    from .headers_item import HeadersItem
    from .income_source import IncomeSource
    from .integration import Integration
    from .integration_data_type_0 import IntegrationDataType0
    from .integration_interfaces_item import IntegrationInterfacesItem
    from .integration_job_schedule import IntegrationJobSchedule
    from .integration_job_schedule_parameters import IntegrationJobScheduleParameters
    from .integration_job_schedule_status import IntegrationJobScheduleStatus
    from .integration_models import IntegrationModels
    from .integration_property import IntegrationProperty
    from .integration_property_list import IntegrationPropertyList
    from .integration_vendor import IntegrationVendor
    from .integration_vendor_enum import IntegrationVendorEnum
    from .interface_name import InterfaceName
    from .interval_value import IntervalValue
    from .interval_value_slots_item import IntervalValueSlotsItem
    from .invoice import Invoice
    from .invoice_invoice_items_item import InvoiceInvoiceItemsItem
    from .job_log import JobLog
    from .knock import Knock
    from .lead import Lead
    from .lead_pets_item import LeadPetsItem
    from .lead_relationship import LeadRelationship
    from .lead_source import LeadSource
    from .lease import Lease
    from .lease_residents_meta_data_item import LeaseResidentsMetaDataItem
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
    from .listing_pricing import ListingPricing
    from .location import Location
    from .manager_phone_type import ManagerPhoneType
    from .manual_sync_integration_request import ManualSyncIntegrationRequest
    from .manual_sync_integration_request_models_to_sync_item import ManualSyncIntegrationRequestModelsToSyncItem
    from .manual_sync_integration_response import ManualSyncIntegrationResponse
    from .manual_sync_integration_response_result import ManualSyncIntegrationResponseResult
    from .max_request_cadence import MaxRequestCadence
    from .meta import Meta
    from .method_specific_value import MethodSpecificValue
    from .models_additional_property import ModelsAdditionalProperty
    from .mri import MRI
    from .name_normalized import NameNormalized
    from .note_category import NoteCategory
    from .other_income_item import OtherIncomeItem
    from .other_occupants_item import OtherOccupantsItem
    from .other_occupants_item_phone_1_type import OtherOccupantsItemPhone1Type
    from .other_occupants_item_phone_2_type import OtherOccupantsItemPhone2Type
    from .other_occupants_item_relationship import OtherOccupantsItemRelationship
    from .other_occupants_item_state import OtherOccupantsItemState
    from .owner import Owner
    from .payable_register import PayableRegister
    from .payable_register_payable_register_items_item import PayableRegisterPayableRegisterItemsItem
    from .pet_types import PetTypes
    from .pets_item import PetsItem
    from .phone_type import PhoneType
    from .property_ import Property
    from .property_list import PropertyList
    from .property_office_hours_item import PropertyOfficeHoursItem
    from .propertyware_rest import PropertywareREST
    from .propertyware_soap import PropertywareSOAP
    from .purchase_order import PurchaseOrder
    from .purchase_order_item import PurchaseOrderItem
    from .query_appointment_availability_request import QueryAppointmentAvailabilityRequest
    from .query_appointment_availability_request_calendar_types_item import (
        QueryAppointmentAvailabilityRequestCalendarTypesItem,
    )
    from .query_appointment_availability_response import QueryAppointmentAvailabilityResponse
    from .query_appointment_availability_response_result_item import QueryAppointmentAvailabilityResponseResultItem
    from .query_appointment_availability_response_result_item_calendar_days_item import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem,
    )
    from .query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0 import (
        QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0,
    )
    from .realpage_partner_exchange import RealpagePartnerExchange
    from .realpage_partner_exchange_method_specific import RealpagePartnerExchangeMethodSpecific
    from .realpage_registered_vendor import RealpageRegisteredVendor
    from .realpage_registered_vendor_ftp_credentials import RealpageRegisteredVendorFtpCredentials
    from .recurring_resident_charge import RecurringResidentCharge
    from .recurring_resident_charge_frequency_normalized import RecurringResidentChargeFrequencyNormalized
    from .rent_manager_production import RentManagerProduction
    from .rent_manager_sandbox import RentManagerSandbox
    from .rentable_item import RentableItem
    from .rentvine import Rentvine
    from .resident import Resident
    from .resident_charge import ResidentCharge
    from .resident_insurance import ResidentInsurance
    from .resident_leases_meta_data_item import ResidentLeasesMetaDataItem
    from .resident_payment import ResidentPayment
    from .resident_pets_item import ResidentPetsItem
    from .resident_type_normalized import ResidentTypeNormalized
    from .resident_vehicles_item import ResidentVehiclesItem
    from .resman import Resman
    from .response_meta import ResponseMeta
    from .response_meta_order_by_item import ResponseMetaOrderByItem
    from .result import Result
    from .retry_write_request import RetryWriteRequest
    from .retry_write_response import RetryWriteResponse
    from .roles import Roles
    from .sample_1 import Sample1
    from .sample_1_value import Sample1Value
    from .sample_2 import Sample2
    from .screenings_item import ScreeningsItem
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
    from .triggers_item import TriggersItem
    from .type_ import Type
    from .type_normalized import TypeNormalized
    from .unit import Unit
    from .unit_detail import UnitDetail
    from .unit_type import UnitType
    from .update_amenity_request import UpdateAmenityRequest
    from .update_amenity_response import UpdateAmenityResponse
    from .update_applicant_appointment_request import UpdateApplicantAppointmentRequest
    from .update_applicant_appointment_request_appointment_type import UpdateApplicantAppointmentRequestAppointmentType
    from .update_applicant_appointment_request_priority import UpdateApplicantAppointmentRequestPriority
    from .update_applicant_appointment_request_status import UpdateApplicantAppointmentRequestStatus
    from .update_applicant_appointment_response import UpdateApplicantAppointmentResponse
    from .update_applicant_event_request import UpdateApplicantEventRequest
    from .update_applicant_event_request_status import UpdateApplicantEventRequestStatus
    from .update_applicant_event_response import UpdateApplicantEventResponse
    from .update_applicant_request import UpdateApplicantRequest
    from .update_applicant_request_applicant_status import UpdateApplicantRequestApplicantStatus
    from .update_applicant_request_application_status import UpdateApplicantRequestApplicationStatus
    from .update_applicant_request_employment_history_item import UpdateApplicantRequestEmploymentHistoryItem
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
    from .update_applicant_response import UpdateApplicantResponse
    from .update_application_request import UpdateApplicationRequest
    from .update_application_request_address_history_item import UpdateApplicationRequestAddressHistoryItem
    from .update_application_request_address_history_item_country_type_0 import (
        UpdateApplicationRequestAddressHistoryItemCountryType0,
    )
    from .update_application_request_address_history_item_state import UpdateApplicationRequestAddressHistoryItemState
    from .update_application_request_application_status import UpdateApplicationRequestApplicationStatus
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
    from .update_application_request_marital_status import UpdateApplicationRequestMaritalStatus
    from .update_application_request_phone_1_type import UpdateApplicationRequestPhone1Type
    from .update_application_request_phone_2_type import UpdateApplicationRequestPhone2Type
    from .update_application_request_status import UpdateApplicationRequestStatus
    from .update_application_request_vehicles_item import UpdateApplicationRequestVehiclesItem
    from .update_application_request_vehicles_item_license_plate_state import (
        UpdateApplicationRequestVehiclesItemLicensePlateState,
    )
    from .update_application_response import UpdateApplicationResponse
    from .update_construction_job_request import UpdateConstructionJobRequest
    from .update_construction_job_response import UpdateConstructionJobResponse
    from .update_contract_request import UpdateContractRequest
    from .update_contract_response import UpdateContractResponse
    from .update_deposit_summary_request import UpdateDepositSummaryRequest
    from .update_deposit_summary_request_payment_method import UpdateDepositSummaryRequestPaymentMethod
    from .update_deposit_summary_response import UpdateDepositSummaryResponse
    from .update_integration_property_list_request import UpdateIntegrationPropertyListRequest
    from .update_integration_property_list_response import UpdateIntegrationPropertyListResponse
    from .update_integration_property_request import UpdateIntegrationPropertyRequest
    from .update_integration_property_response import UpdateIntegrationPropertyResponse
    from .update_integration_property_response_results import UpdateIntegrationPropertyResponseResults
    from .update_integration_request import UpdateIntegrationRequest
    from .update_integration_request_max_request_cadence import UpdateIntegrationRequestMaxRequestCadence
    from .update_integration_request_sync_cadence import UpdateIntegrationRequestSyncCadence
    from .update_integration_request_system import UpdateIntegrationRequestSystem
    from .update_integration_response import UpdateIntegrationResponse
    from .update_integration_response_result import UpdateIntegrationResponseResult
    from .update_invoice_request import UpdateInvoiceRequest
    from .update_invoice_request_status import UpdateInvoiceRequestStatus
    from .update_invoice_response import UpdateInvoiceResponse
    from .update_lead_appointment_request import UpdateLeadAppointmentRequest
    from .update_lead_appointment_request_appointment_type import UpdateLeadAppointmentRequestAppointmentType
    from .update_lead_appointment_request_priority import UpdateLeadAppointmentRequestPriority
    from .update_lead_appointment_request_status import UpdateLeadAppointmentRequestStatus
    from .update_lead_appointment_response import UpdateLeadAppointmentResponse
    from .update_lead_event_request import UpdateLeadEventRequest
    from .update_lead_event_request_status import UpdateLeadEventRequestStatus
    from .update_lead_event_response import UpdateLeadEventResponse
    from .update_lead_request import UpdateLeadRequest
    from .update_lead_request_applicant_status import UpdateLeadRequestApplicantStatus
    from .update_lead_request_inactive_reason import UpdateLeadRequestInactiveReason
    from .update_lead_request_phone_1_type import UpdateLeadRequestPhone1Type
    from .update_lead_request_phone_2_type import UpdateLeadRequestPhone2Type
    from .update_lead_request_status import UpdateLeadRequestStatus
    from .update_lead_response import UpdateLeadResponse
    from .update_lease_request import UpdateLeaseRequest
    from .update_lease_request_address_history_item import UpdateLeaseRequestAddressHistoryItem
    from .update_lease_request_address_history_item_country import UpdateLeaseRequestAddressHistoryItemCountry
    from .update_lease_request_address_history_item_state import UpdateLeaseRequestAddressHistoryItemState
    from .update_lease_request_emergency_contacts_item import UpdateLeaseRequestEmergencyContactsItem
    from .update_lease_request_emergency_contacts_item_country import UpdateLeaseRequestEmergencyContactsItemCountry
    from .update_lease_request_emergency_contacts_item_relationship import (
        UpdateLeaseRequestEmergencyContactsItemRelationship,
    )
    from .update_lease_request_emergency_contacts_item_state import UpdateLeaseRequestEmergencyContactsItemState
    from .update_lease_request_marital_status import UpdateLeaseRequestMaritalStatus
    from .update_lease_request_phone_1_type import UpdateLeaseRequestPhone1Type
    from .update_lease_request_phone_2_type import UpdateLeaseRequestPhone2Type
    from .update_lease_request_status import UpdateLeaseRequestStatus
    from .update_lease_request_tenants_item import UpdateLeaseRequestTenantsItem
    from .update_lease_request_type import UpdateLeaseRequestType
    from .update_lease_request_vehicles_item import UpdateLeaseRequestVehiclesItem
    from .update_lease_response import UpdateLeaseResponse
    from .update_listing_request import UpdateListingRequest
    from .update_listing_response import UpdateListingResponse
    from .update_payable_register_request import UpdatePayableRegisterRequest
    from .update_payable_register_response import UpdatePayableRegisterResponse
    from .update_property_amenities_request import UpdatePropertyAmenitiesRequest
    from .update_property_amenities_request_features_item import UpdatePropertyAmenitiesRequestFeaturesItem
    from .update_property_amenities_request_included_in_rent_item import (
        UpdatePropertyAmenitiesRequestIncludedInRentItem,
    )
    from .update_property_amenities_response import UpdatePropertyAmenitiesResponse
    from .update_property_request import UpdatePropertyRequest
    from .update_property_request_category import UpdatePropertyRequestCategory
    from .update_property_request_type import UpdatePropertyRequestType
    from .update_property_response import UpdatePropertyResponse
    from .update_purchase_order_request import UpdatePurchaseOrderRequest
    from .update_purchase_order_request_billing_state_type_0 import UpdatePurchaseOrderRequestBillingStateType0
    from .update_purchase_order_request_purchase_order_items_item import (
        UpdatePurchaseOrderRequestPurchaseOrderItemsItem,
    )
    from .update_purchase_order_request_shipping_state_type_0 import UpdatePurchaseOrderRequestShippingStateType0
    from .update_purchase_order_response import UpdatePurchaseOrderResponse
    from .update_recurring_resident_charge_rentmanager_request import UpdateRecurringResidentChargeRentmanagerRequest
    from .update_recurring_resident_charge_rentmanager_request_frequency_normalized import (
        UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized,
    )
    from .update_recurring_resident_charge_rentmanager_response import UpdateRecurringResidentChargeRentmanagerResponse
    from .update_recurring_resident_charge_rentmanager_response_result import (
        UpdateRecurringResidentChargeRentmanagerResponseResult,
    )
    from .update_recurring_resident_charge_request import UpdateRecurringResidentChargeRequest
    from .update_recurring_resident_charge_request_frequency_normalized import (
        UpdateRecurringResidentChargeRequestFrequencyNormalized,
    )
    from .update_recurring_resident_charge_response import UpdateRecurringResidentChargeResponse
    from .update_resident_appointment_request import UpdateResidentAppointmentRequest
    from .update_resident_appointment_request_status import UpdateResidentAppointmentRequestStatus
    from .update_resident_appointment_response import UpdateResidentAppointmentResponse
    from .update_resident_event_request import UpdateResidentEventRequest
    from .update_resident_event_request_status import UpdateResidentEventRequestStatus
    from .update_resident_event_response import UpdateResidentEventResponse
    from .update_resident_pet_request import UpdateResidentPetRequest
    from .update_resident_pet_response import UpdateResidentPetResponse
    from .update_resident_request import UpdateResidentRequest
    from .update_resident_request_country import UpdateResidentRequestCountry
    from .update_resident_request_country_alternate import UpdateResidentRequestCountryAlternate
    from .update_resident_request_custom_data import UpdateResidentRequestCustomData
    from .update_resident_request_gender import UpdateResidentRequestGender
    from .update_resident_request_phone_1_type import UpdateResidentRequestPhone1Type
    from .update_resident_request_phone_2_type import UpdateResidentRequestPhone2Type
    from .update_resident_request_rent_period import UpdateResidentRequestRentPeriod
    from .update_resident_request_state import UpdateResidentRequestState
    from .update_resident_response import UpdateResidentResponse
    from .update_service_request_request import UpdateServiceRequestRequest
    from .update_service_request_request_service_category import UpdateServiceRequestRequestServiceCategory
    from .update_service_request_request_service_priority import UpdateServiceRequestRequestServicePriority
    from .update_service_request_request_status_raw import UpdateServiceRequestRequestStatusRaw
    from .update_service_request_response import UpdateServiceRequestResponse
    from .update_unit_amenities_request import UpdateUnitAmenitiesRequest
    from .update_unit_amenities_request_features_item import UpdateUnitAmenitiesRequestFeaturesItem
    from .update_unit_amenities_response import UpdateUnitAmenitiesResponse
    from .update_unit_request import UpdateUnitRequest
    from .update_unit_request_category import UpdateUnitRequestCategory
    from .update_unit_request_type import UpdateUnitRequestType
    from .update_unit_response import UpdateUnitResponse
    from .update_vendor_request import UpdateVendorRequest
    from .update_vendor_request_country_type_0 import UpdateVendorRequestCountryType0
    from .update_vendor_request_state import UpdateVendorRequestState
    from .update_vendor_response import UpdateVendorResponse
    from .update_webhook_request import UpdateWebhookRequest
    from .update_webhook_request_model import UpdateWebhookRequestModel
    from .update_webhook_request_triggers_item import UpdateWebhookRequestTriggersItem
    from .update_webhook_response import UpdateWebhookResponse
    from .user import User
    from .vehicles_item import VehiclesItem
    from .vendor import Vendor
    from .vendor_contacts_item import VendorContactsItem
    from .webhook import Webhook
    from .write_status import WriteStatus

_MODULES: dict[str, str] = {
    "AccountingEntity": ".accounting_entity",
    "AddOnsItem": ".add_ons_item",
    "AddressHistoryItem": ".address_history_item",
    "AddressHistoryItemAddressType": ".address_history_item_address_type",
    "AddressHistoryItemCountry": ".address_history_item_country",
    "AddressHistoryItemManagerType": ".address_history_item_manager_type",
    "AddressHistoryItemState": ".address_history_item_state",
    "AddressType": ".address_type",
    "AllocationsItem": ".allocations_item",
    "Amenity": ".amenity",
    "AmenityMetaDataType0": ".amenity_meta_data_type_0",
    "AmenityUnitsItem": ".amenity_units_item",
    "Applicant": ".applicant",
    "ApplicantApplicationsItem": ".applicant_applications_item",
    "ApplicantApplicationsItemStatusNormalized": ".applicant_applications_item_status_normalized",
    "ApplicantPetsItem": ".applicant_pets_item",
    "Application": ".application",
    "ApplicationApplicantsItem": ".application_applicants_item",
    "ApplicationFeesItem": ".application_fees_item",
    "ApplicationReferencesItem": ".application_references_item",
    "ApplicationStatus": ".application_status",
    "ApplicationTemplate": ".application_template",
    "AssignApplicantRentableItemRequest": ".assign_applicant_rentable_item_request",
    "AssignApplicantRentableItemResponse": ".assign_applicant_rentable_item_response",
    "Assistance": ".assistance",
    "AttachmentsItem": ".attachments_item",
    "BackSyncIntegrationRequest": ".back_sync_integration_request",
    "BackSyncIntegrationRequestModelsToSyncItem": ".back_sync_integration_request_models_to_sync_item",
    "BackSyncIntegrationResponse": ".back_sync_integration_response",
    "BackSyncIntegrationResponseResult": ".back_sync_integration_response_result",
    "BankAccountsItem": ".bank_accounts_item",
    "BankAccountsItemAccountType": ".bank_accounts_item_account_type",
    "BatchCreateResidentChargesPropertywareRestRequest": ".batch_create_resident_charges_propertyware_rest_request",
    "BatchCreateResidentChargesPropertywareRestRequestChargesItems": ".batch_create_resident_charges_propertyware_rest_request_charges_items",
    "BatchCreateResidentChargesPropertywareRestResponse": ".batch_create_resident_charges_propertyware_rest_response",
    "BatchCreateResidentChargesRentmanagerRequest": ".batch_create_resident_charges_rentmanager_request",
    "BatchCreateResidentChargesRentmanagerRequestChargesItems": ".batch_create_resident_charges_rentmanager_request_charges_items",
    "BatchCreateResidentChargesRentmanagerResponse": ".batch_create_resident_charges_rentmanager_response",
    "BatchCreateResidentChargesResmanRequest": ".batch_create_resident_charges_resman_request",
    "BatchCreateResidentChargesResmanRequestChargesItems": ".batch_create_resident_charges_resman_request_charges_items",
    "BatchCreateResidentChargesResmanResponse": ".batch_create_resident_charges_resman_response",
    "BatchCreateResidentChargesYardiRequest": ".batch_create_resident_charges_yardi_request",
    "BatchCreateResidentChargesYardiRequestChargesItems": ".batch_create_resident_charges_yardi_request_charges_items",
    "BatchCreateResidentChargesYardiResponse": ".batch_create_resident_charges_yardi_response",
    "Buildium": ".buildium",
    "CalendarType": ".calendar_type",
    "CallLog": ".call_log",
    "CancelApplicantAppointmentRequest": ".cancel_applicant_appointment_request",
    "CancelApplicantAppointmentResponse": ".cancel_applicant_appointment_response",
    "CancelLeadAppointmentRequest": ".cancel_lead_appointment_request",
    "CancelLeadAppointmentResponse": ".cancel_lead_appointment_response",
    "CancelPayableRegisterRequest": ".cancel_payable_register_request",
    "CancelPayableRegisterResponse": ".cancel_payable_register_response",
    "CancelResidentAppointmentRequest": ".cancel_resident_appointment_request",
    "CancelResidentAppointmentResponse": ".cancel_resident_appointment_response",
    "ChargeCode": ".charge_code",
    "CheckIntegrationDataAccessRequest": ".check_integration_data_access_request",
    "CheckIntegrationDataAccessResponse": ".check_integration_data_access_response",
    "CheckIntegrationDataAccessResponseResult": ".check_integration_data_access_response_result",
    "Concession": ".concession",
    "ConcessionFeesItem": ".concession_fees_item",
    "ConfigurationMetaDataItem": ".configuration_meta_data_item",
    "ConfigurationMetaDataItemConfigurationData": ".configuration_meta_data_item_configuration_data",
    "ConstructionJob": ".construction_job",
    "ConstructionJobDetail": ".construction_job_detail",
    "Contract": ".contract",
    "ContractDetail": ".contract_detail",
    "CreateAmenityRequest": ".create_amenity_request",
    "CreateAmenityResponse": ".create_amenity_response",
    "CreateApplicantAppointmentRequest": ".create_applicant_appointment_request",
    "CreateApplicantAppointmentRequestAppointmentType": ".create_applicant_appointment_request_appointment_type",
    "CreateApplicantAppointmentRequestPriority": ".create_applicant_appointment_request_priority",
    "CreateApplicantAppointmentRequestStatus": ".create_applicant_appointment_request_status",
    "CreateApplicantAppointmentResponse": ".create_applicant_appointment_response",
    "CreateApplicantEventRequest": ".create_applicant_event_request",
    "CreateApplicantEventRequestCallStatus": ".create_applicant_event_request_call_status",
    "CreateApplicantEventRequestEventName": ".create_applicant_event_request_event_name",
    "CreateApplicantEventRequestEventType": ".create_applicant_event_request_event_type",
    "CreateApplicantEventRequestStatus": ".create_applicant_event_request_status",
    "CreateApplicantEventResponse": ".create_applicant_event_response",
    "CreateApplicantRequest": ".create_applicant_request",
    "CreateApplicantRequestApplicantStatus": ".create_applicant_request_applicant_status",
    "CreateApplicantRequestApplicationStatus": ".create_applicant_request_application_status",
    "CreateApplicantRequestCustomData": ".create_applicant_request_custom_data",
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
    "CreateApplicantResponse": ".create_applicant_response",
    "CreateApplicationRequest": ".create_application_request",
    "CreateApplicationRequestAddressHistoryItem": ".create_application_request_address_history_item",
    "CreateApplicationRequestAddressHistoryItemCountryType0": ".create_application_request_address_history_item_country_type_0",
    "CreateApplicationRequestAddressHistoryItemState": ".create_application_request_address_history_item_state",
    "CreateApplicationRequestApplicationStatus": ".create_application_request_application_status",
    "CreateApplicationRequestEmergencyContactsItem": ".create_application_request_emergency_contacts_item",
    "CreateApplicationRequestEmergencyContactsItemCountryType0": ".create_application_request_emergency_contacts_item_country_type_0",
    "CreateApplicationRequestEmergencyContactsItemRelationship": ".create_application_request_emergency_contacts_item_relationship",
    "CreateApplicationRequestEmergencyContactsItemState": ".create_application_request_emergency_contacts_item_state",
    "CreateApplicationRequestEmploymentHistoryItem": ".create_application_request_employment_history_item",
    "CreateApplicationRequestEmploymentHistoryItemState": ".create_application_request_employment_history_item_state",
    "CreateApplicationRequestMaritalStatus": ".create_application_request_marital_status",
    "CreateApplicationRequestOtherOccupantsItem": ".create_application_request_other_occupants_item",
    "CreateApplicationRequestOtherOccupantsItemPhone1Type": ".create_application_request_other_occupants_item_phone_1_type",
    "CreateApplicationRequestOtherOccupantsItemPhone2Type": ".create_application_request_other_occupants_item_phone_2_type",
    "CreateApplicationRequestOtherOccupantsItemRelationship": ".create_application_request_other_occupants_item_relationship",
    "CreateApplicationRequestOtherOccupantsItemState": ".create_application_request_other_occupants_item_state",
    "CreateApplicationRequestPhone1Type": ".create_application_request_phone_1_type",
    "CreateApplicationRequestPhone2Type": ".create_application_request_phone_2_type",
    "CreateApplicationRequestPhone3Type": ".create_application_request_phone_3_type",
    "CreateApplicationRequestStatus": ".create_application_request_status",
    "CreateApplicationRequestType": ".create_application_request_type",
    "CreateApplicationRequestVehiclesItem": ".create_application_request_vehicles_item",
    "CreateApplicationRequestVehiclesItemLicensePlateState": ".create_application_request_vehicles_item_license_plate_state",
    "CreateApplicationResponse": ".create_application_response",
    "CreateConstructionJobRequest": ".create_construction_job_request",
    "CreateConstructionJobResponse": ".create_construction_job_response",
    "CreateContractRequest": ".create_contract_request",
    "CreateContractRequestContractDetailsItem": ".create_contract_request_contract_details_item",
    "CreateContractResponse": ".create_contract_response",
    "CreateFileTypeRequest": ".create_file_type_request",
    "CreateFileTypeRequestModel": ".create_file_type_request_model",
    "CreateFileTypeResponse": ".create_file_type_response",
    "CreateIntegrationPropertyListRequest": ".create_integration_property_list_request",
    "CreateIntegrationPropertyListResponse": ".create_integration_property_list_response",
    "CreateIntegrationRequest": ".create_integration_request",
    "CreateIntegrationRequestMaxRequestCadence": ".create_integration_request_max_request_cadence",
    "CreateIntegrationRequestSyncCadence": ".create_integration_request_sync_cadence",
    "CreateIntegrationRequestSystem": ".create_integration_request_system",
    "CreateIntegrationResponse": ".create_integration_response",
    "CreateIntegrationResponseResult": ".create_integration_response_result",
    "CreateIntegrationResponseResultPingResults": ".create_integration_response_result_ping_results",
    "CreateIntegrationResponseResultVendor": ".create_integration_response_result_vendor",
    "CreateInvoiceRequest": ".create_invoice_request",
    "CreateInvoiceRequestAttachmentsItem": ".create_invoice_request_attachments_item",
    "CreateInvoiceRequestInvoiceItemsItem": ".create_invoice_request_invoice_items_item",
    "CreateInvoiceResponse": ".create_invoice_response",
    "CreateLeadAppointmentRequest": ".create_lead_appointment_request",
    "CreateLeadAppointmentRequestAppointmentType": ".create_lead_appointment_request_appointment_type",
    "CreateLeadAppointmentRequestPriority": ".create_lead_appointment_request_priority",
    "CreateLeadAppointmentRequestStatus": ".create_lead_appointment_request_status",
    "CreateLeadAppointmentResponse": ".create_lead_appointment_response",
    "CreateLeadEventRequest": ".create_lead_event_request",
    "CreateLeadEventRequestCallStatus": ".create_lead_event_request_call_status",
    "CreateLeadEventRequestEventName": ".create_lead_event_request_event_name",
    "CreateLeadEventRequestStatus": ".create_lead_event_request_status",
    "CreateLeadEventResponse": ".create_lead_event_response",
    "CreateLeadRequest": ".create_lead_request",
    "CreateLeadRequestApplicantStatus": ".create_lead_request_applicant_status",
    "CreateLeadRequestEventsItem": ".create_lead_request_events_item",
    "CreateLeadRequestEventsItemEventName": ".create_lead_request_events_item_event_name",
    "CreateLeadRequestPhone1Type": ".create_lead_request_phone_1_type",
    "CreateLeadRequestPhone2Type": ".create_lead_request_phone_2_type",
    "CreateLeadRequestStatus": ".create_lead_request_status",
    "CreateLeadResponse": ".create_lead_response",
    "CreateLeaseRequest": ".create_lease_request",
    "CreateLeaseRequestAddressHistoryItem": ".create_lease_request_address_history_item",
    "CreateLeaseRequestAddressHistoryItemCountryType0": ".create_lease_request_address_history_item_country_type_0",
    "CreateLeaseRequestAddressHistoryItemState": ".create_lease_request_address_history_item_state",
    "CreateLeaseRequestCountry": ".create_lease_request_country",
    "CreateLeaseRequestCountryAlternate": ".create_lease_request_country_alternate",
    "CreateLeaseRequestEmergencyContactsItem": ".create_lease_request_emergency_contacts_item",
    "CreateLeaseRequestEmergencyContactsItemCountryType0": ".create_lease_request_emergency_contacts_item_country_type_0",
    "CreateLeaseRequestEmergencyContactsItemRelationship": ".create_lease_request_emergency_contacts_item_relationship",
    "CreateLeaseRequestEmergencyContactsItemState": ".create_lease_request_emergency_contacts_item_state",
    "CreateLeaseRequestMaritalStatus": ".create_lease_request_marital_status",
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
    "CreateListingRequest": ".create_listing_request",
    "CreateListingRequestCustomData": ".create_listing_request_custom_data",
    "CreateListingResponse": ".create_listing_response",
    "CreatePayableRegisterRequest": ".create_payable_register_request",
    "CreatePayableRegisterRequestInvoiceStatus": ".create_payable_register_request_invoice_status",
    "CreatePayableRegisterRequestPayableRegisterItemsItem": ".create_payable_register_request_payable_register_items_item",
    "CreatePayableRegisterResponse": ".create_payable_register_response",
    "CreatePropertyAmenitiesRequest": ".create_property_amenities_request",
    "CreatePropertyAmenitiesRequestCustomData": ".create_property_amenities_request_custom_data",
    "CreatePropertyAmenitiesRequestVendor": ".create_property_amenities_request_vendor",
    "CreatePropertyAmenitiesResponse": ".create_property_amenities_response",
    "CreatePropertyRequest": ".create_property_request",
    "CreatePropertyRequestCategory": ".create_property_request_category",
    "CreatePropertyRequestType": ".create_property_request_type",
    "CreatePropertyResponse": ".create_property_response",
    "CreatePurchaseOrderRequest": ".create_purchase_order_request",
    "CreatePurchaseOrderRequestBillingStateType0": ".create_purchase_order_request_billing_state_type_0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0": ".create_purchase_order_request_purchase_order_items_item_type_0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1": ".create_purchase_order_request_purchase_order_items_item_type_1",
    "CreatePurchaseOrderRequestShippingStateType0": ".create_purchase_order_request_shipping_state_type_0",
    "CreatePurchaseOrderResponse": ".create_purchase_order_response",
    "CreateRecurringResidentChargeRentmanagerRequest": ".create_recurring_resident_charge_rentmanager_request",
    "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized": ".create_recurring_resident_charge_rentmanager_request_frequency_normalized",
    "CreateRecurringResidentChargeRentmanagerResponse": ".create_recurring_resident_charge_rentmanager_response",
    "CreateRecurringResidentChargeRequest": ".create_recurring_resident_charge_request",
    "CreateRecurringResidentChargeRequestFrequencyNormalized": ".create_recurring_resident_charge_request_frequency_normalized",
    "CreateRecurringResidentChargeResponse": ".create_recurring_resident_charge_response",
    "CreateResidentAppointmentRequest": ".create_resident_appointment_request",
    "CreateResidentAppointmentRequestStatus": ".create_resident_appointment_request_status",
    "CreateResidentAppointmentResponse": ".create_resident_appointment_response",
    "CreateResidentChargeRentmanagerRequest": ".create_resident_charge_rentmanager_request",
    "CreateResidentChargeRentmanagerResponse": ".create_resident_charge_rentmanager_response",
    "CreateResidentChargeRequest": ".create_resident_charge_request",
    "CreateResidentChargeResponse": ".create_resident_charge_response",
    "CreateResidentCreditRentmanagerRequest": ".create_resident_credit_rentmanager_request",
    "CreateResidentCreditRentmanagerResponse": ".create_resident_credit_rentmanager_response",
    "CreateResidentCreditRequest": ".create_resident_credit_request",
    "CreateResidentCreditResponse": ".create_resident_credit_response",
    "CreateResidentEventRequest": ".create_resident_event_request",
    "CreateResidentEventRequestCallStatus": ".create_resident_event_request_call_status",
    "CreateResidentEventRequestEventType": ".create_resident_event_request_event_type",
    "CreateResidentEventRequestStatus": ".create_resident_event_request_status",
    "CreateResidentEventResponse": ".create_resident_event_response",
    "CreateResidentPaymentRentmanagerRequest": ".create_resident_payment_rentmanager_request",
    "CreateResidentPaymentRentmanagerResponse": ".create_resident_payment_rentmanager_response",
    "CreateResidentPaymentRequest": ".create_resident_payment_request",
    "CreateResidentPaymentRequestPaymentType": ".create_resident_payment_request_payment_type",
    "CreateResidentPaymentResponse": ".create_resident_payment_response",
    "CreateResidentPetRequest": ".create_resident_pet_request",
    "CreateResidentPetResponse": ".create_resident_pet_response",
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
    "CreateServiceRequestHistoryRequest": ".create_service_request_history_request",
    "CreateServiceRequestHistoryRequestAttachment": ".create_service_request_history_request_attachment",
    "CreateServiceRequestHistoryRequestStatusRaw": ".create_service_request_history_request_status_raw",
    "CreateServiceRequestHistoryResponse": ".create_service_request_history_response",
    "CreateServiceRequestRequest": ".create_service_request_request",
    "CreateServiceRequestRequestAccessIsAuthorizedValue": ".create_service_request_request_access_is_authorized_value",
    "CreateServiceRequestRequestServiceCategory": ".create_service_request_request_service_category",
    "CreateServiceRequestRequestServicePriority": ".create_service_request_request_service_priority",
    "CreateServiceRequestRequestServiceStatus": ".create_service_request_request_service_status",
    "CreateServiceRequestRequestStatusRaw": ".create_service_request_request_status_raw",
    "CreateServiceRequestResponse": ".create_service_request_response",
    "CreateUnitAmenitiesRequest": ".create_unit_amenities_request",
    "CreateUnitAmenitiesRequestCustomData": ".create_unit_amenities_request_custom_data",
    "CreateUnitAmenitiesRequestVendor": ".create_unit_amenities_request_vendor",
    "CreateUnitAmenitiesResponse": ".create_unit_amenities_response",
    "CreateUnitRequest": ".create_unit_request",
    "CreateUnitRequestCategory": ".create_unit_request_category",
    "CreateUnitRequestType": ".create_unit_request_type",
    "CreateUnitResponse": ".create_unit_response",
    "CreateVendorRequest": ".create_vendor_request",
    "CreateVendorRequestPhone1Type": ".create_vendor_request_phone_1_type",
    "CreateVendorRequestPhone2Type": ".create_vendor_request_phone_2_type",
    "CreateVendorRequestTaxPayerType": ".create_vendor_request_tax_payer_type",
    "CreateVendorResponse": ".create_vendor_response",
    "CreateWebhookRequest": ".create_webhook_request",
    "CreateWebhookRequestModel": ".create_webhook_request_model",
    "CreateWebhookRequestTriggersItem": ".create_webhook_request_triggers_item",
    "CreateWebhookResponse": ".create_webhook_response",
    "CredentialsType0": ".credentials_type_0",
    "CreditCardsItem": ".credit_cards_item",
    "CustomDataType0": ".custom_data_type_0",
    "CustomSyncSchedule": ".custom_sync_schedule",
    "CustomSyncScheduleInterval": ".custom_sync_schedule_interval",
    "CustomSyncScheduleTimezone": ".custom_sync_schedule_timezone",
    "Data": ".data",
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
    "DepositSummary": ".deposit_summary",
    "EmergencyContactsItem": ".emergency_contacts_item",
    "Employee": ".employee",
    "EmploymentHistoryItem": ".employment_history_item",
    "EmploymentHistoryItemState": ".employment_history_item_state",
    "Entrata": ".entrata",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorDetails": ".error_response_error_details",
    "Event": ".event",
    "EventResult": ".event_result",
    "EventSubType": ".event_sub_type",
    "EventType": ".event_type",
    "EventsItem": ".events_item",
    "Fee": ".fee",
    "FeeCustomDataType0": ".fee_custom_data_type_0",
    "FileType": ".file_type",
    "FinancialAccount": ".financial_account",
    "FloorPlan": ".floor_plan",
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
    "GetIntegrationResponseResultsType0Models": ".get_integration_response_results_type_0_models",
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
    "HeadersItem": ".headers_item",
    "IncomeSource": ".income_source",
    "Integration": ".integration",
    "IntegrationDataType0": ".integration_data_type_0",
    "IntegrationInterfacesItem": ".integration_interfaces_item",
    "IntegrationJobSchedule": ".integration_job_schedule",
    "IntegrationJobScheduleParameters": ".integration_job_schedule_parameters",
    "IntegrationJobScheduleStatus": ".integration_job_schedule_status",
    "IntegrationModels": ".integration_models",
    "IntegrationProperty": ".integration_property",
    "IntegrationPropertyList": ".integration_property_list",
    "IntegrationVendor": ".integration_vendor",
    "IntegrationVendorEnum": ".integration_vendor_enum",
    "InterfaceName": ".interface_name",
    "IntervalValue": ".interval_value",
    "IntervalValueSlotsItem": ".interval_value_slots_item",
    "Invoice": ".invoice",
    "InvoiceInvoiceItemsItem": ".invoice_invoice_items_item",
    "JobLog": ".job_log",
    "Knock": ".knock",
    "Lead": ".lead",
    "LeadPetsItem": ".lead_pets_item",
    "LeadRelationship": ".lead_relationship",
    "LeadSource": ".lead_source",
    "Lease": ".lease",
    "LeaseResidentsMetaDataItem": ".lease_residents_meta_data_item",
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
    "ListingPricing": ".listing_pricing",
    "Location": ".location",
    "ManagerPhoneType": ".manager_phone_type",
    "ManualSyncIntegrationRequest": ".manual_sync_integration_request",
    "ManualSyncIntegrationRequestModelsToSyncItem": ".manual_sync_integration_request_models_to_sync_item",
    "ManualSyncIntegrationResponse": ".manual_sync_integration_response",
    "ManualSyncIntegrationResponseResult": ".manual_sync_integration_response_result",
    "MaxRequestCadence": ".max_request_cadence",
    "Meta": ".meta",
    "MethodSpecificValue": ".method_specific_value",
    "ModelsAdditionalProperty": ".models_additional_property",
    "MRI": ".mri",
    "NameNormalized": ".name_normalized",
    "NoteCategory": ".note_category",
    "OtherIncomeItem": ".other_income_item",
    "OtherOccupantsItem": ".other_occupants_item",
    "OtherOccupantsItemPhone1Type": ".other_occupants_item_phone_1_type",
    "OtherOccupantsItemPhone2Type": ".other_occupants_item_phone_2_type",
    "OtherOccupantsItemRelationship": ".other_occupants_item_relationship",
    "OtherOccupantsItemState": ".other_occupants_item_state",
    "Owner": ".owner",
    "PayableRegister": ".payable_register",
    "PayableRegisterPayableRegisterItemsItem": ".payable_register_payable_register_items_item",
    "PetTypes": ".pet_types",
    "PetsItem": ".pets_item",
    "PhoneType": ".phone_type",
    "Property": ".property_",
    "PropertyList": ".property_list",
    "PropertyOfficeHoursItem": ".property_office_hours_item",
    "PropertywareREST": ".propertyware_rest",
    "PropertywareSOAP": ".propertyware_soap",
    "PurchaseOrder": ".purchase_order",
    "PurchaseOrderItem": ".purchase_order_item",
    "QueryAppointmentAvailabilityRequest": ".query_appointment_availability_request",
    "QueryAppointmentAvailabilityRequestCalendarTypesItem": ".query_appointment_availability_request_calendar_types_item",
    "QueryAppointmentAvailabilityResponse": ".query_appointment_availability_response",
    "QueryAppointmentAvailabilityResponseResultItem": ".query_appointment_availability_response_result_item",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem": ".query_appointment_availability_response_result_item_calendar_days_item",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0": ".query_appointment_availability_response_result_item_calendar_days_item_available_slots_item_type_0",
    "RealpagePartnerExchange": ".realpage_partner_exchange",
    "RealpagePartnerExchangeMethodSpecific": ".realpage_partner_exchange_method_specific",
    "RealpageRegisteredVendor": ".realpage_registered_vendor",
    "RealpageRegisteredVendorFtpCredentials": ".realpage_registered_vendor_ftp_credentials",
    "RecurringResidentCharge": ".recurring_resident_charge",
    "RecurringResidentChargeFrequencyNormalized": ".recurring_resident_charge_frequency_normalized",
    "RentManagerProduction": ".rent_manager_production",
    "RentManagerSandbox": ".rent_manager_sandbox",
    "RentableItem": ".rentable_item",
    "Rentvine": ".rentvine",
    "Resident": ".resident",
    "ResidentCharge": ".resident_charge",
    "ResidentInsurance": ".resident_insurance",
    "ResidentLeasesMetaDataItem": ".resident_leases_meta_data_item",
    "ResidentPayment": ".resident_payment",
    "ResidentPetsItem": ".resident_pets_item",
    "ResidentTypeNormalized": ".resident_type_normalized",
    "ResidentVehiclesItem": ".resident_vehicles_item",
    "Resman": ".resman",
    "ResponseMeta": ".response_meta",
    "ResponseMetaOrderByItem": ".response_meta_order_by_item",
    "Result": ".result",
    "RetryWriteRequest": ".retry_write_request",
    "RetryWriteResponse": ".retry_write_response",
    "Roles": ".roles",
    "Sample1": ".sample_1",
    "Sample1Value": ".sample_1_value",
    "Sample2": ".sample_2",
    "ScreeningsItem": ".screenings_item",
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
    "TriggersItem": ".triggers_item",
    "Type": ".type_",
    "TypeNormalized": ".type_normalized",
    "Unit": ".unit",
    "UnitDetail": ".unit_detail",
    "UnitType": ".unit_type",
    "UpdateAmenityRequest": ".update_amenity_request",
    "UpdateAmenityResponse": ".update_amenity_response",
    "UpdateApplicantAppointmentRequest": ".update_applicant_appointment_request",
    "UpdateApplicantAppointmentRequestAppointmentType": ".update_applicant_appointment_request_appointment_type",
    "UpdateApplicantAppointmentRequestPriority": ".update_applicant_appointment_request_priority",
    "UpdateApplicantAppointmentRequestStatus": ".update_applicant_appointment_request_status",
    "UpdateApplicantAppointmentResponse": ".update_applicant_appointment_response",
    "UpdateApplicantEventRequest": ".update_applicant_event_request",
    "UpdateApplicantEventRequestStatus": ".update_applicant_event_request_status",
    "UpdateApplicantEventResponse": ".update_applicant_event_response",
    "UpdateApplicantRequest": ".update_applicant_request",
    "UpdateApplicantRequestApplicantStatus": ".update_applicant_request_applicant_status",
    "UpdateApplicantRequestApplicationStatus": ".update_applicant_request_application_status",
    "UpdateApplicantRequestEmploymentHistoryItem": ".update_applicant_request_employment_history_item",
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
    "UpdateApplicantResponse": ".update_applicant_response",
    "UpdateApplicationRequest": ".update_application_request",
    "UpdateApplicationRequestAddressHistoryItem": ".update_application_request_address_history_item",
    "UpdateApplicationRequestAddressHistoryItemCountryType0": ".update_application_request_address_history_item_country_type_0",
    "UpdateApplicationRequestAddressHistoryItemState": ".update_application_request_address_history_item_state",
    "UpdateApplicationRequestApplicationStatus": ".update_application_request_application_status",
    "UpdateApplicationRequestEmergencyContactsItem": ".update_application_request_emergency_contacts_item",
    "UpdateApplicationRequestEmergencyContactsItemCountryType0": ".update_application_request_emergency_contacts_item_country_type_0",
    "UpdateApplicationRequestEmergencyContactsItemRelationship": ".update_application_request_emergency_contacts_item_relationship",
    "UpdateApplicationRequestEmergencyContactsItemState": ".update_application_request_emergency_contacts_item_state",
    "UpdateApplicationRequestMaritalStatus": ".update_application_request_marital_status",
    "UpdateApplicationRequestPhone1Type": ".update_application_request_phone_1_type",
    "UpdateApplicationRequestPhone2Type": ".update_application_request_phone_2_type",
    "UpdateApplicationRequestStatus": ".update_application_request_status",
    "UpdateApplicationRequestVehiclesItem": ".update_application_request_vehicles_item",
    "UpdateApplicationRequestVehiclesItemLicensePlateState": ".update_application_request_vehicles_item_license_plate_state",
    "UpdateApplicationResponse": ".update_application_response",
    "UpdateConstructionJobRequest": ".update_construction_job_request",
    "UpdateConstructionJobResponse": ".update_construction_job_response",
    "UpdateContractRequest": ".update_contract_request",
    "UpdateContractResponse": ".update_contract_response",
    "UpdateDepositSummaryRequest": ".update_deposit_summary_request",
    "UpdateDepositSummaryRequestPaymentMethod": ".update_deposit_summary_request_payment_method",
    "UpdateDepositSummaryResponse": ".update_deposit_summary_response",
    "UpdateIntegrationPropertyListRequest": ".update_integration_property_list_request",
    "UpdateIntegrationPropertyListResponse": ".update_integration_property_list_response",
    "UpdateIntegrationPropertyRequest": ".update_integration_property_request",
    "UpdateIntegrationPropertyResponse": ".update_integration_property_response",
    "UpdateIntegrationPropertyResponseResults": ".update_integration_property_response_results",
    "UpdateIntegrationRequest": ".update_integration_request",
    "UpdateIntegrationRequestMaxRequestCadence": ".update_integration_request_max_request_cadence",
    "UpdateIntegrationRequestSyncCadence": ".update_integration_request_sync_cadence",
    "UpdateIntegrationRequestSystem": ".update_integration_request_system",
    "UpdateIntegrationResponse": ".update_integration_response",
    "UpdateIntegrationResponseResult": ".update_integration_response_result",
    "UpdateInvoiceRequest": ".update_invoice_request",
    "UpdateInvoiceRequestStatus": ".update_invoice_request_status",
    "UpdateInvoiceResponse": ".update_invoice_response",
    "UpdateLeadAppointmentRequest": ".update_lead_appointment_request",
    "UpdateLeadAppointmentRequestAppointmentType": ".update_lead_appointment_request_appointment_type",
    "UpdateLeadAppointmentRequestPriority": ".update_lead_appointment_request_priority",
    "UpdateLeadAppointmentRequestStatus": ".update_lead_appointment_request_status",
    "UpdateLeadAppointmentResponse": ".update_lead_appointment_response",
    "UpdateLeadEventRequest": ".update_lead_event_request",
    "UpdateLeadEventRequestStatus": ".update_lead_event_request_status",
    "UpdateLeadEventResponse": ".update_lead_event_response",
    "UpdateLeadRequest": ".update_lead_request",
    "UpdateLeadRequestApplicantStatus": ".update_lead_request_applicant_status",
    "UpdateLeadRequestInactiveReason": ".update_lead_request_inactive_reason",
    "UpdateLeadRequestPhone1Type": ".update_lead_request_phone_1_type",
    "UpdateLeadRequestPhone2Type": ".update_lead_request_phone_2_type",
    "UpdateLeadRequestStatus": ".update_lead_request_status",
    "UpdateLeadResponse": ".update_lead_response",
    "UpdateLeaseRequest": ".update_lease_request",
    "UpdateLeaseRequestAddressHistoryItem": ".update_lease_request_address_history_item",
    "UpdateLeaseRequestAddressHistoryItemCountry": ".update_lease_request_address_history_item_country",
    "UpdateLeaseRequestAddressHistoryItemState": ".update_lease_request_address_history_item_state",
    "UpdateLeaseRequestEmergencyContactsItem": ".update_lease_request_emergency_contacts_item",
    "UpdateLeaseRequestEmergencyContactsItemCountry": ".update_lease_request_emergency_contacts_item_country",
    "UpdateLeaseRequestEmergencyContactsItemRelationship": ".update_lease_request_emergency_contacts_item_relationship",
    "UpdateLeaseRequestEmergencyContactsItemState": ".update_lease_request_emergency_contacts_item_state",
    "UpdateLeaseRequestMaritalStatus": ".update_lease_request_marital_status",
    "UpdateLeaseRequestPhone1Type": ".update_lease_request_phone_1_type",
    "UpdateLeaseRequestPhone2Type": ".update_lease_request_phone_2_type",
    "UpdateLeaseRequestStatus": ".update_lease_request_status",
    "UpdateLeaseRequestTenantsItem": ".update_lease_request_tenants_item",
    "UpdateLeaseRequestType": ".update_lease_request_type",
    "UpdateLeaseRequestVehiclesItem": ".update_lease_request_vehicles_item",
    "UpdateLeaseResponse": ".update_lease_response",
    "UpdateListingRequest": ".update_listing_request",
    "UpdateListingResponse": ".update_listing_response",
    "UpdatePayableRegisterRequest": ".update_payable_register_request",
    "UpdatePayableRegisterResponse": ".update_payable_register_response",
    "UpdatePropertyAmenitiesRequest": ".update_property_amenities_request",
    "UpdatePropertyAmenitiesRequestFeaturesItem": ".update_property_amenities_request_features_item",
    "UpdatePropertyAmenitiesRequestIncludedInRentItem": ".update_property_amenities_request_included_in_rent_item",
    "UpdatePropertyAmenitiesResponse": ".update_property_amenities_response",
    "UpdatePropertyRequest": ".update_property_request",
    "UpdatePropertyRequestCategory": ".update_property_request_category",
    "UpdatePropertyRequestType": ".update_property_request_type",
    "UpdatePropertyResponse": ".update_property_response",
    "UpdatePurchaseOrderRequest": ".update_purchase_order_request",
    "UpdatePurchaseOrderRequestBillingStateType0": ".update_purchase_order_request_billing_state_type_0",
    "UpdatePurchaseOrderRequestPurchaseOrderItemsItem": ".update_purchase_order_request_purchase_order_items_item",
    "UpdatePurchaseOrderRequestShippingStateType0": ".update_purchase_order_request_shipping_state_type_0",
    "UpdatePurchaseOrderResponse": ".update_purchase_order_response",
    "UpdateRecurringResidentChargeRentmanagerRequest": ".update_recurring_resident_charge_rentmanager_request",
    "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized": ".update_recurring_resident_charge_rentmanager_request_frequency_normalized",
    "UpdateRecurringResidentChargeRentmanagerResponse": ".update_recurring_resident_charge_rentmanager_response",
    "UpdateRecurringResidentChargeRentmanagerResponseResult": ".update_recurring_resident_charge_rentmanager_response_result",
    "UpdateRecurringResidentChargeRequest": ".update_recurring_resident_charge_request",
    "UpdateRecurringResidentChargeRequestFrequencyNormalized": ".update_recurring_resident_charge_request_frequency_normalized",
    "UpdateRecurringResidentChargeResponse": ".update_recurring_resident_charge_response",
    "UpdateResidentAppointmentRequest": ".update_resident_appointment_request",
    "UpdateResidentAppointmentRequestStatus": ".update_resident_appointment_request_status",
    "UpdateResidentAppointmentResponse": ".update_resident_appointment_response",
    "UpdateResidentEventRequest": ".update_resident_event_request",
    "UpdateResidentEventRequestStatus": ".update_resident_event_request_status",
    "UpdateResidentEventResponse": ".update_resident_event_response",
    "UpdateResidentPetRequest": ".update_resident_pet_request",
    "UpdateResidentPetResponse": ".update_resident_pet_response",
    "UpdateResidentRequest": ".update_resident_request",
    "UpdateResidentRequestCountry": ".update_resident_request_country",
    "UpdateResidentRequestCountryAlternate": ".update_resident_request_country_alternate",
    "UpdateResidentRequestCustomData": ".update_resident_request_custom_data",
    "UpdateResidentRequestGender": ".update_resident_request_gender",
    "UpdateResidentRequestPhone1Type": ".update_resident_request_phone_1_type",
    "UpdateResidentRequestPhone2Type": ".update_resident_request_phone_2_type",
    "UpdateResidentRequestRentPeriod": ".update_resident_request_rent_period",
    "UpdateResidentRequestState": ".update_resident_request_state",
    "UpdateResidentResponse": ".update_resident_response",
    "UpdateServiceRequestRequest": ".update_service_request_request",
    "UpdateServiceRequestRequestServiceCategory": ".update_service_request_request_service_category",
    "UpdateServiceRequestRequestServicePriority": ".update_service_request_request_service_priority",
    "UpdateServiceRequestRequestStatusRaw": ".update_service_request_request_status_raw",
    "UpdateServiceRequestResponse": ".update_service_request_response",
    "UpdateUnitAmenitiesRequest": ".update_unit_amenities_request",
    "UpdateUnitAmenitiesRequestFeaturesItem": ".update_unit_amenities_request_features_item",
    "UpdateUnitAmenitiesResponse": ".update_unit_amenities_response",
    "UpdateUnitRequest": ".update_unit_request",
    "UpdateUnitRequestCategory": ".update_unit_request_category",
    "UpdateUnitRequestType": ".update_unit_request_type",
    "UpdateUnitResponse": ".update_unit_response",
    "UpdateVendorRequest": ".update_vendor_request",
    "UpdateVendorRequestCountryType0": ".update_vendor_request_country_type_0",
    "UpdateVendorRequestState": ".update_vendor_request_state",
    "UpdateVendorResponse": ".update_vendor_response",
    "UpdateWebhookRequest": ".update_webhook_request",
    "UpdateWebhookRequestModel": ".update_webhook_request_model",
    "UpdateWebhookRequestTriggersItem": ".update_webhook_request_triggers_item",
    "UpdateWebhookResponse": ".update_webhook_response",
    "User": ".user",
    "VehiclesItem": ".vehicles_item",
    "Vendor": ".vendor",
    "VendorContactsItem": ".vendor_contacts_item",
    "Webhook": ".webhook",
    "WriteStatus": ".write_status",
}


#: Earlier, path-derived class names and the names they now have.
_ALIASES: dict[str, str] = {
    "AmenityCustomDataType0": "CustomDataType0",
    "AmenityNameNormalized": "NameNormalized",
    "ApplicantApplicationsItemCustomDataType0": "CustomDataType0",
    "ApplicantApplicationsItemStatusNormalizedType0": "ApplicantApplicationsItemStatusNormalized",
    "ApplicantCustomDataType0": "CustomDataType0",
    "ApplicantPetsItemCustomDataType0": "CustomDataType0",
    "ApplicantPhone1Type": "PhoneType",
    "ApplicantPhone2Type": "PhoneType",
    "ApplicantScreeningsItem": "ScreeningsItem",
    "ApplicationApplicantsItemCustomDataType0": "CustomDataType0",
    "ApplicationCustomDataType0": "CustomDataType0",
    "AssignApplicantRentableItemResponseData": "Data",
    "BatchCreateResidentChargesPropertywareRestResponseMeta": "Meta",
    "BatchCreateResidentChargesRentmanagerResponseMeta": "Meta",
    "BatchCreateResidentChargesResmanResponseMeta": "Meta",
    "BatchCreateResidentChargesYardiResponseMeta": "Meta",
    "CallLogCustomDataType0": "CustomDataType0",
    "CancelApplicantAppointmentResponseData": "Data",
    "CancelLeadAppointmentResponseData": "Data",
    "CancelPayableRegisterResponseData": "Data",
    "CancelResidentAppointmentResponseData": "Data",
    "ChargeCodeCustomDataType0": "CustomDataType0",
    "ConstructionJobCustomDataType0": "CustomDataType0",
    "ConstructionJobDetailCustomDataType0": "CustomDataType0",
    "ContractCustomDataType0": "CustomDataType0",
    "ContractDetailCustomDataType0": "CustomDataType0",
    "CreateAmenityResponseData": "Data",
    "CreateApplicantAppointmentResponseData": "Data",
    "CreateApplicantEventResponseData": "Data",
    "CreateApplicantRequestAddOnsItem": "AddOnsItem",
    "CreateApplicantRequestAddressHistoryItem": "AddressHistoryItem",
    "CreateApplicantRequestAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "CreateApplicantRequestAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "CreateApplicantRequestAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "CreateApplicantRequestAddressHistoryItemState": "AddressHistoryItemState",
    "CreateApplicantRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "CreateApplicantRequestAssistance": "Assistance",
    "CreateApplicantRequestAttachmentsItem": "AttachmentsItem",
    "CreateApplicantRequestBankAccountsItem": "BankAccountsItem",
    "CreateApplicantRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "CreateApplicantRequestCreditCardsItem": "CreditCardsItem",
    "CreateApplicantRequestEmergencyContactsItem": "EmergencyContactsItem",
    "CreateApplicantRequestVehiclesItem": "VehiclesItem",
    "CreateApplicantResponseData": "Data",
    "CreateApplicationRequestAddOnsItem": "AddOnsItem",
    "CreateApplicationRequestApplicationFeesItem": "ApplicationFeesItem",
    "CreateApplicationRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "CreateApplicationRequestAssistance": "Assistance",
    "CreateApplicationRequestAttachmentsItem": "AttachmentsItem",
    "CreateApplicationRequestBankAccountsItem": "BankAccountsItem",
    "CreateApplicationRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "CreateApplicationRequestConcessionFeesItem": "ConcessionFeesItem",
    "CreateApplicationRequestCreditCardsItem": "CreditCardsItem",
    "CreateApplicationRequestOtherIncomeItem": "OtherIncomeItem",
    "CreateApplicationRequestPetsItem": "PetsItem",
    "CreateApplicationResponseData": "Data",
    "CreateConstructionJobResponseData": "Data",
    "CreateContractResponseData": "Data",
    "CreateFileTypeResponseData": "Data",
    "CreateIntegrationPropertyListResponseResults": "IntegrationPropertyList",
    "CreateIntegrationRequestBuildium": "Buildium",
    "CreateIntegrationRequestCredentialsType0": "CredentialsType0",
    "CreateIntegrationRequestCustomSyncSchedule": "CustomSyncSchedule",
    "CreateIntegrationRequestCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "CreateIntegrationRequestCustomSyncScheduleType": "Type",
    "CreateIntegrationRequestEntrata": "Entrata",
    "CreateIntegrationRequestKnock": "Knock",
    "CreateIntegrationRequestMRI": "MRI",
    "CreateIntegrationRequestPropertywareREST": "PropertywareREST",
    "CreateIntegrationRequestPropertywareSOAP": "PropertywareSOAP",
    "CreateIntegrationRequestRealpagePartnerExchange": "RealpagePartnerExchange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "CreateIntegrationRequestRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "CreateIntegrationRequestRentManagerProduction": "RentManagerProduction",
    "CreateIntegrationRequestRentManagerSandbox": "RentManagerSandbox",
    "CreateIntegrationRequestRentvine": "Rentvine",
    "CreateIntegrationRequestResman": "Resman",
    "CreateIntegrationRequestSample1": "Sample1",
    "CreateIntegrationRequestSample1CommonData": "Sample1Value",
    "CreateIntegrationRequestSample1GuestCard": "Sample1Value",
    "CreateIntegrationRequestSample1JobCost": "Sample1Value",
    "CreateIntegrationRequestSample1ResidentTransactions": "Sample1Value",
    "CreateIntegrationRequestSample1ServiceRequests": "Sample1Value",
    "CreateIntegrationRequestSample1VendorInvoicing": "Sample1Value",
    "CreateIntegrationRequestSample2": "Sample2",
    "CreateIntegrationResponseResultCustomSyncSchedule": "CustomSyncSchedule",
    "CreateIntegrationResponseResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationResponseResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "CreateIntegrationResponseResultCustomSyncScheduleType": "Type",
    "CreateInvoiceResponseData": "Data",
    "CreateLeadAppointmentResponseData": "Data",
    "CreateLeadEventResponseData": "Data",
    "CreateLeadResponseData": "Data",
    "CreateLeaseRequestApplicationFeesItem": "ApplicationFeesItem",
    "CreateLeaseRequestConcessionFeesItem": "ConcessionFeesItem",
    "CreateLeaseRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "CreateLeaseRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "CreateLeaseRequestOtherIncomeItem": "OtherIncomeItem",
    "CreateLeaseRequestOtherOccupantsItem": "OtherOccupantsItem",
    "CreateLeaseRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "CreateLeaseRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "CreateLeaseRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "CreateLeaseRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "CreateLeaseRequestPetsItem": "PetsItem",
    "CreateLeaseResponseData": "Data",
    "CreateListingResponseData": "Data",
    "CreatePayableRegisterResponseData": "Data",
    "CreatePropertyAmenitiesResponseData": "Data",
    "CreatePropertyResponseData": "Data",
    "CreatePurchaseOrderResponseData": "Data",
    "CreateRecurringResidentChargeRentmanagerResponseMeta": "Meta",
    "CreateRecurringResidentChargeResponseData": "Data",
    "CreateResidentAppointmentResponseData": "Data",
    "CreateResidentChargeRentmanagerResponseMeta": "Meta",
    "CreateResidentChargeResponseData": "Data",
    "CreateResidentCreditRentmanagerResponseMeta": "Meta",
    "CreateResidentCreditResponseData": "Data",
    "CreateResidentEventResponseData": "Data",
    "CreateResidentPaymentRentmanagerResponseMeta": "Meta",
    "CreateResidentPaymentResponseData": "Data",
    "CreateResidentPetResponseData": "Data",
    "CreateResidentResponseData": "Data",
    "CreateServiceRequestHistoryResponseData": "Data",
    "CreateServiceRequestResponseData": "Data",
    "CreateUnitAmenitiesResponseData": "Data",
    "CreateUnitResponseData": "Data",
    "CreateVendorResponseData": "Data",
    "CreateWebhookRequestHeadersItem": "HeadersItem",
    "CreateWebhookResponseResult": "Result",
    "CreateWebhookResponseResultHeadersType0Item": "HeadersItem",
    "CreateWebhookResponseResultSystem": "System",
    "CreateWebhookResponseResultTriggersItem": "TriggersItem",
    "CustomSyncScheduleType": "Type",
    "DepositCustomDataType0": "CustomDataType0",
    "DepositIntegrationDataType0": "IntegrationDataType0",
    "DepositSummaryCustomDataType0": "CustomDataType0",
    "DepositSummaryIntegrationDataType0": "IntegrationDataType0",
    "Enum1": "IntegrationVendor",
    "FinancialAccountCustomDataType0": "CustomDataType0",
    "FloorPlanCustomDataType0": "CustomDataType0",
    "GetAccountingEntityResponseResults": "AccountingEntity",
    "GetAmenityResponseResults": "Amenity",
    "GetAmenityResponseResultsCustomDataType0": "CustomDataType0",
    "GetAmenityResponseResultsMetaDataType0": "AmenityMetaDataType0",
    "GetAmenityResponseResultsNameNormalized": "NameNormalized",
    "GetAmenityResponseResultsUnitsItem": "AmenityUnitsItem",
    "GetDepositResponseResults": "Deposit",
    "GetDepositResponseResultsCustomDataType0": "CustomDataType0",
    "GetDepositResponseResultsIntegrationDataType0": "IntegrationDataType0",
    "GetDepositSummaryResponseResults": "DepositSummary",
    "GetDepositSummaryResponseResultsCustomDataType0": "CustomDataType0",
    "GetDepositSummaryResponseResultsIntegrationDataType0": "IntegrationDataType0",
    "GetIntegrationJobScheduleResponseResults": "IntegrationJobSchedule",
    "GetIntegrationJobScheduleResponseResultsParameters": "IntegrationJobScheduleParameters",
    "GetIntegrationJobScheduleResponseResultsStatus": "IntegrationJobScheduleStatus",
    "GetIntegrationJobScheduleResponseResultsSyncCadence": "SyncCadence",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "GetIntegrationResponseResultsType0IntegrationInterfacesItem": "IntegrationInterfacesItem",
    "GetIntegrationResponseResultsType0IntegrationInterfacesItemInterfaceName": "InterfaceName",
    "GetIntegrationResponseResultsType0ModelsAdditionalProperty": "ModelsAdditionalProperty",
    "GetIntegrationResponseResultsType0ModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "GetInvoiceResponseResults": "Invoice",
    "GetInvoiceResponseResultsCustomDataType0": "CustomDataType0",
    "GetInvoiceResponseResultsInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "GetJobLogResponseResults": "JobLog",
    "GetPropertyListResponseResults": "PropertyList",
    "GetResidentInsuranceResponseResults": "ResidentInsurance",
    "GetResidentPaymentResponseResults": "ResidentPayment",
    "GetResidentPaymentResponseResultsAllocationsItem": "AllocationsItem",
    "GetResidentPaymentResponseResultsAllocationsItemCustomDataType0": "CustomDataType0",
    "GetResidentPaymentResponseResultsCustomDataType0": "CustomDataType0",
    "GetResidentResponseResults": "Resident",
    "GetResidentResponseResultsCustomDataType0": "CustomDataType0",
    "GetResidentResponseResultsLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "GetResidentResponseResultsLeasesMetaDataItemCustomDataType0": "CustomDataType0",
    "GetResidentResponseResultsLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "GetResidentResponseResultsPetsItem": "ResidentPetsItem",
    "GetResidentResponseResultsPetsItemCustomDataType0": "CustomDataType0",
    "GetResidentResponseResultsPhone1Type": "PhoneType",
    "GetResidentResponseResultsPhone2Type": "PhoneType",
    "GetResidentResponseResultsVehiclesItem": "ResidentVehiclesItem",
    "GetResidentResponseResultsVehiclesItemCustomDataType0": "CustomDataType0",
    "GetUnitDetailResponseResults": "UnitDetail",
    "GetUnitResponseResults": "Unit",
    "GetUnitResponseResultsCustomDataType0": "CustomDataType0",
    "GetUnitTypeResponseResults": "UnitType",
    "GetVendorResponseResults": "Vendor",
    "GetVendorResponseResultsContactsItem": "VendorContactsItem",
    "GetVendorResponseResultsCustomDataType0": "CustomDataType0",
    "GetWebhookResponseResults": "Webhook",
    "GetWebhookResponseResultsHeadersItem": "HeadersItem",
    "GetWebhookResponseResultsSystem": "System",
    "GetWebhookResponseResultsTriggersItem": "TriggersItem",
    "IntegrationConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "IntegrationConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "IntegrationConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "IntegrationIntegrationInterfacesItem": "IntegrationInterfacesItem",
    "IntegrationIntegrationInterfacesItemInterfaceName": "InterfaceName",
    "IntegrationInterfacesItemInterfaceName": "InterfaceName",
    "IntegrationJobScheduleSyncCadence": "SyncCadence",
    "IntegrationMaxRequestCadence": "MaxRequestCadence",
    "IntegrationModelsAdditionalProperty": "ModelsAdditionalProperty",
    "IntegrationModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "IntegrationSyncCadence": "SyncCadence",
    "IntegrationSystem": "System",
    "IntegrationVendor": "IntegrationVendorEnum",
    "IntervalValueSlotsItemSyncCadence": "SyncCadence",
    "InvoiceCustomDataType0": "CustomDataType0",
    "JobLogByJob": "JobLog",
    "LeadCustomDataType0": "CustomDataType0",
    "LeadPetsItemCustomDataType0": "CustomDataType0",
    "LeadScreeningsItem": "ScreeningsItem",
    "LeaseCustomDataType0": "CustomDataType0",
    "LeaseResidentsMetaDataItemCustomDataType0": "CustomDataType0",
    "LeaseResidentsMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "ListingCustomDataType0": "CustomDataType0",
    "ListingPricingCustomDataType0": "CustomDataType0",
    "ModelsAdditionalPropertyFromInterfacesItem": "FromInterfaces",
    "OwnerPhone1Type": "PhoneType",
    "OwnerPhone2Type": "PhoneType",
    "PayableRegisterCustomDataType0": "CustomDataType0",
    "PropertyCustomDataType0": "CustomDataType0",
    "PropertyManagerPhone1Type": "ManagerPhoneType",
    "PropertyManagerPhone2Type": "ManagerPhoneType",
    "PropertyOfficeHoursItemDayOfWeek": "DayOfWeek",
    "PropertyTypeNormalizedType0": "TypeNormalized",
    "PropertyVendor": "Vendor",
    "PropertyVendorContactsItem": "VendorContactsItem",
    "PropertyVendorCustomDataType0": "CustomDataType0",
    "PurchaseOrderCustomDataType0": "CustomDataType0",
    "PurchaseOrderItemCustomDataType0": "CustomDataType0",
    "QueryAppointmentAvailabilityResponseMeta": "Meta",
    "RecurringResidentChargeCustomDataType0": "CustomDataType0",
    "ResidentChargeAllocationsItem": "AllocationsItem",
    "ResidentChargeAllocationsItemCustomDataType0": "CustomDataType0",
    "ResidentChargeCustomDataType0": "CustomDataType0",
    "ResidentCustomDataType0": "CustomDataType0",
    "ResidentLeasesMetaDataItemCustomDataType0": "CustomDataType0",
    "ResidentLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "ResidentPaymentAllocationsItem": "AllocationsItem",
    "ResidentPaymentAllocationsItemCustomDataType0": "CustomDataType0",
    "ResidentPaymentCustomDataType0": "CustomDataType0",
    "ResidentPetsItemCustomDataType0": "CustomDataType0",
    "ResidentPhone1Type": "PhoneType",
    "ResidentPhone2Type": "PhoneType",
    "ResidentVehiclesItemCustomDataType0": "CustomDataType0",
    "ResultSystem": "System",
    "UnitCustomDataType0": "CustomDataType0",
    "UpdateAmenityResponseData": "Data",
    "UpdateApplicantAppointmentResponseData": "Data",
    "UpdateApplicantEventResponseData": "Data",
    "UpdateApplicantRequestAddOnsItem": "AddOnsItem",
    "UpdateApplicantRequestAddressHistoryItem": "AddressHistoryItem",
    "UpdateApplicantRequestAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "UpdateApplicantRequestAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "UpdateApplicantRequestAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "UpdateApplicantRequestAddressHistoryItemState": "AddressHistoryItemState",
    "UpdateApplicantRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "UpdateApplicantRequestAssistance": "Assistance",
    "UpdateApplicantRequestAttachmentsItem": "AttachmentsItem",
    "UpdateApplicantRequestBankAccountsItem": "BankAccountsItem",
    "UpdateApplicantRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "UpdateApplicantRequestCreditCardsItem": "CreditCardsItem",
    "UpdateApplicantRequestEmergencyContactsItem": "EmergencyContactsItem",
    "UpdateApplicantRequestEventsItem": "EventsItem",
    "UpdateApplicantRequestVehiclesItem": "VehiclesItem",
    "UpdateApplicantResponseData": "Data",
    "UpdateApplicationRequestAddOnsItem": "AddOnsItem",
    "UpdateApplicationRequestApplicationFeesItem": "ApplicationFeesItem",
    "UpdateApplicationRequestAttachmentsItem": "AttachmentsItem",
    "UpdateApplicationRequestConcessionFeesItem": "ConcessionFeesItem",
    "UpdateApplicationRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "UpdateApplicationRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "UpdateApplicationRequestEventsItem": "EventsItem",
    "UpdateApplicationRequestOtherIncomeItem": "OtherIncomeItem",
    "UpdateApplicationRequestOtherOccupantsItem": "OtherOccupantsItem",
    "UpdateApplicationRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "UpdateApplicationRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "UpdateApplicationRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "UpdateApplicationRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "UpdateApplicationRequestPetsItem": "PetsItem",
    "UpdateApplicationResponseData": "Data",
    "UpdateConstructionJobResponseData": "Data",
    "UpdateContractResponseData": "Data",
    "UpdateDepositSummaryResponseData": "Data",
    "UpdateIntegrationPropertyListResponseResults": "IntegrationPropertyList",
    "UpdateIntegrationRequestBuildium": "Buildium",
    "UpdateIntegrationRequestCredentialsType0": "CredentialsType0",
    "UpdateIntegrationRequestCustomSyncSchedule": "CustomSyncSchedule",
    "UpdateIntegrationRequestCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "UpdateIntegrationRequestCustomSyncScheduleType": "Type",
    "UpdateIntegrationRequestEntrata": "Entrata",
    "UpdateIntegrationRequestKnock": "Knock",
    "UpdateIntegrationRequestMRI": "MRI",
    "UpdateIntegrationRequestPropertywareREST": "PropertywareREST",
    "UpdateIntegrationRequestPropertywareSOAP": "PropertywareSOAP",
    "UpdateIntegrationRequestRealpagePartnerExchange": "RealpagePartnerExchange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "UpdateIntegrationRequestRentManagerProduction": "RentManagerProduction",
    "UpdateIntegrationRequestRentManagerSandbox": "RentManagerSandbox",
    "UpdateIntegrationRequestRentvine": "Rentvine",
    "UpdateIntegrationRequestResman": "Resman",
    "UpdateIntegrationRequestSample1": "Sample1",
    "UpdateIntegrationRequestSample1CommonData": "Sample1Value",
    "UpdateIntegrationRequestSample1GuestCard": "Sample1Value",
    "UpdateIntegrationRequestSample1JobCost": "Sample1Value",
    "UpdateIntegrationRequestSample1ResidentTransactions": "Sample1Value",
    "UpdateIntegrationRequestSample1ServiceRequests": "Sample1Value",
    "UpdateIntegrationRequestSample1VendorInvoicing": "Sample1Value",
    "UpdateIntegrationRequestSample2": "Sample2",
    "UpdateIntegrationResponseResultCustomSyncSchedule": "CustomSyncSchedule",
    "UpdateIntegrationResponseResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationResponseResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "UpdateIntegrationResponseResultCustomSyncScheduleType": "Type",
    "UpdateInvoiceResponseData": "Data",
    "UpdateLeadAppointmentResponseData": "Data",
    "UpdateLeadEventResponseData": "Data",
    "UpdateLeadRequestEventsItem": "EventsItem",
    "UpdateLeadResponseData": "Data",
    "UpdateLeaseRequestApplicationFeesItem": "ApplicationFeesItem",
    "UpdateLeaseRequestConcessionFeesItem": "ConcessionFeesItem",
    "UpdateLeaseRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "UpdateLeaseRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "UpdateLeaseRequestOtherIncomeItem": "OtherIncomeItem",
    "UpdateLeaseRequestOtherOccupantsItem": "OtherOccupantsItem",
    "UpdateLeaseRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "UpdateLeaseRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "UpdateLeaseRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "UpdateLeaseRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "UpdateLeaseRequestPetsItem": "PetsItem",
    "UpdateLeaseResponseData": "Data",
    "UpdateListingResponseData": "Data",
    "UpdatePayableRegisterResponseData": "Data",
    "UpdatePropertyAmenitiesResponseData": "Data",
    "UpdatePropertyResponseData": "Data",
    "UpdatePurchaseOrderResponseData": "Data",
    "UpdateRecurringResidentChargeRentmanagerResponseMeta": "Meta",
    "UpdateRecurringResidentChargeResponseData": "Data",
    "UpdateResidentAppointmentResponseData": "Data",
    "UpdateResidentEventResponseData": "Data",
    "UpdateResidentPetResponseData": "Data",
    "UpdateResidentRequestEventsItem": "EventsItem",
    "UpdateResidentResponseData": "Data",
    "UpdateServiceRequestResponseData": "Data",
    "UpdateUnitAmenitiesResponseData": "Data",
    "UpdateUnitResponseData": "Data",
    "UpdateVendorResponseData": "Data",
    "UpdateWebhookRequestHeadersItem": "HeadersItem",
    "UpdateWebhookResponseResult": "Result",
    "UpdateWebhookResponseResultHeadersType0Item": "HeadersItem",
    "UpdateWebhookResponseResultSystem": "System",
    "UpdateWebhookResponseResultTriggersItem": "TriggersItem",
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
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItem": "IntegrationInterfacesItem",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItemInterfaceName": "InterfaceName",
    "V1AdminIntegrationsGetOutputResultsItemMaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsGetOutputResultsItemModels": "IntegrationModels",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty": "ModelsAdditionalProperty",
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
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem": "IntegrationInterfacesItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName": "InterfaceName",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence": "MaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Models": "GetIntegrationResponseResultsType0Models",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalProperty": "ModelsAdditionalProperty",
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
    "V1AdminIntegrationsIntegrationIdPutInputBuildium": "Buildium",
    "V1AdminIntegrationsIntegrationIdPutInputCredentialsType0": "CredentialsType0",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule": "CustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType": "Type",
    "V1AdminIntegrationsIntegrationIdPutInputEntrata": "Entrata",
    "V1AdminIntegrationsIntegrationIdPutInputKnock": "Knock",
    "V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence": "UpdateIntegrationRequestMaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdPutInputMRI": "MRI",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareREST": "PropertywareREST",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP": "PropertywareSOAP",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange": "RealpagePartnerExchange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction": "RentManagerProduction",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox": "RentManagerSandbox",
    "V1AdminIntegrationsIntegrationIdPutInputRentvine": "Rentvine",
    "V1AdminIntegrationsIntegrationIdPutInputResman": "Resman",
    "V1AdminIntegrationsIntegrationIdPutInputSample1": "Sample1",
    "V1AdminIntegrationsIntegrationIdPutInputSample1CommonData": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample1GuestCard": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample1JobCost": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ResidentTransactions": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ServiceRequests": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample1VendorInvoicing": "Sample1Value",
    "V1AdminIntegrationsIntegrationIdPutInputSample2": "Sample2",
    "V1AdminIntegrationsIntegrationIdPutInputSyncCadence": "UpdateIntegrationRequestSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputSystem": "UpdateIntegrationRequestSystem",
    "V1AdminIntegrationsIntegrationIdPutOutput": "UpdateIntegrationResponse",
    "V1AdminIntegrationsIntegrationIdPutOutputResult": "UpdateIntegrationResponseResult",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncSchedule": "CustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
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
    "V1AdminIntegrationsPostInputBuildium": "Buildium",
    "V1AdminIntegrationsPostInputCredentialsType0": "CredentialsType0",
    "V1AdminIntegrationsPostInputCustomSyncSchedule": "CustomSyncSchedule",
    "V1AdminIntegrationsPostInputCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "V1AdminIntegrationsPostInputCustomSyncScheduleType": "Type",
    "V1AdminIntegrationsPostInputEntrata": "Entrata",
    "V1AdminIntegrationsPostInputKnock": "Knock",
    "V1AdminIntegrationsPostInputMaxRequestCadence": "CreateIntegrationRequestMaxRequestCadence",
    "V1AdminIntegrationsPostInputMRI": "MRI",
    "V1AdminIntegrationsPostInputPropertywareREST": "PropertywareREST",
    "V1AdminIntegrationsPostInputPropertywareSOAP": "PropertywareSOAP",
    "V1AdminIntegrationsPostInputRealpagePartnerExchange": "RealpagePartnerExchange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsPostInputRentManagerProduction": "RentManagerProduction",
    "V1AdminIntegrationsPostInputRentManagerSandbox": "RentManagerSandbox",
    "V1AdminIntegrationsPostInputRentvine": "Rentvine",
    "V1AdminIntegrationsPostInputResman": "Resman",
    "V1AdminIntegrationsPostInputSample1": "Sample1",
    "V1AdminIntegrationsPostInputSample1CommonData": "Sample1Value",
    "V1AdminIntegrationsPostInputSample1GuestCard": "Sample1Value",
    "V1AdminIntegrationsPostInputSample1JobCost": "Sample1Value",
    "V1AdminIntegrationsPostInputSample1ResidentTransactions": "Sample1Value",
    "V1AdminIntegrationsPostInputSample1ServiceRequests": "Sample1Value",
    "V1AdminIntegrationsPostInputSample1VendorInvoicing": "Sample1Value",
    "V1AdminIntegrationsPostInputSample2": "Sample2",
    "V1AdminIntegrationsPostInputSyncCadence": "CreateIntegrationRequestSyncCadence",
    "V1AdminIntegrationsPostInputSystem": "CreateIntegrationRequestSystem",
    "V1AdminIntegrationsPostOutput": "CreateIntegrationResponse",
    "V1AdminIntegrationsPostOutputResult": "CreateIntegrationResponseResult",
    "V1AdminIntegrationsPostOutputResultCustomSyncSchedule": "CustomSyncSchedule",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
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
    "V1AmenitiesAmenityIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsMetaDataType0": "AmenityMetaDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsNameNormalized": "NameNormalized",
    "V1AmenitiesAmenityIdGetOutputResultsUnitsItem": "AmenityUnitsItem",
    "V1AmenitiesAmenityIdPutInput": "UpdateAmenityRequest",
    "V1AmenitiesAmenityIdPutOutput": "UpdateAmenityResponse",
    "V1AmenitiesAmenityIdPutOutputData": "Data",
    "V1AmenitiesGetInput": "ListAmenitiesRequest",
    "V1AmenitiesGetOutput": "ListAmenitiesResponse",
    "V1AmenitiesGetOutputResultsItem": "Amenity",
    "V1AmenitiesGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1AmenitiesGetOutputResultsItemMetaDataType0": "AmenityMetaDataType0",
    "V1AmenitiesGetOutputResultsItemNameNormalized": "NameNormalized",
    "V1AmenitiesGetOutputResultsItemUnitsItem": "AmenityUnitsItem",
    "V1AmenitiesPostInput": "CreateAmenityRequest",
    "V1AmenitiesPostOutput": "CreateAmenityResponse",
    "V1AmenitiesPostOutputData": "Data",
    "V1AmenitiesPropertiesIdPostInput": "CreatePropertyAmenitiesRequest",
    "V1AmenitiesPropertiesIdPostInputCustomData": "CreatePropertyAmenitiesRequestCustomData",
    "V1AmenitiesPropertiesIdPostInputVendor": "CreatePropertyAmenitiesRequestVendor",
    "V1AmenitiesPropertiesIdPostOutput": "CreatePropertyAmenitiesResponse",
    "V1AmenitiesPropertiesIdPostOutputData": "Data",
    "V1AmenitiesPropertiesIdPutInput": "UpdatePropertyAmenitiesRequest",
    "V1AmenitiesPropertiesIdPutInputFeaturesItem": "UpdatePropertyAmenitiesRequestFeaturesItem",
    "V1AmenitiesPropertiesIdPutInputIncludedInRentItem": "UpdatePropertyAmenitiesRequestIncludedInRentItem",
    "V1AmenitiesPropertiesIdPutOutput": "UpdatePropertyAmenitiesResponse",
    "V1AmenitiesPropertiesIdPutOutputData": "Data",
    "V1AmenitiesUnitsIdPostInput": "CreateUnitAmenitiesRequest",
    "V1AmenitiesUnitsIdPostInputCustomData": "CreateUnitAmenitiesRequestCustomData",
    "V1AmenitiesUnitsIdPostInputVendor": "CreateUnitAmenitiesRequestVendor",
    "V1AmenitiesUnitsIdPostOutput": "CreateUnitAmenitiesResponse",
    "V1AmenitiesUnitsIdPostOutputData": "Data",
    "V1AmenitiesUnitsIdPutInput": "UpdateUnitAmenitiesRequest",
    "V1AmenitiesUnitsIdPutInputFeaturesItem": "UpdateUnitAmenitiesRequestFeaturesItem",
    "V1AmenitiesUnitsIdPutOutput": "UpdateUnitAmenitiesResponse",
    "V1AmenitiesUnitsIdPutOutputData": "Data",
    "V1ApplicantsGetInput": "ListApplicantsRequest",
    "V1ApplicantsGetOutput": "ListApplicantsResponse",
    "V1ApplicantsIdGetInput": "GetApplicantRequest",
    "V1ApplicantsIdGetOutput": "GetApplicantResponse",
    "V1ApplicantsIdPutInput": "UpdateApplicantRequest",
    "V1ApplicantsIdPutInputAddOnsItem": "AddOnsItem",
    "V1ApplicantsIdPutInputAddressHistoryItem": "AddressHistoryItem",
    "V1ApplicantsIdPutInputAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "V1ApplicantsIdPutInputAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "V1ApplicantsIdPutInputAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "V1ApplicantsIdPutInputAddressHistoryItemState": "AddressHistoryItemState",
    "V1ApplicantsIdPutInputApplicantStatus": "UpdateApplicantRequestApplicantStatus",
    "V1ApplicantsIdPutInputApplicationReferencesItem": "ApplicationReferencesItem",
    "V1ApplicantsIdPutInputApplicationStatus": "UpdateApplicantRequestApplicationStatus",
    "V1ApplicantsIdPutInputAssistance": "Assistance",
    "V1ApplicantsIdPutInputAttachmentsItem": "AttachmentsItem",
    "V1ApplicantsIdPutInputBankAccountsItem": "BankAccountsItem",
    "V1ApplicantsIdPutInputBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "V1ApplicantsIdPutInputCreditCardsItem": "CreditCardsItem",
    "V1ApplicantsIdPutInputEmergencyContactsItem": "EmergencyContactsItem",
    "V1ApplicantsIdPutInputEmploymentHistoryItem": "UpdateApplicantRequestEmploymentHistoryItem",
    "V1ApplicantsIdPutInputEventsItem": "EventsItem",
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
    "V1ApplicantsIdPutInputVehiclesItem": "VehiclesItem",
    "V1ApplicantsIdPutOutput": "UpdateApplicantResponse",
    "V1ApplicantsIdPutOutputData": "Data",
    "V1ApplicantsIdRentableItemsGetInput": "ListApplicantRentableItemsRequest",
    "V1ApplicantsIdRentableItemsGetOutput": "ListApplicantRentableItemsResponse",
    "V1ApplicantsPostInput": "CreateApplicantRequest",
    "V1ApplicantsPostInputAddOnsItem": "AddOnsItem",
    "V1ApplicantsPostInputAddressHistoryItem": "AddressHistoryItem",
    "V1ApplicantsPostInputAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "V1ApplicantsPostInputAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "V1ApplicantsPostInputAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "V1ApplicantsPostInputAddressHistoryItemState": "AddressHistoryItemState",
    "V1ApplicantsPostInputApplicantStatus": "CreateApplicantRequestApplicantStatus",
    "V1ApplicantsPostInputApplicationReferencesItem": "ApplicationReferencesItem",
    "V1ApplicantsPostInputApplicationStatus": "CreateApplicantRequestApplicationStatus",
    "V1ApplicantsPostInputAssistance": "Assistance",
    "V1ApplicantsPostInputAttachmentsItem": "AttachmentsItem",
    "V1ApplicantsPostInputBankAccountsItem": "BankAccountsItem",
    "V1ApplicantsPostInputBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "V1ApplicantsPostInputCreditCardsItem": "CreditCardsItem",
    "V1ApplicantsPostInputCustomData": "CreateApplicantRequestCustomData",
    "V1ApplicantsPostInputEmergencyContactsItem": "EmergencyContactsItem",
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
    "V1ApplicantsPostInputVehiclesItem": "VehiclesItem",
    "V1ApplicantsPostOutput": "CreateApplicantResponse",
    "V1ApplicantsPostOutputData": "Data",
    "V1ApplicationsGetInput": "ListApplicationsRequest",
    "V1ApplicationsGetOutput": "ListApplicationsResponse",
    "V1ApplicationsIdGetInput": "GetApplicationRequest",
    "V1ApplicationsIdGetOutput": "GetApplicationResponse",
    "V1ApplicationsIdPutInput": "UpdateApplicationRequest",
    "V1ApplicationsIdPutInputAddOnsItem": "AddOnsItem",
    "V1ApplicationsIdPutInputAddressHistoryItem": "UpdateApplicationRequestAddressHistoryItem",
    "V1ApplicationsIdPutInputAddressHistoryItemCountryType0": "UpdateApplicationRequestAddressHistoryItemCountryType0",
    "V1ApplicationsIdPutInputAddressHistoryItemState": "UpdateApplicationRequestAddressHistoryItemState",
    "V1ApplicationsIdPutInputApplicationFeesItem": "ApplicationFeesItem",
    "V1ApplicationsIdPutInputApplicationStatus": "UpdateApplicationRequestApplicationStatus",
    "V1ApplicationsIdPutInputAttachmentsItem": "AttachmentsItem",
    "V1ApplicationsIdPutInputConcessionFeesItem": "ConcessionFeesItem",
    "V1ApplicationsIdPutInputEmergencyContactsItem": "UpdateApplicationRequestEmergencyContactsItem",
    "V1ApplicationsIdPutInputEmergencyContactsItemCountryType0": "UpdateApplicationRequestEmergencyContactsItemCountryType0",
    "V1ApplicationsIdPutInputEmergencyContactsItemRelationship": "UpdateApplicationRequestEmergencyContactsItemRelationship",
    "V1ApplicationsIdPutInputEmergencyContactsItemState": "UpdateApplicationRequestEmergencyContactsItemState",
    "V1ApplicationsIdPutInputEmploymentHistoryItem": "EmploymentHistoryItem",
    "V1ApplicationsIdPutInputEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "V1ApplicationsIdPutInputEventsItem": "EventsItem",
    "V1ApplicationsIdPutInputMaritalStatus": "UpdateApplicationRequestMaritalStatus",
    "V1ApplicationsIdPutInputOtherIncomeItem": "OtherIncomeItem",
    "V1ApplicationsIdPutInputOtherOccupantsItem": "OtherOccupantsItem",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "V1ApplicationsIdPutInputOtherOccupantsItemState": "OtherOccupantsItemState",
    "V1ApplicationsIdPutInputPetsItem": "PetsItem",
    "V1ApplicationsIdPutInputPhone1Type": "UpdateApplicationRequestPhone1Type",
    "V1ApplicationsIdPutInputPhone2Type": "UpdateApplicationRequestPhone2Type",
    "V1ApplicationsIdPutInputStatus": "UpdateApplicationRequestStatus",
    "V1ApplicationsIdPutInputVehiclesItem": "UpdateApplicationRequestVehiclesItem",
    "V1ApplicationsIdPutInputVehiclesItemLicensePlateState": "UpdateApplicationRequestVehiclesItemLicensePlateState",
    "V1ApplicationsIdPutOutput": "UpdateApplicationResponse",
    "V1ApplicationsIdPutOutputData": "Data",
    "V1ApplicationsPostInput": "CreateApplicationRequest",
    "V1ApplicationsPostInputAddOnsItem": "AddOnsItem",
    "V1ApplicationsPostInputAddressHistoryItem": "CreateApplicationRequestAddressHistoryItem",
    "V1ApplicationsPostInputAddressHistoryItemCountryType0": "CreateApplicationRequestAddressHistoryItemCountryType0",
    "V1ApplicationsPostInputAddressHistoryItemState": "CreateApplicationRequestAddressHistoryItemState",
    "V1ApplicationsPostInputApplicationFeesItem": "ApplicationFeesItem",
    "V1ApplicationsPostInputApplicationReferencesItem": "ApplicationReferencesItem",
    "V1ApplicationsPostInputApplicationStatus": "CreateApplicationRequestApplicationStatus",
    "V1ApplicationsPostInputAssistance": "Assistance",
    "V1ApplicationsPostInputAttachmentsItem": "AttachmentsItem",
    "V1ApplicationsPostInputBankAccountsItem": "BankAccountsItem",
    "V1ApplicationsPostInputBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "V1ApplicationsPostInputConcessionFeesItem": "ConcessionFeesItem",
    "V1ApplicationsPostInputCreditCardsItem": "CreditCardsItem",
    "V1ApplicationsPostInputEmergencyContactsItem": "CreateApplicationRequestEmergencyContactsItem",
    "V1ApplicationsPostInputEmergencyContactsItemCountryType0": "CreateApplicationRequestEmergencyContactsItemCountryType0",
    "V1ApplicationsPostInputEmergencyContactsItemRelationship": "CreateApplicationRequestEmergencyContactsItemRelationship",
    "V1ApplicationsPostInputEmergencyContactsItemState": "CreateApplicationRequestEmergencyContactsItemState",
    "V1ApplicationsPostInputEmploymentHistoryItem": "CreateApplicationRequestEmploymentHistoryItem",
    "V1ApplicationsPostInputEmploymentHistoryItemState": "CreateApplicationRequestEmploymentHistoryItemState",
    "V1ApplicationsPostInputMaritalStatus": "CreateApplicationRequestMaritalStatus",
    "V1ApplicationsPostInputOtherIncomeItem": "OtherIncomeItem",
    "V1ApplicationsPostInputOtherOccupantsItem": "CreateApplicationRequestOtherOccupantsItem",
    "V1ApplicationsPostInputOtherOccupantsItemPhone1Type": "CreateApplicationRequestOtherOccupantsItemPhone1Type",
    "V1ApplicationsPostInputOtherOccupantsItemPhone2Type": "CreateApplicationRequestOtherOccupantsItemPhone2Type",
    "V1ApplicationsPostInputOtherOccupantsItemRelationship": "CreateApplicationRequestOtherOccupantsItemRelationship",
    "V1ApplicationsPostInputOtherOccupantsItemState": "CreateApplicationRequestOtherOccupantsItemState",
    "V1ApplicationsPostInputPetsItem": "PetsItem",
    "V1ApplicationsPostInputPhone1Type": "CreateApplicationRequestPhone1Type",
    "V1ApplicationsPostInputPhone2Type": "CreateApplicationRequestPhone2Type",
    "V1ApplicationsPostInputPhone3Type": "CreateApplicationRequestPhone3Type",
    "V1ApplicationsPostInputStatus": "CreateApplicationRequestStatus",
    "V1ApplicationsPostInputType": "CreateApplicationRequestType",
    "V1ApplicationsPostInputVehiclesItem": "CreateApplicationRequestVehiclesItem",
    "V1ApplicationsPostInputVehiclesItemLicensePlateState": "CreateApplicationRequestVehiclesItemLicensePlateState",
    "V1ApplicationsPostOutput": "CreateApplicationResponse",
    "V1ApplicationsPostOutputData": "Data",
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
    "V1AppointmentAvailabilityPostOutputMeta": "Meta",
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
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1ConstructionJobsConstructionJobIdGetInput": "GetConstructionJobRequest",
    "V1ConstructionJobsConstructionJobIdGetOutput": "GetConstructionJobResponse",
    "V1ConstructionJobsConstructionJobIdPutInput": "UpdateConstructionJobRequest",
    "V1ConstructionJobsConstructionJobIdPutOutput": "UpdateConstructionJobResponse",
    "V1ConstructionJobsConstructionJobIdPutOutputData": "Data",
    "V1ConstructionJobsContractsContractIdDetailsGetInput": "ListContractDetailsRequest",
    "V1ConstructionJobsContractsContractIdDetailsGetOutput": "ListContractDetailsResponse",
    "V1ConstructionJobsGetInput": "ListConstructionJobsRequest",
    "V1ConstructionJobsGetOutput": "ListConstructionJobsResponse",
    "V1ConstructionJobsPostInput": "CreateConstructionJobRequest",
    "V1ConstructionJobsPostOutput": "CreateConstructionJobResponse",
    "V1ConstructionJobsPostOutputData": "Data",
    "V1ContractsContractIdPutInput": "UpdateContractRequest",
    "V1ContractsContractIdPutOutput": "UpdateContractResponse",
    "V1ContractsContractIdPutOutputData": "Data",
    "V1ContractsPostInput": "CreateContractRequest",
    "V1ContractsPostInputContractDetailsItem": "CreateContractRequestContractDetailsItem",
    "V1ContractsPostOutput": "CreateContractResponse",
    "V1ContractsPostOutputData": "Data",
    "V1DepositsGetInput": "ListDepositsRequest",
    "V1DepositsGetOutput": "ListDepositsResponse",
    "V1DepositsGetOutputResultsItem": "Deposit",
    "V1DepositsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1DepositsGetOutputResultsItemIntegrationDataType0": "IntegrationDataType0",
    "V1DepositsIdGetInput": "GetDepositRequest",
    "V1DepositsIdGetOutput": "GetDepositResponse",
    "V1DepositsIdGetOutputResults": "Deposit",
    "V1DepositsIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1DepositsIdGetOutputResultsIntegrationDataType0": "IntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdGetInput": "GetDepositSummaryRequest",
    "V1DepositSummariesDepositSummaryIdGetOutput": "GetDepositSummaryResponse",
    "V1DepositSummariesDepositSummaryIdGetOutputResults": "DepositSummary",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsIntegrationDataType0": "IntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdPutInput": "UpdateDepositSummaryRequest",
    "V1DepositSummariesDepositSummaryIdPutInputPaymentMethod": "UpdateDepositSummaryRequestPaymentMethod",
    "V1DepositSummariesDepositSummaryIdPutOutput": "UpdateDepositSummaryResponse",
    "V1DepositSummariesDepositSummaryIdPutOutputData": "Data",
    "V1DepositSummariesGetInput": "ListDepositSummariesRequest",
    "V1DepositSummariesGetOutput": "ListDepositSummariesResponse",
    "V1DepositSummariesGetOutputResultsItem": "DepositSummary",
    "V1DepositSummariesGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1DepositSummariesGetOutputResultsItemIntegrationDataType0": "IntegrationDataType0",
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
    "V1EventsApplicantsEventIdPutOutputData": "Data",
    "V1EventsApplicantsPostInput": "CreateApplicantEventRequest",
    "V1EventsApplicantsPostInputCallStatus": "CreateApplicantEventRequestCallStatus",
    "V1EventsApplicantsPostInputEventName": "CreateApplicantEventRequestEventName",
    "V1EventsApplicantsPostInputEventType": "CreateApplicantEventRequestEventType",
    "V1EventsApplicantsPostInputStatus": "CreateApplicantEventRequestStatus",
    "V1EventsApplicantsPostOutput": "CreateApplicantEventResponse",
    "V1EventsApplicantsPostOutputData": "Data",
    "V1EventsAppointmentsApplicantsCancelPostInput": "CancelApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsCancelPostOutput": "CancelApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsCancelPostOutputData": "Data",
    "V1EventsAppointmentsApplicantsEventIdPutInput": "UpdateApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType": "UpdateApplicantAppointmentRequestAppointmentType",
    "V1EventsAppointmentsApplicantsEventIdPutInputPriority": "UpdateApplicantAppointmentRequestPriority",
    "V1EventsAppointmentsApplicantsEventIdPutInputStatus": "UpdateApplicantAppointmentRequestStatus",
    "V1EventsAppointmentsApplicantsEventIdPutOutput": "UpdateApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsEventIdPutOutputData": "Data",
    "V1EventsAppointmentsApplicantsPostInput": "CreateApplicantAppointmentRequest",
    "V1EventsAppointmentsApplicantsPostInputAppointmentType": "CreateApplicantAppointmentRequestAppointmentType",
    "V1EventsAppointmentsApplicantsPostInputPriority": "CreateApplicantAppointmentRequestPriority",
    "V1EventsAppointmentsApplicantsPostInputStatus": "CreateApplicantAppointmentRequestStatus",
    "V1EventsAppointmentsApplicantsPostOutput": "CreateApplicantAppointmentResponse",
    "V1EventsAppointmentsApplicantsPostOutputData": "Data",
    "V1EventsAppointmentsLeadsCancelPostInput": "CancelLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsCancelPostOutput": "CancelLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsCancelPostOutputData": "Data",
    "V1EventsAppointmentsLeadsEventIdPutInput": "UpdateLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsEventIdPutInputAppointmentType": "UpdateLeadAppointmentRequestAppointmentType",
    "V1EventsAppointmentsLeadsEventIdPutInputPriority": "UpdateLeadAppointmentRequestPriority",
    "V1EventsAppointmentsLeadsEventIdPutInputStatus": "UpdateLeadAppointmentRequestStatus",
    "V1EventsAppointmentsLeadsEventIdPutOutput": "UpdateLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsEventIdPutOutputData": "Data",
    "V1EventsAppointmentsLeadsPostInput": "CreateLeadAppointmentRequest",
    "V1EventsAppointmentsLeadsPostInputAppointmentType": "CreateLeadAppointmentRequestAppointmentType",
    "V1EventsAppointmentsLeadsPostInputPriority": "CreateLeadAppointmentRequestPriority",
    "V1EventsAppointmentsLeadsPostInputStatus": "CreateLeadAppointmentRequestStatus",
    "V1EventsAppointmentsLeadsPostOutput": "CreateLeadAppointmentResponse",
    "V1EventsAppointmentsLeadsPostOutputData": "Data",
    "V1EventsAppointmentsResidentsCancelPostInput": "CancelResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsCancelPostOutput": "CancelResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsCancelPostOutputData": "Data",
    "V1EventsAppointmentsResidentsEventIdPutInput": "UpdateResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsEventIdPutInputStatus": "UpdateResidentAppointmentRequestStatus",
    "V1EventsAppointmentsResidentsEventIdPutOutput": "UpdateResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsEventIdPutOutputData": "Data",
    "V1EventsAppointmentsResidentsPostInput": "CreateResidentAppointmentRequest",
    "V1EventsAppointmentsResidentsPostInputStatus": "CreateResidentAppointmentRequestStatus",
    "V1EventsAppointmentsResidentsPostOutput": "CreateResidentAppointmentResponse",
    "V1EventsAppointmentsResidentsPostOutputData": "Data",
    "V1EventsEventIdGetInput": "GetEventRequest",
    "V1EventsEventIdGetOutput": "GetEventResponse",
    "V1EventsGetInput": "ListEventsRequest",
    "V1EventsGetOutput": "ListEventsResponse",
    "V1EventsLeadsEventIdPutInput": "UpdateLeadEventRequest",
    "V1EventsLeadsEventIdPutInputStatus": "UpdateLeadEventRequestStatus",
    "V1EventsLeadsEventIdPutOutput": "UpdateLeadEventResponse",
    "V1EventsLeadsEventIdPutOutputData": "Data",
    "V1EventsLeadsPostInput": "CreateLeadEventRequest",
    "V1EventsLeadsPostInputCallStatus": "CreateLeadEventRequestCallStatus",
    "V1EventsLeadsPostInputEventName": "CreateLeadEventRequestEventName",
    "V1EventsLeadsPostInputStatus": "CreateLeadEventRequestStatus",
    "V1EventsLeadsPostOutput": "CreateLeadEventResponse",
    "V1EventsLeadsPostOutputData": "Data",
    "V1EventsResidentsEventIdPutInput": "UpdateResidentEventRequest",
    "V1EventsResidentsEventIdPutInputStatus": "UpdateResidentEventRequestStatus",
    "V1EventsResidentsEventIdPutOutput": "UpdateResidentEventResponse",
    "V1EventsResidentsEventIdPutOutputData": "Data",
    "V1EventsResidentsPostInput": "CreateResidentEventRequest",
    "V1EventsResidentsPostInputCallStatus": "CreateResidentEventRequestCallStatus",
    "V1EventsResidentsPostInputEventType": "CreateResidentEventRequestEventType",
    "V1EventsResidentsPostInputStatus": "CreateResidentEventRequestStatus",
    "V1EventsResidentsPostOutput": "CreateResidentEventResponse",
    "V1EventsResidentsPostOutputData": "Data",
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
    "V1FileTypesPostOutputData": "Data",
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
    "V1InvoicesGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1InvoicesGetOutputResultsItemInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "V1InvoicesInvoiceIdGetInput": "GetInvoiceRequest",
    "V1InvoicesInvoiceIdGetOutput": "GetInvoiceResponse",
    "V1InvoicesInvoiceIdGetOutputResults": "Invoice",
    "V1InvoicesInvoiceIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1InvoicesInvoiceIdGetOutputResultsInvoiceItemsItem": "InvoiceInvoiceItemsItem",
    "V1InvoicesInvoiceIdPutInput": "UpdateInvoiceRequest",
    "V1InvoicesInvoiceIdPutInputStatus": "UpdateInvoiceRequestStatus",
    "V1InvoicesInvoiceIdPutOutput": "UpdateInvoiceResponse",
    "V1InvoicesInvoiceIdPutOutputData": "Data",
    "V1InvoicesPostInput": "CreateInvoiceRequest",
    "V1InvoicesPostInputAttachmentsItem": "CreateInvoiceRequestAttachmentsItem",
    "V1InvoicesPostInputInvoiceItemsItem": "CreateInvoiceRequestInvoiceItemsItem",
    "V1InvoicesPostOutput": "CreateInvoiceResponse",
    "V1InvoicesPostOutputData": "Data",
    "V1LeadRelationshipsGetInput": "ListLeadRelationshipsRequest",
    "V1LeadRelationshipsGetOutput": "ListLeadRelationshipsResponse",
    "V1LeadsGetInput": "ListLeadsRequest",
    "V1LeadsGetOutput": "ListLeadsResponse",
    "V1LeadsIdGetInput": "GetLeadRequest",
    "V1LeadsIdGetOutput": "GetLeadResponse",
    "V1LeadsIdPutInput": "UpdateLeadRequest",
    "V1LeadsIdPutInputApplicantStatus": "UpdateLeadRequestApplicantStatus",
    "V1LeadsIdPutInputEventsItem": "EventsItem",
    "V1LeadsIdPutInputInactiveReason": "UpdateLeadRequestInactiveReason",
    "V1LeadsIdPutInputPhone1Type": "UpdateLeadRequestPhone1Type",
    "V1LeadsIdPutInputPhone2Type": "UpdateLeadRequestPhone2Type",
    "V1LeadsIdPutInputStatus": "UpdateLeadRequestStatus",
    "V1LeadsIdPutOutput": "UpdateLeadResponse",
    "V1LeadsIdPutOutputData": "Data",
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
    "V1LeadsPostOutputData": "Data",
    "V1LeasesGetInput": "ListLeasesRequest",
    "V1LeasesGetInputStatusNormalized": "ListLeasesRequestStatusNormalized",
    "V1LeasesGetOutput": "ListLeasesResponse",
    "V1LeasesLeaseIdGetInput": "GetLeaseRequest",
    "V1LeasesLeaseIdGetOutput": "GetLeaseResponse",
    "V1LeasesLeaseIdPutInput": "UpdateLeaseRequest",
    "V1LeasesLeaseIdPutInputAddressHistoryItem": "UpdateLeaseRequestAddressHistoryItem",
    "V1LeasesLeaseIdPutInputAddressHistoryItemCountry": "UpdateLeaseRequestAddressHistoryItemCountry",
    "V1LeasesLeaseIdPutInputAddressHistoryItemState": "UpdateLeaseRequestAddressHistoryItemState",
    "V1LeasesLeaseIdPutInputApplicationFeesItem": "ApplicationFeesItem",
    "V1LeasesLeaseIdPutInputConcessionFeesItem": "ConcessionFeesItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItem": "UpdateLeaseRequestEmergencyContactsItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemCountry": "UpdateLeaseRequestEmergencyContactsItemCountry",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship": "UpdateLeaseRequestEmergencyContactsItemRelationship",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemState": "UpdateLeaseRequestEmergencyContactsItemState",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItem": "EmploymentHistoryItem",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "V1LeasesLeaseIdPutInputMaritalStatus": "UpdateLeaseRequestMaritalStatus",
    "V1LeasesLeaseIdPutInputOtherIncomeItem": "OtherIncomeItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItem": "OtherOccupantsItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemState": "OtherOccupantsItemState",
    "V1LeasesLeaseIdPutInputPetsItem": "PetsItem",
    "V1LeasesLeaseIdPutInputPhone1Type": "UpdateLeaseRequestPhone1Type",
    "V1LeasesLeaseIdPutInputPhone2Type": "UpdateLeaseRequestPhone2Type",
    "V1LeasesLeaseIdPutInputStatus": "UpdateLeaseRequestStatus",
    "V1LeasesLeaseIdPutInputTenantsItem": "UpdateLeaseRequestTenantsItem",
    "V1LeasesLeaseIdPutInputType": "UpdateLeaseRequestType",
    "V1LeasesLeaseIdPutInputVehiclesItem": "UpdateLeaseRequestVehiclesItem",
    "V1LeasesLeaseIdPutOutput": "UpdateLeaseResponse",
    "V1LeasesLeaseIdPutOutputData": "Data",
    "V1LeasesPostInput": "CreateLeaseRequest",
    "V1LeasesPostInputAddressHistoryItem": "CreateLeaseRequestAddressHistoryItem",
    "V1LeasesPostInputAddressHistoryItemCountryType0": "CreateLeaseRequestAddressHistoryItemCountryType0",
    "V1LeasesPostInputAddressHistoryItemState": "CreateLeaseRequestAddressHistoryItemState",
    "V1LeasesPostInputApplicationFeesItem": "ApplicationFeesItem",
    "V1LeasesPostInputConcessionFeesItem": "ConcessionFeesItem",
    "V1LeasesPostInputCountry": "CreateLeaseRequestCountry",
    "V1LeasesPostInputCountryAlternate": "CreateLeaseRequestCountryAlternate",
    "V1LeasesPostInputEmergencyContactsItem": "CreateLeaseRequestEmergencyContactsItem",
    "V1LeasesPostInputEmergencyContactsItemCountryType0": "CreateLeaseRequestEmergencyContactsItemCountryType0",
    "V1LeasesPostInputEmergencyContactsItemRelationship": "CreateLeaseRequestEmergencyContactsItemRelationship",
    "V1LeasesPostInputEmergencyContactsItemState": "CreateLeaseRequestEmergencyContactsItemState",
    "V1LeasesPostInputEmploymentHistoryItem": "EmploymentHistoryItem",
    "V1LeasesPostInputEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "V1LeasesPostInputMaritalStatus": "CreateLeaseRequestMaritalStatus",
    "V1LeasesPostInputOtherIncomeItem": "OtherIncomeItem",
    "V1LeasesPostInputOtherOccupantsItem": "OtherOccupantsItem",
    "V1LeasesPostInputOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "V1LeasesPostInputOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "V1LeasesPostInputOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "V1LeasesPostInputOtherOccupantsItemState": "OtherOccupantsItemState",
    "V1LeasesPostInputPetsItem": "PetsItem",
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
    "V1LeasesPostOutputData": "Data",
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
    "V1ListingsListingIdPutOutputData": "Data",
    "V1ListingsPostInput": "CreateListingRequest",
    "V1ListingsPostInputCustomData": "CreateListingRequestCustomData",
    "V1ListingsPostOutput": "CreateListingResponse",
    "V1ListingsPostOutputData": "Data",
    "V1ListingsPricingGetInput": "ListListingPricingRequest",
    "V1ListingsPricingGetOutput": "ListListingPricingResponse",
    "V1ListingsPricingGetOutputResultsItem": "ListingPricing",
    "V1ListingsPricingGetOutputResultsItemCustomDataType0": "CustomDataType0",
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
    "V1PayableRegistersCancelPostOutputData": "Data",
    "V1PayableRegistersGetInput": "ListPayableRegistersRequest",
    "V1PayableRegistersGetOutput": "ListPayableRegistersResponse",
    "V1PayableRegistersPayableRegisterIdGetInput": "GetPayableRegisterRequest",
    "V1PayableRegistersPayableRegisterIdGetOutput": "GetPayableRegisterResponse",
    "V1PayableRegistersPayableRegisterIdPutInput": "UpdatePayableRegisterRequest",
    "V1PayableRegistersPayableRegisterIdPutOutput": "UpdatePayableRegisterResponse",
    "V1PayableRegistersPayableRegisterIdPutOutputData": "Data",
    "V1PayableRegistersPostInput": "CreatePayableRegisterRequest",
    "V1PayableRegistersPostInputInvoiceStatus": "CreatePayableRegisterRequestInvoiceStatus",
    "V1PayableRegistersPostInputPayableRegisterItemsItem": "CreatePayableRegisterRequestPayableRegisterItemsItem",
    "V1PayableRegistersPostOutput": "CreatePayableRegisterResponse",
    "V1PayableRegistersPostOutputData": "Data",
    "V1PropertiesGetInput": "ListPropertiesRequest",
    "V1PropertiesGetOutput": "ListPropertiesResponse",
    "V1PropertiesIdGetInput": "GetPropertyRequest",
    "V1PropertiesIdGetOutput": "GetPropertyResponse",
    "V1PropertiesIdPutInput": "UpdatePropertyRequest",
    "V1PropertiesIdPutInputCategory": "UpdatePropertyRequestCategory",
    "V1PropertiesIdPutInputType": "UpdatePropertyRequestType",
    "V1PropertiesIdPutOutput": "UpdatePropertyResponse",
    "V1PropertiesIdPutOutputData": "Data",
    "V1PropertiesPostInput": "CreatePropertyRequest",
    "V1PropertiesPostInputCategory": "CreatePropertyRequestCategory",
    "V1PropertiesPostInputType": "CreatePropertyRequestType",
    "V1PropertiesPostOutput": "CreatePropertyResponse",
    "V1PropertiesPostOutputData": "Data",
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
    "V1PurchaseOrdersPostOutputData": "Data",
    "V1PurchaseOrdersPurchaseOrderIdGetInput": "GetPurchaseOrderRequest",
    "V1PurchaseOrdersPurchaseOrderIdGetOutput": "GetPurchaseOrderResponse",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetInput": "ListPurchaseOrderItemsRequest",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetOutput": "ListPurchaseOrderItemsResponse",
    "V1PurchaseOrdersPurchaseOrderIdPutInput": "UpdatePurchaseOrderRequest",
    "V1PurchaseOrdersPurchaseOrderIdPutInputBillingStateType0": "UpdatePurchaseOrderRequestBillingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutInputPurchaseOrderItemsItem": "UpdatePurchaseOrderRequestPurchaseOrderItemsItem",
    "V1PurchaseOrdersPurchaseOrderIdPutInputShippingStateType0": "UpdatePurchaseOrderRequestShippingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutOutput": "UpdatePurchaseOrderResponse",
    "V1PurchaseOrdersPurchaseOrderIdPutOutputData": "Data",
    "V1RecurringResidentChargesGetInput": "ListRecurringResidentChargesRequest",
    "V1RecurringResidentChargesGetOutput": "ListRecurringResidentChargesResponse",
    "V1RecurringResidentChargesPostInput": "CreateRecurringResidentChargeRequest",
    "V1RecurringResidentChargesPostInputFrequencyNormalized": "CreateRecurringResidentChargeRequestFrequencyNormalized",
    "V1RecurringResidentChargesPostOutput": "CreateRecurringResidentChargeResponse",
    "V1RecurringResidentChargesPostOutputData": "Data",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetInput": "GetRecurringResidentChargeRequest",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetOutput": "GetRecurringResidentChargeResponse",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInput": "UpdateRecurringResidentChargeRequest",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized": "UpdateRecurringResidentChargeRequestFrequencyNormalized",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutput": "UpdateRecurringResidentChargeResponse",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutputData": "Data",
    "V1RecurringResidentChargesRentmanagerPostInput": "CreateRecurringResidentChargeRentmanagerRequest",
    "V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized": "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerPostOutput": "CreateRecurringResidentChargeRentmanagerResponse",
    "V1RecurringResidentChargesRentmanagerPostOutputMeta": "Meta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInput": "UpdateRecurringResidentChargeRentmanagerRequest",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized": "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutput": "UpdateRecurringResidentChargeRentmanagerResponse",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputMeta": "Meta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputResult": "UpdateRecurringResidentChargeRentmanagerResponseResult",
    "V1RentableItemsApplicantsAssignPostInput": "AssignApplicantRentableItemRequest",
    "V1RentableItemsApplicantsAssignPostOutput": "AssignApplicantRentableItemResponse",
    "V1RentableItemsApplicantsAssignPostOutputData": "Data",
    "V1RentableItemsGetInput": "ListRentableItemsRequest",
    "V1RentableItemsGetOutput": "ListRentableItemsResponse",
    "V1RentableItemsRentableItemIdGetInput": "GetRentableItemRequest",
    "V1RentableItemsRentableItemIdGetOutput": "GetRentableItemResponse",
    "V1ResidentChargesBatchPropertywareRestPostInput": "BatchCreateResidentChargesPropertywareRestRequest",
    "V1ResidentChargesBatchPropertywareRestPostInputChargesItems": "BatchCreateResidentChargesPropertywareRestRequestChargesItems",
    "V1ResidentChargesBatchPropertywareRestPostOutput": "BatchCreateResidentChargesPropertywareRestResponse",
    "V1ResidentChargesBatchPropertywareRestPostOutputMeta": "Meta",
    "V1ResidentChargesBatchRentmanagerPostInput": "BatchCreateResidentChargesRentmanagerRequest",
    "V1ResidentChargesBatchRentmanagerPostInputChargesItems": "BatchCreateResidentChargesRentmanagerRequestChargesItems",
    "V1ResidentChargesBatchRentmanagerPostOutput": "BatchCreateResidentChargesRentmanagerResponse",
    "V1ResidentChargesBatchRentmanagerPostOutputMeta": "Meta",
    "V1ResidentChargesBatchResmanPostInput": "BatchCreateResidentChargesResmanRequest",
    "V1ResidentChargesBatchResmanPostInputChargesItems": "BatchCreateResidentChargesResmanRequestChargesItems",
    "V1ResidentChargesBatchResmanPostOutput": "BatchCreateResidentChargesResmanResponse",
    "V1ResidentChargesBatchResmanPostOutputMeta": "Meta",
    "V1ResidentChargesBatchYardiPostInput": "BatchCreateResidentChargesYardiRequest",
    "V1ResidentChargesBatchYardiPostInputChargesItems": "BatchCreateResidentChargesYardiRequestChargesItems",
    "V1ResidentChargesBatchYardiPostOutput": "BatchCreateResidentChargesYardiResponse",
    "V1ResidentChargesBatchYardiPostOutputMeta": "Meta",
    "V1ResidentChargesGetInput": "ListResidentChargesRequest",
    "V1ResidentChargesGetOutput": "ListResidentChargesResponse",
    "V1ResidentChargesPostInput": "CreateResidentChargeRequest",
    "V1ResidentChargesPostOutput": "CreateResidentChargeResponse",
    "V1ResidentChargesPostOutputData": "Data",
    "V1ResidentChargesRentmanagerPostInput": "CreateResidentChargeRentmanagerRequest",
    "V1ResidentChargesRentmanagerPostOutput": "CreateResidentChargeRentmanagerResponse",
    "V1ResidentChargesRentmanagerPostOutputMeta": "Meta",
    "V1ResidentChargesResidentChargeIdGetInput": "GetResidentChargeRequest",
    "V1ResidentChargesResidentChargeIdGetOutput": "GetResidentChargeResponse",
    "V1ResidentCreditsPostInput": "CreateResidentCreditRequest",
    "V1ResidentCreditsPostOutput": "CreateResidentCreditResponse",
    "V1ResidentCreditsPostOutputData": "Data",
    "V1ResidentCreditsRentmanagerPostInput": "CreateResidentCreditRentmanagerRequest",
    "V1ResidentCreditsRentmanagerPostOutput": "CreateResidentCreditRentmanagerResponse",
    "V1ResidentCreditsRentmanagerPostOutputMeta": "Meta",
    "V1ResidentInsuranceGetInput": "ListResidentInsuranceRequest",
    "V1ResidentInsuranceGetOutput": "ListResidentInsuranceResponse",
    "V1ResidentInsuranceGetOutputResultsItem": "ResidentInsurance",
    "V1ResidentInsuranceResidentInsuranceIdGetInput": "GetResidentInsuranceRequest",
    "V1ResidentInsuranceResidentInsuranceIdGetOutput": "GetResidentInsuranceResponse",
    "V1ResidentInsuranceResidentInsuranceIdGetOutputResults": "ResidentInsurance",
    "V1ResidentPaymentsGetInput": "ListResidentPaymentsRequest",
    "V1ResidentPaymentsGetOutput": "ListResidentPaymentsResponse",
    "V1ResidentPaymentsGetOutputResultsItem": "ResidentPayment",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItem": "AllocationsItem",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItemCustomDataType0": "CustomDataType0",
    "V1ResidentPaymentsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1ResidentPaymentsPostInput": "CreateResidentPaymentRequest",
    "V1ResidentPaymentsPostInputPaymentType": "CreateResidentPaymentRequestPaymentType",
    "V1ResidentPaymentsPostOutput": "CreateResidentPaymentResponse",
    "V1ResidentPaymentsPostOutputData": "Data",
    "V1ResidentPaymentsRentmanagerPostInput": "CreateResidentPaymentRentmanagerRequest",
    "V1ResidentPaymentsRentmanagerPostOutput": "CreateResidentPaymentRentmanagerResponse",
    "V1ResidentPaymentsRentmanagerPostOutputMeta": "Meta",
    "V1ResidentPaymentsResidentPaymentIdGetInput": "GetResidentPaymentRequest",
    "V1ResidentPaymentsResidentPaymentIdGetOutput": "GetResidentPaymentResponse",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResults": "ResidentPayment",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItem": "AllocationsItem",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItemCustomDataType0": "CustomDataType0",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1ResidentPetsPetIdPutInput": "UpdateResidentPetRequest",
    "V1ResidentPetsPetIdPutOutput": "UpdateResidentPetResponse",
    "V1ResidentPetsPetIdPutOutputData": "Data",
    "V1ResidentPetsPostInput": "CreateResidentPetRequest",
    "V1ResidentPetsPostOutput": "CreateResidentPetResponse",
    "V1ResidentPetsPostOutputData": "Data",
    "V1ResidentsGetInput": "ListResidentsRequest",
    "V1ResidentsGetOutput": "ListResidentsResponse",
    "V1ResidentsGetOutputResultsItem": "Resident",
    "V1ResidentsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemCustomDataType0": "CustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "V1ResidentsGetOutputResultsItemPetsItem": "ResidentPetsItem",
    "V1ResidentsGetOutputResultsItemPetsItemCustomDataType0": "CustomDataType0",
    "V1ResidentsGetOutputResultsItemPhone1Type": "PhoneType",
    "V1ResidentsGetOutputResultsItemPhone2Type": "PhoneType",
    "V1ResidentsGetOutputResultsItemVehiclesItem": "ResidentVehiclesItem",
    "V1ResidentsGetOutputResultsItemVehiclesItemCustomDataType0": "CustomDataType0",
    "V1ResidentsIdGetInput": "GetResidentRequest",
    "V1ResidentsIdGetOutput": "GetResidentResponse",
    "V1ResidentsIdGetOutputResults": "Resident",
    "V1ResidentsIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItem": "ResidentLeasesMetaDataItem",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemCustomDataType0": "CustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1": "ResidentTypeNormalized",
    "V1ResidentsIdGetOutputResultsPetsItem": "ResidentPetsItem",
    "V1ResidentsIdGetOutputResultsPetsItemCustomDataType0": "CustomDataType0",
    "V1ResidentsIdGetOutputResultsPhone1Type": "PhoneType",
    "V1ResidentsIdGetOutputResultsPhone2Type": "PhoneType",
    "V1ResidentsIdGetOutputResultsVehiclesItem": "ResidentVehiclesItem",
    "V1ResidentsIdGetOutputResultsVehiclesItemCustomDataType0": "CustomDataType0",
    "V1ResidentsIdPutInput": "UpdateResidentRequest",
    "V1ResidentsIdPutInputCountry": "UpdateResidentRequestCountry",
    "V1ResidentsIdPutInputCountryAlternate": "UpdateResidentRequestCountryAlternate",
    "V1ResidentsIdPutInputCustomData": "UpdateResidentRequestCustomData",
    "V1ResidentsIdPutInputEventsItem": "EventsItem",
    "V1ResidentsIdPutInputGender": "UpdateResidentRequestGender",
    "V1ResidentsIdPutInputPhone1Type": "UpdateResidentRequestPhone1Type",
    "V1ResidentsIdPutInputPhone2Type": "UpdateResidentRequestPhone2Type",
    "V1ResidentsIdPutInputRentPeriod": "UpdateResidentRequestRentPeriod",
    "V1ResidentsIdPutInputState": "UpdateResidentRequestState",
    "V1ResidentsIdPutOutput": "UpdateResidentResponse",
    "V1ResidentsIdPutOutputData": "Data",
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
    "V1ResidentsPostOutputData": "Data",
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
    "V1ServiceRequestHistoryPostOutputData": "Data",
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
    "V1ServiceRequestsPostOutputData": "Data",
    "V1ServiceRequestsServiceRequestIdGetInput": "GetServiceRequestRequest",
    "V1ServiceRequestsServiceRequestIdGetOutput": "GetServiceRequestResponse",
    "V1ServiceRequestsServiceRequestIdPutInput": "UpdateServiceRequestRequest",
    "V1ServiceRequestsServiceRequestIdPutInputServiceCategory": "UpdateServiceRequestRequestServiceCategory",
    "V1ServiceRequestsServiceRequestIdPutInputServicePriority": "UpdateServiceRequestRequestServicePriority",
    "V1ServiceRequestsServiceRequestIdPutInputStatusRaw": "UpdateServiceRequestRequestStatusRaw",
    "V1ServiceRequestsServiceRequestIdPutOutput": "UpdateServiceRequestResponse",
    "V1ServiceRequestsServiceRequestIdPutOutputData": "Data",
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
    "V1UnitsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1UnitsIdGetInput": "GetUnitRequest",
    "V1UnitsIdGetOutput": "GetUnitResponse",
    "V1UnitsIdGetOutputResults": "Unit",
    "V1UnitsIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1UnitsIdPutInput": "UpdateUnitRequest",
    "V1UnitsIdPutInputCategory": "UpdateUnitRequestCategory",
    "V1UnitsIdPutInputType": "UpdateUnitRequestType",
    "V1UnitsIdPutOutput": "UpdateUnitResponse",
    "V1UnitsIdPutOutputData": "Data",
    "V1UnitsPostInput": "CreateUnitRequest",
    "V1UnitsPostInputCategory": "CreateUnitRequestCategory",
    "V1UnitsPostInputType": "CreateUnitRequestType",
    "V1UnitsPostOutput": "CreateUnitResponse",
    "V1UnitsPostOutputData": "Data",
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
    "V1VendorsGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1VendorsPostInput": "CreateVendorRequest",
    "V1VendorsPostInputPhone1Type": "CreateVendorRequestPhone1Type",
    "V1VendorsPostInputPhone2Type": "CreateVendorRequestPhone2Type",
    "V1VendorsPostInputTaxPayerType": "CreateVendorRequestTaxPayerType",
    "V1VendorsPostOutput": "CreateVendorResponse",
    "V1VendorsPostOutputData": "Data",
    "V1VendorsPropertiesPropertyIdGetInput": "ListPropertyVendorsRequest",
    "V1VendorsPropertiesPropertyIdGetOutput": "ListPropertyVendorsResponse",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItem": "Vendor",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemContactsItem": "VendorContactsItem",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemCustomDataType0": "CustomDataType0",
    "V1VendorsVendorIdGetInput": "GetVendorRequest",
    "V1VendorsVendorIdGetOutput": "GetVendorResponse",
    "V1VendorsVendorIdGetOutputResults": "Vendor",
    "V1VendorsVendorIdGetOutputResultsContactsItem": "VendorContactsItem",
    "V1VendorsVendorIdGetOutputResultsCustomDataType0": "CustomDataType0",
    "V1VendorsVendorIdPutInput": "UpdateVendorRequest",
    "V1VendorsVendorIdPutInputCountryType0": "UpdateVendorRequestCountryType0",
    "V1VendorsVendorIdPutInputState": "UpdateVendorRequestState",
    "V1VendorsVendorIdPutOutput": "UpdateVendorResponse",
    "V1VendorsVendorIdPutOutputData": "Data",
    "V1WebhooksGetInput": "ListWebhooksRequest",
    "V1WebhooksGetOutput": "ListWebhooksResponse",
    "V1WebhooksGetOutputResultsItem": "Webhook",
    "V1WebhooksGetOutputResultsItemHeadersItem": "HeadersItem",
    "V1WebhooksGetOutputResultsItemSystem": "System",
    "V1WebhooksGetOutputResultsItemTriggersItem": "TriggersItem",
    "V1WebhooksPostInput": "CreateWebhookRequest",
    "V1WebhooksPostInputHeadersItem": "HeadersItem",
    "V1WebhooksPostInputModel": "CreateWebhookRequestModel",
    "V1WebhooksPostInputTriggersItem": "CreateWebhookRequestTriggersItem",
    "V1WebhooksPostOutput": "CreateWebhookResponse",
    "V1WebhooksPostOutputResult": "Result",
    "V1WebhooksPostOutputResultHeadersType0Item": "HeadersItem",
    "V1WebhooksPostOutputResultSystem": "System",
    "V1WebhooksPostOutputResultTriggersItem": "TriggersItem",
    "V1WebhooksWebhookIdDeleteInput": "DeleteWebhookRequest",
    "V1WebhooksWebhookIdDeleteOutput": "DeleteWebhookResponse",
    "V1WebhooksWebhookIdDeleteOutputResult": "DeleteWebhookResponseResult",
    "V1WebhooksWebhookIdGetInput": "GetWebhookRequest",
    "V1WebhooksWebhookIdGetOutput": "GetWebhookResponse",
    "V1WebhooksWebhookIdGetOutputResults": "Webhook",
    "V1WebhooksWebhookIdGetOutputResultsHeadersItem": "HeadersItem",
    "V1WebhooksWebhookIdGetOutputResultsSystem": "System",
    "V1WebhooksWebhookIdGetOutputResultsTriggersItem": "TriggersItem",
    "V1WebhooksWebhookIdPutInput": "UpdateWebhookRequest",
    "V1WebhooksWebhookIdPutInputHeadersItem": "HeadersItem",
    "V1WebhooksWebhookIdPutInputModel": "UpdateWebhookRequestModel",
    "V1WebhooksWebhookIdPutInputTriggersItem": "UpdateWebhookRequestTriggersItem",
    "V1WebhooksWebhookIdPutOutput": "UpdateWebhookResponse",
    "V1WebhooksWebhookIdPutOutputResult": "Result",
    "V1WebhooksWebhookIdPutOutputResultHeadersType0Item": "HeadersItem",
    "V1WebhooksWebhookIdPutOutputResultSystem": "System",
    "V1WebhooksWebhookIdPutOutputResultTriggersItem": "TriggersItem",
    "VendorCustomDataType0": "CustomDataType0",
    "WebhookHeadersItem": "HeadersItem",
    "WebhookSystem": "System",
    "WebhookTriggersItem": "TriggersItem",
}


#: Names a Propexo release changed and the names they now have (deprecated: they warn).
_DEPRECATED: dict[str, str] = {
    "AmenityCustomDataType0": "CustomDataType0",
    "ApplicantApplicationsItemCustomDataType0": "CustomDataType0",
    "ApplicantCustomDataType0": "CustomDataType0",
    "ApplicantPetsItemCustomDataType0": "CustomDataType0",
    "ApplicantScreeningsItem": "ScreeningsItem",
    "ApplicationApplicantsItemCustomDataType0": "CustomDataType0",
    "ApplicationCustomDataType0": "CustomDataType0",
    "AssignApplicantRentableItemResponseData": "Data",
    "BatchCreateResidentChargesPropertywareRestResponseMeta": "Meta",
    "BatchCreateResidentChargesRentmanagerResponseMeta": "Meta",
    "BatchCreateResidentChargesResmanResponseMeta": "Meta",
    "BatchCreateResidentChargesYardiResponseMeta": "Meta",
    "CallLogCustomDataType0": "CustomDataType0",
    "CancelApplicantAppointmentResponseData": "Data",
    "CancelLeadAppointmentResponseData": "Data",
    "CancelPayableRegisterResponseData": "Data",
    "CancelResidentAppointmentResponseData": "Data",
    "ChargeCodeCustomDataType0": "CustomDataType0",
    "ConstructionJobCustomDataType0": "CustomDataType0",
    "ConstructionJobDetailCustomDataType0": "CustomDataType0",
    "ContractCustomDataType0": "CustomDataType0",
    "ContractDetailCustomDataType0": "CustomDataType0",
    "CreateAmenityResponseData": "Data",
    "CreateApplicantAppointmentResponseData": "Data",
    "CreateApplicantEventResponseData": "Data",
    "CreateApplicantRequestAddOnsItem": "AddOnsItem",
    "CreateApplicantRequestAddressHistoryItem": "AddressHistoryItem",
    "CreateApplicantRequestAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "CreateApplicantRequestAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "CreateApplicantRequestAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "CreateApplicantRequestAddressHistoryItemState": "AddressHistoryItemState",
    "CreateApplicantRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "CreateApplicantRequestAssistance": "Assistance",
    "CreateApplicantRequestAttachmentsItem": "AttachmentsItem",
    "CreateApplicantRequestBankAccountsItem": "BankAccountsItem",
    "CreateApplicantRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "CreateApplicantRequestCreditCardsItem": "CreditCardsItem",
    "CreateApplicantRequestEmergencyContactsItem": "EmergencyContactsItem",
    "CreateApplicantRequestVehiclesItem": "VehiclesItem",
    "CreateApplicantResponseData": "Data",
    "CreateApplicationRequestAddOnsItem": "AddOnsItem",
    "CreateApplicationRequestApplicationFeesItem": "ApplicationFeesItem",
    "CreateApplicationRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "CreateApplicationRequestAssistance": "Assistance",
    "CreateApplicationRequestAttachmentsItem": "AttachmentsItem",
    "CreateApplicationRequestBankAccountsItem": "BankAccountsItem",
    "CreateApplicationRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "CreateApplicationRequestConcessionFeesItem": "ConcessionFeesItem",
    "CreateApplicationRequestCreditCardsItem": "CreditCardsItem",
    "CreateApplicationRequestOtherIncomeItem": "OtherIncomeItem",
    "CreateApplicationRequestPetsItem": "PetsItem",
    "CreateApplicationResponseData": "Data",
    "CreateConstructionJobResponseData": "Data",
    "CreateContractResponseData": "Data",
    "CreateFileTypeResponseData": "Data",
    "CreateIntegrationRequestBuildium": "Buildium",
    "CreateIntegrationRequestCredentialsType0": "CredentialsType0",
    "CreateIntegrationRequestCustomSyncSchedule": "CustomSyncSchedule",
    "CreateIntegrationRequestCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "CreateIntegrationRequestCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "CreateIntegrationRequestCustomSyncScheduleType": "Type",
    "CreateIntegrationRequestEntrata": "Entrata",
    "CreateIntegrationRequestKnock": "Knock",
    "CreateIntegrationRequestMRI": "MRI",
    "CreateIntegrationRequestPropertywareREST": "PropertywareREST",
    "CreateIntegrationRequestPropertywareSOAP": "PropertywareSOAP",
    "CreateIntegrationRequestRealpagePartnerExchange": "RealpagePartnerExchange",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "CreateIntegrationRequestRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "CreateIntegrationRequestRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "CreateIntegrationRequestRentManagerProduction": "RentManagerProduction",
    "CreateIntegrationRequestRentManagerSandbox": "RentManagerSandbox",
    "CreateIntegrationRequestRentvine": "Rentvine",
    "CreateIntegrationRequestResman": "Resman",
    "CreateIntegrationRequestSample1": "Sample1",
    "CreateIntegrationRequestSample1CommonData": "Sample1Value",
    "CreateIntegrationRequestSample1GuestCard": "Sample1Value",
    "CreateIntegrationRequestSample1JobCost": "Sample1Value",
    "CreateIntegrationRequestSample1ResidentTransactions": "Sample1Value",
    "CreateIntegrationRequestSample1ServiceRequests": "Sample1Value",
    "CreateIntegrationRequestSample1VendorInvoicing": "Sample1Value",
    "CreateIntegrationRequestSample2": "Sample2",
    "CreateIntegrationResponseResultCustomSyncSchedule": "CustomSyncSchedule",
    "CreateIntegrationResponseResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "CreateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "CreateIntegrationResponseResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "CreateInvoiceResponseData": "Data",
    "CreateLeadAppointmentResponseData": "Data",
    "CreateLeadEventResponseData": "Data",
    "CreateLeadResponseData": "Data",
    "CreateLeaseRequestApplicationFeesItem": "ApplicationFeesItem",
    "CreateLeaseRequestConcessionFeesItem": "ConcessionFeesItem",
    "CreateLeaseRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "CreateLeaseRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "CreateLeaseRequestOtherIncomeItem": "OtherIncomeItem",
    "CreateLeaseRequestOtherOccupantsItem": "OtherOccupantsItem",
    "CreateLeaseRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "CreateLeaseRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "CreateLeaseRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "CreateLeaseRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "CreateLeaseRequestPetsItem": "PetsItem",
    "CreateLeaseResponseData": "Data",
    "CreateListingResponseData": "Data",
    "CreatePayableRegisterResponseData": "Data",
    "CreatePropertyAmenitiesResponseData": "Data",
    "CreatePropertyResponseData": "Data",
    "CreatePurchaseOrderResponseData": "Data",
    "CreateRecurringResidentChargeRentmanagerResponseMeta": "Meta",
    "CreateRecurringResidentChargeResponseData": "Data",
    "CreateResidentAppointmentResponseData": "Data",
    "CreateResidentChargeRentmanagerResponseMeta": "Meta",
    "CreateResidentChargeResponseData": "Data",
    "CreateResidentCreditRentmanagerResponseMeta": "Meta",
    "CreateResidentCreditResponseData": "Data",
    "CreateResidentEventResponseData": "Data",
    "CreateResidentPaymentRentmanagerResponseMeta": "Meta",
    "CreateResidentPaymentResponseData": "Data",
    "CreateResidentPetResponseData": "Data",
    "CreateResidentResponseData": "Data",
    "CreateServiceRequestHistoryResponseData": "Data",
    "CreateServiceRequestResponseData": "Data",
    "CreateUnitAmenitiesResponseData": "Data",
    "CreateUnitResponseData": "Data",
    "CreateVendorResponseData": "Data",
    "CreateWebhookRequestHeadersItem": "HeadersItem",
    "CreateWebhookResponseResult": "Result",
    "CreateWebhookResponseResultTriggersItem": "TriggersItem",
    "DepositCustomDataType0": "CustomDataType0",
    "DepositIntegrationDataType0": "IntegrationDataType0",
    "DepositSummaryCustomDataType0": "CustomDataType0",
    "DepositSummaryIntegrationDataType0": "IntegrationDataType0",
    "FinancialAccountCustomDataType0": "CustomDataType0",
    "FloorPlanCustomDataType0": "CustomDataType0",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "GetIntegrationResponseResultsType0ConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "GetIntegrationResponseResultsType0IntegrationInterfacesItem": "IntegrationInterfacesItem",
    "GetIntegrationResponseResultsType0ModelsAdditionalProperty": "ModelsAdditionalProperty",
    "IntegrationConfigurationMetaDataItem": "ConfigurationMetaDataItem",
    "IntegrationConfigurationMetaDataItemConfigurationData": "ConfigurationMetaDataItemConfigurationData",
    "IntegrationConfigurationMetaDataItemCustomDataType0": "CustomDataType0",
    "IntegrationIntegrationInterfacesItem": "IntegrationInterfacesItem",
    "IntegrationModelsAdditionalProperty": "ModelsAdditionalProperty",
    "InvoiceCustomDataType0": "CustomDataType0",
    "LeadCustomDataType0": "CustomDataType0",
    "LeadPetsItemCustomDataType0": "CustomDataType0",
    "LeadScreeningsItem": "ScreeningsItem",
    "LeaseCustomDataType0": "CustomDataType0",
    "LeaseResidentsMetaDataItemCustomDataType0": "CustomDataType0",
    "ListingCustomDataType0": "CustomDataType0",
    "ListingPricingCustomDataType0": "CustomDataType0",
    "PayableRegisterCustomDataType0": "CustomDataType0",
    "PropertyCustomDataType0": "CustomDataType0",
    "PurchaseOrderCustomDataType0": "CustomDataType0",
    "PurchaseOrderItemCustomDataType0": "CustomDataType0",
    "QueryAppointmentAvailabilityResponseMeta": "Meta",
    "RecurringResidentChargeCustomDataType0": "CustomDataType0",
    "ResidentChargeAllocationsItem": "AllocationsItem",
    "ResidentChargeAllocationsItemCustomDataType0": "CustomDataType0",
    "ResidentChargeCustomDataType0": "CustomDataType0",
    "ResidentCustomDataType0": "CustomDataType0",
    "ResidentLeasesMetaDataItemCustomDataType0": "CustomDataType0",
    "ResidentPaymentAllocationsItem": "AllocationsItem",
    "ResidentPaymentAllocationsItemCustomDataType0": "CustomDataType0",
    "ResidentPaymentCustomDataType0": "CustomDataType0",
    "ResidentPetsItemCustomDataType0": "CustomDataType0",
    "ResidentVehiclesItemCustomDataType0": "CustomDataType0",
    "UnitCustomDataType0": "CustomDataType0",
    "UpdateAmenityResponseData": "Data",
    "UpdateApplicantAppointmentResponseData": "Data",
    "UpdateApplicantEventResponseData": "Data",
    "UpdateApplicantRequestAddOnsItem": "AddOnsItem",
    "UpdateApplicantRequestAddressHistoryItem": "AddressHistoryItem",
    "UpdateApplicantRequestAddressHistoryItemAddressType": "AddressHistoryItemAddressType",
    "UpdateApplicantRequestAddressHistoryItemCountry": "AddressHistoryItemCountry",
    "UpdateApplicantRequestAddressHistoryItemManagerType": "AddressHistoryItemManagerType",
    "UpdateApplicantRequestAddressHistoryItemState": "AddressHistoryItemState",
    "UpdateApplicantRequestApplicationReferencesItem": "ApplicationReferencesItem",
    "UpdateApplicantRequestAssistance": "Assistance",
    "UpdateApplicantRequestAttachmentsItem": "AttachmentsItem",
    "UpdateApplicantRequestBankAccountsItem": "BankAccountsItem",
    "UpdateApplicantRequestBankAccountsItemAccountType": "BankAccountsItemAccountType",
    "UpdateApplicantRequestCreditCardsItem": "CreditCardsItem",
    "UpdateApplicantRequestEmergencyContactsItem": "EmergencyContactsItem",
    "UpdateApplicantRequestEventsItem": "EventsItem",
    "UpdateApplicantRequestVehiclesItem": "VehiclesItem",
    "UpdateApplicantResponseData": "Data",
    "UpdateApplicationRequestAddOnsItem": "AddOnsItem",
    "UpdateApplicationRequestApplicationFeesItem": "ApplicationFeesItem",
    "UpdateApplicationRequestAttachmentsItem": "AttachmentsItem",
    "UpdateApplicationRequestConcessionFeesItem": "ConcessionFeesItem",
    "UpdateApplicationRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "UpdateApplicationRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "UpdateApplicationRequestEventsItem": "EventsItem",
    "UpdateApplicationRequestOtherIncomeItem": "OtherIncomeItem",
    "UpdateApplicationRequestOtherOccupantsItem": "OtherOccupantsItem",
    "UpdateApplicationRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "UpdateApplicationRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "UpdateApplicationRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "UpdateApplicationRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "UpdateApplicationRequestPetsItem": "PetsItem",
    "UpdateApplicationResponseData": "Data",
    "UpdateConstructionJobResponseData": "Data",
    "UpdateContractResponseData": "Data",
    "UpdateDepositSummaryResponseData": "Data",
    "UpdateIntegrationRequestBuildium": "Buildium",
    "UpdateIntegrationRequestCredentialsType0": "CredentialsType0",
    "UpdateIntegrationRequestCustomSyncSchedule": "CustomSyncSchedule",
    "UpdateIntegrationRequestCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationRequestCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": "SyncCadence",
    "UpdateIntegrationRequestCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "UpdateIntegrationRequestCustomSyncScheduleType": "Type",
    "UpdateIntegrationRequestEntrata": "Entrata",
    "UpdateIntegrationRequestKnock": "Knock",
    "UpdateIntegrationRequestMRI": "MRI",
    "UpdateIntegrationRequestPropertywareREST": "PropertywareREST",
    "UpdateIntegrationRequestPropertywareSOAP": "PropertywareSOAP",
    "UpdateIntegrationRequestRealpagePartnerExchange": "RealpagePartnerExchange",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecific": "RealpagePartnerExchangeMethodSpecific",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": "MethodSpecificValue",
    "UpdateIntegrationRequestRealpageRegisteredVendor": "RealpageRegisteredVendor",
    "UpdateIntegrationRequestRealpageRegisteredVendorFtpCredentials": "RealpageRegisteredVendorFtpCredentials",
    "UpdateIntegrationRequestRentManagerProduction": "RentManagerProduction",
    "UpdateIntegrationRequestRentManagerSandbox": "RentManagerSandbox",
    "UpdateIntegrationRequestRentvine": "Rentvine",
    "UpdateIntegrationRequestResman": "Resman",
    "UpdateIntegrationRequestSample1": "Sample1",
    "UpdateIntegrationRequestSample1CommonData": "Sample1Value",
    "UpdateIntegrationRequestSample1GuestCard": "Sample1Value",
    "UpdateIntegrationRequestSample1JobCost": "Sample1Value",
    "UpdateIntegrationRequestSample1ResidentTransactions": "Sample1Value",
    "UpdateIntegrationRequestSample1ServiceRequests": "Sample1Value",
    "UpdateIntegrationRequestSample1VendorInvoicing": "Sample1Value",
    "UpdateIntegrationRequestSample2": "Sample2",
    "UpdateIntegrationResponseResultCustomSyncSchedule": "CustomSyncSchedule",
    "UpdateIntegrationResponseResultCustomSyncScheduleInterval": "CustomSyncScheduleInterval",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalFRIDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalMONDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSATURDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalSUNDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalTUESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAY": "IntervalValue",
    "UpdateIntegrationResponseResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": "IntervalValueSlotsItem",
    "UpdateIntegrationResponseResultCustomSyncScheduleTimezone": "CustomSyncScheduleTimezone",
    "UpdateInvoiceResponseData": "Data",
    "UpdateLeadAppointmentResponseData": "Data",
    "UpdateLeadEventResponseData": "Data",
    "UpdateLeadRequestEventsItem": "EventsItem",
    "UpdateLeadResponseData": "Data",
    "UpdateLeaseRequestApplicationFeesItem": "ApplicationFeesItem",
    "UpdateLeaseRequestConcessionFeesItem": "ConcessionFeesItem",
    "UpdateLeaseRequestEmploymentHistoryItem": "EmploymentHistoryItem",
    "UpdateLeaseRequestEmploymentHistoryItemState": "EmploymentHistoryItemState",
    "UpdateLeaseRequestOtherIncomeItem": "OtherIncomeItem",
    "UpdateLeaseRequestOtherOccupantsItem": "OtherOccupantsItem",
    "UpdateLeaseRequestOtherOccupantsItemPhone1Type": "OtherOccupantsItemPhone1Type",
    "UpdateLeaseRequestOtherOccupantsItemPhone2Type": "OtherOccupantsItemPhone2Type",
    "UpdateLeaseRequestOtherOccupantsItemRelationship": "OtherOccupantsItemRelationship",
    "UpdateLeaseRequestOtherOccupantsItemState": "OtherOccupantsItemState",
    "UpdateLeaseRequestPetsItem": "PetsItem",
    "UpdateLeaseResponseData": "Data",
    "UpdateListingResponseData": "Data",
    "UpdatePayableRegisterResponseData": "Data",
    "UpdatePropertyAmenitiesResponseData": "Data",
    "UpdatePropertyResponseData": "Data",
    "UpdatePurchaseOrderResponseData": "Data",
    "UpdateRecurringResidentChargeRentmanagerResponseMeta": "Meta",
    "UpdateRecurringResidentChargeResponseData": "Data",
    "UpdateResidentAppointmentResponseData": "Data",
    "UpdateResidentEventResponseData": "Data",
    "UpdateResidentPetResponseData": "Data",
    "UpdateResidentRequestEventsItem": "EventsItem",
    "UpdateResidentResponseData": "Data",
    "UpdateServiceRequestResponseData": "Data",
    "UpdateUnitAmenitiesResponseData": "Data",
    "UpdateUnitResponseData": "Data",
    "UpdateVendorResponseData": "Data",
    "UpdateWebhookRequestHeadersItem": "HeadersItem",
    "UpdateWebhookResponseResult": "Result",
    "UpdateWebhookResponseResultTriggersItem": "TriggersItem",
    "VendorCustomDataType0": "CustomDataType0",
    "WebhookHeadersItem": "HeadersItem",
    "WebhookTriggersItem": "TriggersItem",
}


def __getattr__(name: str) -> Any:
    return resolve(__name__, globals(), name, modules=_MODULES, aliases=_ALIASES, deprecated=_DEPRECATED)


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccountingEntity",
    "AddOnsItem",
    "AddressHistoryItem",
    "AddressHistoryItemAddressType",
    "AddressHistoryItemCountry",
    "AddressHistoryItemManagerType",
    "AddressHistoryItemState",
    "AddressType",
    "AllocationsItem",
    "Amenity",
    "AmenityMetaDataType0",
    "AmenityUnitsItem",
    "Applicant",
    "ApplicantApplicationsItem",
    "ApplicantApplicationsItemStatusNormalized",
    "ApplicantPetsItem",
    "Application",
    "ApplicationApplicantsItem",
    "ApplicationFeesItem",
    "ApplicationReferencesItem",
    "ApplicationStatus",
    "ApplicationTemplate",
    "AssignApplicantRentableItemRequest",
    "AssignApplicantRentableItemResponse",
    "Assistance",
    "AttachmentsItem",
    "BackSyncIntegrationRequest",
    "BackSyncIntegrationRequestModelsToSyncItem",
    "BackSyncIntegrationResponse",
    "BackSyncIntegrationResponseResult",
    "BankAccountsItem",
    "BankAccountsItemAccountType",
    "BatchCreateResidentChargesPropertywareRestRequest",
    "BatchCreateResidentChargesPropertywareRestRequestChargesItems",
    "BatchCreateResidentChargesPropertywareRestResponse",
    "BatchCreateResidentChargesRentmanagerRequest",
    "BatchCreateResidentChargesRentmanagerRequestChargesItems",
    "BatchCreateResidentChargesRentmanagerResponse",
    "BatchCreateResidentChargesResmanRequest",
    "BatchCreateResidentChargesResmanRequestChargesItems",
    "BatchCreateResidentChargesResmanResponse",
    "BatchCreateResidentChargesYardiRequest",
    "BatchCreateResidentChargesYardiRequestChargesItems",
    "BatchCreateResidentChargesYardiResponse",
    "Buildium",
    "CalendarType",
    "CallLog",
    "CancelApplicantAppointmentRequest",
    "CancelApplicantAppointmentResponse",
    "CancelLeadAppointmentRequest",
    "CancelLeadAppointmentResponse",
    "CancelPayableRegisterRequest",
    "CancelPayableRegisterResponse",
    "CancelResidentAppointmentRequest",
    "CancelResidentAppointmentResponse",
    "ChargeCode",
    "CheckIntegrationDataAccessRequest",
    "CheckIntegrationDataAccessResponse",
    "CheckIntegrationDataAccessResponseResult",
    "Concession",
    "ConcessionFeesItem",
    "ConfigurationMetaDataItem",
    "ConfigurationMetaDataItemConfigurationData",
    "ConstructionJob",
    "ConstructionJobDetail",
    "Contract",
    "ContractDetail",
    "CreateAmenityRequest",
    "CreateAmenityResponse",
    "CreateApplicantAppointmentRequest",
    "CreateApplicantAppointmentRequestAppointmentType",
    "CreateApplicantAppointmentRequestPriority",
    "CreateApplicantAppointmentRequestStatus",
    "CreateApplicantAppointmentResponse",
    "CreateApplicantEventRequest",
    "CreateApplicantEventRequestCallStatus",
    "CreateApplicantEventRequestEventName",
    "CreateApplicantEventRequestEventType",
    "CreateApplicantEventRequestStatus",
    "CreateApplicantEventResponse",
    "CreateApplicantRequest",
    "CreateApplicantRequestApplicantStatus",
    "CreateApplicantRequestApplicationStatus",
    "CreateApplicantRequestCustomData",
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
    "CreateApplicantResponse",
    "CreateApplicationRequest",
    "CreateApplicationRequestAddressHistoryItem",
    "CreateApplicationRequestAddressHistoryItemCountryType0",
    "CreateApplicationRequestAddressHistoryItemState",
    "CreateApplicationRequestApplicationStatus",
    "CreateApplicationRequestEmergencyContactsItem",
    "CreateApplicationRequestEmergencyContactsItemCountryType0",
    "CreateApplicationRequestEmergencyContactsItemRelationship",
    "CreateApplicationRequestEmergencyContactsItemState",
    "CreateApplicationRequestEmploymentHistoryItem",
    "CreateApplicationRequestEmploymentHistoryItemState",
    "CreateApplicationRequestMaritalStatus",
    "CreateApplicationRequestOtherOccupantsItem",
    "CreateApplicationRequestOtherOccupantsItemPhone1Type",
    "CreateApplicationRequestOtherOccupantsItemPhone2Type",
    "CreateApplicationRequestOtherOccupantsItemRelationship",
    "CreateApplicationRequestOtherOccupantsItemState",
    "CreateApplicationRequestPhone1Type",
    "CreateApplicationRequestPhone2Type",
    "CreateApplicationRequestPhone3Type",
    "CreateApplicationRequestStatus",
    "CreateApplicationRequestType",
    "CreateApplicationRequestVehiclesItem",
    "CreateApplicationRequestVehiclesItemLicensePlateState",
    "CreateApplicationResponse",
    "CreateConstructionJobRequest",
    "CreateConstructionJobResponse",
    "CreateContractRequest",
    "CreateContractRequestContractDetailsItem",
    "CreateContractResponse",
    "CreateFileTypeRequest",
    "CreateFileTypeRequestModel",
    "CreateFileTypeResponse",
    "CreateIntegrationPropertyListRequest",
    "CreateIntegrationPropertyListResponse",
    "CreateIntegrationRequest",
    "CreateIntegrationRequestMaxRequestCadence",
    "CreateIntegrationRequestSyncCadence",
    "CreateIntegrationRequestSystem",
    "CreateIntegrationResponse",
    "CreateIntegrationResponseResult",
    "CreateIntegrationResponseResultPingResults",
    "CreateIntegrationResponseResultVendor",
    "CreateInvoiceRequest",
    "CreateInvoiceRequestAttachmentsItem",
    "CreateInvoiceRequestInvoiceItemsItem",
    "CreateInvoiceResponse",
    "CreateLeadAppointmentRequest",
    "CreateLeadAppointmentRequestAppointmentType",
    "CreateLeadAppointmentRequestPriority",
    "CreateLeadAppointmentRequestStatus",
    "CreateLeadAppointmentResponse",
    "CreateLeadEventRequest",
    "CreateLeadEventRequestCallStatus",
    "CreateLeadEventRequestEventName",
    "CreateLeadEventRequestStatus",
    "CreateLeadEventResponse",
    "CreateLeadRequest",
    "CreateLeadRequestApplicantStatus",
    "CreateLeadRequestEventsItem",
    "CreateLeadRequestEventsItemEventName",
    "CreateLeadRequestPhone1Type",
    "CreateLeadRequestPhone2Type",
    "CreateLeadRequestStatus",
    "CreateLeadResponse",
    "CreateLeaseRequest",
    "CreateLeaseRequestAddressHistoryItem",
    "CreateLeaseRequestAddressHistoryItemCountryType0",
    "CreateLeaseRequestAddressHistoryItemState",
    "CreateLeaseRequestCountry",
    "CreateLeaseRequestCountryAlternate",
    "CreateLeaseRequestEmergencyContactsItem",
    "CreateLeaseRequestEmergencyContactsItemCountryType0",
    "CreateLeaseRequestEmergencyContactsItemRelationship",
    "CreateLeaseRequestEmergencyContactsItemState",
    "CreateLeaseRequestMaritalStatus",
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
    "CreateListingRequest",
    "CreateListingRequestCustomData",
    "CreateListingResponse",
    "CreatePayableRegisterRequest",
    "CreatePayableRegisterRequestInvoiceStatus",
    "CreatePayableRegisterRequestPayableRegisterItemsItem",
    "CreatePayableRegisterResponse",
    "CreatePropertyAmenitiesRequest",
    "CreatePropertyAmenitiesRequestCustomData",
    "CreatePropertyAmenitiesRequestVendor",
    "CreatePropertyAmenitiesResponse",
    "CreatePropertyRequest",
    "CreatePropertyRequestCategory",
    "CreatePropertyRequestType",
    "CreatePropertyResponse",
    "CreatePurchaseOrderRequest",
    "CreatePurchaseOrderRequestBillingStateType0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType0",
    "CreatePurchaseOrderRequestPurchaseOrderItemsItemType1",
    "CreatePurchaseOrderRequestShippingStateType0",
    "CreatePurchaseOrderResponse",
    "CreateRecurringResidentChargeRentmanagerRequest",
    "CreateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "CreateRecurringResidentChargeRentmanagerResponse",
    "CreateRecurringResidentChargeRequest",
    "CreateRecurringResidentChargeRequestFrequencyNormalized",
    "CreateRecurringResidentChargeResponse",
    "CreateResidentAppointmentRequest",
    "CreateResidentAppointmentRequestStatus",
    "CreateResidentAppointmentResponse",
    "CreateResidentChargeRentmanagerRequest",
    "CreateResidentChargeRentmanagerResponse",
    "CreateResidentChargeRequest",
    "CreateResidentChargeResponse",
    "CreateResidentCreditRentmanagerRequest",
    "CreateResidentCreditRentmanagerResponse",
    "CreateResidentCreditRequest",
    "CreateResidentCreditResponse",
    "CreateResidentEventRequest",
    "CreateResidentEventRequestCallStatus",
    "CreateResidentEventRequestEventType",
    "CreateResidentEventRequestStatus",
    "CreateResidentEventResponse",
    "CreateResidentPaymentRentmanagerRequest",
    "CreateResidentPaymentRentmanagerResponse",
    "CreateResidentPaymentRequest",
    "CreateResidentPaymentRequestPaymentType",
    "CreateResidentPaymentResponse",
    "CreateResidentPetRequest",
    "CreateResidentPetResponse",
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
    "CreateServiceRequestHistoryRequest",
    "CreateServiceRequestHistoryRequestAttachment",
    "CreateServiceRequestHistoryRequestStatusRaw",
    "CreateServiceRequestHistoryResponse",
    "CreateServiceRequestRequest",
    "CreateServiceRequestRequestAccessIsAuthorizedValue",
    "CreateServiceRequestRequestServiceCategory",
    "CreateServiceRequestRequestServicePriority",
    "CreateServiceRequestRequestServiceStatus",
    "CreateServiceRequestRequestStatusRaw",
    "CreateServiceRequestResponse",
    "CreateUnitAmenitiesRequest",
    "CreateUnitAmenitiesRequestCustomData",
    "CreateUnitAmenitiesRequestVendor",
    "CreateUnitAmenitiesResponse",
    "CreateUnitRequest",
    "CreateUnitRequestCategory",
    "CreateUnitRequestType",
    "CreateUnitResponse",
    "CreateVendorRequest",
    "CreateVendorRequestPhone1Type",
    "CreateVendorRequestPhone2Type",
    "CreateVendorRequestTaxPayerType",
    "CreateVendorResponse",
    "CreateWebhookRequest",
    "CreateWebhookRequestModel",
    "CreateWebhookRequestTriggersItem",
    "CreateWebhookResponse",
    "CredentialsType0",
    "CreditCardsItem",
    "CustomDataType0",
    "CustomSyncSchedule",
    "CustomSyncScheduleInterval",
    "CustomSyncScheduleTimezone",
    "Data",
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
    "DepositSummary",
    "EmergencyContactsItem",
    "Employee",
    "EmploymentHistoryItem",
    "EmploymentHistoryItemState",
    "Entrata",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "Event",
    "EventResult",
    "EventsItem",
    "EventSubType",
    "EventType",
    "Fee",
    "FeeCustomDataType0",
    "FileType",
    "FinancialAccount",
    "FloorPlan",
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
    "GetIntegrationResponseResultsType0Models",
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
    "HeadersItem",
    "IncomeSource",
    "Integration",
    "IntegrationDataType0",
    "IntegrationInterfacesItem",
    "IntegrationJobSchedule",
    "IntegrationJobScheduleParameters",
    "IntegrationJobScheduleStatus",
    "IntegrationModels",
    "IntegrationProperty",
    "IntegrationPropertyList",
    "IntegrationVendor",
    "IntegrationVendorEnum",
    "InterfaceName",
    "IntervalValue",
    "IntervalValueSlotsItem",
    "Invoice",
    "InvoiceInvoiceItemsItem",
    "JobLog",
    "Knock",
    "Lead",
    "LeadPetsItem",
    "LeadRelationship",
    "LeadSource",
    "Lease",
    "LeaseResidentsMetaDataItem",
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
    "ListingPricing",
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
    "Meta",
    "MethodSpecificValue",
    "ModelsAdditionalProperty",
    "MRI",
    "NameNormalized",
    "NoteCategory",
    "OtherIncomeItem",
    "OtherOccupantsItem",
    "OtherOccupantsItemPhone1Type",
    "OtherOccupantsItemPhone2Type",
    "OtherOccupantsItemRelationship",
    "OtherOccupantsItemState",
    "Owner",
    "PayableRegister",
    "PayableRegisterPayableRegisterItemsItem",
    "PetsItem",
    "PetTypes",
    "PhoneType",
    "Property",
    "PropertyList",
    "PropertyOfficeHoursItem",
    "PropertywareREST",
    "PropertywareSOAP",
    "PurchaseOrder",
    "PurchaseOrderItem",
    "QueryAppointmentAvailabilityRequest",
    "QueryAppointmentAvailabilityRequestCalendarTypesItem",
    "QueryAppointmentAvailabilityResponse",
    "QueryAppointmentAvailabilityResponseResultItem",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItem",
    "QueryAppointmentAvailabilityResponseResultItemCalendarDaysItemAvailableSlotsItemType0",
    "RealpagePartnerExchange",
    "RealpagePartnerExchangeMethodSpecific",
    "RealpageRegisteredVendor",
    "RealpageRegisteredVendorFtpCredentials",
    "RecurringResidentCharge",
    "RecurringResidentChargeFrequencyNormalized",
    "RentableItem",
    "RentManagerProduction",
    "RentManagerSandbox",
    "Rentvine",
    "Resident",
    "ResidentCharge",
    "ResidentInsurance",
    "ResidentLeasesMetaDataItem",
    "ResidentPayment",
    "ResidentPetsItem",
    "ResidentTypeNormalized",
    "ResidentVehiclesItem",
    "Resman",
    "ResponseMeta",
    "ResponseMetaOrderByItem",
    "Result",
    "RetryWriteRequest",
    "RetryWriteResponse",
    "Roles",
    "Sample1",
    "Sample1Value",
    "Sample2",
    "ScreeningsItem",
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
    "TriggersItem",
    "Type",
    "TypeNormalized",
    "Unit",
    "UnitDetail",
    "UnitType",
    "UpdateAmenityRequest",
    "UpdateAmenityResponse",
    "UpdateApplicantAppointmentRequest",
    "UpdateApplicantAppointmentRequestAppointmentType",
    "UpdateApplicantAppointmentRequestPriority",
    "UpdateApplicantAppointmentRequestStatus",
    "UpdateApplicantAppointmentResponse",
    "UpdateApplicantEventRequest",
    "UpdateApplicantEventRequestStatus",
    "UpdateApplicantEventResponse",
    "UpdateApplicantRequest",
    "UpdateApplicantRequestApplicantStatus",
    "UpdateApplicantRequestApplicationStatus",
    "UpdateApplicantRequestEmploymentHistoryItem",
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
    "UpdateApplicantResponse",
    "UpdateApplicationRequest",
    "UpdateApplicationRequestAddressHistoryItem",
    "UpdateApplicationRequestAddressHistoryItemCountryType0",
    "UpdateApplicationRequestAddressHistoryItemState",
    "UpdateApplicationRequestApplicationStatus",
    "UpdateApplicationRequestEmergencyContactsItem",
    "UpdateApplicationRequestEmergencyContactsItemCountryType0",
    "UpdateApplicationRequestEmergencyContactsItemRelationship",
    "UpdateApplicationRequestEmergencyContactsItemState",
    "UpdateApplicationRequestMaritalStatus",
    "UpdateApplicationRequestPhone1Type",
    "UpdateApplicationRequestPhone2Type",
    "UpdateApplicationRequestStatus",
    "UpdateApplicationRequestVehiclesItem",
    "UpdateApplicationRequestVehiclesItemLicensePlateState",
    "UpdateApplicationResponse",
    "UpdateConstructionJobRequest",
    "UpdateConstructionJobResponse",
    "UpdateContractRequest",
    "UpdateContractResponse",
    "UpdateDepositSummaryRequest",
    "UpdateDepositSummaryRequestPaymentMethod",
    "UpdateDepositSummaryResponse",
    "UpdateIntegrationPropertyListRequest",
    "UpdateIntegrationPropertyListResponse",
    "UpdateIntegrationPropertyRequest",
    "UpdateIntegrationPropertyResponse",
    "UpdateIntegrationPropertyResponseResults",
    "UpdateIntegrationRequest",
    "UpdateIntegrationRequestMaxRequestCadence",
    "UpdateIntegrationRequestSyncCadence",
    "UpdateIntegrationRequestSystem",
    "UpdateIntegrationResponse",
    "UpdateIntegrationResponseResult",
    "UpdateInvoiceRequest",
    "UpdateInvoiceRequestStatus",
    "UpdateInvoiceResponse",
    "UpdateLeadAppointmentRequest",
    "UpdateLeadAppointmentRequestAppointmentType",
    "UpdateLeadAppointmentRequestPriority",
    "UpdateLeadAppointmentRequestStatus",
    "UpdateLeadAppointmentResponse",
    "UpdateLeadEventRequest",
    "UpdateLeadEventRequestStatus",
    "UpdateLeadEventResponse",
    "UpdateLeadRequest",
    "UpdateLeadRequestApplicantStatus",
    "UpdateLeadRequestInactiveReason",
    "UpdateLeadRequestPhone1Type",
    "UpdateLeadRequestPhone2Type",
    "UpdateLeadRequestStatus",
    "UpdateLeadResponse",
    "UpdateLeaseRequest",
    "UpdateLeaseRequestAddressHistoryItem",
    "UpdateLeaseRequestAddressHistoryItemCountry",
    "UpdateLeaseRequestAddressHistoryItemState",
    "UpdateLeaseRequestEmergencyContactsItem",
    "UpdateLeaseRequestEmergencyContactsItemCountry",
    "UpdateLeaseRequestEmergencyContactsItemRelationship",
    "UpdateLeaseRequestEmergencyContactsItemState",
    "UpdateLeaseRequestMaritalStatus",
    "UpdateLeaseRequestPhone1Type",
    "UpdateLeaseRequestPhone2Type",
    "UpdateLeaseRequestStatus",
    "UpdateLeaseRequestTenantsItem",
    "UpdateLeaseRequestType",
    "UpdateLeaseRequestVehiclesItem",
    "UpdateLeaseResponse",
    "UpdateListingRequest",
    "UpdateListingResponse",
    "UpdatePayableRegisterRequest",
    "UpdatePayableRegisterResponse",
    "UpdatePropertyAmenitiesRequest",
    "UpdatePropertyAmenitiesRequestFeaturesItem",
    "UpdatePropertyAmenitiesRequestIncludedInRentItem",
    "UpdatePropertyAmenitiesResponse",
    "UpdatePropertyRequest",
    "UpdatePropertyRequestCategory",
    "UpdatePropertyRequestType",
    "UpdatePropertyResponse",
    "UpdatePurchaseOrderRequest",
    "UpdatePurchaseOrderRequestBillingStateType0",
    "UpdatePurchaseOrderRequestPurchaseOrderItemsItem",
    "UpdatePurchaseOrderRequestShippingStateType0",
    "UpdatePurchaseOrderResponse",
    "UpdateRecurringResidentChargeRentmanagerRequest",
    "UpdateRecurringResidentChargeRentmanagerRequestFrequencyNormalized",
    "UpdateRecurringResidentChargeRentmanagerResponse",
    "UpdateRecurringResidentChargeRentmanagerResponseResult",
    "UpdateRecurringResidentChargeRequest",
    "UpdateRecurringResidentChargeRequestFrequencyNormalized",
    "UpdateRecurringResidentChargeResponse",
    "UpdateResidentAppointmentRequest",
    "UpdateResidentAppointmentRequestStatus",
    "UpdateResidentAppointmentResponse",
    "UpdateResidentEventRequest",
    "UpdateResidentEventRequestStatus",
    "UpdateResidentEventResponse",
    "UpdateResidentPetRequest",
    "UpdateResidentPetResponse",
    "UpdateResidentRequest",
    "UpdateResidentRequestCountry",
    "UpdateResidentRequestCountryAlternate",
    "UpdateResidentRequestCustomData",
    "UpdateResidentRequestGender",
    "UpdateResidentRequestPhone1Type",
    "UpdateResidentRequestPhone2Type",
    "UpdateResidentRequestRentPeriod",
    "UpdateResidentRequestState",
    "UpdateResidentResponse",
    "UpdateServiceRequestRequest",
    "UpdateServiceRequestRequestServiceCategory",
    "UpdateServiceRequestRequestServicePriority",
    "UpdateServiceRequestRequestStatusRaw",
    "UpdateServiceRequestResponse",
    "UpdateUnitAmenitiesRequest",
    "UpdateUnitAmenitiesRequestFeaturesItem",
    "UpdateUnitAmenitiesResponse",
    "UpdateUnitRequest",
    "UpdateUnitRequestCategory",
    "UpdateUnitRequestType",
    "UpdateUnitResponse",
    "UpdateVendorRequest",
    "UpdateVendorRequestCountryType0",
    "UpdateVendorRequestState",
    "UpdateVendorResponse",
    "UpdateWebhookRequest",
    "UpdateWebhookRequestModel",
    "UpdateWebhookRequestTriggersItem",
    "UpdateWebhookResponse",
    "User",
    "VehiclesItem",
    "Vendor",
    "VendorContactsItem",
    "Webhook",
    "WriteStatus",
)
