"""Per-row result files and the human summaries of plans and submissions."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from ..charges import Chunk, ChunkHooks, ChunkResult, Outcome, Plan, SubmissionResult

COLUMNS = ("row", "reference_number", "{partition}", "chunk", "job_id", "outcome", "error")


def write_rows(path: Path, partition: str, rows: Iterable[dict[str, object]]) -> None:
    """CSV, or JSON Lines when the file name ends in .jsonl/.ndjson."""
    columns = [c.format(partition=partition) for c in COLUMNS]
    with path.open("w", newline="", encoding="utf-8") as stream:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            for row in rows:
                stream.write(json.dumps({c: row.get(c) for c in columns}) + "\n")
            return
        writer = csv.DictWriter(stream, columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: "" if row.get(c) is None else row.get(c) for c in columns})


def planned_rows(plan: Plan, partition: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for chunk in plan.chunks:
        for row, charge in zip(chunk.rows, chunk.charges, strict=True):
            found.append(
                {
                    "row": row,
                    "reference_number": charge.reference_number,
                    partition: chunk.partition,
                    "chunk": chunk.id,
                    "outcome": "planned",
                }
            )
    found.sort(key=lambda r: int(str(r["row"])))
    return found


def result_rows(result: SubmissionResult, partition: str) -> list[dict[str, object]]:
    return [
        {
            "row": r.row,
            "reference_number": r.reference_number,
            partition: r.partition,
            "chunk": r.chunk_id,
            "job_id": r.job_id,
            "outcome": str(r.outcome),
            "error": r.error,
        }
        for r in result.rows()
    ]


def echo_plan(plan: Plan, partition: str) -> None:
    sizes: Counter[str] = Counter()
    chunks: Counter[str] = Counter()
    for chunk in plan.chunks:
        sizes[chunk.partition] += len(chunk)
        chunks[chunk.partition] += 1
    click.echo(
        f"{plan.charge_count} charges in {len(sizes)} {partition}(s): "
        f"{len(plan.chunks)} batch request(s) of at most {plan.max_batch_size}"
    )
    click.echo(f"input fingerprint {plan.input_fingerprint}")
    click.echo(f"plan fingerprint  {plan.fingerprint}")
    width = max([len(partition)] + [len(p) for p in sizes])
    click.echo(f"{partition:<{width}}  charges  chunks")
    for name in sizes:
        click.echo(f"{name:<{width}}  {sizes[name]:>7}  {chunks[name]:>6}")


def echo_summary(result: SubmissionResult) -> None:
    counts = result.counts()
    rows = Counter(r.outcome for r in result.rows())
    parts = [f"{counts[o]} {o} ({rows[o]} charges)" for o in Outcome]
    click.echo(f"{len(result.chunks)} chunk(s): " + ", ".join(parts))
    for chunk in result.chunks:
        if chunk.outcome is not Outcome.ACCEPTED:
            click.echo(
                f"  {chunk.outcome} {chunk.chunk_id} ({chunk.partition}, "
                f"{len(chunk.rows)} charges): {chunk.error}"
            )


class _ProgressHooks:
    """Advances a progress bar as chunk outcomes come in."""

    def __init__(self, bar: Progress, task: TaskID) -> None:
        self._bar = bar
        self._task = task

    def before_send(self, chunk: Chunk) -> None:
        pass

    def after_send(self, chunk: Chunk, result: ChunkResult) -> None:
        self._bar.advance(self._task, len(chunk))


@contextmanager
def submit_progress(total: int, shown: bool | None) -> Iterator[ChunkHooks]:
    """A bar of charges sent, on stderr (by default only when stderr is a terminal), and the
    chunk hooks that advance it."""
    console = Console(stderr=True)
    bar = Progress(
        TextColumn("submitting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("charges"),
        TimeElapsedColumn(),
        console=console,
        disable=not (console.is_terminal if shown is None else shown),
    )
    with bar:
        yield _ProgressHooks(bar, bar.add_task("submit", total=total))
