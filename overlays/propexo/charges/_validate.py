"""Validation of a whole input: every problem of every row, before anything is sent.

The checks are the `Charge` declaration's (`_model.SPECS`). A row that is plainly valid takes a
quick path (a few C-level string tests per field, one parse per distinct date text); any row
the quick path does not accept at once goes through the field checks, which say what is wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from .._errors import ConfigurationError
from ._model import (
    FIELDS,
    MAX_CENTS,
    REQUIRED_FIELDS,
    SETTERS,
    SPECS,
    Charge,
    ChargeProblem,
    InvalidChargesError,
    check_cents,
    check_id,
    check_notes,
    check_optional_id,
    check_when,
    checked_charge,
)

Row = Mapping[str, object]

_CHECKS: dict[str, Callable[[object], Any]] = {name: spec.check for name, spec in SPECS.items()}
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


# The quick path is generated from the declaration, as attrs generates `__init__`: per field,
# the C-level string tests that imply its check passes (printable excludes every whitespace
# but the space, so a printable id without a space at either end passes `check_id`).
_PLAIN_ID = "type({v}) is str and {v} != '' and {v}.isprintable() and {v}[0] != ' ' != {v}[-1]"
_QUICK_TESTS: dict[Callable[[object], Any], list[str]] = {
    check_id: [f"if not ({_PLAIN_ID}): return None"],
    check_optional_id: [
        "if {v} == '': {v} = None",
        f"elif {{v}} is not None and not ({_PLAIN_ID}): return None",
    ],
    check_notes: ["if not (type({v}) is str and {v}.isprintable()): return None"],
    check_cents: [f"if not (type({{v}}) is int and 0 < {{v}} <= {MAX_CENTS}): return None"],
    check_when: [
        "if type({v}) is not str: return None",
        "{v} = dates.get({v}) or plain_date({v})",  # one parse per distinct date text
        "if {v} is None: return None",
    ],
}


Quick = Callable[[Row, Callable[[object], Any], Mapping[str, dt.datetime]], Charge | None]


def _make_quick() -> Quick:
    """`quick(data, plain_date, dates)`: the row's charge when every field plainly passes its check,
    else None (the row is then checked field by field, which says what is wrong)."""
    body = ["def quick(data, plain_date, dates):", "    get = data.get"]
    names = []
    for i, (name, spec) in enumerate(SPECS.items()):
        tests = _QUICK_TESTS.get(spec.check)
        if tests is None:  # a check without a quick form: every row takes the full path
            return lambda data, plain_date, dates: None
        names.append(f"v{i}")
        body.append(f"    v{i} = get({name!r})")
        body.extend("    " + test.format(v=f"v{i}") for test in tests)
    body.append("    charge = new(Charge)")
    body.extend(f"    set{i}(charge, {name})" for i, name in enumerate(names))
    body.append("    return charge")
    scope: dict[str, Any] = {"new": object.__new__, "Charge": Charge}
    scope.update((f"set{i}", setter) for i, setter in enumerate(SETTERS))
    exec("\n".join(body), scope)
    quick: Quick = scope["quick"]
    return quick


_QUICK = _make_quick()
_REMEMBERED_DATES = 4096


class _Checker:
    """The checks of one validation run; remembers the date texts it parsed."""

    def __init__(self, window: DateWindow) -> None:
        self.window = window
        self.dates: dict[str, dt.datetime] = {}

    def plain_date(self, value: object) -> dt.datetime | None:
        """The date-time of a plainly valid ISO 8601 text, else None (check it fully)."""
        if type(value) is not str:
            return None
        found = self.dates.get(value)
        if found is not None:
            return found
        if len(value) <= 10 or not value.isascii() or value != value.strip():
            return None
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        if when.utcoffset() is None or self.window.problem(when) is not None:
            return None
        if len(self.dates) < _REMEMBERED_DATES:
            self.dates[value] = when  # one object for every row of the same date
        return when

    def quick(self, data: Row) -> Charge | None:
        """The row's charge when every field is plainly valid; None means "check it fully"."""
        if not _KNOWN.issuperset(data):
            return None
        return _QUICK(data, self.plain_date, self.dates)

    def row(self, row: int, data: Row | Charge, problems: list[ChargeProblem]) -> Charge | None:
        """The row's `Charge`, or None after appending its problems to `problems`."""
        if isinstance(data, Charge):
            if (problem := self.window.problem(data.transaction_date)) is not None:
                problems.append(ChargeProblem(row, "transaction_date", problem))
                return None
            return data
        if not isinstance(data, Mapping):
            problems.append(
                ChargeProblem(row, None, f"must be an object, got {type(data).__name__}")
            )
            return None
        quick = self.quick(data)
        if quick is not None:
            return quick
        values: dict[str, Any] = {}
        ok = True
        for name in data:
            if name not in _KNOWN:
                shown = "(cells beyond the header)" if name is None else repr(name)
                problems.append(
                    ChargeProblem(
                        row,
                        str(name) if name else None,
                        f"unknown field {shown}; expected {', '.join(FIELDS)}",
                    )
                )
                ok = False
        for name, check in _CHECKS.items():
            value = data.get(name)
            if value is None and name in REQUIRED_FIELDS:
                problems.append(ChargeProblem(row, name, "is missing"))
                ok = False
                continue
            try:
                values[name] = check(value)
                if check is check_when and (problem := self.window.problem(values[name])):
                    raise ValueError(problem)
            except (TypeError, ValueError) as exc:
                problems.append(ChargeProblem(row, name, str(exc)))
                ok = False
        return checked_charge([values[name] for name in FIELDS]) if ok else None


def check_row(
    row: int,
    data: Row | Charge,
    problems: list[ChargeProblem],
    transaction_dates: DateWindow | None = None,
) -> Charge | None:
    """The row's `Charge`, or None after appending its problems to `problems`."""
    return _Checker(transaction_dates or DateWindow.around()).row(row, data, problems)


def _reference(data: Row | Charge, charge: Charge | None) -> str | None:
    """The row's reference number, also from a row that failed on other fields."""
    if charge is not None:
        return charge.reference_number
    value = data.get("reference_number") if isinstance(data, Mapping) else None
    return value if isinstance(value, str) and value.strip() else None


def check_rows(
    rows: Iterable[Row | Charge | ChargeProblem],
    problems: list[ChargeProblem],
    transaction_dates: DateWindow | None = None,
) -> list[Charge]:
    """The good rows' charges; every problem, duplicates across all rows included, appended.

    A `ChargeProblem` in `rows` stands for a row its reader could not even parse.
    `transaction_dates` is the plausible window (default `DateWindow.around()` today).
    """
    checker = _Checker(transaction_dates or DateWindow.around())
    charges: list[Charge] = []
    first: dict[str, int] = {}  # reference number -> its first row
    known, quick, plain_date, dates = _KNOWN.issuperset, _QUICK, checker.plain_date, checker.dates
    for row, data in enumerate(rows, start=1):
        if (
            type(data) is dict
            and known(data)
            and (charge := quick(data, plain_date, dates)) is not None
        ):
            charges.append(charge)  # the common case, without the checks below
            reference: str | None = charge.reference_number
        elif isinstance(data, ChargeProblem):
            problems.append(data)
            continue
        else:
            charge = checker.row(row, data, problems)
            if charge is not None:
                charges.append(charge)
            reference = _reference(data, charge)
        # A reference number seen twice is the usual sign of a double post: name both rows.
        if reference is not None and (seen := first.setdefault(reference, row)) != row:
            problems.append(
                ChargeProblem(
                    row,
                    "reference_number",
                    f"duplicate reference_number {reference!r} (first in row {seen})",
                )
            )
    return charges


def validate_charges(
    rows: Iterable[Row | Charge], *, transaction_dates: DateWindow | None = None
) -> list[Charge]:
    """Check every row (mappings as read from CSV/JSON, or `Charge`s); return the charges.

    `transaction_dates` bounds the plausible dates (default: `DateWindow.around()` today;
    `DateWindow()` accepts any). Raises `InvalidChargesError` naming every bad row and field;
    row 1 is the first item.
    """
    problems: list[ChargeProblem] = []
    charges = check_rows(rows, problems, transaction_dates)
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
    "check_row",
    "check_rows",
    "validate_charges",
]
