"""Operation names derive from method and path only: idiomatic and the same in every release."""

from __future__ import annotations

import pytest

from scripts._names import OVERRIDES, operation_name, singular


@pytest.mark.parametrize(
    ("method", "path", "name"),
    [
        ("get", "/v1/resident-charges/", "list_resident_charges"),
        ("get", "/v1/resident-charges/{resident_charge_id}", "get_resident_charge"),
        ("post", "/v1/resident-charges/", "create_resident_charge"),
        (
            "put",
            "/v1/recurring-resident-charges/{recurring_resident_charge_id}",
            "update_recurring_resident_charge",
        ),
        (
            "post",
            "/v1/resident-charges/batch/rentmanager/",
            "batch_create_resident_charges_rentmanager",
        ),
        ("post", "/v1/resident-charges/batch/resman/", "batch_create_resident_charges_resman"),
        ("get", "/v1/locations/rentmanager/", "list_locations_rentmanager"),
        ("get", "/v1/admin/write-status/{root_job_id}", "get_write_status"),
        ("post", "/v1/admin/retry-write/{root_job_id}", "retry_write"),
        ("delete", "/v1/webhooks/{webhook_id}", "delete_webhook"),
        (
            "get",
            "/v1/construction-jobs/{construction_job_id}/contracts",
            "list_construction_job_contracts",
        ),
        ("post", "/v1/payable-registers/cancel", "cancel_payable_register"),
        ("get", "/v1/properties/{id}", "get_property"),
        ("get", "/v1/service-request-categories/", "list_service_request_categories"),
        ("post", "/v1/admin/integrations/{integration_id}/back-sync", "back_sync_integration"),
    ],
)
def test_idiomatic_names(method: str, path: str, name: str) -> None:
    assert operation_name(method, path) == name


def test_name_ignores_everything_but_method_and_path() -> None:
    # Same path, same name: tags, summaries and descriptions never enter into it.
    assert operation_name("GET", "/v1/leases/") == operation_name("get", "/v1/leases/")


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("resident-charges", "resident_charge"),
        ("properties", "property"),
        ("statuses", "status"),
        ("addresses", "address"),
        ("history", "history"),
        ("insurance", "insurance"),
    ],
)
def test_singular(word: str, one: str) -> None:
    assert singular(word) == one


def test_overrides_are_identifiers_and_distinct() -> None:
    assert len(set(OVERRIDES.values())) == len(OVERRIDES)
    assert all(name.isidentifier() and name == name.lower() for name in OVERRIDES.values())
