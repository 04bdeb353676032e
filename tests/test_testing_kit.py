"""The shipped testing kit, `propexo.testing`: its clients, its import cost, and a service's test
run from a fresh virtual environment that has only the wheel with the `testing` extra."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest
from propexo.testing import FakePropexo

ROOT = Path(__file__).resolve().parents[1]


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
    assert "2 passed" in result.stdout
