"""How ``propexo_client.models`` resolves a name on first use (PEP 562).

The package's ``__getattr__`` (written by ``models_init.py.jinja``, which holds only the
tables) calls `resolve`: a model is imported from its own module and kept in the package's
namespace, so the next use is a plain attribute; an earlier, path-derived name is the class it
now is; a name a Propexo release changed is that class too, with a `DeprecationWarning` on
every use, pointing at the caller's line.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, MutableMapping
from importlib import import_module
from typing import Any


def resolve(
    package: str,
    namespace: MutableMapping[str, Any],
    name: str,
    *,
    modules: Mapping[str, str],
    aliases: Mapping[str, str],
    deprecated: Mapping[str, str],
) -> Any:
    """`package`'s attribute `name`, from its module (`modules`: name -> relative module),
    its earlier name (`aliases`), or its deprecated name (`deprecated`). Called by the
    package's ``__getattr__``: the warning's ``stacklevel`` counts that frame."""
    if name in deprecated:
        new = deprecated[name]
        warnings.warn(
            f"{package}.{name} is deprecated (a Propexo release renamed it): use {new}",
            DeprecationWarning,
            stacklevel=3,
        )
        return getattr(import_module(package), new)
    if name in aliases:
        value = getattr(import_module(package), aliases[name])
        namespace[name] = value
        return value
    module = modules.get(name)
    if module is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(import_module(module, package), name)
    namespace[name] = value
    return value
