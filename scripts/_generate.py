"""Run openapi-python-client on a normalized document and format its output.

The generator is called in-process on the already-loaded document (no second parse), into a scratch
folder; ruff from the pinned toolchain then formats it with fixed settings (``--isolated``, so no
project configuration can change the bytes).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from scripts._facts import with_facts
from scripts._model_names import apply_model_names, check_applied
from scripts._normalize import operations
from scripts._template_globals import template_globals

PACKAGE = "propexo_client"
TEMPLATES = Path(__file__).parent / "templates"
RUFF_ARGS = ("--isolated", "--line-length", "120", "--target-version", "py311")


@attrs.frozen
class GenerationResult:
    """What the generator made of a document."""

    expected: tuple[str, ...]
    generated: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        done = set(self.generated)
        return tuple(op for op in self.expected if op not in done)


def _ruff(*args: str, cwd: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=cwd, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"ruff {args[0]} failed:\n{done.stdout}{done.stderr}")


def generate(document: dict[str, Any], config_path: Path, out_dir: Path) -> GenerationResult:
    """Generate the package for ``document`` into ``out_dir / PACKAGE`` (replacing it)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    target = out_dir / PACKAGE
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        config_path,
        "utf-8",
        True,
        target,
    )
    described = with_facts(document)
    aliases = apply_model_names(described, config)
    data = GeneratorData.from_dict(described, config=config)
    if not isinstance(data, GeneratorData):
        raise RuntimeError(
            f"the generator rejected the document: {data.header}\n{data.detail or ''}"
        )
    names = {
        endpoint.name
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    labels = {
        op["operationId"]: f"{m.upper()} {p} ({op['operationId']})"
        for m, p, op in operations(document)
    }
    generated = sorted(labels[name] for name in names if name in labels)
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    check_applied(aliases, data)
    project.env.globals.update(template_globals(document, data), model_aliases=aliases)
    errors = project.build()
    result = GenerationResult(
        expected=tuple(sorted(labels.values())),
        generated=tuple(generated),
        warnings=tuple(_describe(e) for e in errors),
    )
    if not result.missing:
        # PEP 561: the package ships its type hints (the generator adds the marker only with meta).
        (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        # From the scratch folder, not inside the package: its types.py must not shadow stdlib's.
        _ruff(
            "check",
            *RUFF_ARGS,
            "--select",
            "F401,I",
            "--fix-only",
            "--exit-zero",
            "--quiet",
            PACKAGE,
            cwd=out_dir,
        )
        _ruff("format", *RUFF_ARGS, "--quiet", PACKAGE, cwd=out_dir)
    return result


def _describe(error: Any) -> str:
    detail = (error.detail or "").strip().splitlines()
    return f"{error.header}{': ' + detail[0] if detail else ''}"


def replace_tree(source: Path, destination: Path) -> None:
    """Make ``destination`` an exact copy of ``source`` (stale files removed)."""
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(source, destination)


def list_tree(root: Path) -> Sequence[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())
