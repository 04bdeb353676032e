"""Options shared by the commands, declared once: the connection, the integration, seconds,
file paths; and the client they configure.

Every option is checked while click parses the command line, and every path before the
first request: a bad value ends the command with exit status 2 and nothing sent.
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .._client import PropexoClient
from .._errors import ConfigurationError
from .._pacing import DEFAULT_RATE_LIMIT
from .._urls import resolve_base_url

TOKEN_ENV = "PROPEXO_API_TOKEN"
F = TypeVar("F", bound=Callable[..., Any])


class FiniteFloat(click.FloatRange):
    """A float range that also refuses nan and infinities (which compare false to any bound)."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


#: Requests per minute: positive and finite.
RATE = FiniteFloat(min=0, min_open=True)
#: A wait in seconds: zero or more, finite (a wait must end).
SECONDS = FiniteFloat(min=0)
#: An input file.
INPUT = click.Path(exists=True, dir_okay=False, path_type=Path)
#: A file this command writes (checked with `check_paths` before anything is sent).
OUTPUT = click.Path(dir_okay=False, path_type=Path)


def _base_url(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return resolve_base_url(value)
    except ConfigurationError as exc:
        raise click.BadParameter(str(exc)) from None


def _identifier(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("must not be empty")
    if value != value.strip():
        raise click.BadParameter(f"has leading or trailing whitespace: {value!r}")
    if any(unicodedata.category(c).startswith(("C", "Z")) for c in value):
        raise click.BadParameter(f"holds a space or control character: {value!r}")
    return value


def connection_options(func: F) -> F:
    """--base-url and --rate-limit (token: $PROPEXO_API_TOKEN, never an option, so that it
    shows neither in shell history nor in the process list)."""
    func = click.option(
        "--rate-limit",
        type=RATE,
        default=DEFAULT_RATE_LIMIT,
        show_default=True,
        help="Requests per minute to stay under (lowered by the server's x-ratelimit-limit).",
    )(func)
    func = click.option(
        "--base-url",
        envvar="PROPEXO_BASE_URL",
        default="production",
        show_default=True,
        callback=_base_url,
        help="'production', 'sandbox' or a URL (plain http only to loopback) "
        "[env PROPEXO_BASE_URL].",
    )(func)
    return func


def api_options(func: F) -> F:
    """The connection options and --integration-id."""
    func = click.option(
        "--integration-id",
        envvar="PROPEXO_INTEGRATION_ID",
        required=True,
        callback=_identifier,
        help="Propexo integration id [env PROPEXO_INTEGRATION_ID].",
    )(func)
    return connection_options(func)


def progress_option(func: F) -> F:
    """--progress/--no-progress: a live display on stderr, by default when it is a terminal."""
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Show live progress on stderr (default: when stderr is a terminal).",
    )(func)


def has_token() -> bool:
    return bool(os.environ.get(TOKEN_ENV, "").strip())


def make_client(base_url: str, rate_limit: float) -> PropexoClient:
    """The client of these options; without a token in the environment, a usage error."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise click.UsageError(f"set {TOKEN_ENV} to the API token")
    return PropexoClient(token, base_url=base_url, rate_limit=rate_limit)


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def _journal_file(path: Path, journal: Path) -> bool:
    """The journal itself or one of its companions (`.lock`, SQLite's `-wal`, `-journal`)."""
    if _same(path, journal):
        return True
    path, journal = path.resolve(), journal.resolve()
    return path.parent == journal.parent and path.name.startswith(journal.name)


def _hint(option: str) -> str:
    return f"'{option}'" if option.startswith("--") else option


def _check_writable(path: Path, option: str) -> None:
    """Open `path` for appending (creating nothing that was not there): the only check that
    holds for root, read-only file systems and paths through a file."""
    if path.is_dir():
        raise click.BadParameter(f"{path} is a directory", param_hint=_hint(option))
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as exc:
        raise click.BadParameter(
            f"{path} cannot be written: {exc.strerror or exc}", param_hint=_hint(option)
        ) from None
    if not existed:
        path.unlink(missing_ok=True)


def check_paths(
    source: Path, *, output: Path | None, journal: Path | None, journal_option: str = "--journal"
) -> None:
    """Refuse, before anything is sent, an output or journal that cannot be written or that
    would overwrite the input (or, for the output, the journal)."""
    if journal is not None:
        if _same(journal, source):
            raise click.BadParameter(
                f"{journal} is the input file", param_hint=_hint(journal_option)
            )
        _check_writable(journal, journal_option)
    if output is not None:
        if _same(output, source):
            raise click.BadParameter(f"{output} is the input file", param_hint="'--output'")
        if journal is not None and _journal_file(output, journal):
            raise click.BadParameter(f"{output} is the journal", param_hint="'--output'")
        _check_writable(output, "--output")
