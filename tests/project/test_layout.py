"""The tests are laid out as the code is (CONTRIBUTING.md, "Where does a test go"): a test module
lives in the folder of the package it tests, or in tests/project/ when it crosses packages; the
top of tests/ holds only conftest.py and the helpers the folders share.

The checks read the tree only; each is also run on a made-up tree (below tmp_path) that breaks
it, so that a check that could never fail is noticed.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

TESTS = ROOT / "tests"
#: The subpackages of `propexo`; each has its folder of the same name in tests/.
PACKAGES = ROOT / "overlays" / "propexo"


def _is_test_module(path: Path) -> bool:
    """What pytest collects by default (`python_files`: test_*.py and *_test.py)."""
    return path.suffix == ".py" and (path.name.startswith("test_") or path.stem.endswith("_test"))


def top_level_test_modules(tests: Path) -> list[str]:
    """Test modules at the top of `tests` (each belongs in a package's folder or tests/project/)."""
    return sorted(p.name for p in tests.glob("*.py") if _is_test_module(p))


def folders_without_init(tests: Path) -> list[str]:
    """Folders holding test modules that are not packages: their modules would be imported by
    their bare names, and two folders' test_retry.py would clash."""
    folders = {p.parent for p in tests.rglob("*.py") if _is_test_module(p)}
    return sorted(str(f.relative_to(tests)) for f in folders if not _is_package(f, tests))


def _is_package(folder: Path, tests: Path) -> bool:
    """Whether `folder` and every folder between it and `tests` (included) has `__init__.py`."""
    between = (d for d in (folder, *folder.parents) if d.is_relative_to(tests))
    return all((d / "__init__.py").is_file() for d in between)


def packages_without_folder(tests: Path, packages: Path) -> list[str]:
    """Subpackages of `propexo` that have no folder of the same name in `tests`."""
    return sorted(
        p.parent.name
        for p in packages.glob("*/__init__.py")
        if not (tests / p.parent.name / "__init__.py").is_file()
    )


def test_no_test_module_sits_at_the_top_of_tests() -> None:
    assert top_level_test_modules(TESTS) == [], (
        "move these into the folder of the package they test (tests/<package>/, tests/client/ for"
        " propexo's root modules, tests/generated/ for propexo_client), or tests/project/ when"
        " they cross packages"
    )


def test_every_folder_of_test_modules_is_a_package() -> None:
    assert folders_without_init(TESTS) == []


def test_every_subpackage_of_propexo_has_its_test_folder() -> None:
    assert packages_without_folder(TESTS, PACKAGES) == []


def _tree(root: Path, *files: str) -> Path:
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("", encoding="utf-8")
    return root


def test_a_test_module_added_at_the_top_is_reported_and_helpers_are_not(tmp_path: Path) -> None:
    tests = _tree(
        tmp_path,
        "__init__.py",
        "conftest.py",
        "drivers.py",
        "jobs_support.py",
        "test_new_feature.py",
        "retry_test.py",
        "jobs/__init__.py",
        "jobs/test_wait.py",
    )
    assert top_level_test_modules(tests) == ["retry_test.py", "test_new_feature.py"]


def test_a_folder_of_test_modules_without_init_is_reported(tmp_path: Path) -> None:
    tests = _tree(
        tmp_path,
        "__init__.py",
        "jobs/__init__.py",
        "jobs/test_retry.py",
        "client/test_retry.py",
        "charges/__init__.py",
        "charges/data/input_test.py",
        "journal/__init__.py",
        "journal/data/notes.txt",
        "webhooks/signed/__init__.py",
        "webhooks/signed/test_verify.py",
    )
    assert folders_without_init(tests) == ["charges/data", "client", "webhooks/signed"]


def test_a_subpackage_without_its_test_folder_is_reported(tmp_path: Path) -> None:
    packages = _tree(tmp_path / "propexo", "__init__.py", "jobs/__init__.py", "ledger/__init__.py")
    tests = _tree(tmp_path / "tests", "__init__.py", "jobs/__init__.py")
    assert packages_without_folder(tests, packages) == ["ledger"]
