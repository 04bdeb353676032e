"""Tests that need Propexo's downloads skip on a lone clone and fail in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import REQUIRE_SHARED, shared_specs_or_skip


def test_absent_downloads_skip_with_a_one_line_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(REQUIRE_SHARED, raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        shared_specs_or_skip(tmp_path / "propexo-spec")
    assert (
        str(skipped.value)
        == f"needs Propexo's spec downloads at {tmp_path / 'propexo-spec'} (absent)"
    )


def test_absent_downloads_fail_when_ci_requires_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REQUIRE_SHARED, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_SHARED}=1 requires them"):
        shared_specs_or_skip(tmp_path / "propexo-spec")


def test_present_downloads_are_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_SHARED, "1")
    assert shared_specs_or_skip(tmp_path) == tmp_path
