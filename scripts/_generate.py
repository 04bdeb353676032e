"""Run openapi-python-client on a normalized document and format its output.

The generator is called in-process on the already-loaded document (no second parse), into a scratch
folder; ruff from the pinned toolchain then formats it with fixed settings (``--isolated``, so no
project configuration can change the bytes).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from scripts import _generator, _resources, _templates, _yaml
from scripts._degrade import Degradation, Problems, repair
from scripts._facts import with_facts
from scripts._model_names import (
    KnownNames,
    Naming,
    apply_model_names,
    check_applied,
    renamed,
    share_resources,
)
from scripts._names import module_name
from scripts._normalize import operations
from scripts._template_globals import template_globals
from scripts._version import version_module

PACKAGE = "propexo_client"
RUFF_ARGS = ("--isolated", "--line-length", "120", "--target-version", "py311")


# Names the generated models use for their own locals (``from_dict(cls, src_dict)``: ``d = ...``;
# ``to_dict``: ``field_dict = ...``) or attributes: a property of that name would overwrite them,
# so its Python attribute gets a trailing ``_`` (``d_``), as Python keywords already do. The wire
# key stays the property's name.
MODEL_LOCALS = frozenset(
    {
        "d",
        "cls",
        "src_dict",
        "field_dict",
        "prop",
        "prop_name",
        "additional_properties",
        "additional_keys",
        "to_dict",
        "from_dict",
        "T",
    }
)


@attrs.frozen
class GenerationResult:
    """What the generator made of a document."""

    expected: tuple[str, ...]
    generated: tuple[str, ...]
    warnings: tuple[str, ...]
    degraded: tuple[Degradation, ...] = ()
    broken: tuple[str, ...] = ()
    #: The names file to commit with this generation, and the classes renamed since the last.
    names: KnownNames | None = None
    renamed: dict[str, str] = attrs.field(factory=dict)

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


def _config(config_path: Path, target: Path) -> Any:
    return _generator.load_config(config_path, target, reserved=MODEL_LOCALS)


def _named(document: dict[str, Any], config_path: Path, target: Path) -> tuple[Any, Naming, Any]:
    """The config carrying our model names, the aliases (old name -> ours) and the parse of
    ``document`` with its docstring facts under those names."""
    config = _config(config_path, target)
    described = with_facts(document)
    # The first parse, with the generator's own names, tells where each class sits; the names
    # go into the config's class_overrides, under which the second parse builds the package.
    # A resource written out inline in several answers becomes one component (one class) first.
    shared = share_resources(described, config)
    naming = apply_model_names(
        shared.document, _generator.parse(shared.document, config), config, shared
    )
    return config, naming, _generator.parse(shared.document, config)


def _problems(document: dict[str, Any], config: Any) -> Problems:
    """What the generator refuses in ``document``: schemas, and operations it drops or builds
    with errors (a response it could not read, ...)."""
    return _problems_in(_generator.parse(document, config), document)


def _problems_in(data: Any, document: dict[str, Any]) -> Problems:
    built = {
        (endpoint.method.lower(), endpoint.path): endpoint
        for endpoint in _generator.endpoints(data)
    }
    broken = {
        (method, path)
        for method, path, _ in operations(document)
        if (method, path) not in built or built[(method, path)].errors
    }
    return Problems(schemas=_generator.refused_schemas(data), operations=frozenset(broken))


def generate(
    document: dict[str, Any],
    config_path: Path,
    out_dir: Path,
    *,
    spec_text: str | None = None,
    previous_names: KnownNames | None = None,
) -> GenerationResult:
    """Generate the package for ``document`` into ``out_dir / PACKAGE`` (replacing it).

    Schemas the generator refuses are degraded first (see ``_degrade``); an operation counts as
    generated when the generator built it without errors and every model it uses passes the smoke
    test (``_smoke``).
    """
    with tempfile.TemporaryDirectory(prefix="propexo-templates-") as scratch:
        # First, so that a template patch a generator upgrade broke stops the run before a parse.
        templates = _templates.prepare(Path(scratch))
        return _generate(
            document,
            config_path,
            out_dir,
            templates,
            spec_text=spec_text,
            previous_names=previous_names,
        )


def _generate(
    document: dict[str, Any],
    config_path: Path,
    out_dir: Path,
    templates: Path,
    *,
    spec_text: str | None,
    previous_names: KnownNames | None,
) -> GenerationResult:
    target = out_dir / PACKAGE
    original = document
    config, naming, data = _named(document, config_path, target)
    degraded: tuple[Degradation, ...] = ()
    if _problems_in(data, document):
        # The search parses cut-down documents with the generator's own names (a fresh config).
        plain = _config(config_path, target)
        document, degraded = repair(document, lambda d: _problems(d, plain))
        config, naming, data = _named(document, config_path, target)
    labels = {  # by the module name the generator gives the operation (endpoint.name)
        module_name(op["operationId"]): f"{m.upper()} {p} ({op['operationId']})"
        for m, p, op in operations(document)
    }
    names = {endpoint.name for endpoint in _generator.endpoints(data) if not endpoint.errors}
    check_applied(naming.aliases, data)
    known, renames = renamed(previous_names, naming)
    jinja_globals = template_globals(document, data) | {
        "model_aliases": naming.aliases,
        "deprecated_aliases": known.deprecated,
    }
    warnings = _generator.build(data, config, templates, jinja_globals)
    broken: dict[str, str] = {}
    if target.is_dir():
        # The version module the package's __init__ imports, in place before the smoke test
        # imports the package: `spec_text` is the normalized openapi.yaml (dumped when not given).
        text = spec_text if spec_text is not None else _yaml.dumps(original)
        (target / "_version.py").write_text(version_module(original, text), encoding="utf-8")
        # The errors module (in place of the generator's own) and the server-text cleaning it
        # imports, one file shared with the overlay.
        shutil.copyfile(_resources.STATIC / "errors.py", target / "errors.py")
        shutil.copyfile(_resources.STATIC / "text.py", target / "text.py")
        # Python without templating is a static file, linted and type-checked where it lives.
        shutil.copyfile(_resources.STATIC / "types.py", target / "types.py")
        shutil.copyfile(_resources.STATIC / "_lazy.py", target / "_lazy.py")
        smoke = _start_smoke(out_dir)
        try:
            if set(labels) <= names:
                # client.<group>.<method>() and the pager, written while the smoke test runs in
                # its own process (it reads models/ and api/, never resources/); a run that then
                # misses an operation writes nothing from this folder.
                _resources.write(document, target)
        except BaseException:
            smoke.kill()
            smoke.communicate()
            raise
        broken = _smoke_result(smoke)
        names -= set(broken)
    generated = sorted(labels[name] for name in names if name in labels)
    result = GenerationResult(
        expected=tuple(sorted(labels.values())),
        generated=tuple(generated),
        warnings=warnings,
        degraded=degraded,
        broken=tuple(f"{labels.get(op, op)}: {why}" for op, why in sorted(broken.items())),
        names=known,
        renamed=renames,
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


def _start_smoke(out_dir: Path) -> subprocess.Popen[str]:
    """The smoke test of the package in ``out_dir``, started in its own process."""
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("_smoke.py")), str(out_dir), PACKAGE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=out_dir,
    )


def _smoke_result(smoke: subprocess.Popen[str]) -> dict[str, str]:
    """Operation name -> why, for every operation that uses a model failing the smoke test."""
    stdout, stderr = smoke.communicate()
    if smoke.returncode != 0:
        tail = (stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"the model smoke test did not run: {tail}")
    found = json.loads(stdout)
    failed: dict[str, str] = found["failed"]
    uses: dict[str, list[str]] = found["models"]
    broken: dict[str, str] = {}
    for operation, direct in found["operations"].items():
        seen: set[str] = set()
        stack = list(direct)
        while stack:
            module = stack.pop()
            if module in seen:
                continue
            seen.add(module)
            if module in failed:
                broken[operation] = f"model {module}: {failed[module]}"
                break
            stack.extend(uses.get(module, ()))
    return broken


def replace_tree(source: Path, destination: Path) -> None:
    """Make ``destination`` hold exactly ``source`` (stale files removed), moving ``source`` (a
    scratch folder) there when it is on the same filesystem, else copying it.

    The new tree is put beside ``destination`` first and swapped in by two renames, so an
    interruption (Ctrl-C, a full disk) leaves the old tree or the new one, never none: a
    leftover ``.<name>.new`` or ``.<name>.old`` folder is removed by the next run."""
    fresh = destination.with_name(f".{destination.name}.new")
    stale = destination.with_name(f".{destination.name}.old")
    for leftover in (fresh, stale):
        if leftover.exists():
            shutil.rmtree(leftover)
    destination.parent.mkdir(parents=True, exist_ok=True)
    try:
        source.rename(fresh)  # 1,700 files: a rename instead of a copy and a delete
    except OSError:  # another filesystem
        shutil.copytree(source, fresh)
    if destination.exists():
        destination.rename(stale)
    fresh.rename(destination)
    shutil.rmtree(stale, ignore_errors=True)


def list_tree(root: Path) -> Sequence[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())
