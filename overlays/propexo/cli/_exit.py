"""Every exit status of the `propexo` command, in one place; `propexo --help` lists them."""

from __future__ import annotations

import enum


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
    #: Interrupted (Ctrl-C) after sending began; the outcomes so far were printed and written.
    INTERRUPTED = 130


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
    ExitCode.INTERRUPTED: "interrupted (Ctrl-C) while sending or waiting: outcomes so far "
    "printed and written",
}


def exit_status_help() -> str:
    """The exit statuses as a help epilog (`\\b` keeps click from rewrapping the table)."""
    lines = [f"{int(code):>3}  {_MEANINGS[code]}" for code in ExitCode]
    return "Exit status:\n\n\b\n" + "\n".join(lines)
