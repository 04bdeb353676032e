"""Regeneration end to end on specs the generator cannot take as they are: degraded, not dropped;
properties named after the generated code's locals renamed; bad specs refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ok, spec
from .test_regenerate import run

pytestmark = pytest.mark.slow


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document))
    return path


def _refused_default() -> dict[str, Any]:
    """A schema the generator refuses (an integer whose default is text): its operation used to
    vanish; now only that property is loosened."""
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}}
    return spec(
        {"/v1/things/": {"post": {"requestBody": body, "responses": {"200": ok()}}}},
        {
            "In": {
                "type": "object",
                "properties": {
                    "count": {"type": "integer", "default": "many"},
                    "name": {"type": "string"},
                },
            }
        },
    )


def test_a_schema_the_generator_refuses_is_degraded_and_its_operation_kept(
    tmp_path: Path,
) -> None:
    done = run("--spec", _write(tmp_path, _refused_default()), "--dest", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "generated 1 of 1 operations"
    assert (
        "degraded 1 schemas: components.schemas.In.properties.count: integer schema -> any "
        "value (generator refused)"
    ) in lines
    report = (tmp_path / "out" / "release-report.md").read_text()
    assert "- components.schemas.In.properties.count: integer schema -> any value" in report
    # The committed contract keeps what Propexo published.
    assert "many" in (tmp_path / "out" / "openapi.yaml").read_text()


def test_strict_makes_a_degradation_fatal_and_writes_nothing(tmp_path: Path) -> None:
    done = run(
        "--spec", _write(tmp_path, _refused_default()), "--dest", tmp_path / "out", "--strict"
    )
    assert done.returncode == 1
    assert "degraded schemas and --strict: nothing written" in done.stderr
    assert not (tmp_path / "out" / "generated").exists()


def test_properties_named_like_generator_locals_round_trip(tmp_path: Path) -> None:
    names = ["d", "field_dict", "src_dict", "cls", "additional_properties", "name"]
    document = spec(
        {"/v1/things/": {"get": {"responses": {"200": ok("Thing")}}}},
        {
            "Thing": {
                "type": "object",
                "required": names,
                "properties": {n: {"type": "string"} for n in names},
            }
        },
    )
    out = tmp_path / "out"
    done = run("--spec", _write(tmp_path, document), "--dest", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "generated 1 of 1 operations"
    wire = {n: f"value of {n}" for n in names}
    check = (
        "import json, sys; from propexo_client.models.thing import Thing; "
        f"wire = {wire!r}; thing = Thing.from_dict(wire); "
        "assert thing.d_ == 'value of d' and thing.cls_ == 'value of cls', vars(thing); "
        "assert thing.to_dict() == wire, thing.to_dict(); print('ok')"
    )
    done = subprocess.run(
        [sys.executable, "-c", check],
        cwd=out / "generated",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.strip() == "ok", done.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("swagger: '2.0'\npaths: {}\n", "not an OpenAPI 3 document"),
        ("- a list\n", "must be a mapping at the top level, not a list"),
        ("openapi: 3.1.0\npaths: [a]\n", "paths: must be a mapping, not a list"),
        ("openapi: 3.1.0\nx: !!python/name:os.system\npaths: {}\n", "refused YAML"),
    ],
)
def test_a_bad_spec_is_one_line_and_a_non_zero_exit(
    tmp_path: Path, text: str, message: str
) -> None:
    source = tmp_path / "spec.yml"
    source.write_text(text)
    done = run("--spec", source, "--dest", tmp_path / "out")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert done.stderr.startswith(f"error: {source}: ") and message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_non_utf8_spec_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "spec.yml"
    source.write_bytes(b"openapi: 3.1.0\ninfo: {title: \xff\xfe}\n")
    done = run("--spec", source, "--dest", tmp_path / "out")
    assert done.returncode == 1
    assert (
        done.stderr
        == f"error: {source}: the spec is not UTF-8 text (byte 29: invalid start byte)\n"
    )
