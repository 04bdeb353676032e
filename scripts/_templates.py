"""The templates the generator runs with: ours, and the generator's own with our patches applied.

``scripts/templates/`` holds two kinds of file. A ``<name>.patch`` is a fork: a unified diff
against the generator's template ``<name>`` (as the pinned openapi-python-client ships it), its
preamble saying what it changes and why. Any other file is a template of ours, used whole. At
generation both are written into a scratch folder the generator reads before its own templates.

A hunk whose lines are no longer in the upstream template (a generator upgrade changed them)
stops the run with one ``error:`` line naming the template and the hunk, instead of generating
from a silently stale fork.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import attrs

from scripts import _generator
from scripts._errors import ToolchainError

SOURCE = Path(__file__).parent / "templates"
PATCH = ".patch"

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


@attrs.frozen
class Hunk:
    """One hunk of a unified diff: where it starts in the old text, and its lines (each with its
    ``' '``, ``'-'`` or ``'+'`` mark)."""

    header: str
    start: int
    lines: tuple[str, ...]

    @property
    def old(self) -> list[str]:
        return [line[1:] for line in self.lines if line[0] in " -"]

    @property
    def new(self) -> list[str]:
        return [line[1:] for line in self.lines if line[0] in " +"]


def prepare(dest: Path) -> Path:
    """Write the templates to run with into ``dest`` (a scratch folder); return it."""
    upstream = _generator.templates()
    for source in sorted(p for p in SOURCE.rglob("*") if p.is_file()):
        relative = source.relative_to(SOURCE)
        if relative.suffix == PATCH:
            name = relative.with_suffix("")
            original = upstream / name
            if not original.is_file():
                raise ToolchainError(
                    f"template {name.as_posix()}: openapi-python-client {_generator.version()} "
                    f"has no such template to patch (scripts/templates/{relative.as_posix()})"
                )
            text = patched(
                original.read_text(encoding="utf-8"),
                source.read_text(encoding="utf-8"),
                name.as_posix(),
            )
            out = dest / name
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        else:
            out = dest / relative
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, out)
    return dest


def check() -> list[tuple[str, str | None]]:
    """Each fork's template name and why its patch does not apply (None: it applies)."""
    upstream = _generator.templates()
    found: list[tuple[str, str | None]] = []
    for source in sorted(SOURCE.rglob(f"*{PATCH}")):
        name = source.relative_to(SOURCE).with_suffix("").as_posix()
        try:
            if not (upstream / name).is_file():
                raise ToolchainError(f"template {name}: the generator has no such template")
            patched(
                (upstream / name).read_text(encoding="utf-8"),
                source.read_text(encoding="utf-8"),
                name,
            )
        except ToolchainError as error:
            found.append((name, str(error)))
        else:
            found.append((name, None))
    return found


def patched(original: str, patch: str, name: str) -> str:
    """``original`` with the unified diff ``patch`` applied; ``ToolchainError`` naming ``name``
    and the hunk when a hunk's old lines are not where the diff says (nor anywhere after the
    previous hunk: a shifted hunk still applies)."""
    lines = original.splitlines(keepends=True)
    hunks = list(_hunks(patch))
    out: list[str] = []
    at = 0  # the first line of `lines` not yet copied to `out`
    for number, hunk in enumerate(hunks, 1):
        old = [line.rstrip("\n") for line in hunk.old]
        found = _find(lines, old, at, hunk.start - 1)
        if found is None:
            raise ToolchainError(
                f"template {name}: hunk {number} of {len(hunks)} ({hunk.header}) does not apply "
                f"to openapi-python-client {_generator.version()}'s template: update "
                f"scripts/templates/{name}{PATCH}"
            )
        out += lines[at:found]
        out += [line if line.endswith("\n") else line + "\n" for line in hunk.new]
        at = found + len(old)
    out += lines[at:]
    return "".join(out)


def _find(lines: list[str], old: list[str], start: int, expected: int) -> int | None:
    """Where ``old`` occurs in ``lines`` at or after ``start``, nearest ``expected`` first."""
    last = len(lines) - len(old)
    candidates = sorted(range(start, last + 1), key=lambda i: (abs(i - expected), i))
    for i in candidates:
        if [line.rstrip("\n") for line in lines[i : i + len(old)]] == old:
            return i
    return None


def _hunks(patch: str) -> Iterator[Hunk]:
    """The hunks of ``patch`` (one file's unified diff; anything before its first ``@@`` is
    the preamble and the file names)."""
    current: tuple[str, int, list[str]] | None = None
    for line in patch.splitlines():
        found = _HUNK.match(line)
        if found:
            if current is not None:
                yield Hunk(current[0], current[1], tuple(current[2]))
            current = (line, int(found.group(1)), [])
        elif current is not None and line[:1] in (" ", "-", "+"):
            current[2].append(line)
        elif current is not None and line == "":
            current[2].append(" ")  # an empty context line some editors strip of its space
    if current is not None:
        yield Hunk(current[0], current[1], tuple(current[2]))
