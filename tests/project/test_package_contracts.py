"""The packages of `propexo` meet only through their interfaces.

A module may import the private (underscore) modules of its own package and of its ancestor
packages (the root's core: `propexo._errors`, `propexo._client`, ...), never those of a sibling
or a descendant package: `propexo.journal` uses `propexo.charges` through its `__init__` and
its `internal` module, and the root imports `propexo.charges`, not `propexo.charges._plan`.
So each package can rearrange its private modules without breaking another.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

OVERLAYS = Path(__file__).resolve().parents[2] / "overlays"


def _private_owner(module: tuple[str, ...]) -> tuple[str, ...] | None:
    """The package whose private module (or package) `module` is inside, or None when every
    part of it is public."""
    for i, part in enumerate(module):
        if part.startswith("_") and not part.startswith("__"):
            return module[:i]
    return None


def _imported(
    tree: ast.Module, package: tuple[str, ...], overlays: Path
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Every module an import statement of a module in `package` names (with its line),
    relative imports resolved, and `from X import _y` counted as importing module `X._y`
    when `X._y` is one."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, tuple(alias.name.split("."))
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = base + tuple(node.module.split(".") if node.module else ())
            yield node.lineno, module
            for alias in node.names:
                candidate = overlays.joinpath(*module, alias.name)
                if candidate.with_suffix(".py").is_file() or candidate.is_dir():
                    yield node.lineno, (*module, alias.name)


def forbidden_imports(overlays: Path = OVERLAYS) -> list[str]:
    """`path:line: module` for each import of another package's private module, in the
    `propexo` package under `overlays`."""
    found = []
    for path in sorted((overlays / "propexo").rglob("*.py")):
        package = path.relative_to(overlays).with_suffix("").parts[:-1]
        tree = ast.parse(path.read_text(), str(path))
        for line, module in _imported(tree, package, overlays):
            if module[0] != "propexo":
                continue
            owner = _private_owner(module)
            if owner is not None and package[: len(owner)] != owner:
                found.append(f"{path.relative_to(overlays)}:{line}: {'.'.join(module)}")
    return found


def test_no_module_imports_a_private_module_of_another_package() -> None:
    assert forbidden_imports() == []


def test_the_rule_tells_own_and_ancestor_modules_from_a_sibling_or_descendant(
    tmp_path: Path,
) -> None:
    root = tmp_path / "propexo"
    for folder in (root / "charges", root / "journal"):
        folder.mkdir(parents=True)
    for module in ("_errors", "charges/_plan", "journal/_journal"):
        (root / f"{module}.py").write_text("")
    (root / "__init__.py").write_text(
        "from .charges import Plan\nfrom .charges._plan import Plan\n"
    )
    (root / "journal" / "__init__.py").write_text(
        "from .. import _errors\nfrom ._journal import Journal\nfrom .._errors import E\n"
        "from ..charges import internal\nimport propexo.charges._plan\n"
    )
    (root / "charges" / "__init__.py").write_text(
        "from ._plan import Plan\nfrom ..journal import _journal\n"
    )
    assert forbidden_imports(tmp_path) == [
        "propexo/__init__.py:2: propexo.charges._plan",
        "propexo/charges/__init__.py:2: propexo.journal._journal",
        "propexo/journal/__init__.py:5: propexo.charges._plan",
    ]
