"""Smoke test of a freshly generated package: every model goes through ``to_dict``/``from_dict``.

Run as a script on the scratch folder the generator wrote (``python _smoke.py DIR``), in its own
process so that nothing generated is imported into the regeneration script. For each model class it
builds an instance with every field set (from the type hints), then checks that
``from_dict(to_dict())`` gives back the same ``to_dict()``. A property named after a local of the
generated code (``d``, ``cls``, ``field_dict``, ...) fails this. It prints one JSON object: the
models that failed, with the first line of the error, and which model modules each operation module
and each model module imports, so the caller can count only operations whose models work.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import re
import sys
import types
import typing
import uuid
from pathlib import Path
from typing import Any


class NoSample(TypeError):
    """A field type this smoke test cannot make a value for: the model is skipped, not failed."""


_MODEL_IMPORT = re.compile(r"from \.+models\.(\w+) import")
_MAX_DEPTH = 3


def _shim_dateutil() -> None:
    """The regeneration toolchain does not carry python-dateutil; ISO parsing is all we need."""
    try:
        importlib.import_module("dateutil.parser")
    except ImportError:
        parser = types.ModuleType("dateutil.parser")
        parser.isoparse = dt.datetime.fromisoformat  # type: ignore[attr-defined]
        package = types.ModuleType("dateutil")
        package.parser = parser  # type: ignore[attr-defined]
        sys.modules.update({"dateutil": package, "dateutil.parser": parser})


_SIMPLE: dict[Any, Any] = {
    str: "text",
    int: 7,
    float: 1.5,
    bool: True,
    dt.datetime: dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    dt.date: dt.date(2024, 1, 2),
    uuid.UUID: uuid.UUID(int=7),
}


def _is_unset(hint: Any) -> bool:
    return getattr(hint, "__name__", "") == "Unset"


class _Samples:
    """Sample instances of the models, their names resolved in ``namespace`` (every public name
    of ``types`` and the models). A class's type hints are resolved once: a model nested in a
    thousand others would otherwise resolve its string annotations a thousand times."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self._hints: dict[type, dict[str, Any]] = {}

    def instance(self, cls: type, depth: int = 0) -> Any:
        hints = self._hints.get(cls)
        if hints is None:
            module = sys.modules[cls.__module__]
            hints = typing.get_type_hints(cls, globalns={**self.namespace, **vars(module)})
            self._hints[cls] = hints
        values = {
            field.name: self.sample(hints[field.name], depth)
            for field in cls.__attrs_attrs__  # type: ignore[attr-defined]
            if field.init and field.name in hints
        }
        return cls(**values)

    def sample(self, hint: Any, depth: int) -> Any:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            return self._union(args, depth)
        if origin is typing.Literal:
            return args[0]
        if origin is list:
            return [] if depth >= _MAX_DEPTH else [self.sample(args[0], depth + 1)]
        if origin is dict:
            return {"key": self.sample(args[1], depth + 1)} if args else {"key": "value"}
        if hint in _SIMPLE:
            return _SIMPLE[hint]
        if hint is Any or hint is object:
            return "any"
        if getattr(hint, "__name__", "") == "File":
            return hint(payload=io.BytesIO(b"x"), file_name="x")
        if hasattr(hint, "__attrs_attrs__"):
            return self.instance(hint, depth + 1)
        raise NoSample(f"no sample for {hint!r}")

    def _union(self, args: tuple[Any, ...], depth: int) -> Any:
        """The first real member's sample; deep down, the way out (UNSET or None) instead."""
        real = [a for a in args if a is not type(None) and not _is_unset(a)]
        if not real:
            return None
        if depth >= _MAX_DEPTH and len(real) < len(args):
            return self.namespace["UNSET"] if any(map(_is_unset, args)) else None
        return self.sample(real[0], depth)


def _imports(path: Path) -> list[str]:
    return sorted(set(_MODEL_IMPORT.findall(path.read_text(encoding="utf-8"))))


def _round_trip(cls: type, samples: _Samples) -> str | None:
    """Why a sample instance of model ``cls`` does not come back from ``from_dict(to_dict())``
    as it went (None when it does, or when this test cannot make one)."""
    try:
        instance = samples.instance(cls)
    except (NoSample, NameError):
        return None  # a limit of this test, not a defect of the model
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    try:
        wire = instance.to_dict()
        again = cls.from_dict(wire).to_dict()  # type: ignore[attr-defined]
        if again != wire:
            raise AssertionError("from_dict(to_dict()) changed the data")
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


def main(out_dir: Path, package: str) -> dict[str, Any]:
    # The package checked is the one that goes into generated/: importing it writes nothing
    # into it (1,323 .pyc files, and their time, otherwise).
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(out_dir))
    _shim_dateutil()
    root = out_dir / package
    models_dir = root / "models"
    modules = sorted(p.stem for p in models_dir.glob("*.py") if p.stem != "__init__")
    namespace: dict[str, Any] = {}
    loaded: dict[str, Any] = {}
    failed: dict[str, str] = {}
    types_module = importlib.import_module(f"{package}.types")
    namespace.update(vars(types_module))
    for name in modules:
        try:
            loaded[name] = importlib.import_module(f"{package}.models.{name}")
        except Exception as error:
            failed[name] = f"import: {type(error).__name__}: {error}".splitlines()[0]
            continue
        namespace.update({k: v for k, v in vars(loaded[name]).items() if not k.startswith("_")})
    samples = _Samples(namespace)
    for name, module in loaded.items():
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == module.__name__:
                why = _round_trip(cls, samples) if hasattr(cls, "from_dict") else None
                if why is not None:
                    failed[name] = f"{cls.__name__}: {why}".splitlines()[0]
    operations = {p.stem: _imports(p) for p in (root / "api").rglob("*.py") if p.stem != "__init__"}
    return {
        "failed": failed,
        "operations": operations,
        "models": {name: _imports(models_dir / f"{name}.py") for name in modules},
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2])))
