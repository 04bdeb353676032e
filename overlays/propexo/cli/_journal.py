"""`propexo charges submit --journal J` and `propexo charges reconcile --journal J`.

With a journal, a submit can be run again after any crash: it sends only the chunks that
were certainly not accepted, lists the ones in doubt, and resends those only when asked
(`--resend-unknown`). `reconcile` looks for the in-doubt chunks at Propexo instead.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click
from click.core import ParameterSource

from .._client import PropexoClient
from .._errors import ApiError, ConfigurationError
from .._lookup import LookupFailedError
from .._pacing import DEFAULT_RATE_LIMIT
from .._urls import resolve_base_url
from ..charges import InvalidChargesError, get_vendor, read_charges
from ..journal import (
    ChunkEntry,
    ChunkState,
    JournaledSubmission,
    JournalError,
    Reconciliation,
    RunResult,
)
from ._jobs import EXIT_WRITE_FAILED, _LiveProgress, describe, exit_code
from ._options import EXIT_API_FAILED, EXIT_BAD_INPUT, EXIT_NOT_ALL_ACCEPTED, F, make_client
from ._output import submit_progress, write_rows

JOURNAL = click.Path(dir_okay=False, path_type=Path)
#: Exit status when a journal is refused: another input or plan, in use, or damaged.
EXIT_JOURNAL_REFUSED = 4


def journal_options(func: F) -> F:
    """--journal and --resend-unknown, for `charges submit`."""
    func = click.option(
        "--resend-unknown",
        is_flag=True,
        help="With --journal: send again the chunks in doubt (interrupted while sending, or "
        "answered with nothing). Only when you know they did not reach Propexo: see "
        "'propexo charges reconcile'.",
    )(func)
    func = click.option(
        "--journal",
        type=JOURNAL,
        help="Journal file of this run (created if missing, resumed if present): after a "
        "crash, run the same command again; accepted chunks are never sent twice.",
    )(func)
    return func


def _given(name: str) -> bool:
    """Whether the user set option `name` (a journal's own value wins over a default)."""
    source = click.get_current_context().get_parameter_source(name)
    return source not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)


def _refused(exc: JournalError) -> SystemExit:
    click.echo(f"propexo: {exc}", err=True)
    return SystemExit(EXIT_JOURNAL_REFUSED)


def _describe(entry: ChunkEntry) -> str:
    why = entry.error or (
        "the process ended while sending it" if entry.state is ChunkState.SENDING else ""
    )
    return f"{entry.state} {entry.chunk_id} ({entry.partition}, {entry.size} charges): {why}"


def _echo_in_doubt(run: JournaledSubmission, entries: tuple[ChunkEntry, ...]) -> None:
    click.echo(
        f"{len(entries)} chunk(s) in doubt, not sent again (their request may have been processed):"
    )
    for entry in entries:
        click.echo(f"  {_describe(entry)}")
    click.echo(f"  check them: propexo charges reconcile --journal {run.path}")
    click.echo("  or send them again (only if they never reached Propexo): --resend-unknown")


def _echo_counts(chunks: tuple[ChunkEntry, ...], prefix: str) -> None:
    states: Counter[ChunkState] = Counter()
    charges: Counter[ChunkState] = Counter()
    for entry in chunks:
        states[entry.state] += 1
        charges[entry.state] += entry.size
    parts = [f"{states[s]} {s} ({charges[s]} charges)" for s in ChunkState if states[s]]
    click.echo(f"{prefix}{len(chunks)} chunk(s): " + ", ".join(parts))


def journal_rows(result: RunResult, partition: str) -> list[dict[str, object]]:
    """One row per input row with its chunk's journaled state."""
    found: list[dict[str, object]] = []
    for entry in result.chunks:
        chunk = result.plan.chunks[entry.index]
        for row, charge in zip(chunk.rows, chunk.charges, strict=True):
            found.append(
                {
                    "row": row,
                    "reference_number": charge.reference_number,
                    partition: chunk.partition,
                    "chunk": chunk.id,
                    "job_id": entry.job_id,
                    "outcome": str(entry.state),
                    "error": entry.error,
                }
            )
    found.sort(key=lambda r: int(str(r["row"])))
    return found


def _start(
    file: Path,
    journal: Path,
    client: PropexoClient,
    integration_id: str,
    vendor: str,
    max_batch_size: int,
) -> JournaledSubmission:
    try:
        charges = read_charges(file)
        if not charges:
            raise click.UsageError(f"{file} holds no charges")
        return JournaledSubmission.start(
            journal,
            charges,
            integration_id=integration_id,
            vendor=vendor if _given("vendor") else None,
            max_batch_size=max_batch_size if _given("max_batch_size") else None,
            client=client,
        )
    except InvalidChargesError as exc:
        click.echo(f"propexo: {file}: {exc}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    except JournalError as exc:
        raise _refused(exc) from None
    except (ApiError, LookupFailedError) as exc:
        click.echo(f"propexo: looking up {get_vendor(vendor).partition}s failed: {exc}", err=True)
        raise SystemExit(EXIT_API_FAILED) from None


def submit_with_journal(
    file: Path,
    journal: Path,
    *,
    base_url: str,
    integration_id: str,
    rate_limit: float,
    vendor: str,
    max_batch_size: int,
    concurrency: int,
    output: Path | None,
    progress: bool | None,
    resend_unknown: bool,
    wait_timeout: float | None = None,
) -> None:
    """The journaled `charges submit`: start or resume, send what is safe, summarise, and
    with `wait_timeout` wait on every unfinished job of the journal (this run's and the jobs
    an earlier, interrupted run left), journaling their statuses."""
    client = make_client(base_url, rate_limit, required=True)
    assert client is not None
    with client, _start(file, journal, client, integration_id, vendor, max_batch_size) as run:
        before = run.chunks()
        state = "resumed" if run.resumed else "new"
        click.echo(f"journal: {run.path} ({state})")
        if run.resumed:
            _echo_counts(before, "  before this run: ")
        doubtful = tuple(c for c in before if c.state.in_doubt)
        if doubtful and not resend_unknown:
            _echo_in_doubt(run, doubtful)
        todo = run.todo(resend_unknown=resend_unknown)
        try:
            with submit_progress(sum(len(c) for c in todo), progress) as hooks:
                result = run.submit(
                    client, concurrency=concurrency, resend_unknown=resend_unknown, hooks=[hooks]
                )
        except JournalError as exc:
            raise _refused(exc) from None
        partition = get_vendor(result.plan.vendor).partition
        if output is not None:
            write_rows(output, partition, journal_rows(result, partition))
        click.echo(f"sent {len(result.sent.chunks)} batch request(s) in this run")
        _echo_counts(result.chunks, "after this run: ")
        for entry in result.chunks:
            if entry.state is not ChunkState.ACCEPTED:
                click.echo(f"  {_describe(entry)}")
        waited = None if wait_timeout is None else _wait(run, client, wait_timeout, progress)
    click.echo(f"journal: {result.journal}")
    if not result.ok:
        raise SystemExit(EXIT_NOT_ALL_ACCEPTED)
    if waited:
        raise SystemExit(waited)


def _wait(
    run: JournaledSubmission, client: PropexoClient, timeout: float, progress: bool | None
) -> int:
    """Wait on the journal's unfinished jobs; print each as it ends; the exit status."""
    chunk_of = {j.job_id: j.chunk_id for j in run.journal.jobs()}
    live = _LiveProgress(len(run.unfinished_jobs()), "waiting for jobs", progress)
    try:
        with live.bar:
            reports = run.wait_jobs(client, timeout=timeout, on_progress=live)
    except JournalError as exc:
        raise _refused(exc) from None
    for job_id, report in reports.items():
        click.echo(f"  chunk {chunk_of.get(job_id, '?')}: {describe(report)}")
    # The whole run's outcome: jobs that ended in an earlier run count as much as these.
    final = Counter(j.write_status or "PENDING" for j in run.journal.jobs() if j.current)
    click.echo("jobs: " + ", ".join(f"{n} {status}" for status, n in sorted(final.items())))
    if final["FAILURE"] or final["PARTIAL_SUCCESS"]:
        return EXIT_WRITE_FAILED
    return exit_code(reports.values())


def _echo_findings(found: Reconciliation) -> None:
    for finding in found.findings:
        verdict = "accepted" if finding.found else "still in doubt"
        click.echo(
            f"  {verdict} {finding.chunk_id} ({finding.matched}/{finding.size} charges "
            f"seen): {finding.note}"
        )


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return None if value is None else resolve_base_url(value)
    except ConfigurationError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("reconcile")
@click.option("--journal", type=JOURNAL, required=True, help="The journal of the run.")
@click.option(
    "--base-url",
    envvar="PROPEXO_BASE_URL",
    default="production",
    show_default=True,
    callback=_base_url,
    help="'production', 'sandbox' or a URL [env PROPEXO_BASE_URL]; refused unless it is the "
    "journal's (a journal never chooses where the token goes).",
)
@click.option(
    "--rate-limit",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_RATE_LIMIT,
    show_default=True,
    help="Requests per minute to stay under.",
)
def reconcile_command(journal: Path, base_url: str | None, rate_limit: float) -> None:
    """Look for the journal's in-doubt chunks at Propexo: in its write logs, else among the
    synced resident charges. Found chunks become accepted; nothing is ever sent.

    Exit status: 0 when no chunk is left in doubt, 1 when some are, 4 when the journal is
    refused (in use or damaged).
    """
    if not journal.exists():
        raise click.UsageError(f"no journal at {journal}")
    try:
        run = JournaledSubmission.resume(journal)
    except JournalError as exc:
        raise _refused(exc) from None
    with run:
        click.echo(f"journal: {run.path}")
        try:
            run.journal.check_base_url(base_url or "")
        except JournalError as exc:
            raise _refused(exc) from None
        client = make_client(base_url or "", rate_limit, required=True)
        assert client is not None
        with client:
            try:
                found = run.reconcile(client)
            except JournalError as exc:
                raise _refused(exc) from None
        if not found.findings:
            click.echo("no chunk is in doubt: nothing to reconcile")
        _echo_findings(found)
        chunks = run.chunks()
    _echo_counts(chunks, "after reconciling: ")
    if any(c.state.in_doubt for c in chunks):
        raise SystemExit(EXIT_NOT_ALL_ACCEPTED)
