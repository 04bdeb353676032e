"""The `Charge` value and the problems found in an input of charges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._errors import PropexoError

#: Largest amount accepted: beyond 2**53 - 1 a JSON consumer may round the number.
MAX_CENTS = 2**53 - 1
REQUIRED_FIELDS = (
    "resident_id",
    "charge_code_id",
    "transaction_date",
    "notes",
    "amount_in_cents",
    "reference_number",
)
OPTIONAL_FIELDS = ("location_id", "property_id")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS


def check_id(value: object) -> str:
    """A required identifier: a non-empty string without surrounding whitespace."""
    if not isinstance(value, str):
        raise TypeError(f"must be a string, got {_shown(value)}")
    if not value.strip():
        raise ValueError("must not be empty")
    if value != value.strip():
        raise ValueError(f"has leading or trailing whitespace: {value!r}")
    return value


def check_notes(value: object) -> str:
    """Notes are required by the API but may be empty."""
    if not isinstance(value, str):
        raise TypeError(f"must be a string, got {_shown(value)}")
    return value


def check_cents(value: object) -> int:
    """An exact positive number of cents: no floats, strings or booleans."""
    if isinstance(value, bool) or not isinstance(value, int):
        hint = ""
        if isinstance(value, float | str) and "." in str(value):
            hint = " (it looks like a decimal amount; give whole cents, e.g. 1250 for 12.50)"
        raise TypeError(f"must be an integer number of cents, got {_shown(value)}{hint}")
    if value <= 0:
        raise ValueError(f"must be greater than 0, got {value}")
    if value > MAX_CENTS:
        raise ValueError(f"must be at most {MAX_CENTS}, got {value}")
    return value


def check_when(value: object) -> dt.datetime:
    """A timezone-aware date-time (a datetime or an ISO 8601 string with an offset)."""
    if isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"is not an ISO 8601 date-time: {value!r}") from None
        if len(value.strip()) <= 10:
            raise ValueError(f"must be a date-time with a timezone offset, got the date {value!r}")
        value = parsed
    elif not isinstance(value, dt.datetime):
        raise TypeError(f"must be an ISO 8601 date-time string, got {_shown(value)}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"has no timezone offset (naive): {value.isoformat()!r}; add Z or +hh:mm")
    return value


def check_optional_id(value: object) -> str | None:
    """An optional identifier: absent, null or "" mean "not given"."""
    if value is None or value == "":
        return None
    return check_id(value)


def _shown(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:37] + '...'}"


def _to_datetime(value: Any) -> Any:
    """Accept an ISO 8601 date-time string where a datetime is expected."""
    if isinstance(value, str) and len(value) > 10:
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _validated(check: Any) -> Any:
    def validator(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        try:
            check(value)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{attribute.name}: {exc}") from None

    return validator


@attrs.frozen(slots=True)
class Charge:
    """One resident charge to post. Money is integer cents; the date must be timezone-aware.

    `location_id` (Rent Manager) or `property_id` (ResMan) may name the charge's partition up
    front; otherwise it is looked up from the resident.
    """

    resident_id: str = attrs.field(validator=_validated(check_id))
    charge_code_id: str = attrs.field(validator=_validated(check_id))
    transaction_date: dt.datetime = attrs.field(
        converter=_to_datetime, validator=_validated(check_when)
    )
    notes: str = attrs.field(validator=_validated(check_notes))
    amount_in_cents: int = attrs.field(validator=_validated(check_cents))
    reference_number: str = attrs.field(validator=_validated(check_id))
    location_id: str | None = attrs.field(default=None, validator=_validated(check_optional_id))
    property_id: str | None = attrs.field(default=None, validator=_validated(check_optional_id))

    def to_json(self) -> dict[str, Any]:
        """The charge as a JSON object (as in a JSON Lines input file)."""
        data: dict[str, Any] = {
            "resident_id": self.resident_id,
            "charge_code_id": self.charge_code_id,
            "transaction_date": self.transaction_date.isoformat(),
            "notes": self.notes,
            "amount_in_cents": self.amount_in_cents,
            "reference_number": self.reference_number,
        }
        if self.location_id is not None:
            data["location_id"] = self.location_id
        if self.property_id is not None:
            data["property_id"] = self.property_id
        return data


def checked_charge(values: Mapping[str, Any]) -> Charge:
    """A `Charge` from values that the `check_*` functions above already passed.

    Bulk validation checks each field once to collect every problem; running the same
    validators again in `Charge.__init__` would double the cost of a 100,000-row input.
    """
    charge: Charge = object.__new__(Charge)
    for name in FIELDS:
        object.__setattr__(charge, name, values.get(name))
    return charge


@attrs.frozen
class ChargeProblem:
    """What is wrong with one field of one input row (row 1 is the first charge)."""

    row: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row > 0 else "input"
        if self.field:
            return f"{where}, {self.field}: {self.message}"
        return f"{where}: {self.message}"


class InvalidChargesError(PropexoError, ValueError):
    """The input has problems; nothing was sent. `problems` lists every one of them."""

    SHOWN = 25

    def __init__(self, problems: Sequence[ChargeProblem]) -> None:
        self.problems: tuple[ChargeProblem, ...] = tuple(
            sorted(
                problems, key=lambda p: (p.row, FIELDS.index(p.field) if p.field in FIELDS else 99)
            )
        )
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"... and {len(self.problems) - self.SHOWN} more")
        rows = len({p.row for p in self.problems})
        super().__init__(
            f"{len(self.problems)} problem(s) in {rows} row(s); nothing was sent:\n  "
            + "\n  ".join(lines)
        )
