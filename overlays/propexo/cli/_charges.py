"""`propexo charges plan|submit FILE`: batch resident charges from CSV or JSON Lines."""

from __future__ import annotations

from pathlib import Path
from typing import Unpack

import click

from .._client import PropexoClient
from ..charges import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_BATCH_SIZE,
    VENDORS,
    InvalidChargesError,
    Plan,
    plan_charges,
)
from ..charges.internal import get_vendor
from ._input import (
    LOOKUP_ERRORS,
    Lookups,
    bad_input,
    columns_help,
    date_window,
    lookup_failed,
    read_input,
    transaction_dates,
)
from ._jobs import wait_options
from ._journal import (
    SubmitArgs,
    default_journal,
    journal_options,
    reconcile_command,
    submit_with_journal,
)
from ._options import (
    INPUT,
    OUTPUT,
    api_options,
    check_paths,
    has_token,
    make_client,
    progress_option,
)
from ._output import echo_plan, planned_rows, write_rows_or_say


@click.group()
def charges() -> None:
    """Batch resident charges, split into one request per location (ResMan: property)."""


charges.add_command(reconcile_command)


def _plan_options(func: click.decorators.FC) -> click.decorators.FC:
    func = click.option(
        "--transaction-dates",
        metavar="EARLIEST..LATEST",
        expose_value=False,
        callback=date_window,
        help="Plausible transaction dates (ISO dates, either side may be empty: "
        "2019-01-01..); default: 5 years before today to 1 year after.",
    )(func)
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
    charges = read_input(file, vendor)
    try:
        return plan_charges(
            charges,
            transaction_dates=transaction_dates(),
            integration_id=integration_id,
            vendor=vendor,
            max_batch_size=max_batch_size,
            client=client,
            directory=Lookups(client, vendor, integration_id),
        )
    except InvalidChargesError as exc:
        bad_input(file, exc)
    except LOOKUP_ERRORS as exc:
        lookup_failed(vendor, exc)


@charges.command("plan", epilog=columns_help())
@click.argument("file", type=INPUT)
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

    The API is read (locations and residents) only for rows without a location_id (ResMan:
    property_id); that needs PROPEXO_API_TOKEN.
    """
    check_paths(file, output=output, journal=None)
    client = make_client(base_url, rate_limit) if has_token() else None
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
        write_rows_or_say(output, partition, planned_rows(plan, partition))


@charges.command("submit", epilog=columns_help())
@click.argument("file", type=INPUT)
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
@progress_option
@journal_options
@wait_options
def submit_command(
    file: Path,
    journal: Path | None,
    no_journal: bool,
    wait: bool,
    wait_timeout: float,
    **args: Unpack[SubmitArgs],
) -> None:
    """Validate FILE, then post one batch request per chunk, through a journal.

    The journal (by default FILE.journal.sqlite, next to FILE) makes a rerun of the same
    command safe: it resumes, and never sends an accepted chunk again. --no-journal sends the
    same way with a journal that is deleted at the end: a rerun sends every chunk again.

    Exit status: see 'propexo --help' (0 every chunk accepted; 1 any rejected, unknown or not
    sent; 2 bad input; 3 a lookup failed; 4 journal refused; with --wait 1 also for a failed
    job, 5 for jobs still pending; 130 interrupted).
    """
    if no_journal and (journal is not None or args["resend_unknown"]):
        given = "--journal" if journal is not None else "--resend-unknown"
        raise click.UsageError(f"{given} needs a journal: drop --no-journal")
    chosen = None if no_journal else (journal or default_journal(file))
    check_paths(
        file,
        output=args["output"],
        journal=chosen,
        journal_option="--journal"
        if journal is not None
        else "the default journal (give --journal PATH or --no-journal)",
    )
    submit_with_journal(
        file,
        chosen,
        by_default=journal is None,
        wait_timeout=wait_timeout if wait else None,
        **args,
    )
