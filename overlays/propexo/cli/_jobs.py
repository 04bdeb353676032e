"""`propexo jobs status|wait|retry JOB_ID...`, and `--wait` for `propexo charges submit`.

Exit statuses (`ExitCode`, listed by `propexo --help`): OK when every job ended in SUCCESS,
WRITE_FAILED when any ended in FAILURE or PARTIAL_SUCCESS (submit: any row did not land),
BAD_INPUT for bad usage (a retry of a job that did not fail), API_FAILED when a job could
not be tracked (unknown id, unreadable answer, no answer), STILL_PENDING when a job was
still PENDING or in a status the spec does not list (`status`), or not ended at the timeout
(`wait`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import click

from .._errors import ConfigurationError, job_of
from ..jobs import (
    DEFAULT_WAIT_TIMEOUT,
    JobError,
    JobStatus,
    JobTimeoutError,
    JobTracker,
    NotRetryableError,
    WriteStatus,
)
from ..jobs.internal import report_job_id
from ._exit import ExitCode
from ._options import SECONDS, F, connection_options, make_client, progress_option
from ._output import LiveProgress

Report = JobStatus | JobError


def _json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")(func)


def describe(report: Report) -> str:
    """One line per job: its status and what came with it, or why it is not known."""
    if isinstance(report, JobTimeoutError):
        polls = report.last.polls if report.last else 0
        return f"{report.job_id}  PENDING  (still, after {report.timeout:g} s and {polls} polls)"
    if isinstance(report, JobError):
        return f"{job_of(report)}  ERROR  {type(report).__name__}: {_detail(report)}"
    line = f"{report.job_id}  {report.write_status}"
    if report.created_record_id:
        line += f"  record {report.created_record_id}"
    if report.errors:
        line += "  " + "; ".join(report.errors)
    return line


def _detail(error: JobError) -> str:
    """The error's text without the `job ID: ` that the line already shows."""
    return str(error).removeprefix(f"job {job_of(error)}: ")


def as_json(report: Report) -> str:
    if isinstance(report, JobError):
        last = getattr(report, "last", None)
        data: dict[str, Any] = {
            "job_id": job_of(report),
            "error": type(report).__name__,
            "message": _detail(report),
            "last": last.to_json() if last else None,
        }
        return json.dumps(data)
    return json.dumps(report.to_json())


def exit_code(reports: Iterable[Report]) -> ExitCode:
    """The most telling exit status for these reports (see the module docstring)."""
    found = list(reports)
    statuses = [r.write_status for r in found if isinstance(r, JobStatus)]
    if any(s in (WriteStatus.FAILURE, WriteStatus.PARTIAL_SUCCESS) for s in statuses):
        return ExitCode.WRITE_FAILED
    if any(isinstance(r, JobError) and not isinstance(r, JobTimeoutError) for r in found):
        return ExitCode.API_FAILED
    pending = any(isinstance(r, JobStatus) and not r.final for r in found)
    if pending or any(isinstance(r, JobTimeoutError) for r in found):
        return ExitCode.STILL_PENDING
    return ExitCode.OK


def _echo(report: Report, json_lines: bool) -> None:
    click.echo(as_json(report) if json_lines else describe(report))


@click.group()
def jobs() -> None:
    """Write jobs: their status, waiting for them, retrying failed ones."""


@jobs.command("status")
@click.argument("job_ids", metavar="JOB_ID...", nargs=-1, required=True)
@connection_options
@_json_option
def status_command(
    job_ids: tuple[str, ...], base_url: str, rate_limit: float, as_json: bool
) -> None:
    """Show each job's write status now (one request per job).

    Exit status: 0 all SUCCESS, 1 any FAILURE or PARTIAL_SUCCESS, 3 any job not found or
    not readable, 5 any still PENDING.
    """
    reports: list[Report] = []
    with make_client(base_url, rate_limit) as client:
        tracker = JobTracker(client)
        for job_id in dict.fromkeys(job_ids):
            try:
                report: Report = tracker.status(job_id)
            except ConfigurationError as error:
                raise click.BadParameter(str(error), param_hint="JOB_ID") from None
            except JobError as error:
                report = error
            except ValueError as error:
                raise click.BadParameter(str(error), param_hint="JOB_ID") from None
            reports.append(report)
            _echo(report, as_json)
    raise SystemExit(exit_code(reports))


@jobs.command("wait")
@click.argument("job_ids", metavar="JOB_ID...", nargs=-1, required=True)
@click.option(
    "--timeout",
    type=SECONDS,
    default=DEFAULT_WAIT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for all of them.",
)
@progress_option
@connection_options
@_json_option
def wait_command(
    job_ids: tuple[str, ...],
    timeout: float,
    progress: bool | None,
    base_url: str,
    rate_limit: float,
    as_json: bool,
) -> None:
    """Wait until every job has ended; print each one as soon as it ends.

    Exit status: 0 all SUCCESS, 1 any FAILURE or PARTIAL_SUCCESS, 3 any job not found or not
    readable, 5 any still PENDING at the timeout.
    """
    reports: list[Report] = []
    with make_client(base_url, rate_limit) as client:
        live = LiveProgress(len(dict.fromkeys(job_ids)), "waiting", progress)
        try:
            watch = JobTracker(client).watch(job_ids, timeout=timeout, on_progress=live)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="JOB_ID") from None
        try:
            with live.bar:
                for report in watch:
                    reports.append(report)
                    _echo(report, as_json)
        except KeyboardInterrupt:
            left = [
                j for j in dict.fromkeys(job_ids) if j not in {report_job_id(r) for r in reports}
            ]
            click.echo(
                f"propexo: interrupted while waiting; {len(reports)} job(s) reported above. "
                f"Go on with: propexo jobs wait {' '.join(left)}",
                err=True,
            )
            raise SystemExit(ExitCode.INTERRUPTED) from None
    raise SystemExit(exit_code(reports))


@jobs.command("retry")
@click.argument("job_id")
@connection_options
@_json_option
def retry_command(job_id: str, base_url: str, rate_limit: float, as_json: bool) -> None:
    """Requeue a write that ended in FAILURE; print the new job id.

    The status is checked first: a job that did not end in FAILURE is not retried (exit 2).
    Exit 3 when the job is unknown or the API failed.
    """
    with make_client(base_url, rate_limit) as client:
        try:
            chain = JobTracker(client).retry(job_id)
        except ConfigurationError as error:
            raise click.BadParameter(str(error), param_hint="JOB_ID") from None
        except NotRetryableError as error:
            click.echo(f"propexo: {error}", err=True)
            raise SystemExit(ExitCode.BAD_INPUT) from None
        except JobError as error:  # an error status, no answer, an unreadable answer
            click.echo(f"propexo: {error}", err=True)
            raise SystemExit(ExitCode.API_FAILED) from None
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="JOB_ID") from None
    if as_json:
        click.echo(json.dumps({"job_id": job_id, "retried_as": chain.current_job_id}))
    else:
        click.echo(f"{job_id} retried as {chain.current_job_id}")


# -- charges submit --wait -------------------------------------------------------------------


def wait_options(func: F) -> F:
    """--wait and --wait-timeout for `charges submit`."""
    func = click.option(
        "--wait-timeout",
        type=SECONDS,
        default=DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="With --wait: seconds to wait for the jobs.",
    )(func)
    func = click.option(
        "--wait",
        is_flag=True,
        help="Wait for the accepted chunks' jobs and print each chunk's final outcome.",
    )(func)
    return func
