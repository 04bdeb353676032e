"""The root click group; each command family lives in its own module and registers here."""

from __future__ import annotations

from typing import Any

import click

from .._version import __version__
from ._charges import charges
from ._exit import exit_status_help, signals_handled
from ._jobs import jobs


class _Commands(click.Group):
    """The root group: every command runs with the stop signals handled (`signals_handled`)."""

    def invoke(self, ctx: click.Context) -> Any:
        with signals_handled():
            return super().invoke(ctx)


@click.group(
    cls=_Commands,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=exit_status_help(),
)
@click.version_option(__version__, prog_name="propexo")
def app() -> None:
    """Propexo API from the command line. The token is read from PROPEXO_API_TOKEN."""


app.add_command(charges)
app.add_command(jobs)
