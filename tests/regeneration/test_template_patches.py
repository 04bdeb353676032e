"""Forked templates are the generator's own plus a patch, applied at generation: a patch that
no longer applies (a generator upgrade changed those lines) is one clear error, never a stale
fork or a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import _generator, _templates
from scripts._errors import ToolchainError

# They read the installed generator's templates (and its version): the toolchain of tests_slow.
pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _generator_installed() -> None:
    """Asked when a test runs, not when the module is collected: the fast suite, which
    deselects these, then reports no skip."""
    pytest.importorskip("openapi_python_client")


ORIGINAL = "one\ntwo\nthree\nfour\nfive\n"
PATCH = """What this fork changes, and why.

--- a/t.jinja
+++ b/t.jinja
@@ -2,3 +2,3 @@
 two
-three
+THREE
 four
"""


def test_every_patch_applies_to_the_pinned_generators_template_and_ours_are_copied_whole(
    tmp_path: Path,
) -> None:
    out = _templates.prepare(tmp_path)

    patches = sorted(p.relative_to(_templates.SOURCE) for p in _templates.SOURCE.rglob("*.patch"))
    assert patches, "the forks are kept as patches"
    for patch in patches:
        forked = out / patch.with_suffix("")
        upstream = _generator.templates() / patch.with_suffix("")
        assert forked.read_text() != upstream.read_text()
    whole = [p for p in _templates.SOURCE.rglob("*.jinja")]
    for template in whole:
        assert (out / template.relative_to(_templates.SOURCE)).read_bytes() == template.read_bytes()
    assert not list(out.rglob("*.patch"))
    assert all(problem is None for _, problem in _templates.check())


def test_a_hunk_applies_where_the_diff_says_or_shifted_by_lines_added_above() -> None:
    assert _templates.patched(ORIGINAL, PATCH, "t.jinja") == "one\ntwo\nTHREE\nfour\nfive\n"
    shifted = "zero\n" + ORIGINAL
    assert _templates.patched(shifted, PATCH, "t.jinja") == "zero\none\ntwo\nTHREE\nfour\nfive\n"


def test_a_hunk_whose_lines_the_generator_changed_is_one_error_naming_template_and_hunk() -> None:
    upgraded = ORIGINAL.replace("three", "3")

    with pytest.raises(ToolchainError) as raised:
        _templates.patched(upgraded, PATCH, "t.jinja")

    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("template t.jinja: hunk 1 of 1 (@@ -2,3 +2,3 @@) does not apply")
    assert message.endswith("update scripts/templates/t.jinja.patch")


def test_a_patch_of_a_template_the_generator_no_longer_ships_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_generator, "templates", lambda: tmp_path / "none")

    with pytest.raises(
        ToolchainError, match=r"^template \S+\.jinja: openapi-python-client .* has no such"
    ):
        _templates.prepare(tmp_path / "out")
