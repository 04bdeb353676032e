"""openapi-python-client is reached through one module, ``scripts/_generator.py``: a generator
upgrade is then checked in one place."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import ROOT

ADAPTER = "_generator.py"


def _generator_imports(path: Path) -> list[int]:
    """Lines of ``path`` that import openapi_python_client (or a module of it)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(
            n == "openapi_python_client" or n.startswith("openapi_python_client.") for n in names
        ):
            lines.append(node.lineno)
    return lines


def test_only_the_adapter_module_imports_the_generator() -> None:
    scripts = sorted((ROOT / "scripts").rglob("*.py"))
    found = {
        str(path.relative_to(ROOT)): lines
        for path in scripts
        if path.name != ADAPTER and (lines := _generator_imports(path))
    }

    assert scripts and _generator_imports(ROOT / "scripts" / ADAPTER)
    assert found == {}, "import openapi_python_client only in scripts/_generator.py"


def test_the_import_check_sees_plain_from_and_nested_imports(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import openapi_python_client\n"
        "def f():\n"
        "    from openapi_python_client.config import Config\n"
        "from openapi_python_client_extras import x\n",
        encoding="utf-8",
    )

    assert _generator_imports(module) == [1, 3]


@pytest.mark.slow
def test_a_generator_without_an_api_the_adapter_uses_is_one_toolchain_error_line() -> None:
    pytest.importorskip("openapi_python_client")
    from scripts import _generator
    from scripts._errors import ToolchainError

    with pytest.raises(ToolchainError) as raised, _generator._toolchain("class names"):
        from openapi_python_client import no_such_module  # type: ignore[attr-defined]  # noqa: F401

    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(f"openapi-python-client {_generator.version()} does not offer class")
    assert "scripts/requirements-regen.txt" in message
