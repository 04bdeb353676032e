"""The model smoke test counts an operation only when every model it uses round-trips; here on a
small hand-written package shaped like the generator's output (no generator run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import _generate

TYPES = """
class Unset:
    pass
UNSET = Unset()
"""

MODEL = """
from __future__ import annotations
from collections.abc import Mapping
from typing import Any
from attrs import define

@define
class {name}:
    {field}: str
    additional_properties: dict[str, Any] = {{}}

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["{field}"] = self.{field}
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> {name}:
        d = dict(src_dict)
        {field} = d.pop("{field}")
        {broken}
        return cls({field}={field}, additional_properties=d)
"""


def _package(root: Path) -> None:
    package = root / _generate.PACKAGE
    (package / "models").mkdir(parents=True)
    (package / "api" / "things").mkdir(parents=True)
    for path in (package, package / "models", package / "api", package / "api" / "things"):
        (path / "__init__.py").write_text("")
    (package / "types.py").write_text(TYPES)
    (package / "models" / "good.py").write_text(MODEL.format(name="Good", field="name", broken=""))
    # A property named like the generated code's local "d": the pop overwrites the dict.
    (package / "models" / "bad.py").write_text(
        MODEL.format(name="Bad", field="d", broken="d = d  # the local is now the value")
    )
    (package / "models" / "holder.py").write_text(
        MODEL.format(name="Holder", field="name", broken="") + "from ..models.bad import Bad\n"
    )
    api = package / "api" / "things"
    (api / "list_good.py").write_text("from ...models.good import Good\n")
    (api / "list_bad.py").write_text("from ...models.bad import Bad\n")
    (api / "list_holder.py").write_text("from ...models.holder import Holder\n")


def test_operations_whose_models_do_not_round_trip_are_not_counted(
    tmp_path: Path,
) -> None:
    _package(tmp_path)
    broken = _generate._smoke_result(_generate._start_smoke(tmp_path))
    assert sorted(broken) == ["list_bad", "list_holder"]  # list_holder uses Bad through Holder
    assert broken["list_bad"] == (
        "model bad: Bad: ValueError: dictionary update sequence element #0 has length 1; "
        "2 is required"
    )
    assert broken["list_holder"] == broken["list_bad"]


def test_the_smoke_test_leaves_no_bytecode_in_the_package_it_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package it checks is the one put in generated/: what it imports must not add to it.
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    _package(tmp_path)
    _generate._smoke_result(_generate._start_smoke(tmp_path))
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.is_dir() and p.suffix != ".py") == []
