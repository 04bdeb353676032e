"""Try a generator upgrade before pinning it: generate from the committed openapi.yaml with
whatever openapi-python-client the running Python holds (the pin is not enforced), into a scratch
folder, and say what changed against generated/. Nothing in the checkout is written.

    python -m venv /tmp/gen && /tmp/gen/bin/pip install openapi-python-client==X.Y.Z \\
        ruff==0.17.6 ruamel.yaml attrs
    /tmp/gen/bin/python scripts/generator_dry_run.py

A template patch that no longer applies, or an API of the generator the adapter
(``scripts/_generator.py``) no longer finds, is one ``error:`` line and exit status 1.
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from scripts import _generate, _generator, _normalize, _templates, _yaml
    from scripts._errors import SpecError
    from scripts._model_names import KnownNames

    print(
        f"openapi-python-client {_generator.version()} (pinned: see scripts/requirements-regen.txt)"
    )
    for name, problem in _templates.check():
        print(f"  {problem or f'template {name}: the patch applies'}")
    with tempfile.TemporaryDirectory(prefix="propexo-dry-run-") as scratch:
        try:
            document = _normalize.normalize(_yaml.loads(args.spec.read_text(encoding="utf-8")))
            names = ROOT / "model-names.json"
            known = KnownNames.loads(names.read_text()) if names.exists() else None
            result = _generate.generate(
                document, ROOT / "generator-config.yml", Path(scratch), previous_names=known
            )
        except SpecError as error:
            sys.stdout.flush()
            print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
            return 1
        for warning in result.warnings:
            print(f"  generator: {warning}")
        for line in (*result.broken, *(f"not generated: {m}" for m in result.missing)):
            print(f"  {line}")
        print(f"generated {len(result.generated)} of {len(result.expected)} operations")
        changed = _changed(
            Path(scratch) / _generate.PACKAGE, ROOT / "generated" / _generate.PACKAGE
        )
        print(f"{len(changed)} files differ from generated/{_generate.PACKAGE}")
        for name in changed[:20]:
            print(f"  {name}")
    return 1 if result.missing else 0


def _changed(new: Path, old: Path) -> list[str]:
    """Files added, removed or changed between the two trees (relative paths, sorted)."""
    names = {
        p.relative_to(root)
        for root in (new, old)
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    return sorted(
        str(name)
        for name in names
        if not ((new / name).is_file() and (old / name).is_file())
        or not filecmp.cmp(new / name, old / name, shallow=False)
    )


if __name__ == "__main__":
    sys.exit(main())
