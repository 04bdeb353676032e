"""Validation of a whole input: every problem of every row, before anything is sent.

The checks are the `Charge` declaration's (`_model.SPECS`). Rows are taken in blocks, and each
field of a block checked column-wise (a few C-level operations over the whole column: one
join and one `isprintable` for a column of ids, one parse per distinct date text); a block that
is not plainly valid is halved until its faulty rows go through the field checks one by one,
which say what is wrong. The column path accepts exactly what the field checks accept.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import attrs

from .._errors import ConfigurationError
from ._model import (
    _BAD_IN_NOTES,
    FIELDS,
    GETTERS,
    MAX_CENTS,
    REQUIRED_FIELDS,
    SPECS,
    Charge,
    ChargeColumns,
    ChargeProblem,
    ColumnBlock,
    InvalidChargesError,
    check_cents,
    check_id,
    check_notes,
    check_optional_id,
    check_when,
    checked_charge,
    checked_charges,
    collection_paused,
)

Row = Mapping[str, object]
_ISOFORMAT = dt.datetime.isoformat

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


# The column path: for a block of rows, each field's check is made over the whole column at once
# with a few C-level operations, the usual case being that every row passes. A column check
# gives the values the charges keep, or None for "not plainly valid": the block is then halved
# until the rows at fault are checked one by one by the field checks, which say what is wrong.
# With the values it gives what it learnt on the way for the canonical lines (`_plan`): the
# column's JSON texts when JSON quotes each of them as it is (no `"`, `\\` or control
# character), else None.
Column = list[Any]
Checked = tuple[Column, list[str] | None]
#: How validation keeps what it took: a block of columns, or a run of row-path charges.
Part = list[Charge] | ColumnBlock


def _only(column: Column, kind: type) -> bool:
    """Whether every value is exactly of type `kind` (a subclass takes the row path)."""
    return set(map(type, column)) == {kind}


def _verbatim(column: Column, joined: str) -> list[str] | None:
    """The column itself if JSON quotes its texts as they are (`joined`: all of them, printable)."""
    return column if '"' not in joined and "\\" not in joined else None


def _plain_ids(column: Column, checker: _Checker) -> Checked | None:
    # Printable text holds no whitespace but the space: joined by spaces, the ids are all
    # printable, non-empty and unpadded exactly when the whole is printable, not empty, and has
    # no space doubled or at either end (`check_id`).
    if not _only(column, str):
        return None
    joined = " ".join(column)
    if joined and joined.isprintable() and "  " not in joined and joined[0] != " " != joined[-1]:
        return column, _verbatim(column, joined)
    return None


def _plain_optional_ids(column: Column, checker: _Checker) -> Checked | None:
    if _only(column, type(None)):  # (no == with the values: any object may be there)
        return column, None
    values = [None if v is None or (type(v) is str and v == "") else v for v in column]
    given = [v for v in values if v is not None]
    return (values, None) if _plain_ids(given, checker) is not None else None


def _plain_notes(column: Column, checker: _Checker) -> Checked | None:
    if not _only(column, str):
        return None
    joined = "".join(column)
    if joined.isprintable():
        return column, _verbatim(column, joined)
    return (column, None) if _BAD_IN_NOTES.search(joined) is None else None


def _plain_cents(column: Column, checker: _Checker) -> Checked | None:
    if _only(column, int) and min(column) > 0 and max(column) <= MAX_CENTS:
        return column, None
    return None


#: A date-time's JSON text (its declared conversion), when it is the ISO 8601 text: digits,
#: letters and `-:.+`, which JSON quotes as they are.
_DATE_TEXT = next(
    (s.to_json for s in SPECS.values() if s.check is check_when and s.to_json is _ISOFORMAT),
    None,
)


def _plain_dates(column: Column, checker: _Checker) -> Checked | None:
    if _only(column, str):  # one parse per distinct text, one datetime shared by its rows
        parsed = {text: checker.plain_date(text) for text in set(column)}
        found = {text: when for text, when in parsed.items() if when is not None}
        if len(found) != len(parsed):
            return None
        values = list(map(found.__getitem__, column))
        if _DATE_TEXT is None:
            return values, None
        texts = {text: _DATE_TEXT(when) for text, when in found.items()}
        return values, list(map(texts.__getitem__, column))
    given = list(map(checker.plain_date, column))
    return None if None in given else (given, None)


ColumnCheck = Callable[[Column, "_Checker"], Checked | None]
_COLUMN_CHECKS: dict[Callable[[object], Any], ColumnCheck] = {
    check_id: _plain_ids,
    check_optional_id: _plain_optional_ids,
    check_notes: _plain_notes,
    check_cents: _plain_cents,
    check_when: _plain_dates,
}
#: Per field: how to take its column from dict rows, and its column check (None: no column
#: form, every row takes the field checks).
_COLUMNS: tuple[tuple[Callable[[Row], object], ColumnCheck], ...] | None = (
    tuple(
        (
            operator.itemgetter(name) if spec.required else operator.methodcaller("get", name),
            _COLUMN_CHECKS[spec.check],
        )
        for name, spec in SPECS.items()
    )
    if all(spec.check in _COLUMN_CHECKS for spec in SPECS.values())
    else None
)
_OPTIONAL = frozenset(FIELDS.index(name) for name in FIELDS if name not in REQUIRED_FIELDS)
_REFERENCE = FIELDS.index("reference_number")
_BLOCK = 4096  # rows checked column-wise at once
_REMEMBERED_DATES = 4096


class _Checker:
    """The checks of one validation run; remembers the date texts it parsed."""

    def __init__(self, window: DateWindow) -> None:
        self.window = window
        self.dates: dict[str, dt.datetime] = {}

    def plain_date(self, value: object) -> dt.datetime | None:
        """The date-time of a plainly valid ISO 8601 text or aware datetime in the window, else
        None (check it fully)."""
        if type(value) is dt.datetime:
            if value.utcoffset() is None or self.window.problem(value) is not None:
                return None
            return value
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
    return _Run(_Checker(transaction_dates or DateWindow.around()), problems).check(rows)


class _Run:
    """One validation of a whole input: its charges, problems and reference numbers so far."""

    def __init__(self, checker: _Checker, problems: list[ChargeProblem]) -> None:
        self.checker = checker
        self.problems = problems
        # The charges in input order: those of the row path, and column blocks made at the end.
        self.parts: list[Part] = [[]]
        # Every row's reference number (None if it has none), in row order: duplicates are
        # looked for once, over the whole input, at the end.
        self.references: list[object] = []

    def check(self, rows: Iterable[Row | Charge | ChargeProblem]) -> list[Charge]:
        """Check every row, in blocks; the charges (see `finish`)."""
        self.take(rows)
        return self.finish()

    def take(self, rows: Iterable[Row | Charge | ChargeProblem]) -> None:
        """Check every row, in blocks of `_BLOCK`."""
        items = iter(rows)
        start = 1
        while block := list(itertools.islice(items, _BLOCK)):
            self.block(block, start)
            start += len(block)

    def block(self, block: list[Row | Charge | ChargeProblem], start: int) -> None:
        """Check rows `start`, `start + 1`, ...: column-wise, else halved, else row by row."""
        if self.plain(block):
            return
        if len(block) > 1 and dict in set(map(type, block)):
            half = len(block) // 2
            self.block(block[:half], start)
            self.block(block[half:], start + half)
            return
        for row, data in enumerate(block, start=start):
            self.row(row, data)

    def plain(self, block: list[Row | Charge | ChargeProblem]) -> bool:
        """Take the block's charges if every row is a dict whose every field plainly passes."""
        if _COLUMNS is None or not _only(block, dict):
            return False
        dicts = cast("list[dict[str, object]]", block)
        # A row of as many fields as are required, all of them there, has no other: the
        # optional columns are then all None (the usual input), with nothing to take or check.
        bare = set(map(len, dicts)) == {len(REQUIRED_FIELDS)}
        if not bare and not all(map(_KNOWN.issuperset, dicts)):
            return False
        columns: list[Column] = []
        verbatim: list[list[str] | None] = []
        for index, (take, check) in enumerate(_COLUMNS):
            if bare and index in _OPTIONAL:
                columns.append([None] * len(dicts))
                verbatim.append(None)
                continue
            try:
                column = list(map(take, dicts))
            except KeyError:  # a required field is missing
                return False
            checked = check(column, self.checker)
            if checked is None:
                return False
            columns.append(checked[0])
            verbatim.append(checked[1])
        self.references.extend(columns[_REFERENCE])
        self.parts.append(ColumnBlock(columns, len(block), tuple(verbatim)))
        return True

    def finish(self) -> list[Charge]:
        """The charges in input order, once every row was checked; a reference number seen
        twice (the usual sign of a double post) is a problem naming both rows."""
        self.duplicates()
        return _charges(self.parts)

    def duplicates(self) -> None:
        references = self.references
        distinct = set(references)  # strings and None only
        if len(distinct) + max(0, references.count(None) - 1) == len(references):
            return
        first: dict[object, int] = {}
        for row, reference in enumerate(references, start=1):
            if reference is not None and (seen := first.setdefault(reference, row)) != row:
                self.problems.append(
                    ChargeProblem(
                        row,
                        "reference_number",
                        f"duplicate reference_number {reference!r} (first in row {seen})",
                    )
                )

    def row(self, row: int, data: Row | Charge | ChargeProblem) -> None:
        if isinstance(data, ChargeProblem):
            self.problems.append(data)
            self.references.append(None)
            return
        charge = self.checker.row(row, data, self.problems)
        if charge is not None:
            last = self.parts[-1]
            if isinstance(last, list):
                last.append(charge)
            else:
                self.parts.append([charge])
        self.references.append(_reference(data, charge))


def validate_charges(
    rows: Iterable[Row | Charge], *, transaction_dates: DateWindow | None = None
) -> list[Charge]:
    """Check every row (mappings as read from CSV/JSON, or `Charge`s); return the charges.

    `transaction_dates` bounds the plausible dates (default: `DateWindow.around()` today;
    `DateWindow()` accepts any). Raises `InvalidChargesError` naming every bad row and field;
    row 1 is the first item.
    """
    return validated(rows, transaction_dates=transaction_dates).charges()


def _charges(parts: Iterable[Part]) -> list[Charge]:
    charges: list[Charge] = []
    with collection_paused():
        for part in parts:
            if isinstance(part, ColumnBlock):
                charges.extend(checked_charges(part.columns, part.count))
            else:
                charges.extend(part)
    return charges


@attrs.frozen
class Validated:
    """A valid input, in the parts validation took it in (blocks of columns, or runs of charges
    where rows took the row path) and as one table of columns. Planning makes the canonical
    lines from the parts, and keeps the table, without a `Charge` object each."""

    parts: tuple[Part, ...]
    columns: ChargeColumns

    @classmethod
    def of(cls, parts: Sequence[Part]) -> Validated:
        columns: list[list[Any]] = [[] for _ in FIELDS]
        count = 0
        for part in parts:
            if isinstance(part, ColumnBlock):
                taken: Sequence[Iterable[Any]] = part.columns
                count += part.count
            else:
                taken = [map(take, part) for take in GETTERS]
                count += len(part)
            for column, values in zip(columns, taken, strict=True):
                column.extend(values)
        return cls(tuple(parts), ChargeColumns(columns, count))

    def charges(self) -> list[Charge]:
        """The charges in input order."""
        return _charges(self.parts)


def validated(
    rows: Iterable[Row | Charge], *, transaction_dates: DateWindow | None = None
) -> Validated:
    """Check every row as `validate_charges` does; the input's parts (see `Validated`)."""
    problems: list[ChargeProblem] = []
    run = _Run(_Checker(transaction_dates or DateWindow.around()), problems)
    run.take(rows)
    run.duplicates()
    if problems:
        raise InvalidChargesError(problems)
    return Validated.of(run.parts)


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
