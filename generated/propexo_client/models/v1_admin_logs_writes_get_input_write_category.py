from typing import Literal

V1AdminLogsWritesGetInputWriteCategory = Literal[
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

V1_ADMIN_LOGS_WRITES_GET_INPUT_WRITE_CATEGORY_VALUES: set[V1AdminLogsWritesGetInputWriteCategory] = {
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


def check_v1_admin_logs_writes_get_input_write_category(value: str) -> V1AdminLogsWritesGetInputWriteCategory:
    if value in V1_ADMIN_LOGS_WRITES_GET_INPUT_WRITE_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {V1_ADMIN_LOGS_WRITES_GET_INPUT_WRITE_CATEGORY_VALUES!r}"
    )
