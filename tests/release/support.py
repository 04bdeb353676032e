"""A temporary clone of the repo holding this working tree's release inputs, and its scripts."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.regeneration.conftest import ROOT

#: What a clone takes from this working tree (then commits), so that the tests check the change
#: under test rather than the last commit.
RELEASE_INPUTS = (
    "openapi.yaml",
    "generator-config.yml",
    "scripts",
    "generated",
    "overlays/propexo/_version.py",
    "CHANGELOG.md",
)


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def clone(tmp_path: Path) -> Path:
    """A clone of the repo in ``tmp_path`` with this tree's release inputs committed."""
    repo = tmp_path / "repo"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(repo)], check=True, timeout=120)
    git(repo, "config", "user.name", "Release Test")
    git(repo, "config", "user.email", "release-test@example.com")
    for name in RELEASE_INPUTS:
        source, target = ROOT / name, repo / name
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "the working tree under test", "--allow-empty")
    return repo


def run_script(
    python: str, repo: Path, *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``repo``'s own scripts/release.py ARGS; no bytecode written beside the scripts."""
    return subprocess.run(
        [python, str(repo / "scripts" / "release.py"), *map(str, args)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})},
    )
