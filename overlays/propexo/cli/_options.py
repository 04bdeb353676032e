"""Options shared by commands that talk to the API (and the client they configure)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .._client import PropexoClient
from .._errors import ConfigurationError
from .._pacing import DEFAULT_RATE_LIMIT
from .._urls import resolve_base_url

TOKEN_ENV = "PROPEXO_API_TOKEN"
F = TypeVar("F", bound=Callable[..., Any])

#: Exit statuses: 0 all accepted, 1 some chunk rejected or unknown, 2 bad usage or input,
#: 3 the API failed before anything was sent.
EXIT_NOT_ALL_ACCEPTED, EXIT_BAD_INPUT, EXIT_API_FAILED = 1, 2, 3


def _base_url(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        return resolve_base_url(value)
    except ConfigurationError as exc:
        raise click.BadParameter(str(exc)) from None


def connection_options(func: F) -> F:
    """--base-url and --rate-limit (token: $PROPEXO_API_TOKEN, never an option, so that it
    shows neither in shell history nor in the process list)."""
    func = click.option(
        "--rate-limit",
        type=click.FloatRange(min=0, min_open=True),
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
        help="Propexo integration id [env PROPEXO_INTEGRATION_ID].",
    )(func)
    return connection_options(func)


def token_from_env() -> str | None:
    token = os.environ.get(TOKEN_ENV, "").strip()
    return token or None


def make_client(base_url: str, rate_limit: float, *, required: bool) -> PropexoClient | None:
    token = token_from_env()
    if token is None:
        if required:
            raise click.UsageError(f"set {TOKEN_ENV} to the API token")
        return None
    return PropexoClient(token, base_url=base_url, rate_limit=rate_limit)
