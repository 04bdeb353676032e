from typing import Literal

ListWriteLogsRequestWriteCategory = Literal[
    "amenities",
    "applicants",
    "applications",
    "contracts",
    "crm_listings",
    "deposit_summaries",
    "event_types",
    "events",
    "file_types",
    "file_upload",
    "invoices",
    "leads",
    "leases",
    "listings",
    "properties",
    "purchase_orders",
    "recurring_resident_charges",
    "resident_charges",
    "resident_payments",
    "resident_pets",
    "residents",
    "service_request_vendors",
    "service_requests",
    "transactions",
    "units",
]
"""One of amenities, applicants, applications, contracts, crm_listings, deposit_summaries, event_types, events, file_types, file_upload, invoices, leads, leases, listings, properties, purchase_orders, recurring_resident_charges, resident_charges, resident_payments, resident_pets, residents, service_request_vendors, service_requests, transactions, units."""

LIST_WRITE_LOGS_REQUEST_WRITE_CATEGORY_VALUES: set[ListWriteLogsRequestWriteCategory] = {
    "amenities",
    "applicants",
    "applications",
    "contracts",
    "crm_listings",
    "deposit_summaries",
    "event_types",
    "events",
    "file_types",
    "file_upload",
    "invoices",
    "leads",
    "leases",
    "listings",
    "properties",
    "purchase_orders",
    "recurring_resident_charges",
    "resident_charges",
    "resident_payments",
    "resident_pets",
    "residents",
    "service_request_vendors",
    "service_requests",
    "transactions",
    "units",
}


def check_list_write_logs_request_write_category(value: str) -> ListWriteLogsRequestWriteCategory:
    if value in LIST_WRITE_LOGS_REQUEST_WRITE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WRITE_LOGS_REQUEST_WRITE_CATEGORY_VALUES!r}")
