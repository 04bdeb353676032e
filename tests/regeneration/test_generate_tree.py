"""Replacing the generated tree: never a moment without one."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from scripts import _generate


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_replace_tree_moves_the_scratch_tree_and_drops_stale_files(tmp_path: Path) -> None:
    source = _tree(tmp_path / "src", {"a.py": "new", "sub/b.py": "b"})
    destination = _tree(tmp_path / "out" / "pkg", {"a.py": "old", "stale.py": "x"})
    _generate.replace_tree(source, destination)
    assert _generate.list_tree(destination) == [Path("a.py"), Path("sub/b.py")]
    assert (destination / "a.py").read_text() == "new"
    assert sorted(p.name for p in destination.parent.iterdir()) == ["pkg"]
    assert not source.exists()  # moved, not copied: the same filesystem


def _across_filesystems(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    """Moving ``source`` fails as it does from another filesystem (EXDEV)."""
    rename = Path.rename

    def cross_device(self: Path, target: str | Path) -> Path:
        if self == source:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", cross_device)


def test_replace_tree_copies_from_another_filesystem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _tree(tmp_path / "src", {"a.py": "new", "sub/b.py": "b"})
    destination = _tree(tmp_path / "out" / "pkg", {"a.py": "old", "stale.py": "x"})
    _across_filesystems(monkeypatch, source)
    _generate.replace_tree(source, destination)
    assert _generate.list_tree(destination) == [Path("a.py"), Path("sub/b.py")]
    assert _generate.list_tree(source) == [Path("a.py"), Path("sub/b.py")]
    assert sorted(p.name for p in destination.parent.iterdir()) == ["pkg"]


def test_an_interrupted_copy_leaves_the_old_tree_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _tree(tmp_path / "src", {"a.py": "new"})
    destination = _tree(tmp_path / "out" / "pkg", {"a.py": "old"})

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    _across_filesystems(monkeypatch, source)
    monkeypatch.setattr(shutil, "copytree", interrupted)
    with pytest.raises(KeyboardInterrupt):
        _generate.replace_tree(source, destination)
    assert (destination / "a.py").read_text() == "old"
    monkeypatch.undo()
    _generate.replace_tree(source, destination)  # and the next run cleans up after it
    assert (destination / "a.py").read_text() == "new"
    assert sorted(p.name for p in destination.parent.iterdir()) == ["pkg"]
