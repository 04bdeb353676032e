"""The upgrade dry run lists what a generator would change in generated/, file by file."""

from __future__ import annotations

from pathlib import Path

from scripts.generator_dry_run import _changed


def test_the_dry_run_lists_files_added_removed_and_changed_but_not_caches(tmp_path: Path) -> None:
    new, old = tmp_path / "new", tmp_path / "old"
    for root in (new, old):
        (root / "models" / "__pycache__").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (new / "models" / "__pycache__" / "a.pyc").write_bytes(b"\0")
    (new / "models" / "a.py").write_text("a = 1\n")
    (old / "models" / "a.py").write_text("a = 2\n")
    (new / "added.py").write_text("")
    (old / "removed.py").write_text("")

    assert _changed(new, old) == ["added.py", "models/a.py", "removed.py"]
