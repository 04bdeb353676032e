"""`propexo charges submit --journal J` and `propexo charges reconcile --journal J`.

With a journal, a submit can be run again after any crash: it sends only the chunks that
were certainly not accepted, lists the ones in doubt, and resends those only when asked
(`--resend-unknown`). `reconcile` looks for the in-doubt chunks at Propexo instead.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TypedDict, Unpack

import click
from click.core import ParameterSource

from .._client import PropexoClient
from ..charges import Chunk, InvalidChargesError, SubmissionResult
from ..charges.internal import get_vendor
from ..journal import (
    ChunkEntry,
    ChunkState,
    Journal,
    JournaledSubmission,
    JournalError,
    JournalMismatchError,
    Reconciliation,
)
from ..journal.internal import journal_file
from ._exit import ExitCode
from ._input import (
    LOOKUP_ERRORS,
    Lookups,
    bad_input,
    lookup_failed,
    read_input,
    transaction_dates,
)
from ._jobs import describe, exit_code
from ._options import OUTPUT, F, connection_options, make_client
from ._output import LiveProgress, chunk_rows, row_ranges, submit_progress, write_rows_or_say

#: The journal of `charges submit FILE` when none is named: next to FILE.
JOURNAL_SUFFIX = ".journal.sqlite"


def default_journal(file: Path) -> Path:
    return file.with_name(file.name + JOURNAL_SUFFIX)


def journal_options(func: F) -> F:
    """--journal, --no-journal and --resend-unknown, for `charges submit`."""
    func = click.option(
        "--resend-unknown",
        is_flag=True,
        help="Send again the chunks in doubt (interrupted while sending, or answered with "
        "nothing). Only when you know they did not reach Propexo: see "
        "'propexo charges reconcile'.",
    )(func)
    func = click.option(
        "--no-journal",
        is_flag=True,
        help="Send without a journal: a rerun after a failure cannot tell what was accepted.",
    )(func)
    func = click.option(
        "--journal",
        type=OUTPUT,
        help=f"Journal file of this run (default: FILE{JOURNAL_SUFFIX}; created if missing, "
        "resumed if present): after a crash, run the same command again; accepted chunks are "
        "never sent twice.",
    )(func)
    return func


def _given(name: str) -> bool:
    """Whether the user set option `name` (a journal's own value wins over a default)."""
    source = click.get_current_context().get_parameter_source(name)
    return source not in (None, ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP)


def _refused(exc: JournalError, hint: str = "") -> SystemExit:
    click.echo(f"propexo: {exc}{hint}", err=True)
    return SystemExit(ExitCode.JOURNAL_REFUSED)


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


def result_rows(result: SubmissionResult, partition: str) -> list[dict[str, object]]:
    """One row per input row with its chunk's outcome (accepted, rejected, unknown, not sent)."""
    return chunk_rows(
        partition,
        (
            (chunk, str(c.outcome), c.job_id, c.error)
            for chunk, c in zip(result.plan.chunks, result.chunks, strict=True)
        ),
    )


def _start(
    file: Path,
    journal: Path,
    client: PropexoClient,
    integration_id: str,
    vendor: str,
    max_batch_size: int,
    by_default: bool,
) -> JournaledSubmission:
    if not _given("vendor") and journal.exists():
        # Resuming: the input's columns are those of the journal's vendor.
        try:
            with Journal.open(journal) as found:
                vendor = found.run.vendor
        except JournalError as exc:
            raise _refused(exc) from None
    charges = read_input(file, vendor)
    try:
        return JournaledSubmission.start(
            journal,
            charges,
            transaction_dates=transaction_dates(),
            integration_id=integration_id,
            vendor=vendor if _given("vendor") else None,
            max_batch_size=max_batch_size if _given("max_batch_size") else None,
            client=client,
            directory=Lookups(client, vendor, integration_id),
        )
    except InvalidChargesError as exc:
        bad_input(file, exc)
    except JournalMismatchError as exc:
        hint = ""
        if by_default:
            hint = (
                f" ({journal} is the default journal of {file.name}, kept from an earlier "
                "submit of it: to send a changed file, put only its rows not yet accepted in "
                "a new file (see that run's --output), or name another --journal)"
            )
        raise _refused(exc, hint) from None
    except JournalError as exc:
        raise _refused(exc) from None
    except LOOKUP_ERRORS as exc:
        lookup_failed(vendor, exc)


def _echo_run(result: SubmissionResult, chunks: tuple[ChunkEntry, ...]) -> None:
    click.echo(f"sent {len(result.sent)} batch request(s) in this run")
    _echo_counts(chunks, "after this run: ")
    for entry in chunks:
        if entry.state is not ChunkState.ACCEPTED:
            click.echo(f"  {_describe(entry)}")


def _echo_stopped(run: JournaledSubmission, why: str, kept: bool) -> None:
    """A journaled submit that stopped early: the journal knows every chunk's state."""
    chunks = run.chunks()
    click.echo(f"propexo: {why}", err=True)
    _echo_counts(chunks, "stopped: ")
    accepted = [c for c in chunks if c.state is ChunkState.ACCEPTED]
    if accepted:
        rows = row_ranges(r for c in accepted for r in run.plan.chunks[c.index].rows)
        never = "never sent again from this journal" if kept else "do not send these again"
        click.echo(f"  accepted ({never}): rows {rows}")
    for entry in chunks:
        if entry.state is not ChunkState.ACCEPTED:
            click.echo(f"  {_describe(entry)}")
    if kept:
        click.echo("to resume: run the same command again; accepted chunks are not sent again")
    else:
        click.echo(
            "to finish: submit only the rejected and not-sent rows (see --output); without a "
            "journal, running the same command again sends every chunk again"
        )


class SubmitArgs(TypedDict):
    """The options of `charges submit` that go through to the submit as they are."""

    base_url: str
    integration_id: str
    rate_limit: float
    vendor: str
    max_batch_size: int
    concurrency: int
    output: Path | None
    progress: bool | None
    resend_unknown: bool


def submit_with_journal(
    file: Path,
    journal: Path | None,
    *,
    by_default: bool,
    wait_timeout: float | None = None,
    **args: Unpack[SubmitArgs],
) -> None:
    """`charges submit`: start or resume the journal (`journal=None`, --no-journal: one in a
    temporary directory, deleted at the end), send what is safe, summarise, and with
    `wait_timeout` wait on every unfinished job of the journal (this run's and the jobs an
    earlier, interrupted run left), journaling their statuses. However the sending ends, every
    chunk's outcome is printed and written to `output`."""
    kept = journal is not None
    resend_unknown = args["resend_unknown"]
    with (
        make_client(args["base_url"], args["rate_limit"]) as client,
        journal_file(journal) as path,
        _start(
            file,
            path,
            client,
            args["integration_id"],
            args["vendor"],
            args["max_batch_size"],
            by_default,
        ) as run,
    ):
        _echo_before(run, kept, resend_unknown)
        todo = run.todo(resend_unknown=resend_unknown)
        result = _send(run, client, todo, args, kept)
        _echo_run(result, run.chunks())
        if not todo and run.resumed and result.ok:
            click.echo("nothing to send: every chunk was accepted by an earlier run")
        waited = (
            None
            if wait_timeout is None
            else _wait(run, client, wait_timeout, args["progress"], kept)
        )
    if kept:
        click.echo(f"journal: {result.journal}")
    if not result.ok:
        raise SystemExit(ExitCode.NOT_ALL_ACCEPTED)
    if waited:
        raise SystemExit(waited)


def _echo_before(run: JournaledSubmission, kept: bool, resend_unknown: bool) -> None:
    """Which journal this run uses, what it held, and the chunks in doubt it leaves alone."""
    before = run.chunks()
    if kept:
        click.echo(f"journal: {run.path} ({'resumed' if run.resumed else 'new'})")
    else:
        click.echo("without a journal: running this command again would send every chunk again")
    if run.resumed:
        _echo_counts(before, "  before this run: ")
    doubtful = tuple(c for c in before if c.state.in_doubt)
    if doubtful and not resend_unknown:
        _echo_in_doubt(run, doubtful)


def _send(
    run: JournaledSubmission,
    client: PropexoClient,
    todo: tuple[Chunk, ...],
    args: SubmitArgs,
    kept: bool,
) -> SubmissionResult:
    """Send `todo`; however that ends, every chunk's outcome is written to the output. A
    run stopped early (interrupted, an error) is reported and exits."""
    partition = get_vendor(run.plan.vendor).partition
    stopped: str | None = None
    code = ExitCode.NOT_ALL_ACCEPTED
    result: SubmissionResult | None = None
    try:
        with submit_progress(sum(len(c) for c in todo), args["progress"]) as hooks:
            result = run.submit(
                client,
                concurrency=args["concurrency"],
                resend_unknown=args["resend_unknown"],
                hooks=[hooks],
            )
    except JournalError as exc:
        raise _refused(exc) from None
    except KeyboardInterrupt:
        stopped, code = "interrupted while sending", ExitCode.INTERRUPTED
    except Exception as exc:  # after the first send nothing may go unreported
        stopped = f"stopped by an error while sending: {type(exc).__name__}: {exc}"
    finally:
        rows = result_rows(result or run.result(), partition)
        write_rows_or_say(args["output"], partition, rows)
    if stopped is not None or result is None:
        _echo_stopped(run, stopped or "stopped while sending", kept)
        if kept:
            click.echo(f"journal: {run.path}")
        raise SystemExit(code)
    return result


def _wait(
    run: JournaledSubmission,
    client: PropexoClient,
    timeout: float,
    progress: bool | None,
    kept: bool,
) -> int:
    """Wait on the journal's unfinished jobs; print each as it ends; the exit status."""
    chunk_of = {j.job_id: j.chunk_id for j in run.journal.jobs()}
    live = LiveProgress(len(run.unfinished_jobs()), "waiting for jobs", progress)
    try:
        with live.bar:
            reports = run.wait_jobs(client, timeout=timeout, on_progress=live)
    except JournalError as exc:
        raise _refused(exc) from None
    except KeyboardInterrupt:
        go_on = (
            "Run the same command with --wait again to go on waiting"
            if kept
            else "Go on with: propexo jobs wait " + " ".join(run.unfinished_jobs())
        )
        click.echo(
            f"propexo: interrupted while waiting for the jobs; the charges were sent. {go_on}",
            err=True,
        )
        raise SystemExit(ExitCode.INTERRUPTED) from None
    for job_id, report in reports.items():
        click.echo(f"  chunk {chunk_of.get(job_id, '?')}: {describe(report)}")
    # The whole run's outcome: jobs that ended in an earlier run count as much as these.
    final = Counter(j.write_status or "PENDING" for j in run.journal.jobs() if j.current)
    click.echo("jobs: " + ", ".join(f"{n} {status}" for status, n in sorted(final.items())))
    if final["FAILURE"] or final["PARTIAL_SUCCESS"]:
        return ExitCode.WRITE_FAILED
    return exit_code(reports.values())


def _echo_findings(found: Reconciliation) -> None:
    for finding in found.findings:
        verdict = "accepted" if finding.found else "still in doubt"
        click.echo(
            f"  {verdict} {finding.chunk_id} ({finding.matched}/{finding.size} charges "
            f"seen): {finding.note}"
        )


@click.command("reconcile")
@click.option("--journal", type=OUTPUT, required=True, help="The journal of the run.")
@connection_options
def reconcile_command(journal: Path, base_url: str, rate_limit: float) -> None:
    """Look for the journal's in-doubt chunks at Propexo: in its write logs, else among the
    synced resident charges. Found chunks become accepted; nothing is ever sent.

    The API is the one of --base-url (or PROPEXO_BASE_URL), never the one the journal file
    names: a journal naming another API is refused.

    Exit status: 0 when no chunk is left in doubt, 1 when some are, 4 when the journal is
    refused (in use, damaged, or of another API).
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
            run.journal.check_base_url(base_url)  # before a client (and its token) exists
        except JournalError as exc:
            raise _refused(exc) from None
        with make_client(base_url, rate_limit) as client:
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
        raise SystemExit(ExitCode.NOT_ALL_ACCEPTED)
