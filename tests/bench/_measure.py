"""Small timing helpers shared by the bench modules: best-of-N wall time and ratio lines."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` wall times of ``action``, in seconds (the least disturbed run)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def ratio_line(
    label: str, ours: float, baseline: float, unit: str, aim: float | None = None
) -> str:
    verdict = (
        ""
        if aim is None
        else (f"  (aim <= {aim}x: {'met' if ours / baseline <= aim else 'NOT met'})")
    )
    return f"{label}: {ours:.3f} {unit} vs {baseline:.3f} {unit} = {ours / baseline:.2f}x{verdict}"
