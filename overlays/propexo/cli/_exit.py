"""Every exit status of the `propexo` command, in one place; `propexo --help` lists them; and
the stop signals every command handles (`signals_handled`)."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager

import click

from .._signals import stop_on_signals


class ExitCode(enum.IntEnum):
    #: Every chunk accepted (and with --wait, or for jobs commands, every job SUCCESS).
    OK = 0
    #: Not everything landed: a chunk rejected, unknown or not sent, or a job that ended in
    #: FAILURE or PARTIAL_SUCCESS. The summary and --output say which rows.
    NOT_ALL_ACCEPTED = 1
    WRITE_FAILED = 1  # the same status, as the jobs commands name it
    #: Bad usage, options or input file; nothing was sent.
    BAD_INPUT = 2
    #: The API failed before anything was sent (a lookup), or a job could not be tracked.
    API_FAILED = 3
    #: The journal is refused: another input, plan or API, in use, or damaged.
    JOURNAL_REFUSED = 4
    #: A job is still PENDING (jobs status), or still PENDING when the wait ran out.
    STILL_PENDING = 5
    #: Stopped by a signal after sending began, as Ctrl-C (SIGINT) does, exits 128 + its
    #: number: SIGHUP (a closed terminal), SIGINT, SIGTERM (docker stop, systemd, Kubernetes).
    #: The outcomes so far were printed and written.
    HANGUP = 129
    INTERRUPTED = 130
    TERMINATED = 143


_MEANINGS = {
    ExitCode.OK: "done: every chunk accepted (with --wait, and for jobs: every job SUCCESS)",
    ExitCode.NOT_ALL_ACCEPTED: "not all landed: a chunk rejected, unknown or not sent, or a "
    "job FAILURE or PARTIAL_SUCCESS",
    ExitCode.BAD_INPUT: "bad usage, option or input file: nothing was sent",
    ExitCode.API_FAILED: "the API failed before anything was sent (a lookup), or a job "
    "could not be tracked",
    ExitCode.JOURNAL_REFUSED: "the journal is refused (another input, plan or API; in use; "
    "damaged)",
    ExitCode.STILL_PENDING: "jobs still PENDING (jobs status, or at the end of a wait)",
    ExitCode.HANGUP: "hung up (SIGHUP): as 130",
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C, SIGINT) while sending or waiting: outcomes so "
    "far printed and written",
    ExitCode.TERMINATED: "terminated (SIGTERM: docker stop, systemd, Kubernetes): as 130",
}


def exit_status_help() -> str:
    """The exit statuses as a help epilog (`\\b` keeps click from rewrapping the table)."""
    lines = [f"{int(code):>3}  {_MEANINGS[code]}" for code in ExitCode]
    return "Exit status:\n\n\b\n" + "\n".join(lines)


@contextmanager
def signals_handled() -> Iterator[None]:
    """Around a command: SIGTERM and SIGHUP take the path of Ctrl-C (`propexo.stop_on_signals`:
    requests in flight end and are recorded, outcomes printed and written), and the command
    exits 128 + the signal's number (the commands say INTERRUPTED; this knows which signal).
    An interrupt no command caught (before sending began) ends the same way, in one line."""
    with stop_on_signals() as stop:
        try:
            yield
        except KeyboardInterrupt:
            name = stop.received.name if stop.received is not None else "Ctrl-C"
            click.echo(f"propexo: interrupted ({name})", err=True)
            raise SystemExit(_status(stop.received)) from None
        except SystemExit as exc:
            if exc.code != ExitCode.INTERRUPTED or stop.received is None:
                raise
            click.echo(f"propexo: stopped by {stop.received.name}", err=True)
            raise SystemExit(_status(stop.received)) from None


def _status(signum: int | None) -> int:
    return ExitCode.INTERRUPTED if signum is None else 128 + signum
