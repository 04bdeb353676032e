"""How a release is decided from the release report: the version, the changelog entry, and the
refusal of a dirty tree (in a temporary clone, before any regeneration)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import attrs
import pytest

from scripts._report import ReleaseReport
from scripts.release import (
    ReleaseError,
    changelog_entry,
    load_report,
    next_version,
    with_entry,
)

from .support import clone, git, run_script

QUIET = ReleaseReport(old_count=3, new_count=3, added=(), removed=(), breaking=())
ADDED = attrs.evolve(QUIET, new_count=4, added=("`GET /v1/new/` (list_new)",))
BREAKING = attrs.evolve(QUIET, breaking=("`GET /v1/x/`: response 200.id removed",))
ENUMS = attrs.evolve(QUIET, enum_values_added=("`GET /v1/x/`: response 200.kind may now be 'B'",))


@pytest.mark.parametrize(
    ("current", "report", "expected"),
    [
        ("0.1.0", BREAKING, "0.2.0"),  # breaking while 0.x: the next minor
        ("1.4.2", BREAKING, "2.0.0"),
        ("0.3.7", ADDED, "0.4.0"),
        ("1.4.2", ADDED, "1.5.0"),
        ("1.4.2", ENUMS, "1.5.0"),  # values the API may now send are an addition
        ("1.4.2", QUIET, "1.4.3"),
        ("0.1.0", attrs.evolve(QUIET, degraded=("X: object -> dict (why)",)), "0.1.1"),
    ],
)
def test_next_version_follows_what_the_report_found(
    current: str, report: ReleaseReport, expected: str
) -> None:
    assert next_version(current, report) == expected


def test_a_version_that_is_not_major_minor_patch_is_refused_by_name() -> None:
    with pytest.raises(ReleaseError, match=r"version '1\.0rc1' is not MAJOR\.MINOR\.PATCH"):
        next_version("1.0rc1", QUIET)


def test_report_written_as_data_reads_back_as_the_same_report(tmp_path: Path) -> None:
    report = attrs.evolve(BREAKING, added=ADDED.added, degraded=("X: a -> b (c)",))
    path = tmp_path / "release-report.json"
    path.write_text(json.dumps(attrs.asdict(report)))  # as scripts/regenerate.py writes it
    assert load_report(path) == report


def test_changelog_entry_lists_each_kind_of_change_and_the_spec_hash() -> None:
    report = attrs.evolve(
        BREAKING,
        added=ADDED.added,
        removed=("`GET /v1/old/` (list_old)",),
        enum_values_added=ENUMS.enum_values_added,
        degraded=("Thing.x: object -> dict (members cannot be told apart)",),
    )
    entry = changelog_entry(
        "0.2.0", report, spec_version="1.0.0+sha256.abc123", day=dt.date(2026, 3, 1)
    )
    assert entry.startswith("## 0.2.0 (2026-03-01)\n")
    assert "`1.0.0+sha256.abc123`" in entry
    for title, item in (
        ("Breaking changes", report.breaking[0]),
        ("Added operations", report.added[0]),
        ("Removed operations", report.removed[0]),
        ("Response enum values added", report.enum_values_added[0]),
        ("Degraded schemas", report.degraded[0]),
    ):
        assert f"### {title}" in entry
        assert f"- {item}\n" in entry
    assert "No change to the generated API" not in entry


def test_changelog_entry_of_a_release_without_api_changes_says_so() -> None:
    entry = changelog_entry("0.1.1", QUIET, spec_version="v+sha256.0", day=dt.date(2026, 3, 1))
    assert "No change to the generated API." in entry
    assert "###" not in entry


def test_new_entry_goes_above_the_previous_releases_below_the_header() -> None:
    old = "# Changelog\n\nIntro.\n\n## 0.1.0 (2026-01-01)\n\nFirst.\n"
    new = with_entry(old, "## 0.2.0 (2026-03-01)\n\nSecond.\n")
    assert new == (
        "# Changelog\n\nIntro.\n\n## 0.2.0 (2026-03-01)\n\nSecond.\n\n## 0.1.0 (2026-01-01)\n\n"
        "First.\n"
    )
    assert with_entry("", "## 0.1.0 (2026-01-01)\n").startswith("# Changelog\n")


def test_unreleased_notes_become_the_new_entrys_hand_written_section() -> None:
    old = (
        "# Changelog\n\nIntro.\n\n## Unreleased\n\n### Breaking\n\n- Errors folded.\n\n"
        "## 0.1.0 (2026-01-01)\n\nFirst.\n"
    )
    new = with_entry(old, "## 0.2.0 (2026-03-01)\n\nSecond.\n")
    assert new == (
        "# Changelog\n\nIntro.\n\n## 0.2.0 (2026-03-01)\n\nSecond.\n\n"
        "### Hand-written package\n\n#### Breaking\n\n- Errors folded.\n\n"
        "## 0.1.0 (2026-01-01)\n\nFirst.\n"
    )
    assert "Unreleased" not in new
    empty = "# Changelog\n\n## Unreleased\n\n## 0.1.0 (2026-01-01)\n\nFirst.\n"
    assert "Hand-written" not in with_entry(empty, "## 0.2.0 (2026-03-01)\n")


def test_release_refuses_a_dirty_tree_before_touching_anything(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    head, tags = git(repo, "rev-parse", "HEAD"), git(repo, "tag")
    (repo / "README.md").write_text("edited\n")
    (repo / "notes.txt").write_text("untracked\n")
    done = run_script(sys.executable, repo, "release")
    assert done.returncode == 1
    assert done.stderr.startswith("error: the tree has uncommitted changes")
    assert "README.md" in done.stderr and "notes.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert git(repo, "status", "--porcelain").split() == ["M", "README.md", "??", "notes.txt"]
    assert git(repo, "rev-parse", "HEAD") == head
    assert git(repo, "tag") == tags


def test_release_since_something_that_is_not_a_commit_is_refused_by_name(tmp_path: Path) -> None:
    repo = clone(tmp_path)
    done = run_script(sys.executable, repo, "release", "--since", "no-such-release")
    assert done.returncode == 1
    assert done.stderr == "error: --since no-such-release: not a commit of this repository\n"
    assert git(repo, "status", "--porcelain") == ""
