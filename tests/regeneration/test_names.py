"""Operation names derive from method and path only: idiomatic and the same in every release."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from scripts import _yaml
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


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/v1/admin/logs/jobs"),
        ("get", "/v1/admin/logs/writes"),
        ("post", "/v1/appointment-availability"),
        ("get", "/v1/resident-charges"),
        ("post", "/v1/resident-charges/batch/rentmanager"),
    ],
)
def test_a_trailing_slash_does_not_change_the_name(method: str, path: str) -> None:
    # Propexo added a trailing slash to 74 paths in one release; list_logs_jobs must not have
    # become list_job_logs then.
    assert operation_name(method, path) == operation_name(method, path + "/")


def test_override_keys_are_paths_without_a_trailing_slash() -> None:
    # A key ending in "/" would never be looked up.
    assert [key for key in OVERRIDES if key.endswith("/")] == []


def test_names_are_the_same_in_every_shared_release(shared_specs: Path) -> None:
    """Each release's operations keep their names through the next release, wherever the path
    and method remain (with or without a trailing slash)."""
    from scripts._normalize import operations

    files = [*sorted((shared_specs / "releases").glob("*.yml")), shared_specs / "current.yml"]
    named: list[dict[tuple[str, str], str]] = []
    for file in files:
        document = _yaml.loads(file.read_text(encoding="utf-8"))
        named.append({(m, p.rstrip("/")): operation_name(m, p) for m, p, _ in operations(document)})
    for (before, after), file in zip(itertools.pairwise(named), files[1:], strict=True):
        moved = {key: (before[key], after[key]) for key in before.keys() & after.keys()}
        assert {k: v for k, v in moved.items() if v[0] != v[1]} == {}, file.name
