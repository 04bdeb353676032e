"""What the commands show and write: per-row result files, the summary of a plan, and the
progress bars (on stderr)."""

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

from ..charges import Chunk, ChunkHooks, ChunkResult, Plan
from ..jobs import Progress as JobProgress

COLUMNS = ("row", "reference_number", "{partition}", "chunk", "job_id", "outcome", "error")
#: A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_rows(path: Path, partition: str, rows: Iterable[dict[str, object]]) -> None:
    """CSV (formula-safe), or JSON Lines (values as they are) when the file name ends in
    .jsonl/.ndjson."""
    columns = [c.format(partition=partition) for c in COLUMNS]
    with path.open("w", newline="", encoding="utf-8") as stream:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            for row in rows:
                stream.write(json.dumps({c: row.get(c) for c in columns}) + "\n")
            return
        writer = csv.DictWriter(stream, columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {c: "" if row.get(c) is None else spreadsheet_safe(row.get(c)) for c in columns}
            )


def write_rows_or_say(path: Path | None, partition: str, rows: list[dict[str, object]]) -> None:
    """`write_rows`, when asked for; a failure to write is said (on stderr), not raised, so
    that the summary of what was sent is still printed."""
    if path is None:
        return
    try:
        write_rows(path, partition, rows)
    except OSError as exc:
        click.echo(f"propexo: --output {path} could not be written: {exc}", err=True)


#: One chunk as a result file tells it: the chunk, its outcome, its job id and its error.
ChunkRow = tuple[Chunk, str, str | None, str | None]


def chunk_rows(partition: str, chunks: Iterable[ChunkRow]) -> list[dict[str, object]]:
    """The rows of a result file (`write_rows`): one per input row of each chunk, with its
    chunk's outcome, job id and error, in input-row order. The one builder of such rows, for
    every command that writes `--output`."""
    found: list[tuple[int, dict[str, object]]] = [
        (
            row,
            {
                "row": row,
                "reference_number": charge.reference_number,
                partition: chunk.partition,
                "chunk": chunk.id,
                "job_id": job_id,
                "outcome": outcome,
                "error": error,
            },
        )
        for chunk, outcome, job_id, error in chunks
        for row, charge in zip(chunk.rows, chunk.charges, strict=True)
    ]
    found.sort(key=lambda pair: pair[0])
    return [fields for _, fields in found]


def planned_rows(plan: Plan, partition: str) -> list[dict[str, object]]:
    """`charges plan --output`: every row planned (no job, no error)."""
    return chunk_rows(partition, ((chunk, "planned", None, None) for chunk in plan.chunks))


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


def row_ranges(rows: Iterable[int]) -> str:
    """`1-4, 9, 11-12`: input rows, compactly."""
    spans: list[list[int]] = []
    for row in sorted(rows):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _stderr_bar(label: str, after: str, shown: bool | None) -> Progress:
    """A progress bar on stderr: `label`, the bar, done/total, `after` (rich text, may name a
    task field) and the time taken. Shown when `shown`, by default only when stderr is a
    terminal."""
    console = Console(stderr=True)
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(after),
        TimeElapsedColumn(),
        console=console,
        disable=not (console.is_terminal if shown is None else shown),
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
    with _stderr_bar("submitting", "charges", shown) as bar:
        yield _ProgressHooks(bar, bar.add_task("submit", total=total))


class LiveProgress:
    """A bar of jobs with counts per final status, on stderr (by default only when stderr is
    a terminal), fed by a job tracker's `on_progress`."""

    def __init__(self, total: int, label: str, shown: bool | None) -> None:
        self.bar = _stderr_bar(label, "{task.fields[counts]}", shown)
        self.task = self.bar.add_task(label, total=total, counts="")

    def __call__(self, progress: JobProgress) -> None:
        counts = (
            f"{progress.success} ok, {progress.partial_success} partial, "
            f"{progress.failure} failed, {progress.errors} not tracked, {progress.polls} polls"
        )
        self.bar.update(self.task, completed=progress.done, counts=counts)
