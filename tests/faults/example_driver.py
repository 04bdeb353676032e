"""The downstream example (examples/billing_service.py) in a process that SIGKILLs itself at
a chosen point: the library path, as a service runs it, not the command.

    python -m tests.faults.example_driver [--kill KIND:N] -- EXAMPLE-ARGS...

KIND is one of tests/faults/driver.py's points before jobs are waited on (before_mark,
slot_wait, after_mark, on_accept, after_outcome). The client comes from the environment
(PROPEXO_API_TOKEN, PROPEXO_BASE_URL) with pacing off; job polls are made fast; charges are
validated around the tests' fixed today. Exits with the example's status.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import sys

from propexo import JobTracker, PropexoClient

from tests.conftest import FIXED_TODAY, ROOT
from tests.faults.driver import POLICY, install

KINDS = ("before_mark", "slot_wait", "after_mark", "on_accept", "after_outcome")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.example_driver")
    parser.add_argument("--kill", default="", help="KIND:N, KIND one of " + ", ".join(KINDS))
    parser.add_argument("example", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    args = [a for a in options.example if a != "--"]
    client = PropexoClient(rate_limit=1e6)  # token and base URL from the environment
    if options.kill:
        kind, _, at = options.kill.partition(":")
        if kind not in KINDS:
            parser.error(f"unknown kill point {kind!r}")
        install(kind, int(at), client.base_url)
    spec = importlib.util.spec_from_file_location(
        "billing_service", ROOT / "examples" / "billing_service.py"
    )
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = example
    spec.loader.exec_module(example)
    example.JobTracker = functools.partial(JobTracker, policy=POLICY)  # type: ignore[attr-defined]
    with client:
        code: int = example.main(args, client=client, today=FIXED_TODAY)
    return code


if __name__ == "__main__":
    sys.exit(main())
