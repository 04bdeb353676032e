"""Validation of a whole input: every problem of every row, before anything is sent.

A row becomes a `Charge` once, and that is its validation: making a `Charge` runs the checks
declared with its fields and reports every field that fails (`_model`). A `Charge` is valid by
construction, so a `Charge` given here (or planned) is never checked field by field again; what
is left to check is the input as a whole: the plausible window of transaction dates (a setting
of the run, not of the charge) and reference numbers given twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from .._errors import ConfigurationError
from ._model import (
    FIELDS,
    Charge,
    ChargeProblem,
    InvalidChargesError,
    check_cents,
    check_id,
    check_notes,
    check_optional_id,
    check_when,
)
from ._vendors import Vendor, get_vendor

Row = Mapping[str, object]
_KNOWN = frozenset(FIELDS)

#: The default plausibility window for `transaction_date`, around the day of validation.
YEARS_BEFORE = 5
YEARS_AFTER = 1


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@attrs.frozen
class DateWindow:
    """The transaction dates accepted (inclusive; None: no bound), compared with the date as
    written (in its own offset). `DateWindow.around(today)` is the default: from
    `YEARS_BEFORE` years before to `YEARS_AFTER` year after; `DateWindow()` accepts any date.
    Years 0001 or 9999 are typos, not rent."""

    earliest: dt.date | None = None
    latest: dt.date | None = None

    def __attrs_post_init__(self) -> None:
        for name in ("earliest", "latest"):
            value = getattr(self, name)
            if value is not None and (
                not isinstance(value, dt.date) or isinstance(value, dt.datetime)
            ):
                raise ConfigurationError(f"DateWindow.{name} must be a date, got {value!r}")
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ConfigurationError(
                f"DateWindow: earliest {self.earliest} is after latest {self.latest}"
            )

    @classmethod
    def around(cls, today: dt.date | None = None) -> DateWindow:
        today = today or dt.datetime.now(dt.UTC).date()
        return cls(_years_from(today, -YEARS_BEFORE), _years_from(today, YEARS_AFTER))

    @classmethod
    def parse(cls, text: str) -> DateWindow:
        """`EARLIEST..LATEST` in ISO dates, either side may be empty ("2019-01-01..", "..")."""
        first, sep, last = text.strip().partition("..")
        if not sep:
            raise ConfigurationError(
                f"a date window is EARLIEST..LATEST (e.g. 2019-01-01..2030-12-31), got {text!r}"
            )
        try:
            earliest = dt.date.fromisoformat(first.strip()) if first.strip() else None
            latest = dt.date.fromisoformat(last.strip()) if last.strip() else None
        except ValueError as exc:
            raise ConfigurationError(f"date window {text!r}: {exc}") from None
        return cls(earliest, latest)

    def problem(self, when: dt.datetime) -> str | None:
        """Why `when` is outside the window, or None."""
        day = when.date()
        if (self.earliest is None or day >= self.earliest) and (
            self.latest is None or day <= self.latest
        ):
            return None
        return (
            f"{when.isoformat()} is outside the plausible window "
            f"{self.earliest or '...'} to {self.latest or '...'} (a typo?); "
            "widen it with transaction_dates= (CLI: --transaction-dates EARLIEST..LATEST)"
        )


def _not_taken(vendor: Vendor, name: object) -> str:
    shown = "(cells beyond the header)" if name is None else repr(name)
    if name in _KNOWN:
        return f"{vendor.label} charges take no {shown}; their fields are " + ", ".join(
            vendor.fields
        )
    return f"unknown field {shown}; expected {', '.join(vendor.fields)}"


def _charge(row: int, data: object, problems: list[ChargeProblem], vendor: Vendor) -> Charge | None:
    """The row's `Charge` (made once, all fields checked), or None after appending its
    problems to `problems`: every field the vendor does not take, every field it requires
    that is missing, and every field that fails its check."""
    if isinstance(data, Charge):
        wrong = _refused(row, data, vendor)
        problems.extend(wrong)
        return None if wrong else data
    if not isinstance(data, Mapping):
        problems.append(ChargeProblem(row, None, f"must be an object, got {type(data).__name__}"))
        return None
    known = _all_taken(row, data, vendor, problems)
    charge = _made(row, data, vendor, problems)
    return charge if known else None


def _refused(row: int, charge: Charge, vendor: Vendor) -> list[ChargeProblem]:
    """What `vendor` refuses in a ready `Charge` (its fields valid by construction): each
    field it requires that is missing, each set field it does not take."""
    wrong = [
        ChargeProblem(row, name, "is missing")
        for name in vendor.required
        if getattr(charge, name) is None
    ]
    wrong += [
        ChargeProblem(row, name, _not_taken(vendor, name))
        for name in FIELDS
        if name not in _taken(vendor) and getattr(charge, name) is not None
    ]
    return wrong


def _all_taken(
    row: int, data: Mapping[Any, object], vendor: Vendor, problems: list[ChargeProblem]
) -> bool:
    """Whether `vendor` takes every field of the row; a problem appended for each it does
    not."""
    taken = _taken(vendor)
    if data.keys() <= taken:
        return True
    for name in data:
        if name not in taken:
            problems.append(
                ChargeProblem(row, str(name) if name else None, _not_taken(vendor, name))
            )
    return False


def _made(
    row: int, data: Mapping[Any, object], vendor: Vendor, problems: list[ChargeProblem]
) -> Charge | None:
    """The `Charge` of the row's values of `vendor`'s fields (a field left out is None, an
    empty option too), or None after appending a problem for each field that fails its
    check and each required one that is missing."""
    given: dict[str, Any] = {name: data.get(name) for name in vendor.fields}
    for name in (*vendor.optional, *vendor.extra):
        if type(given[name]) is str and not given[name]:
            given[name] = None
    try:
        charge: Charge | None = Charge(**given)
    except InvalidChargesError as exc:
        problems.extend(attrs.evolve(problem, row=row) for problem in exc.problems)
        failed = {problem.field for problem in exc.problems}
        missing = [n for n in vendor.required if given[n] is None and n not in failed]
        charge = None
    else:
        missing = [n for n in vendor.required if getattr(charge, n) is None]
    problems.extend(ChargeProblem(row, name, "is missing") for name in missing)
    return None if missing else charge


_TAKEN: dict[str, frozenset[str]] = {}


def _taken(vendor: Vendor) -> frozenset[str]:
    """The input fields of `vendor`, as a set (made once per vendor)."""
    found = _TAKEN.get(vendor.name)
    if found is None:
        found = _TAKEN[vendor.name] = frozenset(vendor.fields)
    return found


def _reference(data: object) -> str | None:
    """The reference number of a row that made no charge: duplicates are found among bad rows
    too."""
    value = data.get("reference_number") if isinstance(data, Mapping) else None
    return value if isinstance(value, str) and value.strip() else None


def _when(data: object) -> dt.datetime | None:
    """The transaction date of a row that made no charge, when that field passed its check:
    a row bad in other fields is held to the window too (None: no date to hold)."""
    try:
        return check_when(data.get("transaction_date")) if isinstance(data, Mapping) else None
    except (TypeError, ValueError):
        return None


def _duplicates(references: list[str | None], problems: list[ChargeProblem]) -> None:
    """A reference number seen twice (the usual sign of a double post) is a problem naming
    both rows."""
    if len(set(references)) + max(0, references.count(None) - 1) == len(references):
        return
    first: dict[str, int] = {}
    for row, reference in enumerate(references, start=1):
        if reference is not None and (seen := first.setdefault(reference, row)) != row:
            problems.append(
                ChargeProblem(
                    row,
                    "reference_number",
                    f"duplicate reference_number {reference!r} (first in row {seen})",
                )
            )


def check_rows(
    rows: Iterable[Row | Charge | ChargeProblem],
    problems: list[ChargeProblem],
    transaction_dates: DateWindow | None = None,
    vendor: str | Vendor = "rentmanager",
) -> list[Charge]:
    """The good rows' charges; every problem, duplicates across all rows included, appended.
    Each row is held to `vendor`'s fields (those it requires, those it takes).

    A `ChargeProblem` in `rows` stands for a row its reader could not even parse.
    `transaction_dates` is the plausible window (default `DateWindow.around()` today).
    """
    window = transaction_dates or DateWindow.around()
    vendor = get_vendor(vendor)
    charges: list[Charge] = []
    references: list[str | None] = []  # every row's, in row order (None: it has none)
    for row, data in enumerate(rows, start=1):
        if isinstance(data, ChargeProblem):
            problems.append(data)
            references.append(None)
            continue
        charge = _charge(row, data, problems, vendor)
        if charge is None:
            references.append(_reference(data))
            when = _when(data)
        else:
            references.append(charge.reference_number)
            when = charge.transaction_date
        if when is not None and (late := window.problem(when)) is not None:
            problems.append(ChargeProblem(row, "transaction_date", late))
        elif charge is not None:
            charges.append(charge)
    _duplicates(references, problems)
    return charges


def validate_charges(
    rows: Iterable[Row | Charge],
    *,
    vendor: str | Vendor = "rentmanager",
    transaction_dates: DateWindow | None = None,
) -> list[Charge]:
    """Check every row (mappings as read from CSV/JSON, or `Charge`s); return the charges.

    A mapping becomes a `Charge` (its fields checked); a `Charge` is taken as it is, its
    fields valid by construction. Either is held to `vendor`'s declaration: every field it
    requires given, no field it does not take. `transaction_dates` bounds the plausible
    dates (default: `DateWindow.around()` today; `DateWindow()` accepts any). Raises
    `InvalidChargesError` naming every bad row and field; row 1 is the first item.
    """
    problems: list[ChargeProblem] = []
    charges = check_rows(rows, problems, transaction_dates, vendor)
    if problems:
        raise InvalidChargesError(problems)
    return charges


__all__ = [
    "DateWindow",
    "Row",
    "check_cents",
    "check_id",
    "check_notes",
    "check_optional_id",
    "check_rows",
    "validate_charges",
]
