"""Regenerate the Propexo client: normalize a spec, pin it as openapi.yaml, generate, report.

    python scripts/regenerate.py                       # from the committed openapi.yaml
    python scripts/regenerate.py --spec FILE_OR_URL    # a new Propexo release (YAML or JSON)
    python scripts/regenerate.py --dest DIR            # write everything into DIR instead
    python scripts/regenerate.py --strict              # refuse to degrade any schema

A spec it cannot read stops it with one line, ``error: SPEC: place: problem``, and exit 1.

Run with a bare Python, it first installs the pinned toolchain (scripts/requirements-regen.txt) into
.venv-regen/ and re-runs itself there, so every machine produces the same bytes. With
PROPEXO_REGEN_PYTHON naming a Python that already holds that toolchain, it re-runs itself there
instead and installs nothing.

It works on the tree it belongs to: a clone's script regenerates that clone.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: the toolchain may not be installed yet
    from scripts._generate import GenerationResult
    from scripts._model_names import KnownNames
    from scripts._report import ReleaseReport

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ROOT / "scripts" / "requirements-regen.txt"
#: Beside openapi.yaml: the last generation's class names (place -> name) and deprecated names.
NAMES_FILE = "model-names.json"
PINS = {"openapi-python-client", "ruff", "ruamel.yaml"}


#: Set on the Python the bootstrap re-runs this script in: if that one lacks the toolchain too,
#: the script says so and stops instead of re-running itself again.
BOOTSTRAPPED = "PROPEXO_REGEN_BOOTSTRAPPED"


def _toolchain_missing() -> list[str]:
    """The pinned packages this Python lacks or holds at another version (``ruff==0.17.6
    (found 0.1.0)``, ``openapi-python-client==0.29.1 (not installed)``); empty when complete."""
    from importlib.metadata import PackageNotFoundError, version

    missing = []
    for line in REQUIREMENTS.read_text().splitlines():
        name, sep, pinned = line.partition("==")
        if not (sep and name.strip().lower() in PINS):
            continue
        try:
            found = version(name.strip())
        except PackageNotFoundError:
            missing.append(f"{name.strip()}=={pinned.strip()} (not installed)")
            continue
        if found != pinned.strip():
            missing.append(f"{name.strip()}=={pinned.strip()} (found {found})")
    return missing


def _toolchain_ok() -> bool:
    return not _toolchain_missing()


def _bootstrap() -> None:
    """Re-run this script in a virtualenv holding exactly the pinned toolchain (once: a Python
    re-run into that still lacks it stops with one line naming it and what it lacks)."""
    chosen = os.environ.get("PROPEXO_REGEN_PYTHON")
    if os.environ.get(BOOTSTRAPPED):
        fix = f"install {REQUIREMENTS.relative_to(ROOT)} into it" + (
            ", or unset PROPEXO_REGEN_PYTHON" if chosen else ""
        )
        raise SystemExit(
            f"error: {sys.executable} lacks the pinned generator toolchain: "
            f"{', '.join(_toolchain_missing())} ({fix})"
        )
    if chosen:
        _rerun(chosen, "PROPEXO_REGEN_PYTHON")
    venv = ROOT / ".venv-regen"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        print(f"installing the pinned generator toolchain into {venv.name}/ ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    stamp = venv / "requirements.txt"
    if not stamp.exists() or stamp.read_text() != REQUIREMENTS.read_text():
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
                str(REQUIREMENTS),
            ],
            check=True,
        )
        stamp.write_text(REQUIREMENTS.read_text())
    _rerun(str(python), venv.name)


def _rerun(python: str, source: str) -> None:
    """Replace this process by this script on ``python`` (marked as re-run, see BOOTSTRAPPED)."""
    os.environ[BOOTSTRAPPED] = "1"
    try:
        os.execv(python, [python, str(Path(__file__).resolve()), *sys.argv[1:]])
    except OSError as error:
        why = error.strerror
        raise SystemExit(f"error: {source} names {python}, which cannot run: {why}") from None


def _read_source(source: str) -> str:
    """A spec's text from a file, or from a URL (see scripts/_download.py for what is refused)."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source):
        from scripts._download import DownloadError, fetch
        from scripts._errors import SpecError

        try:
            return fetch(source)
        except DownloadError as exc:
            raise SpecError(str(exc)) from None
    return Path(source).read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", help="a new spec download: a path or an https URL, YAML or JSON")
    parser.add_argument(
        "--dest", type=Path, help="write openapi.yaml, generated/ and the report here"
    )
    parser.add_argument(
        "--previous", help="compare against this spec instead of the current openapi.yaml"
    )
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 2 on breaking changes"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 if any schema had to be degraded"
    )
    args = parser.parse_args(argv)

    if not _toolchain_ok():
        _bootstrap()
    os.environ.pop(BOOTSTRAPPED, None)  # not inherited by a regeneration this one starts

    sys.path.insert(0, str(ROOT))
    from scripts._errors import SpecError

    try:
        return _regenerate(args)
    except (SpecError, UnicodeDecodeError, OSError) as error:
        # A bad spec is one line naming the problem, never a traceback.
        print(f"error: {_one_line(error)}", file=sys.stderr)
        return 1


def _one_line(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return f"the spec is not UTF-8 text (byte {error.start}: {error.reason})"
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or 'the spec'}: {error.strerror}"
    return " ".join(str(error).split())


def _regenerate(args: argparse.Namespace) -> int:
    import attrs

    from scripts import _generate
    from scripts._errors import SpecError, ToolchainError

    dest: Path = (args.dest or ROOT).resolve()
    source = args.spec or str(ROOT / "openapi.yaml")
    text, document = _load(source, _read(source))
    report = _compare(args, dest, source, text, document)
    report_path = dest / "release-report.md" if args.dest else ROOT / "build" / "release-report.md"
    _print_report(report, report_path)
    if report.blocking and args.fail_on_breaking:
        print("breaking changes and --fail-on-breaking: nothing written", file=sys.stderr)
        return 2

    # The class names of the last generation: a class this one names otherwise keeps its old
    # name as a deprecated alias (see _model_names.KnownNames).
    known_file = dest / NAMES_FILE if (dest / NAMES_FILE).exists() else ROOT / NAMES_FILE
    with tempfile.TemporaryDirectory(prefix="propexo-regen-") as scratch:
        try:
            result = _generate.generate(
                document,
                ROOT / "generator-config.yml",
                Path(scratch),
                spec_text=text,
                previous_names=_known_names(known_file),
            )
        except ToolchainError:  # not the spec's fault: no spec named
            raise
        except SpecError as error:  # a spec the generator or the model names refuse
            raise SpecError(str(error), where=source) from None
        report = attrs.evolve(
            report,
            degraded=tuple(map(str, result.degraded)),
            renamed=tuple(f"{old} -> {new}" for old, new in sorted(result.renamed.items())),
        )
        refused = _print_result(result, report, strict=args.strict)
        if not refused:
            _write(dest, Path(scratch), text, result, report, report_path)
    print(f"generated {len(result.generated)} of {len(result.expected)} operations")
    return 1 if refused else 0


def _read(source: str) -> str:
    """``source``'s text; a spec that cannot be read is a ``SpecError`` naming it."""
    from scripts._errors import SpecError

    try:
        return _read_source(source)
    except (SpecError, UnicodeDecodeError) as error:
        raise SpecError(_one_line(error), where=source) from None


def _load(source: str, raw: str) -> tuple[str, dict[str, Any]]:
    """The normalized document of ``raw`` (read from ``source``), and its text as pinned."""
    from scripts import _normalize, _yaml
    from scripts._errors import SpecError

    try:
        document = _normalize.normalize(_yaml.loads(raw))
    except SpecError as error:
        raise SpecError(_one_line(error), where=source) from None
    return _yaml.dumps(document), document


def _compare(
    args: argparse.Namespace, dest: Path, source: str, text: str, document: dict[str, Any]
) -> ReleaseReport:
    """The release report from the previous spec (``--previous``, else the pinned one) to
    ``document``."""
    from scripts import _report

    pinned, committed = dest / "openapi.yaml", ROOT / "openapi.yaml"
    previous_source = args.previous or (
        str(pinned) if pinned.exists() else str(committed) if committed.exists() else None
    )
    # Regenerating from the pinned file itself (no --spec) compares it with itself, and a pinned
    # file that holds what the new spec normalizes to (a release that changed nothing) is that
    # document: parse it once.
    previous = document
    if previous_source is not None and Path(previous_source).resolve() != Path(source).resolve():
        raw = _read(previous_source)
        previous = document if raw == text else _load(previous_source, raw)[1]
    return _report.compare(previous, document)


def _print_report(report: ReleaseReport, report_path: Path) -> None:
    print(
        f"release report ({report_path}): {len(report.added)} added, "
        f"{len(report.removed)} removed, "
        f"{len(report.breaking)} breaking"
    )
    for line in report.breaking:
        print(f"  breaking: {line}")
    for line in report.enum_values_added:
        print(f"  response enum values added: {line}")


def _known_names(path: Path) -> KnownNames | None:
    """The class names of the generation written with ``path`` (None when there is none)."""
    from scripts import _model_names

    return _model_names.KnownNames.loads(path.read_text()) if path.exists() else None


def _print_result(result: GenerationResult, report: ReleaseReport, *, strict: bool) -> bool:
    """Say what the generator warned of, degraded and could not build; whether that refuses
    the generation (an operation missing, or with ``--strict`` a schema degraded)."""
    for warning in result.warnings:
        print(f"  generator: {warning}")
    if result.degraded:
        print(f"degraded {len(result.degraded)} schemas: " + "; ".join(report.degraded))
    for broken in result.broken:
        print(f"model smoke test failed: {broken}", file=sys.stderr)
    for missing in result.missing:
        print(f"not generated: {missing}", file=sys.stderr)
    if strict and result.degraded:
        print("degraded schemas and --strict: nothing written", file=sys.stderr)
    return bool(result.missing or (strict and result.degraded))


def _write(
    dest: Path,
    scratch: Path,
    text: str,
    result: GenerationResult,
    report: ReleaseReport,
    report_path: Path,
) -> None:
    """Put the generated package, the pinned spec, the names file and the report in place
    (the files that would not change are left untouched)."""
    import attrs

    from scripts import _generate

    dest.mkdir(parents=True, exist_ok=True)
    _generate.replace_tree(scratch / _generate.PACKAGE, dest / "generated" / _generate.PACKAGE)
    _write_changed(dest / "openapi.yaml", text)
    if result.names is not None:
        _write_changed(dest / NAMES_FILE, result.names.dumps())
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(report.to_markdown(), encoding="utf-8")
    # The same report as data, beside it, for scripts/release.py (never parse markdown).
    report_path.with_suffix(".json").write_text(
        json.dumps(attrs.asdict(report), indent=2) + "\n", encoding="utf-8"
    )


def _write_changed(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
