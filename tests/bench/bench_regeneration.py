"""Regeneration and import cost, each against its baseline measured in the same run.

* regeneration wall time: ``scripts/regenerate.py`` (normalize, generate, format) against the raw
  generator on the same spec (``openapi-python-client generate`` with literal enums, which it needs
  to run at all, and its default ruff post hooks);
* importing one endpoint module: our lazy models against the generator's eager ``models/__init__``
  (wall time and peak traced memory, in fresh interpreters).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench._measure import ratio_line

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT.parent / "shared" / "propexo-spec" / "current.yml"
RUNS = 3

# Time and memory in separate interpreters: tracing allocations would slow the timed import.
_IMPORT_PROBE = """
import json, sys, time, tracemalloc
if sys.argv[2] == "memory":
    tracemalloc.start()
start = time.perf_counter()
__import__(sys.argv[1])
elapsed = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if sys.argv[2] == "memory" else 0
print(json.dumps({"seconds": elapsed, "peak": peak}))
"""


def _env_with_tools() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = (
        f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"  # ruff for the raw hooks
    )
    return env


def _ours(dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "regenerate.py"),
            "--spec",
            str(SPEC),
            "--dest",
            str(dest),
        ],
        check=True,
        capture_output=True,
        env=_env_with_tools(),
    )


def _raw(dest: Path, config: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--meta",
            "none",
            "--config",
            str(config),
            "--output-path",
            str(dest),
        ],
        check=True,
        capture_output=True,
        env=_env_with_tools(),
        cwd=dest.parent,
    )


def _turns(ours: Callable[[], None], raw: Callable[[], None]) -> tuple[tuple[float, float], ...]:
    """(wall, CPU) seconds of ``ours`` and of ``raw``, each the best of RUNS, their runs taking
    turns: load that drifts during the bench (a shared machine) weighs on both sides alike. The
    CPU time (of the child processes, which do all the work) is what that load disturbs least."""
    best = [(float("inf"), float("inf")), (float("inf"), float("inf"))]
    for _ in range(RUNS):
        for side, action in enumerate((ours, raw)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            action()
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            best[side] = (min(best[side][0], wall), min(best[side][1], cpu))
    return tuple(best)


def _import(package_parent: Path, module: str) -> dict[str, float]:
    # Byte-compile first, as an installed wheel is: both sides then load .pyc files, not source.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(package_parent)],
        check=True,
        capture_output=True,
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(package_parent)

    def probe(mode: str) -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE, module, mode],
            cwd=package_parent,
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        result: dict[str, float] = json.loads(done.stdout)
        return result

    return {
        "seconds": min(probe("time")["seconds"] for _ in range(RUNS)),
        "peak": min(probe("memory")["peak"] for _ in range(RUNS)),
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-regen-") as scratch:
        work = Path(scratch)
        config = work / "raw-config.yml"
        config.write_text("literal_enums: true\n")
        (ours, ours_cpu), (raw, raw_cpu) = _turns(
            lambda: _ours(work / "ours"), lambda: _raw(work / "raw", config)
        )
        print(
            ratio_line(
                "regeneration wall time, ours vs raw openapi-python-client", ours, raw, "s", aim=1.3
            )
        )
        print(ratio_line("  CPU time (the processes' user + system)", ours_cpu, raw_cpu, "s"))

        lazy = _import(
            work / "ours" / "generated",
            "propexo_client.api.resident_charges.batch_create_resident_charges_rentmanager",
        )
        eager = _import(
            work, "raw.api.billing_and_payments.post_v1_resident_charges_batch_rentmanager"
        )
        print(
            ratio_line(
                "import one endpoint module, wall time, lazy vs eager models",
                lazy["seconds"],
                eager["seconds"],
                "s",
                aim=0.15,
            )
        )
        print(
            ratio_line(
                "import one endpoint module, peak memory, lazy vs eager models",
                lazy["peak"] / 2**20,
                eager["peak"] / 2**20,
                "MiB",
                aim=0.15,
            )
        )
        # Both sides first pay for the package itself (client.py: httpx, attrs); what lazy models
        # change is everything above that floor.
        floor = _import(work / "ours" / "generated", "propexo_client")
        print(
            ratio_line(
                "  the same above the shared floor of `import propexo_client` (httpx, attrs)",
                (lazy["peak"] - floor["peak"]) / 2**20,
                (eager["peak"] - floor["peak"]) / 2**20,
                "MiB",
            )
        )
        print(
            ratio_line(
                "  wall time above that floor",
                lazy["seconds"] - floor["seconds"],
                eager["seconds"] - floor["seconds"],
                "s",
            )
        )


if __name__ == "__main__":
    main()
