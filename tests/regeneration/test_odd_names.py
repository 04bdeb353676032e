"""Regeneration of names the generated code cannot use as they are: path groups and
operationIds that are Python keywords or builtins, groups named like the client's own
attributes, two schemas wanting one class name. Each yields a working, idiomatic name or the
one-line spec error; never a traceback, a lost operation or a shadowed attribute."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts._errors import SpecError

from .conftest import ROOT, ok, spec
from .test_regenerate import run

pytestmark = pytest.mark.slow

#: Path groups that are a keyword or a builtin, and two the overlay's clients already use.
GROUPS = {"class": "class_", "import": "import_", "list": "list_", "type": "type_"}
CLIENT_GROUPS = {"settings": "settings_", "api": "api_"}


def _answer() -> dict[str, Any]:
    schema = {"type": "object", "properties": {"x": {"type": "string"}}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    paths: dict[str, Any] = {
        f"/v1/{group}/": {"get": {"responses": _answer()}} for group in GROUPS | CLIENT_GROUPS
    }
    paths["/v1/things/"] = {"get": {"operationId": "import", "responses": _answer()}}
    paths["/v1/things/{id}"] = {
        "get": {
            "operationId": "getThing",
            "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}],
            "responses": _answer(),
        }
    }
    folder = tmp_path_factory.mktemp("odd")
    source = folder / "spec.json"
    source.write_text(json.dumps(spec(paths)))
    return run("--spec", source, "--dest", folder / "out"), folder / "out"


def _python(out: Path, code: str) -> str:
    """Run ``code`` against the package generated into ``out``."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out / "generated"), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_keyword_and_builtin_groups_and_operation_ids_all_generate(
    odd: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, out = odd
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.splitlines()[-1] == "generated 8 of 8 operations"
    api = out / "generated" / "propexo_client" / "api"
    for group, module in GROUPS.items():
        assert (api / module / f"list_{group}.py").is_file()
    assert (api / "things" / "import_.py").is_file()
    assert (api / "things" / "get_thing.py").is_file()


def test_keyword_groups_are_client_attributes_with_a_trailing_underscore(
    odd: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, out = odd
    code = (
        "from propexo_client.client import AuthenticatedClient\n"
        "from propexo_client.resources import AsyncResources, Resources\n"
        "class Client(Resources): pass\n"
        "class AsyncClient(AsyncResources): pass\n"
        "c, a = Client(), AsyncClient()\n"
        "c.api = a.api = AuthenticatedClient(base_url='http://127.0.0.1:9', token='t')\n"
        f"for name in {sorted(GROUPS.values())!r}:\n"
        "    print(name, type(getattr(c, name)).__name__, type(getattr(a, name)).__name__)\n"
        "print(type(c.things.import_).__name__, type(c.things.get).__name__)\n"
    )
    assert _python(out, code).splitlines() == [
        "class_ ClassResource AsyncClassResource",
        "import_ ImportResource AsyncImportResource",
        "list_ ListResource AsyncListResource",
        "type_ TypeResource AsyncTypeResource",
        "method method",
    ]


def test_groups_named_like_the_clients_own_attributes_do_not_replace_them(
    odd: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    from scripts._resources import client_names

    _, out = odd
    # What the overlay's clients define themselves (PropexoClient.settings, .api, ...).
    assert {"settings", "api", "close", "with_options"} <= client_names()
    code = (
        "from propexo_client.resources import AsyncResources, Resources\n"
        "for mixin in (Resources, AsyncResources):\n"
        "    print(' '.join(sorted(n for n in vars(mixin) if not n.startswith('__'))))\n"
    )
    for line in _python(out, code).splitlines():
        mixed_in = set(line.split())
        assert {"settings_", "api_", "things"} <= mixed_in
        assert not mixed_in & client_names()


def test_two_schemas_wanting_one_class_name_is_the_one_line_spec_error(tmp_path: Path) -> None:
    listing = {
        "type": "object",
        "properties": {"results": {"type": "array", "items": {"type": "object"}}},
    }
    paging = [
        {"name": name, "in": "query", "schema": {"type": "integer"}} for name in ("offset", "limit")
    ]
    document = spec(
        {
            "/v1/residents/": {
                "get": {"parameters": paging, "responses": {"200": ok("_v1_residents__get_output")}}
            },
            "/v1/other/": {"get": {"responses": {"200": ok("Resident")}}},
        },
        {
            "_v1_residents__get_output": listing,
            "Resident": {"type": "object", "properties": {"name": {"type": "string"}}},
        },
    )
    source = tmp_path / "spec.json"
    source.write_text(json.dumps(document))
    done = run("--spec", source, "--dest", tmp_path / "out")
    assert done.returncode == 1
    assert done.stderr == (
        f"error: {source}: class name 'Resident': would name 2 different schemas: "
        "Resident, V1ResidentsGetOutputResultsItem\n"
    )
    assert not (tmp_path / "out" / "generated").exists()


def test_a_document_the_generator_refuses_while_naming_models_is_a_spec_error(
    tmp_path: Path,
) -> None:
    pytest.importorskip("openapi_python_client")
    from scripts import _generate

    document = spec({"/v1/x/": {"get": {"responses": "none"}}})
    with pytest.raises(SpecError, match="the generator rejected the document"):
        _generate._named(document, ROOT / "generator-config.yml", tmp_path / "out")
