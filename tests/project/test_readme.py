"""The README's Python example runs as written, against the fake Propexo."""

from __future__ import annotations

import builtins
import os
import re
import subprocess
import symtable
import sys
from pathlib import Path

import pytest

from tests.conftest import RM, ROOT, TOKEN, residents_by_location
from tests.fake_propexo import FakePropexo


def _python_blocks() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return "\n".join(re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL))


@pytest.mark.slow
def test_readme_example_runs_against_the_fake(fake: FakePropexo, tmp_path: Path) -> None:
    """Run twice, as a retried job would: the second run posts nothing (its journal, in the
    working directory, resumes)."""
    location = next(iter(residents_by_location(fake)))
    property_id = next(
        r.property_id for r in fake.state.residents.values() if location in r.location_ids
    )
    fake.add_resident("res-1", RM, property_id, location_ids=[location])
    env = {**os.environ, "PROPEXO_API_TOKEN": TOKEN, "PROPEXO_BASE_URL": fake.url}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _python_blocks()],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    for done in runs:
        assert done.returncode == 0, done.stderr
        assert re.search(
            rf"^1 {re.escape(location)} \S+ accepted \S+$", done.stdout, flags=re.MULTILINE
        )
    assert len(fake.batch_requests()) == 1  # the rerun sent nothing
    assert list(tmp_path.glob("rent-*.journal.sqlite"))
    done = runs[0]
    assert location in done.stdout  # the locations listing printed it
    assert re.search(
        rf"^1 {re.escape(location)} \S+ accepted \S+$", done.stdout, flags=re.MULTILINE
    )
    (accepted,) = fake.accepted_charges()
    month = accepted.charge["transaction_date"][:7]  # the README bills the month it is run in
    assert re.fullmatch(r"\d{4}-\d{2}", month), accepted.charge
    assert accepted.charge["reference_number"] == f"{month}-res-1"
    assert accepted.location_id == location
    assert TOKEN not in done.stdout + done.stderr


def _undefined_names(source: str) -> set[str]:
    """Names a block of code reads but neither imports, assigns nor gets from builtins."""
    top = symtable.symtable(source, "README.md", "exec")
    defined = {s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported()}
    used: set[str] = set()

    def walk(table: symtable.SymbolTable) -> None:
        for symbol in table.get_symbols():
            if symbol.is_referenced() and (table is top or symbol.is_global()):
                used.add(symbol.get_name())
        for child in table.get_children():
            walk(child)

    walk(top)
    return used - defined - set(dir(builtins))


def test_each_readme_python_block_imports_what_it_uses() -> None:
    """A reader copies one block, not the whole README: each must run on its own."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)

    missing = {n: names for n, block in enumerate(blocks) if (names := _undefined_names(block))}

    assert len(blocks) >= 4 and missing == {}
