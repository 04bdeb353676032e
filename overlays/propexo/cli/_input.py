"""An input file's charges and the lookups its plan needs, each failure with its own cause.

Reading ends with exit 2 naming rows and fields; a lookup that cannot run without a token is
a usage error naming the missing column and the token; a lookup that fails is exit 3 naming
the lookup. No broad `except ValueError`: each cause is caught where it arises.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import NoReturn

import click
import httpx

from .._client import PropexoClient
from .._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ResponseValidationError,
)
from .._sanitize import clean_text
from ..charges import VENDORS, Charge, DateWindow, InvalidChargesError, read_charges
from ..charges.internal import SPECS, Memberships, Vendor, directory_for, get_vendor
from ._exit import ExitCode
from ._options import TOKEN_ENV

_DATES_KEY = "propexo.transaction_dates"

#: What the help adds to some columns (the checks declared with `Charge`'s fields enforce it).
_COLUMN_NOTES = {
    "transaction_date": "ISO 8601 with an offset: 2026-01-01T00:00:00Z",
    "notes": "free text, may be empty",
    "amount_in_cents": "whole cents: 125000 for 1,250.00",
}


def columns_help() -> str:
    """FILE's columns, for the help of `charges plan|submit`: every `Charge` field in declared
    order, with the vendors (`--vendor`) that require or take it, a vendor's partition field
    naming its vendor. Made from the declarations, so that a field added to `Charge` or a
    vendor is listed without touching the command."""
    width = max(map(len, SPECS))
    lines = [
        "\b",
        "FILE: CSV (comma-separated, with a header) or JSON Lines (one object a line),",
        "UTF-8, one charge a row. Its columns (keys):",
    ]
    for name, spec in SPECS.items():
        note = _COLUMN_NOTES.get(name, "")
        partitions = [
            f"{v.label}: the {v.partition}" + ("" if name in v.required else " (else looked up)")
            for v in VENDORS.values()
            if v.charge_field == name
        ]
        note = "; ".join(partitions) or note
        lines.append(f"  {name:<{width}}  {_needed_by(name, spec.required)}  {note}".rstrip())
    return "\n".join(lines)


def _needed_by(name: str, required: bool) -> str:
    """`required` (by every vendor), else which vendors require it and which may take it."""
    if required:
        return "required"
    needs = [v.name for v in VENDORS.values() if name in v.required]
    takes = [v.name for v in VENDORS.values() if name not in v.required and name in v.fields]
    parts = [
        f"{word} for {', '.join(names)}"
        for word, names in (("required", needs), ("optional", takes))
        if names
    ]
    return "; ".join(parts) or "optional"


def date_window(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """`--transaction-dates`: kept in the context for `transaction_dates()` (no parameter)."""
    if value is not None:
        try:
            ctx.meta[_DATES_KEY] = DateWindow.parse(value)
        except ConfigurationError as exc:
            raise click.BadParameter(str(exc), ctx, param) from None


def transaction_dates() -> DateWindow | None:
    """The `--transaction-dates` window of the running command (None: the default)."""
    window: DateWindow | None = click.get_current_context().meta.get(_DATES_KEY)
    return window


def read_input(file: Path, vendor: str) -> list[Charge]:
    """The file's charges, held to `vendor`'s fields (its columns are Propexo's item fields);
    exit 2 with every problem (row and field) when it has any."""
    try:
        charges = read_charges(file, transaction_dates=transaction_dates(), vendor=vendor)
    except InvalidChargesError as exc:
        bad_input(file, exc)
    if not charges:
        raise click.UsageError(f"{file} holds no charges")
    return charges


#: The old name of a lookup's "no usable answer": the one "no answer" error of the library.
LookupFailed = APIConnectionError
#: What a failed lookup raises: an error status, no answer, an answer this client refuses.
LOOKUP_ERRORS = (APIStatusError, APIConnectionError, ResponseValidationError)


_DIRECTORY = "the residents' directory"


class Lookups:
    """The partition directory a plan asks only when some charge lacks its partition."""

    def __init__(self, client: PropexoClient | None, vendor: str, integration_id: str) -> None:
        self.client = client
        self.vendor: Vendor = get_vendor(vendor)
        self.integration_id = integration_id

    def memberships(self, residents: Collection[str] = ()) -> Memberships:
        if self.client is None:
            raise click.UsageError(
                f"some charges have no {self.vendor.charge_field}: finding each resident's "
                f"{self.vendor.partition} needs the API; set {TOKEN_ENV}"
            )
        try:
            found = directory_for(self.client, self.vendor, self.integration_id)
            return found.memberships(residents)
        except LOOKUP_ERRORS:
            raise
        except httpx.TransportError as exc:
            raise APIConnectionError(_DIRECTORY, exc) from None
        except (httpx.HTTPError, KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = clean_text(f"{type(exc).__name__}: {exc}", limit=300)
            raise ResponseValidationError(detail, operation=_DIRECTORY) from None

    async def amemberships(self, residents: Collection[str] = ()) -> Memberships:
        raise NotImplementedError("the command line plans synchronously")


def lookup_failed(vendor: str, exc: Exception) -> NoReturn:
    # A refused token is the one cause the user can fix here: say where it came from.
    hint = f" (check {TOKEN_ENV})" if isinstance(exc, AuthenticationError) else ""
    click.echo(f"propexo: looking up {get_vendor(vendor).partition}s failed: {exc}{hint}", err=True)
    raise SystemExit(ExitCode.API_FAILED) from None


def bad_input(file: Path, exc: InvalidChargesError) -> NoReturn:
    click.echo(f"propexo: {file}: {exc}", err=True)
    raise SystemExit(ExitCode.BAD_INPUT) from None
