"""The spec check and the release end to end: the real generator on Propexo's shared releases.

`slow` (each runs the generator, up to a minute): `nox -s tests_slow`, with the pinned toolchain.
The spec check writes only under tmp_path (`--out`); the release runs in a temporary clone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from scripts._version import version
from tests.regeneration.conftest import NO_TOOLCHAIN, ROOT, shared_specs_or_skip, toolchain_python

from .support import clone, git, run_script

PYTHON = toolchain_python()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(PYTHON is None, reason=NO_TOOLCHAIN)]
RELEASE_DAY = dt.date(2026, 3, 1)


@pytest.fixture
def shared_specs() -> Path:
    """Propexo's downloads (../shared/propexo-spec): skipped without them, unless CI requires."""
    return shared_specs_or_skip()


def _next_minor(current: str) -> str:
    major, minor, _ = map(int, current.split("."))
    return f"{major}.{minor + 1}.0"


def test_spec_check_writes_the_pull_request_for_a_changed_spec_and_says_so_when_unchanged(
    tmp_path: Path, shared_specs: Path
) -> None:
    assert PYTHON is not None
    out, outputs = tmp_path / "check", tmp_path / "github-output"
    env = {"GITHUB_OUTPUT": str(outputs)}

    older = run_script(
        PYTHON, ROOT, "check", "--spec", shared_specs / "releases/2025-09-30.yml", "--out", out,
        env=env,
    )  # fmt: skip
    assert older.returncode == 0, older.stderr
    title = (out / "pr-title.txt").read_text()
    body = (out / "pr-body.md").read_text()
    # The committed openapi.yaml is current.yml: the older release removes its 20 newer operations.
    assert title.startswith("Propexo spec update: 0 added, 20 removed, ")
    assert "spec changed: Propexo spec update" in older.stdout
    assert "with `--strict`" in body
    # Breaking changes while 0.x: the next minor version.
    assert f"Releasing this would make **{_next_minor(version())}**" in body
    assert "# Release report\n\nOperations: 221 -> 201 (0 added, 20 removed, " in body
    assert "- `GET /v1/accounting-entities/` (list_accounting_entities)\n" in body
    digest = hashlib.sha256((out / "tree" / "openapi.yaml").read_bytes()).hexdigest()
    assert f"+sha256.{digest}`" in body

    same = run_script(
        PYTHON, ROOT, "check", "--spec", shared_specs / "current.yml", "--out", out, env=env
    )
    assert same.returncode == 0, same.stderr
    assert "spec unchanged" in same.stdout
    assert (out / "pr-title.txt").read_text() == (
        f"Propexo spec update: 0 added, 0 removed, 0 breaking (next release {version()})\n"
    )
    assert outputs.read_text() == "changed=true\nchanged=false\n"


def test_spec_check_fails_loudly_on_a_spec_it_cannot_take_and_leaves_no_pull_request(
    tmp_path: Path,
) -> None:
    assert PYTHON is not None
    out = tmp_path / "check"
    out.mkdir()
    (out / "pr-body.md").write_text("a body from an earlier run\n")
    bad = tmp_path / "spec.yml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {/x: {get: 7}}\n")
    done = run_script(PYTHON, ROOT, "check", "--spec", bad, "--out", out)
    assert done.returncode == 1
    assert "error: scripts/regenerate.py --spec" in done.stderr
    assert "the spec cannot be taken" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (out / "pr-body.md").exists()
    assert not (out / "pr-title.txt").exists()


def test_release_from_2025_09_30_to_current_writes_version_changelog_commit_and_tag(
    tmp_path: Path, shared_specs: Path
) -> None:
    assert PYTHON is not None
    repo = clone(tmp_path)
    # A stand-in for release 1.4.2, made from the 2025-09-30 spec (the release reads its spec).
    (repo / "openapi.yaml").write_bytes((shared_specs / "releases/2025-09-30.yml").read_bytes())
    version_file = repo / "overlays/propexo/_version.py"
    version_file.write_text(
        re.sub(r'__version__ = "[^"]+"', '__version__ = "1.4.2"', version_file.read_text())
    )
    git(repo, "commit", "-qam", "Release 1.4.2 (stand-in)")
    # Then current.yml, regenerated and committed: the tree under test holds exactly that (the
    # spec check above finds current.yml unchanged against it; nox -s generated_current).
    for name in ("openapi.yaml", "generated"):
        git(repo, "checkout", "HEAD~1", "--", name)
    git(repo, "commit", "-qam", "Regenerate from current.yml")

    done = run_script(PYTHON, repo, "release", "--date", RELEASE_DAY.isoformat())
    assert done.returncode == 0, done.stderr

    # current.yml against 2025-09-30 breaks callers (a major release from 1.x) and adds 20.
    new = "2.0.0"
    assert f'__version__ = "{new}"' in version_file.read_text()
    generated = (repo / "generated/propexo_client/_version.py").read_text()
    assert f'__version__ = "{new}"' in generated
    changelog = (repo / "CHANGELOG.md").read_text()
    entry = changelog[changelog.index("## ") : changelog.index("## 0.1.0")]
    assert entry.startswith(f"## {new} (2026-03-01)\n")
    assert "\nOperations: 201 -> 221.\n" in entry
    assert "### Breaking changes" in entry
    assert "### Added operations" in entry
    assert "- `GET /v1/accounting-entities/` (list_accounting_entities)\n" in entry
    assert "### Removed operations" not in entry
    digest = hashlib.sha256((repo / "openapi.yaml").read_bytes()).hexdigest()
    assert f"sha256.{digest}`" in entry
    assert f"sha256.{digest}" in generated
    assert git(repo, "status", "--porcelain") == ""
    base = git(repo, "rev-parse", "HEAD~2").strip()  # the stand-in release
    breaking = entry.split("### Breaking changes\n\n")[1].split("\n\n")[0].splitlines()
    assert git(repo, "log", "-1", "--format=%s") == (
        f"Release {new}: {len(breaking)} breaking changes since {base[:12]}\n"
    )
    assert git(repo, "tag", "--points-at", "HEAD").split() == [f"v{new}"]
    assert sorted(git(repo, "show", "--name-only", "--format=", "HEAD").split()) == [
        "CHANGELOG.md",
        "generated/propexo_client/_version.py",
        "overlays/propexo/_version.py",
    ]
