"""Helpers of the webhook tests: the example's WSGI receiver served on 127.0.0.1 in a thread,
and signing done with hashlib/hmac directly (not with the library under test)."""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import io
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from tests.conftest import ROOT

SECRET = "whsec-test-0123456789"


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def example() -> ModuleType:
    """examples/webhook_receiver.py, imported as a module."""
    path = Path(ROOT) / "examples" / "webhook_receiver.py"
    spec = importlib.util.spec_from_file_location("webhook_receiver", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@attrs.define
class Served:
    """The example's receiver, served: its URL, what it printed, the failures it passed on."""

    url: str
    out: io.StringIO
    failures: list[Any]

    def lines(self) -> list[str]:
        return self.out.getvalue().splitlines()


@contextmanager
def served_receiver(
    on_failure: Callable[[Any], object] | None = None, secret: str = SECRET
) -> Iterator[Served]:
    """The example's WSGI app on 127.0.0.1 (a free port) in a thread, until the block ends."""
    module = example()
    out = io.StringIO()
    failures: list[Any] = []

    def failed(event: Any) -> None:
        failures.append(event)
        if on_failure is not None:
            on_failure(event)

    receiver = module.build_receiver(secret, out=out, on_failure=failed)
    server = module.serve(receiver, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_port}/propexo", out, failures)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
