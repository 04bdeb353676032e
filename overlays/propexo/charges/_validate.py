"""Validation of a whole input: every problem of every row, before anything is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._model import (
    FIELDS,
    REQUIRED_FIELDS,
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

_CHECKS: dict[str, Callable[[object], Any]] = {
    "resident_id": check_id,
    "charge_code_id": check_id,
    "transaction_date": check_when,
    "notes": check_notes,
    "amount_in_cents": check_cents,
    "reference_number": check_id,
    "location_id": check_optional_id,
    "property_id": check_optional_id,
}
_KNOWN = frozenset(FIELDS)


def check_row(row: int, data: Row | Charge, problems: list[ChargeProblem]) -> Charge | None:
    """The row's `Charge`, or None after appending its problems to `problems`."""
    if isinstance(data, Charge):
        return data
    if not isinstance(data, Mapping):
        problems.append(ChargeProblem(row, None, f"must be an object, got {type(data).__name__}"))
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
        except (TypeError, ValueError) as exc:
            problems.append(ChargeProblem(row, name, str(exc)))
            ok = False
    return checked_charge(values) if ok else None


def check_duplicates(references: Iterable[tuple[int, str]], problems: list[ChargeProblem]) -> None:
    """A reference number seen twice is the usual sign of a double post: name both rows."""
    first: dict[str, int] = {}
    for row, reference in references:
        seen = first.setdefault(reference, row)
        if seen != row:
            problems.append(
                ChargeProblem(
                    row,
                    "reference_number",
                    f"duplicate reference_number {reference!r} (first in row {seen})",
                )
            )


def _reference(data: Row | Charge, charge: Charge | None) -> str | None:
    """The row's reference number, also from a row that failed on other fields."""
    if charge is not None:
        return charge.reference_number
    value = data.get("reference_number") if isinstance(data, Mapping) else None
    return value if isinstance(value, str) and value.strip() else None


def check_rows(
    rows: Iterable[Row | Charge | ChargeProblem], problems: list[ChargeProblem]
) -> list[Charge]:
    """The good rows' charges; every problem, duplicates across all rows included, appended.

    A `ChargeProblem` in `rows` stands for a row its reader could not even parse.
    """
    charges: list[Charge] = []
    references: list[tuple[int, str]] = []
    try:
        for row, data in enumerate(rows, start=1):
            if isinstance(data, ChargeProblem):
                problems.append(data)
                continue
            charge = check_row(row, data, problems)
            if charge is not None:
                charges.append(charge)
            reference = _reference(data, charge)
            if reference is not None:
                references.append((row, reference))
    finally:
        check_duplicates(references, problems)
    return charges


def validate_charges(rows: Iterable[Row | Charge]) -> list[Charge]:
    """Check every row (mappings as read from CSV/JSON, or `Charge`s); return the charges.

    Raises `InvalidChargesError` naming every bad row and field; row 1 is the first item.
    """
    problems: list[ChargeProblem] = []
    charges = check_rows(rows, problems)
    if problems:
        raise InvalidChargesError(problems)
    return charges
