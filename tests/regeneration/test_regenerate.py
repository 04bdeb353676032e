"""The regeneration script end to end: real generator, real files, real exit codes.

Every test here runs the real generator (seconds to a minute each): they are `slow`, run by
`nox -s tests_slow` with the pinned toolchain installed. Each writes only under tmp_path
(`--dest`, or a clone running its own script); none bootstraps a venv or writes the checkout.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from scripts import _yaml

from .conftest import NO_TOOLCHAIN, ROOT, ok, spec, toolchain_python

PYTHON = toolchain_python()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(PYTHON is None, reason=NO_TOOLCHAIN)]

SCRIPT = ROOT / "scripts" / "regenerate.py"


def run(
    *args: str | Path, cwd: Path = ROOT, script: Path = SCRIPT
) -> subprocess.CompletedProcess[str]:
    """`script` (the checkout's, or a clone's own) with the toolchain's Python; no bytecode
    written beside the scripts."""
    return subprocess.run(
        [str(PYTHON), str(script), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def _same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)


def _write(tmp_path: Path, name: str, document: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document) if name.endswith(".json") else _yaml.dumps(document))
    return path


def test_current_spec_generates_every_operation_identically_twice(
    tmp_path: Path, shared_specs: Path
) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for dest in (first, second):
        done = run("--spec", shared_specs / "current.yml", "--dest", dest)
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines()[-1] == "generated 221 of 221 operations"
    assert _same_tree(first, second)
    # ... and it is what the repo holds.
    assert _same_tree(first / "generated", ROOT / "generated")
    assert (first / "openapi.yaml").read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    assert (
        first
        / "generated"
        / "propexo_client"
        / "api"
        / "resident_charges"
        / "batch_create_resident_charges_rentmanager.py"
    ).is_file()


@pytest.mark.parametrize(
    ("release", "operations"),
    [
        ("2024-08-22", 159),
        ("2025-02-25", 184),  # flow-style YAML: starts with "{" but is not JSON
        ("2025-04-03", 184),  # a credentials union with two members titled "Entrata"
        ("2025-09-30", 201),
        ("2026-02-12", 211),
    ],
)
def test_every_release_generates_every_operation(
    tmp_path: Path, shared_specs: Path, release: str, operations: int
) -> None:
    done = run("--spec", shared_specs / "releases" / f"{release}.yml", "--dest", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"generated {operations} of {operations} operations"
    assert "degraded" not in done.stdout


def test_release_report_lists_the_operations_a_release_added(
    tmp_path: Path, shared_specs: Path
) -> None:
    assert (
        run("--spec", shared_specs / "releases" / "2025-09-30.yml", "--dest", tmp_path).returncode
        == 0
    )
    done = run("--spec", shared_specs / "current.yml", "--dest", tmp_path)
    assert done.returncode == 0, done.stderr
    report = (tmp_path / "release-report.md").read_text()
    assert "Operations: 201 -> 221 (20 added, 0 removed" in report
    for line in (
        "`POST /v1/resident-charges/batch/rentmanager/` "
        "(batch_create_resident_charges_rentmanager)",
        "`GET /v1/locations/rentmanager/` (list_locations_rentmanager)",
    ):
        assert f"- {line}" in report.split("## Removed operations")[0]


def test_fail_on_breaking_exits_2_and_writes_nothing(tmp_path: Path, shared_specs: Path) -> None:
    dest = tmp_path / "out"
    assert run("--spec", shared_specs / "current.yml", "--dest", dest).returncode == 0
    before = (dest / "openapi.yaml").read_bytes()
    done = run(
        "--spec", shared_specs / "releases" / "2025-09-30.yml", "--dest", dest, "--fail-on-breaking"
    )
    assert done.returncode == 2
    assert "removed operation `POST /v1/resident-charges/batch/rentmanager/`" in done.stdout
    assert (dest / "openapi.yaml").read_bytes() == before


def test_a_reference_to_nothing_fails_the_run_by_place(tmp_path: Path) -> None:
    document = spec(
        {
            "/v1/good/": {"get": {"responses": {"200": ok()}}},
            "/v1/bad/": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Nope"},
                        }
                    ],
                    "responses": {"200": ok()},
                }
            },
        }
    )
    source = _write(tmp_path, "spec.json", document)
    done = run("--spec", source, "--dest", tmp_path / "out")
    assert done.returncode == 1
    assert done.stderr == (
        f"error: {source}: paths['/v1/bad/'].get.parameters[0].schema: "
        "$ref '#/components/schemas/Nope' points at nothing\n"
    )
    assert not (tmp_path / "out" / "generated").exists()


def test_renamed_propexo_tags_keep_import_paths(tmp_path: Path) -> None:
    def document(tag: str) -> dict[str, Any]:
        return spec({"/v1/webhooks/": {"get": {"tags": [tag], "responses": {"200": ok()}}}})

    for tag in ("webhooks", "webhooks-configuration"):
        done = run(
            "--spec", _write(tmp_path, f"{tag}.yaml", document(tag)), "--dest", tmp_path / tag
        )
        assert done.returncode == 0, done.stderr
        assert (
            tmp_path
            / tag
            / "generated"
            / "propexo_client"
            / "api"
            / "webhooks"
            / "list_webhooks.py"
        ).is_file()


def test_duplicate_enum_keys_generate(tmp_path: Path) -> None:
    # Values differing only in case crash the generator's class enums; we generate literal enums.
    document = spec(
        {
            "/v1/events/": {
                "get": {
                    "parameters": [
                        {
                            "name": "kind",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["application", "APPLICATION"]},
                        }
                    ],
                    "responses": {"200": ok()},
                }
            }
        }
    )
    done = run("--spec", _write(tmp_path, "spec.yaml", document), "--dest", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    models = tmp_path / "out" / "generated" / "propexo_client" / "models"
    literal = "\n".join(p.read_text() for p in models.glob("*.py") if p.name != "__init__.py")
    assert "'application'" in literal.replace('"', "'") and "'APPLICATION'" in literal.replace(
        '"', "'"
    )


#: What the clean-clone test copies from this working tree into its clone (then commits), so
#: that it checks the change under test rather than the last commit.
REGENERATION_INPUTS = (
    "openapi.yaml",
    "generator-config.yml",
    "scripts",
    "generated",
    "overlays/propexo/_version.py",
)


def _git(clone: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=clone,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _stamps(tree: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in tree.rglob("*") if "__pycache__" not in p.parts}


def test_main_command_on_a_clean_clone_leaves_git_status_clean(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    for name in REGENERATION_INPUTS:
        source, target = ROOT / name, clone / name
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    _git(clone, "add", "-A")
    _git(clone, "commit", "-qm", "the working tree under test", "--allow-empty")
    checkout_before = _stamps(ROOT / "generated")

    done = run(cwd=clone, script=clone / "scripts" / "regenerate.py")  # the clone's own script

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "generated 221 of 221 operations"
    # It worked on the clone (its report is there) and left the checkout alone.
    assert f"({clone / 'build' / 'release-report.md'})" in done.stdout
    assert (clone / "build" / "release-report.md").is_file()
    assert _stamps(ROOT / "generated") == checkout_before
    assert _git(clone, "status", "--porcelain") == ""
    assert filecmp.cmp(clone / "openapi.yaml", ROOT / "openapi.yaml", shallow=False)


def test_spec_from_a_url_json_or_yaml(tmp_path: Path) -> None:
    import http.server
    import threading

    document = spec({"/v1/leases/": {"get": {"responses": {"200": ok()}}}})
    served = tmp_path / "served"
    served.mkdir()
    (served / "spec.json").write_text(json.dumps(document))
    (served / "spec.yml").write_text(_yaml.dumps(document))

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for name in ("spec.json", "spec.yml"):
            url = f"http://127.0.0.1:{server.server_address[1]}/{name}"
            done = run("--spec", url, "--dest", tmp_path / name)
            assert done.returncode == 0, done.stderr
            assert done.stdout.splitlines()[-1] == "generated 1 of 1 operations"
            assert (
                tmp_path
                / name
                / "generated"
                / "propexo_client"
                / "api"
                / "leases"
                / "list_leases.py"
            ).is_file()
    finally:
        server.shutdown()


def test_plain_http_to_another_host_is_refused(tmp_path: Path) -> None:
    done = run("--spec", "http://example.invalid/spec.yml", "--dest", tmp_path)
    assert done.returncode != 0
    assert "refusing plain http" in done.stderr + done.stdout
    assert not (tmp_path / "openapi.yaml").exists()
