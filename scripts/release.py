"""Releases and the scheduled spec check, both decided from the release report's data.

    python scripts/release.py check --spec FILE_OR_URL [--out DIR]
    python scripts/release.py release [--since REF] [--date YYYY-MM-DD]

``check`` takes a Propexo spec as ``scripts/regenerate.py --strict`` does, into ``DIR/tree``
(default ``build/spec-check``), never into the checkout. It writes the pull request a maintainer
would open (``DIR/pr-title.txt``, ``DIR/pr-body.md``: the release report and the version it would
lead to), says whether the spec changed, and exits 1 when the spec cannot be taken (not readable,
not generating every operation, or a schema degraded).

``release`` refuses a dirty tree. It compares the committed ``openapi.yaml`` with the one of the
last release (the last commit that changed ``overlays/propexo/_version.py``, or ``--since REF``),
picks the next version from that report, writes it (once, in ``overlays/propexo/_version.py``; the
regeneration copies it into the generated package), adds a ``CHANGELOG.md`` entry, then commits and
tags ``vX.Y.Z``. ``nox -s release`` then builds the wheel and sdist of that commit.

The report is read as data (``release-report.json``, written by ``scripts/regenerate.py`` beside
its markdown), never parsed from markdown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts._report import ReleaseReport  # noqa: E402
from scripts._version import VERSION_FILE, version  # noqa: E402

CHANGELOG = ROOT / "CHANGELOG.md"
CHANGELOG_HEADER = (
    "# Changelog\n\n"
    "Each release of propexo-client: the Propexo spec it is generated from and what changed for\n"
    "code using it. Written by `nox -s release` from the release report (see CONTRIBUTING.md).\n"
)
GENERATED_VERSION = ROOT / "generated" / "propexo_client" / "_version.py"
_VERSION_LINE = re.compile(r'^__version__ = "([^"]*)"$', flags=re.MULTILINE)
_SPEC_VERSION_LINE = re.compile(r'^SPEC_VERSION = "([^"]*)"$', flags=re.MULTILINE)


class ReleaseError(Exception):
    """A release or spec check that cannot go on; the message says why and what to do."""


# -- deciding --------------------------------------------------------------------------------------


def load_report(path: Path) -> ReleaseReport:
    """The report ``scripts/regenerate.py`` wrote as data beside ``release-report.md``."""
    data = json.loads(path.read_text(encoding="utf-8"))

    def lines(key: str) -> tuple[str, ...]:
        return tuple(str(line) for line in data.get(key, ()))

    return ReleaseReport(
        old_count=int(data["old_count"]),
        new_count=int(data["new_count"]),
        added=lines("added"),
        removed=lines("removed"),
        breaking=lines("breaking"),
        degraded=lines("degraded"),
        enum_values_added=lines("enum_values_added"),
    )


def next_version(current: str, report: ReleaseReport) -> str:
    """Breaking changes: the next major (the next minor while 0.x); operations or response enum
    values added: the next minor; anything else: the next patch."""
    found = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", current)
    if found is None:
        raise ReleaseError(f"{VERSION_FILE.name}: version {current!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = map(int, found.groups())
    if report.blocking and major > 0:
        return f"{major + 1}.0.0"
    if report.blocking or report.added or report.enum_values_added:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def why(report: ReleaseReport) -> str:
    """The reason ``next_version`` gives, in words."""
    if report.blocking:
        return f"{len(report.blocking)} breaking changes"
    if report.added or report.enum_values_added:
        return (
            f"{len(report.added)} operations and "
            f"{len(report.enum_values_added)} response enum value changes added"
        )
    return "no change to the API surface"


def changelog_entry(
    new_version: str, report: ReleaseReport, *, spec_version: str, day: dt.date
) -> str:
    """The ``CHANGELOG.md`` section of one release."""
    lines = [
        f"## {new_version} ({day.isoformat()})",
        "",
        f"Generated from Propexo spec `{spec_version}`",
        "(its info.version, then the SHA-256 of the normalized openapi.yaml).",
        f"Operations: {report.old_count} -> {report.new_count}.",
    ]
    for title, items in (
        ("Breaking changes", report.blocking),
        ("Added operations", report.added),
        ("Removed operations", report.removed),
        ("Response enum values added", report.enum_values_added),
        ("Degraded schemas (a plain dict or any value in the client)", report.degraded),
    ):
        if items:
            lines += ["", f"### {title}", "", *(f"- {item}" for item in items)]
    if not (report.blocking or report.added or report.removed or report.enum_values_added):
        lines += ["", "No change to the generated API."]
    return "\n".join(lines) + "\n"


#: Where maintainers write, between releases, what changed in the hand-written package
#: (``overlays/``), which the release report cannot see.
UNRELEASED = "## Unreleased"


def with_entry(changelog: str, entry: str) -> str:
    """``changelog`` with ``entry`` above the previous releases (a new file when empty). The
    notes under ``## Unreleased`` become the entry's "Hand-written package" section."""
    text = changelog or CHANGELOG_HEADER
    notes = re.search(r"^## Unreleased\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL)
    if notes is not None:
        text = text[: notes.start()] + text[notes.end() :]
        body = re.sub(r"^### ", "#### ", notes.group(1).strip(), flags=re.MULTILINE)
        if body:
            entry = entry.rstrip("\n") + "\n\n### Hand-written package\n\n" + body + "\n"
    at = re.search(r"^## ", text, flags=re.MULTILINE)
    if at is None:
        return text.rstrip("\n") + "\n\n" + entry
    return text[: at.start()] + entry + "\n" + text[at.start() :]


def spec_version_of(tree: Path) -> str:
    """``SPEC_VERSION`` as the regeneration wrote it into ``tree``'s generated package."""
    path = tree / "generated" / "propexo_client" / "_version.py"
    found = _SPEC_VERSION_LINE.search(path.read_text(encoding="utf-8"))
    if found is None:
        raise ReleaseError(f"{path}: no SPEC_VERSION line (regenerate first)")
    return found.group(1)


# -- running the tools ----------------------------------------------------------------------------


def _regenerate(*args: str) -> None:
    """``scripts/regenerate.py ARGS`` (which brings its own pinned toolchain); its output shows."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "regenerate.py"), *args])
    if done.returncode != 0:
        raise ReleaseError(
            f"scripts/regenerate.py {' '.join(args)} failed (exit {done.returncode}): "
            "the spec cannot be taken as it is; see its output above"
        )


def _git(*args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, encoding="utf-8"
    )
    if done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def _changes() -> list[str]:
    """Files changed, staged or untracked (ignored ones aside), as ``git status`` names them."""
    return [line[3:] for line in _git("status", "--porcelain").splitlines() if line.strip()]


# -- the commands ---------------------------------------------------------------------------------


def check(spec: str, out: Path) -> int:
    """Take ``spec`` into ``out/tree``; write the pull request; say whether anything changed."""
    tree = out / "tree"
    for stale in (tree / "release-report.json", out / "pr-title.txt", out / "pr-body.md"):
        stale.unlink(missing_ok=True)
    committed = ROOT / "openapi.yaml"
    _regenerate("--spec", spec, "--previous", str(committed), "--dest", str(tree), "--strict")
    report = load_report(tree / "release-report.json")
    changed = (tree / "openapi.yaml").read_bytes() != committed.read_bytes()
    current = version()
    new_version = next_version(current, report) if changed else current
    spec_version = spec_version_of(tree)
    title = (
        f"Propexo spec update: {len(report.added)} added, {len(report.removed)} removed, "
        f"{len(report.blocking)} breaking (next release {new_version})"
    )
    body = (
        f"The scheduled spec check took `{spec}` (`{spec_version}`) and regenerated the client "
        f"with `--strict`.\n\nReleasing this would make **{new_version}** (now {current}: "
        f"{why(report)}).\n\n" + (tree / "release-report.md").read_text(encoding="utf-8")
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "pr-title.txt").write_text(title + "\n", encoding="utf-8")
    (out / "pr-body.md").write_text(body, encoding="utf-8")
    if "GITHUB_OUTPUT" in os.environ:
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as outputs:
            outputs.write(f"changed={'true' if changed else 'false'}\n")
    if changed:
        print(f"spec changed: {title}")
        print(f"pull request: {out / 'pr-title.txt'}, {out / 'pr-body.md'}; the tree in {tree}")
    else:
        print(f"spec unchanged: the committed openapi.yaml is `{spec_version}`")
    return 0


def release(since: str | None, day: dt.date) -> int:
    """Version, changelog, regeneration, commit and tag, from the report since the last release."""
    dirty = _changes()
    if dirty:
        raise ReleaseError(
            "the tree has uncommitted changes (commit or stash them first): " + ", ".join(dirty)
        )
    relative = VERSION_FILE.relative_to(ROOT).as_posix()
    found = since or _git("log", "-1", "--format=%H", "--", relative).strip()
    if not found:
        raise ReleaseError(f"no commit changed {relative}: name the last release with --since")
    try:
        base = _git("rev-parse", "--verify", "--quiet", f"{found}^{{commit}}").strip()
    except ReleaseError:
        raise ReleaseError(f"--since {found}: not a commit of this repository") from None
    current = version()
    with tempfile.TemporaryDirectory(prefix="propexo-release-") as scratch:
        previous = Path(scratch) / "previous.yaml"
        previous.write_text(_git("show", f"{base}:openapi.yaml"), encoding="utf-8")
        _regenerate("--previous", str(previous), "--dest", str(Path(scratch) / "tree"))
        report = load_report(Path(scratch) / "tree" / "release-report.json")
    new_version = next_version(current, report)
    text = VERSION_FILE.read_text(encoding="utf-8")
    VERSION_FILE.write_text(
        _VERSION_LINE.sub(f'__version__ = "{new_version}"', text, count=1), encoding="utf-8"
    )
    _regenerate()  # copies the version into the generated package
    expected = {relative, GENERATED_VERSION.relative_to(ROOT).as_posix()}
    unexpected = sorted(set(_changes()) - expected)
    if unexpected:
        # The tree was clean: back to exactly the last commit.
        _git("checkout", "--", ".")
        _git("clean", "-fdq", "--", "generated")
        raise ReleaseError(
            "generated/ was not current with openapi.yaml (nox -s generated_current); "
            "regenerate and commit first. Regeneration changed: " + ", ".join(unexpected[:10])
        )
    entry = changelog_entry(new_version, report, spec_version=spec_version_of(ROOT), day=day)
    old = CHANGELOG.read_text(encoding="utf-8") if CHANGELOG.exists() else ""
    CHANGELOG.write_text(with_entry(old, entry), encoding="utf-8")
    _git("add", "--", *sorted(expected), CHANGELOG.name)
    _git("commit", "--quiet", "-m", f"Release {new_version}: {why(report)} since {base[:12]}")
    _git("tag", f"v{new_version}")
    print(f"released {new_version} (was {current}: {why(report)}); committed and tagged")
    print(entry)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="what a new Propexo spec would change")
    checking.add_argument("--spec", required=True, help="a spec download: a path or an https URL")
    checking.add_argument(
        "--out", type=Path, default=ROOT / "build" / "spec-check", help="where the PR text goes"
    )
    releasing = commands.add_parser("release", help="version, changelog, commit and tag")
    releasing.add_argument("--since", help="the last release's commit (default: found from git)")
    releasing.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=dt.datetime.now(dt.UTC).date(),
        help="the release's date in CHANGELOG.md (default: today, UTC)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return check(args.spec, args.out.resolve())
        return release(args.since, args.date)
    except ReleaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
