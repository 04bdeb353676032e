"""`propexo charges plan|submit FILE`: batch resident charges from CSV or JSON Lines."""

from __future__ import annotations

from pathlib import Path

import click

from .._client import PropexoClient
from .._errors import ApiError
from .._lookup import LookupFailedError
from ..charges import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BATCH_SIZE,
    VENDORS,
    InvalidChargesError,
    Plan,
    get_vendor,
    plan_charges,
    read_charges,
    submit_plan,
)
from ._jobs import submission_exit_code, wait_for_submission, wait_options
from ._journal import journal_options, reconcile_command, submit_with_journal
from ._options import EXIT_API_FAILED, EXIT_BAD_INPUT, EXIT_NOT_ALL_ACCEPTED, api_options
from ._options import make_client as _make_client
from ._output import (
    echo_plan,
    echo_summary,
    planned_rows,
    result_rows,
    submit_progress,
    write_rows,
)

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
OUTPUT = click.Path(dir_okay=False, writable=True, path_type=Path)


@click.group()
def charges() -> None:
    """Batch resident charges, split into one request per location (ResMan: property)."""


charges.add_command(reconcile_command)


def _plan_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--vendor",
        type=click.Choice(sorted(VENDORS)),
        default="rentmanager",
        show_default=True,
        help="PMS of the integration.",
    )(func)
    func = click.option(
        "--max-batch-size",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BATCH_SIZE,
        show_default=True,
        help="Most charges in one batch request.",
    )(func)
    return func


def _make_plan(
    file: Path, client: PropexoClient | None, integration_id: str, vendor: str, max_batch_size: int
) -> Plan:
    """Read, validate and plan; exit 2 on bad input, 3 when a lookup fails."""
    try:
        rows = read_charges(file)
        if not rows:
            raise click.UsageError(f"{file} holds no charges")
        return plan_charges(
            rows,
            integration_id=integration_id,
            vendor=vendor,
            max_batch_size=max_batch_size,
            client=client,
        )
    except InvalidChargesError as exc:
        click.echo(f"propexo: {file}: {exc}", err=True)
        raise SystemExit(EXIT_BAD_INPUT) from None
    except (ApiError, LookupFailedError) as exc:
        click.echo(f"propexo: looking up {get_vendor(vendor).partition}s failed: {exc}", err=True)
        raise SystemExit(EXIT_API_FAILED) from None
    except ValueError as exc:  # lookups needed but no client (no token)
        raise click.UsageError(f"{exc}; set PROPEXO_API_TOKEN") from None


@charges.command("plan")
@click.argument("file", type=FILE)
@api_options
@_plan_options
@click.option("--json", "as_json", is_flag=True, help="Print the plan as canonical JSON.")
@click.option("--output", type=OUTPUT, help="Write each row's planned location and chunk here.")
def plan_command(
    file: Path,
    base_url: str,
    integration_id: str,
    rate_limit: float,
    vendor: str,
    max_batch_size: int,
    as_json: bool,
    output: Path | None,
) -> None:
    """Validate FILE and show its plan without sending any charge.

    The API is read (locations and residents) only for rows without a location_id; that
    needs PROPEXO_API_TOKEN.
    """
    client = _make_client(base_url, rate_limit, required=False)
    try:
        plan = _make_plan(file, client, integration_id, vendor, max_batch_size)
    finally:
        if client is not None:
            client.close()
    partition = get_vendor(vendor).partition
    if as_json:
        click.echo(plan.dumps())
    else:
        echo_plan(plan, partition)
    if output is not None:
        write_rows(output, partition, planned_rows(plan, partition))


@charges.command("submit")
@click.argument("file", type=FILE)
@api_options
@_plan_options
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=DEFAULT_CONCURRENCY,
    show_default=True,
    help="Batch requests in flight at once.",
)
@click.option(
    "--output",
    type=OUTPUT,
    help="Write each row's location, chunk, job_id and outcome here (CSV or .jsonl).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: when stderr is a terminal).",
)
@journal_options
@wait_options
def submit_command(
    file: Path,
    base_url: str,
    integration_id: str,
    rate_limit: float,
    vendor: str,
    max_batch_size: int,
    concurrency: int,
    output: Path | None,
    progress: bool | None,
    journal: Path | None,
    resend_unknown: bool,
    wait: bool,
    wait_timeout: float,
) -> None:
    """Validate FILE, then post one batch request per chunk.

    Exit status: 0 when every chunk was accepted, 1 when any was rejected or its outcome is
    unknown (see the summary and --output), 2 for bad input, 3 when a lookup failed, 4 when
    the --journal is refused (another input or plan, in use, or damaged). With --wait: 1 also
    when any job ends in FAILURE or PARTIAL_SUCCESS, 5 when jobs are still pending at the end.
    """
    if journal is not None:
        return submit_with_journal(
            file,
            journal,
            base_url=base_url,
            integration_id=integration_id,
            rate_limit=rate_limit,
            vendor=vendor,
            max_batch_size=max_batch_size,
            concurrency=concurrency,
            output=output,
            progress=progress,
            resend_unknown=resend_unknown,
            wait_timeout=wait_timeout if wait else None,
        )
    if resend_unknown:
        raise click.UsageError("--resend-unknown needs --journal")
    client = _make_client(base_url, rate_limit, required=True)
    assert client is not None
    partition = get_vendor(vendor).partition
    with client:
        plan = _make_plan(file, client, integration_id, vendor, max_batch_size)
        with submit_progress(plan.charge_count, progress) as hooks:
            result = submit_plan(client, plan, concurrency=concurrency, hooks=[hooks])
        if output is not None:
            write_rows(output, partition, result_rows(result, partition))
        echo_summary(result)
        waited = wait_for_submission(client, result, wait_timeout, progress) if wait else None
    if not result.ok:
        raise SystemExit(EXIT_NOT_ALL_ACCEPTED)
    if waited is not None and submission_exit_code(waited):
        raise SystemExit(submission_exit_code(waited))
