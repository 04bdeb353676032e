"""propexo_client/_version.py: the distribution's version and the spec the code came from.

The version is written once, in overlays/propexo/_version.py (hatch reads it too); every
generation writes it, with the spec's identity, into the generated package.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

#: The distribution's version is written once, here; the generated package repeats it.
VERSION_FILE = Path(__file__).resolve().parents[1] / "overlays" / "propexo" / "_version.py"


class VersionFileError(RuntimeError):
    """The version file holds no `__version__ = "..."` line."""


def version() -> str:
    found = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(), flags=re.MULTILINE)
    if found is None:
        raise VersionFileError(f'{VERSION_FILE}: no `__version__ = "..."` line')
    return found.group(1)


def version_module(document: dict[str, object], text: str) -> str:
    """The module's source: `text` is the normalized openapi.yaml the code is generated from."""
    info = document.get("info")
    spec_version = str(info.get("version", "unknown")) if isinstance(info, dict) else "unknown"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return (
        '"""The distribution\'s version and the Propexo spec this package was generated from.\n\n'
        "Written by scripts/regenerate.py: SPEC_VERSION is the spec's info.version, then the\n"
        'SHA-256 of the normalized openapi.yaml the code was generated from.\n"""\n\n'
        f'__version__ = "{version()}"\n'
        f'SPEC_SHA256 = "{digest}"\n'
        f"SPEC_VERSION = {json.dumps(f'{spec_version}+sha256.{digest}')}\n"
    )
