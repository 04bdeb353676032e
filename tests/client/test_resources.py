"""The operations as methods of the clients (`client.residents.get(id)`, ...): one per
generated operation on both clients, delegating to the module functions, and lazily imported."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
import typing
from typing import Any

import propexo_client.api
import pytest
from propexo import AsyncPager, AsyncPropexoClient, PropexoClient, SyncPager
from propexo_client.api.resident_charges import batch_create_resident_charges_rentmanager
from propexo_client.resources import AsyncResources, Resources

from tests.conftest import RM, ROOT, TOKEN
from tests.fake_propexo import FakePropexo

RESIDENT = f"{RM}-prop-000-res-000"
PAGING = {"offset", "limit", "page_size", "max_pages"}
#: The per-call options every method takes besides the operation's parameters.
CALL_OPTIONS = {"timeout", "max_retries", "extra_headers", "extra_query"}


def _operations() -> list[str]:
    found = []
    for group in pkgutil.iter_modules(propexo_client.api.__path__):
        package = importlib.import_module(f"propexo_client.api.{group.name}")
        found += [f"{group.name}.{op.name}" for op in pkgutil.iter_modules(package.__path__)]
    return found


def _methods(client: PropexoClient | AsyncPropexoClient, raw: bool = False) -> dict[str, Any]:
    """operation module path -> the method that calls it, found from each method's source
    (with `raw`, the method of the group's `with_raw_response`)."""
    mixin = AsyncResources if isinstance(client, AsyncPropexoClient) else Resources
    methods: dict[str, Any] = {}
    for group in vars(mixin):
        if group.startswith("_") or group == "api":
            continue
        resource = type(getattr(client, group))
        if raw:
            resource = type(getattr(client, group).with_raw_response)
        for name, method in vars(resource).items():
            if not name.startswith("_") and callable(method):
                source = inspect.getsource(method)
                operation = source.split(" import ")[1].split(" as _operation")[0]
                methods[f"{group}.{operation}"] = method
    return methods


@pytest.mark.slow  # imports all 221 operation modules (about 2 s)
@pytest.mark.parametrize("flavour", [PropexoClient, AsyncPropexoClient])
def test_every_operation_is_a_method_with_its_parameters(flavour: type) -> None:
    client = flavour(TOKEN, base_url="sandbox")
    methods = _methods(client)
    raw_methods = _methods(client, raw=True)

    assert sorted(methods) == sorted(_operations()) == sorted(raw_methods)
    assert len(methods) == 221
    for path, method in methods.items():
        module = importlib.import_module(f"propexo_client.api.{path}")
        wanted = set(inspect.signature(module.sync).parameters) - {"client"}
        raw = set(inspect.signature(raw_methods[path]).parameters) - {"self"}
        assert raw == wanted | CALL_OPTIONS, path  # a raw list method answers one page
        assert inspect.iscoroutinefunction(raw_methods[path]) == (flavour is AsyncPropexoClient)
        mine = set(inspect.signature(method).parameters) - {"self"}
        assert mine >= CALL_OPTIONS, path
        mine -= CALL_OPTIONS
        if "page_size" in mine:  # a list: the pager owns offset and limit
            assert mine - PAGING == wanted - PAGING, path
        else:
            assert mine == wanted, path
        assert inspect.iscoroutinefunction(method) == (
            flavour is AsyncPropexoClient and "page_size" not in mine
        ), path


def _section(doc: str, name: str) -> list[str]:
    """The lines of a Google-style docstring section, up to the next blank line."""
    lines = doc.splitlines()
    start = lines.index(f"{name}:") + 1
    end = next((n for n in range(start, len(lines)) if not lines[n].strip()), len(lines))
    return lines[start:end]


@pytest.mark.parametrize("flavour", [Resources, AsyncResources])
@pytest.mark.parametrize(
    ("group", "operation"),
    [("residents", "list_residents"), ("locations", "list_locations_rentmanager")],
)
def test_a_pager_docstring_keeps_every_argument_line_and_lists_errors_under_raises(
    flavour: type, group: str, operation: str
) -> None:
    client = (PropexoClient if flavour is Resources else AsyncPropexoClient)(
        TOKEN, base_url="sandbox"
    )
    method = _methods(client)[f"{group}.{operation}"]
    generated = importlib.import_module(f"propexo_client.api.{group}.{operation}").sync
    doc, original = inspect.getdoc(method) or "", inspect.getdoc(generated) or ""

    args, raises = _section(doc, "Args"), _section(doc, "Raises")
    paging = [line for line in _section(original, "Args") if line.split()[0] in ("offset", "limit")]
    wanted = [line for line in _section(original, "Args") if line not in paging]
    assert args[: len(wanted)] == wanted  # continuation lines (enum values) included
    assert not [line for line in args if "Error" in line.split(":")[0]]
    assert set(_section(original, "Raises")) <= set(raises)
    assert any(
        line.strip().startswith("propexo_client.errors.ResponseValidationError: The pages cannot")
        for line in raises
    )


def test_the_issues_examples_are_named_as_promised(client: PropexoClient) -> None:
    for group, name in [
        ("residents", "list"),
        ("residents", "get"),
        ("locations", "list_rentmanager"),
        ("resident_charges", "batch_create_rentmanager"),
        ("admin", "get_write_status"),
    ]:
        assert callable(getattr(getattr(client, group), name))


def test_sync_resources_against_the_fake(fake: FakePropexo, client: PropexoClient) -> None:
    residents = client.residents.list(location_id=f"{RM}-loc-000")
    locations = client.locations.list_rentmanager(integration_id=RM)
    body_type = typing.get_type_hints(batch_create_resident_charges_rentmanager.sync)["body"]
    body = body_type.from_dict(
        {
            "integration_id": RM,
            "charges": [
                {
                    "resident_id": RESIDENT,
                    "charge_code_id": "rent",
                    "transaction_date": "2026-12-01T00:00:00Z",
                    "notes": "December rent",
                    "amount_in_cents": 125000,
                    "reference_number": "2026-12-res-0",
                }
            ],
        }
    )
    accepted = client.resident_charges.batch_create_rentmanager(body=body)
    job_id = accepted.meta.job_id
    status = client.admin.get_write_status(job_id)

    assert RESIDENT in {r.id for r in residents}
    assert isinstance(locations, SyncPager) and len(list(locations)) == 3
    assert status.write_status in ("PENDING", "SUCCESS", "FAILURE")
    assert len(fake.accepted_charges()) == 1


def test_async_resources_against_the_fake(fake: FakePropexo) -> None:
    (job_id,) = fake.create_jobs(1)

    async def run() -> tuple[str, int]:
        async with AsyncPropexoClient(TOKEN, base_url=fake.url, rate_limit=1e6) as client:
            status = await client.admin.get_write_status(job_id)
            pager = client.locations.list_rentmanager(integration_id=RM)
            assert isinstance(pager, AsyncPager)
            return status.write_status, len(await pager.to_list())

    write_status, locations = asyncio.run(run())
    assert write_status in ("PENDING", "SUCCESS", "FAILURE") and locations == 3


def test_importing_propexo_imports_no_resource_and_no_extra_operation() -> None:
    probe = (
        "import sys, json, propexo; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('propexo_client.'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(json.loads(done.stdout))

    assert "propexo_client.resources" in loaded  # the mixins: one small module
    assert not {m for m in loaded if m.startswith("propexo_client.resources.")}
    assert "propexo_client.api.admin.list_users" not in loaded
