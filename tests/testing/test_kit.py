"""The shipped testing kit, `propexo.testing`: its clients, its import cost, and a service's test
run from a fresh virtual environment that has only the wheel with the `testing` extra."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import textwrap
import venv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from propexo import NotFoundError
from propexo.testing import FakePropexo

ROOT = Path(__file__).resolve().parents[2]


def test_the_fake_hands_out_sync_and_async_clients_with_its_token_and_url() -> None:
    with FakePropexo(token="kit-token", rate_limit=None) as fake:
        fake.seed_rentmanager(2, 3, integration_id="int-rm-1")
        with fake.client() as client:
            sync_ids = [r.id for r in client.residents.list(integration_id="int-rm-1")]

        async def read() -> list[str]:
            async with fake.async_client() as client:
                return [r.id async for r in client.residents.list(integration_id="int-rm-1")]

        async_ids = asyncio.run(read())
        assert len(sync_ids) == 6
        assert sorted(async_ids) == sorted(sync_ids)
        assert {r.headers.get("authorization") for r in fake.requests()} == {None}


def test_importing_the_kit_does_not_import_pytest() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "overlays"), str(ROOT / "generated")]),
    }
    code = "import sys, propexo.testing; print('pytest' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


RM, RESMAN = "int-rm-1", "int-resman-1"


@pytest.fixture
def seeded() -> Iterator[FakePropexo]:
    """A fake whose answers are checked against the spec, seeded with two integrations."""
    with FakePropexo(validate_responses=True, rate_limit=None) as fake:
        fake.seed_rentmanager(2, 2, integration_id=RM)
        fake.seed_resman(1, 2, integration_id=RESMAN)
        yield fake
    assert not fake.internal_errors


def _url(http: httpx.Client, paths: dict[str, Any], template: str) -> str:
    """`template` with each `{param}` the id of the first item its list answers (or `x-1`)."""
    url = template
    for param in re.finditer(r"\{\w+\}", template):
        parent = template[: param.start()]
        found = "x-1"
        if "get" in paths.get(parent, {}):
            results = http.get(url[: url.index(param.group())]).json().get("results")
            if isinstance(results, list) and results:
                found = results[0].get("id", found)
        url = url.replace(param.group(), found, 1)
    return url


#: Reads that need state a test makes first (a write job, a synced charge, a webhook).
NEEDS_STATE = {
    "/v1/admin/write-status/{root_job_id}",
    "/v1/resident-charges/{resident_charge_id}",
    "/v1/webhooks/{webhook_id}",
}


def test_every_read_operation_of_the_spec_answers_200_within_its_schema(
    seeded: FakePropexo,
) -> None:
    paths = seeded.spec.document["paths"]
    reads = [p for p, ops in paths.items() if "get" in ops and p not in NEEDS_STATE]
    answered: dict[int, list[str]] = {}
    with httpx.Client(base_url=seeded.url, headers=seeded.headers) as http:
        for template in reads:
            required = [
                q["name"]
                for q in paths[template]["get"].get("parameters", [])
                if q.get("required") and q["in"] == "query"
            ]
            query = {n: "RENTMANAGER" if "vendor" in n else RM for n in required}
            status = http.get(_url(http, paths, template), params=query).status_code
            answered.setdefault(status, []).append(template)
    assert list(answered) == [200], {k: v for k, v in answered.items() if k != 200}
    assert len(reads) > 120
    assert not seeded.schema_violations, seeded.schema_violations[:3]


def test_generated_leases_belong_to_the_seeded_properties_and_page_as_the_api_does(
    seeded: FakePropexo,
) -> None:
    with seeded.client() as client:
        leases = list(client.leases.list(integration_id=RM, page_size=2))
        listed = {p.id for p in client.properties.list(integration_id=RM)}
    properties = {p.id for p in seeded.state.properties.values() if p.integration_id == RM}
    assert listed == properties
    assert len(leases) == 5
    assert {lease.integration_id for lease in leases} == {RM}
    assert {lease.property_id for lease in leases} <= properties
    pages = [r.query.get("offset", ["0"])[0] for r in seeded.requests("/v1/leases/")]
    assert pages == ["0", "2", "4"]
    with httpx.Client(base_url=seeded.url, headers=seeded.headers) as http:
        meta = http.get("/v1/leases/", params={"limit": 2, "offset": 2}).json()["meta"]
    assert (meta["total"], meta["hasMore"]) == (10, True)


def test_a_get_answers_the_item_its_list_holds_and_404_for_an_id_it_does_not(
    seeded: FakePropexo,
) -> None:
    with seeded.client() as client:
        listed = next(iter(client.units.list(integration_id=RESMAN)))
        fetched = client.units.get(listed.id)
        assert (fetched.results.id, fetched.results.integration_id) == (listed.id, RESMAN)
        with pytest.raises(NotFoundError):
            client.units.get("no-such-unit")


def test_generated_items_are_the_same_for_one_seed_and_differ_for_another() -> None:
    def leases(seed: int) -> list[dict[str, Any]]:
        with FakePropexo(rate_limit=None, seed=seed) as fake:
            fake.seed_rentmanager(1, 2, integration_id=RM)
            answer = httpx.get(fake.url + "/v1/leases/", headers=fake.headers)
            results: list[dict[str, Any]] = answer.json()["results"]
            return results

    assert leases(1) == leases(1)
    assert leases(1) != leases(2)


def _same_objects(first: list[Any], second: list[Any]) -> bool:
    return all(a is b for a, b in zip(first, second, strict=True))


def test_a_generated_list_is_made_once_and_again_only_for_the_integration_whose_records_changed(
    seeded: FakePropexo,
) -> None:
    route = "/v1/leases/"
    schema = seeded.reads.item_schema(route)
    assert schema is not None

    def made() -> dict[str, list[dict[str, Any]]]:
        with seeded.state.lock:
            items = seeded.reads.items(seeded.state, route, {}, schema)
        return {i: [x for x in items if x["integration_id"] == i] for i in (RM, RESMAN)}

    def answer(fake: FakePropexo) -> Any:
        return httpx.get(fake.url + route, headers=fake.headers).json()

    first, first_answer = made(), answer(seeded)
    again, again_answer = made(), answer(seeded)
    assert again_answer == first_answer
    assert len(first[RM]) == len(first[RESMAN]) == 5
    assert _same_objects(first[RM], again[RM]) and _same_objects(first[RESMAN], again[RESMAN])
    seeded.add_resident("res-new", RM, f"{RM}-prop-000")
    after = made()
    assert not any(a is b for a, b in zip(first[RM], after[RM], strict=True))  # links changed
    assert _same_objects(first[RESMAN], after[RESMAN])
    with FakePropexo(rate_limit=None) as fresh:  # the same state, never read before
        fresh.seed_rentmanager(2, 2, integration_id=RM)
        fresh.seed_resman(1, 2, integration_id=RESMAN)
        fresh.add_resident("res-new", RM, f"{RM}-prop-000")
        assert answer(seeded) == answer(fresh)


SERVICE_TEST = """
from propexo import PropexoClient
from propexo.testing import FakePropexo, Fault


def names(client: PropexoClient) -> list[str]:
    return [r.id for r in client.residents.list(integration_id="int-rm-1")]


def test_the_service_reads_every_resident_through_a_429(propexo_fake: FakePropexo) -> None:
    propexo_fake.inject(Fault.http(429, retry_after=0), route="GET /v1/residents/*")
    with PropexoClient(propexo_fake.token, base_url=propexo_fake.url) as client:
        assert len(names(client)) == 15
    assert [r.status for r in propexo_fake.requests("/v1/residents/")][:2] == [429, 200]


def test_the_service_sees_generated_leases_of_the_seeded_integration(propexo_fake) -> None:
    with propexo_fake.client() as client:
        leases = list(client.leases.list(integration_id="int-rm-1"))
    assert len(leases) == 5 and {lease.integration_id for lease in leases} == {"int-rm-1"}


def test_the_context_manager_serves_a_seeded_fake() -> None:
    with FakePropexo() as fake:
        fake.seed_rentmanager(1, 2, integration_id="int-rm-1")
        with fake.client() as client:
            assert len(names(client)) == 2
"""


@pytest.mark.slow
def test_a_service_test_passes_in_a_fresh_venv_with_only_the_wheel_and_its_testing_extra(
    tmp_path: Path,
) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(dist)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", f"{wheel}[testing]"], check=True, env=clean
    )
    service = tmp_path / "service"
    service.mkdir()
    (service / "test_service.py").write_text(textwrap.dedent(SERVICE_TEST), encoding="utf-8")
    result = subprocess.run(
        [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_service.py"],
        cwd=service,
        env=clean,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
