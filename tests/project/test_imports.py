"""The overlay's import graph, read with `ast` (no import runs): no cycle between modules, and
no root private module (`propexo._x`, the core) importing a subpackage above it.

Imports inside functions count (they are dependencies all the same, only deferred); imports
under `if TYPE_CHECKING:` do not (they never run)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import propexo

PACKAGE = Path(propexo.__file__).parent


def _module_name(path: Path) -> str:
    parts = ("propexo", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement of the tree, those under `if TYPE_CHECKING:` left out."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for other in node.orelse:
                yield from _imports(other)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        yield from _imports(node)


def _targets(
    module: str, is_package: bool, node: ast.Import | ast.ImportFrom, files: set[str]
) -> Iterator[str]:
    """The overlay modules one import statement loads: `from .x import y` loads `.x.y` when
    that is a module, else `.x` (the module that defines `y`)."""
    if isinstance(node, ast.Import):
        yield from (a.name for a in node.names if a.name.split(".")[0] == "propexo")
        return
    if node.level:
        base = module.split(".")
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        source = ".".join([*base, node.module] if node.module else base)
    else:
        source = node.module or ""
    if source.split(".")[0] != "propexo":
        return
    for alias in node.names:
        submodule = f"{source}.{alias.name}"
        yield submodule if submodule in files else source


def import_graph() -> dict[str, set[str]]:
    """Module -> the overlay modules it imports (only modules that exist as files)."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        found = {t for node in _imports(tree) for t in _targets(name, is_package, node, set(files))}
        graph[name] = {t for t in found if t in files and t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph (its modules, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def _in_subpackage(module: str) -> bool:
    """Whether `module` is a subpackage of the overlay (`propexo.jobs`) or one of its modules."""
    subpackages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    return module.count(".") >= 1 and module.split(".")[1] in subpackages


def test_the_import_graph_sees_module_level_function_level_and_relative_imports() -> None:
    graph = import_graph()
    assert "propexo._pacing" in graph["propexo._transport"]  # `from ._pacing import ...`
    assert "propexo.charges._plan" in graph["propexo.charges._submit"]
    assert "propexo._client" in graph["propexo.jobs._base"]  # `from .._client import ...`
    assert "propexo.charges" in graph["propexo.journal._hooks"]  # a package


def test_the_overlay_modules_import_each_other_without_a_cycle() -> None:
    assert _cycle(import_graph()) is None


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_root_private_module_imports_a_subpackage() -> None:
    graph = import_graph()
    upward = sorted(
        f"{importer} -> {imported}"
        for importer, imported_ones in graph.items()
        if importer.count(".") == 1 and importer.split(".")[1].startswith("_")
        for imported in imported_ones
        if _in_subpackage(imported)
    )
    assert upward == []


def test_jobs_and_charges_are_siblings_jobs_never_imports_charges() -> None:
    """What jobs reads of a submission is a protocol of its own (`jobs._batch.Submission`)."""
    graph = import_graph()
    found = sorted(
        f"{importer} -> {imported}"
        for importer, imported_ones in graph.items()
        if importer.startswith("propexo.jobs")
        for imported in imported_ones
        if imported.startswith("propexo.charges")
    )
    assert found == []


def test_the_flow_kernel_imports_nothing_of_the_project() -> None:
    tree = ast.parse((PACKAGE / "_flow.py").read_text(encoding="utf-8"))
    imported = [
        node.module or "."
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.level or "propexo" in (node.module or ""))
    ]
    assert imported == []
