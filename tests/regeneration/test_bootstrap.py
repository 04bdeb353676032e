"""The bootstrap of scripts/regenerate.py: a Python without the pinned toolchain is named once,
with what it lacks, and the script stops; it never re-runs itself in a loop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "regenerate.py"


def _bare_python(tmp_path: Path) -> Path:
    """A fresh virtualenv's Python: the standard library and nothing else."""
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return tmp_path / "bare" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(python: Path, chosen: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROPEXO_REGEN")}
    env |= {"PROPEXO_REGEN_PYTHON": chosen, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [str(python), str(SCRIPT), "--dest", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=60,  # a restart loop never ends: this fails it instead of hanging the suite
        env=env,
        cwd=tmp_path,
    )


def test_a_regen_python_without_the_toolchain_is_named_once_and_the_script_stops(
    tmp_path: Path,
) -> None:
    bare = _bare_python(tmp_path)
    done = _run(bare, str(bare), tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {bare} lacks the pinned generator toolchain: ")
    assert "openapi-python-client==0.29.1 (not installed)" in done.stderr
    assert "unset PROPEXO_REGEN_PYTHON" in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_regen_python_that_does_not_exist_is_one_line(tmp_path: Path) -> None:
    bare = _bare_python(tmp_path)
    nowhere = tmp_path / "no-such-python"
    done = _run(bare, str(nowhere), tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        f"error: PROPEXO_REGEN_PYTHON names {nowhere}, which cannot run: "
        "No such file or directory\n"
    )
