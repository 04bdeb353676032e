"""The `propexo` command line. It needs the `cli` extra (click, rich); the library does not."""

from __future__ import annotations

import sys
from collections.abc import Sequence

INSTALL_HINT = "the propexo command needs the 'cli' extra: pip install 'propexo-client[cli]'"


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point (`propexo = propexo.cli:main`)."""
    try:
        from ._app import app
    except ModuleNotFoundError as exc:
        if exc.name not in ("click", "rich"):
            raise
        print(f"propexo: {INSTALL_HINT} ({exc.name} is missing)", file=sys.stderr)
        raise SystemExit(2) from None
    app.main(args=list(argv) if argv is not None else None, prog_name="propexo")


__all__ = ["main"]
