"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one endpoint module imports only the models it needs,
not all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_type import AddressType
    from .applicant import Applicant
    from .applicant_applications_item import ApplicantApplicationsItem
    from .applicant_applications_item_custom_data_type_0 import ApplicantApplicationsItemCustomDataType0
    from .applicant_applications_item_status_normalized_type_0 import ApplicantApplicationsItemStatusNormalizedType0
    from .applicant_custom_data_type_0 import ApplicantCustomDataType0
    from .applicant_pets_item import ApplicantPetsItem
    from .applicant_pets_item_custom_data_type_0 import ApplicantPetsItemCustomDataType0
    from .applicant_phone_1_type import ApplicantPhone1Type
    from .applicant_phone_2_type import ApplicantPhone2Type
    from .applicant_screenings_item import ApplicantScreeningsItem
    from .application import Application
    from .application_applicants_item import ApplicationApplicantsItem
    from .application_applicants_item_custom_data_type_0 import ApplicationApplicantsItemCustomDataType0
    from .application_custom_data_type_0 import ApplicationCustomDataType0
    from .application_status import ApplicationStatus
    from .application_template import ApplicationTemplate
    from .call_log import CallLog
    from .call_log_custom_data_type_0 import CallLogCustomDataType0
    from .charge_code import ChargeCode
    from .charge_code_custom_data_type_0 import ChargeCodeCustomDataType0
    from .concession import Concession
    from .construction_job import ConstructionJob
    from .construction_job_custom_data_type_0 import ConstructionJobCustomDataType0
    from .contract import Contract
    from .contract_custom_data_type_0 import ContractCustomDataType0
    from .contract_detail import ContractDetail
    from .contract_detail_custom_data_type_0 import ContractDetailCustomDataType0
    from .employee import Employee
    from .enum_1 import Enum1
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
    from .get_service_request_location_integration_vendor import GetServiceRequestLocationIntegrationVendor
    from .get_service_request_problem_integration_vendor import GetServiceRequestProblemIntegrationVendor
    from .income_source import IncomeSource
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
    from .lease_residents_meta_data_item_resident_type_normalized_type_1 import (
        LeaseResidentsMetaDataItemResidentTypeNormalizedType1,
    )
    from .lease_services_item import LeaseServicesItem
    from .lease_status_normalized import LeaseStatusNormalized
    from .lease_transfer import LeaseTransfer
    from .list_accounting_entities_integration_vendor import ListAccountingEntitiesIntegrationVendor
    from .list_address_types_integration_vendor import ListAddressTypesIntegrationVendor
    from .list_amenities_integration_vendor import ListAmenitiesIntegrationVendor
    from .list_applicant_rentable_items_integration_vendor import ListApplicantRentableItemsIntegrationVendor
    from .list_applicants_integration_vendor import ListApplicantsIntegrationVendor
    from .list_application_statuses_integration_vendor import ListApplicationStatusesIntegrationVendor
    from .list_application_templates_integration_vendor import ListApplicationTemplatesIntegrationVendor
    from .list_applications_integration_vendor import ListApplicationsIntegrationVendor
    from .list_appointments_integration_vendor import ListAppointmentsIntegrationVendor
    from .list_call_logs_integration_vendor import ListCallLogsIntegrationVendor
    from .list_charge_codes_integration_vendor import ListChargeCodesIntegrationVendor
    from .list_concessions_integration_vendor import ListConcessionsIntegrationVendor
    from .list_construction_job_contracts_integration_vendor import ListConstructionJobContractsIntegrationVendor
    from .list_construction_job_details_integration_vendor import ListConstructionJobDetailsIntegrationVendor
    from .list_construction_jobs_integration_vendor import ListConstructionJobsIntegrationVendor
    from .list_contract_details_integration_vendor import ListContractDetailsIntegrationVendor
    from .list_data_diffs_integration_vendor import ListDataDiffsIntegrationVendor
    from .list_deposit_summaries_integration_vendor import ListDepositSummariesIntegrationVendor
    from .list_deposits_integration_vendor import ListDepositsIntegrationVendor
    from .list_employees_integration_vendor import ListEmployeesIntegrationVendor
    from .list_event_results_integration_vendor import ListEventResultsIntegrationVendor
    from .list_event_sub_types_integration_vendor import ListEventSubTypesIntegrationVendor
    from .list_event_types_integration_vendor import ListEventTypesIntegrationVendor
    from .list_events_integration_vendor import ListEventsIntegrationVendor
    from .list_file_types_integration_vendor import ListFileTypesIntegrationVendor
    from .list_financial_accounts_integration_vendor import ListFinancialAccountsIntegrationVendor
    from .list_floor_plans_integration_vendor import ListFloorPlansIntegrationVendor
    from .list_integrations_integration_vendor import ListIntegrationsIntegrationVendor
    from .list_invoices_integration_vendor import ListInvoicesIntegrationVendor
    from .list_job_logs_status import ListJobLogsStatus
    from .list_lead_relationships_integration_vendor import ListLeadRelationshipsIntegrationVendor
    from .list_lead_rentable_items_integration_vendor import ListLeadRentableItemsIntegrationVendor
    from .list_lead_sources_integration_vendor import ListLeadSourcesIntegrationVendor
    from .list_leads_integration_vendor import ListLeadsIntegrationVendor
    from .list_lease_transfers_integration_vendor import ListLeaseTransfersIntegrationVendor
    from .list_leases_integration_vendor import ListLeasesIntegrationVendor
    from .list_leases_status_normalized import ListLeasesStatusNormalized
    from .list_listing_pricing_integration_vendor import ListListingPricingIntegrationVendor
    from .list_listings_integration_vendor import ListListingsIntegrationVendor
    from .list_locations_rentmanager_integration_vendor import ListLocationsRentmanagerIntegrationVendor
    from .list_note_categories_integration_vendor import ListNoteCategoriesIntegrationVendor
    from .list_owners_integration_vendor import ListOwnersIntegrationVendor
    from .list_payable_registers_integration_vendor import ListPayableRegistersIntegrationVendor
    from .list_properties_integration_vendor import ListPropertiesIntegrationVendor
    from .list_property_lists_integration_vendor import ListPropertyListsIntegrationVendor
    from .list_purchase_order_items_integration_vendor import ListPurchaseOrderItemsIntegrationVendor
    from .list_purchase_orders_integration_vendor import ListPurchaseOrdersIntegrationVendor
    from .list_recurring_resident_charges_integration_vendor import ListRecurringResidentChargesIntegrationVendor
    from .list_rentable_items_integration_vendor import ListRentableItemsIntegrationVendor
    from .list_resident_charges_integration_vendor import ListResidentChargesIntegrationVendor
    from .list_resident_payments_integration_vendor import ListResidentPaymentsIntegrationVendor
    from .list_resident_rentable_items_integration_vendor import ListResidentRentableItemsIntegrationVendor
    from .list_residents_integration_vendor import ListResidentsIntegrationVendor
    from .list_service_request_categories_integration_vendor import ListServiceRequestCategoriesIntegrationVendor
    from .list_service_request_history_integration_vendor import ListServiceRequestHistoryIntegrationVendor
    from .list_service_request_locations_integration_vendor import ListServiceRequestLocationsIntegrationVendor
    from .list_service_request_priorities_integration_vendor import ListServiceRequestPrioritiesIntegrationVendor
    from .list_service_request_problems_integration_vendor import ListServiceRequestProblemsIntegrationVendor
    from .list_service_request_statuses_integration_vendor import ListServiceRequestStatusesIntegrationVendor
    from .list_service_requests_integration_vendor import ListServiceRequestsIntegrationVendor
    from .list_timezones_integration_vendor import ListTimezonesIntegrationVendor
    from .list_unit_details_integration_vendor import ListUnitDetailsIntegrationVendor
    from .list_unit_types_integration_vendor import ListUnitTypesIntegrationVendor
    from .list_units_integration_vendor import ListUnitsIntegrationVendor
    from .list_vendors_integration_vendor import ListVendorsIntegrationVendor
    from .list_write_logs_status import ListWriteLogsStatus
    from .list_write_logs_time_range import ListWriteLogsTimeRange
    from .list_write_logs_write_category import ListWriteLogsWriteCategory
    from .listing import Listing
    from .listing_custom_data_type_0 import ListingCustomDataType0
    from .location import Location
    from .note_category import NoteCategory
    from .owner import Owner
    from .owner_phone_1_type import OwnerPhone1Type
    from .owner_phone_2_type import OwnerPhone2Type
    from .payable_register import PayableRegister
    from .payable_register_custom_data_type_0 import PayableRegisterCustomDataType0
    from .payable_register_payable_register_items_item import PayableRegisterPayableRegisterItemsItem
    from .pet_types import PetTypes
    from .property_ import Property
    from .property_custom_data_type_0 import PropertyCustomDataType0
    from .property_manager_phone_1_type import PropertyManagerPhone1Type
    from .property_manager_phone_2_type import PropertyManagerPhone2Type
    from .property_office_hours_item import PropertyOfficeHoursItem
    from .property_office_hours_item_day_of_week import PropertyOfficeHoursItemDayOfWeek
    from .property_type_normalized_type_0 import PropertyTypeNormalizedType0
    from .purchase_order import PurchaseOrder
    from .purchase_order_custom_data_type_0 import PurchaseOrderCustomDataType0
    from .purchase_order_item import PurchaseOrderItem
    from .purchase_order_item_custom_data_type_0 import PurchaseOrderItemCustomDataType0
    from .recurring_resident_charge import RecurringResidentCharge
    from .recurring_resident_charge_custom_data_type_0 import RecurringResidentChargeCustomDataType0
    from .recurring_resident_charge_frequency_normalized import RecurringResidentChargeFrequencyNormalized
    from .rentable_item import RentableItem
    from .resident_charge import ResidentCharge
    from .resident_charge_allocations_item import ResidentChargeAllocationsItem
    from .resident_charge_allocations_item_custom_data_type_0 import ResidentChargeAllocationsItemCustomDataType0
    from .resident_charge_custom_data_type_0 import ResidentChargeCustomDataType0
    from .response_meta import ResponseMeta
    from .response_meta_order_by_item import ResponseMetaOrderByItem
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
    from .v1_accounting_entities_accounting_entity_id_get_input import V1AccountingEntitiesAccountingEntityIdGetInput
    from .v1_accounting_entities_accounting_entity_id_get_output import V1AccountingEntitiesAccountingEntityIdGetOutput
    from .v1_accounting_entities_accounting_entity_id_get_output_results import (
        V1AccountingEntitiesAccountingEntityIdGetOutputResults,
    )
    from .v1_accounting_entities_get_input import V1AccountingEntitiesGetInput
    from .v1_accounting_entities_get_output import V1AccountingEntitiesGetOutput
    from .v1_accounting_entities_get_output_results_item import V1AccountingEntitiesGetOutputResultsItem
    from .v1_address_types_address_type_id_get_input import V1AddressTypesAddressTypeIdGetInput
    from .v1_address_types_address_type_id_get_output import V1AddressTypesAddressTypeIdGetOutput
    from .v1_address_types_get_input import V1AddressTypesGetInput
    from .v1_address_types_get_output import V1AddressTypesGetOutput
    from .v1_admin_data_diffs_get_input import V1AdminDataDiffsGetInput
    from .v1_admin_data_diffs_get_output import V1AdminDataDiffsGetOutput
    from .v1_admin_data_diffs_get_output_results_item import V1AdminDataDiffsGetOutputResultsItem
    from .v1_admin_data_diffs_get_output_results_item_data_diff import V1AdminDataDiffsGetOutputResultsItemDataDiff
    from .v1_admin_data_diffs_get_output_results_item_event_type import V1AdminDataDiffsGetOutputResultsItemEventType
    from .v1_admin_integrations_get_input import V1AdminIntegrationsGetInput
    from .v1_admin_integrations_get_output import V1AdminIntegrationsGetOutput
    from .v1_admin_integrations_get_output_results_item import V1AdminIntegrationsGetOutputResultsItem
    from .v1_admin_integrations_get_output_results_item_configuration_meta_data_item import (
        V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem,
    )
    from .v1_admin_integrations_get_output_results_item_configuration_meta_data_item_configuration_data import (
        V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData,
    )
    from .v1_admin_integrations_get_output_results_item_configuration_meta_data_item_custom_data_type_0 import (
        V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0,
    )
    from .v1_admin_integrations_get_output_results_item_integration_interfaces_item import (
        V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItem,
    )
    from .v1_admin_integrations_get_output_results_item_integration_interfaces_item_interface_name import (
        V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItemInterfaceName,
    )
    from .v1_admin_integrations_get_output_results_item_max_request_cadence import (
        V1AdminIntegrationsGetOutputResultsItemMaxRequestCadence,
    )
    from .v1_admin_integrations_get_output_results_item_models import V1AdminIntegrationsGetOutputResultsItemModels
    from .v1_admin_integrations_get_output_results_item_models_additional_property import (
        V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty,
    )
    from .v1_admin_integrations_get_output_results_item_models_additional_property_from_interfaces_item import (
        V1AdminIntegrationsGetOutputResultsItemModelsAdditionalPropertyFromInterfacesItem,
    )
    from .v1_admin_integrations_get_output_results_item_sync_cadence import (
        V1AdminIntegrationsGetOutputResultsItemSyncCadence,
    )
    from .v1_admin_integrations_get_output_results_item_system import V1AdminIntegrationsGetOutputResultsItemSystem
    from .v1_admin_integrations_get_output_results_item_vendor import V1AdminIntegrationsGetOutputResultsItemVendor
    from .v1_admin_integrations_integration_id_back_sync_post_input import (
        V1AdminIntegrationsIntegrationIdBackSyncPostInput,
    )
    from .v1_admin_integrations_integration_id_back_sync_post_input_models_to_sync_item import (
        V1AdminIntegrationsIntegrationIdBackSyncPostInputModelsToSyncItem,
    )
    from .v1_admin_integrations_integration_id_back_sync_post_output import (
        V1AdminIntegrationsIntegrationIdBackSyncPostOutput,
    )
    from .v1_admin_integrations_integration_id_back_sync_post_output_result import (
        V1AdminIntegrationsIntegrationIdBackSyncPostOutputResult,
    )
    from .v1_admin_integrations_integration_id_data_access_get_input import (
        V1AdminIntegrationsIntegrationIdDataAccessGetInput,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutput,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0_status import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0Status,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0_status import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0_status import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_1 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1,
    )
    from .v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_2 import (
        V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2,
    )
    from .v1_admin_integrations_integration_id_data_access_post_input import (
        V1AdminIntegrationsIntegrationIdDataAccessPostInput,
    )
    from .v1_admin_integrations_integration_id_data_access_post_output import (
        V1AdminIntegrationsIntegrationIdDataAccessPostOutput,
    )
    from .v1_admin_integrations_integration_id_data_access_post_output_result import (
        V1AdminIntegrationsIntegrationIdDataAccessPostOutputResult,
    )
    from .v1_admin_integrations_integration_id_delete_input import V1AdminIntegrationsIntegrationIdDeleteInput
    from .v1_admin_integrations_integration_id_delete_output import V1AdminIntegrationsIntegrationIdDeleteOutput
    from .v1_admin_integrations_integration_id_get_input import V1AdminIntegrationsIntegrationIdGetInput
    from .v1_admin_integrations_integration_id_get_output import V1AdminIntegrationsIntegrationIdGetOutput
    from .v1_admin_integrations_integration_id_get_output_results_type_0 import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItem,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item_configuration_data import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemConfigurationData,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item_custom_data_type_0 import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemCustomDataType0,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item_interface_name import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_max_request_cadence import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_models import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0Models,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_models_additional_property import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalProperty,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_models_additional_property_from_interfaces_item import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalPropertyFromInterfacesItem,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_sync_cadence import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_system import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0System,
    )
    from .v1_admin_integrations_integration_id_get_output_results_type_0_vendor import (
        V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_input import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetInput,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_output import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetOutput,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_output_results_item import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItem,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_output_results_item_parameters import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemParameters,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_output_results_item_status import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus,
    )
    from .v1_admin_integrations_integration_id_job_schedules_get_output_results_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_input import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetInput,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutput,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResults,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_parameters import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsParameters,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_status import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus,
    )
    from .v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_sync_cadence import (
        V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence,
    )
    from .v1_admin_integrations_integration_id_manual_sync_post_input import (
        V1AdminIntegrationsIntegrationIdManualSyncPostInput,
    )
    from .v1_admin_integrations_integration_id_manual_sync_post_input_models_to_sync_item import (
        V1AdminIntegrationsIntegrationIdManualSyncPostInputModelsToSyncItem,
    )
    from .v1_admin_integrations_integration_id_manual_sync_post_output import (
        V1AdminIntegrationsIntegrationIdManualSyncPostOutput,
    )
    from .v1_admin_integrations_integration_id_manual_sync_post_output_result import (
        V1AdminIntegrationsIntegrationIdManualSyncPostOutputResult,
    )
    from .v1_admin_integrations_integration_id_properties_get_input import (
        V1AdminIntegrationsIntegrationIdPropertiesGetInput,
    )
    from .v1_admin_integrations_integration_id_properties_get_output import (
        V1AdminIntegrationsIntegrationIdPropertiesGetOutput,
    )
    from .v1_admin_integrations_integration_id_properties_get_output_results_item import (
        V1AdminIntegrationsIntegrationIdPropertiesGetOutputResultsItem,
    )
    from .v1_admin_integrations_integration_id_properties_property_configuration_id_put_input import (
        V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutInput,
    )
    from .v1_admin_integrations_integration_id_properties_property_configuration_id_put_output import (
        V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutput,
    )
    from .v1_admin_integrations_integration_id_properties_property_configuration_id_put_output_results import (
        V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutputResults,
    )
    from .v1_admin_integrations_integration_id_property_lists_get_input import (
        V1AdminIntegrationsIntegrationIdPropertyListsGetInput,
    )
    from .v1_admin_integrations_integration_id_property_lists_get_output import (
        V1AdminIntegrationsIntegrationIdPropertyListsGetOutput,
    )
    from .v1_admin_integrations_integration_id_property_lists_get_output_results_item import (
        V1AdminIntegrationsIntegrationIdPropertyListsGetOutputResultsItem,
    )
    from .v1_admin_integrations_integration_id_property_lists_post_input import (
        V1AdminIntegrationsIntegrationIdPropertyListsPostInput,
    )
    from .v1_admin_integrations_integration_id_property_lists_post_output import (
        V1AdminIntegrationsIntegrationIdPropertyListsPostOutput,
    )
    from .v1_admin_integrations_integration_id_property_lists_post_output_results import (
        V1AdminIntegrationsIntegrationIdPropertyListsPostOutputResults,
    )
    from .v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_input import (
        V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutInput,
    )
    from .v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_output import (
        V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutput,
    )
    from .v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_output_results import (
        V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutputResults,
    )
    from .v1_admin_integrations_integration_id_put_input import V1AdminIntegrationsIntegrationIdPutInput
    from .v1_admin_integrations_integration_id_put_input_buildium import (
        V1AdminIntegrationsIntegrationIdPutInputBuildium,
    )
    from .v1_admin_integrations_integration_id_put_input_credentials_type_0 import (
        V1AdminIntegrationsIntegrationIdPutInputCredentialsType0,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleInterval,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_timezone import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone,
    )
    from .v1_admin_integrations_integration_id_put_input_custom_sync_schedule_type import (
        V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType,
    )
    from .v1_admin_integrations_integration_id_put_input_entrata import V1AdminIntegrationsIntegrationIdPutInputEntrata
    from .v1_admin_integrations_integration_id_put_input_knock import V1AdminIntegrationsIntegrationIdPutInputKnock
    from .v1_admin_integrations_integration_id_put_input_max_request_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_mri import V1AdminIntegrationsIntegrationIdPutInputMRI
    from .v1_admin_integrations_integration_id_put_input_propertyware_rest import (
        V1AdminIntegrationsIntegrationIdPutInputPropertywareREST,
    )
    from .v1_admin_integrations_integration_id_put_input_propertyware_soap import (
        V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getactivitytypes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleaseinfo import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getlocationlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentledger import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsitelist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsubscriptions import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunits import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertactivity import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertfollowup import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_postsinglecharge import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_prospectsearch import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_transactioncodes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_unitlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_registered_vendor import (
        V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor,
    )
    from .v1_admin_integrations_integration_id_put_input_realpage_registered_vendor_ftp_credentials import (
        V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendorFtpCredentials,
    )
    from .v1_admin_integrations_integration_id_put_input_rent_manager_production import (
        V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction,
    )
    from .v1_admin_integrations_integration_id_put_input_rent_manager_sandbox import (
        V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox,
    )
    from .v1_admin_integrations_integration_id_put_input_rentvine import (
        V1AdminIntegrationsIntegrationIdPutInputRentvine,
    )
    from .v1_admin_integrations_integration_id_put_input_resman import V1AdminIntegrationsIntegrationIdPutInputResman
    from .v1_admin_integrations_integration_id_put_input_sample_1 import V1AdminIntegrationsIntegrationIdPutInputSample1
    from .v1_admin_integrations_integration_id_put_input_sample_1_common_data import (
        V1AdminIntegrationsIntegrationIdPutInputSample1CommonData,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_1_guest_card import (
        V1AdminIntegrationsIntegrationIdPutInputSample1GuestCard,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_1_job_cost import (
        V1AdminIntegrationsIntegrationIdPutInputSample1JobCost,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_1_resident_transactions import (
        V1AdminIntegrationsIntegrationIdPutInputSample1ResidentTransactions,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_1_service_requests import (
        V1AdminIntegrationsIntegrationIdPutInputSample1ServiceRequests,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_1_vendor_invoicing import (
        V1AdminIntegrationsIntegrationIdPutInputSample1VendorInvoicing,
    )
    from .v1_admin_integrations_integration_id_put_input_sample_2 import V1AdminIntegrationsIntegrationIdPutInputSample2
    from .v1_admin_integrations_integration_id_put_input_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutInputSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_input_system import V1AdminIntegrationsIntegrationIdPutInputSystem
    from .v1_admin_integrations_integration_id_put_output import V1AdminIntegrationsIntegrationIdPutOutput
    from .v1_admin_integrations_integration_id_put_output_result import V1AdminIntegrationsIntegrationIdPutOutputResult
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncSchedule,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleInterval,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday_slots_item import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_timezone import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleTimezone,
    )
    from .v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_type import (
        V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType,
    )
    from .v1_admin_integrations_integration_id_put_output_result_max_request_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_sync_cadence import (
        V1AdminIntegrationsIntegrationIdPutOutputResultSyncCadence,
    )
    from .v1_admin_integrations_integration_id_put_output_result_system import (
        V1AdminIntegrationsIntegrationIdPutOutputResultSystem,
    )
    from .v1_admin_integrations_integration_id_rate_limits_get_input import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetInput,
    )
    from .v1_admin_integrations_integration_id_rate_limits_get_output import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutput,
    )
    from .v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0 import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0,
    )
    from .v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0_api_ratelimits_item import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem,
    )
    from .v1_admin_integrations_integration_id_rate_limits_get_output_results_type_1 import (
        V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1,
    )
    from .v1_admin_integrations_post_input import V1AdminIntegrationsPostInput
    from .v1_admin_integrations_post_input_buildium import V1AdminIntegrationsPostInputBuildium
    from .v1_admin_integrations_post_input_credentials_type_0 import V1AdminIntegrationsPostInputCredentialsType0
    from .v1_admin_integrations_post_input_custom_sync_schedule import V1AdminIntegrationsPostInputCustomSyncSchedule
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval import (
        V1AdminIntegrationsPostInputCustomSyncScheduleInterval,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_friday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_friday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_monday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_monday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday_slots_item import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_timezone import (
        V1AdminIntegrationsPostInputCustomSyncScheduleTimezone,
    )
    from .v1_admin_integrations_post_input_custom_sync_schedule_type import (
        V1AdminIntegrationsPostInputCustomSyncScheduleType,
    )
    from .v1_admin_integrations_post_input_entrata import V1AdminIntegrationsPostInputEntrata
    from .v1_admin_integrations_post_input_knock import V1AdminIntegrationsPostInputKnock
    from .v1_admin_integrations_post_input_max_request_cadence import V1AdminIntegrationsPostInputMaxRequestCadence
    from .v1_admin_integrations_post_input_mri import V1AdminIntegrationsPostInputMRI
    from .v1_admin_integrations_post_input_propertyware_rest import V1AdminIntegrationsPostInputPropertywareREST
    from .v1_admin_integrations_post_input_propertyware_soap import V1AdminIntegrationsPostInputPropertywareSOAP
    from .v1_admin_integrations_post_input_realpage_partner_exchange import (
        V1AdminIntegrationsPostInputRealpagePartnerExchange,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getactivitytypes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleaseinfo import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getlocationlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentledger import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsitelist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsubscriptions import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunits import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertactivity import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertfollowup import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_postsinglecharge import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_prospectsearch import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_transactioncodes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_unitlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from .v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )
    from .v1_admin_integrations_post_input_realpage_registered_vendor import (
        V1AdminIntegrationsPostInputRealpageRegisteredVendor,
    )
    from .v1_admin_integrations_post_input_realpage_registered_vendor_ftp_credentials import (
        V1AdminIntegrationsPostInputRealpageRegisteredVendorFtpCredentials,
    )
    from .v1_admin_integrations_post_input_rent_manager_production import (
        V1AdminIntegrationsPostInputRentManagerProduction,
    )
    from .v1_admin_integrations_post_input_rent_manager_sandbox import V1AdminIntegrationsPostInputRentManagerSandbox
    from .v1_admin_integrations_post_input_rentvine import V1AdminIntegrationsPostInputRentvine
    from .v1_admin_integrations_post_input_resman import V1AdminIntegrationsPostInputResman
    from .v1_admin_integrations_post_input_sample_1 import V1AdminIntegrationsPostInputSample1
    from .v1_admin_integrations_post_input_sample_1_common_data import V1AdminIntegrationsPostInputSample1CommonData
    from .v1_admin_integrations_post_input_sample_1_guest_card import V1AdminIntegrationsPostInputSample1GuestCard
    from .v1_admin_integrations_post_input_sample_1_job_cost import V1AdminIntegrationsPostInputSample1JobCost
    from .v1_admin_integrations_post_input_sample_1_resident_transactions import (
        V1AdminIntegrationsPostInputSample1ResidentTransactions,
    )
    from .v1_admin_integrations_post_input_sample_1_service_requests import (
        V1AdminIntegrationsPostInputSample1ServiceRequests,
    )
    from .v1_admin_integrations_post_input_sample_1_vendor_invoicing import (
        V1AdminIntegrationsPostInputSample1VendorInvoicing,
    )
    from .v1_admin_integrations_post_input_sample_2 import V1AdminIntegrationsPostInputSample2
    from .v1_admin_integrations_post_input_sync_cadence import V1AdminIntegrationsPostInputSyncCadence
    from .v1_admin_integrations_post_input_system import V1AdminIntegrationsPostInputSystem
    from .v1_admin_integrations_post_output import V1AdminIntegrationsPostOutput
    from .v1_admin_integrations_post_output_result import V1AdminIntegrationsPostOutputResult
    from .v1_admin_integrations_post_output_result_custom_sync_schedule import (
        V1AdminIntegrationsPostOutputResultCustomSyncSchedule,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleInterval,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAY,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday_slots_item import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_timezone import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleTimezone,
    )
    from .v1_admin_integrations_post_output_result_custom_sync_schedule_type import (
        V1AdminIntegrationsPostOutputResultCustomSyncScheduleType,
    )
    from .v1_admin_integrations_post_output_result_max_request_cadence import (
        V1AdminIntegrationsPostOutputResultMaxRequestCadence,
    )
    from .v1_admin_integrations_post_output_result_ping_results import V1AdminIntegrationsPostOutputResultPingResults
    from .v1_admin_integrations_post_output_result_sync_cadence import V1AdminIntegrationsPostOutputResultSyncCadence
    from .v1_admin_integrations_post_output_result_system import V1AdminIntegrationsPostOutputResultSystem
    from .v1_admin_integrations_post_output_result_vendor import V1AdminIntegrationsPostOutputResultVendor
    from .v1_admin_job_logs_job_log_id_data_get_input import V1AdminJobLogsJobLogIdDataGetInput
    from .v1_admin_job_logs_job_log_id_data_get_output import V1AdminJobLogsJobLogIdDataGetOutput
    from .v1_admin_job_logs_job_log_id_get_input import V1AdminJobLogsJobLogIdGetInput
    from .v1_admin_job_logs_job_log_id_get_output import V1AdminJobLogsJobLogIdGetOutput
    from .v1_admin_job_logs_job_log_id_get_output_results import V1AdminJobLogsJobLogIdGetOutputResults
    from .v1_admin_logs_jobs_get_input import V1AdminLogsJobsGetInput
    from .v1_admin_logs_jobs_get_input_status import V1AdminLogsJobsGetInputStatus
    from .v1_admin_logs_jobs_get_output import V1AdminLogsJobsGetOutput
    from .v1_admin_logs_jobs_get_output_results_item import V1AdminLogsJobsGetOutputResultsItem
    from .v1_admin_logs_jobs_id_get_input import V1AdminLogsJobsIdGetInput
    from .v1_admin_logs_jobs_id_get_output import V1AdminLogsJobsIdGetOutput
    from .v1_admin_logs_jobs_id_get_output_results_item import V1AdminLogsJobsIdGetOutputResultsItem
    from .v1_admin_logs_writes_get_input import V1AdminLogsWritesGetInput
    from .v1_admin_logs_writes_get_input_status import V1AdminLogsWritesGetInputStatus
    from .v1_admin_logs_writes_get_input_time_range import V1AdminLogsWritesGetInputTimeRange
    from .v1_admin_logs_writes_get_input_write_category import V1AdminLogsWritesGetInputWriteCategory
    from .v1_admin_logs_writes_get_output import V1AdminLogsWritesGetOutput
    from .v1_admin_logs_writes_get_output_results import V1AdminLogsWritesGetOutputResults
    from .v1_admin_logs_writes_get_output_results_logs_item import V1AdminLogsWritesGetOutputResultsLogsItem
    from .v1_admin_logs_writes_get_output_results_logs_item_status import (
        V1AdminLogsWritesGetOutputResultsLogsItemStatus,
    )
    from .v1_admin_logs_writes_get_output_results_logs_item_vendor import (
        V1AdminLogsWritesGetOutputResultsLogsItemVendor,
    )
    from .v1_admin_normalization_model_field_get_input import V1AdminNormalizationModelFieldGetInput
    from .v1_admin_normalization_model_field_get_output import V1AdminNormalizationModelFieldGetOutput
    from .v1_admin_normalization_model_field_get_output_results import V1AdminNormalizationModelFieldGetOutputResults
    from .v1_admin_normalization_model_field_get_output_results_mappings import (
        V1AdminNormalizationModelFieldGetOutputResultsMappings,
    )
    from .v1_admin_retry_write_root_job_id_post_input import V1AdminRetryWriteRootJobIdPostInput
    from .v1_admin_retry_write_root_job_id_post_output import V1AdminRetryWriteRootJobIdPostOutput
    from .v1_admin_users_get_input import V1AdminUsersGetInput
    from .v1_admin_users_get_output import V1AdminUsersGetOutput
    from .v1_admin_users_get_output_results_item import V1AdminUsersGetOutputResultsItem
    from .v1_admin_users_get_output_results_item_roles_item import V1AdminUsersGetOutputResultsItemRolesItem
    from .v1_admin_users_id_get_input import V1AdminUsersIdGetInput
    from .v1_admin_users_id_get_output import V1AdminUsersIdGetOutput
    from .v1_admin_users_id_get_output_results_type_0 import V1AdminUsersIdGetOutputResultsType0
    from .v1_admin_users_id_get_output_results_type_0_roles_item import V1AdminUsersIdGetOutputResultsType0RolesItem
    from .v1_admin_write_status_root_job_id_get_input import V1AdminWriteStatusRootJobIdGetInput
    from .v1_admin_write_status_root_job_id_get_output import V1AdminWriteStatusRootJobIdGetOutput
    from .v1_admin_write_status_root_job_id_get_output_write_status import (
        V1AdminWriteStatusRootJobIdGetOutputWriteStatus,
    )
    from .v1_amenities_amenity_id_get_input import V1AmenitiesAmenityIdGetInput
    from .v1_amenities_amenity_id_get_output import V1AmenitiesAmenityIdGetOutput
    from .v1_amenities_amenity_id_get_output_results import V1AmenitiesAmenityIdGetOutputResults
    from .v1_amenities_amenity_id_get_output_results_custom_data_type_0 import (
        V1AmenitiesAmenityIdGetOutputResultsCustomDataType0,
    )
    from .v1_amenities_amenity_id_get_output_results_meta_data_type_0 import (
        V1AmenitiesAmenityIdGetOutputResultsMetaDataType0,
    )
    from .v1_amenities_amenity_id_get_output_results_name_normalized import (
        V1AmenitiesAmenityIdGetOutputResultsNameNormalized,
    )
    from .v1_amenities_amenity_id_get_output_results_units_item import V1AmenitiesAmenityIdGetOutputResultsUnitsItem
    from .v1_amenities_amenity_id_put_input import V1AmenitiesAmenityIdPutInput
    from .v1_amenities_amenity_id_put_output import V1AmenitiesAmenityIdPutOutput
    from .v1_amenities_amenity_id_put_output_data import V1AmenitiesAmenityIdPutOutputData
    from .v1_amenities_get_input import V1AmenitiesGetInput
    from .v1_amenities_get_output import V1AmenitiesGetOutput
    from .v1_amenities_get_output_results_item import V1AmenitiesGetOutputResultsItem
    from .v1_amenities_get_output_results_item_custom_data_type_0 import V1AmenitiesGetOutputResultsItemCustomDataType0
    from .v1_amenities_get_output_results_item_meta_data_type_0 import V1AmenitiesGetOutputResultsItemMetaDataType0
    from .v1_amenities_get_output_results_item_name_normalized import V1AmenitiesGetOutputResultsItemNameNormalized
    from .v1_amenities_get_output_results_item_units_item import V1AmenitiesGetOutputResultsItemUnitsItem
    from .v1_amenities_post_input import V1AmenitiesPostInput
    from .v1_amenities_post_output import V1AmenitiesPostOutput
    from .v1_amenities_post_output_data import V1AmenitiesPostOutputData
    from .v1_amenities_properties_id_post_input import V1AmenitiesPropertiesIdPostInput
    from .v1_amenities_properties_id_post_input_custom_data import V1AmenitiesPropertiesIdPostInputCustomData
    from .v1_amenities_properties_id_post_input_vendor import V1AmenitiesPropertiesIdPostInputVendor
    from .v1_amenities_properties_id_post_output import V1AmenitiesPropertiesIdPostOutput
    from .v1_amenities_properties_id_post_output_data import V1AmenitiesPropertiesIdPostOutputData
    from .v1_amenities_properties_id_put_input import V1AmenitiesPropertiesIdPutInput
    from .v1_amenities_properties_id_put_input_features_item import V1AmenitiesPropertiesIdPutInputFeaturesItem
    from .v1_amenities_properties_id_put_input_included_in_rent_item import (
        V1AmenitiesPropertiesIdPutInputIncludedInRentItem,
    )
    from .v1_amenities_properties_id_put_output import V1AmenitiesPropertiesIdPutOutput
    from .v1_amenities_properties_id_put_output_data import V1AmenitiesPropertiesIdPutOutputData
    from .v1_amenities_units_id_post_input import V1AmenitiesUnitsIdPostInput
    from .v1_amenities_units_id_post_input_custom_data import V1AmenitiesUnitsIdPostInputCustomData
    from .v1_amenities_units_id_post_input_vendor import V1AmenitiesUnitsIdPostInputVendor
    from .v1_amenities_units_id_post_output import V1AmenitiesUnitsIdPostOutput
    from .v1_amenities_units_id_post_output_data import V1AmenitiesUnitsIdPostOutputData
    from .v1_amenities_units_id_put_input import V1AmenitiesUnitsIdPutInput
    from .v1_amenities_units_id_put_input_features_item import V1AmenitiesUnitsIdPutInputFeaturesItem
    from .v1_amenities_units_id_put_output import V1AmenitiesUnitsIdPutOutput
    from .v1_amenities_units_id_put_output_data import V1AmenitiesUnitsIdPutOutputData
    from .v1_applicants_get_input import V1ApplicantsGetInput
    from .v1_applicants_get_output import V1ApplicantsGetOutput
    from .v1_applicants_id_get_input import V1ApplicantsIdGetInput
    from .v1_applicants_id_get_output import V1ApplicantsIdGetOutput
    from .v1_applicants_id_put_input import V1ApplicantsIdPutInput
    from .v1_applicants_id_put_input_add_ons_item import V1ApplicantsIdPutInputAddOnsItem
    from .v1_applicants_id_put_input_address_history_item import V1ApplicantsIdPutInputAddressHistoryItem
    from .v1_applicants_id_put_input_address_history_item_address_type import (
        V1ApplicantsIdPutInputAddressHistoryItemAddressType,
    )
    from .v1_applicants_id_put_input_address_history_item_country import V1ApplicantsIdPutInputAddressHistoryItemCountry
    from .v1_applicants_id_put_input_address_history_item_manager_type import (
        V1ApplicantsIdPutInputAddressHistoryItemManagerType,
    )
    from .v1_applicants_id_put_input_address_history_item_state import V1ApplicantsIdPutInputAddressHistoryItemState
    from .v1_applicants_id_put_input_applicant_status import V1ApplicantsIdPutInputApplicantStatus
    from .v1_applicants_id_put_input_application_references_item import V1ApplicantsIdPutInputApplicationReferencesItem
    from .v1_applicants_id_put_input_application_status import V1ApplicantsIdPutInputApplicationStatus
    from .v1_applicants_id_put_input_assistance import V1ApplicantsIdPutInputAssistance
    from .v1_applicants_id_put_input_attachments_item import V1ApplicantsIdPutInputAttachmentsItem
    from .v1_applicants_id_put_input_bank_accounts_item import V1ApplicantsIdPutInputBankAccountsItem
    from .v1_applicants_id_put_input_bank_accounts_item_account_type import (
        V1ApplicantsIdPutInputBankAccountsItemAccountType,
    )
    from .v1_applicants_id_put_input_credit_cards_item import V1ApplicantsIdPutInputCreditCardsItem
    from .v1_applicants_id_put_input_emergency_contacts_item import V1ApplicantsIdPutInputEmergencyContactsItem
    from .v1_applicants_id_put_input_employment_history_item import V1ApplicantsIdPutInputEmploymentHistoryItem
    from .v1_applicants_id_put_input_events_item import V1ApplicantsIdPutInputEventsItem
    from .v1_applicants_id_put_input_marital_status import V1ApplicantsIdPutInputMaritalStatus
    from .v1_applicants_id_put_input_other_income_item import V1ApplicantsIdPutInputOtherIncomeItem
    from .v1_applicants_id_put_input_other_occupants_item import V1ApplicantsIdPutInputOtherOccupantsItem
    from .v1_applicants_id_put_input_other_occupants_item_relationship import (
        V1ApplicantsIdPutInputOtherOccupantsItemRelationship,
    )
    from .v1_applicants_id_put_input_pets_item import V1ApplicantsIdPutInputPetsItem
    from .v1_applicants_id_put_input_pets_item_gender import V1ApplicantsIdPutInputPetsItemGender
    from .v1_applicants_id_put_input_phone_1_type import V1ApplicantsIdPutInputPhone1Type
    from .v1_applicants_id_put_input_phone_2_type import V1ApplicantsIdPutInputPhone2Type
    from .v1_applicants_id_put_input_phone_3_type import V1ApplicantsIdPutInputPhone3Type
    from .v1_applicants_id_put_input_status import V1ApplicantsIdPutInputStatus
    from .v1_applicants_id_put_input_type import V1ApplicantsIdPutInputType
    from .v1_applicants_id_put_input_vehicles_item import V1ApplicantsIdPutInputVehiclesItem
    from .v1_applicants_id_put_output import V1ApplicantsIdPutOutput
    from .v1_applicants_id_put_output_data import V1ApplicantsIdPutOutputData
    from .v1_applicants_id_rentable_items_get_input import V1ApplicantsIdRentableItemsGetInput
    from .v1_applicants_id_rentable_items_get_output import V1ApplicantsIdRentableItemsGetOutput
    from .v1_applicants_post_input import V1ApplicantsPostInput
    from .v1_applicants_post_input_add_ons_item import V1ApplicantsPostInputAddOnsItem
    from .v1_applicants_post_input_address_history_item import V1ApplicantsPostInputAddressHistoryItem
    from .v1_applicants_post_input_address_history_item_address_type import (
        V1ApplicantsPostInputAddressHistoryItemAddressType,
    )
    from .v1_applicants_post_input_address_history_item_country import V1ApplicantsPostInputAddressHistoryItemCountry
    from .v1_applicants_post_input_address_history_item_manager_type import (
        V1ApplicantsPostInputAddressHistoryItemManagerType,
    )
    from .v1_applicants_post_input_address_history_item_state import V1ApplicantsPostInputAddressHistoryItemState
    from .v1_applicants_post_input_applicant_status import V1ApplicantsPostInputApplicantStatus
    from .v1_applicants_post_input_application_references_item import V1ApplicantsPostInputApplicationReferencesItem
    from .v1_applicants_post_input_application_status import V1ApplicantsPostInputApplicationStatus
    from .v1_applicants_post_input_assistance import V1ApplicantsPostInputAssistance
    from .v1_applicants_post_input_attachments_item import V1ApplicantsPostInputAttachmentsItem
    from .v1_applicants_post_input_bank_accounts_item import V1ApplicantsPostInputBankAccountsItem
    from .v1_applicants_post_input_bank_accounts_item_account_type import (
        V1ApplicantsPostInputBankAccountsItemAccountType,
    )
    from .v1_applicants_post_input_credit_cards_item import V1ApplicantsPostInputCreditCardsItem
    from .v1_applicants_post_input_custom_data import V1ApplicantsPostInputCustomData
    from .v1_applicants_post_input_emergency_contacts_item import V1ApplicantsPostInputEmergencyContactsItem
    from .v1_applicants_post_input_employment_history_item import V1ApplicantsPostInputEmploymentHistoryItem
    from .v1_applicants_post_input_events_item import V1ApplicantsPostInputEventsItem
    from .v1_applicants_post_input_events_item_event_name import V1ApplicantsPostInputEventsItemEventName
    from .v1_applicants_post_input_marital_status import V1ApplicantsPostInputMaritalStatus
    from .v1_applicants_post_input_other_income_item import V1ApplicantsPostInputOtherIncomeItem
    from .v1_applicants_post_input_other_occupants_item import V1ApplicantsPostInputOtherOccupantsItem
    from .v1_applicants_post_input_other_occupants_item_relationship import (
        V1ApplicantsPostInputOtherOccupantsItemRelationship,
    )
    from .v1_applicants_post_input_pets_item import V1ApplicantsPostInputPetsItem
    from .v1_applicants_post_input_pets_item_gender import V1ApplicantsPostInputPetsItemGender
    from .v1_applicants_post_input_phone_1_type import V1ApplicantsPostInputPhone1Type
    from .v1_applicants_post_input_phone_2_type import V1ApplicantsPostInputPhone2Type
    from .v1_applicants_post_input_phone_3_type import V1ApplicantsPostInputPhone3Type
    from .v1_applicants_post_input_status import V1ApplicantsPostInputStatus
    from .v1_applicants_post_input_type import V1ApplicantsPostInputType
    from .v1_applicants_post_input_vehicles_item import V1ApplicantsPostInputVehiclesItem
    from .v1_applicants_post_output import V1ApplicantsPostOutput
    from .v1_applicants_post_output_data import V1ApplicantsPostOutputData
    from .v1_application_statuses_application_status_id_get_input import (
        V1ApplicationStatusesApplicationStatusIdGetInput,
    )
    from .v1_application_statuses_application_status_id_get_output import (
        V1ApplicationStatusesApplicationStatusIdGetOutput,
    )
    from .v1_application_statuses_get_input import V1ApplicationStatusesGetInput
    from .v1_application_statuses_get_output import V1ApplicationStatusesGetOutput
    from .v1_application_templates_application_template_id_get_input import (
        V1ApplicationTemplatesApplicationTemplateIdGetInput,
    )
    from .v1_application_templates_application_template_id_get_output import (
        V1ApplicationTemplatesApplicationTemplateIdGetOutput,
    )
    from .v1_application_templates_get_input import V1ApplicationTemplatesGetInput
    from .v1_application_templates_get_output import V1ApplicationTemplatesGetOutput
    from .v1_applications_get_input import V1ApplicationsGetInput
    from .v1_applications_get_output import V1ApplicationsGetOutput
    from .v1_applications_id_get_input import V1ApplicationsIdGetInput
    from .v1_applications_id_get_output import V1ApplicationsIdGetOutput
    from .v1_applications_id_put_input import V1ApplicationsIdPutInput
    from .v1_applications_id_put_input_add_ons_item import V1ApplicationsIdPutInputAddOnsItem
    from .v1_applications_id_put_input_address_history_item import V1ApplicationsIdPutInputAddressHistoryItem
    from .v1_applications_id_put_input_address_history_item_country_type_0 import (
        V1ApplicationsIdPutInputAddressHistoryItemCountryType0,
    )
    from .v1_applications_id_put_input_address_history_item_state import V1ApplicationsIdPutInputAddressHistoryItemState
    from .v1_applications_id_put_input_application_fees_item import V1ApplicationsIdPutInputApplicationFeesItem
    from .v1_applications_id_put_input_application_status import V1ApplicationsIdPutInputApplicationStatus
    from .v1_applications_id_put_input_attachments_item import V1ApplicationsIdPutInputAttachmentsItem
    from .v1_applications_id_put_input_concession_fees_item import V1ApplicationsIdPutInputConcessionFeesItem
    from .v1_applications_id_put_input_emergency_contacts_item import V1ApplicationsIdPutInputEmergencyContactsItem
    from .v1_applications_id_put_input_emergency_contacts_item_country_type_0 import (
        V1ApplicationsIdPutInputEmergencyContactsItemCountryType0,
    )
    from .v1_applications_id_put_input_emergency_contacts_item_relationship import (
        V1ApplicationsIdPutInputEmergencyContactsItemRelationship,
    )
    from .v1_applications_id_put_input_emergency_contacts_item_state import (
        V1ApplicationsIdPutInputEmergencyContactsItemState,
    )
    from .v1_applications_id_put_input_employment_history_item import V1ApplicationsIdPutInputEmploymentHistoryItem
    from .v1_applications_id_put_input_employment_history_item_state import (
        V1ApplicationsIdPutInputEmploymentHistoryItemState,
    )
    from .v1_applications_id_put_input_events_item import V1ApplicationsIdPutInputEventsItem
    from .v1_applications_id_put_input_marital_status import V1ApplicationsIdPutInputMaritalStatus
    from .v1_applications_id_put_input_other_income_item import V1ApplicationsIdPutInputOtherIncomeItem
    from .v1_applications_id_put_input_other_occupants_item import V1ApplicationsIdPutInputOtherOccupantsItem
    from .v1_applications_id_put_input_other_occupants_item_phone_1_type import (
        V1ApplicationsIdPutInputOtherOccupantsItemPhone1Type,
    )
    from .v1_applications_id_put_input_other_occupants_item_phone_2_type import (
        V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type,
    )
    from .v1_applications_id_put_input_other_occupants_item_relationship import (
        V1ApplicationsIdPutInputOtherOccupantsItemRelationship,
    )
    from .v1_applications_id_put_input_other_occupants_item_state import V1ApplicationsIdPutInputOtherOccupantsItemState
    from .v1_applications_id_put_input_pets_item import V1ApplicationsIdPutInputPetsItem
    from .v1_applications_id_put_input_phone_1_type import V1ApplicationsIdPutInputPhone1Type
    from .v1_applications_id_put_input_phone_2_type import V1ApplicationsIdPutInputPhone2Type
    from .v1_applications_id_put_input_status import V1ApplicationsIdPutInputStatus
    from .v1_applications_id_put_input_vehicles_item import V1ApplicationsIdPutInputVehiclesItem
    from .v1_applications_id_put_input_vehicles_item_license_plate_state import (
        V1ApplicationsIdPutInputVehiclesItemLicensePlateState,
    )
    from .v1_applications_id_put_output import V1ApplicationsIdPutOutput
    from .v1_applications_id_put_output_data import V1ApplicationsIdPutOutputData
    from .v1_applications_post_input import V1ApplicationsPostInput
    from .v1_applications_post_input_add_ons_item import V1ApplicationsPostInputAddOnsItem
    from .v1_applications_post_input_address_history_item import V1ApplicationsPostInputAddressHistoryItem
    from .v1_applications_post_input_address_history_item_country_type_0 import (
        V1ApplicationsPostInputAddressHistoryItemCountryType0,
    )
    from .v1_applications_post_input_address_history_item_state import V1ApplicationsPostInputAddressHistoryItemState
    from .v1_applications_post_input_application_fees_item import V1ApplicationsPostInputApplicationFeesItem
    from .v1_applications_post_input_application_references_item import V1ApplicationsPostInputApplicationReferencesItem
    from .v1_applications_post_input_application_status import V1ApplicationsPostInputApplicationStatus
    from .v1_applications_post_input_assistance import V1ApplicationsPostInputAssistance
    from .v1_applications_post_input_attachments_item import V1ApplicationsPostInputAttachmentsItem
    from .v1_applications_post_input_bank_accounts_item import V1ApplicationsPostInputBankAccountsItem
    from .v1_applications_post_input_bank_accounts_item_account_type import (
        V1ApplicationsPostInputBankAccountsItemAccountType,
    )
    from .v1_applications_post_input_concession_fees_item import V1ApplicationsPostInputConcessionFeesItem
    from .v1_applications_post_input_credit_cards_item import V1ApplicationsPostInputCreditCardsItem
    from .v1_applications_post_input_emergency_contacts_item import V1ApplicationsPostInputEmergencyContactsItem
    from .v1_applications_post_input_emergency_contacts_item_country_type_0 import (
        V1ApplicationsPostInputEmergencyContactsItemCountryType0,
    )
    from .v1_applications_post_input_emergency_contacts_item_relationship import (
        V1ApplicationsPostInputEmergencyContactsItemRelationship,
    )
    from .v1_applications_post_input_emergency_contacts_item_state import (
        V1ApplicationsPostInputEmergencyContactsItemState,
    )
    from .v1_applications_post_input_employment_history_item import V1ApplicationsPostInputEmploymentHistoryItem
    from .v1_applications_post_input_employment_history_item_state import (
        V1ApplicationsPostInputEmploymentHistoryItemState,
    )
    from .v1_applications_post_input_marital_status import V1ApplicationsPostInputMaritalStatus
    from .v1_applications_post_input_other_income_item import V1ApplicationsPostInputOtherIncomeItem
    from .v1_applications_post_input_other_occupants_item import V1ApplicationsPostInputOtherOccupantsItem
    from .v1_applications_post_input_other_occupants_item_phone_1_type import (
        V1ApplicationsPostInputOtherOccupantsItemPhone1Type,
    )
    from .v1_applications_post_input_other_occupants_item_phone_2_type import (
        V1ApplicationsPostInputOtherOccupantsItemPhone2Type,
    )
    from .v1_applications_post_input_other_occupants_item_relationship import (
        V1ApplicationsPostInputOtherOccupantsItemRelationship,
    )
    from .v1_applications_post_input_other_occupants_item_state import V1ApplicationsPostInputOtherOccupantsItemState
    from .v1_applications_post_input_pets_item import V1ApplicationsPostInputPetsItem
    from .v1_applications_post_input_phone_1_type import V1ApplicationsPostInputPhone1Type
    from .v1_applications_post_input_phone_2_type import V1ApplicationsPostInputPhone2Type
    from .v1_applications_post_input_phone_3_type import V1ApplicationsPostInputPhone3Type
    from .v1_applications_post_input_status import V1ApplicationsPostInputStatus
    from .v1_applications_post_input_type import V1ApplicationsPostInputType
    from .v1_applications_post_input_vehicles_item import V1ApplicationsPostInputVehiclesItem
    from .v1_applications_post_input_vehicles_item_license_plate_state import (
        V1ApplicationsPostInputVehiclesItemLicensePlateState,
    )
    from .v1_applications_post_output import V1ApplicationsPostOutput
    from .v1_applications_post_output_data import V1ApplicationsPostOutputData
    from .v1_appointment_availability_post_input import V1AppointmentAvailabilityPostInput
    from .v1_appointment_availability_post_input_calendar_types_item import (
        V1AppointmentAvailabilityPostInputCalendarTypesItem,
    )
    from .v1_appointment_availability_post_output import V1AppointmentAvailabilityPostOutput
    from .v1_appointment_availability_post_output_meta import V1AppointmentAvailabilityPostOutputMeta
    from .v1_appointment_availability_post_output_result_item import V1AppointmentAvailabilityPostOutputResultItem
    from .v1_appointment_availability_post_output_result_item_calendar_days_item import (
        V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItem,
    )
    from .v1_appointment_availability_post_output_result_item_calendar_days_item_available_slots_item_type_0 import (
        V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemAvailableSlotsItemType0,
    )
    from .v1_appointment_availability_post_output_result_item_calendar_days_item_simultaneous_appointment_mode import (
        V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode,
    )
    from .v1_appointment_availability_post_output_result_item_calendar_type import (
        V1AppointmentAvailabilityPostOutputResultItemCalendarType,
    )
    from .v1_appointments_get_input import V1AppointmentsGetInput
    from .v1_appointments_get_output import V1AppointmentsGetOutput
    from .v1_call_logs_call_log_id_get_input import V1CallLogsCallLogIdGetInput
    from .v1_call_logs_call_log_id_get_output import V1CallLogsCallLogIdGetOutput
    from .v1_call_logs_get_input import V1CallLogsGetInput
    from .v1_call_logs_get_output import V1CallLogsGetOutput
    from .v1_charge_codes_charge_code_id_get_input import V1ChargeCodesChargeCodeIdGetInput
    from .v1_charge_codes_charge_code_id_get_output import V1ChargeCodesChargeCodeIdGetOutput
    from .v1_charge_codes_get_input import V1ChargeCodesGetInput
    from .v1_charge_codes_get_output import V1ChargeCodesGetOutput
    from .v1_concessions_concession_id_get_input import V1ConcessionsConcessionIdGetInput
    from .v1_concessions_concession_id_get_output import V1ConcessionsConcessionIdGetOutput
    from .v1_concessions_get_input import V1ConcessionsGetInput
    from .v1_concessions_get_output import V1ConcessionsGetOutput
    from .v1_construction_jobs_construction_job_id_contracts_get_input import (
        V1ConstructionJobsConstructionJobIdContractsGetInput,
    )
    from .v1_construction_jobs_construction_job_id_contracts_get_output import (
        V1ConstructionJobsConstructionJobIdContractsGetOutput,
    )
    from .v1_construction_jobs_construction_job_id_details_get_input import (
        V1ConstructionJobsConstructionJobIdDetailsGetInput,
    )
    from .v1_construction_jobs_construction_job_id_details_get_output import (
        V1ConstructionJobsConstructionJobIdDetailsGetOutput,
    )
    from .v1_construction_jobs_construction_job_id_details_get_output_results_item import (
        V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItem,
    )
    from .v1_construction_jobs_construction_job_id_details_get_output_results_item_custom_data_type_0 import (
        V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItemCustomDataType0,
    )
    from .v1_construction_jobs_construction_job_id_get_input import V1ConstructionJobsConstructionJobIdGetInput
    from .v1_construction_jobs_construction_job_id_get_output import V1ConstructionJobsConstructionJobIdGetOutput
    from .v1_construction_jobs_construction_job_id_put_input import V1ConstructionJobsConstructionJobIdPutInput
    from .v1_construction_jobs_construction_job_id_put_output import V1ConstructionJobsConstructionJobIdPutOutput
    from .v1_construction_jobs_construction_job_id_put_output_data import (
        V1ConstructionJobsConstructionJobIdPutOutputData,
    )
    from .v1_construction_jobs_contracts_contract_id_details_get_input import (
        V1ConstructionJobsContractsContractIdDetailsGetInput,
    )
    from .v1_construction_jobs_contracts_contract_id_details_get_output import (
        V1ConstructionJobsContractsContractIdDetailsGetOutput,
    )
    from .v1_construction_jobs_get_input import V1ConstructionJobsGetInput
    from .v1_construction_jobs_get_output import V1ConstructionJobsGetOutput
    from .v1_construction_jobs_post_input import V1ConstructionJobsPostInput
    from .v1_construction_jobs_post_output import V1ConstructionJobsPostOutput
    from .v1_construction_jobs_post_output_data import V1ConstructionJobsPostOutputData
    from .v1_contracts_contract_id_put_input import V1ContractsContractIdPutInput
    from .v1_contracts_contract_id_put_output import V1ContractsContractIdPutOutput
    from .v1_contracts_contract_id_put_output_data import V1ContractsContractIdPutOutputData
    from .v1_contracts_post_input import V1ContractsPostInput
    from .v1_contracts_post_input_contract_details_item import V1ContractsPostInputContractDetailsItem
    from .v1_contracts_post_output import V1ContractsPostOutput
    from .v1_contracts_post_output_data import V1ContractsPostOutputData
    from .v1_deposit_summaries_deposit_summary_id_get_input import V1DepositSummariesDepositSummaryIdGetInput
    from .v1_deposit_summaries_deposit_summary_id_get_output import V1DepositSummariesDepositSummaryIdGetOutput
    from .v1_deposit_summaries_deposit_summary_id_get_output_results import (
        V1DepositSummariesDepositSummaryIdGetOutputResults,
    )
    from .v1_deposit_summaries_deposit_summary_id_get_output_results_custom_data_type_0 import (
        V1DepositSummariesDepositSummaryIdGetOutputResultsCustomDataType0,
    )
    from .v1_deposit_summaries_deposit_summary_id_get_output_results_integration_data_type_0 import (
        V1DepositSummariesDepositSummaryIdGetOutputResultsIntegrationDataType0,
    )
    from .v1_deposit_summaries_deposit_summary_id_put_input import V1DepositSummariesDepositSummaryIdPutInput
    from .v1_deposit_summaries_deposit_summary_id_put_input_payment_method import (
        V1DepositSummariesDepositSummaryIdPutInputPaymentMethod,
    )
    from .v1_deposit_summaries_deposit_summary_id_put_output import V1DepositSummariesDepositSummaryIdPutOutput
    from .v1_deposit_summaries_deposit_summary_id_put_output_data import V1DepositSummariesDepositSummaryIdPutOutputData
    from .v1_deposit_summaries_get_input import V1DepositSummariesGetInput
    from .v1_deposit_summaries_get_output import V1DepositSummariesGetOutput
    from .v1_deposit_summaries_get_output_results_item import V1DepositSummariesGetOutputResultsItem
    from .v1_deposit_summaries_get_output_results_item_custom_data_type_0 import (
        V1DepositSummariesGetOutputResultsItemCustomDataType0,
    )
    from .v1_deposit_summaries_get_output_results_item_integration_data_type_0 import (
        V1DepositSummariesGetOutputResultsItemIntegrationDataType0,
    )
    from .v1_deposits_get_input import V1DepositsGetInput
    from .v1_deposits_get_output import V1DepositsGetOutput
    from .v1_deposits_get_output_results_item import V1DepositsGetOutputResultsItem
    from .v1_deposits_get_output_results_item_custom_data_type_0 import V1DepositsGetOutputResultsItemCustomDataType0
    from .v1_deposits_get_output_results_item_integration_data_type_0 import (
        V1DepositsGetOutputResultsItemIntegrationDataType0,
    )
    from .v1_deposits_id_get_input import V1DepositsIdGetInput
    from .v1_deposits_id_get_output import V1DepositsIdGetOutput
    from .v1_deposits_id_get_output_results import V1DepositsIdGetOutputResults
    from .v1_deposits_id_get_output_results_custom_data_type_0 import V1DepositsIdGetOutputResultsCustomDataType0
    from .v1_deposits_id_get_output_results_integration_data_type_0 import (
        V1DepositsIdGetOutputResultsIntegrationDataType0,
    )
    from .v1_employees_employee_id_get_input import V1EmployeesEmployeeIdGetInput
    from .v1_employees_employee_id_get_output import V1EmployeesEmployeeIdGetOutput
    from .v1_employees_get_input import V1EmployeesGetInput
    from .v1_employees_get_output import V1EmployeesGetOutput
    from .v1_event_results_event_result_id_get_input import V1EventResultsEventResultIdGetInput
    from .v1_event_results_event_result_id_get_output import V1EventResultsEventResultIdGetOutput
    from .v1_event_results_get_input import V1EventResultsGetInput
    from .v1_event_results_get_output import V1EventResultsGetOutput
    from .v1_event_sub_types_event_sub_type_id_get_input import V1EventSubTypesEventSubTypeIdGetInput
    from .v1_event_sub_types_event_sub_type_id_get_output import V1EventSubTypesEventSubTypeIdGetOutput
    from .v1_event_sub_types_get_input import V1EventSubTypesGetInput
    from .v1_event_sub_types_get_output import V1EventSubTypesGetOutput
    from .v1_event_types_event_type_id_get_input import V1EventTypesEventTypeIdGetInput
    from .v1_event_types_event_type_id_get_output import V1EventTypesEventTypeIdGetOutput
    from .v1_event_types_get_input import V1EventTypesGetInput
    from .v1_event_types_get_output import V1EventTypesGetOutput
    from .v1_events_applicants_event_id_put_input import V1EventsApplicantsEventIdPutInput
    from .v1_events_applicants_event_id_put_input_status import V1EventsApplicantsEventIdPutInputStatus
    from .v1_events_applicants_event_id_put_output import V1EventsApplicantsEventIdPutOutput
    from .v1_events_applicants_event_id_put_output_data import V1EventsApplicantsEventIdPutOutputData
    from .v1_events_applicants_post_input import V1EventsApplicantsPostInput
    from .v1_events_applicants_post_input_call_status import V1EventsApplicantsPostInputCallStatus
    from .v1_events_applicants_post_input_event_name import V1EventsApplicantsPostInputEventName
    from .v1_events_applicants_post_input_event_type import V1EventsApplicantsPostInputEventType
    from .v1_events_applicants_post_input_status import V1EventsApplicantsPostInputStatus
    from .v1_events_applicants_post_output import V1EventsApplicantsPostOutput
    from .v1_events_applicants_post_output_data import V1EventsApplicantsPostOutputData
    from .v1_events_appointments_applicants_cancel_post_input import V1EventsAppointmentsApplicantsCancelPostInput
    from .v1_events_appointments_applicants_cancel_post_output import V1EventsAppointmentsApplicantsCancelPostOutput
    from .v1_events_appointments_applicants_cancel_post_output_data import (
        V1EventsAppointmentsApplicantsCancelPostOutputData,
    )
    from .v1_events_appointments_applicants_event_id_put_input import V1EventsAppointmentsApplicantsEventIdPutInput
    from .v1_events_appointments_applicants_event_id_put_input_appointment_type import (
        V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType,
    )
    from .v1_events_appointments_applicants_event_id_put_input_priority import (
        V1EventsAppointmentsApplicantsEventIdPutInputPriority,
    )
    from .v1_events_appointments_applicants_event_id_put_input_status import (
        V1EventsAppointmentsApplicantsEventIdPutInputStatus,
    )
    from .v1_events_appointments_applicants_event_id_put_output import V1EventsAppointmentsApplicantsEventIdPutOutput
    from .v1_events_appointments_applicants_event_id_put_output_data import (
        V1EventsAppointmentsApplicantsEventIdPutOutputData,
    )
    from .v1_events_appointments_applicants_post_input import V1EventsAppointmentsApplicantsPostInput
    from .v1_events_appointments_applicants_post_input_appointment_type import (
        V1EventsAppointmentsApplicantsPostInputAppointmentType,
    )
    from .v1_events_appointments_applicants_post_input_priority import V1EventsAppointmentsApplicantsPostInputPriority
    from .v1_events_appointments_applicants_post_input_status import V1EventsAppointmentsApplicantsPostInputStatus
    from .v1_events_appointments_applicants_post_output import V1EventsAppointmentsApplicantsPostOutput
    from .v1_events_appointments_applicants_post_output_data import V1EventsAppointmentsApplicantsPostOutputData
    from .v1_events_appointments_leads_cancel_post_input import V1EventsAppointmentsLeadsCancelPostInput
    from .v1_events_appointments_leads_cancel_post_output import V1EventsAppointmentsLeadsCancelPostOutput
    from .v1_events_appointments_leads_cancel_post_output_data import V1EventsAppointmentsLeadsCancelPostOutputData
    from .v1_events_appointments_leads_event_id_put_input import V1EventsAppointmentsLeadsEventIdPutInput
    from .v1_events_appointments_leads_event_id_put_input_appointment_type import (
        V1EventsAppointmentsLeadsEventIdPutInputAppointmentType,
    )
    from .v1_events_appointments_leads_event_id_put_input_priority import (
        V1EventsAppointmentsLeadsEventIdPutInputPriority,
    )
    from .v1_events_appointments_leads_event_id_put_input_status import V1EventsAppointmentsLeadsEventIdPutInputStatus
    from .v1_events_appointments_leads_event_id_put_output import V1EventsAppointmentsLeadsEventIdPutOutput
    from .v1_events_appointments_leads_event_id_put_output_data import V1EventsAppointmentsLeadsEventIdPutOutputData
    from .v1_events_appointments_leads_post_input import V1EventsAppointmentsLeadsPostInput
    from .v1_events_appointments_leads_post_input_appointment_type import (
        V1EventsAppointmentsLeadsPostInputAppointmentType,
    )
    from .v1_events_appointments_leads_post_input_priority import V1EventsAppointmentsLeadsPostInputPriority
    from .v1_events_appointments_leads_post_input_status import V1EventsAppointmentsLeadsPostInputStatus
    from .v1_events_appointments_leads_post_output import V1EventsAppointmentsLeadsPostOutput
    from .v1_events_appointments_leads_post_output_data import V1EventsAppointmentsLeadsPostOutputData
    from .v1_events_appointments_residents_cancel_post_input import V1EventsAppointmentsResidentsCancelPostInput
    from .v1_events_appointments_residents_cancel_post_output import V1EventsAppointmentsResidentsCancelPostOutput
    from .v1_events_appointments_residents_cancel_post_output_data import (
        V1EventsAppointmentsResidentsCancelPostOutputData,
    )
    from .v1_events_appointments_residents_event_id_put_input import V1EventsAppointmentsResidentsEventIdPutInput
    from .v1_events_appointments_residents_event_id_put_input_status import (
        V1EventsAppointmentsResidentsEventIdPutInputStatus,
    )
    from .v1_events_appointments_residents_event_id_put_output import V1EventsAppointmentsResidentsEventIdPutOutput
    from .v1_events_appointments_residents_event_id_put_output_data import (
        V1EventsAppointmentsResidentsEventIdPutOutputData,
    )
    from .v1_events_appointments_residents_post_input import V1EventsAppointmentsResidentsPostInput
    from .v1_events_appointments_residents_post_input_status import V1EventsAppointmentsResidentsPostInputStatus
    from .v1_events_appointments_residents_post_output import V1EventsAppointmentsResidentsPostOutput
    from .v1_events_appointments_residents_post_output_data import V1EventsAppointmentsResidentsPostOutputData
    from .v1_events_event_id_get_input import V1EventsEventIdGetInput
    from .v1_events_event_id_get_output import V1EventsEventIdGetOutput
    from .v1_events_get_input import V1EventsGetInput
    from .v1_events_get_output import V1EventsGetOutput
    from .v1_events_leads_event_id_put_input import V1EventsLeadsEventIdPutInput
    from .v1_events_leads_event_id_put_input_status import V1EventsLeadsEventIdPutInputStatus
    from .v1_events_leads_event_id_put_output import V1EventsLeadsEventIdPutOutput
    from .v1_events_leads_event_id_put_output_data import V1EventsLeadsEventIdPutOutputData
    from .v1_events_leads_post_input import V1EventsLeadsPostInput
    from .v1_events_leads_post_input_call_status import V1EventsLeadsPostInputCallStatus
    from .v1_events_leads_post_input_event_name import V1EventsLeadsPostInputEventName
    from .v1_events_leads_post_input_status import V1EventsLeadsPostInputStatus
    from .v1_events_leads_post_output import V1EventsLeadsPostOutput
    from .v1_events_leads_post_output_data import V1EventsLeadsPostOutputData
    from .v1_events_residents_event_id_put_input import V1EventsResidentsEventIdPutInput
    from .v1_events_residents_event_id_put_input_status import V1EventsResidentsEventIdPutInputStatus
    from .v1_events_residents_event_id_put_output import V1EventsResidentsEventIdPutOutput
    from .v1_events_residents_event_id_put_output_data import V1EventsResidentsEventIdPutOutputData
    from .v1_events_residents_post_input import V1EventsResidentsPostInput
    from .v1_events_residents_post_input_call_status import V1EventsResidentsPostInputCallStatus
    from .v1_events_residents_post_input_event_type import V1EventsResidentsPostInputEventType
    from .v1_events_residents_post_input_status import V1EventsResidentsPostInputStatus
    from .v1_events_residents_post_output import V1EventsResidentsPostOutput
    from .v1_events_residents_post_output_data import V1EventsResidentsPostOutputData
    from .v1_fees_fee_id_get_input import V1FeesFeeIdGetInput
    from .v1_fees_fee_id_get_output import V1FeesFeeIdGetOutput
    from .v1_fees_get_input import V1FeesGetInput
    from .v1_fees_get_output import V1FeesGetOutput
    from .v1_file_types_file_type_id_get_input import V1FileTypesFileTypeIdGetInput
    from .v1_file_types_file_type_id_get_output import V1FileTypesFileTypeIdGetOutput
    from .v1_file_types_get_input import V1FileTypesGetInput
    from .v1_file_types_get_output import V1FileTypesGetOutput
    from .v1_file_types_post_input import V1FileTypesPostInput
    from .v1_file_types_post_input_model import V1FileTypesPostInputModel
    from .v1_file_types_post_output import V1FileTypesPostOutput
    from .v1_file_types_post_output_data import V1FileTypesPostOutputData
    from .v1_financial_accounts_financial_account_id_get_input import V1FinancialAccountsFinancialAccountIdGetInput
    from .v1_financial_accounts_financial_account_id_get_output import V1FinancialAccountsFinancialAccountIdGetOutput
    from .v1_financial_accounts_get_input import V1FinancialAccountsGetInput
    from .v1_financial_accounts_get_output import V1FinancialAccountsGetOutput
    from .v1_floor_plans_floor_plan_id_get_input import V1FloorPlansFloorPlanIdGetInput
    from .v1_floor_plans_floor_plan_id_get_output import V1FloorPlansFloorPlanIdGetOutput
    from .v1_floor_plans_get_input import V1FloorPlansGetInput
    from .v1_floor_plans_get_output import V1FloorPlansGetOutput
    from .v1_invoices_get_input import V1InvoicesGetInput
    from .v1_invoices_get_output import V1InvoicesGetOutput
    from .v1_invoices_get_output_results_item import V1InvoicesGetOutputResultsItem
    from .v1_invoices_get_output_results_item_custom_data_type_0 import V1InvoicesGetOutputResultsItemCustomDataType0
    from .v1_invoices_get_output_results_item_invoice_items_item import V1InvoicesGetOutputResultsItemInvoiceItemsItem
    from .v1_invoices_invoice_id_get_input import V1InvoicesInvoiceIdGetInput
    from .v1_invoices_invoice_id_get_output import V1InvoicesInvoiceIdGetOutput
    from .v1_invoices_invoice_id_get_output_results import V1InvoicesInvoiceIdGetOutputResults
    from .v1_invoices_invoice_id_get_output_results_custom_data_type_0 import (
        V1InvoicesInvoiceIdGetOutputResultsCustomDataType0,
    )
    from .v1_invoices_invoice_id_get_output_results_invoice_items_item import (
        V1InvoicesInvoiceIdGetOutputResultsInvoiceItemsItem,
    )
    from .v1_invoices_invoice_id_put_input import V1InvoicesInvoiceIdPutInput
    from .v1_invoices_invoice_id_put_input_status import V1InvoicesInvoiceIdPutInputStatus
    from .v1_invoices_invoice_id_put_output import V1InvoicesInvoiceIdPutOutput
    from .v1_invoices_invoice_id_put_output_data import V1InvoicesInvoiceIdPutOutputData
    from .v1_invoices_post_input import V1InvoicesPostInput
    from .v1_invoices_post_input_attachments_item import V1InvoicesPostInputAttachmentsItem
    from .v1_invoices_post_input_invoice_items_item import V1InvoicesPostInputInvoiceItemsItem
    from .v1_invoices_post_output import V1InvoicesPostOutput
    from .v1_invoices_post_output_data import V1InvoicesPostOutputData
    from .v1_lead_relationships_get_input import V1LeadRelationshipsGetInput
    from .v1_lead_relationships_get_output import V1LeadRelationshipsGetOutput
    from .v1_lead_sources_get_input import V1LeadSourcesGetInput
    from .v1_lead_sources_get_output import V1LeadSourcesGetOutput
    from .v1_lead_sources_lead_source_id_get_input import V1LeadSourcesLeadSourceIdGetInput
    from .v1_lead_sources_lead_source_id_get_output import V1LeadSourcesLeadSourceIdGetOutput
    from .v1_leads_get_input import V1LeadsGetInput
    from .v1_leads_get_output import V1LeadsGetOutput
    from .v1_leads_id_get_input import V1LeadsIdGetInput
    from .v1_leads_id_get_output import V1LeadsIdGetOutput
    from .v1_leads_id_put_input import V1LeadsIdPutInput
    from .v1_leads_id_put_input_applicant_status import V1LeadsIdPutInputApplicantStatus
    from .v1_leads_id_put_input_events_item import V1LeadsIdPutInputEventsItem
    from .v1_leads_id_put_input_inactive_reason import V1LeadsIdPutInputInactiveReason
    from .v1_leads_id_put_input_phone_1_type import V1LeadsIdPutInputPhone1Type
    from .v1_leads_id_put_input_phone_2_type import V1LeadsIdPutInputPhone2Type
    from .v1_leads_id_put_input_status import V1LeadsIdPutInputStatus
    from .v1_leads_id_put_output import V1LeadsIdPutOutput
    from .v1_leads_id_put_output_data import V1LeadsIdPutOutputData
    from .v1_leads_id_rentable_items_get_input import V1LeadsIdRentableItemsGetInput
    from .v1_leads_id_rentable_items_get_output import V1LeadsIdRentableItemsGetOutput
    from .v1_leads_post_input import V1LeadsPostInput
    from .v1_leads_post_input_applicant_status import V1LeadsPostInputApplicantStatus
    from .v1_leads_post_input_events_item import V1LeadsPostInputEventsItem
    from .v1_leads_post_input_events_item_event_name import V1LeadsPostInputEventsItemEventName
    from .v1_leads_post_input_phone_1_type import V1LeadsPostInputPhone1Type
    from .v1_leads_post_input_phone_2_type import V1LeadsPostInputPhone2Type
    from .v1_leads_post_input_status import V1LeadsPostInputStatus
    from .v1_leads_post_output import V1LeadsPostOutput
    from .v1_leads_post_output_data import V1LeadsPostOutputData
    from .v1_lease_transfers_get_input import V1LeaseTransfersGetInput
    from .v1_lease_transfers_get_output import V1LeaseTransfersGetOutput
    from .v1_lease_transfers_lease_transfer_id_get_input import V1LeaseTransfersLeaseTransferIdGetInput
    from .v1_lease_transfers_lease_transfer_id_get_output import V1LeaseTransfersLeaseTransferIdGetOutput
    from .v1_leases_get_input import V1LeasesGetInput
    from .v1_leases_get_input_status_normalized import V1LeasesGetInputStatusNormalized
    from .v1_leases_get_output import V1LeasesGetOutput
    from .v1_leases_lease_id_get_input import V1LeasesLeaseIdGetInput
    from .v1_leases_lease_id_get_output import V1LeasesLeaseIdGetOutput
    from .v1_leases_lease_id_put_input import V1LeasesLeaseIdPutInput
    from .v1_leases_lease_id_put_input_address_history_item import V1LeasesLeaseIdPutInputAddressHistoryItem
    from .v1_leases_lease_id_put_input_address_history_item_country import (
        V1LeasesLeaseIdPutInputAddressHistoryItemCountry,
    )
    from .v1_leases_lease_id_put_input_address_history_item_state import V1LeasesLeaseIdPutInputAddressHistoryItemState
    from .v1_leases_lease_id_put_input_application_fees_item import V1LeasesLeaseIdPutInputApplicationFeesItem
    from .v1_leases_lease_id_put_input_concession_fees_item import V1LeasesLeaseIdPutInputConcessionFeesItem
    from .v1_leases_lease_id_put_input_emergency_contacts_item import V1LeasesLeaseIdPutInputEmergencyContactsItem
    from .v1_leases_lease_id_put_input_emergency_contacts_item_country import (
        V1LeasesLeaseIdPutInputEmergencyContactsItemCountry,
    )
    from .v1_leases_lease_id_put_input_emergency_contacts_item_relationship import (
        V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship,
    )
    from .v1_leases_lease_id_put_input_emergency_contacts_item_state import (
        V1LeasesLeaseIdPutInputEmergencyContactsItemState,
    )
    from .v1_leases_lease_id_put_input_employment_history_item import V1LeasesLeaseIdPutInputEmploymentHistoryItem
    from .v1_leases_lease_id_put_input_employment_history_item_state import (
        V1LeasesLeaseIdPutInputEmploymentHistoryItemState,
    )
    from .v1_leases_lease_id_put_input_marital_status import V1LeasesLeaseIdPutInputMaritalStatus
    from .v1_leases_lease_id_put_input_other_income_item import V1LeasesLeaseIdPutInputOtherIncomeItem
    from .v1_leases_lease_id_put_input_other_occupants_item import V1LeasesLeaseIdPutInputOtherOccupantsItem
    from .v1_leases_lease_id_put_input_other_occupants_item_phone_1_type import (
        V1LeasesLeaseIdPutInputOtherOccupantsItemPhone1Type,
    )
    from .v1_leases_lease_id_put_input_other_occupants_item_phone_2_type import (
        V1LeasesLeaseIdPutInputOtherOccupantsItemPhone2Type,
    )
    from .v1_leases_lease_id_put_input_other_occupants_item_relationship import (
        V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship,
    )
    from .v1_leases_lease_id_put_input_other_occupants_item_state import V1LeasesLeaseIdPutInputOtherOccupantsItemState
    from .v1_leases_lease_id_put_input_pets_item import V1LeasesLeaseIdPutInputPetsItem
    from .v1_leases_lease_id_put_input_phone_1_type import V1LeasesLeaseIdPutInputPhone1Type
    from .v1_leases_lease_id_put_input_phone_2_type import V1LeasesLeaseIdPutInputPhone2Type
    from .v1_leases_lease_id_put_input_status import V1LeasesLeaseIdPutInputStatus
    from .v1_leases_lease_id_put_input_tenants_item import V1LeasesLeaseIdPutInputTenantsItem
    from .v1_leases_lease_id_put_input_type import V1LeasesLeaseIdPutInputType
    from .v1_leases_lease_id_put_input_vehicles_item import V1LeasesLeaseIdPutInputVehiclesItem
    from .v1_leases_lease_id_put_output import V1LeasesLeaseIdPutOutput
    from .v1_leases_lease_id_put_output_data import V1LeasesLeaseIdPutOutputData
    from .v1_leases_post_input import V1LeasesPostInput
    from .v1_leases_post_input_address_history_item import V1LeasesPostInputAddressHistoryItem
    from .v1_leases_post_input_address_history_item_country_type_0 import (
        V1LeasesPostInputAddressHistoryItemCountryType0,
    )
    from .v1_leases_post_input_address_history_item_state import V1LeasesPostInputAddressHistoryItemState
    from .v1_leases_post_input_application_fees_item import V1LeasesPostInputApplicationFeesItem
    from .v1_leases_post_input_concession_fees_item import V1LeasesPostInputConcessionFeesItem
    from .v1_leases_post_input_country import V1LeasesPostInputCountry
    from .v1_leases_post_input_country_alternate import V1LeasesPostInputCountryAlternate
    from .v1_leases_post_input_emergency_contacts_item import V1LeasesPostInputEmergencyContactsItem
    from .v1_leases_post_input_emergency_contacts_item_country_type_0 import (
        V1LeasesPostInputEmergencyContactsItemCountryType0,
    )
    from .v1_leases_post_input_emergency_contacts_item_relationship import (
        V1LeasesPostInputEmergencyContactsItemRelationship,
    )
    from .v1_leases_post_input_emergency_contacts_item_state import V1LeasesPostInputEmergencyContactsItemState
    from .v1_leases_post_input_employment_history_item import V1LeasesPostInputEmploymentHistoryItem
    from .v1_leases_post_input_employment_history_item_state import V1LeasesPostInputEmploymentHistoryItemState
    from .v1_leases_post_input_marital_status import V1LeasesPostInputMaritalStatus
    from .v1_leases_post_input_other_income_item import V1LeasesPostInputOtherIncomeItem
    from .v1_leases_post_input_other_occupants_item import V1LeasesPostInputOtherOccupantsItem
    from .v1_leases_post_input_other_occupants_item_phone_1_type import V1LeasesPostInputOtherOccupantsItemPhone1Type
    from .v1_leases_post_input_other_occupants_item_phone_2_type import V1LeasesPostInputOtherOccupantsItemPhone2Type
    from .v1_leases_post_input_other_occupants_item_relationship import V1LeasesPostInputOtherOccupantsItemRelationship
    from .v1_leases_post_input_other_occupants_item_state import V1LeasesPostInputOtherOccupantsItemState
    from .v1_leases_post_input_pets_item import V1LeasesPostInputPetsItem
    from .v1_leases_post_input_phone_1_type import V1LeasesPostInputPhone1Type
    from .v1_leases_post_input_phone_2_type import V1LeasesPostInputPhone2Type
    from .v1_leases_post_input_recurring_resident_charges_item import V1LeasesPostInputRecurringResidentChargesItem
    from .v1_leases_post_input_rent_cycle import V1LeasesPostInputRentCycle
    from .v1_leases_post_input_resident_charges_item import V1LeasesPostInputResidentChargesItem
    from .v1_leases_post_input_status import V1LeasesPostInputStatus
    from .v1_leases_post_input_tenants_item import V1LeasesPostInputTenantsItem
    from .v1_leases_post_input_type import V1LeasesPostInputType
    from .v1_leases_post_input_vehicles_item import V1LeasesPostInputVehiclesItem
    from .v1_leases_post_output import V1LeasesPostOutput
    from .v1_leases_post_output_data import V1LeasesPostOutputData
    from .v1_listings_get_input import V1ListingsGetInput
    from .v1_listings_get_output import V1ListingsGetOutput
    from .v1_listings_listing_id_get_input import V1ListingsListingIdGetInput
    from .v1_listings_listing_id_get_output import V1ListingsListingIdGetOutput
    from .v1_listings_listing_id_put_input import V1ListingsListingIdPutInput
    from .v1_listings_listing_id_put_output import V1ListingsListingIdPutOutput
    from .v1_listings_listing_id_put_output_data import V1ListingsListingIdPutOutputData
    from .v1_listings_post_input import V1ListingsPostInput
    from .v1_listings_post_input_custom_data import V1ListingsPostInputCustomData
    from .v1_listings_post_output import V1ListingsPostOutput
    from .v1_listings_post_output_data import V1ListingsPostOutputData
    from .v1_listings_pricing_get_input import V1ListingsPricingGetInput
    from .v1_listings_pricing_get_output import V1ListingsPricingGetOutput
    from .v1_listings_pricing_get_output_results_item import V1ListingsPricingGetOutputResultsItem
    from .v1_listings_pricing_get_output_results_item_custom_data_type_0 import (
        V1ListingsPricingGetOutputResultsItemCustomDataType0,
    )
    from .v1_locations_rentmanager_get_output import V1LocationsRentmanagerGetOutput
    from .v1_note_categories_get_input import V1NoteCategoriesGetInput
    from .v1_note_categories_get_output import V1NoteCategoriesGetOutput
    from .v1_note_categories_note_category_id_get_input import V1NoteCategoriesNoteCategoryIdGetInput
    from .v1_note_categories_note_category_id_get_output import V1NoteCategoriesNoteCategoryIdGetOutput
    from .v1_owners_get_input import V1OwnersGetInput
    from .v1_owners_get_output import V1OwnersGetOutput
    from .v1_owners_owner_id_get_input import V1OwnersOwnerIdGetInput
    from .v1_owners_owner_id_get_output import V1OwnersOwnerIdGetOutput
    from .v1_payable_registers_cancel_post_input import V1PayableRegistersCancelPostInput
    from .v1_payable_registers_cancel_post_output import V1PayableRegistersCancelPostOutput
    from .v1_payable_registers_cancel_post_output_data import V1PayableRegistersCancelPostOutputData
    from .v1_payable_registers_get_input import V1PayableRegistersGetInput
    from .v1_payable_registers_get_output import V1PayableRegistersGetOutput
    from .v1_payable_registers_payable_register_id_get_input import V1PayableRegistersPayableRegisterIdGetInput
    from .v1_payable_registers_payable_register_id_get_output import V1PayableRegistersPayableRegisterIdGetOutput
    from .v1_payable_registers_payable_register_id_put_input import V1PayableRegistersPayableRegisterIdPutInput
    from .v1_payable_registers_payable_register_id_put_output import V1PayableRegistersPayableRegisterIdPutOutput
    from .v1_payable_registers_payable_register_id_put_output_data import (
        V1PayableRegistersPayableRegisterIdPutOutputData,
    )
    from .v1_payable_registers_post_input import V1PayableRegistersPostInput
    from .v1_payable_registers_post_input_invoice_status import V1PayableRegistersPostInputInvoiceStatus
    from .v1_payable_registers_post_input_payable_register_items_item import (
        V1PayableRegistersPostInputPayableRegisterItemsItem,
    )
    from .v1_payable_registers_post_output import V1PayableRegistersPostOutput
    from .v1_payable_registers_post_output_data import V1PayableRegistersPostOutputData
    from .v1_properties_get_input import V1PropertiesGetInput
    from .v1_properties_get_output import V1PropertiesGetOutput
    from .v1_properties_id_get_input import V1PropertiesIdGetInput
    from .v1_properties_id_get_output import V1PropertiesIdGetOutput
    from .v1_properties_id_put_input import V1PropertiesIdPutInput
    from .v1_properties_id_put_input_category import V1PropertiesIdPutInputCategory
    from .v1_properties_id_put_input_type import V1PropertiesIdPutInputType
    from .v1_properties_id_put_output import V1PropertiesIdPutOutput
    from .v1_properties_id_put_output_data import V1PropertiesIdPutOutputData
    from .v1_properties_post_input import V1PropertiesPostInput
    from .v1_properties_post_input_category import V1PropertiesPostInputCategory
    from .v1_properties_post_input_type import V1PropertiesPostInputType
    from .v1_properties_post_output import V1PropertiesPostOutput
    from .v1_properties_post_output_data import V1PropertiesPostOutputData
    from .v1_property_lists_get_input import V1PropertyListsGetInput
    from .v1_property_lists_get_output import V1PropertyListsGetOutput
    from .v1_property_lists_get_output_results_item import V1PropertyListsGetOutputResultsItem
    from .v1_property_lists_property_list_id_get_input import V1PropertyListsPropertyListIdGetInput
    from .v1_property_lists_property_list_id_get_output import V1PropertyListsPropertyListIdGetOutput
    from .v1_property_lists_property_list_id_get_output_results import V1PropertyListsPropertyListIdGetOutputResults
    from .v1_purchase_orders_get_input import V1PurchaseOrdersGetInput
    from .v1_purchase_orders_get_output import V1PurchaseOrdersGetOutput
    from .v1_purchase_orders_post_input import V1PurchaseOrdersPostInput
    from .v1_purchase_orders_post_input_billing_state_type_0 import V1PurchaseOrdersPostInputBillingStateType0
    from .v1_purchase_orders_post_input_purchase_order_items_item_type_0 import (
        V1PurchaseOrdersPostInputPurchaseOrderItemsItemType0,
    )
    from .v1_purchase_orders_post_input_purchase_order_items_item_type_1 import (
        V1PurchaseOrdersPostInputPurchaseOrderItemsItemType1,
    )
    from .v1_purchase_orders_post_input_shipping_state_type_0 import V1PurchaseOrdersPostInputShippingStateType0
    from .v1_purchase_orders_post_output import V1PurchaseOrdersPostOutput
    from .v1_purchase_orders_post_output_data import V1PurchaseOrdersPostOutputData
    from .v1_purchase_orders_purchase_order_id_get_input import V1PurchaseOrdersPurchaseOrderIdGetInput
    from .v1_purchase_orders_purchase_order_id_get_output import V1PurchaseOrdersPurchaseOrderIdGetOutput
    from .v1_purchase_orders_purchase_order_id_items_get_input import V1PurchaseOrdersPurchaseOrderIdItemsGetInput
    from .v1_purchase_orders_purchase_order_id_items_get_output import V1PurchaseOrdersPurchaseOrderIdItemsGetOutput
    from .v1_purchase_orders_purchase_order_id_put_input import V1PurchaseOrdersPurchaseOrderIdPutInput
    from .v1_purchase_orders_purchase_order_id_put_input_billing_state_type_0 import (
        V1PurchaseOrdersPurchaseOrderIdPutInputBillingStateType0,
    )
    from .v1_purchase_orders_purchase_order_id_put_input_purchase_order_items_item import (
        V1PurchaseOrdersPurchaseOrderIdPutInputPurchaseOrderItemsItem,
    )
    from .v1_purchase_orders_purchase_order_id_put_input_shipping_state_type_0 import (
        V1PurchaseOrdersPurchaseOrderIdPutInputShippingStateType0,
    )
    from .v1_purchase_orders_purchase_order_id_put_output import V1PurchaseOrdersPurchaseOrderIdPutOutput
    from .v1_purchase_orders_purchase_order_id_put_output_data import V1PurchaseOrdersPurchaseOrderIdPutOutputData
    from .v1_recurring_resident_charges_get_input import V1RecurringResidentChargesGetInput
    from .v1_recurring_resident_charges_get_output import V1RecurringResidentChargesGetOutput
    from .v1_recurring_resident_charges_post_input import V1RecurringResidentChargesPostInput
    from .v1_recurring_resident_charges_post_input_frequency_normalized import (
        V1RecurringResidentChargesPostInputFrequencyNormalized,
    )
    from .v1_recurring_resident_charges_post_output import V1RecurringResidentChargesPostOutput
    from .v1_recurring_resident_charges_post_output_data import V1RecurringResidentChargesPostOutputData
    from .v1_recurring_resident_charges_recurring_resident_charge_id_get_input import (
        V1RecurringResidentChargesRecurringResidentChargeIdGetInput,
    )
    from .v1_recurring_resident_charges_recurring_resident_charge_id_get_output import (
        V1RecurringResidentChargesRecurringResidentChargeIdGetOutput,
    )
    from .v1_recurring_resident_charges_recurring_resident_charge_id_put_input import (
        V1RecurringResidentChargesRecurringResidentChargeIdPutInput,
    )
    from .v1_recurring_resident_charges_recurring_resident_charge_id_put_input_frequency_normalized import (
        V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized,
    )
    from .v1_recurring_resident_charges_recurring_resident_charge_id_put_output import (
        V1RecurringResidentChargesRecurringResidentChargeIdPutOutput,
    )
    from .v1_recurring_resident_charges_recurring_resident_charge_id_put_output_data import (
        V1RecurringResidentChargesRecurringResidentChargeIdPutOutputData,
    )
    from .v1_recurring_resident_charges_rentmanager_post_input import V1RecurringResidentChargesRentmanagerPostInput
    from .v1_recurring_resident_charges_rentmanager_post_input_frequency_normalized import (
        V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized,
    )
    from .v1_recurring_resident_charges_rentmanager_post_output import V1RecurringResidentChargesRentmanagerPostOutput
    from .v1_recurring_resident_charges_rentmanager_post_output_meta import (
        V1RecurringResidentChargesRentmanagerPostOutputMeta,
    )
    from .v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_input import (
        V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInput,
    )
    from .v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_input_frequency_normalized import (
        V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized,
    )
    from .v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output import (
        V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutput,
    )
    from .v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output_meta import (
        V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputMeta,
    )
    from .v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output_result import (
        V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputResult,
    )
    from .v1_rentable_items_applicants_assign_post_input import V1RentableItemsApplicantsAssignPostInput
    from .v1_rentable_items_applicants_assign_post_output import V1RentableItemsApplicantsAssignPostOutput
    from .v1_rentable_items_applicants_assign_post_output_data import V1RentableItemsApplicantsAssignPostOutputData
    from .v1_rentable_items_get_input import V1RentableItemsGetInput
    from .v1_rentable_items_get_output import V1RentableItemsGetOutput
    from .v1_rentable_items_rentable_item_id_get_input import V1RentableItemsRentableItemIdGetInput
    from .v1_rentable_items_rentable_item_id_get_output import V1RentableItemsRentableItemIdGetOutput
    from .v1_resident_charges_batch_propertyware_rest_post_input import V1ResidentChargesBatchPropertywareRestPostInput
    from .v1_resident_charges_batch_propertyware_rest_post_input_charges_items import (
        V1ResidentChargesBatchPropertywareRestPostInputChargesItems,
    )
    from .v1_resident_charges_batch_propertyware_rest_post_output import (
        V1ResidentChargesBatchPropertywareRestPostOutput,
    )
    from .v1_resident_charges_batch_propertyware_rest_post_output_meta import (
        V1ResidentChargesBatchPropertywareRestPostOutputMeta,
    )
    from .v1_resident_charges_batch_rentmanager_post_input import V1ResidentChargesBatchRentmanagerPostInput
    from .v1_resident_charges_batch_rentmanager_post_input_charges_items import (
        V1ResidentChargesBatchRentmanagerPostInputChargesItems,
    )
    from .v1_resident_charges_batch_rentmanager_post_output import V1ResidentChargesBatchRentmanagerPostOutput
    from .v1_resident_charges_batch_rentmanager_post_output_meta import V1ResidentChargesBatchRentmanagerPostOutputMeta
    from .v1_resident_charges_batch_resman_post_input import V1ResidentChargesBatchResmanPostInput
    from .v1_resident_charges_batch_resman_post_input_charges_items import (
        V1ResidentChargesBatchResmanPostInputChargesItems,
    )
    from .v1_resident_charges_batch_resman_post_output import V1ResidentChargesBatchResmanPostOutput
    from .v1_resident_charges_batch_resman_post_output_meta import V1ResidentChargesBatchResmanPostOutputMeta
    from .v1_resident_charges_batch_yardi_post_input import V1ResidentChargesBatchYardiPostInput
    from .v1_resident_charges_batch_yardi_post_input_charges_items import (
        V1ResidentChargesBatchYardiPostInputChargesItems,
    )
    from .v1_resident_charges_batch_yardi_post_output import V1ResidentChargesBatchYardiPostOutput
    from .v1_resident_charges_batch_yardi_post_output_meta import V1ResidentChargesBatchYardiPostOutputMeta
    from .v1_resident_charges_get_input import V1ResidentChargesGetInput
    from .v1_resident_charges_get_output import V1ResidentChargesGetOutput
    from .v1_resident_charges_post_input import V1ResidentChargesPostInput
    from .v1_resident_charges_post_output import V1ResidentChargesPostOutput
    from .v1_resident_charges_post_output_data import V1ResidentChargesPostOutputData
    from .v1_resident_charges_rentmanager_post_input import V1ResidentChargesRentmanagerPostInput
    from .v1_resident_charges_rentmanager_post_output import V1ResidentChargesRentmanagerPostOutput
    from .v1_resident_charges_rentmanager_post_output_meta import V1ResidentChargesRentmanagerPostOutputMeta
    from .v1_resident_charges_resident_charge_id_get_input import V1ResidentChargesResidentChargeIdGetInput
    from .v1_resident_charges_resident_charge_id_get_output import V1ResidentChargesResidentChargeIdGetOutput
    from .v1_resident_credits_post_input import V1ResidentCreditsPostInput
    from .v1_resident_credits_post_output import V1ResidentCreditsPostOutput
    from .v1_resident_credits_post_output_data import V1ResidentCreditsPostOutputData
    from .v1_resident_credits_rentmanager_post_input import V1ResidentCreditsRentmanagerPostInput
    from .v1_resident_credits_rentmanager_post_output import V1ResidentCreditsRentmanagerPostOutput
    from .v1_resident_credits_rentmanager_post_output_meta import V1ResidentCreditsRentmanagerPostOutputMeta
    from .v1_resident_insurance_get_input import V1ResidentInsuranceGetInput
    from .v1_resident_insurance_get_output import V1ResidentInsuranceGetOutput
    from .v1_resident_insurance_get_output_results_item import V1ResidentInsuranceGetOutputResultsItem
    from .v1_resident_insurance_resident_insurance_id_get_input import V1ResidentInsuranceResidentInsuranceIdGetInput
    from .v1_resident_insurance_resident_insurance_id_get_output import V1ResidentInsuranceResidentInsuranceIdGetOutput
    from .v1_resident_insurance_resident_insurance_id_get_output_results import (
        V1ResidentInsuranceResidentInsuranceIdGetOutputResults,
    )
    from .v1_resident_payments_get_input import V1ResidentPaymentsGetInput
    from .v1_resident_payments_get_output import V1ResidentPaymentsGetOutput
    from .v1_resident_payments_get_output_results_item import V1ResidentPaymentsGetOutputResultsItem
    from .v1_resident_payments_get_output_results_item_allocations_item import (
        V1ResidentPaymentsGetOutputResultsItemAllocationsItem,
    )
    from .v1_resident_payments_get_output_results_item_allocations_item_custom_data_type_0 import (
        V1ResidentPaymentsGetOutputResultsItemAllocationsItemCustomDataType0,
    )
    from .v1_resident_payments_get_output_results_item_custom_data_type_0 import (
        V1ResidentPaymentsGetOutputResultsItemCustomDataType0,
    )
    from .v1_resident_payments_post_input import V1ResidentPaymentsPostInput
    from .v1_resident_payments_post_input_payment_type import V1ResidentPaymentsPostInputPaymentType
    from .v1_resident_payments_post_output import V1ResidentPaymentsPostOutput
    from .v1_resident_payments_post_output_data import V1ResidentPaymentsPostOutputData
    from .v1_resident_payments_rentmanager_post_input import V1ResidentPaymentsRentmanagerPostInput
    from .v1_resident_payments_rentmanager_post_output import V1ResidentPaymentsRentmanagerPostOutput
    from .v1_resident_payments_rentmanager_post_output_meta import V1ResidentPaymentsRentmanagerPostOutputMeta
    from .v1_resident_payments_resident_payment_id_get_input import V1ResidentPaymentsResidentPaymentIdGetInput
    from .v1_resident_payments_resident_payment_id_get_output import V1ResidentPaymentsResidentPaymentIdGetOutput
    from .v1_resident_payments_resident_payment_id_get_output_results import (
        V1ResidentPaymentsResidentPaymentIdGetOutputResults,
    )
    from .v1_resident_payments_resident_payment_id_get_output_results_allocations_item import (
        V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItem,
    )
    from .v1_resident_payments_resident_payment_id_get_output_results_allocations_item_custom_data_type_0 import (
        V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItemCustomDataType0,
    )
    from .v1_resident_payments_resident_payment_id_get_output_results_custom_data_type_0 import (
        V1ResidentPaymentsResidentPaymentIdGetOutputResultsCustomDataType0,
    )
    from .v1_resident_pets_pet_id_put_input import V1ResidentPetsPetIdPutInput
    from .v1_resident_pets_pet_id_put_output import V1ResidentPetsPetIdPutOutput
    from .v1_resident_pets_pet_id_put_output_data import V1ResidentPetsPetIdPutOutputData
    from .v1_resident_pets_post_input import V1ResidentPetsPostInput
    from .v1_resident_pets_post_output import V1ResidentPetsPostOutput
    from .v1_resident_pets_post_output_data import V1ResidentPetsPostOutputData
    from .v1_residents_get_input import V1ResidentsGetInput
    from .v1_residents_get_output import V1ResidentsGetOutput
    from .v1_residents_get_output_results_item import V1ResidentsGetOutputResultsItem
    from .v1_residents_get_output_results_item_custom_data_type_0 import V1ResidentsGetOutputResultsItemCustomDataType0
    from .v1_residents_get_output_results_item_leases_meta_data_item import (
        V1ResidentsGetOutputResultsItemLeasesMetaDataItem,
    )
    from .v1_residents_get_output_results_item_leases_meta_data_item_custom_data_type_0 import (
        V1ResidentsGetOutputResultsItemLeasesMetaDataItemCustomDataType0,
    )
    from .v1_residents_get_output_results_item_leases_meta_data_item_resident_type_normalized_type_1 import (
        V1ResidentsGetOutputResultsItemLeasesMetaDataItemResidentTypeNormalizedType1,
    )
    from .v1_residents_get_output_results_item_pets_item import V1ResidentsGetOutputResultsItemPetsItem
    from .v1_residents_get_output_results_item_pets_item_custom_data_type_0 import (
        V1ResidentsGetOutputResultsItemPetsItemCustomDataType0,
    )
    from .v1_residents_get_output_results_item_phone_1_type import V1ResidentsGetOutputResultsItemPhone1Type
    from .v1_residents_get_output_results_item_phone_2_type import V1ResidentsGetOutputResultsItemPhone2Type
    from .v1_residents_get_output_results_item_vehicles_item import V1ResidentsGetOutputResultsItemVehiclesItem
    from .v1_residents_get_output_results_item_vehicles_item_custom_data_type_0 import (
        V1ResidentsGetOutputResultsItemVehiclesItemCustomDataType0,
    )
    from .v1_residents_id_get_input import V1ResidentsIdGetInput
    from .v1_residents_id_get_output import V1ResidentsIdGetOutput
    from .v1_residents_id_get_output_results import V1ResidentsIdGetOutputResults
    from .v1_residents_id_get_output_results_custom_data_type_0 import V1ResidentsIdGetOutputResultsCustomDataType0
    from .v1_residents_id_get_output_results_leases_meta_data_item import (
        V1ResidentsIdGetOutputResultsLeasesMetaDataItem,
    )
    from .v1_residents_id_get_output_results_leases_meta_data_item_custom_data_type_0 import (
        V1ResidentsIdGetOutputResultsLeasesMetaDataItemCustomDataType0,
    )
    from .v1_residents_id_get_output_results_leases_meta_data_item_resident_type_normalized_type_1 import (
        V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1,
    )
    from .v1_residents_id_get_output_results_pets_item import V1ResidentsIdGetOutputResultsPetsItem
    from .v1_residents_id_get_output_results_pets_item_custom_data_type_0 import (
        V1ResidentsIdGetOutputResultsPetsItemCustomDataType0,
    )
    from .v1_residents_id_get_output_results_phone_1_type import V1ResidentsIdGetOutputResultsPhone1Type
    from .v1_residents_id_get_output_results_phone_2_type import V1ResidentsIdGetOutputResultsPhone2Type
    from .v1_residents_id_get_output_results_vehicles_item import V1ResidentsIdGetOutputResultsVehiclesItem
    from .v1_residents_id_get_output_results_vehicles_item_custom_data_type_0 import (
        V1ResidentsIdGetOutputResultsVehiclesItemCustomDataType0,
    )
    from .v1_residents_id_put_input import V1ResidentsIdPutInput
    from .v1_residents_id_put_input_country import V1ResidentsIdPutInputCountry
    from .v1_residents_id_put_input_country_alternate import V1ResidentsIdPutInputCountryAlternate
    from .v1_residents_id_put_input_custom_data import V1ResidentsIdPutInputCustomData
    from .v1_residents_id_put_input_events_item import V1ResidentsIdPutInputEventsItem
    from .v1_residents_id_put_input_gender import V1ResidentsIdPutInputGender
    from .v1_residents_id_put_input_phone_1_type import V1ResidentsIdPutInputPhone1Type
    from .v1_residents_id_put_input_phone_2_type import V1ResidentsIdPutInputPhone2Type
    from .v1_residents_id_put_input_rent_period import V1ResidentsIdPutInputRentPeriod
    from .v1_residents_id_put_input_state import V1ResidentsIdPutInputState
    from .v1_residents_id_put_output import V1ResidentsIdPutOutput
    from .v1_residents_id_put_output_data import V1ResidentsIdPutOutputData
    from .v1_residents_id_rentable_items_get_input import V1ResidentsIdRentableItemsGetInput
    from .v1_residents_id_rentable_items_get_output import V1ResidentsIdRentableItemsGetOutput
    from .v1_residents_post_input import V1ResidentsPostInput
    from .v1_residents_post_input_attachments_item import V1ResidentsPostInputAttachmentsItem
    from .v1_residents_post_input_attachments_item_file_type import V1ResidentsPostInputAttachmentsItemFileType
    from .v1_residents_post_input_country_alternate import V1ResidentsPostInputCountryAlternate
    from .v1_residents_post_input_country_type_0 import V1ResidentsPostInputCountryType0
    from .v1_residents_post_input_custom_data import V1ResidentsPostInputCustomData
    from .v1_residents_post_input_phone_1_type import V1ResidentsPostInputPhone1Type
    from .v1_residents_post_input_phone_2_type import V1ResidentsPostInputPhone2Type
    from .v1_residents_post_input_rent_period import V1ResidentsPostInputRentPeriod
    from .v1_residents_post_output import V1ResidentsPostOutput
    from .v1_residents_post_output_data import V1ResidentsPostOutputData
    from .v1_service_request_categories_get_input import V1ServiceRequestCategoriesGetInput
    from .v1_service_request_categories_get_output import V1ServiceRequestCategoriesGetOutput
    from .v1_service_request_categories_service_request_category_id_get_input import (
        V1ServiceRequestCategoriesServiceRequestCategoryIdGetInput,
    )
    from .v1_service_request_categories_service_request_category_id_get_output import (
        V1ServiceRequestCategoriesServiceRequestCategoryIdGetOutput,
    )
    from .v1_service_request_history_get_input import V1ServiceRequestHistoryGetInput
    from .v1_service_request_history_get_output import V1ServiceRequestHistoryGetOutput
    from .v1_service_request_history_post_input import V1ServiceRequestHistoryPostInput
    from .v1_service_request_history_post_input_attachment import V1ServiceRequestHistoryPostInputAttachment
    from .v1_service_request_history_post_input_status_raw import V1ServiceRequestHistoryPostInputStatusRaw
    from .v1_service_request_history_post_output import V1ServiceRequestHistoryPostOutput
    from .v1_service_request_history_post_output_data import V1ServiceRequestHistoryPostOutputData
    from .v1_service_request_history_service_request_history_id_get_input import (
        V1ServiceRequestHistoryServiceRequestHistoryIdGetInput,
    )
    from .v1_service_request_history_service_request_history_id_get_output import (
        V1ServiceRequestHistoryServiceRequestHistoryIdGetOutput,
    )
    from .v1_service_request_locations_get_input import V1ServiceRequestLocationsGetInput
    from .v1_service_request_locations_get_output import V1ServiceRequestLocationsGetOutput
    from .v1_service_request_locations_service_request_location_id_get_input import (
        V1ServiceRequestLocationsServiceRequestLocationIdGetInput,
    )
    from .v1_service_request_locations_service_request_location_id_get_output import (
        V1ServiceRequestLocationsServiceRequestLocationIdGetOutput,
    )
    from .v1_service_request_priorities_get_input import V1ServiceRequestPrioritiesGetInput
    from .v1_service_request_priorities_get_output import V1ServiceRequestPrioritiesGetOutput
    from .v1_service_request_priorities_service_request_priority_id_get_input import (
        V1ServiceRequestPrioritiesServiceRequestPriorityIdGetInput,
    )
    from .v1_service_request_priorities_service_request_priority_id_get_output import (
        V1ServiceRequestPrioritiesServiceRequestPriorityIdGetOutput,
    )
    from .v1_service_request_problems_get_input import V1ServiceRequestProblemsGetInput
    from .v1_service_request_problems_get_output import V1ServiceRequestProblemsGetOutput
    from .v1_service_request_problems_service_request_problem_id_get_input import (
        V1ServiceRequestProblemsServiceRequestProblemIdGetInput,
    )
    from .v1_service_request_problems_service_request_problem_id_get_output import (
        V1ServiceRequestProblemsServiceRequestProblemIdGetOutput,
    )
    from .v1_service_request_statuses_get_input import V1ServiceRequestStatusesGetInput
    from .v1_service_request_statuses_get_output import V1ServiceRequestStatusesGetOutput
    from .v1_service_request_statuses_service_request_status_id_get_input import (
        V1ServiceRequestStatusesServiceRequestStatusIdGetInput,
    )
    from .v1_service_request_statuses_service_request_status_id_get_output import (
        V1ServiceRequestStatusesServiceRequestStatusIdGetOutput,
    )
    from .v1_service_requests_get_input import V1ServiceRequestsGetInput
    from .v1_service_requests_get_output import V1ServiceRequestsGetOutput
    from .v1_service_requests_post_input import V1ServiceRequestsPostInput
    from .v1_service_requests_post_input_access_is_authorized_value import (
        V1ServiceRequestsPostInputAccessIsAuthorizedValue,
    )
    from .v1_service_requests_post_input_service_category import V1ServiceRequestsPostInputServiceCategory
    from .v1_service_requests_post_input_service_priority import V1ServiceRequestsPostInputServicePriority
    from .v1_service_requests_post_input_service_status import V1ServiceRequestsPostInputServiceStatus
    from .v1_service_requests_post_input_status_raw import V1ServiceRequestsPostInputStatusRaw
    from .v1_service_requests_post_output import V1ServiceRequestsPostOutput
    from .v1_service_requests_post_output_data import V1ServiceRequestsPostOutputData
    from .v1_service_requests_service_request_id_get_input import V1ServiceRequestsServiceRequestIdGetInput
    from .v1_service_requests_service_request_id_get_output import V1ServiceRequestsServiceRequestIdGetOutput
    from .v1_service_requests_service_request_id_put_input import V1ServiceRequestsServiceRequestIdPutInput
    from .v1_service_requests_service_request_id_put_input_service_category import (
        V1ServiceRequestsServiceRequestIdPutInputServiceCategory,
    )
    from .v1_service_requests_service_request_id_put_input_service_priority import (
        V1ServiceRequestsServiceRequestIdPutInputServicePriority,
    )
    from .v1_service_requests_service_request_id_put_input_status_raw import (
        V1ServiceRequestsServiceRequestIdPutInputStatusRaw,
    )
    from .v1_service_requests_service_request_id_put_output import V1ServiceRequestsServiceRequestIdPutOutput
    from .v1_service_requests_service_request_id_put_output_data import V1ServiceRequestsServiceRequestIdPutOutputData
    from .v1_timezones_get_input import V1TimezonesGetInput
    from .v1_timezones_get_output import V1TimezonesGetOutput
    from .v1_timezones_get_output_results_item import V1TimezonesGetOutputResultsItem
    from .v1_unit_types_get_input import V1UnitTypesGetInput
    from .v1_unit_types_get_output import V1UnitTypesGetOutput
    from .v1_unit_types_get_output_results_item import V1UnitTypesGetOutputResultsItem
    from .v1_unit_types_unit_type_id_get_input import V1UnitTypesUnitTypeIdGetInput
    from .v1_unit_types_unit_type_id_get_output import V1UnitTypesUnitTypeIdGetOutput
    from .v1_unit_types_unit_type_id_get_output_results import V1UnitTypesUnitTypeIdGetOutputResults
    from .v1_units_details_get_input import V1UnitsDetailsGetInput
    from .v1_units_details_get_output import V1UnitsDetailsGetOutput
    from .v1_units_details_get_output_results_item import V1UnitsDetailsGetOutputResultsItem
    from .v1_units_details_unit_detail_id_get_input import V1UnitsDetailsUnitDetailIdGetInput
    from .v1_units_details_unit_detail_id_get_output import V1UnitsDetailsUnitDetailIdGetOutput
    from .v1_units_details_unit_detail_id_get_output_results import V1UnitsDetailsUnitDetailIdGetOutputResults
    from .v1_units_get_input import V1UnitsGetInput
    from .v1_units_get_output import V1UnitsGetOutput
    from .v1_units_get_output_results_item import V1UnitsGetOutputResultsItem
    from .v1_units_get_output_results_item_custom_data_type_0 import V1UnitsGetOutputResultsItemCustomDataType0
    from .v1_units_id_get_input import V1UnitsIdGetInput
    from .v1_units_id_get_output import V1UnitsIdGetOutput
    from .v1_units_id_get_output_results import V1UnitsIdGetOutputResults
    from .v1_units_id_get_output_results_custom_data_type_0 import V1UnitsIdGetOutputResultsCustomDataType0
    from .v1_units_id_put_input import V1UnitsIdPutInput
    from .v1_units_id_put_input_category import V1UnitsIdPutInputCategory
    from .v1_units_id_put_input_type import V1UnitsIdPutInputType
    from .v1_units_id_put_output import V1UnitsIdPutOutput
    from .v1_units_id_put_output_data import V1UnitsIdPutOutputData
    from .v1_units_post_input import V1UnitsPostInput
    from .v1_units_post_input_category import V1UnitsPostInputCategory
    from .v1_units_post_input_type import V1UnitsPostInputType
    from .v1_units_post_output import V1UnitsPostOutput
    from .v1_units_post_output_data import V1UnitsPostOutputData
    from .v1_vendors_get_input import V1VendorsGetInput
    from .v1_vendors_get_output import V1VendorsGetOutput
    from .v1_vendors_get_output_results_item import V1VendorsGetOutputResultsItem
    from .v1_vendors_get_output_results_item_contacts_item import V1VendorsGetOutputResultsItemContactsItem
    from .v1_vendors_get_output_results_item_custom_data_type_0 import V1VendorsGetOutputResultsItemCustomDataType0
    from .v1_vendors_post_input import V1VendorsPostInput
    from .v1_vendors_post_input_phone_1_type import V1VendorsPostInputPhone1Type
    from .v1_vendors_post_input_phone_2_type import V1VendorsPostInputPhone2Type
    from .v1_vendors_post_input_tax_payer_type import V1VendorsPostInputTaxPayerType
    from .v1_vendors_post_output import V1VendorsPostOutput
    from .v1_vendors_post_output_data import V1VendorsPostOutputData
    from .v1_vendors_properties_property_id_get_input import V1VendorsPropertiesPropertyIdGetInput
    from .v1_vendors_properties_property_id_get_output import V1VendorsPropertiesPropertyIdGetOutput
    from .v1_vendors_properties_property_id_get_output_results_item import (
        V1VendorsPropertiesPropertyIdGetOutputResultsItem,
    )
    from .v1_vendors_properties_property_id_get_output_results_item_contacts_item import (
        V1VendorsPropertiesPropertyIdGetOutputResultsItemContactsItem,
    )
    from .v1_vendors_properties_property_id_get_output_results_item_custom_data_type_0 import (
        V1VendorsPropertiesPropertyIdGetOutputResultsItemCustomDataType0,
    )
    from .v1_vendors_vendor_id_get_input import V1VendorsVendorIdGetInput
    from .v1_vendors_vendor_id_get_output import V1VendorsVendorIdGetOutput
    from .v1_vendors_vendor_id_get_output_results import V1VendorsVendorIdGetOutputResults
    from .v1_vendors_vendor_id_get_output_results_contacts_item import V1VendorsVendorIdGetOutputResultsContactsItem
    from .v1_vendors_vendor_id_get_output_results_custom_data_type_0 import (
        V1VendorsVendorIdGetOutputResultsCustomDataType0,
    )
    from .v1_vendors_vendor_id_put_input import V1VendorsVendorIdPutInput
    from .v1_vendors_vendor_id_put_input_country_type_0 import V1VendorsVendorIdPutInputCountryType0
    from .v1_vendors_vendor_id_put_input_state import V1VendorsVendorIdPutInputState
    from .v1_vendors_vendor_id_put_output import V1VendorsVendorIdPutOutput
    from .v1_vendors_vendor_id_put_output_data import V1VendorsVendorIdPutOutputData
    from .v1_webhooks_get_input import V1WebhooksGetInput
    from .v1_webhooks_get_output import V1WebhooksGetOutput
    from .v1_webhooks_get_output_results_item import V1WebhooksGetOutputResultsItem
    from .v1_webhooks_get_output_results_item_headers_item import V1WebhooksGetOutputResultsItemHeadersItem
    from .v1_webhooks_get_output_results_item_system import V1WebhooksGetOutputResultsItemSystem
    from .v1_webhooks_get_output_results_item_triggers_item import V1WebhooksGetOutputResultsItemTriggersItem
    from .v1_webhooks_post_input import V1WebhooksPostInput
    from .v1_webhooks_post_input_headers_item import V1WebhooksPostInputHeadersItem
    from .v1_webhooks_post_input_model import V1WebhooksPostInputModel
    from .v1_webhooks_post_input_triggers_item import V1WebhooksPostInputTriggersItem
    from .v1_webhooks_post_output import V1WebhooksPostOutput
    from .v1_webhooks_post_output_result import V1WebhooksPostOutputResult
    from .v1_webhooks_post_output_result_headers_type_0_item import V1WebhooksPostOutputResultHeadersType0Item
    from .v1_webhooks_post_output_result_system import V1WebhooksPostOutputResultSystem
    from .v1_webhooks_post_output_result_triggers_item import V1WebhooksPostOutputResultTriggersItem
    from .v1_webhooks_webhook_id_delete_input import V1WebhooksWebhookIdDeleteInput
    from .v1_webhooks_webhook_id_delete_output import V1WebhooksWebhookIdDeleteOutput
    from .v1_webhooks_webhook_id_delete_output_result import V1WebhooksWebhookIdDeleteOutputResult
    from .v1_webhooks_webhook_id_get_input import V1WebhooksWebhookIdGetInput
    from .v1_webhooks_webhook_id_get_output import V1WebhooksWebhookIdGetOutput
    from .v1_webhooks_webhook_id_get_output_results import V1WebhooksWebhookIdGetOutputResults
    from .v1_webhooks_webhook_id_get_output_results_headers_item import V1WebhooksWebhookIdGetOutputResultsHeadersItem
    from .v1_webhooks_webhook_id_get_output_results_system import V1WebhooksWebhookIdGetOutputResultsSystem
    from .v1_webhooks_webhook_id_get_output_results_triggers_item import V1WebhooksWebhookIdGetOutputResultsTriggersItem
    from .v1_webhooks_webhook_id_put_input import V1WebhooksWebhookIdPutInput
    from .v1_webhooks_webhook_id_put_input_headers_item import V1WebhooksWebhookIdPutInputHeadersItem
    from .v1_webhooks_webhook_id_put_input_model import V1WebhooksWebhookIdPutInputModel
    from .v1_webhooks_webhook_id_put_input_triggers_item import V1WebhooksWebhookIdPutInputTriggersItem
    from .v1_webhooks_webhook_id_put_output import V1WebhooksWebhookIdPutOutput
    from .v1_webhooks_webhook_id_put_output_result import V1WebhooksWebhookIdPutOutputResult
    from .v1_webhooks_webhook_id_put_output_result_headers_type_0_item import (
        V1WebhooksWebhookIdPutOutputResultHeadersType0Item,
    )
    from .v1_webhooks_webhook_id_put_output_result_system import V1WebhooksWebhookIdPutOutputResultSystem
    from .v1_webhooks_webhook_id_put_output_result_triggers_item import V1WebhooksWebhookIdPutOutputResultTriggersItem

_MODULES: dict[str, str] = {
    "AddressType": ".address_type",
    "Applicant": ".applicant",
    "ApplicantApplicationsItem": ".applicant_applications_item",
    "ApplicantApplicationsItemCustomDataType0": ".applicant_applications_item_custom_data_type_0",
    "ApplicantApplicationsItemStatusNormalizedType0": ".applicant_applications_item_status_normalized_type_0",
    "ApplicantCustomDataType0": ".applicant_custom_data_type_0",
    "ApplicantPetsItem": ".applicant_pets_item",
    "ApplicantPetsItemCustomDataType0": ".applicant_pets_item_custom_data_type_0",
    "ApplicantPhone1Type": ".applicant_phone_1_type",
    "ApplicantPhone2Type": ".applicant_phone_2_type",
    "ApplicantScreeningsItem": ".applicant_screenings_item",
    "Application": ".application",
    "ApplicationApplicantsItem": ".application_applicants_item",
    "ApplicationApplicantsItemCustomDataType0": ".application_applicants_item_custom_data_type_0",
    "ApplicationCustomDataType0": ".application_custom_data_type_0",
    "ApplicationStatus": ".application_status",
    "ApplicationTemplate": ".application_template",
    "CallLog": ".call_log",
    "CallLogCustomDataType0": ".call_log_custom_data_type_0",
    "ChargeCode": ".charge_code",
    "ChargeCodeCustomDataType0": ".charge_code_custom_data_type_0",
    "Concession": ".concession",
    "ConstructionJob": ".construction_job",
    "ConstructionJobCustomDataType0": ".construction_job_custom_data_type_0",
    "Contract": ".contract",
    "ContractCustomDataType0": ".contract_custom_data_type_0",
    "ContractDetail": ".contract_detail",
    "ContractDetailCustomDataType0": ".contract_detail_custom_data_type_0",
    "Employee": ".employee",
    "Enum1": ".enum_1",
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
    "GetServiceRequestLocationIntegrationVendor": ".get_service_request_location_integration_vendor",
    "GetServiceRequestProblemIntegrationVendor": ".get_service_request_problem_integration_vendor",
    "IncomeSource": ".income_source",
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
    "LeaseResidentsMetaDataItemResidentTypeNormalizedType1": ".lease_residents_meta_data_item_resident_type_normalized_type_1",
    "LeaseServicesItem": ".lease_services_item",
    "LeaseStatusNormalized": ".lease_status_normalized",
    "LeaseTransfer": ".lease_transfer",
    "ListAccountingEntitiesIntegrationVendor": ".list_accounting_entities_integration_vendor",
    "ListAddressTypesIntegrationVendor": ".list_address_types_integration_vendor",
    "ListAmenitiesIntegrationVendor": ".list_amenities_integration_vendor",
    "ListApplicantRentableItemsIntegrationVendor": ".list_applicant_rentable_items_integration_vendor",
    "ListApplicantsIntegrationVendor": ".list_applicants_integration_vendor",
    "ListApplicationStatusesIntegrationVendor": ".list_application_statuses_integration_vendor",
    "ListApplicationTemplatesIntegrationVendor": ".list_application_templates_integration_vendor",
    "ListApplicationsIntegrationVendor": ".list_applications_integration_vendor",
    "ListAppointmentsIntegrationVendor": ".list_appointments_integration_vendor",
    "ListCallLogsIntegrationVendor": ".list_call_logs_integration_vendor",
    "ListChargeCodesIntegrationVendor": ".list_charge_codes_integration_vendor",
    "ListConcessionsIntegrationVendor": ".list_concessions_integration_vendor",
    "ListConstructionJobContractsIntegrationVendor": ".list_construction_job_contracts_integration_vendor",
    "ListConstructionJobDetailsIntegrationVendor": ".list_construction_job_details_integration_vendor",
    "ListConstructionJobsIntegrationVendor": ".list_construction_jobs_integration_vendor",
    "ListContractDetailsIntegrationVendor": ".list_contract_details_integration_vendor",
    "ListDataDiffsIntegrationVendor": ".list_data_diffs_integration_vendor",
    "ListDepositSummariesIntegrationVendor": ".list_deposit_summaries_integration_vendor",
    "ListDepositsIntegrationVendor": ".list_deposits_integration_vendor",
    "ListEmployeesIntegrationVendor": ".list_employees_integration_vendor",
    "ListEventResultsIntegrationVendor": ".list_event_results_integration_vendor",
    "ListEventSubTypesIntegrationVendor": ".list_event_sub_types_integration_vendor",
    "ListEventTypesIntegrationVendor": ".list_event_types_integration_vendor",
    "ListEventsIntegrationVendor": ".list_events_integration_vendor",
    "ListFileTypesIntegrationVendor": ".list_file_types_integration_vendor",
    "ListFinancialAccountsIntegrationVendor": ".list_financial_accounts_integration_vendor",
    "ListFloorPlansIntegrationVendor": ".list_floor_plans_integration_vendor",
    "ListIntegrationsIntegrationVendor": ".list_integrations_integration_vendor",
    "ListInvoicesIntegrationVendor": ".list_invoices_integration_vendor",
    "ListJobLogsStatus": ".list_job_logs_status",
    "ListLeadRelationshipsIntegrationVendor": ".list_lead_relationships_integration_vendor",
    "ListLeadRentableItemsIntegrationVendor": ".list_lead_rentable_items_integration_vendor",
    "ListLeadSourcesIntegrationVendor": ".list_lead_sources_integration_vendor",
    "ListLeadsIntegrationVendor": ".list_leads_integration_vendor",
    "ListLeaseTransfersIntegrationVendor": ".list_lease_transfers_integration_vendor",
    "ListLeasesIntegrationVendor": ".list_leases_integration_vendor",
    "ListLeasesStatusNormalized": ".list_leases_status_normalized",
    "ListListingPricingIntegrationVendor": ".list_listing_pricing_integration_vendor",
    "ListListingsIntegrationVendor": ".list_listings_integration_vendor",
    "ListLocationsRentmanagerIntegrationVendor": ".list_locations_rentmanager_integration_vendor",
    "ListNoteCategoriesIntegrationVendor": ".list_note_categories_integration_vendor",
    "ListOwnersIntegrationVendor": ".list_owners_integration_vendor",
    "ListPayableRegistersIntegrationVendor": ".list_payable_registers_integration_vendor",
    "ListPropertiesIntegrationVendor": ".list_properties_integration_vendor",
    "ListPropertyListsIntegrationVendor": ".list_property_lists_integration_vendor",
    "ListPurchaseOrderItemsIntegrationVendor": ".list_purchase_order_items_integration_vendor",
    "ListPurchaseOrdersIntegrationVendor": ".list_purchase_orders_integration_vendor",
    "ListRecurringResidentChargesIntegrationVendor": ".list_recurring_resident_charges_integration_vendor",
    "ListRentableItemsIntegrationVendor": ".list_rentable_items_integration_vendor",
    "ListResidentChargesIntegrationVendor": ".list_resident_charges_integration_vendor",
    "ListResidentPaymentsIntegrationVendor": ".list_resident_payments_integration_vendor",
    "ListResidentRentableItemsIntegrationVendor": ".list_resident_rentable_items_integration_vendor",
    "ListResidentsIntegrationVendor": ".list_residents_integration_vendor",
    "ListServiceRequestCategoriesIntegrationVendor": ".list_service_request_categories_integration_vendor",
    "ListServiceRequestHistoryIntegrationVendor": ".list_service_request_history_integration_vendor",
    "ListServiceRequestLocationsIntegrationVendor": ".list_service_request_locations_integration_vendor",
    "ListServiceRequestPrioritiesIntegrationVendor": ".list_service_request_priorities_integration_vendor",
    "ListServiceRequestProblemsIntegrationVendor": ".list_service_request_problems_integration_vendor",
    "ListServiceRequestStatusesIntegrationVendor": ".list_service_request_statuses_integration_vendor",
    "ListServiceRequestsIntegrationVendor": ".list_service_requests_integration_vendor",
    "ListTimezonesIntegrationVendor": ".list_timezones_integration_vendor",
    "ListUnitDetailsIntegrationVendor": ".list_unit_details_integration_vendor",
    "ListUnitTypesIntegrationVendor": ".list_unit_types_integration_vendor",
    "ListUnitsIntegrationVendor": ".list_units_integration_vendor",
    "ListVendorsIntegrationVendor": ".list_vendors_integration_vendor",
    "ListWriteLogsStatus": ".list_write_logs_status",
    "ListWriteLogsTimeRange": ".list_write_logs_time_range",
    "ListWriteLogsWriteCategory": ".list_write_logs_write_category",
    "Listing": ".listing",
    "ListingCustomDataType0": ".listing_custom_data_type_0",
    "Location": ".location",
    "NoteCategory": ".note_category",
    "Owner": ".owner",
    "OwnerPhone1Type": ".owner_phone_1_type",
    "OwnerPhone2Type": ".owner_phone_2_type",
    "PayableRegister": ".payable_register",
    "PayableRegisterCustomDataType0": ".payable_register_custom_data_type_0",
    "PayableRegisterPayableRegisterItemsItem": ".payable_register_payable_register_items_item",
    "PetTypes": ".pet_types",
    "Property": ".property_",
    "PropertyCustomDataType0": ".property_custom_data_type_0",
    "PropertyManagerPhone1Type": ".property_manager_phone_1_type",
    "PropertyManagerPhone2Type": ".property_manager_phone_2_type",
    "PropertyOfficeHoursItem": ".property_office_hours_item",
    "PropertyOfficeHoursItemDayOfWeek": ".property_office_hours_item_day_of_week",
    "PropertyTypeNormalizedType0": ".property_type_normalized_type_0",
    "PurchaseOrder": ".purchase_order",
    "PurchaseOrderCustomDataType0": ".purchase_order_custom_data_type_0",
    "PurchaseOrderItem": ".purchase_order_item",
    "PurchaseOrderItemCustomDataType0": ".purchase_order_item_custom_data_type_0",
    "RecurringResidentCharge": ".recurring_resident_charge",
    "RecurringResidentChargeCustomDataType0": ".recurring_resident_charge_custom_data_type_0",
    "RecurringResidentChargeFrequencyNormalized": ".recurring_resident_charge_frequency_normalized",
    "RentableItem": ".rentable_item",
    "ResidentCharge": ".resident_charge",
    "ResidentChargeAllocationsItem": ".resident_charge_allocations_item",
    "ResidentChargeAllocationsItemCustomDataType0": ".resident_charge_allocations_item_custom_data_type_0",
    "ResidentChargeCustomDataType0": ".resident_charge_custom_data_type_0",
    "ResponseMeta": ".response_meta",
    "ResponseMetaOrderByItem": ".response_meta_order_by_item",
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
    "V1AccountingEntitiesAccountingEntityIdGetInput": ".v1_accounting_entities_accounting_entity_id_get_input",
    "V1AccountingEntitiesAccountingEntityIdGetOutput": ".v1_accounting_entities_accounting_entity_id_get_output",
    "V1AccountingEntitiesAccountingEntityIdGetOutputResults": ".v1_accounting_entities_accounting_entity_id_get_output_results",
    "V1AccountingEntitiesGetInput": ".v1_accounting_entities_get_input",
    "V1AccountingEntitiesGetOutput": ".v1_accounting_entities_get_output",
    "V1AccountingEntitiesGetOutputResultsItem": ".v1_accounting_entities_get_output_results_item",
    "V1AddressTypesAddressTypeIdGetInput": ".v1_address_types_address_type_id_get_input",
    "V1AddressTypesAddressTypeIdGetOutput": ".v1_address_types_address_type_id_get_output",
    "V1AddressTypesGetInput": ".v1_address_types_get_input",
    "V1AddressTypesGetOutput": ".v1_address_types_get_output",
    "V1AdminDataDiffsGetInput": ".v1_admin_data_diffs_get_input",
    "V1AdminDataDiffsGetOutput": ".v1_admin_data_diffs_get_output",
    "V1AdminDataDiffsGetOutputResultsItem": ".v1_admin_data_diffs_get_output_results_item",
    "V1AdminDataDiffsGetOutputResultsItemDataDiff": ".v1_admin_data_diffs_get_output_results_item_data_diff",
    "V1AdminDataDiffsGetOutputResultsItemEventType": ".v1_admin_data_diffs_get_output_results_item_event_type",
    "V1AdminIntegrationsGetInput": ".v1_admin_integrations_get_input",
    "V1AdminIntegrationsGetOutput": ".v1_admin_integrations_get_output",
    "V1AdminIntegrationsGetOutputResultsItem": ".v1_admin_integrations_get_output_results_item",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem": ".v1_admin_integrations_get_output_results_item_configuration_meta_data_item",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData": ".v1_admin_integrations_get_output_results_item_configuration_meta_data_item_configuration_data",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0": ".v1_admin_integrations_get_output_results_item_configuration_meta_data_item_custom_data_type_0",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItem": ".v1_admin_integrations_get_output_results_item_integration_interfaces_item",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItemInterfaceName": ".v1_admin_integrations_get_output_results_item_integration_interfaces_item_interface_name",
    "V1AdminIntegrationsGetOutputResultsItemMaxRequestCadence": ".v1_admin_integrations_get_output_results_item_max_request_cadence",
    "V1AdminIntegrationsGetOutputResultsItemModels": ".v1_admin_integrations_get_output_results_item_models",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty": ".v1_admin_integrations_get_output_results_item_models_additional_property",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalPropertyFromInterfacesItem": ".v1_admin_integrations_get_output_results_item_models_additional_property_from_interfaces_item",
    "V1AdminIntegrationsGetOutputResultsItemSyncCadence": ".v1_admin_integrations_get_output_results_item_sync_cadence",
    "V1AdminIntegrationsGetOutputResultsItemSystem": ".v1_admin_integrations_get_output_results_item_system",
    "V1AdminIntegrationsGetOutputResultsItemVendor": ".v1_admin_integrations_get_output_results_item_vendor",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInput": ".v1_admin_integrations_integration_id_back_sync_post_input",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInputModelsToSyncItem": ".v1_admin_integrations_integration_id_back_sync_post_input_models_to_sync_item",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutput": ".v1_admin_integrations_integration_id_back_sync_post_output",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutputResult": ".v1_admin_integrations_integration_id_back_sync_post_output_result",
    "V1AdminIntegrationsIntegrationIdDataAccessGetInput": ".v1_admin_integrations_integration_id_data_access_get_input",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutput": ".v1_admin_integrations_integration_id_data_access_get_output",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult": ".v1_admin_integrations_integration_id_data_access_get_output_result",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels": ".v1_admin_integrations_integration_id_data_access_get_output_result_models",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0Status": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_0_status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_create_type_2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_0_status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_read_type_2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_0_status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2": ".v1_admin_integrations_integration_id_data_access_get_output_result_models_additional_property_update_type_2",
    "V1AdminIntegrationsIntegrationIdDataAccessPostInput": ".v1_admin_integrations_integration_id_data_access_post_input",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutput": ".v1_admin_integrations_integration_id_data_access_post_output",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutputResult": ".v1_admin_integrations_integration_id_data_access_post_output_result",
    "V1AdminIntegrationsIntegrationIdDeleteInput": ".v1_admin_integrations_integration_id_delete_input",
    "V1AdminIntegrationsIntegrationIdDeleteOutput": ".v1_admin_integrations_integration_id_delete_output",
    "V1AdminIntegrationsIntegrationIdGetInput": ".v1_admin_integrations_integration_id_get_input",
    "V1AdminIntegrationsIntegrationIdGetOutput": ".v1_admin_integrations_integration_id_get_output",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0": ".v1_admin_integrations_integration_id_get_output_results_type_0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItem": ".v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemConfigurationData": ".v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item_configuration_data",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemCustomDataType0": ".v1_admin_integrations_integration_id_get_output_results_type_0_configuration_meta_data_item_custom_data_type_0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem": ".v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName": ".v1_admin_integrations_integration_id_get_output_results_type_0_integration_interfaces_item_interface_name",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence": ".v1_admin_integrations_integration_id_get_output_results_type_0_max_request_cadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Models": ".v1_admin_integrations_integration_id_get_output_results_type_0_models",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalProperty": ".v1_admin_integrations_integration_id_get_output_results_type_0_models_additional_property",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalPropertyFromInterfacesItem": ".v1_admin_integrations_integration_id_get_output_results_type_0_models_additional_property_from_interfaces_item",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence": ".v1_admin_integrations_integration_id_get_output_results_type_0_sync_cadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0System": ".v1_admin_integrations_integration_id_get_output_results_type_0_system",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor": ".v1_admin_integrations_integration_id_get_output_results_type_0_vendor",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetInput": ".v1_admin_integrations_integration_id_job_schedules_get_input",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutput": ".v1_admin_integrations_integration_id_job_schedules_get_output",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItem": ".v1_admin_integrations_integration_id_job_schedules_get_output_results_item",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemParameters": ".v1_admin_integrations_integration_id_job_schedules_get_output_results_item_parameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus": ".v1_admin_integrations_integration_id_job_schedules_get_output_results_item_status",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemSyncCadence": ".v1_admin_integrations_integration_id_job_schedules_get_output_results_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetInput": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_input",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutput": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResults": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsParameters": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_parameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_status",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence": ".v1_admin_integrations_integration_id_job_schedules_job_schedule_id_get_output_results_sync_cadence",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInput": ".v1_admin_integrations_integration_id_manual_sync_post_input",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInputModelsToSyncItem": ".v1_admin_integrations_integration_id_manual_sync_post_input_models_to_sync_item",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutput": ".v1_admin_integrations_integration_id_manual_sync_post_output",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutputResult": ".v1_admin_integrations_integration_id_manual_sync_post_output_result",
    "V1AdminIntegrationsIntegrationIdPropertiesGetInput": ".v1_admin_integrations_integration_id_properties_get_input",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutput": ".v1_admin_integrations_integration_id_properties_get_output",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutputResultsItem": ".v1_admin_integrations_integration_id_properties_get_output_results_item",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutInput": ".v1_admin_integrations_integration_id_properties_property_configuration_id_put_input",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutput": ".v1_admin_integrations_integration_id_properties_property_configuration_id_put_output",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutputResults": ".v1_admin_integrations_integration_id_properties_property_configuration_id_put_output_results",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetInput": ".v1_admin_integrations_integration_id_property_lists_get_input",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutput": ".v1_admin_integrations_integration_id_property_lists_get_output",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutputResultsItem": ".v1_admin_integrations_integration_id_property_lists_get_output_results_item",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostInput": ".v1_admin_integrations_integration_id_property_lists_post_input",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutput": ".v1_admin_integrations_integration_id_property_lists_post_output",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutputResults": ".v1_admin_integrations_integration_id_property_lists_post_output_results",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutInput": ".v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_input",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutput": ".v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_output",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutputResults": ".v1_admin_integrations_integration_id_property_lists_property_list_configuration_id_put_output_results",
    "V1AdminIntegrationsIntegrationIdPutInput": ".v1_admin_integrations_integration_id_put_input",
    "V1AdminIntegrationsIntegrationIdPutInputBuildium": ".v1_admin_integrations_integration_id_put_input_buildium",
    "V1AdminIntegrationsIntegrationIdPutInputCredentialsType0": ".v1_admin_integrations_integration_id_put_input_credentials_type_0",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleInterval": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAY": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_timezone",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType": ".v1_admin_integrations_integration_id_put_input_custom_sync_schedule_type",
    "V1AdminIntegrationsIntegrationIdPutInputEntrata": ".v1_admin_integrations_integration_id_put_input_entrata",
    "V1AdminIntegrationsIntegrationIdPutInputKnock": ".v1_admin_integrations_integration_id_put_input_knock",
    "V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence": ".v1_admin_integrations_integration_id_put_input_max_request_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputMRI": ".v1_admin_integrations_integration_id_put_input_mri",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareREST": ".v1_admin_integrations_integration_id_put_input_propertyware_rest",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP": ".v1_admin_integrations_integration_id_put_input_propertyware_soap",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addresidentactivitylog",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getfloorplanlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleaseinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getlocationlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getpicklistprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getprospectsurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentconvergent",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentledger",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentlistinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getscheduledappointments",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getserviceissuelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsitelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsubscriptions",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunits",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getwoprioritylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getworkordersurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertactivity",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertfollowup",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_postsinglecharge",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_prospectsearch",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_transactioncodes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_unitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": ".v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor": ".v1_admin_integrations_integration_id_put_input_realpage_registered_vendor",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendorFtpCredentials": ".v1_admin_integrations_integration_id_put_input_realpage_registered_vendor_ftp_credentials",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction": ".v1_admin_integrations_integration_id_put_input_rent_manager_production",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox": ".v1_admin_integrations_integration_id_put_input_rent_manager_sandbox",
    "V1AdminIntegrationsIntegrationIdPutInputRentvine": ".v1_admin_integrations_integration_id_put_input_rentvine",
    "V1AdminIntegrationsIntegrationIdPutInputResman": ".v1_admin_integrations_integration_id_put_input_resman",
    "V1AdminIntegrationsIntegrationIdPutInputSample1": ".v1_admin_integrations_integration_id_put_input_sample_1",
    "V1AdminIntegrationsIntegrationIdPutInputSample1CommonData": ".v1_admin_integrations_integration_id_put_input_sample_1_common_data",
    "V1AdminIntegrationsIntegrationIdPutInputSample1GuestCard": ".v1_admin_integrations_integration_id_put_input_sample_1_guest_card",
    "V1AdminIntegrationsIntegrationIdPutInputSample1JobCost": ".v1_admin_integrations_integration_id_put_input_sample_1_job_cost",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ResidentTransactions": ".v1_admin_integrations_integration_id_put_input_sample_1_resident_transactions",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ServiceRequests": ".v1_admin_integrations_integration_id_put_input_sample_1_service_requests",
    "V1AdminIntegrationsIntegrationIdPutInputSample1VendorInvoicing": ".v1_admin_integrations_integration_id_put_input_sample_1_vendor_invoicing",
    "V1AdminIntegrationsIntegrationIdPutInputSample2": ".v1_admin_integrations_integration_id_put_input_sample_2",
    "V1AdminIntegrationsIntegrationIdPutInputSyncCadence": ".v1_admin_integrations_integration_id_put_input_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutInputSystem": ".v1_admin_integrations_integration_id_put_input_system",
    "V1AdminIntegrationsIntegrationIdPutOutput": ".v1_admin_integrations_integration_id_put_output",
    "V1AdminIntegrationsIntegrationIdPutOutputResult": ".v1_admin_integrations_integration_id_put_output_result",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncSchedule": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleInterval": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAY": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday_slots_item",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleTimezone": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_timezone",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType": ".v1_admin_integrations_integration_id_put_output_result_custom_sync_schedule_type",
    "V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence": ".v1_admin_integrations_integration_id_put_output_result_max_request_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSyncCadence": ".v1_admin_integrations_integration_id_put_output_result_sync_cadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSystem": ".v1_admin_integrations_integration_id_put_output_result_system",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetInput": ".v1_admin_integrations_integration_id_rate_limits_get_input",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutput": ".v1_admin_integrations_integration_id_rate_limits_get_output",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0": ".v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem": ".v1_admin_integrations_integration_id_rate_limits_get_output_results_type_0_api_ratelimits_item",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1": ".v1_admin_integrations_integration_id_rate_limits_get_output_results_type_1",
    "V1AdminIntegrationsPostInput": ".v1_admin_integrations_post_input",
    "V1AdminIntegrationsPostInputBuildium": ".v1_admin_integrations_post_input_buildium",
    "V1AdminIntegrationsPostInputCredentialsType0": ".v1_admin_integrations_post_input_credentials_type_0",
    "V1AdminIntegrationsPostInputCustomSyncSchedule": ".v1_admin_integrations_post_input_custom_sync_schedule",
    "V1AdminIntegrationsPostInputCustomSyncScheduleInterval": ".v1_admin_integrations_post_input_custom_sync_schedule_interval",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_friday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_friday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_monday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_monday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday_slots_item",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_input_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleTimezone": ".v1_admin_integrations_post_input_custom_sync_schedule_timezone",
    "V1AdminIntegrationsPostInputCustomSyncScheduleType": ".v1_admin_integrations_post_input_custom_sync_schedule_type",
    "V1AdminIntegrationsPostInputEntrata": ".v1_admin_integrations_post_input_entrata",
    "V1AdminIntegrationsPostInputKnock": ".v1_admin_integrations_post_input_knock",
    "V1AdminIntegrationsPostInputMaxRequestCadence": ".v1_admin_integrations_post_input_max_request_cadence",
    "V1AdminIntegrationsPostInputMRI": ".v1_admin_integrations_post_input_mri",
    "V1AdminIntegrationsPostInputPropertywareREST": ".v1_admin_integrations_post_input_propertyware_rest",
    "V1AdminIntegrationsPostInputPropertywareSOAP": ".v1_admin_integrations_post_input_propertyware_soap",
    "V1AdminIntegrationsPostInputRealpagePartnerExchange": ".v1_admin_integrations_post_input_realpage_partner_exchange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addresidentactivitylog",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getfloorplanlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleaseinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getlocationlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getpicklistprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getprospectsurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentconvergent",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentledger",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentlistinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getscheduledappointments",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getserviceissuelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsitelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsubscriptions",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunits",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getwoprioritylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getworkordersurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertactivity",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertfollowup",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_postsinglecharge",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_prospectsearch",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_transactioncodes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_unitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus": ".v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendor": ".v1_admin_integrations_post_input_realpage_registered_vendor",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendorFtpCredentials": ".v1_admin_integrations_post_input_realpage_registered_vendor_ftp_credentials",
    "V1AdminIntegrationsPostInputRentManagerProduction": ".v1_admin_integrations_post_input_rent_manager_production",
    "V1AdminIntegrationsPostInputRentManagerSandbox": ".v1_admin_integrations_post_input_rent_manager_sandbox",
    "V1AdminIntegrationsPostInputRentvine": ".v1_admin_integrations_post_input_rentvine",
    "V1AdminIntegrationsPostInputResman": ".v1_admin_integrations_post_input_resman",
    "V1AdminIntegrationsPostInputSample1": ".v1_admin_integrations_post_input_sample_1",
    "V1AdminIntegrationsPostInputSample1CommonData": ".v1_admin_integrations_post_input_sample_1_common_data",
    "V1AdminIntegrationsPostInputSample1GuestCard": ".v1_admin_integrations_post_input_sample_1_guest_card",
    "V1AdminIntegrationsPostInputSample1JobCost": ".v1_admin_integrations_post_input_sample_1_job_cost",
    "V1AdminIntegrationsPostInputSample1ResidentTransactions": ".v1_admin_integrations_post_input_sample_1_resident_transactions",
    "V1AdminIntegrationsPostInputSample1ServiceRequests": ".v1_admin_integrations_post_input_sample_1_service_requests",
    "V1AdminIntegrationsPostInputSample1VendorInvoicing": ".v1_admin_integrations_post_input_sample_1_vendor_invoicing",
    "V1AdminIntegrationsPostInputSample2": ".v1_admin_integrations_post_input_sample_2",
    "V1AdminIntegrationsPostInputSyncCadence": ".v1_admin_integrations_post_input_sync_cadence",
    "V1AdminIntegrationsPostInputSystem": ".v1_admin_integrations_post_input_system",
    "V1AdminIntegrationsPostOutput": ".v1_admin_integrations_post_output",
    "V1AdminIntegrationsPostOutputResult": ".v1_admin_integrations_post_output_result",
    "V1AdminIntegrationsPostOutputResultCustomSyncSchedule": ".v1_admin_integrations_post_output_result_custom_sync_schedule",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleInterval": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_friday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_monday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_saturday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_sunday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_thursday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_tuesday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAY": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday_slots_item",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence": ".v1_admin_integrations_post_output_result_custom_sync_schedule_interval_wednesday_slots_item_sync_cadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleTimezone": ".v1_admin_integrations_post_output_result_custom_sync_schedule_timezone",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleType": ".v1_admin_integrations_post_output_result_custom_sync_schedule_type",
    "V1AdminIntegrationsPostOutputResultMaxRequestCadence": ".v1_admin_integrations_post_output_result_max_request_cadence",
    "V1AdminIntegrationsPostOutputResultPingResults": ".v1_admin_integrations_post_output_result_ping_results",
    "V1AdminIntegrationsPostOutputResultSyncCadence": ".v1_admin_integrations_post_output_result_sync_cadence",
    "V1AdminIntegrationsPostOutputResultSystem": ".v1_admin_integrations_post_output_result_system",
    "V1AdminIntegrationsPostOutputResultVendor": ".v1_admin_integrations_post_output_result_vendor",
    "V1AdminJobLogsJobLogIdDataGetInput": ".v1_admin_job_logs_job_log_id_data_get_input",
    "V1AdminJobLogsJobLogIdDataGetOutput": ".v1_admin_job_logs_job_log_id_data_get_output",
    "V1AdminJobLogsJobLogIdGetInput": ".v1_admin_job_logs_job_log_id_get_input",
    "V1AdminJobLogsJobLogIdGetOutput": ".v1_admin_job_logs_job_log_id_get_output",
    "V1AdminJobLogsJobLogIdGetOutputResults": ".v1_admin_job_logs_job_log_id_get_output_results",
    "V1AdminLogsJobsGetInput": ".v1_admin_logs_jobs_get_input",
    "V1AdminLogsJobsGetInputStatus": ".v1_admin_logs_jobs_get_input_status",
    "V1AdminLogsJobsGetOutput": ".v1_admin_logs_jobs_get_output",
    "V1AdminLogsJobsGetOutputResultsItem": ".v1_admin_logs_jobs_get_output_results_item",
    "V1AdminLogsJobsIdGetInput": ".v1_admin_logs_jobs_id_get_input",
    "V1AdminLogsJobsIdGetOutput": ".v1_admin_logs_jobs_id_get_output",
    "V1AdminLogsJobsIdGetOutputResultsItem": ".v1_admin_logs_jobs_id_get_output_results_item",
    "V1AdminLogsWritesGetInput": ".v1_admin_logs_writes_get_input",
    "V1AdminLogsWritesGetInputStatus": ".v1_admin_logs_writes_get_input_status",
    "V1AdminLogsWritesGetInputTimeRange": ".v1_admin_logs_writes_get_input_time_range",
    "V1AdminLogsWritesGetInputWriteCategory": ".v1_admin_logs_writes_get_input_write_category",
    "V1AdminLogsWritesGetOutput": ".v1_admin_logs_writes_get_output",
    "V1AdminLogsWritesGetOutputResults": ".v1_admin_logs_writes_get_output_results",
    "V1AdminLogsWritesGetOutputResultsLogsItem": ".v1_admin_logs_writes_get_output_results_logs_item",
    "V1AdminLogsWritesGetOutputResultsLogsItemStatus": ".v1_admin_logs_writes_get_output_results_logs_item_status",
    "V1AdminLogsWritesGetOutputResultsLogsItemVendor": ".v1_admin_logs_writes_get_output_results_logs_item_vendor",
    "V1AdminNormalizationModelFieldGetInput": ".v1_admin_normalization_model_field_get_input",
    "V1AdminNormalizationModelFieldGetOutput": ".v1_admin_normalization_model_field_get_output",
    "V1AdminNormalizationModelFieldGetOutputResults": ".v1_admin_normalization_model_field_get_output_results",
    "V1AdminNormalizationModelFieldGetOutputResultsMappings": ".v1_admin_normalization_model_field_get_output_results_mappings",
    "V1AdminRetryWriteRootJobIdPostInput": ".v1_admin_retry_write_root_job_id_post_input",
    "V1AdminRetryWriteRootJobIdPostOutput": ".v1_admin_retry_write_root_job_id_post_output",
    "V1AdminUsersGetInput": ".v1_admin_users_get_input",
    "V1AdminUsersGetOutput": ".v1_admin_users_get_output",
    "V1AdminUsersGetOutputResultsItem": ".v1_admin_users_get_output_results_item",
    "V1AdminUsersGetOutputResultsItemRolesItem": ".v1_admin_users_get_output_results_item_roles_item",
    "V1AdminUsersIdGetInput": ".v1_admin_users_id_get_input",
    "V1AdminUsersIdGetOutput": ".v1_admin_users_id_get_output",
    "V1AdminUsersIdGetOutputResultsType0": ".v1_admin_users_id_get_output_results_type_0",
    "V1AdminUsersIdGetOutputResultsType0RolesItem": ".v1_admin_users_id_get_output_results_type_0_roles_item",
    "V1AdminWriteStatusRootJobIdGetInput": ".v1_admin_write_status_root_job_id_get_input",
    "V1AdminWriteStatusRootJobIdGetOutput": ".v1_admin_write_status_root_job_id_get_output",
    "V1AdminWriteStatusRootJobIdGetOutputWriteStatus": ".v1_admin_write_status_root_job_id_get_output_write_status",
    "V1AmenitiesAmenityIdGetInput": ".v1_amenities_amenity_id_get_input",
    "V1AmenitiesAmenityIdGetOutput": ".v1_amenities_amenity_id_get_output",
    "V1AmenitiesAmenityIdGetOutputResults": ".v1_amenities_amenity_id_get_output_results",
    "V1AmenitiesAmenityIdGetOutputResultsCustomDataType0": ".v1_amenities_amenity_id_get_output_results_custom_data_type_0",
    "V1AmenitiesAmenityIdGetOutputResultsMetaDataType0": ".v1_amenities_amenity_id_get_output_results_meta_data_type_0",
    "V1AmenitiesAmenityIdGetOutputResultsNameNormalized": ".v1_amenities_amenity_id_get_output_results_name_normalized",
    "V1AmenitiesAmenityIdGetOutputResultsUnitsItem": ".v1_amenities_amenity_id_get_output_results_units_item",
    "V1AmenitiesAmenityIdPutInput": ".v1_amenities_amenity_id_put_input",
    "V1AmenitiesAmenityIdPutOutput": ".v1_amenities_amenity_id_put_output",
    "V1AmenitiesAmenityIdPutOutputData": ".v1_amenities_amenity_id_put_output_data",
    "V1AmenitiesGetInput": ".v1_amenities_get_input",
    "V1AmenitiesGetOutput": ".v1_amenities_get_output",
    "V1AmenitiesGetOutputResultsItem": ".v1_amenities_get_output_results_item",
    "V1AmenitiesGetOutputResultsItemCustomDataType0": ".v1_amenities_get_output_results_item_custom_data_type_0",
    "V1AmenitiesGetOutputResultsItemMetaDataType0": ".v1_amenities_get_output_results_item_meta_data_type_0",
    "V1AmenitiesGetOutputResultsItemNameNormalized": ".v1_amenities_get_output_results_item_name_normalized",
    "V1AmenitiesGetOutputResultsItemUnitsItem": ".v1_amenities_get_output_results_item_units_item",
    "V1AmenitiesPostInput": ".v1_amenities_post_input",
    "V1AmenitiesPostOutput": ".v1_amenities_post_output",
    "V1AmenitiesPostOutputData": ".v1_amenities_post_output_data",
    "V1AmenitiesPropertiesIdPostInput": ".v1_amenities_properties_id_post_input",
    "V1AmenitiesPropertiesIdPostInputCustomData": ".v1_amenities_properties_id_post_input_custom_data",
    "V1AmenitiesPropertiesIdPostInputVendor": ".v1_amenities_properties_id_post_input_vendor",
    "V1AmenitiesPropertiesIdPostOutput": ".v1_amenities_properties_id_post_output",
    "V1AmenitiesPropertiesIdPostOutputData": ".v1_amenities_properties_id_post_output_data",
    "V1AmenitiesPropertiesIdPutInput": ".v1_amenities_properties_id_put_input",
    "V1AmenitiesPropertiesIdPutInputFeaturesItem": ".v1_amenities_properties_id_put_input_features_item",
    "V1AmenitiesPropertiesIdPutInputIncludedInRentItem": ".v1_amenities_properties_id_put_input_included_in_rent_item",
    "V1AmenitiesPropertiesIdPutOutput": ".v1_amenities_properties_id_put_output",
    "V1AmenitiesPropertiesIdPutOutputData": ".v1_amenities_properties_id_put_output_data",
    "V1AmenitiesUnitsIdPostInput": ".v1_amenities_units_id_post_input",
    "V1AmenitiesUnitsIdPostInputCustomData": ".v1_amenities_units_id_post_input_custom_data",
    "V1AmenitiesUnitsIdPostInputVendor": ".v1_amenities_units_id_post_input_vendor",
    "V1AmenitiesUnitsIdPostOutput": ".v1_amenities_units_id_post_output",
    "V1AmenitiesUnitsIdPostOutputData": ".v1_amenities_units_id_post_output_data",
    "V1AmenitiesUnitsIdPutInput": ".v1_amenities_units_id_put_input",
    "V1AmenitiesUnitsIdPutInputFeaturesItem": ".v1_amenities_units_id_put_input_features_item",
    "V1AmenitiesUnitsIdPutOutput": ".v1_amenities_units_id_put_output",
    "V1AmenitiesUnitsIdPutOutputData": ".v1_amenities_units_id_put_output_data",
    "V1ApplicantsGetInput": ".v1_applicants_get_input",
    "V1ApplicantsGetOutput": ".v1_applicants_get_output",
    "V1ApplicantsIdGetInput": ".v1_applicants_id_get_input",
    "V1ApplicantsIdGetOutput": ".v1_applicants_id_get_output",
    "V1ApplicantsIdPutInput": ".v1_applicants_id_put_input",
    "V1ApplicantsIdPutInputAddOnsItem": ".v1_applicants_id_put_input_add_ons_item",
    "V1ApplicantsIdPutInputAddressHistoryItem": ".v1_applicants_id_put_input_address_history_item",
    "V1ApplicantsIdPutInputAddressHistoryItemAddressType": ".v1_applicants_id_put_input_address_history_item_address_type",
    "V1ApplicantsIdPutInputAddressHistoryItemCountry": ".v1_applicants_id_put_input_address_history_item_country",
    "V1ApplicantsIdPutInputAddressHistoryItemManagerType": ".v1_applicants_id_put_input_address_history_item_manager_type",
    "V1ApplicantsIdPutInputAddressHistoryItemState": ".v1_applicants_id_put_input_address_history_item_state",
    "V1ApplicantsIdPutInputApplicantStatus": ".v1_applicants_id_put_input_applicant_status",
    "V1ApplicantsIdPutInputApplicationReferencesItem": ".v1_applicants_id_put_input_application_references_item",
    "V1ApplicantsIdPutInputApplicationStatus": ".v1_applicants_id_put_input_application_status",
    "V1ApplicantsIdPutInputAssistance": ".v1_applicants_id_put_input_assistance",
    "V1ApplicantsIdPutInputAttachmentsItem": ".v1_applicants_id_put_input_attachments_item",
    "V1ApplicantsIdPutInputBankAccountsItem": ".v1_applicants_id_put_input_bank_accounts_item",
    "V1ApplicantsIdPutInputBankAccountsItemAccountType": ".v1_applicants_id_put_input_bank_accounts_item_account_type",
    "V1ApplicantsIdPutInputCreditCardsItem": ".v1_applicants_id_put_input_credit_cards_item",
    "V1ApplicantsIdPutInputEmergencyContactsItem": ".v1_applicants_id_put_input_emergency_contacts_item",
    "V1ApplicantsIdPutInputEmploymentHistoryItem": ".v1_applicants_id_put_input_employment_history_item",
    "V1ApplicantsIdPutInputEventsItem": ".v1_applicants_id_put_input_events_item",
    "V1ApplicantsIdPutInputMaritalStatus": ".v1_applicants_id_put_input_marital_status",
    "V1ApplicantsIdPutInputOtherIncomeItem": ".v1_applicants_id_put_input_other_income_item",
    "V1ApplicantsIdPutInputOtherOccupantsItem": ".v1_applicants_id_put_input_other_occupants_item",
    "V1ApplicantsIdPutInputOtherOccupantsItemRelationship": ".v1_applicants_id_put_input_other_occupants_item_relationship",
    "V1ApplicantsIdPutInputPetsItem": ".v1_applicants_id_put_input_pets_item",
    "V1ApplicantsIdPutInputPetsItemGender": ".v1_applicants_id_put_input_pets_item_gender",
    "V1ApplicantsIdPutInputPhone1Type": ".v1_applicants_id_put_input_phone_1_type",
    "V1ApplicantsIdPutInputPhone2Type": ".v1_applicants_id_put_input_phone_2_type",
    "V1ApplicantsIdPutInputPhone3Type": ".v1_applicants_id_put_input_phone_3_type",
    "V1ApplicantsIdPutInputStatus": ".v1_applicants_id_put_input_status",
    "V1ApplicantsIdPutInputType": ".v1_applicants_id_put_input_type",
    "V1ApplicantsIdPutInputVehiclesItem": ".v1_applicants_id_put_input_vehicles_item",
    "V1ApplicantsIdPutOutput": ".v1_applicants_id_put_output",
    "V1ApplicantsIdPutOutputData": ".v1_applicants_id_put_output_data",
    "V1ApplicantsIdRentableItemsGetInput": ".v1_applicants_id_rentable_items_get_input",
    "V1ApplicantsIdRentableItemsGetOutput": ".v1_applicants_id_rentable_items_get_output",
    "V1ApplicantsPostInput": ".v1_applicants_post_input",
    "V1ApplicantsPostInputAddOnsItem": ".v1_applicants_post_input_add_ons_item",
    "V1ApplicantsPostInputAddressHistoryItem": ".v1_applicants_post_input_address_history_item",
    "V1ApplicantsPostInputAddressHistoryItemAddressType": ".v1_applicants_post_input_address_history_item_address_type",
    "V1ApplicantsPostInputAddressHistoryItemCountry": ".v1_applicants_post_input_address_history_item_country",
    "V1ApplicantsPostInputAddressHistoryItemManagerType": ".v1_applicants_post_input_address_history_item_manager_type",
    "V1ApplicantsPostInputAddressHistoryItemState": ".v1_applicants_post_input_address_history_item_state",
    "V1ApplicantsPostInputApplicantStatus": ".v1_applicants_post_input_applicant_status",
    "V1ApplicantsPostInputApplicationReferencesItem": ".v1_applicants_post_input_application_references_item",
    "V1ApplicantsPostInputApplicationStatus": ".v1_applicants_post_input_application_status",
    "V1ApplicantsPostInputAssistance": ".v1_applicants_post_input_assistance",
    "V1ApplicantsPostInputAttachmentsItem": ".v1_applicants_post_input_attachments_item",
    "V1ApplicantsPostInputBankAccountsItem": ".v1_applicants_post_input_bank_accounts_item",
    "V1ApplicantsPostInputBankAccountsItemAccountType": ".v1_applicants_post_input_bank_accounts_item_account_type",
    "V1ApplicantsPostInputCreditCardsItem": ".v1_applicants_post_input_credit_cards_item",
    "V1ApplicantsPostInputCustomData": ".v1_applicants_post_input_custom_data",
    "V1ApplicantsPostInputEmergencyContactsItem": ".v1_applicants_post_input_emergency_contacts_item",
    "V1ApplicantsPostInputEmploymentHistoryItem": ".v1_applicants_post_input_employment_history_item",
    "V1ApplicantsPostInputEventsItem": ".v1_applicants_post_input_events_item",
    "V1ApplicantsPostInputEventsItemEventName": ".v1_applicants_post_input_events_item_event_name",
    "V1ApplicantsPostInputMaritalStatus": ".v1_applicants_post_input_marital_status",
    "V1ApplicantsPostInputOtherIncomeItem": ".v1_applicants_post_input_other_income_item",
    "V1ApplicantsPostInputOtherOccupantsItem": ".v1_applicants_post_input_other_occupants_item",
    "V1ApplicantsPostInputOtherOccupantsItemRelationship": ".v1_applicants_post_input_other_occupants_item_relationship",
    "V1ApplicantsPostInputPetsItem": ".v1_applicants_post_input_pets_item",
    "V1ApplicantsPostInputPetsItemGender": ".v1_applicants_post_input_pets_item_gender",
    "V1ApplicantsPostInputPhone1Type": ".v1_applicants_post_input_phone_1_type",
    "V1ApplicantsPostInputPhone2Type": ".v1_applicants_post_input_phone_2_type",
    "V1ApplicantsPostInputPhone3Type": ".v1_applicants_post_input_phone_3_type",
    "V1ApplicantsPostInputStatus": ".v1_applicants_post_input_status",
    "V1ApplicantsPostInputType": ".v1_applicants_post_input_type",
    "V1ApplicantsPostInputVehiclesItem": ".v1_applicants_post_input_vehicles_item",
    "V1ApplicantsPostOutput": ".v1_applicants_post_output",
    "V1ApplicantsPostOutputData": ".v1_applicants_post_output_data",
    "V1ApplicationStatusesApplicationStatusIdGetInput": ".v1_application_statuses_application_status_id_get_input",
    "V1ApplicationStatusesApplicationStatusIdGetOutput": ".v1_application_statuses_application_status_id_get_output",
    "V1ApplicationStatusesGetInput": ".v1_application_statuses_get_input",
    "V1ApplicationStatusesGetOutput": ".v1_application_statuses_get_output",
    "V1ApplicationTemplatesApplicationTemplateIdGetInput": ".v1_application_templates_application_template_id_get_input",
    "V1ApplicationTemplatesApplicationTemplateIdGetOutput": ".v1_application_templates_application_template_id_get_output",
    "V1ApplicationTemplatesGetInput": ".v1_application_templates_get_input",
    "V1ApplicationTemplatesGetOutput": ".v1_application_templates_get_output",
    "V1ApplicationsGetInput": ".v1_applications_get_input",
    "V1ApplicationsGetOutput": ".v1_applications_get_output",
    "V1ApplicationsIdGetInput": ".v1_applications_id_get_input",
    "V1ApplicationsIdGetOutput": ".v1_applications_id_get_output",
    "V1ApplicationsIdPutInput": ".v1_applications_id_put_input",
    "V1ApplicationsIdPutInputAddOnsItem": ".v1_applications_id_put_input_add_ons_item",
    "V1ApplicationsIdPutInputAddressHistoryItem": ".v1_applications_id_put_input_address_history_item",
    "V1ApplicationsIdPutInputAddressHistoryItemCountryType0": ".v1_applications_id_put_input_address_history_item_country_type_0",
    "V1ApplicationsIdPutInputAddressHistoryItemState": ".v1_applications_id_put_input_address_history_item_state",
    "V1ApplicationsIdPutInputApplicationFeesItem": ".v1_applications_id_put_input_application_fees_item",
    "V1ApplicationsIdPutInputApplicationStatus": ".v1_applications_id_put_input_application_status",
    "V1ApplicationsIdPutInputAttachmentsItem": ".v1_applications_id_put_input_attachments_item",
    "V1ApplicationsIdPutInputConcessionFeesItem": ".v1_applications_id_put_input_concession_fees_item",
    "V1ApplicationsIdPutInputEmergencyContactsItem": ".v1_applications_id_put_input_emergency_contacts_item",
    "V1ApplicationsIdPutInputEmergencyContactsItemCountryType0": ".v1_applications_id_put_input_emergency_contacts_item_country_type_0",
    "V1ApplicationsIdPutInputEmergencyContactsItemRelationship": ".v1_applications_id_put_input_emergency_contacts_item_relationship",
    "V1ApplicationsIdPutInputEmergencyContactsItemState": ".v1_applications_id_put_input_emergency_contacts_item_state",
    "V1ApplicationsIdPutInputEmploymentHistoryItem": ".v1_applications_id_put_input_employment_history_item",
    "V1ApplicationsIdPutInputEmploymentHistoryItemState": ".v1_applications_id_put_input_employment_history_item_state",
    "V1ApplicationsIdPutInputEventsItem": ".v1_applications_id_put_input_events_item",
    "V1ApplicationsIdPutInputMaritalStatus": ".v1_applications_id_put_input_marital_status",
    "V1ApplicationsIdPutInputOtherIncomeItem": ".v1_applications_id_put_input_other_income_item",
    "V1ApplicationsIdPutInputOtherOccupantsItem": ".v1_applications_id_put_input_other_occupants_item",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone1Type": ".v1_applications_id_put_input_other_occupants_item_phone_1_type",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type": ".v1_applications_id_put_input_other_occupants_item_phone_2_type",
    "V1ApplicationsIdPutInputOtherOccupantsItemRelationship": ".v1_applications_id_put_input_other_occupants_item_relationship",
    "V1ApplicationsIdPutInputOtherOccupantsItemState": ".v1_applications_id_put_input_other_occupants_item_state",
    "V1ApplicationsIdPutInputPetsItem": ".v1_applications_id_put_input_pets_item",
    "V1ApplicationsIdPutInputPhone1Type": ".v1_applications_id_put_input_phone_1_type",
    "V1ApplicationsIdPutInputPhone2Type": ".v1_applications_id_put_input_phone_2_type",
    "V1ApplicationsIdPutInputStatus": ".v1_applications_id_put_input_status",
    "V1ApplicationsIdPutInputVehiclesItem": ".v1_applications_id_put_input_vehicles_item",
    "V1ApplicationsIdPutInputVehiclesItemLicensePlateState": ".v1_applications_id_put_input_vehicles_item_license_plate_state",
    "V1ApplicationsIdPutOutput": ".v1_applications_id_put_output",
    "V1ApplicationsIdPutOutputData": ".v1_applications_id_put_output_data",
    "V1ApplicationsPostInput": ".v1_applications_post_input",
    "V1ApplicationsPostInputAddOnsItem": ".v1_applications_post_input_add_ons_item",
    "V1ApplicationsPostInputAddressHistoryItem": ".v1_applications_post_input_address_history_item",
    "V1ApplicationsPostInputAddressHistoryItemCountryType0": ".v1_applications_post_input_address_history_item_country_type_0",
    "V1ApplicationsPostInputAddressHistoryItemState": ".v1_applications_post_input_address_history_item_state",
    "V1ApplicationsPostInputApplicationFeesItem": ".v1_applications_post_input_application_fees_item",
    "V1ApplicationsPostInputApplicationReferencesItem": ".v1_applications_post_input_application_references_item",
    "V1ApplicationsPostInputApplicationStatus": ".v1_applications_post_input_application_status",
    "V1ApplicationsPostInputAssistance": ".v1_applications_post_input_assistance",
    "V1ApplicationsPostInputAttachmentsItem": ".v1_applications_post_input_attachments_item",
    "V1ApplicationsPostInputBankAccountsItem": ".v1_applications_post_input_bank_accounts_item",
    "V1ApplicationsPostInputBankAccountsItemAccountType": ".v1_applications_post_input_bank_accounts_item_account_type",
    "V1ApplicationsPostInputConcessionFeesItem": ".v1_applications_post_input_concession_fees_item",
    "V1ApplicationsPostInputCreditCardsItem": ".v1_applications_post_input_credit_cards_item",
    "V1ApplicationsPostInputEmergencyContactsItem": ".v1_applications_post_input_emergency_contacts_item",
    "V1ApplicationsPostInputEmergencyContactsItemCountryType0": ".v1_applications_post_input_emergency_contacts_item_country_type_0",
    "V1ApplicationsPostInputEmergencyContactsItemRelationship": ".v1_applications_post_input_emergency_contacts_item_relationship",
    "V1ApplicationsPostInputEmergencyContactsItemState": ".v1_applications_post_input_emergency_contacts_item_state",
    "V1ApplicationsPostInputEmploymentHistoryItem": ".v1_applications_post_input_employment_history_item",
    "V1ApplicationsPostInputEmploymentHistoryItemState": ".v1_applications_post_input_employment_history_item_state",
    "V1ApplicationsPostInputMaritalStatus": ".v1_applications_post_input_marital_status",
    "V1ApplicationsPostInputOtherIncomeItem": ".v1_applications_post_input_other_income_item",
    "V1ApplicationsPostInputOtherOccupantsItem": ".v1_applications_post_input_other_occupants_item",
    "V1ApplicationsPostInputOtherOccupantsItemPhone1Type": ".v1_applications_post_input_other_occupants_item_phone_1_type",
    "V1ApplicationsPostInputOtherOccupantsItemPhone2Type": ".v1_applications_post_input_other_occupants_item_phone_2_type",
    "V1ApplicationsPostInputOtherOccupantsItemRelationship": ".v1_applications_post_input_other_occupants_item_relationship",
    "V1ApplicationsPostInputOtherOccupantsItemState": ".v1_applications_post_input_other_occupants_item_state",
    "V1ApplicationsPostInputPetsItem": ".v1_applications_post_input_pets_item",
    "V1ApplicationsPostInputPhone1Type": ".v1_applications_post_input_phone_1_type",
    "V1ApplicationsPostInputPhone2Type": ".v1_applications_post_input_phone_2_type",
    "V1ApplicationsPostInputPhone3Type": ".v1_applications_post_input_phone_3_type",
    "V1ApplicationsPostInputStatus": ".v1_applications_post_input_status",
    "V1ApplicationsPostInputType": ".v1_applications_post_input_type",
    "V1ApplicationsPostInputVehiclesItem": ".v1_applications_post_input_vehicles_item",
    "V1ApplicationsPostInputVehiclesItemLicensePlateState": ".v1_applications_post_input_vehicles_item_license_plate_state",
    "V1ApplicationsPostOutput": ".v1_applications_post_output",
    "V1ApplicationsPostOutputData": ".v1_applications_post_output_data",
    "V1AppointmentAvailabilityPostInput": ".v1_appointment_availability_post_input",
    "V1AppointmentAvailabilityPostInputCalendarTypesItem": ".v1_appointment_availability_post_input_calendar_types_item",
    "V1AppointmentAvailabilityPostOutput": ".v1_appointment_availability_post_output",
    "V1AppointmentAvailabilityPostOutputMeta": ".v1_appointment_availability_post_output_meta",
    "V1AppointmentAvailabilityPostOutputResultItem": ".v1_appointment_availability_post_output_result_item",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItem": ".v1_appointment_availability_post_output_result_item_calendar_days_item",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemAvailableSlotsItemType0": ".v1_appointment_availability_post_output_result_item_calendar_days_item_available_slots_item_type_0",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode": ".v1_appointment_availability_post_output_result_item_calendar_days_item_simultaneous_appointment_mode",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarType": ".v1_appointment_availability_post_output_result_item_calendar_type",
    "V1AppointmentsGetInput": ".v1_appointments_get_input",
    "V1AppointmentsGetOutput": ".v1_appointments_get_output",
    "V1CallLogsCallLogIdGetInput": ".v1_call_logs_call_log_id_get_input",
    "V1CallLogsCallLogIdGetOutput": ".v1_call_logs_call_log_id_get_output",
    "V1CallLogsGetInput": ".v1_call_logs_get_input",
    "V1CallLogsGetOutput": ".v1_call_logs_get_output",
    "V1ChargeCodesChargeCodeIdGetInput": ".v1_charge_codes_charge_code_id_get_input",
    "V1ChargeCodesChargeCodeIdGetOutput": ".v1_charge_codes_charge_code_id_get_output",
    "V1ChargeCodesGetInput": ".v1_charge_codes_get_input",
    "V1ChargeCodesGetOutput": ".v1_charge_codes_get_output",
    "V1ConcessionsConcessionIdGetInput": ".v1_concessions_concession_id_get_input",
    "V1ConcessionsConcessionIdGetOutput": ".v1_concessions_concession_id_get_output",
    "V1ConcessionsGetInput": ".v1_concessions_get_input",
    "V1ConcessionsGetOutput": ".v1_concessions_get_output",
    "V1ConstructionJobsConstructionJobIdContractsGetInput": ".v1_construction_jobs_construction_job_id_contracts_get_input",
    "V1ConstructionJobsConstructionJobIdContractsGetOutput": ".v1_construction_jobs_construction_job_id_contracts_get_output",
    "V1ConstructionJobsConstructionJobIdDetailsGetInput": ".v1_construction_jobs_construction_job_id_details_get_input",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutput": ".v1_construction_jobs_construction_job_id_details_get_output",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItem": ".v1_construction_jobs_construction_job_id_details_get_output_results_item",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItemCustomDataType0": ".v1_construction_jobs_construction_job_id_details_get_output_results_item_custom_data_type_0",
    "V1ConstructionJobsConstructionJobIdGetInput": ".v1_construction_jobs_construction_job_id_get_input",
    "V1ConstructionJobsConstructionJobIdGetOutput": ".v1_construction_jobs_construction_job_id_get_output",
    "V1ConstructionJobsConstructionJobIdPutInput": ".v1_construction_jobs_construction_job_id_put_input",
    "V1ConstructionJobsConstructionJobIdPutOutput": ".v1_construction_jobs_construction_job_id_put_output",
    "V1ConstructionJobsConstructionJobIdPutOutputData": ".v1_construction_jobs_construction_job_id_put_output_data",
    "V1ConstructionJobsContractsContractIdDetailsGetInput": ".v1_construction_jobs_contracts_contract_id_details_get_input",
    "V1ConstructionJobsContractsContractIdDetailsGetOutput": ".v1_construction_jobs_contracts_contract_id_details_get_output",
    "V1ConstructionJobsGetInput": ".v1_construction_jobs_get_input",
    "V1ConstructionJobsGetOutput": ".v1_construction_jobs_get_output",
    "V1ConstructionJobsPostInput": ".v1_construction_jobs_post_input",
    "V1ConstructionJobsPostOutput": ".v1_construction_jobs_post_output",
    "V1ConstructionJobsPostOutputData": ".v1_construction_jobs_post_output_data",
    "V1ContractsContractIdPutInput": ".v1_contracts_contract_id_put_input",
    "V1ContractsContractIdPutOutput": ".v1_contracts_contract_id_put_output",
    "V1ContractsContractIdPutOutputData": ".v1_contracts_contract_id_put_output_data",
    "V1ContractsPostInput": ".v1_contracts_post_input",
    "V1ContractsPostInputContractDetailsItem": ".v1_contracts_post_input_contract_details_item",
    "V1ContractsPostOutput": ".v1_contracts_post_output",
    "V1ContractsPostOutputData": ".v1_contracts_post_output_data",
    "V1DepositSummariesDepositSummaryIdGetInput": ".v1_deposit_summaries_deposit_summary_id_get_input",
    "V1DepositSummariesDepositSummaryIdGetOutput": ".v1_deposit_summaries_deposit_summary_id_get_output",
    "V1DepositSummariesDepositSummaryIdGetOutputResults": ".v1_deposit_summaries_deposit_summary_id_get_output_results",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsCustomDataType0": ".v1_deposit_summaries_deposit_summary_id_get_output_results_custom_data_type_0",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsIntegrationDataType0": ".v1_deposit_summaries_deposit_summary_id_get_output_results_integration_data_type_0",
    "V1DepositSummariesDepositSummaryIdPutInput": ".v1_deposit_summaries_deposit_summary_id_put_input",
    "V1DepositSummariesDepositSummaryIdPutInputPaymentMethod": ".v1_deposit_summaries_deposit_summary_id_put_input_payment_method",
    "V1DepositSummariesDepositSummaryIdPutOutput": ".v1_deposit_summaries_deposit_summary_id_put_output",
    "V1DepositSummariesDepositSummaryIdPutOutputData": ".v1_deposit_summaries_deposit_summary_id_put_output_data",
    "V1DepositSummariesGetInput": ".v1_deposit_summaries_get_input",
    "V1DepositSummariesGetOutput": ".v1_deposit_summaries_get_output",
    "V1DepositSummariesGetOutputResultsItem": ".v1_deposit_summaries_get_output_results_item",
    "V1DepositSummariesGetOutputResultsItemCustomDataType0": ".v1_deposit_summaries_get_output_results_item_custom_data_type_0",
    "V1DepositSummariesGetOutputResultsItemIntegrationDataType0": ".v1_deposit_summaries_get_output_results_item_integration_data_type_0",
    "V1DepositsGetInput": ".v1_deposits_get_input",
    "V1DepositsGetOutput": ".v1_deposits_get_output",
    "V1DepositsGetOutputResultsItem": ".v1_deposits_get_output_results_item",
    "V1DepositsGetOutputResultsItemCustomDataType0": ".v1_deposits_get_output_results_item_custom_data_type_0",
    "V1DepositsGetOutputResultsItemIntegrationDataType0": ".v1_deposits_get_output_results_item_integration_data_type_0",
    "V1DepositsIdGetInput": ".v1_deposits_id_get_input",
    "V1DepositsIdGetOutput": ".v1_deposits_id_get_output",
    "V1DepositsIdGetOutputResults": ".v1_deposits_id_get_output_results",
    "V1DepositsIdGetOutputResultsCustomDataType0": ".v1_deposits_id_get_output_results_custom_data_type_0",
    "V1DepositsIdGetOutputResultsIntegrationDataType0": ".v1_deposits_id_get_output_results_integration_data_type_0",
    "V1EmployeesEmployeeIdGetInput": ".v1_employees_employee_id_get_input",
    "V1EmployeesEmployeeIdGetOutput": ".v1_employees_employee_id_get_output",
    "V1EmployeesGetInput": ".v1_employees_get_input",
    "V1EmployeesGetOutput": ".v1_employees_get_output",
    "V1EventResultsEventResultIdGetInput": ".v1_event_results_event_result_id_get_input",
    "V1EventResultsEventResultIdGetOutput": ".v1_event_results_event_result_id_get_output",
    "V1EventResultsGetInput": ".v1_event_results_get_input",
    "V1EventResultsGetOutput": ".v1_event_results_get_output",
    "V1EventSubTypesEventSubTypeIdGetInput": ".v1_event_sub_types_event_sub_type_id_get_input",
    "V1EventSubTypesEventSubTypeIdGetOutput": ".v1_event_sub_types_event_sub_type_id_get_output",
    "V1EventSubTypesGetInput": ".v1_event_sub_types_get_input",
    "V1EventSubTypesGetOutput": ".v1_event_sub_types_get_output",
    "V1EventTypesEventTypeIdGetInput": ".v1_event_types_event_type_id_get_input",
    "V1EventTypesEventTypeIdGetOutput": ".v1_event_types_event_type_id_get_output",
    "V1EventTypesGetInput": ".v1_event_types_get_input",
    "V1EventTypesGetOutput": ".v1_event_types_get_output",
    "V1EventsApplicantsEventIdPutInput": ".v1_events_applicants_event_id_put_input",
    "V1EventsApplicantsEventIdPutInputStatus": ".v1_events_applicants_event_id_put_input_status",
    "V1EventsApplicantsEventIdPutOutput": ".v1_events_applicants_event_id_put_output",
    "V1EventsApplicantsEventIdPutOutputData": ".v1_events_applicants_event_id_put_output_data",
    "V1EventsApplicantsPostInput": ".v1_events_applicants_post_input",
    "V1EventsApplicantsPostInputCallStatus": ".v1_events_applicants_post_input_call_status",
    "V1EventsApplicantsPostInputEventName": ".v1_events_applicants_post_input_event_name",
    "V1EventsApplicantsPostInputEventType": ".v1_events_applicants_post_input_event_type",
    "V1EventsApplicantsPostInputStatus": ".v1_events_applicants_post_input_status",
    "V1EventsApplicantsPostOutput": ".v1_events_applicants_post_output",
    "V1EventsApplicantsPostOutputData": ".v1_events_applicants_post_output_data",
    "V1EventsAppointmentsApplicantsCancelPostInput": ".v1_events_appointments_applicants_cancel_post_input",
    "V1EventsAppointmentsApplicantsCancelPostOutput": ".v1_events_appointments_applicants_cancel_post_output",
    "V1EventsAppointmentsApplicantsCancelPostOutputData": ".v1_events_appointments_applicants_cancel_post_output_data",
    "V1EventsAppointmentsApplicantsEventIdPutInput": ".v1_events_appointments_applicants_event_id_put_input",
    "V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType": ".v1_events_appointments_applicants_event_id_put_input_appointment_type",
    "V1EventsAppointmentsApplicantsEventIdPutInputPriority": ".v1_events_appointments_applicants_event_id_put_input_priority",
    "V1EventsAppointmentsApplicantsEventIdPutInputStatus": ".v1_events_appointments_applicants_event_id_put_input_status",
    "V1EventsAppointmentsApplicantsEventIdPutOutput": ".v1_events_appointments_applicants_event_id_put_output",
    "V1EventsAppointmentsApplicantsEventIdPutOutputData": ".v1_events_appointments_applicants_event_id_put_output_data",
    "V1EventsAppointmentsApplicantsPostInput": ".v1_events_appointments_applicants_post_input",
    "V1EventsAppointmentsApplicantsPostInputAppointmentType": ".v1_events_appointments_applicants_post_input_appointment_type",
    "V1EventsAppointmentsApplicantsPostInputPriority": ".v1_events_appointments_applicants_post_input_priority",
    "V1EventsAppointmentsApplicantsPostInputStatus": ".v1_events_appointments_applicants_post_input_status",
    "V1EventsAppointmentsApplicantsPostOutput": ".v1_events_appointments_applicants_post_output",
    "V1EventsAppointmentsApplicantsPostOutputData": ".v1_events_appointments_applicants_post_output_data",
    "V1EventsAppointmentsLeadsCancelPostInput": ".v1_events_appointments_leads_cancel_post_input",
    "V1EventsAppointmentsLeadsCancelPostOutput": ".v1_events_appointments_leads_cancel_post_output",
    "V1EventsAppointmentsLeadsCancelPostOutputData": ".v1_events_appointments_leads_cancel_post_output_data",
    "V1EventsAppointmentsLeadsEventIdPutInput": ".v1_events_appointments_leads_event_id_put_input",
    "V1EventsAppointmentsLeadsEventIdPutInputAppointmentType": ".v1_events_appointments_leads_event_id_put_input_appointment_type",
    "V1EventsAppointmentsLeadsEventIdPutInputPriority": ".v1_events_appointments_leads_event_id_put_input_priority",
    "V1EventsAppointmentsLeadsEventIdPutInputStatus": ".v1_events_appointments_leads_event_id_put_input_status",
    "V1EventsAppointmentsLeadsEventIdPutOutput": ".v1_events_appointments_leads_event_id_put_output",
    "V1EventsAppointmentsLeadsEventIdPutOutputData": ".v1_events_appointments_leads_event_id_put_output_data",
    "V1EventsAppointmentsLeadsPostInput": ".v1_events_appointments_leads_post_input",
    "V1EventsAppointmentsLeadsPostInputAppointmentType": ".v1_events_appointments_leads_post_input_appointment_type",
    "V1EventsAppointmentsLeadsPostInputPriority": ".v1_events_appointments_leads_post_input_priority",
    "V1EventsAppointmentsLeadsPostInputStatus": ".v1_events_appointments_leads_post_input_status",
    "V1EventsAppointmentsLeadsPostOutput": ".v1_events_appointments_leads_post_output",
    "V1EventsAppointmentsLeadsPostOutputData": ".v1_events_appointments_leads_post_output_data",
    "V1EventsAppointmentsResidentsCancelPostInput": ".v1_events_appointments_residents_cancel_post_input",
    "V1EventsAppointmentsResidentsCancelPostOutput": ".v1_events_appointments_residents_cancel_post_output",
    "V1EventsAppointmentsResidentsCancelPostOutputData": ".v1_events_appointments_residents_cancel_post_output_data",
    "V1EventsAppointmentsResidentsEventIdPutInput": ".v1_events_appointments_residents_event_id_put_input",
    "V1EventsAppointmentsResidentsEventIdPutInputStatus": ".v1_events_appointments_residents_event_id_put_input_status",
    "V1EventsAppointmentsResidentsEventIdPutOutput": ".v1_events_appointments_residents_event_id_put_output",
    "V1EventsAppointmentsResidentsEventIdPutOutputData": ".v1_events_appointments_residents_event_id_put_output_data",
    "V1EventsAppointmentsResidentsPostInput": ".v1_events_appointments_residents_post_input",
    "V1EventsAppointmentsResidentsPostInputStatus": ".v1_events_appointments_residents_post_input_status",
    "V1EventsAppointmentsResidentsPostOutput": ".v1_events_appointments_residents_post_output",
    "V1EventsAppointmentsResidentsPostOutputData": ".v1_events_appointments_residents_post_output_data",
    "V1EventsEventIdGetInput": ".v1_events_event_id_get_input",
    "V1EventsEventIdGetOutput": ".v1_events_event_id_get_output",
    "V1EventsGetInput": ".v1_events_get_input",
    "V1EventsGetOutput": ".v1_events_get_output",
    "V1EventsLeadsEventIdPutInput": ".v1_events_leads_event_id_put_input",
    "V1EventsLeadsEventIdPutInputStatus": ".v1_events_leads_event_id_put_input_status",
    "V1EventsLeadsEventIdPutOutput": ".v1_events_leads_event_id_put_output",
    "V1EventsLeadsEventIdPutOutputData": ".v1_events_leads_event_id_put_output_data",
    "V1EventsLeadsPostInput": ".v1_events_leads_post_input",
    "V1EventsLeadsPostInputCallStatus": ".v1_events_leads_post_input_call_status",
    "V1EventsLeadsPostInputEventName": ".v1_events_leads_post_input_event_name",
    "V1EventsLeadsPostInputStatus": ".v1_events_leads_post_input_status",
    "V1EventsLeadsPostOutput": ".v1_events_leads_post_output",
    "V1EventsLeadsPostOutputData": ".v1_events_leads_post_output_data",
    "V1EventsResidentsEventIdPutInput": ".v1_events_residents_event_id_put_input",
    "V1EventsResidentsEventIdPutInputStatus": ".v1_events_residents_event_id_put_input_status",
    "V1EventsResidentsEventIdPutOutput": ".v1_events_residents_event_id_put_output",
    "V1EventsResidentsEventIdPutOutputData": ".v1_events_residents_event_id_put_output_data",
    "V1EventsResidentsPostInput": ".v1_events_residents_post_input",
    "V1EventsResidentsPostInputCallStatus": ".v1_events_residents_post_input_call_status",
    "V1EventsResidentsPostInputEventType": ".v1_events_residents_post_input_event_type",
    "V1EventsResidentsPostInputStatus": ".v1_events_residents_post_input_status",
    "V1EventsResidentsPostOutput": ".v1_events_residents_post_output",
    "V1EventsResidentsPostOutputData": ".v1_events_residents_post_output_data",
    "V1FeesFeeIdGetInput": ".v1_fees_fee_id_get_input",
    "V1FeesFeeIdGetOutput": ".v1_fees_fee_id_get_output",
    "V1FeesGetInput": ".v1_fees_get_input",
    "V1FeesGetOutput": ".v1_fees_get_output",
    "V1FileTypesFileTypeIdGetInput": ".v1_file_types_file_type_id_get_input",
    "V1FileTypesFileTypeIdGetOutput": ".v1_file_types_file_type_id_get_output",
    "V1FileTypesGetInput": ".v1_file_types_get_input",
    "V1FileTypesGetOutput": ".v1_file_types_get_output",
    "V1FileTypesPostInput": ".v1_file_types_post_input",
    "V1FileTypesPostInputModel": ".v1_file_types_post_input_model",
    "V1FileTypesPostOutput": ".v1_file_types_post_output",
    "V1FileTypesPostOutputData": ".v1_file_types_post_output_data",
    "V1FinancialAccountsFinancialAccountIdGetInput": ".v1_financial_accounts_financial_account_id_get_input",
    "V1FinancialAccountsFinancialAccountIdGetOutput": ".v1_financial_accounts_financial_account_id_get_output",
    "V1FinancialAccountsGetInput": ".v1_financial_accounts_get_input",
    "V1FinancialAccountsGetOutput": ".v1_financial_accounts_get_output",
    "V1FloorPlansFloorPlanIdGetInput": ".v1_floor_plans_floor_plan_id_get_input",
    "V1FloorPlansFloorPlanIdGetOutput": ".v1_floor_plans_floor_plan_id_get_output",
    "V1FloorPlansGetInput": ".v1_floor_plans_get_input",
    "V1FloorPlansGetOutput": ".v1_floor_plans_get_output",
    "V1InvoicesGetInput": ".v1_invoices_get_input",
    "V1InvoicesGetOutput": ".v1_invoices_get_output",
    "V1InvoicesGetOutputResultsItem": ".v1_invoices_get_output_results_item",
    "V1InvoicesGetOutputResultsItemCustomDataType0": ".v1_invoices_get_output_results_item_custom_data_type_0",
    "V1InvoicesGetOutputResultsItemInvoiceItemsItem": ".v1_invoices_get_output_results_item_invoice_items_item",
    "V1InvoicesInvoiceIdGetInput": ".v1_invoices_invoice_id_get_input",
    "V1InvoicesInvoiceIdGetOutput": ".v1_invoices_invoice_id_get_output",
    "V1InvoicesInvoiceIdGetOutputResults": ".v1_invoices_invoice_id_get_output_results",
    "V1InvoicesInvoiceIdGetOutputResultsCustomDataType0": ".v1_invoices_invoice_id_get_output_results_custom_data_type_0",
    "V1InvoicesInvoiceIdGetOutputResultsInvoiceItemsItem": ".v1_invoices_invoice_id_get_output_results_invoice_items_item",
    "V1InvoicesInvoiceIdPutInput": ".v1_invoices_invoice_id_put_input",
    "V1InvoicesInvoiceIdPutInputStatus": ".v1_invoices_invoice_id_put_input_status",
    "V1InvoicesInvoiceIdPutOutput": ".v1_invoices_invoice_id_put_output",
    "V1InvoicesInvoiceIdPutOutputData": ".v1_invoices_invoice_id_put_output_data",
    "V1InvoicesPostInput": ".v1_invoices_post_input",
    "V1InvoicesPostInputAttachmentsItem": ".v1_invoices_post_input_attachments_item",
    "V1InvoicesPostInputInvoiceItemsItem": ".v1_invoices_post_input_invoice_items_item",
    "V1InvoicesPostOutput": ".v1_invoices_post_output",
    "V1InvoicesPostOutputData": ".v1_invoices_post_output_data",
    "V1LeadRelationshipsGetInput": ".v1_lead_relationships_get_input",
    "V1LeadRelationshipsGetOutput": ".v1_lead_relationships_get_output",
    "V1LeadSourcesGetInput": ".v1_lead_sources_get_input",
    "V1LeadSourcesGetOutput": ".v1_lead_sources_get_output",
    "V1LeadSourcesLeadSourceIdGetInput": ".v1_lead_sources_lead_source_id_get_input",
    "V1LeadSourcesLeadSourceIdGetOutput": ".v1_lead_sources_lead_source_id_get_output",
    "V1LeadsGetInput": ".v1_leads_get_input",
    "V1LeadsGetOutput": ".v1_leads_get_output",
    "V1LeadsIdGetInput": ".v1_leads_id_get_input",
    "V1LeadsIdGetOutput": ".v1_leads_id_get_output",
    "V1LeadsIdPutInput": ".v1_leads_id_put_input",
    "V1LeadsIdPutInputApplicantStatus": ".v1_leads_id_put_input_applicant_status",
    "V1LeadsIdPutInputEventsItem": ".v1_leads_id_put_input_events_item",
    "V1LeadsIdPutInputInactiveReason": ".v1_leads_id_put_input_inactive_reason",
    "V1LeadsIdPutInputPhone1Type": ".v1_leads_id_put_input_phone_1_type",
    "V1LeadsIdPutInputPhone2Type": ".v1_leads_id_put_input_phone_2_type",
    "V1LeadsIdPutInputStatus": ".v1_leads_id_put_input_status",
    "V1LeadsIdPutOutput": ".v1_leads_id_put_output",
    "V1LeadsIdPutOutputData": ".v1_leads_id_put_output_data",
    "V1LeadsIdRentableItemsGetInput": ".v1_leads_id_rentable_items_get_input",
    "V1LeadsIdRentableItemsGetOutput": ".v1_leads_id_rentable_items_get_output",
    "V1LeadsPostInput": ".v1_leads_post_input",
    "V1LeadsPostInputApplicantStatus": ".v1_leads_post_input_applicant_status",
    "V1LeadsPostInputEventsItem": ".v1_leads_post_input_events_item",
    "V1LeadsPostInputEventsItemEventName": ".v1_leads_post_input_events_item_event_name",
    "V1LeadsPostInputPhone1Type": ".v1_leads_post_input_phone_1_type",
    "V1LeadsPostInputPhone2Type": ".v1_leads_post_input_phone_2_type",
    "V1LeadsPostInputStatus": ".v1_leads_post_input_status",
    "V1LeadsPostOutput": ".v1_leads_post_output",
    "V1LeadsPostOutputData": ".v1_leads_post_output_data",
    "V1LeaseTransfersGetInput": ".v1_lease_transfers_get_input",
    "V1LeaseTransfersGetOutput": ".v1_lease_transfers_get_output",
    "V1LeaseTransfersLeaseTransferIdGetInput": ".v1_lease_transfers_lease_transfer_id_get_input",
    "V1LeaseTransfersLeaseTransferIdGetOutput": ".v1_lease_transfers_lease_transfer_id_get_output",
    "V1LeasesGetInput": ".v1_leases_get_input",
    "V1LeasesGetInputStatusNormalized": ".v1_leases_get_input_status_normalized",
    "V1LeasesGetOutput": ".v1_leases_get_output",
    "V1LeasesLeaseIdGetInput": ".v1_leases_lease_id_get_input",
    "V1LeasesLeaseIdGetOutput": ".v1_leases_lease_id_get_output",
    "V1LeasesLeaseIdPutInput": ".v1_leases_lease_id_put_input",
    "V1LeasesLeaseIdPutInputAddressHistoryItem": ".v1_leases_lease_id_put_input_address_history_item",
    "V1LeasesLeaseIdPutInputAddressHistoryItemCountry": ".v1_leases_lease_id_put_input_address_history_item_country",
    "V1LeasesLeaseIdPutInputAddressHistoryItemState": ".v1_leases_lease_id_put_input_address_history_item_state",
    "V1LeasesLeaseIdPutInputApplicationFeesItem": ".v1_leases_lease_id_put_input_application_fees_item",
    "V1LeasesLeaseIdPutInputConcessionFeesItem": ".v1_leases_lease_id_put_input_concession_fees_item",
    "V1LeasesLeaseIdPutInputEmergencyContactsItem": ".v1_leases_lease_id_put_input_emergency_contacts_item",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemCountry": ".v1_leases_lease_id_put_input_emergency_contacts_item_country",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship": ".v1_leases_lease_id_put_input_emergency_contacts_item_relationship",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemState": ".v1_leases_lease_id_put_input_emergency_contacts_item_state",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItem": ".v1_leases_lease_id_put_input_employment_history_item",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItemState": ".v1_leases_lease_id_put_input_employment_history_item_state",
    "V1LeasesLeaseIdPutInputMaritalStatus": ".v1_leases_lease_id_put_input_marital_status",
    "V1LeasesLeaseIdPutInputOtherIncomeItem": ".v1_leases_lease_id_put_input_other_income_item",
    "V1LeasesLeaseIdPutInputOtherOccupantsItem": ".v1_leases_lease_id_put_input_other_occupants_item",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone1Type": ".v1_leases_lease_id_put_input_other_occupants_item_phone_1_type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone2Type": ".v1_leases_lease_id_put_input_other_occupants_item_phone_2_type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship": ".v1_leases_lease_id_put_input_other_occupants_item_relationship",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemState": ".v1_leases_lease_id_put_input_other_occupants_item_state",
    "V1LeasesLeaseIdPutInputPetsItem": ".v1_leases_lease_id_put_input_pets_item",
    "V1LeasesLeaseIdPutInputPhone1Type": ".v1_leases_lease_id_put_input_phone_1_type",
    "V1LeasesLeaseIdPutInputPhone2Type": ".v1_leases_lease_id_put_input_phone_2_type",
    "V1LeasesLeaseIdPutInputStatus": ".v1_leases_lease_id_put_input_status",
    "V1LeasesLeaseIdPutInputTenantsItem": ".v1_leases_lease_id_put_input_tenants_item",
    "V1LeasesLeaseIdPutInputType": ".v1_leases_lease_id_put_input_type",
    "V1LeasesLeaseIdPutInputVehiclesItem": ".v1_leases_lease_id_put_input_vehicles_item",
    "V1LeasesLeaseIdPutOutput": ".v1_leases_lease_id_put_output",
    "V1LeasesLeaseIdPutOutputData": ".v1_leases_lease_id_put_output_data",
    "V1LeasesPostInput": ".v1_leases_post_input",
    "V1LeasesPostInputAddressHistoryItem": ".v1_leases_post_input_address_history_item",
    "V1LeasesPostInputAddressHistoryItemCountryType0": ".v1_leases_post_input_address_history_item_country_type_0",
    "V1LeasesPostInputAddressHistoryItemState": ".v1_leases_post_input_address_history_item_state",
    "V1LeasesPostInputApplicationFeesItem": ".v1_leases_post_input_application_fees_item",
    "V1LeasesPostInputConcessionFeesItem": ".v1_leases_post_input_concession_fees_item",
    "V1LeasesPostInputCountry": ".v1_leases_post_input_country",
    "V1LeasesPostInputCountryAlternate": ".v1_leases_post_input_country_alternate",
    "V1LeasesPostInputEmergencyContactsItem": ".v1_leases_post_input_emergency_contacts_item",
    "V1LeasesPostInputEmergencyContactsItemCountryType0": ".v1_leases_post_input_emergency_contacts_item_country_type_0",
    "V1LeasesPostInputEmergencyContactsItemRelationship": ".v1_leases_post_input_emergency_contacts_item_relationship",
    "V1LeasesPostInputEmergencyContactsItemState": ".v1_leases_post_input_emergency_contacts_item_state",
    "V1LeasesPostInputEmploymentHistoryItem": ".v1_leases_post_input_employment_history_item",
    "V1LeasesPostInputEmploymentHistoryItemState": ".v1_leases_post_input_employment_history_item_state",
    "V1LeasesPostInputMaritalStatus": ".v1_leases_post_input_marital_status",
    "V1LeasesPostInputOtherIncomeItem": ".v1_leases_post_input_other_income_item",
    "V1LeasesPostInputOtherOccupantsItem": ".v1_leases_post_input_other_occupants_item",
    "V1LeasesPostInputOtherOccupantsItemPhone1Type": ".v1_leases_post_input_other_occupants_item_phone_1_type",
    "V1LeasesPostInputOtherOccupantsItemPhone2Type": ".v1_leases_post_input_other_occupants_item_phone_2_type",
    "V1LeasesPostInputOtherOccupantsItemRelationship": ".v1_leases_post_input_other_occupants_item_relationship",
    "V1LeasesPostInputOtherOccupantsItemState": ".v1_leases_post_input_other_occupants_item_state",
    "V1LeasesPostInputPetsItem": ".v1_leases_post_input_pets_item",
    "V1LeasesPostInputPhone1Type": ".v1_leases_post_input_phone_1_type",
    "V1LeasesPostInputPhone2Type": ".v1_leases_post_input_phone_2_type",
    "V1LeasesPostInputRecurringResidentChargesItem": ".v1_leases_post_input_recurring_resident_charges_item",
    "V1LeasesPostInputRentCycle": ".v1_leases_post_input_rent_cycle",
    "V1LeasesPostInputResidentChargesItem": ".v1_leases_post_input_resident_charges_item",
    "V1LeasesPostInputStatus": ".v1_leases_post_input_status",
    "V1LeasesPostInputTenantsItem": ".v1_leases_post_input_tenants_item",
    "V1LeasesPostInputType": ".v1_leases_post_input_type",
    "V1LeasesPostInputVehiclesItem": ".v1_leases_post_input_vehicles_item",
    "V1LeasesPostOutput": ".v1_leases_post_output",
    "V1LeasesPostOutputData": ".v1_leases_post_output_data",
    "V1ListingsGetInput": ".v1_listings_get_input",
    "V1ListingsGetOutput": ".v1_listings_get_output",
    "V1ListingsListingIdGetInput": ".v1_listings_listing_id_get_input",
    "V1ListingsListingIdGetOutput": ".v1_listings_listing_id_get_output",
    "V1ListingsListingIdPutInput": ".v1_listings_listing_id_put_input",
    "V1ListingsListingIdPutOutput": ".v1_listings_listing_id_put_output",
    "V1ListingsListingIdPutOutputData": ".v1_listings_listing_id_put_output_data",
    "V1ListingsPostInput": ".v1_listings_post_input",
    "V1ListingsPostInputCustomData": ".v1_listings_post_input_custom_data",
    "V1ListingsPostOutput": ".v1_listings_post_output",
    "V1ListingsPostOutputData": ".v1_listings_post_output_data",
    "V1ListingsPricingGetInput": ".v1_listings_pricing_get_input",
    "V1ListingsPricingGetOutput": ".v1_listings_pricing_get_output",
    "V1ListingsPricingGetOutputResultsItem": ".v1_listings_pricing_get_output_results_item",
    "V1ListingsPricingGetOutputResultsItemCustomDataType0": ".v1_listings_pricing_get_output_results_item_custom_data_type_0",
    "V1LocationsRentmanagerGetOutput": ".v1_locations_rentmanager_get_output",
    "V1NoteCategoriesGetInput": ".v1_note_categories_get_input",
    "V1NoteCategoriesGetOutput": ".v1_note_categories_get_output",
    "V1NoteCategoriesNoteCategoryIdGetInput": ".v1_note_categories_note_category_id_get_input",
    "V1NoteCategoriesNoteCategoryIdGetOutput": ".v1_note_categories_note_category_id_get_output",
    "V1OwnersGetInput": ".v1_owners_get_input",
    "V1OwnersGetOutput": ".v1_owners_get_output",
    "V1OwnersOwnerIdGetInput": ".v1_owners_owner_id_get_input",
    "V1OwnersOwnerIdGetOutput": ".v1_owners_owner_id_get_output",
    "V1PayableRegistersCancelPostInput": ".v1_payable_registers_cancel_post_input",
    "V1PayableRegistersCancelPostOutput": ".v1_payable_registers_cancel_post_output",
    "V1PayableRegistersCancelPostOutputData": ".v1_payable_registers_cancel_post_output_data",
    "V1PayableRegistersGetInput": ".v1_payable_registers_get_input",
    "V1PayableRegistersGetOutput": ".v1_payable_registers_get_output",
    "V1PayableRegistersPayableRegisterIdGetInput": ".v1_payable_registers_payable_register_id_get_input",
    "V1PayableRegistersPayableRegisterIdGetOutput": ".v1_payable_registers_payable_register_id_get_output",
    "V1PayableRegistersPayableRegisterIdPutInput": ".v1_payable_registers_payable_register_id_put_input",
    "V1PayableRegistersPayableRegisterIdPutOutput": ".v1_payable_registers_payable_register_id_put_output",
    "V1PayableRegistersPayableRegisterIdPutOutputData": ".v1_payable_registers_payable_register_id_put_output_data",
    "V1PayableRegistersPostInput": ".v1_payable_registers_post_input",
    "V1PayableRegistersPostInputInvoiceStatus": ".v1_payable_registers_post_input_invoice_status",
    "V1PayableRegistersPostInputPayableRegisterItemsItem": ".v1_payable_registers_post_input_payable_register_items_item",
    "V1PayableRegistersPostOutput": ".v1_payable_registers_post_output",
    "V1PayableRegistersPostOutputData": ".v1_payable_registers_post_output_data",
    "V1PropertiesGetInput": ".v1_properties_get_input",
    "V1PropertiesGetOutput": ".v1_properties_get_output",
    "V1PropertiesIdGetInput": ".v1_properties_id_get_input",
    "V1PropertiesIdGetOutput": ".v1_properties_id_get_output",
    "V1PropertiesIdPutInput": ".v1_properties_id_put_input",
    "V1PropertiesIdPutInputCategory": ".v1_properties_id_put_input_category",
    "V1PropertiesIdPutInputType": ".v1_properties_id_put_input_type",
    "V1PropertiesIdPutOutput": ".v1_properties_id_put_output",
    "V1PropertiesIdPutOutputData": ".v1_properties_id_put_output_data",
    "V1PropertiesPostInput": ".v1_properties_post_input",
    "V1PropertiesPostInputCategory": ".v1_properties_post_input_category",
    "V1PropertiesPostInputType": ".v1_properties_post_input_type",
    "V1PropertiesPostOutput": ".v1_properties_post_output",
    "V1PropertiesPostOutputData": ".v1_properties_post_output_data",
    "V1PropertyListsGetInput": ".v1_property_lists_get_input",
    "V1PropertyListsGetOutput": ".v1_property_lists_get_output",
    "V1PropertyListsGetOutputResultsItem": ".v1_property_lists_get_output_results_item",
    "V1PropertyListsPropertyListIdGetInput": ".v1_property_lists_property_list_id_get_input",
    "V1PropertyListsPropertyListIdGetOutput": ".v1_property_lists_property_list_id_get_output",
    "V1PropertyListsPropertyListIdGetOutputResults": ".v1_property_lists_property_list_id_get_output_results",
    "V1PurchaseOrdersGetInput": ".v1_purchase_orders_get_input",
    "V1PurchaseOrdersGetOutput": ".v1_purchase_orders_get_output",
    "V1PurchaseOrdersPostInput": ".v1_purchase_orders_post_input",
    "V1PurchaseOrdersPostInputBillingStateType0": ".v1_purchase_orders_post_input_billing_state_type_0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType0": ".v1_purchase_orders_post_input_purchase_order_items_item_type_0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType1": ".v1_purchase_orders_post_input_purchase_order_items_item_type_1",
    "V1PurchaseOrdersPostInputShippingStateType0": ".v1_purchase_orders_post_input_shipping_state_type_0",
    "V1PurchaseOrdersPostOutput": ".v1_purchase_orders_post_output",
    "V1PurchaseOrdersPostOutputData": ".v1_purchase_orders_post_output_data",
    "V1PurchaseOrdersPurchaseOrderIdGetInput": ".v1_purchase_orders_purchase_order_id_get_input",
    "V1PurchaseOrdersPurchaseOrderIdGetOutput": ".v1_purchase_orders_purchase_order_id_get_output",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetInput": ".v1_purchase_orders_purchase_order_id_items_get_input",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetOutput": ".v1_purchase_orders_purchase_order_id_items_get_output",
    "V1PurchaseOrdersPurchaseOrderIdPutInput": ".v1_purchase_orders_purchase_order_id_put_input",
    "V1PurchaseOrdersPurchaseOrderIdPutInputBillingStateType0": ".v1_purchase_orders_purchase_order_id_put_input_billing_state_type_0",
    "V1PurchaseOrdersPurchaseOrderIdPutInputPurchaseOrderItemsItem": ".v1_purchase_orders_purchase_order_id_put_input_purchase_order_items_item",
    "V1PurchaseOrdersPurchaseOrderIdPutInputShippingStateType0": ".v1_purchase_orders_purchase_order_id_put_input_shipping_state_type_0",
    "V1PurchaseOrdersPurchaseOrderIdPutOutput": ".v1_purchase_orders_purchase_order_id_put_output",
    "V1PurchaseOrdersPurchaseOrderIdPutOutputData": ".v1_purchase_orders_purchase_order_id_put_output_data",
    "V1RecurringResidentChargesGetInput": ".v1_recurring_resident_charges_get_input",
    "V1RecurringResidentChargesGetOutput": ".v1_recurring_resident_charges_get_output",
    "V1RecurringResidentChargesPostInput": ".v1_recurring_resident_charges_post_input",
    "V1RecurringResidentChargesPostInputFrequencyNormalized": ".v1_recurring_resident_charges_post_input_frequency_normalized",
    "V1RecurringResidentChargesPostOutput": ".v1_recurring_resident_charges_post_output",
    "V1RecurringResidentChargesPostOutputData": ".v1_recurring_resident_charges_post_output_data",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetInput": ".v1_recurring_resident_charges_recurring_resident_charge_id_get_input",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetOutput": ".v1_recurring_resident_charges_recurring_resident_charge_id_get_output",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInput": ".v1_recurring_resident_charges_recurring_resident_charge_id_put_input",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized": ".v1_recurring_resident_charges_recurring_resident_charge_id_put_input_frequency_normalized",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutput": ".v1_recurring_resident_charges_recurring_resident_charge_id_put_output",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutputData": ".v1_recurring_resident_charges_recurring_resident_charge_id_put_output_data",
    "V1RecurringResidentChargesRentmanagerPostInput": ".v1_recurring_resident_charges_rentmanager_post_input",
    "V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized": ".v1_recurring_resident_charges_rentmanager_post_input_frequency_normalized",
    "V1RecurringResidentChargesRentmanagerPostOutput": ".v1_recurring_resident_charges_rentmanager_post_output",
    "V1RecurringResidentChargesRentmanagerPostOutputMeta": ".v1_recurring_resident_charges_rentmanager_post_output_meta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInput": ".v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_input",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized": ".v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_input_frequency_normalized",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutput": ".v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputMeta": ".v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output_meta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputResult": ".v1_recurring_resident_charges_rentmanager_recurring_resident_charge_id_put_output_result",
    "V1RentableItemsApplicantsAssignPostInput": ".v1_rentable_items_applicants_assign_post_input",
    "V1RentableItemsApplicantsAssignPostOutput": ".v1_rentable_items_applicants_assign_post_output",
    "V1RentableItemsApplicantsAssignPostOutputData": ".v1_rentable_items_applicants_assign_post_output_data",
    "V1RentableItemsGetInput": ".v1_rentable_items_get_input",
    "V1RentableItemsGetOutput": ".v1_rentable_items_get_output",
    "V1RentableItemsRentableItemIdGetInput": ".v1_rentable_items_rentable_item_id_get_input",
    "V1RentableItemsRentableItemIdGetOutput": ".v1_rentable_items_rentable_item_id_get_output",
    "V1ResidentChargesBatchPropertywareRestPostInput": ".v1_resident_charges_batch_propertyware_rest_post_input",
    "V1ResidentChargesBatchPropertywareRestPostInputChargesItems": ".v1_resident_charges_batch_propertyware_rest_post_input_charges_items",
    "V1ResidentChargesBatchPropertywareRestPostOutput": ".v1_resident_charges_batch_propertyware_rest_post_output",
    "V1ResidentChargesBatchPropertywareRestPostOutputMeta": ".v1_resident_charges_batch_propertyware_rest_post_output_meta",
    "V1ResidentChargesBatchRentmanagerPostInput": ".v1_resident_charges_batch_rentmanager_post_input",
    "V1ResidentChargesBatchRentmanagerPostInputChargesItems": ".v1_resident_charges_batch_rentmanager_post_input_charges_items",
    "V1ResidentChargesBatchRentmanagerPostOutput": ".v1_resident_charges_batch_rentmanager_post_output",
    "V1ResidentChargesBatchRentmanagerPostOutputMeta": ".v1_resident_charges_batch_rentmanager_post_output_meta",
    "V1ResidentChargesBatchResmanPostInput": ".v1_resident_charges_batch_resman_post_input",
    "V1ResidentChargesBatchResmanPostInputChargesItems": ".v1_resident_charges_batch_resman_post_input_charges_items",
    "V1ResidentChargesBatchResmanPostOutput": ".v1_resident_charges_batch_resman_post_output",
    "V1ResidentChargesBatchResmanPostOutputMeta": ".v1_resident_charges_batch_resman_post_output_meta",
    "V1ResidentChargesBatchYardiPostInput": ".v1_resident_charges_batch_yardi_post_input",
    "V1ResidentChargesBatchYardiPostInputChargesItems": ".v1_resident_charges_batch_yardi_post_input_charges_items",
    "V1ResidentChargesBatchYardiPostOutput": ".v1_resident_charges_batch_yardi_post_output",
    "V1ResidentChargesBatchYardiPostOutputMeta": ".v1_resident_charges_batch_yardi_post_output_meta",
    "V1ResidentChargesGetInput": ".v1_resident_charges_get_input",
    "V1ResidentChargesGetOutput": ".v1_resident_charges_get_output",
    "V1ResidentChargesPostInput": ".v1_resident_charges_post_input",
    "V1ResidentChargesPostOutput": ".v1_resident_charges_post_output",
    "V1ResidentChargesPostOutputData": ".v1_resident_charges_post_output_data",
    "V1ResidentChargesRentmanagerPostInput": ".v1_resident_charges_rentmanager_post_input",
    "V1ResidentChargesRentmanagerPostOutput": ".v1_resident_charges_rentmanager_post_output",
    "V1ResidentChargesRentmanagerPostOutputMeta": ".v1_resident_charges_rentmanager_post_output_meta",
    "V1ResidentChargesResidentChargeIdGetInput": ".v1_resident_charges_resident_charge_id_get_input",
    "V1ResidentChargesResidentChargeIdGetOutput": ".v1_resident_charges_resident_charge_id_get_output",
    "V1ResidentCreditsPostInput": ".v1_resident_credits_post_input",
    "V1ResidentCreditsPostOutput": ".v1_resident_credits_post_output",
    "V1ResidentCreditsPostOutputData": ".v1_resident_credits_post_output_data",
    "V1ResidentCreditsRentmanagerPostInput": ".v1_resident_credits_rentmanager_post_input",
    "V1ResidentCreditsRentmanagerPostOutput": ".v1_resident_credits_rentmanager_post_output",
    "V1ResidentCreditsRentmanagerPostOutputMeta": ".v1_resident_credits_rentmanager_post_output_meta",
    "V1ResidentInsuranceGetInput": ".v1_resident_insurance_get_input",
    "V1ResidentInsuranceGetOutput": ".v1_resident_insurance_get_output",
    "V1ResidentInsuranceGetOutputResultsItem": ".v1_resident_insurance_get_output_results_item",
    "V1ResidentInsuranceResidentInsuranceIdGetInput": ".v1_resident_insurance_resident_insurance_id_get_input",
    "V1ResidentInsuranceResidentInsuranceIdGetOutput": ".v1_resident_insurance_resident_insurance_id_get_output",
    "V1ResidentInsuranceResidentInsuranceIdGetOutputResults": ".v1_resident_insurance_resident_insurance_id_get_output_results",
    "V1ResidentPaymentsGetInput": ".v1_resident_payments_get_input",
    "V1ResidentPaymentsGetOutput": ".v1_resident_payments_get_output",
    "V1ResidentPaymentsGetOutputResultsItem": ".v1_resident_payments_get_output_results_item",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItem": ".v1_resident_payments_get_output_results_item_allocations_item",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItemCustomDataType0": ".v1_resident_payments_get_output_results_item_allocations_item_custom_data_type_0",
    "V1ResidentPaymentsGetOutputResultsItemCustomDataType0": ".v1_resident_payments_get_output_results_item_custom_data_type_0",
    "V1ResidentPaymentsPostInput": ".v1_resident_payments_post_input",
    "V1ResidentPaymentsPostInputPaymentType": ".v1_resident_payments_post_input_payment_type",
    "V1ResidentPaymentsPostOutput": ".v1_resident_payments_post_output",
    "V1ResidentPaymentsPostOutputData": ".v1_resident_payments_post_output_data",
    "V1ResidentPaymentsRentmanagerPostInput": ".v1_resident_payments_rentmanager_post_input",
    "V1ResidentPaymentsRentmanagerPostOutput": ".v1_resident_payments_rentmanager_post_output",
    "V1ResidentPaymentsRentmanagerPostOutputMeta": ".v1_resident_payments_rentmanager_post_output_meta",
    "V1ResidentPaymentsResidentPaymentIdGetInput": ".v1_resident_payments_resident_payment_id_get_input",
    "V1ResidentPaymentsResidentPaymentIdGetOutput": ".v1_resident_payments_resident_payment_id_get_output",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResults": ".v1_resident_payments_resident_payment_id_get_output_results",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItem": ".v1_resident_payments_resident_payment_id_get_output_results_allocations_item",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItemCustomDataType0": ".v1_resident_payments_resident_payment_id_get_output_results_allocations_item_custom_data_type_0",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsCustomDataType0": ".v1_resident_payments_resident_payment_id_get_output_results_custom_data_type_0",
    "V1ResidentPetsPetIdPutInput": ".v1_resident_pets_pet_id_put_input",
    "V1ResidentPetsPetIdPutOutput": ".v1_resident_pets_pet_id_put_output",
    "V1ResidentPetsPetIdPutOutputData": ".v1_resident_pets_pet_id_put_output_data",
    "V1ResidentPetsPostInput": ".v1_resident_pets_post_input",
    "V1ResidentPetsPostOutput": ".v1_resident_pets_post_output",
    "V1ResidentPetsPostOutputData": ".v1_resident_pets_post_output_data",
    "V1ResidentsGetInput": ".v1_residents_get_input",
    "V1ResidentsGetOutput": ".v1_residents_get_output",
    "V1ResidentsGetOutputResultsItem": ".v1_residents_get_output_results_item",
    "V1ResidentsGetOutputResultsItemCustomDataType0": ".v1_residents_get_output_results_item_custom_data_type_0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItem": ".v1_residents_get_output_results_item_leases_meta_data_item",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemCustomDataType0": ".v1_residents_get_output_results_item_leases_meta_data_item_custom_data_type_0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemResidentTypeNormalizedType1": ".v1_residents_get_output_results_item_leases_meta_data_item_resident_type_normalized_type_1",
    "V1ResidentsGetOutputResultsItemPetsItem": ".v1_residents_get_output_results_item_pets_item",
    "V1ResidentsGetOutputResultsItemPetsItemCustomDataType0": ".v1_residents_get_output_results_item_pets_item_custom_data_type_0",
    "V1ResidentsGetOutputResultsItemPhone1Type": ".v1_residents_get_output_results_item_phone_1_type",
    "V1ResidentsGetOutputResultsItemPhone2Type": ".v1_residents_get_output_results_item_phone_2_type",
    "V1ResidentsGetOutputResultsItemVehiclesItem": ".v1_residents_get_output_results_item_vehicles_item",
    "V1ResidentsGetOutputResultsItemVehiclesItemCustomDataType0": ".v1_residents_get_output_results_item_vehicles_item_custom_data_type_0",
    "V1ResidentsIdGetInput": ".v1_residents_id_get_input",
    "V1ResidentsIdGetOutput": ".v1_residents_id_get_output",
    "V1ResidentsIdGetOutputResults": ".v1_residents_id_get_output_results",
    "V1ResidentsIdGetOutputResultsCustomDataType0": ".v1_residents_id_get_output_results_custom_data_type_0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItem": ".v1_residents_id_get_output_results_leases_meta_data_item",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemCustomDataType0": ".v1_residents_id_get_output_results_leases_meta_data_item_custom_data_type_0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1": ".v1_residents_id_get_output_results_leases_meta_data_item_resident_type_normalized_type_1",
    "V1ResidentsIdGetOutputResultsPetsItem": ".v1_residents_id_get_output_results_pets_item",
    "V1ResidentsIdGetOutputResultsPetsItemCustomDataType0": ".v1_residents_id_get_output_results_pets_item_custom_data_type_0",
    "V1ResidentsIdGetOutputResultsPhone1Type": ".v1_residents_id_get_output_results_phone_1_type",
    "V1ResidentsIdGetOutputResultsPhone2Type": ".v1_residents_id_get_output_results_phone_2_type",
    "V1ResidentsIdGetOutputResultsVehiclesItem": ".v1_residents_id_get_output_results_vehicles_item",
    "V1ResidentsIdGetOutputResultsVehiclesItemCustomDataType0": ".v1_residents_id_get_output_results_vehicles_item_custom_data_type_0",
    "V1ResidentsIdPutInput": ".v1_residents_id_put_input",
    "V1ResidentsIdPutInputCountry": ".v1_residents_id_put_input_country",
    "V1ResidentsIdPutInputCountryAlternate": ".v1_residents_id_put_input_country_alternate",
    "V1ResidentsIdPutInputCustomData": ".v1_residents_id_put_input_custom_data",
    "V1ResidentsIdPutInputEventsItem": ".v1_residents_id_put_input_events_item",
    "V1ResidentsIdPutInputGender": ".v1_residents_id_put_input_gender",
    "V1ResidentsIdPutInputPhone1Type": ".v1_residents_id_put_input_phone_1_type",
    "V1ResidentsIdPutInputPhone2Type": ".v1_residents_id_put_input_phone_2_type",
    "V1ResidentsIdPutInputRentPeriod": ".v1_residents_id_put_input_rent_period",
    "V1ResidentsIdPutInputState": ".v1_residents_id_put_input_state",
    "V1ResidentsIdPutOutput": ".v1_residents_id_put_output",
    "V1ResidentsIdPutOutputData": ".v1_residents_id_put_output_data",
    "V1ResidentsIdRentableItemsGetInput": ".v1_residents_id_rentable_items_get_input",
    "V1ResidentsIdRentableItemsGetOutput": ".v1_residents_id_rentable_items_get_output",
    "V1ResidentsPostInput": ".v1_residents_post_input",
    "V1ResidentsPostInputAttachmentsItem": ".v1_residents_post_input_attachments_item",
    "V1ResidentsPostInputAttachmentsItemFileType": ".v1_residents_post_input_attachments_item_file_type",
    "V1ResidentsPostInputCountryAlternate": ".v1_residents_post_input_country_alternate",
    "V1ResidentsPostInputCountryType0": ".v1_residents_post_input_country_type_0",
    "V1ResidentsPostInputCustomData": ".v1_residents_post_input_custom_data",
    "V1ResidentsPostInputPhone1Type": ".v1_residents_post_input_phone_1_type",
    "V1ResidentsPostInputPhone2Type": ".v1_residents_post_input_phone_2_type",
    "V1ResidentsPostInputRentPeriod": ".v1_residents_post_input_rent_period",
    "V1ResidentsPostOutput": ".v1_residents_post_output",
    "V1ResidentsPostOutputData": ".v1_residents_post_output_data",
    "V1ServiceRequestCategoriesGetInput": ".v1_service_request_categories_get_input",
    "V1ServiceRequestCategoriesGetOutput": ".v1_service_request_categories_get_output",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetInput": ".v1_service_request_categories_service_request_category_id_get_input",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetOutput": ".v1_service_request_categories_service_request_category_id_get_output",
    "V1ServiceRequestHistoryGetInput": ".v1_service_request_history_get_input",
    "V1ServiceRequestHistoryGetOutput": ".v1_service_request_history_get_output",
    "V1ServiceRequestHistoryPostInput": ".v1_service_request_history_post_input",
    "V1ServiceRequestHistoryPostInputAttachment": ".v1_service_request_history_post_input_attachment",
    "V1ServiceRequestHistoryPostInputStatusRaw": ".v1_service_request_history_post_input_status_raw",
    "V1ServiceRequestHistoryPostOutput": ".v1_service_request_history_post_output",
    "V1ServiceRequestHistoryPostOutputData": ".v1_service_request_history_post_output_data",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetInput": ".v1_service_request_history_service_request_history_id_get_input",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetOutput": ".v1_service_request_history_service_request_history_id_get_output",
    "V1ServiceRequestLocationsGetInput": ".v1_service_request_locations_get_input",
    "V1ServiceRequestLocationsGetOutput": ".v1_service_request_locations_get_output",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetInput": ".v1_service_request_locations_service_request_location_id_get_input",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetOutput": ".v1_service_request_locations_service_request_location_id_get_output",
    "V1ServiceRequestPrioritiesGetInput": ".v1_service_request_priorities_get_input",
    "V1ServiceRequestPrioritiesGetOutput": ".v1_service_request_priorities_get_output",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetInput": ".v1_service_request_priorities_service_request_priority_id_get_input",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetOutput": ".v1_service_request_priorities_service_request_priority_id_get_output",
    "V1ServiceRequestProblemsGetInput": ".v1_service_request_problems_get_input",
    "V1ServiceRequestProblemsGetOutput": ".v1_service_request_problems_get_output",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetInput": ".v1_service_request_problems_service_request_problem_id_get_input",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetOutput": ".v1_service_request_problems_service_request_problem_id_get_output",
    "V1ServiceRequestStatusesGetInput": ".v1_service_request_statuses_get_input",
    "V1ServiceRequestStatusesGetOutput": ".v1_service_request_statuses_get_output",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetInput": ".v1_service_request_statuses_service_request_status_id_get_input",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetOutput": ".v1_service_request_statuses_service_request_status_id_get_output",
    "V1ServiceRequestsGetInput": ".v1_service_requests_get_input",
    "V1ServiceRequestsGetOutput": ".v1_service_requests_get_output",
    "V1ServiceRequestsPostInput": ".v1_service_requests_post_input",
    "V1ServiceRequestsPostInputAccessIsAuthorizedValue": ".v1_service_requests_post_input_access_is_authorized_value",
    "V1ServiceRequestsPostInputServiceCategory": ".v1_service_requests_post_input_service_category",
    "V1ServiceRequestsPostInputServicePriority": ".v1_service_requests_post_input_service_priority",
    "V1ServiceRequestsPostInputServiceStatus": ".v1_service_requests_post_input_service_status",
    "V1ServiceRequestsPostInputStatusRaw": ".v1_service_requests_post_input_status_raw",
    "V1ServiceRequestsPostOutput": ".v1_service_requests_post_output",
    "V1ServiceRequestsPostOutputData": ".v1_service_requests_post_output_data",
    "V1ServiceRequestsServiceRequestIdGetInput": ".v1_service_requests_service_request_id_get_input",
    "V1ServiceRequestsServiceRequestIdGetOutput": ".v1_service_requests_service_request_id_get_output",
    "V1ServiceRequestsServiceRequestIdPutInput": ".v1_service_requests_service_request_id_put_input",
    "V1ServiceRequestsServiceRequestIdPutInputServiceCategory": ".v1_service_requests_service_request_id_put_input_service_category",
    "V1ServiceRequestsServiceRequestIdPutInputServicePriority": ".v1_service_requests_service_request_id_put_input_service_priority",
    "V1ServiceRequestsServiceRequestIdPutInputStatusRaw": ".v1_service_requests_service_request_id_put_input_status_raw",
    "V1ServiceRequestsServiceRequestIdPutOutput": ".v1_service_requests_service_request_id_put_output",
    "V1ServiceRequestsServiceRequestIdPutOutputData": ".v1_service_requests_service_request_id_put_output_data",
    "V1TimezonesGetInput": ".v1_timezones_get_input",
    "V1TimezonesGetOutput": ".v1_timezones_get_output",
    "V1TimezonesGetOutputResultsItem": ".v1_timezones_get_output_results_item",
    "V1UnitTypesGetInput": ".v1_unit_types_get_input",
    "V1UnitTypesGetOutput": ".v1_unit_types_get_output",
    "V1UnitTypesGetOutputResultsItem": ".v1_unit_types_get_output_results_item",
    "V1UnitTypesUnitTypeIdGetInput": ".v1_unit_types_unit_type_id_get_input",
    "V1UnitTypesUnitTypeIdGetOutput": ".v1_unit_types_unit_type_id_get_output",
    "V1UnitTypesUnitTypeIdGetOutputResults": ".v1_unit_types_unit_type_id_get_output_results",
    "V1UnitsDetailsGetInput": ".v1_units_details_get_input",
    "V1UnitsDetailsGetOutput": ".v1_units_details_get_output",
    "V1UnitsDetailsGetOutputResultsItem": ".v1_units_details_get_output_results_item",
    "V1UnitsDetailsUnitDetailIdGetInput": ".v1_units_details_unit_detail_id_get_input",
    "V1UnitsDetailsUnitDetailIdGetOutput": ".v1_units_details_unit_detail_id_get_output",
    "V1UnitsDetailsUnitDetailIdGetOutputResults": ".v1_units_details_unit_detail_id_get_output_results",
    "V1UnitsGetInput": ".v1_units_get_input",
    "V1UnitsGetOutput": ".v1_units_get_output",
    "V1UnitsGetOutputResultsItem": ".v1_units_get_output_results_item",
    "V1UnitsGetOutputResultsItemCustomDataType0": ".v1_units_get_output_results_item_custom_data_type_0",
    "V1UnitsIdGetInput": ".v1_units_id_get_input",
    "V1UnitsIdGetOutput": ".v1_units_id_get_output",
    "V1UnitsIdGetOutputResults": ".v1_units_id_get_output_results",
    "V1UnitsIdGetOutputResultsCustomDataType0": ".v1_units_id_get_output_results_custom_data_type_0",
    "V1UnitsIdPutInput": ".v1_units_id_put_input",
    "V1UnitsIdPutInputCategory": ".v1_units_id_put_input_category",
    "V1UnitsIdPutInputType": ".v1_units_id_put_input_type",
    "V1UnitsIdPutOutput": ".v1_units_id_put_output",
    "V1UnitsIdPutOutputData": ".v1_units_id_put_output_data",
    "V1UnitsPostInput": ".v1_units_post_input",
    "V1UnitsPostInputCategory": ".v1_units_post_input_category",
    "V1UnitsPostInputType": ".v1_units_post_input_type",
    "V1UnitsPostOutput": ".v1_units_post_output",
    "V1UnitsPostOutputData": ".v1_units_post_output_data",
    "V1VendorsGetInput": ".v1_vendors_get_input",
    "V1VendorsGetOutput": ".v1_vendors_get_output",
    "V1VendorsGetOutputResultsItem": ".v1_vendors_get_output_results_item",
    "V1VendorsGetOutputResultsItemContactsItem": ".v1_vendors_get_output_results_item_contacts_item",
    "V1VendorsGetOutputResultsItemCustomDataType0": ".v1_vendors_get_output_results_item_custom_data_type_0",
    "V1VendorsPostInput": ".v1_vendors_post_input",
    "V1VendorsPostInputPhone1Type": ".v1_vendors_post_input_phone_1_type",
    "V1VendorsPostInputPhone2Type": ".v1_vendors_post_input_phone_2_type",
    "V1VendorsPostInputTaxPayerType": ".v1_vendors_post_input_tax_payer_type",
    "V1VendorsPostOutput": ".v1_vendors_post_output",
    "V1VendorsPostOutputData": ".v1_vendors_post_output_data",
    "V1VendorsPropertiesPropertyIdGetInput": ".v1_vendors_properties_property_id_get_input",
    "V1VendorsPropertiesPropertyIdGetOutput": ".v1_vendors_properties_property_id_get_output",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItem": ".v1_vendors_properties_property_id_get_output_results_item",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemContactsItem": ".v1_vendors_properties_property_id_get_output_results_item_contacts_item",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemCustomDataType0": ".v1_vendors_properties_property_id_get_output_results_item_custom_data_type_0",
    "V1VendorsVendorIdGetInput": ".v1_vendors_vendor_id_get_input",
    "V1VendorsVendorIdGetOutput": ".v1_vendors_vendor_id_get_output",
    "V1VendorsVendorIdGetOutputResults": ".v1_vendors_vendor_id_get_output_results",
    "V1VendorsVendorIdGetOutputResultsContactsItem": ".v1_vendors_vendor_id_get_output_results_contacts_item",
    "V1VendorsVendorIdGetOutputResultsCustomDataType0": ".v1_vendors_vendor_id_get_output_results_custom_data_type_0",
    "V1VendorsVendorIdPutInput": ".v1_vendors_vendor_id_put_input",
    "V1VendorsVendorIdPutInputCountryType0": ".v1_vendors_vendor_id_put_input_country_type_0",
    "V1VendorsVendorIdPutInputState": ".v1_vendors_vendor_id_put_input_state",
    "V1VendorsVendorIdPutOutput": ".v1_vendors_vendor_id_put_output",
    "V1VendorsVendorIdPutOutputData": ".v1_vendors_vendor_id_put_output_data",
    "V1WebhooksGetInput": ".v1_webhooks_get_input",
    "V1WebhooksGetOutput": ".v1_webhooks_get_output",
    "V1WebhooksGetOutputResultsItem": ".v1_webhooks_get_output_results_item",
    "V1WebhooksGetOutputResultsItemHeadersItem": ".v1_webhooks_get_output_results_item_headers_item",
    "V1WebhooksGetOutputResultsItemSystem": ".v1_webhooks_get_output_results_item_system",
    "V1WebhooksGetOutputResultsItemTriggersItem": ".v1_webhooks_get_output_results_item_triggers_item",
    "V1WebhooksPostInput": ".v1_webhooks_post_input",
    "V1WebhooksPostInputHeadersItem": ".v1_webhooks_post_input_headers_item",
    "V1WebhooksPostInputModel": ".v1_webhooks_post_input_model",
    "V1WebhooksPostInputTriggersItem": ".v1_webhooks_post_input_triggers_item",
    "V1WebhooksPostOutput": ".v1_webhooks_post_output",
    "V1WebhooksPostOutputResult": ".v1_webhooks_post_output_result",
    "V1WebhooksPostOutputResultHeadersType0Item": ".v1_webhooks_post_output_result_headers_type_0_item",
    "V1WebhooksPostOutputResultSystem": ".v1_webhooks_post_output_result_system",
    "V1WebhooksPostOutputResultTriggersItem": ".v1_webhooks_post_output_result_triggers_item",
    "V1WebhooksWebhookIdDeleteInput": ".v1_webhooks_webhook_id_delete_input",
    "V1WebhooksWebhookIdDeleteOutput": ".v1_webhooks_webhook_id_delete_output",
    "V1WebhooksWebhookIdDeleteOutputResult": ".v1_webhooks_webhook_id_delete_output_result",
    "V1WebhooksWebhookIdGetInput": ".v1_webhooks_webhook_id_get_input",
    "V1WebhooksWebhookIdGetOutput": ".v1_webhooks_webhook_id_get_output",
    "V1WebhooksWebhookIdGetOutputResults": ".v1_webhooks_webhook_id_get_output_results",
    "V1WebhooksWebhookIdGetOutputResultsHeadersItem": ".v1_webhooks_webhook_id_get_output_results_headers_item",
    "V1WebhooksWebhookIdGetOutputResultsSystem": ".v1_webhooks_webhook_id_get_output_results_system",
    "V1WebhooksWebhookIdGetOutputResultsTriggersItem": ".v1_webhooks_webhook_id_get_output_results_triggers_item",
    "V1WebhooksWebhookIdPutInput": ".v1_webhooks_webhook_id_put_input",
    "V1WebhooksWebhookIdPutInputHeadersItem": ".v1_webhooks_webhook_id_put_input_headers_item",
    "V1WebhooksWebhookIdPutInputModel": ".v1_webhooks_webhook_id_put_input_model",
    "V1WebhooksWebhookIdPutInputTriggersItem": ".v1_webhooks_webhook_id_put_input_triggers_item",
    "V1WebhooksWebhookIdPutOutput": ".v1_webhooks_webhook_id_put_output",
    "V1WebhooksWebhookIdPutOutputResult": ".v1_webhooks_webhook_id_put_output_result",
    "V1WebhooksWebhookIdPutOutputResultHeadersType0Item": ".v1_webhooks_webhook_id_put_output_result_headers_type_0_item",
    "V1WebhooksWebhookIdPutOutputResultSystem": ".v1_webhooks_webhook_id_put_output_result_system",
    "V1WebhooksWebhookIdPutOutputResultTriggersItem": ".v1_webhooks_webhook_id_put_output_result_triggers_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AddressType",
    "Applicant",
    "ApplicantApplicationsItem",
    "ApplicantApplicationsItemCustomDataType0",
    "ApplicantApplicationsItemStatusNormalizedType0",
    "ApplicantCustomDataType0",
    "ApplicantPetsItem",
    "ApplicantPetsItemCustomDataType0",
    "ApplicantPhone1Type",
    "ApplicantPhone2Type",
    "ApplicantScreeningsItem",
    "Application",
    "ApplicationApplicantsItem",
    "ApplicationApplicantsItemCustomDataType0",
    "ApplicationCustomDataType0",
    "ApplicationStatus",
    "ApplicationTemplate",
    "CallLog",
    "CallLogCustomDataType0",
    "ChargeCode",
    "ChargeCodeCustomDataType0",
    "Concession",
    "ConstructionJob",
    "ConstructionJobCustomDataType0",
    "Contract",
    "ContractCustomDataType0",
    "ContractDetail",
    "ContractDetailCustomDataType0",
    "Employee",
    "Enum1",
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
    "GetServiceRequestLocationIntegrationVendor",
    "GetServiceRequestProblemIntegrationVendor",
    "IncomeSource",
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
    "LeaseResidentsMetaDataItemResidentTypeNormalizedType1",
    "LeaseServicesItem",
    "LeaseStatusNormalized",
    "LeaseTransfer",
    "ListAccountingEntitiesIntegrationVendor",
    "ListAddressTypesIntegrationVendor",
    "ListAmenitiesIntegrationVendor",
    "ListApplicantRentableItemsIntegrationVendor",
    "ListApplicantsIntegrationVendor",
    "ListApplicationsIntegrationVendor",
    "ListApplicationStatusesIntegrationVendor",
    "ListApplicationTemplatesIntegrationVendor",
    "ListAppointmentsIntegrationVendor",
    "ListCallLogsIntegrationVendor",
    "ListChargeCodesIntegrationVendor",
    "ListConcessionsIntegrationVendor",
    "ListConstructionJobContractsIntegrationVendor",
    "ListConstructionJobDetailsIntegrationVendor",
    "ListConstructionJobsIntegrationVendor",
    "ListContractDetailsIntegrationVendor",
    "ListDataDiffsIntegrationVendor",
    "ListDepositsIntegrationVendor",
    "ListDepositSummariesIntegrationVendor",
    "ListEmployeesIntegrationVendor",
    "ListEventResultsIntegrationVendor",
    "ListEventsIntegrationVendor",
    "ListEventSubTypesIntegrationVendor",
    "ListEventTypesIntegrationVendor",
    "ListFileTypesIntegrationVendor",
    "ListFinancialAccountsIntegrationVendor",
    "ListFloorPlansIntegrationVendor",
    "Listing",
    "ListingCustomDataType0",
    "ListIntegrationsIntegrationVendor",
    "ListInvoicesIntegrationVendor",
    "ListJobLogsStatus",
    "ListLeadRelationshipsIntegrationVendor",
    "ListLeadRentableItemsIntegrationVendor",
    "ListLeadsIntegrationVendor",
    "ListLeadSourcesIntegrationVendor",
    "ListLeasesIntegrationVendor",
    "ListLeasesStatusNormalized",
    "ListLeaseTransfersIntegrationVendor",
    "ListListingPricingIntegrationVendor",
    "ListListingsIntegrationVendor",
    "ListLocationsRentmanagerIntegrationVendor",
    "ListNoteCategoriesIntegrationVendor",
    "ListOwnersIntegrationVendor",
    "ListPayableRegistersIntegrationVendor",
    "ListPropertiesIntegrationVendor",
    "ListPropertyListsIntegrationVendor",
    "ListPurchaseOrderItemsIntegrationVendor",
    "ListPurchaseOrdersIntegrationVendor",
    "ListRecurringResidentChargesIntegrationVendor",
    "ListRentableItemsIntegrationVendor",
    "ListResidentChargesIntegrationVendor",
    "ListResidentPaymentsIntegrationVendor",
    "ListResidentRentableItemsIntegrationVendor",
    "ListResidentsIntegrationVendor",
    "ListServiceRequestCategoriesIntegrationVendor",
    "ListServiceRequestHistoryIntegrationVendor",
    "ListServiceRequestLocationsIntegrationVendor",
    "ListServiceRequestPrioritiesIntegrationVendor",
    "ListServiceRequestProblemsIntegrationVendor",
    "ListServiceRequestsIntegrationVendor",
    "ListServiceRequestStatusesIntegrationVendor",
    "ListTimezonesIntegrationVendor",
    "ListUnitDetailsIntegrationVendor",
    "ListUnitsIntegrationVendor",
    "ListUnitTypesIntegrationVendor",
    "ListVendorsIntegrationVendor",
    "ListWriteLogsStatus",
    "ListWriteLogsTimeRange",
    "ListWriteLogsWriteCategory",
    "Location",
    "NoteCategory",
    "Owner",
    "OwnerPhone1Type",
    "OwnerPhone2Type",
    "PayableRegister",
    "PayableRegisterCustomDataType0",
    "PayableRegisterPayableRegisterItemsItem",
    "PetTypes",
    "Property",
    "PropertyCustomDataType0",
    "PropertyManagerPhone1Type",
    "PropertyManagerPhone2Type",
    "PropertyOfficeHoursItem",
    "PropertyOfficeHoursItemDayOfWeek",
    "PropertyTypeNormalizedType0",
    "PurchaseOrder",
    "PurchaseOrderCustomDataType0",
    "PurchaseOrderItem",
    "PurchaseOrderItemCustomDataType0",
    "RecurringResidentCharge",
    "RecurringResidentChargeCustomDataType0",
    "RecurringResidentChargeFrequencyNormalized",
    "RentableItem",
    "ResidentCharge",
    "ResidentChargeAllocationsItem",
    "ResidentChargeAllocationsItemCustomDataType0",
    "ResidentChargeCustomDataType0",
    "ResponseMeta",
    "ResponseMetaOrderByItem",
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
    "V1AccountingEntitiesAccountingEntityIdGetInput",
    "V1AccountingEntitiesAccountingEntityIdGetOutput",
    "V1AccountingEntitiesAccountingEntityIdGetOutputResults",
    "V1AccountingEntitiesGetInput",
    "V1AccountingEntitiesGetOutput",
    "V1AccountingEntitiesGetOutputResultsItem",
    "V1AddressTypesAddressTypeIdGetInput",
    "V1AddressTypesAddressTypeIdGetOutput",
    "V1AddressTypesGetInput",
    "V1AddressTypesGetOutput",
    "V1AdminDataDiffsGetInput",
    "V1AdminDataDiffsGetOutput",
    "V1AdminDataDiffsGetOutputResultsItem",
    "V1AdminDataDiffsGetOutputResultsItemDataDiff",
    "V1AdminDataDiffsGetOutputResultsItemEventType",
    "V1AdminIntegrationsGetInput",
    "V1AdminIntegrationsGetOutput",
    "V1AdminIntegrationsGetOutputResultsItem",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItem",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsGetOutputResultsItemConfigurationMetaDataItemCustomDataType0",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItem",
    "V1AdminIntegrationsGetOutputResultsItemIntegrationInterfacesItemInterfaceName",
    "V1AdminIntegrationsGetOutputResultsItemMaxRequestCadence",
    "V1AdminIntegrationsGetOutputResultsItemModels",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalProperty",
    "V1AdminIntegrationsGetOutputResultsItemModelsAdditionalPropertyFromInterfacesItem",
    "V1AdminIntegrationsGetOutputResultsItemSyncCadence",
    "V1AdminIntegrationsGetOutputResultsItemSystem",
    "V1AdminIntegrationsGetOutputResultsItemVendor",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInput",
    "V1AdminIntegrationsIntegrationIdBackSyncPostInputModelsToSyncItem",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutput",
    "V1AdminIntegrationsIntegrationIdBackSyncPostOutputResult",
    "V1AdminIntegrationsIntegrationIdDataAccessGetInput",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutput",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResult",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModels",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalProperty",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyCreateType2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyReadType2",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType0Status",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType1",
    "V1AdminIntegrationsIntegrationIdDataAccessGetOutputResultModelsAdditionalPropertyUpdateType2",
    "V1AdminIntegrationsIntegrationIdDataAccessPostInput",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutput",
    "V1AdminIntegrationsIntegrationIdDataAccessPostOutputResult",
    "V1AdminIntegrationsIntegrationIdDeleteInput",
    "V1AdminIntegrationsIntegrationIdDeleteOutput",
    "V1AdminIntegrationsIntegrationIdGetInput",
    "V1AdminIntegrationsIntegrationIdGetOutput",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemConfigurationData",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ConfigurationMetaDataItemCustomDataType0",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0IntegrationInterfacesItemInterfaceName",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0MaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Models",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalProperty",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0ModelsAdditionalPropertyFromInterfacesItem",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0SyncCadence",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0System",
    "V1AdminIntegrationsIntegrationIdGetOutputResultsType0Vendor",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetInput",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutput",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItem",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemParameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemStatus",
    "V1AdminIntegrationsIntegrationIdJobSchedulesGetOutputResultsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetInput",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutput",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResults",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsParameters",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsStatus",
    "V1AdminIntegrationsIntegrationIdJobSchedulesJobScheduleIdGetOutputResultsSyncCadence",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInput",
    "V1AdminIntegrationsIntegrationIdManualSyncPostInputModelsToSyncItem",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutput",
    "V1AdminIntegrationsIntegrationIdManualSyncPostOutputResult",
    "V1AdminIntegrationsIntegrationIdPropertiesGetInput",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutput",
    "V1AdminIntegrationsIntegrationIdPropertiesGetOutputResultsItem",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutInput",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutput",
    "V1AdminIntegrationsIntegrationIdPropertiesPropertyConfigurationIdPutOutputResults",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetInput",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutput",
    "V1AdminIntegrationsIntegrationIdPropertyListsGetOutputResultsItem",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostInput",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutput",
    "V1AdminIntegrationsIntegrationIdPropertyListsPostOutputResults",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutInput",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutput",
    "V1AdminIntegrationsIntegrationIdPropertyListsPropertyListConfigurationIdPutOutputResults",
    "V1AdminIntegrationsIntegrationIdPutInput",
    "V1AdminIntegrationsIntegrationIdPutInputBuildium",
    "V1AdminIntegrationsIntegrationIdPutInputCredentialsType0",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleTimezone",
    "V1AdminIntegrationsIntegrationIdPutInputCustomSyncScheduleType",
    "V1AdminIntegrationsIntegrationIdPutInputEntrata",
    "V1AdminIntegrationsIntegrationIdPutInputKnock",
    "V1AdminIntegrationsIntegrationIdPutInputMaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdPutInputMRI",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareREST",
    "V1AdminIntegrationsIntegrationIdPutInputPropertywareSOAP",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendor",
    "V1AdminIntegrationsIntegrationIdPutInputRealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerProduction",
    "V1AdminIntegrationsIntegrationIdPutInputRentManagerSandbox",
    "V1AdminIntegrationsIntegrationIdPutInputRentvine",
    "V1AdminIntegrationsIntegrationIdPutInputResman",
    "V1AdminIntegrationsIntegrationIdPutInputSample1",
    "V1AdminIntegrationsIntegrationIdPutInputSample1CommonData",
    "V1AdminIntegrationsIntegrationIdPutInputSample1GuestCard",
    "V1AdminIntegrationsIntegrationIdPutInputSample1JobCost",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ResidentTransactions",
    "V1AdminIntegrationsIntegrationIdPutInputSample1ServiceRequests",
    "V1AdminIntegrationsIntegrationIdPutInputSample1VendorInvoicing",
    "V1AdminIntegrationsIntegrationIdPutInputSample2",
    "V1AdminIntegrationsIntegrationIdPutInputSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutInputSystem",
    "V1AdminIntegrationsIntegrationIdPutOutput",
    "V1AdminIntegrationsIntegrationIdPutOutputResult",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncSchedule",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleInterval",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleTimezone",
    "V1AdminIntegrationsIntegrationIdPutOutputResultCustomSyncScheduleType",
    "V1AdminIntegrationsIntegrationIdPutOutputResultMaxRequestCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSyncCadence",
    "V1AdminIntegrationsIntegrationIdPutOutputResultSystem",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetInput",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutput",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType0ApiRatelimitsItem",
    "V1AdminIntegrationsIntegrationIdRateLimitsGetOutputResultsType1",
    "V1AdminIntegrationsPostInput",
    "V1AdminIntegrationsPostInputBuildium",
    "V1AdminIntegrationsPostInputCredentialsType0",
    "V1AdminIntegrationsPostInputCustomSyncSchedule",
    "V1AdminIntegrationsPostInputCustomSyncScheduleInterval",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsPostInputCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostInputCustomSyncScheduleTimezone",
    "V1AdminIntegrationsPostInputCustomSyncScheduleType",
    "V1AdminIntegrationsPostInputEntrata",
    "V1AdminIntegrationsPostInputKnock",
    "V1AdminIntegrationsPostInputMaxRequestCadence",
    "V1AdminIntegrationsPostInputMRI",
    "V1AdminIntegrationsPostInputPropertywareREST",
    "V1AdminIntegrationsPostInputPropertywareSOAP",
    "V1AdminIntegrationsPostInputRealpagePartnerExchange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest",
    "V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendor",
    "V1AdminIntegrationsPostInputRealpageRegisteredVendorFtpCredentials",
    "V1AdminIntegrationsPostInputRentManagerProduction",
    "V1AdminIntegrationsPostInputRentManagerSandbox",
    "V1AdminIntegrationsPostInputRentvine",
    "V1AdminIntegrationsPostInputResman",
    "V1AdminIntegrationsPostInputSample1",
    "V1AdminIntegrationsPostInputSample1CommonData",
    "V1AdminIntegrationsPostInputSample1GuestCard",
    "V1AdminIntegrationsPostInputSample1JobCost",
    "V1AdminIntegrationsPostInputSample1ResidentTransactions",
    "V1AdminIntegrationsPostInputSample1ServiceRequests",
    "V1AdminIntegrationsPostInputSample1VendorInvoicing",
    "V1AdminIntegrationsPostInputSample2",
    "V1AdminIntegrationsPostInputSyncCadence",
    "V1AdminIntegrationsPostInputSystem",
    "V1AdminIntegrationsPostOutput",
    "V1AdminIntegrationsPostOutputResult",
    "V1AdminIntegrationsPostOutputResultCustomSyncSchedule",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleInterval",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalFRIDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalMONDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSATURDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalSUNDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTHURSDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalTUESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAY",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItem",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleIntervalWEDNESDAYSlotsItemSyncCadence",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleTimezone",
    "V1AdminIntegrationsPostOutputResultCustomSyncScheduleType",
    "V1AdminIntegrationsPostOutputResultMaxRequestCadence",
    "V1AdminIntegrationsPostOutputResultPingResults",
    "V1AdminIntegrationsPostOutputResultSyncCadence",
    "V1AdminIntegrationsPostOutputResultSystem",
    "V1AdminIntegrationsPostOutputResultVendor",
    "V1AdminJobLogsJobLogIdDataGetInput",
    "V1AdminJobLogsJobLogIdDataGetOutput",
    "V1AdminJobLogsJobLogIdGetInput",
    "V1AdminJobLogsJobLogIdGetOutput",
    "V1AdminJobLogsJobLogIdGetOutputResults",
    "V1AdminLogsJobsGetInput",
    "V1AdminLogsJobsGetInputStatus",
    "V1AdminLogsJobsGetOutput",
    "V1AdminLogsJobsGetOutputResultsItem",
    "V1AdminLogsJobsIdGetInput",
    "V1AdminLogsJobsIdGetOutput",
    "V1AdminLogsJobsIdGetOutputResultsItem",
    "V1AdminLogsWritesGetInput",
    "V1AdminLogsWritesGetInputStatus",
    "V1AdminLogsWritesGetInputTimeRange",
    "V1AdminLogsWritesGetInputWriteCategory",
    "V1AdminLogsWritesGetOutput",
    "V1AdminLogsWritesGetOutputResults",
    "V1AdminLogsWritesGetOutputResultsLogsItem",
    "V1AdminLogsWritesGetOutputResultsLogsItemStatus",
    "V1AdminLogsWritesGetOutputResultsLogsItemVendor",
    "V1AdminNormalizationModelFieldGetInput",
    "V1AdminNormalizationModelFieldGetOutput",
    "V1AdminNormalizationModelFieldGetOutputResults",
    "V1AdminNormalizationModelFieldGetOutputResultsMappings",
    "V1AdminRetryWriteRootJobIdPostInput",
    "V1AdminRetryWriteRootJobIdPostOutput",
    "V1AdminUsersGetInput",
    "V1AdminUsersGetOutput",
    "V1AdminUsersGetOutputResultsItem",
    "V1AdminUsersGetOutputResultsItemRolesItem",
    "V1AdminUsersIdGetInput",
    "V1AdminUsersIdGetOutput",
    "V1AdminUsersIdGetOutputResultsType0",
    "V1AdminUsersIdGetOutputResultsType0RolesItem",
    "V1AdminWriteStatusRootJobIdGetInput",
    "V1AdminWriteStatusRootJobIdGetOutput",
    "V1AdminWriteStatusRootJobIdGetOutputWriteStatus",
    "V1AmenitiesAmenityIdGetInput",
    "V1AmenitiesAmenityIdGetOutput",
    "V1AmenitiesAmenityIdGetOutputResults",
    "V1AmenitiesAmenityIdGetOutputResultsCustomDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsMetaDataType0",
    "V1AmenitiesAmenityIdGetOutputResultsNameNormalized",
    "V1AmenitiesAmenityIdGetOutputResultsUnitsItem",
    "V1AmenitiesAmenityIdPutInput",
    "V1AmenitiesAmenityIdPutOutput",
    "V1AmenitiesAmenityIdPutOutputData",
    "V1AmenitiesGetInput",
    "V1AmenitiesGetOutput",
    "V1AmenitiesGetOutputResultsItem",
    "V1AmenitiesGetOutputResultsItemCustomDataType0",
    "V1AmenitiesGetOutputResultsItemMetaDataType0",
    "V1AmenitiesGetOutputResultsItemNameNormalized",
    "V1AmenitiesGetOutputResultsItemUnitsItem",
    "V1AmenitiesPostInput",
    "V1AmenitiesPostOutput",
    "V1AmenitiesPostOutputData",
    "V1AmenitiesPropertiesIdPostInput",
    "V1AmenitiesPropertiesIdPostInputCustomData",
    "V1AmenitiesPropertiesIdPostInputVendor",
    "V1AmenitiesPropertiesIdPostOutput",
    "V1AmenitiesPropertiesIdPostOutputData",
    "V1AmenitiesPropertiesIdPutInput",
    "V1AmenitiesPropertiesIdPutInputFeaturesItem",
    "V1AmenitiesPropertiesIdPutInputIncludedInRentItem",
    "V1AmenitiesPropertiesIdPutOutput",
    "V1AmenitiesPropertiesIdPutOutputData",
    "V1AmenitiesUnitsIdPostInput",
    "V1AmenitiesUnitsIdPostInputCustomData",
    "V1AmenitiesUnitsIdPostInputVendor",
    "V1AmenitiesUnitsIdPostOutput",
    "V1AmenitiesUnitsIdPostOutputData",
    "V1AmenitiesUnitsIdPutInput",
    "V1AmenitiesUnitsIdPutInputFeaturesItem",
    "V1AmenitiesUnitsIdPutOutput",
    "V1AmenitiesUnitsIdPutOutputData",
    "V1ApplicantsGetInput",
    "V1ApplicantsGetOutput",
    "V1ApplicantsIdGetInput",
    "V1ApplicantsIdGetOutput",
    "V1ApplicantsIdPutInput",
    "V1ApplicantsIdPutInputAddOnsItem",
    "V1ApplicantsIdPutInputAddressHistoryItem",
    "V1ApplicantsIdPutInputAddressHistoryItemAddressType",
    "V1ApplicantsIdPutInputAddressHistoryItemCountry",
    "V1ApplicantsIdPutInputAddressHistoryItemManagerType",
    "V1ApplicantsIdPutInputAddressHistoryItemState",
    "V1ApplicantsIdPutInputApplicantStatus",
    "V1ApplicantsIdPutInputApplicationReferencesItem",
    "V1ApplicantsIdPutInputApplicationStatus",
    "V1ApplicantsIdPutInputAssistance",
    "V1ApplicantsIdPutInputAttachmentsItem",
    "V1ApplicantsIdPutInputBankAccountsItem",
    "V1ApplicantsIdPutInputBankAccountsItemAccountType",
    "V1ApplicantsIdPutInputCreditCardsItem",
    "V1ApplicantsIdPutInputEmergencyContactsItem",
    "V1ApplicantsIdPutInputEmploymentHistoryItem",
    "V1ApplicantsIdPutInputEventsItem",
    "V1ApplicantsIdPutInputMaritalStatus",
    "V1ApplicantsIdPutInputOtherIncomeItem",
    "V1ApplicantsIdPutInputOtherOccupantsItem",
    "V1ApplicantsIdPutInputOtherOccupantsItemRelationship",
    "V1ApplicantsIdPutInputPetsItem",
    "V1ApplicantsIdPutInputPetsItemGender",
    "V1ApplicantsIdPutInputPhone1Type",
    "V1ApplicantsIdPutInputPhone2Type",
    "V1ApplicantsIdPutInputPhone3Type",
    "V1ApplicantsIdPutInputStatus",
    "V1ApplicantsIdPutInputType",
    "V1ApplicantsIdPutInputVehiclesItem",
    "V1ApplicantsIdPutOutput",
    "V1ApplicantsIdPutOutputData",
    "V1ApplicantsIdRentableItemsGetInput",
    "V1ApplicantsIdRentableItemsGetOutput",
    "V1ApplicantsPostInput",
    "V1ApplicantsPostInputAddOnsItem",
    "V1ApplicantsPostInputAddressHistoryItem",
    "V1ApplicantsPostInputAddressHistoryItemAddressType",
    "V1ApplicantsPostInputAddressHistoryItemCountry",
    "V1ApplicantsPostInputAddressHistoryItemManagerType",
    "V1ApplicantsPostInputAddressHistoryItemState",
    "V1ApplicantsPostInputApplicantStatus",
    "V1ApplicantsPostInputApplicationReferencesItem",
    "V1ApplicantsPostInputApplicationStatus",
    "V1ApplicantsPostInputAssistance",
    "V1ApplicantsPostInputAttachmentsItem",
    "V1ApplicantsPostInputBankAccountsItem",
    "V1ApplicantsPostInputBankAccountsItemAccountType",
    "V1ApplicantsPostInputCreditCardsItem",
    "V1ApplicantsPostInputCustomData",
    "V1ApplicantsPostInputEmergencyContactsItem",
    "V1ApplicantsPostInputEmploymentHistoryItem",
    "V1ApplicantsPostInputEventsItem",
    "V1ApplicantsPostInputEventsItemEventName",
    "V1ApplicantsPostInputMaritalStatus",
    "V1ApplicantsPostInputOtherIncomeItem",
    "V1ApplicantsPostInputOtherOccupantsItem",
    "V1ApplicantsPostInputOtherOccupantsItemRelationship",
    "V1ApplicantsPostInputPetsItem",
    "V1ApplicantsPostInputPetsItemGender",
    "V1ApplicantsPostInputPhone1Type",
    "V1ApplicantsPostInputPhone2Type",
    "V1ApplicantsPostInputPhone3Type",
    "V1ApplicantsPostInputStatus",
    "V1ApplicantsPostInputType",
    "V1ApplicantsPostInputVehiclesItem",
    "V1ApplicantsPostOutput",
    "V1ApplicantsPostOutputData",
    "V1ApplicationsGetInput",
    "V1ApplicationsGetOutput",
    "V1ApplicationsIdGetInput",
    "V1ApplicationsIdGetOutput",
    "V1ApplicationsIdPutInput",
    "V1ApplicationsIdPutInputAddOnsItem",
    "V1ApplicationsIdPutInputAddressHistoryItem",
    "V1ApplicationsIdPutInputAddressHistoryItemCountryType0",
    "V1ApplicationsIdPutInputAddressHistoryItemState",
    "V1ApplicationsIdPutInputApplicationFeesItem",
    "V1ApplicationsIdPutInputApplicationStatus",
    "V1ApplicationsIdPutInputAttachmentsItem",
    "V1ApplicationsIdPutInputConcessionFeesItem",
    "V1ApplicationsIdPutInputEmergencyContactsItem",
    "V1ApplicationsIdPutInputEmergencyContactsItemCountryType0",
    "V1ApplicationsIdPutInputEmergencyContactsItemRelationship",
    "V1ApplicationsIdPutInputEmergencyContactsItemState",
    "V1ApplicationsIdPutInputEmploymentHistoryItem",
    "V1ApplicationsIdPutInputEmploymentHistoryItemState",
    "V1ApplicationsIdPutInputEventsItem",
    "V1ApplicationsIdPutInputMaritalStatus",
    "V1ApplicationsIdPutInputOtherIncomeItem",
    "V1ApplicationsIdPutInputOtherOccupantsItem",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone1Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemPhone2Type",
    "V1ApplicationsIdPutInputOtherOccupantsItemRelationship",
    "V1ApplicationsIdPutInputOtherOccupantsItemState",
    "V1ApplicationsIdPutInputPetsItem",
    "V1ApplicationsIdPutInputPhone1Type",
    "V1ApplicationsIdPutInputPhone2Type",
    "V1ApplicationsIdPutInputStatus",
    "V1ApplicationsIdPutInputVehiclesItem",
    "V1ApplicationsIdPutInputVehiclesItemLicensePlateState",
    "V1ApplicationsIdPutOutput",
    "V1ApplicationsIdPutOutputData",
    "V1ApplicationsPostInput",
    "V1ApplicationsPostInputAddOnsItem",
    "V1ApplicationsPostInputAddressHistoryItem",
    "V1ApplicationsPostInputAddressHistoryItemCountryType0",
    "V1ApplicationsPostInputAddressHistoryItemState",
    "V1ApplicationsPostInputApplicationFeesItem",
    "V1ApplicationsPostInputApplicationReferencesItem",
    "V1ApplicationsPostInputApplicationStatus",
    "V1ApplicationsPostInputAssistance",
    "V1ApplicationsPostInputAttachmentsItem",
    "V1ApplicationsPostInputBankAccountsItem",
    "V1ApplicationsPostInputBankAccountsItemAccountType",
    "V1ApplicationsPostInputConcessionFeesItem",
    "V1ApplicationsPostInputCreditCardsItem",
    "V1ApplicationsPostInputEmergencyContactsItem",
    "V1ApplicationsPostInputEmergencyContactsItemCountryType0",
    "V1ApplicationsPostInputEmergencyContactsItemRelationship",
    "V1ApplicationsPostInputEmergencyContactsItemState",
    "V1ApplicationsPostInputEmploymentHistoryItem",
    "V1ApplicationsPostInputEmploymentHistoryItemState",
    "V1ApplicationsPostInputMaritalStatus",
    "V1ApplicationsPostInputOtherIncomeItem",
    "V1ApplicationsPostInputOtherOccupantsItem",
    "V1ApplicationsPostInputOtherOccupantsItemPhone1Type",
    "V1ApplicationsPostInputOtherOccupantsItemPhone2Type",
    "V1ApplicationsPostInputOtherOccupantsItemRelationship",
    "V1ApplicationsPostInputOtherOccupantsItemState",
    "V1ApplicationsPostInputPetsItem",
    "V1ApplicationsPostInputPhone1Type",
    "V1ApplicationsPostInputPhone2Type",
    "V1ApplicationsPostInputPhone3Type",
    "V1ApplicationsPostInputStatus",
    "V1ApplicationsPostInputType",
    "V1ApplicationsPostInputVehiclesItem",
    "V1ApplicationsPostInputVehiclesItemLicensePlateState",
    "V1ApplicationsPostOutput",
    "V1ApplicationsPostOutputData",
    "V1ApplicationStatusesApplicationStatusIdGetInput",
    "V1ApplicationStatusesApplicationStatusIdGetOutput",
    "V1ApplicationStatusesGetInput",
    "V1ApplicationStatusesGetOutput",
    "V1ApplicationTemplatesApplicationTemplateIdGetInput",
    "V1ApplicationTemplatesApplicationTemplateIdGetOutput",
    "V1ApplicationTemplatesGetInput",
    "V1ApplicationTemplatesGetOutput",
    "V1AppointmentAvailabilityPostInput",
    "V1AppointmentAvailabilityPostInputCalendarTypesItem",
    "V1AppointmentAvailabilityPostOutput",
    "V1AppointmentAvailabilityPostOutputMeta",
    "V1AppointmentAvailabilityPostOutputResultItem",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItem",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemAvailableSlotsItemType0",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarDaysItemSimultaneousAppointmentMode",
    "V1AppointmentAvailabilityPostOutputResultItemCalendarType",
    "V1AppointmentsGetInput",
    "V1AppointmentsGetOutput",
    "V1CallLogsCallLogIdGetInput",
    "V1CallLogsCallLogIdGetOutput",
    "V1CallLogsGetInput",
    "V1CallLogsGetOutput",
    "V1ChargeCodesChargeCodeIdGetInput",
    "V1ChargeCodesChargeCodeIdGetOutput",
    "V1ChargeCodesGetInput",
    "V1ChargeCodesGetOutput",
    "V1ConcessionsConcessionIdGetInput",
    "V1ConcessionsConcessionIdGetOutput",
    "V1ConcessionsGetInput",
    "V1ConcessionsGetOutput",
    "V1ConstructionJobsConstructionJobIdContractsGetInput",
    "V1ConstructionJobsConstructionJobIdContractsGetOutput",
    "V1ConstructionJobsConstructionJobIdDetailsGetInput",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutput",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItem",
    "V1ConstructionJobsConstructionJobIdDetailsGetOutputResultsItemCustomDataType0",
    "V1ConstructionJobsConstructionJobIdGetInput",
    "V1ConstructionJobsConstructionJobIdGetOutput",
    "V1ConstructionJobsConstructionJobIdPutInput",
    "V1ConstructionJobsConstructionJobIdPutOutput",
    "V1ConstructionJobsConstructionJobIdPutOutputData",
    "V1ConstructionJobsContractsContractIdDetailsGetInput",
    "V1ConstructionJobsContractsContractIdDetailsGetOutput",
    "V1ConstructionJobsGetInput",
    "V1ConstructionJobsGetOutput",
    "V1ConstructionJobsPostInput",
    "V1ConstructionJobsPostOutput",
    "V1ConstructionJobsPostOutputData",
    "V1ContractsContractIdPutInput",
    "V1ContractsContractIdPutOutput",
    "V1ContractsContractIdPutOutputData",
    "V1ContractsPostInput",
    "V1ContractsPostInputContractDetailsItem",
    "V1ContractsPostOutput",
    "V1ContractsPostOutputData",
    "V1DepositsGetInput",
    "V1DepositsGetOutput",
    "V1DepositsGetOutputResultsItem",
    "V1DepositsGetOutputResultsItemCustomDataType0",
    "V1DepositsGetOutputResultsItemIntegrationDataType0",
    "V1DepositsIdGetInput",
    "V1DepositsIdGetOutput",
    "V1DepositsIdGetOutputResults",
    "V1DepositsIdGetOutputResultsCustomDataType0",
    "V1DepositsIdGetOutputResultsIntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdGetInput",
    "V1DepositSummariesDepositSummaryIdGetOutput",
    "V1DepositSummariesDepositSummaryIdGetOutputResults",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsCustomDataType0",
    "V1DepositSummariesDepositSummaryIdGetOutputResultsIntegrationDataType0",
    "V1DepositSummariesDepositSummaryIdPutInput",
    "V1DepositSummariesDepositSummaryIdPutInputPaymentMethod",
    "V1DepositSummariesDepositSummaryIdPutOutput",
    "V1DepositSummariesDepositSummaryIdPutOutputData",
    "V1DepositSummariesGetInput",
    "V1DepositSummariesGetOutput",
    "V1DepositSummariesGetOutputResultsItem",
    "V1DepositSummariesGetOutputResultsItemCustomDataType0",
    "V1DepositSummariesGetOutputResultsItemIntegrationDataType0",
    "V1EmployeesEmployeeIdGetInput",
    "V1EmployeesEmployeeIdGetOutput",
    "V1EmployeesGetInput",
    "V1EmployeesGetOutput",
    "V1EventResultsEventResultIdGetInput",
    "V1EventResultsEventResultIdGetOutput",
    "V1EventResultsGetInput",
    "V1EventResultsGetOutput",
    "V1EventsApplicantsEventIdPutInput",
    "V1EventsApplicantsEventIdPutInputStatus",
    "V1EventsApplicantsEventIdPutOutput",
    "V1EventsApplicantsEventIdPutOutputData",
    "V1EventsApplicantsPostInput",
    "V1EventsApplicantsPostInputCallStatus",
    "V1EventsApplicantsPostInputEventName",
    "V1EventsApplicantsPostInputEventType",
    "V1EventsApplicantsPostInputStatus",
    "V1EventsApplicantsPostOutput",
    "V1EventsApplicantsPostOutputData",
    "V1EventsAppointmentsApplicantsCancelPostInput",
    "V1EventsAppointmentsApplicantsCancelPostOutput",
    "V1EventsAppointmentsApplicantsCancelPostOutputData",
    "V1EventsAppointmentsApplicantsEventIdPutInput",
    "V1EventsAppointmentsApplicantsEventIdPutInputAppointmentType",
    "V1EventsAppointmentsApplicantsEventIdPutInputPriority",
    "V1EventsAppointmentsApplicantsEventIdPutInputStatus",
    "V1EventsAppointmentsApplicantsEventIdPutOutput",
    "V1EventsAppointmentsApplicantsEventIdPutOutputData",
    "V1EventsAppointmentsApplicantsPostInput",
    "V1EventsAppointmentsApplicantsPostInputAppointmentType",
    "V1EventsAppointmentsApplicantsPostInputPriority",
    "V1EventsAppointmentsApplicantsPostInputStatus",
    "V1EventsAppointmentsApplicantsPostOutput",
    "V1EventsAppointmentsApplicantsPostOutputData",
    "V1EventsAppointmentsLeadsCancelPostInput",
    "V1EventsAppointmentsLeadsCancelPostOutput",
    "V1EventsAppointmentsLeadsCancelPostOutputData",
    "V1EventsAppointmentsLeadsEventIdPutInput",
    "V1EventsAppointmentsLeadsEventIdPutInputAppointmentType",
    "V1EventsAppointmentsLeadsEventIdPutInputPriority",
    "V1EventsAppointmentsLeadsEventIdPutInputStatus",
    "V1EventsAppointmentsLeadsEventIdPutOutput",
    "V1EventsAppointmentsLeadsEventIdPutOutputData",
    "V1EventsAppointmentsLeadsPostInput",
    "V1EventsAppointmentsLeadsPostInputAppointmentType",
    "V1EventsAppointmentsLeadsPostInputPriority",
    "V1EventsAppointmentsLeadsPostInputStatus",
    "V1EventsAppointmentsLeadsPostOutput",
    "V1EventsAppointmentsLeadsPostOutputData",
    "V1EventsAppointmentsResidentsCancelPostInput",
    "V1EventsAppointmentsResidentsCancelPostOutput",
    "V1EventsAppointmentsResidentsCancelPostOutputData",
    "V1EventsAppointmentsResidentsEventIdPutInput",
    "V1EventsAppointmentsResidentsEventIdPutInputStatus",
    "V1EventsAppointmentsResidentsEventIdPutOutput",
    "V1EventsAppointmentsResidentsEventIdPutOutputData",
    "V1EventsAppointmentsResidentsPostInput",
    "V1EventsAppointmentsResidentsPostInputStatus",
    "V1EventsAppointmentsResidentsPostOutput",
    "V1EventsAppointmentsResidentsPostOutputData",
    "V1EventsEventIdGetInput",
    "V1EventsEventIdGetOutput",
    "V1EventsGetInput",
    "V1EventsGetOutput",
    "V1EventsLeadsEventIdPutInput",
    "V1EventsLeadsEventIdPutInputStatus",
    "V1EventsLeadsEventIdPutOutput",
    "V1EventsLeadsEventIdPutOutputData",
    "V1EventsLeadsPostInput",
    "V1EventsLeadsPostInputCallStatus",
    "V1EventsLeadsPostInputEventName",
    "V1EventsLeadsPostInputStatus",
    "V1EventsLeadsPostOutput",
    "V1EventsLeadsPostOutputData",
    "V1EventsResidentsEventIdPutInput",
    "V1EventsResidentsEventIdPutInputStatus",
    "V1EventsResidentsEventIdPutOutput",
    "V1EventsResidentsEventIdPutOutputData",
    "V1EventsResidentsPostInput",
    "V1EventsResidentsPostInputCallStatus",
    "V1EventsResidentsPostInputEventType",
    "V1EventsResidentsPostInputStatus",
    "V1EventsResidentsPostOutput",
    "V1EventsResidentsPostOutputData",
    "V1EventSubTypesEventSubTypeIdGetInput",
    "V1EventSubTypesEventSubTypeIdGetOutput",
    "V1EventSubTypesGetInput",
    "V1EventSubTypesGetOutput",
    "V1EventTypesEventTypeIdGetInput",
    "V1EventTypesEventTypeIdGetOutput",
    "V1EventTypesGetInput",
    "V1EventTypesGetOutput",
    "V1FeesFeeIdGetInput",
    "V1FeesFeeIdGetOutput",
    "V1FeesGetInput",
    "V1FeesGetOutput",
    "V1FileTypesFileTypeIdGetInput",
    "V1FileTypesFileTypeIdGetOutput",
    "V1FileTypesGetInput",
    "V1FileTypesGetOutput",
    "V1FileTypesPostInput",
    "V1FileTypesPostInputModel",
    "V1FileTypesPostOutput",
    "V1FileTypesPostOutputData",
    "V1FinancialAccountsFinancialAccountIdGetInput",
    "V1FinancialAccountsFinancialAccountIdGetOutput",
    "V1FinancialAccountsGetInput",
    "V1FinancialAccountsGetOutput",
    "V1FloorPlansFloorPlanIdGetInput",
    "V1FloorPlansFloorPlanIdGetOutput",
    "V1FloorPlansGetInput",
    "V1FloorPlansGetOutput",
    "V1InvoicesGetInput",
    "V1InvoicesGetOutput",
    "V1InvoicesGetOutputResultsItem",
    "V1InvoicesGetOutputResultsItemCustomDataType0",
    "V1InvoicesGetOutputResultsItemInvoiceItemsItem",
    "V1InvoicesInvoiceIdGetInput",
    "V1InvoicesInvoiceIdGetOutput",
    "V1InvoicesInvoiceIdGetOutputResults",
    "V1InvoicesInvoiceIdGetOutputResultsCustomDataType0",
    "V1InvoicesInvoiceIdGetOutputResultsInvoiceItemsItem",
    "V1InvoicesInvoiceIdPutInput",
    "V1InvoicesInvoiceIdPutInputStatus",
    "V1InvoicesInvoiceIdPutOutput",
    "V1InvoicesInvoiceIdPutOutputData",
    "V1InvoicesPostInput",
    "V1InvoicesPostInputAttachmentsItem",
    "V1InvoicesPostInputInvoiceItemsItem",
    "V1InvoicesPostOutput",
    "V1InvoicesPostOutputData",
    "V1LeadRelationshipsGetInput",
    "V1LeadRelationshipsGetOutput",
    "V1LeadsGetInput",
    "V1LeadsGetOutput",
    "V1LeadsIdGetInput",
    "V1LeadsIdGetOutput",
    "V1LeadsIdPutInput",
    "V1LeadsIdPutInputApplicantStatus",
    "V1LeadsIdPutInputEventsItem",
    "V1LeadsIdPutInputInactiveReason",
    "V1LeadsIdPutInputPhone1Type",
    "V1LeadsIdPutInputPhone2Type",
    "V1LeadsIdPutInputStatus",
    "V1LeadsIdPutOutput",
    "V1LeadsIdPutOutputData",
    "V1LeadsIdRentableItemsGetInput",
    "V1LeadsIdRentableItemsGetOutput",
    "V1LeadSourcesGetInput",
    "V1LeadSourcesGetOutput",
    "V1LeadSourcesLeadSourceIdGetInput",
    "V1LeadSourcesLeadSourceIdGetOutput",
    "V1LeadsPostInput",
    "V1LeadsPostInputApplicantStatus",
    "V1LeadsPostInputEventsItem",
    "V1LeadsPostInputEventsItemEventName",
    "V1LeadsPostInputPhone1Type",
    "V1LeadsPostInputPhone2Type",
    "V1LeadsPostInputStatus",
    "V1LeadsPostOutput",
    "V1LeadsPostOutputData",
    "V1LeasesGetInput",
    "V1LeasesGetInputStatusNormalized",
    "V1LeasesGetOutput",
    "V1LeasesLeaseIdGetInput",
    "V1LeasesLeaseIdGetOutput",
    "V1LeasesLeaseIdPutInput",
    "V1LeasesLeaseIdPutInputAddressHistoryItem",
    "V1LeasesLeaseIdPutInputAddressHistoryItemCountry",
    "V1LeasesLeaseIdPutInputAddressHistoryItemState",
    "V1LeasesLeaseIdPutInputApplicationFeesItem",
    "V1LeasesLeaseIdPutInputConcessionFeesItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItem",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemCountry",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemRelationship",
    "V1LeasesLeaseIdPutInputEmergencyContactsItemState",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItem",
    "V1LeasesLeaseIdPutInputEmploymentHistoryItemState",
    "V1LeasesLeaseIdPutInputMaritalStatus",
    "V1LeasesLeaseIdPutInputOtherIncomeItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItem",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone1Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemPhone2Type",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemRelationship",
    "V1LeasesLeaseIdPutInputOtherOccupantsItemState",
    "V1LeasesLeaseIdPutInputPetsItem",
    "V1LeasesLeaseIdPutInputPhone1Type",
    "V1LeasesLeaseIdPutInputPhone2Type",
    "V1LeasesLeaseIdPutInputStatus",
    "V1LeasesLeaseIdPutInputTenantsItem",
    "V1LeasesLeaseIdPutInputType",
    "V1LeasesLeaseIdPutInputVehiclesItem",
    "V1LeasesLeaseIdPutOutput",
    "V1LeasesLeaseIdPutOutputData",
    "V1LeasesPostInput",
    "V1LeasesPostInputAddressHistoryItem",
    "V1LeasesPostInputAddressHistoryItemCountryType0",
    "V1LeasesPostInputAddressHistoryItemState",
    "V1LeasesPostInputApplicationFeesItem",
    "V1LeasesPostInputConcessionFeesItem",
    "V1LeasesPostInputCountry",
    "V1LeasesPostInputCountryAlternate",
    "V1LeasesPostInputEmergencyContactsItem",
    "V1LeasesPostInputEmergencyContactsItemCountryType0",
    "V1LeasesPostInputEmergencyContactsItemRelationship",
    "V1LeasesPostInputEmergencyContactsItemState",
    "V1LeasesPostInputEmploymentHistoryItem",
    "V1LeasesPostInputEmploymentHistoryItemState",
    "V1LeasesPostInputMaritalStatus",
    "V1LeasesPostInputOtherIncomeItem",
    "V1LeasesPostInputOtherOccupantsItem",
    "V1LeasesPostInputOtherOccupantsItemPhone1Type",
    "V1LeasesPostInputOtherOccupantsItemPhone2Type",
    "V1LeasesPostInputOtherOccupantsItemRelationship",
    "V1LeasesPostInputOtherOccupantsItemState",
    "V1LeasesPostInputPetsItem",
    "V1LeasesPostInputPhone1Type",
    "V1LeasesPostInputPhone2Type",
    "V1LeasesPostInputRecurringResidentChargesItem",
    "V1LeasesPostInputRentCycle",
    "V1LeasesPostInputResidentChargesItem",
    "V1LeasesPostInputStatus",
    "V1LeasesPostInputTenantsItem",
    "V1LeasesPostInputType",
    "V1LeasesPostInputVehiclesItem",
    "V1LeasesPostOutput",
    "V1LeasesPostOutputData",
    "V1LeaseTransfersGetInput",
    "V1LeaseTransfersGetOutput",
    "V1LeaseTransfersLeaseTransferIdGetInput",
    "V1LeaseTransfersLeaseTransferIdGetOutput",
    "V1ListingsGetInput",
    "V1ListingsGetOutput",
    "V1ListingsListingIdGetInput",
    "V1ListingsListingIdGetOutput",
    "V1ListingsListingIdPutInput",
    "V1ListingsListingIdPutOutput",
    "V1ListingsListingIdPutOutputData",
    "V1ListingsPostInput",
    "V1ListingsPostInputCustomData",
    "V1ListingsPostOutput",
    "V1ListingsPostOutputData",
    "V1ListingsPricingGetInput",
    "V1ListingsPricingGetOutput",
    "V1ListingsPricingGetOutputResultsItem",
    "V1ListingsPricingGetOutputResultsItemCustomDataType0",
    "V1LocationsRentmanagerGetOutput",
    "V1NoteCategoriesGetInput",
    "V1NoteCategoriesGetOutput",
    "V1NoteCategoriesNoteCategoryIdGetInput",
    "V1NoteCategoriesNoteCategoryIdGetOutput",
    "V1OwnersGetInput",
    "V1OwnersGetOutput",
    "V1OwnersOwnerIdGetInput",
    "V1OwnersOwnerIdGetOutput",
    "V1PayableRegistersCancelPostInput",
    "V1PayableRegistersCancelPostOutput",
    "V1PayableRegistersCancelPostOutputData",
    "V1PayableRegistersGetInput",
    "V1PayableRegistersGetOutput",
    "V1PayableRegistersPayableRegisterIdGetInput",
    "V1PayableRegistersPayableRegisterIdGetOutput",
    "V1PayableRegistersPayableRegisterIdPutInput",
    "V1PayableRegistersPayableRegisterIdPutOutput",
    "V1PayableRegistersPayableRegisterIdPutOutputData",
    "V1PayableRegistersPostInput",
    "V1PayableRegistersPostInputInvoiceStatus",
    "V1PayableRegistersPostInputPayableRegisterItemsItem",
    "V1PayableRegistersPostOutput",
    "V1PayableRegistersPostOutputData",
    "V1PropertiesGetInput",
    "V1PropertiesGetOutput",
    "V1PropertiesIdGetInput",
    "V1PropertiesIdGetOutput",
    "V1PropertiesIdPutInput",
    "V1PropertiesIdPutInputCategory",
    "V1PropertiesIdPutInputType",
    "V1PropertiesIdPutOutput",
    "V1PropertiesIdPutOutputData",
    "V1PropertiesPostInput",
    "V1PropertiesPostInputCategory",
    "V1PropertiesPostInputType",
    "V1PropertiesPostOutput",
    "V1PropertiesPostOutputData",
    "V1PropertyListsGetInput",
    "V1PropertyListsGetOutput",
    "V1PropertyListsGetOutputResultsItem",
    "V1PropertyListsPropertyListIdGetInput",
    "V1PropertyListsPropertyListIdGetOutput",
    "V1PropertyListsPropertyListIdGetOutputResults",
    "V1PurchaseOrdersGetInput",
    "V1PurchaseOrdersGetOutput",
    "V1PurchaseOrdersPostInput",
    "V1PurchaseOrdersPostInputBillingStateType0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType0",
    "V1PurchaseOrdersPostInputPurchaseOrderItemsItemType1",
    "V1PurchaseOrdersPostInputShippingStateType0",
    "V1PurchaseOrdersPostOutput",
    "V1PurchaseOrdersPostOutputData",
    "V1PurchaseOrdersPurchaseOrderIdGetInput",
    "V1PurchaseOrdersPurchaseOrderIdGetOutput",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetInput",
    "V1PurchaseOrdersPurchaseOrderIdItemsGetOutput",
    "V1PurchaseOrdersPurchaseOrderIdPutInput",
    "V1PurchaseOrdersPurchaseOrderIdPutInputBillingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutInputPurchaseOrderItemsItem",
    "V1PurchaseOrdersPurchaseOrderIdPutInputShippingStateType0",
    "V1PurchaseOrdersPurchaseOrderIdPutOutput",
    "V1PurchaseOrdersPurchaseOrderIdPutOutputData",
    "V1RecurringResidentChargesGetInput",
    "V1RecurringResidentChargesGetOutput",
    "V1RecurringResidentChargesPostInput",
    "V1RecurringResidentChargesPostInputFrequencyNormalized",
    "V1RecurringResidentChargesPostOutput",
    "V1RecurringResidentChargesPostOutputData",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetInput",
    "V1RecurringResidentChargesRecurringResidentChargeIdGetOutput",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInput",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutInputFrequencyNormalized",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutput",
    "V1RecurringResidentChargesRecurringResidentChargeIdPutOutputData",
    "V1RecurringResidentChargesRentmanagerPostInput",
    "V1RecurringResidentChargesRentmanagerPostInputFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerPostOutput",
    "V1RecurringResidentChargesRentmanagerPostOutputMeta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInput",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutInputFrequencyNormalized",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutput",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputMeta",
    "V1RecurringResidentChargesRentmanagerRecurringResidentChargeIdPutOutputResult",
    "V1RentableItemsApplicantsAssignPostInput",
    "V1RentableItemsApplicantsAssignPostOutput",
    "V1RentableItemsApplicantsAssignPostOutputData",
    "V1RentableItemsGetInput",
    "V1RentableItemsGetOutput",
    "V1RentableItemsRentableItemIdGetInput",
    "V1RentableItemsRentableItemIdGetOutput",
    "V1ResidentChargesBatchPropertywareRestPostInput",
    "V1ResidentChargesBatchPropertywareRestPostInputChargesItems",
    "V1ResidentChargesBatchPropertywareRestPostOutput",
    "V1ResidentChargesBatchPropertywareRestPostOutputMeta",
    "V1ResidentChargesBatchRentmanagerPostInput",
    "V1ResidentChargesBatchRentmanagerPostInputChargesItems",
    "V1ResidentChargesBatchRentmanagerPostOutput",
    "V1ResidentChargesBatchRentmanagerPostOutputMeta",
    "V1ResidentChargesBatchResmanPostInput",
    "V1ResidentChargesBatchResmanPostInputChargesItems",
    "V1ResidentChargesBatchResmanPostOutput",
    "V1ResidentChargesBatchResmanPostOutputMeta",
    "V1ResidentChargesBatchYardiPostInput",
    "V1ResidentChargesBatchYardiPostInputChargesItems",
    "V1ResidentChargesBatchYardiPostOutput",
    "V1ResidentChargesBatchYardiPostOutputMeta",
    "V1ResidentChargesGetInput",
    "V1ResidentChargesGetOutput",
    "V1ResidentChargesPostInput",
    "V1ResidentChargesPostOutput",
    "V1ResidentChargesPostOutputData",
    "V1ResidentChargesRentmanagerPostInput",
    "V1ResidentChargesRentmanagerPostOutput",
    "V1ResidentChargesRentmanagerPostOutputMeta",
    "V1ResidentChargesResidentChargeIdGetInput",
    "V1ResidentChargesResidentChargeIdGetOutput",
    "V1ResidentCreditsPostInput",
    "V1ResidentCreditsPostOutput",
    "V1ResidentCreditsPostOutputData",
    "V1ResidentCreditsRentmanagerPostInput",
    "V1ResidentCreditsRentmanagerPostOutput",
    "V1ResidentCreditsRentmanagerPostOutputMeta",
    "V1ResidentInsuranceGetInput",
    "V1ResidentInsuranceGetOutput",
    "V1ResidentInsuranceGetOutputResultsItem",
    "V1ResidentInsuranceResidentInsuranceIdGetInput",
    "V1ResidentInsuranceResidentInsuranceIdGetOutput",
    "V1ResidentInsuranceResidentInsuranceIdGetOutputResults",
    "V1ResidentPaymentsGetInput",
    "V1ResidentPaymentsGetOutput",
    "V1ResidentPaymentsGetOutputResultsItem",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItem",
    "V1ResidentPaymentsGetOutputResultsItemAllocationsItemCustomDataType0",
    "V1ResidentPaymentsGetOutputResultsItemCustomDataType0",
    "V1ResidentPaymentsPostInput",
    "V1ResidentPaymentsPostInputPaymentType",
    "V1ResidentPaymentsPostOutput",
    "V1ResidentPaymentsPostOutputData",
    "V1ResidentPaymentsRentmanagerPostInput",
    "V1ResidentPaymentsRentmanagerPostOutput",
    "V1ResidentPaymentsRentmanagerPostOutputMeta",
    "V1ResidentPaymentsResidentPaymentIdGetInput",
    "V1ResidentPaymentsResidentPaymentIdGetOutput",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResults",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItem",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsAllocationsItemCustomDataType0",
    "V1ResidentPaymentsResidentPaymentIdGetOutputResultsCustomDataType0",
    "V1ResidentPetsPetIdPutInput",
    "V1ResidentPetsPetIdPutOutput",
    "V1ResidentPetsPetIdPutOutputData",
    "V1ResidentPetsPostInput",
    "V1ResidentPetsPostOutput",
    "V1ResidentPetsPostOutputData",
    "V1ResidentsGetInput",
    "V1ResidentsGetOutput",
    "V1ResidentsGetOutputResultsItem",
    "V1ResidentsGetOutputResultsItemCustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItem",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemCustomDataType0",
    "V1ResidentsGetOutputResultsItemLeasesMetaDataItemResidentTypeNormalizedType1",
    "V1ResidentsGetOutputResultsItemPetsItem",
    "V1ResidentsGetOutputResultsItemPetsItemCustomDataType0",
    "V1ResidentsGetOutputResultsItemPhone1Type",
    "V1ResidentsGetOutputResultsItemPhone2Type",
    "V1ResidentsGetOutputResultsItemVehiclesItem",
    "V1ResidentsGetOutputResultsItemVehiclesItemCustomDataType0",
    "V1ResidentsIdGetInput",
    "V1ResidentsIdGetOutput",
    "V1ResidentsIdGetOutputResults",
    "V1ResidentsIdGetOutputResultsCustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItem",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemCustomDataType0",
    "V1ResidentsIdGetOutputResultsLeasesMetaDataItemResidentTypeNormalizedType1",
    "V1ResidentsIdGetOutputResultsPetsItem",
    "V1ResidentsIdGetOutputResultsPetsItemCustomDataType0",
    "V1ResidentsIdGetOutputResultsPhone1Type",
    "V1ResidentsIdGetOutputResultsPhone2Type",
    "V1ResidentsIdGetOutputResultsVehiclesItem",
    "V1ResidentsIdGetOutputResultsVehiclesItemCustomDataType0",
    "V1ResidentsIdPutInput",
    "V1ResidentsIdPutInputCountry",
    "V1ResidentsIdPutInputCountryAlternate",
    "V1ResidentsIdPutInputCustomData",
    "V1ResidentsIdPutInputEventsItem",
    "V1ResidentsIdPutInputGender",
    "V1ResidentsIdPutInputPhone1Type",
    "V1ResidentsIdPutInputPhone2Type",
    "V1ResidentsIdPutInputRentPeriod",
    "V1ResidentsIdPutInputState",
    "V1ResidentsIdPutOutput",
    "V1ResidentsIdPutOutputData",
    "V1ResidentsIdRentableItemsGetInput",
    "V1ResidentsIdRentableItemsGetOutput",
    "V1ResidentsPostInput",
    "V1ResidentsPostInputAttachmentsItem",
    "V1ResidentsPostInputAttachmentsItemFileType",
    "V1ResidentsPostInputCountryAlternate",
    "V1ResidentsPostInputCountryType0",
    "V1ResidentsPostInputCustomData",
    "V1ResidentsPostInputPhone1Type",
    "V1ResidentsPostInputPhone2Type",
    "V1ResidentsPostInputRentPeriod",
    "V1ResidentsPostOutput",
    "V1ResidentsPostOutputData",
    "V1ServiceRequestCategoriesGetInput",
    "V1ServiceRequestCategoriesGetOutput",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetInput",
    "V1ServiceRequestCategoriesServiceRequestCategoryIdGetOutput",
    "V1ServiceRequestHistoryGetInput",
    "V1ServiceRequestHistoryGetOutput",
    "V1ServiceRequestHistoryPostInput",
    "V1ServiceRequestHistoryPostInputAttachment",
    "V1ServiceRequestHistoryPostInputStatusRaw",
    "V1ServiceRequestHistoryPostOutput",
    "V1ServiceRequestHistoryPostOutputData",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetInput",
    "V1ServiceRequestHistoryServiceRequestHistoryIdGetOutput",
    "V1ServiceRequestLocationsGetInput",
    "V1ServiceRequestLocationsGetOutput",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetInput",
    "V1ServiceRequestLocationsServiceRequestLocationIdGetOutput",
    "V1ServiceRequestPrioritiesGetInput",
    "V1ServiceRequestPrioritiesGetOutput",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetInput",
    "V1ServiceRequestPrioritiesServiceRequestPriorityIdGetOutput",
    "V1ServiceRequestProblemsGetInput",
    "V1ServiceRequestProblemsGetOutput",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetInput",
    "V1ServiceRequestProblemsServiceRequestProblemIdGetOutput",
    "V1ServiceRequestsGetInput",
    "V1ServiceRequestsGetOutput",
    "V1ServiceRequestsPostInput",
    "V1ServiceRequestsPostInputAccessIsAuthorizedValue",
    "V1ServiceRequestsPostInputServiceCategory",
    "V1ServiceRequestsPostInputServicePriority",
    "V1ServiceRequestsPostInputServiceStatus",
    "V1ServiceRequestsPostInputStatusRaw",
    "V1ServiceRequestsPostOutput",
    "V1ServiceRequestsPostOutputData",
    "V1ServiceRequestsServiceRequestIdGetInput",
    "V1ServiceRequestsServiceRequestIdGetOutput",
    "V1ServiceRequestsServiceRequestIdPutInput",
    "V1ServiceRequestsServiceRequestIdPutInputServiceCategory",
    "V1ServiceRequestsServiceRequestIdPutInputServicePriority",
    "V1ServiceRequestsServiceRequestIdPutInputStatusRaw",
    "V1ServiceRequestsServiceRequestIdPutOutput",
    "V1ServiceRequestsServiceRequestIdPutOutputData",
    "V1ServiceRequestStatusesGetInput",
    "V1ServiceRequestStatusesGetOutput",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetInput",
    "V1ServiceRequestStatusesServiceRequestStatusIdGetOutput",
    "V1TimezonesGetInput",
    "V1TimezonesGetOutput",
    "V1TimezonesGetOutputResultsItem",
    "V1UnitsDetailsGetInput",
    "V1UnitsDetailsGetOutput",
    "V1UnitsDetailsGetOutputResultsItem",
    "V1UnitsDetailsUnitDetailIdGetInput",
    "V1UnitsDetailsUnitDetailIdGetOutput",
    "V1UnitsDetailsUnitDetailIdGetOutputResults",
    "V1UnitsGetInput",
    "V1UnitsGetOutput",
    "V1UnitsGetOutputResultsItem",
    "V1UnitsGetOutputResultsItemCustomDataType0",
    "V1UnitsIdGetInput",
    "V1UnitsIdGetOutput",
    "V1UnitsIdGetOutputResults",
    "V1UnitsIdGetOutputResultsCustomDataType0",
    "V1UnitsIdPutInput",
    "V1UnitsIdPutInputCategory",
    "V1UnitsIdPutInputType",
    "V1UnitsIdPutOutput",
    "V1UnitsIdPutOutputData",
    "V1UnitsPostInput",
    "V1UnitsPostInputCategory",
    "V1UnitsPostInputType",
    "V1UnitsPostOutput",
    "V1UnitsPostOutputData",
    "V1UnitTypesGetInput",
    "V1UnitTypesGetOutput",
    "V1UnitTypesGetOutputResultsItem",
    "V1UnitTypesUnitTypeIdGetInput",
    "V1UnitTypesUnitTypeIdGetOutput",
    "V1UnitTypesUnitTypeIdGetOutputResults",
    "V1VendorsGetInput",
    "V1VendorsGetOutput",
    "V1VendorsGetOutputResultsItem",
    "V1VendorsGetOutputResultsItemContactsItem",
    "V1VendorsGetOutputResultsItemCustomDataType0",
    "V1VendorsPostInput",
    "V1VendorsPostInputPhone1Type",
    "V1VendorsPostInputPhone2Type",
    "V1VendorsPostInputTaxPayerType",
    "V1VendorsPostOutput",
    "V1VendorsPostOutputData",
    "V1VendorsPropertiesPropertyIdGetInput",
    "V1VendorsPropertiesPropertyIdGetOutput",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItem",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemContactsItem",
    "V1VendorsPropertiesPropertyIdGetOutputResultsItemCustomDataType0",
    "V1VendorsVendorIdGetInput",
    "V1VendorsVendorIdGetOutput",
    "V1VendorsVendorIdGetOutputResults",
    "V1VendorsVendorIdGetOutputResultsContactsItem",
    "V1VendorsVendorIdGetOutputResultsCustomDataType0",
    "V1VendorsVendorIdPutInput",
    "V1VendorsVendorIdPutInputCountryType0",
    "V1VendorsVendorIdPutInputState",
    "V1VendorsVendorIdPutOutput",
    "V1VendorsVendorIdPutOutputData",
    "V1WebhooksGetInput",
    "V1WebhooksGetOutput",
    "V1WebhooksGetOutputResultsItem",
    "V1WebhooksGetOutputResultsItemHeadersItem",
    "V1WebhooksGetOutputResultsItemSystem",
    "V1WebhooksGetOutputResultsItemTriggersItem",
    "V1WebhooksPostInput",
    "V1WebhooksPostInputHeadersItem",
    "V1WebhooksPostInputModel",
    "V1WebhooksPostInputTriggersItem",
    "V1WebhooksPostOutput",
    "V1WebhooksPostOutputResult",
    "V1WebhooksPostOutputResultHeadersType0Item",
    "V1WebhooksPostOutputResultSystem",
    "V1WebhooksPostOutputResultTriggersItem",
    "V1WebhooksWebhookIdDeleteInput",
    "V1WebhooksWebhookIdDeleteOutput",
    "V1WebhooksWebhookIdDeleteOutputResult",
    "V1WebhooksWebhookIdGetInput",
    "V1WebhooksWebhookIdGetOutput",
    "V1WebhooksWebhookIdGetOutputResults",
    "V1WebhooksWebhookIdGetOutputResultsHeadersItem",
    "V1WebhooksWebhookIdGetOutputResultsSystem",
    "V1WebhooksWebhookIdGetOutputResultsTriggersItem",
    "V1WebhooksWebhookIdPutInput",
    "V1WebhooksWebhookIdPutInputHeadersItem",
    "V1WebhooksWebhookIdPutInputModel",
    "V1WebhooksWebhookIdPutInputTriggersItem",
    "V1WebhooksWebhookIdPutOutput",
    "V1WebhooksWebhookIdPutOutputResult",
    "V1WebhooksWebhookIdPutOutputResultHeadersType0Item",
    "V1WebhooksWebhookIdPutOutputResultSystem",
    "V1WebhooksWebhookIdPutOutputResultTriggersItem",
)
